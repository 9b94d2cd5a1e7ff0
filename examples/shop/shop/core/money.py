from decimal import Decimal, ROUND_HALF_UP


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.currency = currency

    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)
