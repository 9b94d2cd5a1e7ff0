import smtplib


def send(address, body):
    with smtplib.SMTP("localhost") as smtp:
        smtp.sendmail("shop@example.com", [address], body)
