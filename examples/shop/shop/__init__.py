"""A toy shop."""
__version__ = "1.0"
