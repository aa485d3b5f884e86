"""Reading notifications, marking them read, and e-mail preferences per topic."""

from sqlalchemy import func, select, update

from participation.core.database import insert_ignoring_duplicates
from participation.core.models import utcnow
from participation.core.pagination import KeysetPage, Order, keyset_page
from participation.extensions import db
from participation.notifications.models import (
    DEFAULT_DELIVERY,
    Delivery,
    Notification,
    NotificationPreference,
    Topic,
)
from participation.users.models import User
from participation.users.permissions import can_moderate


def unread_count(user) -> int:
    """Read from the user's row (kept current by the fan-out and by marking read)."""
    if user is None or not user.is_authenticated:
        return 0
    return user.unread_notifications


NEWEST = Order((Notification.created_at, Notification.id))


def notifications_of(user: User, per_page: int) -> KeysetPage:
    """A page of the user's notifications, newest first."""
    return keyset_page(
        select(Notification).where(Notification.user_id == user.id), NEWEST, per_page
    )


def recount_unread() -> None:
    """Set every user's unread counter from the notifications (after deleting some)."""
    unread = (
        select(func.count())
        .where(Notification.user_id == User.id, Notification.read_at.is_(None))
        .scalar_subquery()
    )
    db.session.execute(update(User).values(unread_notifications=unread))


def mark_read(user: User, notification_id: int | None = None) -> int:
    """Mark one notification (or all) of `user` as read; returns how many changed."""
    statement = update(Notification).where(
        Notification.user_id == user.id, Notification.read_at.is_(None)
    )
    if notification_id is not None:
        statement = statement.where(Notification.id == notification_id)
    marked = db.session.execute(statement.values(read_at=utcnow())).rowcount
    if marked:
        db.session.execute(
            update(User)
            .where(User.id == user.id)
            .values(unread_notifications=User.unread_notifications - marked)
        )
    return marked


def topics_for(user: User) -> list[Topic]:
    """The topics a user can choose for; moderation only for moderators."""
    return [topic for topic in Topic if topic != Topic.MODERATION or can_moderate(user)]


def preferences(user: User) -> dict[Topic, Delivery]:
    chosen = {
        preference.topic: preference.delivery
        for preference in db.session.scalars(
            select(NotificationPreference).where(NotificationPreference.user_id == user.id)
        )
    }
    return {topic: Delivery(chosen.get(topic, DEFAULT_DELIVERY[topic])) for topic in Topic}


def set_preferences(user_id: int, choices: dict[Topic, Delivery]) -> None:
    for topic, delivery in choices.items():
        set_preference(user_id, topic, delivery)


def set_preference(user_id: int, topic: Topic, delivery: Delivery) -> None:
    if not insert_ignoring_duplicates(
        NotificationPreference, db.session, user_id=user_id, topic=topic, delivery=delivery
    ):
        db.session.execute(
            update(NotificationPreference)
            .where(NotificationPreference.user_id == user_id, NotificationPreference.topic == topic)
            .values(delivery=delivery)
        )
