"""E-mail: rendered in the recipient's language, queued in the outbox, sent after commit."""

from email.utils import make_msgid

from flask import current_app, render_template
from flask_babel import force_locale
from flask_mailman import EmailMultiAlternatives

from participation.core.outbox import enqueue

TOPIC = "mail"


def message_payload(
    to: str, template: str, locale: str, subject, headers: dict | None = None, **context
) -> dict:
    """Render `emails/<template>.txt` and `.html` in `locale` into an outbox payload.

    `subject` may be a lazy string; it is translated here in the recipient's language.
    """
    with force_locale(locale):
        context = {"base_url": current_app.config["BASE_URL"], **context}
        return {
            "to": to,
            "subject": str(subject),
            "text": render_template(f"emails/{template}.txt", **context),
            "html": render_template(f"emails/{template}.html", **context),
            "locale": locale,
            "message_id": make_msgid(domain="mitwirken"),
            "headers": headers or {},
        }


def queue_email(to: str, template: str, locale: str, subject, **context) -> None:
    """Queue an e-mail in the current transaction; it is sent after the commit."""
    enqueue(TOPIC, message_payload(to, template, locale, subject, **context))


def send_email(payload: dict) -> None:
    message = EmailMultiAlternatives(
        subject=payload["subject"],
        body=payload["text"],
        to=[payload["to"]],
        headers={
            "Message-ID": payload["message_id"],
            "Content-Language": payload["locale"],
            "Auto-Submitted": "auto-generated",
            **payload.get("headers", {}),
        },
    )
    message.attach_alternative(payload["html"], "text/html")
    message.send(fail_silently=False)
