from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.money import Money

if TYPE_CHECKING:
    from .order import OrderLine


class Product:
    def __init__(self, sku: str, price: Money):
        self.sku = sku
        self.price = price

    def line(self, quantity: int) -> OrderLine:
        from .order import OrderLine

        return OrderLine(self, quantity)
