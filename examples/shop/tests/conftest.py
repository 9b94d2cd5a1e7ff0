import pytest

from shop.core.money import Money


@pytest.fixture
def price():
    return Money("9.99")
