from .product import Product
from .order import Order, OrderLine

__all__ = ["Product", "Order", "OrderLine"]
