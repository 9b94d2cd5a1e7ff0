import json

from ..services import checkout
from shop.models.product import Product


def product_view(product: Product) -> str:
    return json.dumps({"sku": product.sku, "price": str(product.price.amount)})


def checkout_view(order, email):
    checkout.checkout(order, email)
    return "ok"
