"""Fan-out: one INSERT … SELECT writes a notification for every recipient (however many),
with visibility, blocking and self-notification filtered in SQL; one outbox message then
turns the immediate ones into e-mails after the commit."""

from typing import Any

from sqlalchemy import (
    JSON,
    CompoundSelect,
    Select,
    and_,
    case,
    exists,
    func,
    insert,
    literal,
    select,
    update,
)

from participation.core.models import UTCDateTime, utcnow
from participation.core.outbox import enqueue
from participation.extensions import db
from participation.notifications.kinds import check_data
from participation.notifications.models import (
    DEFAULT_DELIVERY,
    MailState,
    Notification,
    NotificationPreference,
    Topic,
)
from participation.users.models import INTERNAL_ROLES, User, UserRole

FANOUT_TOPIC = "notification-mails"


def notify(
    recipients: Select | CompoundSelect,
    *,
    topic: Topic,
    kind: str,
    data: dict[str, Any],
    path: str,
    actor_id: int | None = None,
    internal: bool = False,
) -> int:
    """Notify every user id selected by `recipients`; returns how many were notified.

    Never the actor, never blocked or unconfirmed accounts, and for internal content only
    people who may see it. `kind` must be declared in `kinds.py`, with all its data.
    """
    check_data(kind, data)
    if isinstance(recipients, Select):
        recipients = recipients.distinct()  # a UNION is distinct already
    ids = recipients.subquery()
    delivery = func.coalesce(NotificationPreference.delivery, DEFAULT_DELIVERY[topic])
    mail_state = case(
        (delivery == "immediately", MailState.IMMEDIATE.value),
        (delivery == "daily", MailState.DAILY.value),
        (delivery == "weekly", MailState.WEEKLY.value),
        else_=MailState.NONE.value,
    )
    conditions = [
        User.confirmed_at.is_not(None),
        User.blocked_at.is_(None),
    ]
    if actor_id is not None:
        conditions.append(User.id != actor_id)
    if internal:
        conditions.append(
            exists().where(UserRole.user_id == User.id, UserRole.role.in_(INTERNAL_ROLES))
        )
    rows = (
        select(
            User.id,
            literal(topic.value),
            literal(kind),
            literal(data, type_=JSON),
            literal(path),
            literal(utcnow(), type_=UTCDateTime),
            mail_state,
        )
        .select_from(User)
        .join(ids, ids.c[0] == User.id)
        .outerjoin(
            NotificationPreference,
            and_(
                NotificationPreference.user_id == User.id,
                NotificationPreference.topic == topic.value,
            ),
        )
        .where(*conditions)
    )
    created = db.session.execute(
        insert(Notification)
        .from_select(["user_id", "topic", "kind", "data", "path", "created_at", "mail_state"], rows)
        .returning(Notification.id, Notification.user_id, Notification.mail_state)
    ).all()
    if created:
        db.session.execute(
            update(User)
            .where(User.id.in_([row.user_id for row in created]))
            .values(unread_notifications=User.unread_notifications + 1)
        )
    immediate = [row.id for row in created if row.mail_state == MailState.IMMEDIATE]
    if immediate:
        enqueue(FANOUT_TOPIC, {"ids": immediate})
    return len(created)
