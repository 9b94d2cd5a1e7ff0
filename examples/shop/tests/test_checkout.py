from shop.models import Order, Product
from shop.services.checkout import checkout


def test_checkout_sends_mail(monkeypatch, price):
    sent = []
    monkeypatch.setattr("shop.services.mailer.send", lambda to, body: sent.append(to))
    order = Order()
    order.lines.append(Product("A1", price).line(1))
    checkout(order, "a@example.com")
    assert sent == ["a@example.com"]
