"""Turning domain events (signals) into notifications for the right people.

`SIGNALS` pairs each signal with its listener; `wiring.register` connects them at start-up."""

from sqlalchemy import select, union

from participation.comments.models import Comment
from participation.core import signals
from participation.events.models import EventRegistration, RegistrationStatus
from participation.events.urls import event_path
from participation.extensions import db
from participation.ideas.models import Follow, Idea
from participation.ideas.urls import idea_path
from participation.notifications.fanout import notify
from participation.notifications.models import Topic
from participation.roadmap.models import ItemFollow, RoadmapItem, roadmap_item_ideas
from participation.roadmap.urls import item_path
from participation.users.models import STAFF_ROLES, User, UserRole


def the_user(user_id: int):
    return select(User.id).where(User.id == user_id)


def followers_except(idea: Idea, user_id: int):
    return select(Follow.user_id).where(Follow.idea_id == idea.id, Follow.user_id != user_id)


def item_followers(item: RoadmapItem):
    """Followers of the item and of every idea it implements."""
    linked = select(roadmap_item_ideas.c.idea_id).where(roadmap_item_ideas.c.item_id == item.id)
    return union(
        select(ItemFollow.user_id).where(ItemFollow.item_id == item.id),
        select(Follow.user_id).where(Follow.idea_id.in_(linked)),
    )


def moderators():
    return select(UserRole.user_id).where(UserRole.role.in_(STAFF_ROLES))


def _to_author_and_followers(idea: Idea, kind: str, data: dict, actor_id: int | None) -> None:
    common = {"kind": kind, "data": data, "path": idea_path(idea), "actor_id": actor_id}
    notify(the_user(idea.author_id), topic=Topic.MY_IDEAS, internal=idea.is_internal, **common)
    notify(
        followers_except(idea, idea.author_id),
        topic=Topic.FOLLOWED_IDEAS,
        internal=idea.is_internal,
        **common,
    )


def on_status_changed(idea: Idea, change, merged: bool = False) -> None:
    data = {"reference": idea.reference, "title": idea.title, "note": change.note or ""}
    if merged and idea.merged_into is not None:
        data |= {"into_title": idea.merged_into.title, "into_reference": idea.merged_into.reference}
        _to_author_and_followers(idea, "idea_merged", data, change.actor_id)
    else:
        _to_author_and_followers(
            idea, "idea_status", {**data, "status": change.to_status}, change.actor_id
        )


def on_idea_submitted(idea: Idea) -> None:
    notify(
        moderators(),
        topic=Topic.MODERATION,
        kind="new_idea",
        data={"reference": idea.reference, "title": idea.title},
        path=idea_path(idea),
        actor_id=idea.author_id,
        internal=idea.is_internal,
    )


def on_comment_added(comment: Comment) -> None:
    idea = comment.idea
    data = {
        "reference": idea.reference,
        "title": idea.title,
        "name": comment.author.display_name,
        "note": comment.body[:300],
    }
    path = f"{idea_path(idea)}#comment-{comment.id}"
    parent_author = None
    if comment.parent_id is not None:
        parent_author = db.session.get(Comment, comment.parent_id).author_id
        notify(
            the_user(parent_author),
            topic=Topic.MY_IDEAS,
            kind="reply_to_my_comment",
            data=data,
            path=path,
            actor_id=comment.author_id,
            internal=idea.is_internal,
        )
    if parent_author != idea.author_id:
        notify(
            the_user(idea.author_id),
            topic=Topic.MY_IDEAS,
            kind="comment_on_my_idea",
            data=data,
            path=path,
            actor_id=comment.author_id,
            internal=idea.is_internal,
        )


def on_content_moderated(target, hidden: bool, reason, actor, automatic: bool = False) -> None:
    idea = target if isinstance(target, Idea) else target.idea
    data = {"title": idea.title, "reference": idea.reference, "note": reason or ""}
    actor_id = actor.id if actor else None
    notify(
        the_user(target.author_id),
        topic=Topic.MY_IDEAS,
        kind="content_hidden" if hidden else "content_restored",
        data=data,
        path=idea_path(idea),
        actor_id=actor_id,
        internal=idea.is_internal,
    )
    if automatic:
        notify(
            moderators(),
            topic=Topic.MODERATION,
            kind="auto_hidden",
            data=data,
            path="/moderation?tab=hidden",
            internal=idea.is_internal,
        )


def on_item_created(item: RoadmapItem, idea: Idea) -> None:
    data = {"reference": idea.reference, "title": idea.title, "item": item.title}
    _to_author_and_followers(idea, "roadmap_item_created", data, item.created_by_id)


def _to_item_followers(item: RoadmapItem, kind: str, data: dict, actor_id: int | None) -> None:
    notify(
        item_followers(item),
        topic=Topic.ROADMAP,
        kind=kind,
        data={"item": item.title, **data},
        path=item_path(item),
        actor_id=actor_id,
        internal=item.is_internal,
    )


def on_update_posted(item: RoadmapItem, update) -> None:
    if update.status:
        _to_item_followers(item, "item_status", {"status": update.status}, update.author_id)
    else:
        _to_item_followers(item, "item_update", {"note": update.body[:300]}, update.author_id)


def on_milestone_done(item: RoadmapItem, milestone, actor) -> None:
    _to_item_followers(item, "milestone_done", {"milestone": milestone.title}, actor.id)


def on_evaluation_published(item: RoadmapItem, evaluation) -> None:
    _to_item_followers(item, "evaluation_published", {}, evaluation.author_id)


def participants(event, statuses=(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)):
    return select(EventRegistration.user_id).where(
        EventRegistration.event_id == event.id, EventRegistration.status.in_(statuses)
    )


def _to_participants(event, kind: str, actor_id: int | None, note: str = "", **filters) -> None:
    notify(
        participants(event, **filters),
        topic=Topic.EVENTS,
        kind=kind,
        data={"event": event.title, "note": note},
        path=event_path(event),
        actor_id=actor_id,
        internal=event.is_internal,
    )


def on_event_changed(event, actor) -> None:
    _to_participants(event, "event_changed", actor.id)


def on_event_cancelled(event, actor) -> None:
    _to_participants(event, "event_cancelled", actor.id, event.cancellation_reason or "")


def on_place_granted(event, registration) -> None:
    notify(
        the_user(registration.user_id),
        topic=Topic.EVENTS,
        kind="waitlist_promoted",
        data={"event": event.title},
        path=event_path(event),
        internal=event.is_internal,
    )


def remind_participants(event) -> None:
    """The day-before reminder for confirmed participants (see `send_event_reminders`)."""
    _to_participants(event, "event_reminder", None, statuses=(RegistrationStatus.CONFIRMED,))


SIGNALS = (
    (signals.idea_status_changed, on_status_changed),
    (signals.idea_submitted, on_idea_submitted),
    (signals.comment_added, on_comment_added),
    (signals.content_moderated, on_content_moderated),
    (signals.roadmap_item_created, on_item_created),
    (signals.roadmap_update_posted, on_update_posted),
    (signals.milestone_done, on_milestone_done),
    (signals.evaluation_published, on_evaluation_published),
    (signals.event_changed, on_event_changed),
    (signals.event_cancelled, on_event_cancelled),
    (signals.event_place_granted, on_place_granted),
)
