from shop.core import money
from shop.core.config import CURRENCY

from .product import Product


class OrderLine:
    def __init__(self, product: Product, quantity: int):
        self.product = product
        self.quantity = quantity


class Order:
    def __init__(self):
        self.lines = []

    def total(self) -> money.Money:
        total = money.Money(0, CURRENCY)
        for line in self.lines:
            total = total + line.product.price
        return total
