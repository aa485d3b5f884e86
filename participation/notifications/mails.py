"""Notification e-mails: one per immediate notification, or one digest per user and period.

Both are written to the outbox as ordinary "mail" messages, each retried on its own, and the
notifications are marked sent in the same transaction, so nothing is sent twice.
"""

from collections import defaultdict

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from participation.core.mail import message_payload
from participation.core.outbox import OutboxMessage
from participation.extensions import db
from participation.notifications.models import MailState, Notification, Topic
from participation.notifications.texts import TOPIC_LABELS, detail, headline
from participation.users.models import User

UNSUBSCRIBE_SALT = "unsubscribe"


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=UNSUBSCRIBE_SALT)


def unsubscribe_token(user_id: int, topics: list[str]) -> str:
    return _serializer().dumps([user_id, sorted(set(topics))])


def read_unsubscribe_token(token: str) -> tuple[int, list[Topic]] | None:
    """The user and the kinds of e-mail a signed unsubscribe link stands for."""
    try:
        user_id, topics = _serializer().loads(token)
        return int(user_id), [Topic(topic) for topic in topics]
    except (BadSignature, ValueError, TypeError):
        return None


def unsubscribe_url(user: User, topics: list[str]) -> str:
    base = current_app.config["BASE_URL"]
    return f"{base}/notifications/unsubscribe/{unsubscribe_token(user.id, topics)}"


def _mail(user: User, topics: list[str], subject: str, template: str, **context) -> OutboxMessage:
    """Render an e-mail in the user's language, with one-click unsubscribe for its kinds."""
    unsubscribe = unsubscribe_url(user, topics)
    payload = message_payload(
        user.email,
        template,
        user.locale or "de",
        subject,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        user=user,
        topic_labels=[TOPIC_LABELS[Topic(topic)] for topic in topics],
        unsubscribe_url=unsubscribe,
        per_topic_unsubscribe=lambda topic: unsubscribe_url(user, [topic]),
        headline=headline,
        detail=detail,
        **context,
    )
    return OutboxMessage(topic="mail", payload=payload)


def send_immediate(payload: dict) -> None:
    """Turn freshly created immediate notifications into e-mails (after the commit)."""
    with Session(db.engine) as session:
        rows = session.execute(
            select(Notification, User)
            .join(User, User.id == Notification.user_id)
            .where(
                Notification.id.in_(payload["ids"]),
                Notification.mail_state == MailState.IMMEDIATE,
            )
        ).all()
        for notification, user in rows:
            with force_locale(user.locale or "de"):
                subject = headline(notification)
            session.add(
                _mail(
                    user, [notification.topic], subject, "notification", notification=notification
                )
            )
            notification.mail_state = MailState.SENT
        session.commit()


def send_digests(period: str) -> int:
    """One e-mail per user with everything waiting for this period's digest; returns the count."""
    state = MailState.DAILY if period == "daily" else MailState.WEEKLY
    rows = db.session.execute(
        select(Notification, User)
        .join(User, User.id == Notification.user_id)
        .where(Notification.mail_state == state, User.blocked_at.is_(None))
        .order_by(Notification.user_id, Notification.created_at)
    ).all()
    per_user: dict[int, tuple[User, list[Notification]]] = {}
    for notification, user in rows:
        per_user.setdefault(user.id, (user, []))[1].append(notification)
    for user, notifications in per_user.values():
        topics = defaultdict(list)
        for notification in notifications:
            topics[notification.topic].append(notification)
        with force_locale(user.locale or "de"):
            subject = (
                _("Your daily summary from Mitwirken")
                if period == "daily"
                else _("Your weekly summary from Mitwirken")
            )
        db.session.add(
            _mail(user, list(topics), subject, "digest", groups=topics, labels=TOPIC_LABELS)
        )
    ids = [notification.id for notification, _user in rows]
    if ids:
        db.session.execute(
            update(Notification).where(Notification.id.in_(ids)).values(mail_state=MailState.SENT)
        )
    db.session.info["outbox_pending"] = bool(ids)
    return len(per_user)
