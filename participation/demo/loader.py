"""Replays the demo's story through the features' services.

This is the only module of the demo that calls feature code. Each action below is one thing a
person did on the platform, done the way the app does it (services check the rules, fire the
signals that notify people, write the timeline and the audit log). When a service is renamed,
this file is the one to adapt.
"""

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import delete, func, select, update

from participation.assessment import services as assessment
from participation.comments import services as comments
from participation.comments.models import Comment
from participation.core.errors import ValidationFailed
from participation.core.localtime import zone
from participation.core.models import utcnow
from participation.core.outbox import OutboxMessage
from participation.cycles import services as cycles
from participation.cycles.models import Cycle, Vision
from participation.demo.backdate import StoryTimes
from participation.demo.clock import Clock
from participation.demo.content import load
from participation.demo.story import plan
from participation.events import services as events
from participation.events import teams
from participation.events.models import Event, Team
from participation.extensions import db
from participation.ideas import services as ideas
from participation.ideas import support
from participation.ideas.categories import ensure_default_categories
from participation.ideas.models import Category, Idea, IdeaStatus, Visibility
from participation.moderation import actions as moderation
from participation.notifications import services as notifications
from participation.notifications.models import MailState, Notification
from participation.roadmap import services as roadmap
from participation.roadmap.models import Indicator, Milestone, RoadmapItem
from participation.search import refresh_merge_candidates
from participation.search.indexing import rebuild_after_seeding
from participation.users import services as users
from participation.users.models import Role, User

DATA_FILES = ("accounts", "ideas", "process", "cycle", "roadmap", "events")


@dataclass
class World:
    """What the story has created so far, by the keys the data files use."""

    now: datetime = field(default_factory=utcnow)  # the moment of the current step
    users: dict[str, User] = field(default_factory=dict)
    categories: dict[str, Category] = field(default_factory=dict)
    ideas: dict[str, Idea] = field(default_factory=dict)
    comments: dict[str, Comment] = field(default_factory=dict)
    cycle: Cycle | None = None
    visions: dict[str, Vision] = field(default_factory=dict)
    items: dict[str, RoadmapItem] = field(default_factory=dict)
    milestones: dict[tuple[str, int], Milestone] = field(default_factory=dict)
    indicators: dict[str, tuple[Indicator, dict]] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)


@dataclass(frozen=True)
class Seeded:
    accounts: list[User]
    password: str
    ideas: int  # submitted on their own, not at an event
    items: int


ACTIONS: dict[str, Callable[..., None]] = {}


def action(name: str) -> Callable:
    """Register the function that carries out the story's steps called `name`."""

    def register(function: Callable[..., None]) -> Callable[..., None]:
        ACTIONS[name] = function
        return function

    return register


def database_is_empty() -> bool:
    return not db.session.scalar(select(func.count()).select_from(User))


def load_demo() -> Seeded:
    """Tell the whole story into the (empty) database and commit it."""
    content = {name: load(name) for name in DATA_FILES}
    clock = Clock(utcnow(), zone())
    ensure_default_categories()
    world = World(
        categories={category.slug: category for category in db.session.scalars(select(Category))}
    )
    times = StoryTimes()
    for step in plan(content, clock):
        world.now = step.when
        try:
            with times.step(step.when):
                ACTIONS[step.action](world, **step.args)
        except ValidationFailed as failure:
            raise RuntimeError(
                f"Demo step {step.action} {step.args} failed: {failure.reasons}"
            ) from None
    keep_mail_quiet()
    times.move_into_story_time()
    keep_recent_notifications(clock, **content["accounts"]["notifications"])
    db.session.commit()
    rebuild_after_seeding()  # the whole search index at once
    refresh_merge_candidates()
    accounts = content["accounts"]
    return Seeded(
        accounts=[world.users[account["email"]] for account in accounts["account"]],
        password=accounts["password"],
        ideas=sum(1 for idea in world.ideas.values() if idea.event_id is None),
        items=len(world.items),
    )


def keep_mail_quiet() -> None:
    """Demo people have made-up addresses: their notifications stay in the app, no mail goes out."""
    db.session.execute(delete(OutboxMessage))
    db.session.execute(update(Notification).values(mail_state=MailState.NONE))
    db.session.info.pop("outbox_pending", None)


def keep_recent_notifications(clock: Clock, days: int, at_most: int) -> None:
    """Each account keeps the notifications of its last `days` days, at most `at_most`: a year
    of news read long ago would bury what is new."""
    db.session.execute(
        delete(Notification).where(Notification.created_at < clock.now - timedelta(days=days))
    )
    newest_first = (Notification.created_at.desc(), Notification.id.desc())
    ranked = select(
        Notification.id,
        func.row_number()
        .over(partition_by=Notification.user_id, order_by=newest_first)
        .label("rank"),
    ).subquery()
    older = select(ranked.c.id).where(ranked.c.rank > at_most)
    db.session.execute(delete(Notification).where(Notification.id.in_(older)))
    notifications.recount_unread()


@contextmanager
def quick_password_hashing() -> Iterator[None]:
    """The lowest Argon2 cost while the demo's accounts are created. Their password is either
    printed for everyone or random and never told, so a costly hash would protect nothing – and
    cost half a minute. A login rehashes at full cost, as after any change of the parameters."""
    config = current_app.config
    names = ("ARGON2_TIME_COST", "ARGON2_MEMORY_COST", "ARGON2_PARALLELISM")
    saved = {name: config[name] for name in names}
    config.update(ARGON2_TIME_COST=1, ARGON2_MEMORY_COST=1024, ARGON2_PARALLELISM=1)
    try:
        yield
    finally:
        config.update(saved)


# --- people and ideas -----------------------------------------------------------------------


@action("account")
def _account(world: World, email: str, name: str, roles: list[str], password: str | None):
    """A demo account with the printed password, or a supporter with a random one."""
    with quick_password_hashing():
        world.users[email] = users.create_user(
            email, name, password or secrets.token_urlsafe(18), [Role(role) for role in roles]
        )


@action("submit")
def _submit(
    world: World, key: str, author: str, category: str, internal: bool, event=None, **text
) -> None:
    fields = {
        "category": world.categories[category],
        "visibility": Visibility.INTERNAL if internal else Visibility.PUBLIC,
        "now": world.now,
        **text,
    }
    if event:
        world.ideas[key] = events.submit_to_event(
            world.events[event], world.users[author], **fields
        )
    else:
        world.ideas[key] = ideas.submit_idea(world.users[author], **fields)


@action("comment")
def _comment(world: World, key: str, idea: str, author: str, text: str, parent: str | None) -> None:
    replying_to = world.comments[parent] if parent else None
    world.comments[key] = comments.add_comment(
        world.ideas[idea], world.users[author], text, replying_to
    )


@action("support")
def _support(world: World, idea: str, user: str) -> None:
    support.support(world.ideas[idea], world.users[user])


# --- moderation, assessment, decisions ------------------------------------------------------


@action("review")
def _review(world: World, idea: str, actor: str, note: str) -> None:
    moderation.change_status(world.ideas[idea], IdeaStatus.IN_REVIEW, world.users[actor], note)


@action("assess")
def _assess(world: World, idea: str, actor: str, values: dict) -> None:
    assessment.complete_assessment(world.ideas[idea], world.users[actor], values)


@action("decide")
def _decide(world: World, idea: str, actor: str, document_url: str, **decision) -> None:
    the_idea = world.ideas[idea]
    assessment.record_decision(
        the_idea,
        world.users[actor],
        document_url=document_url.format(reference=the_idea.reference),
        **decision,
    )


@action("reject")
def _reject(world: World, idea: str, actor: str, note: str) -> None:
    moderation.change_status(world.ideas[idea], IdeaStatus.REJECTED, world.users[actor], note)


@action("merge")
def _merge(world: World, idea: str, actor: str, into: str, note: str) -> None:
    moderation.merge(world.ideas[idea], world.ideas[into], world.users[actor], note)


@action("hide")
def _hide(world: World, idea: str, actor: str, reason: str) -> None:
    moderation.hide(world.ideas[idea], world.users[actor], reason)


# --- the yearly programme -------------------------------------------------------------------


@action("cycle")
def _cycle(world: World, actor: str, **fields) -> None:
    world.cycle = cycles.create_cycle(world.users[actor], **fields)


@action("vision")
def _vision(world: World, key: str, actor: str, **fields) -> None:
    world.visions[key] = cycles.add_vision(world.cycle, world.users[actor], **fields)


@action("link_vision")
def _link_vision(world: World, vision: str, idea: str, actor: str) -> None:
    cycles.link_idea(world.visions[vision], world.ideas[idea], world.users[actor])


# --- the roadmap ----------------------------------------------------------------------------


@action("item")
def _item(
    world: World, key: str, idea: str, actor: str, fields: dict, milestones, indicator
) -> None:
    """A roadmap item for an accepted idea, planned with its milestones and indicator."""
    the_idea, moderator = world.ideas[idea], world.users[actor]
    new = roadmap.create_item(
        moderator,
        the_idea,
        fields | {"category": the_idea.category, "vision_id": the_idea.vision_id},
    )
    for number, (title, due_on) in enumerate(milestones):
        world.milestones[key, number] = roadmap.add_milestone(new, moderator, title, due_on)
    world.indicators[key] = (roadmap.save_indicator(new, moderator, indicator, None), indicator)
    world.items[key] = new


@action("bundle")
def _bundle(world: World, item: str, idea: str, actor: str) -> None:
    roadmap.link_idea(world.items[item], world.ideas[idea], world.users[actor])


@action("follow_item")
def _follow_item(world: World, item: str, user: str) -> None:
    roadmap.follow_item(world.items[item], world.users[user])


@action("milestone_done")
def _milestone_done(world: World, item: str, milestone: int, actor: str) -> None:
    roadmap.set_milestone_done(world.milestones[item, milestone], world.users[actor], True)


@action("measure")
def _measure(world: World, item: str, actor: str, value: str, measured_on) -> None:
    indicator, values = world.indicators[item]
    measured = values | {"current": value, "measured_on": measured_on}
    roadmap.save_indicator(world.items[item], world.users[actor], measured, indicator)


@action("update")
def _post_update(world: World, item: str, actor: str, body: str, progress, status, reason) -> None:
    roadmap.post_update(world.items[item], world.users[actor], body, progress, status, reason)


@action("evaluate")
def _evaluate(world: World, item: str, actor: str, result: str, reached: bool, follow_ups, **text):
    indicator, _values = world.indicators[item]
    roadmap.record_evaluation(
        world.items[item],
        world.users[actor],
        results={indicator.id: (result, reached)},
        follow_up_ideas=[world.ideas[key] for key in follow_ups],
        **text,
    )


# --- events ---------------------------------------------------------------------------------


@action("event")
def _event(world: World, key: str, actor: str, fields: dict) -> None:
    world.events[key] = events.create_event(world.users[actor], **fields)


@action("register")
def _register(world: World, event: str, user: str) -> None:
    events.register(world.events[event], world.users[user], now=world.now)


@action("team")
def _team(world: World, event: str, idea: str, founder: str, name: str) -> None:
    the_event = world.events[event]
    world.teams[name] = teams.create_team(the_event, world.users[founder], world.ideas[idea], name)


@action("join_team")
def _join_team(world: World, event: str, team: str, user: str) -> None:
    teams.join_team(world.teams[team], world.events[event], world.users[user])


@action("award")
def _award(world: World, event: str, actor: str, team: str, award: str) -> None:
    teams.set_award(world.teams[team], world.events[event], world.users[actor], award)


@action("event_results")
def _event_results(world: World, event: str, actor: str, fields: dict) -> None:
    events.update_event(world.events[event], world.users[actor], **fields)


@action("hand_over")
def _hand_over(world: World, event: str, actor: str, ideas: list[str]) -> None:
    chosen = [world.ideas[key].id for key in ideas]
    events.hand_over(world.events[event], world.users[actor], chosen)
