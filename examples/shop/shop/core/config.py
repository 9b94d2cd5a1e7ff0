import os

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

CURRENCY = os.environ.get("SHOP_CURRENCY", "EUR")
