from shop.models import Order


def checkout(order: Order, email: str) -> None:
    # Imported here so that importing checkout does not pull in the mail backend.
    from shop.services import mailer

    mailer.send(email, f"Your order: {order.total().amount}")
