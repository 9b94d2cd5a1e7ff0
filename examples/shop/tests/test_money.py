from shop.core.money import Money


def test_add():
    assert (Money("1.005") + Money("2")).amount == Money("3.01").amount
