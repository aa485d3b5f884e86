"""Keeping the roadmap current: items from accepted ideas, status, milestones, updates,
indicators, evaluation and following. Services flush; views commit."""

import re
from datetime import date
from decimal import Decimal

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, insert, literal, select

from participation.audit.log import audit
from participation.core.database import insert_ignoring_duplicates
from participation.core.errors import ValidationFailed
from participation.core.html import plain_text, render_markdown, slugify
from participation.core.models import utcnow
from participation.core.permissions import ensure
from participation.core.signals import (
    evaluation_published,
    milestone_done,
    roadmap_item_created,
    roadmap_update_posted,
)
from participation.extensions import db
from participation.ideas.models import Category, Follow, Idea
from participation.ideas.workflow import goes_on_roadmap
from participation.roadmap import workflow
from participation.roadmap.models import (
    Evaluation,
    Indicator,
    ItemFollow,
    ItemStatus,
    Milestone,
    ProgressUpdate,
    RoadmapItem,
    roadmap_item_ideas,
)
from participation.roadmap.periods import parse_period
from participation.users.models import User
from participation.users.permissions import can_moderate

TEXT_MAX = 20_000
DECIMAL_INPUT = re.compile(r"-?[0-9]{1,12}(?:[.,][0-9]{1,2})?")
BUDGET_MAX_EUR = 1_000_000_000  # well inside a 32-bit INTEGER column


ROADMAP_STAFF_ONLY = _l("Only the moderation team can change the roadmap.")


def _text(value: str | None, field: str, required: bool = True, limit: int = TEXT_MAX) -> str:
    value = (value or "").replace("\r\n", "\n").strip()
    if required and not value:
        raise ValidationFailed({field: _("Please fill in this field.")})
    if len(value) > limit:
        raise ValidationFailed({field: _("Please use at most %(max)d characters.", max=limit)})
    return value


def item_of(idea: Idea) -> RoadmapItem | None:
    return db.session.scalar(
        select(RoadmapItem)
        .join(roadmap_item_ideas, roadmap_item_ideas.c.item_id == RoadmapItem.id)
        .where(roadmap_item_ideas.c.idea_id == idea.id)
    )


def _check_linkable(idea: Idea, item: RoadmapItem | None = None) -> None:
    """An accepted idea without an item; bundled only into an item of its own visibility, so
    that neither side points at something its readers may not see."""
    if not goes_on_roadmap(idea):
        raise ValidationFailed({"ideas": _("Only accepted ideas go on the roadmap.")})
    if item_of(idea) is not None:
        raise ValidationFailed({"ideas": _("This idea is already part of a roadmap item.")})
    if item is not None and idea.visibility != item.visibility:
        raise ValidationFailed(
            {
                "ideas": _(
                    "Internal and public ideas cannot share a roadmap item. Publish the idea "
                    "first, or give it an item of its own."
                )
            }
        )


def _copy_idea_followers(item: RoadmapItem, idea: Idea) -> None:
    """Whoever follows a linked idea follows the item too."""
    already = select(ItemFollow.user_id).where(ItemFollow.item_id == item.id)
    db.session.execute(
        insert(ItemFollow).from_select(
            ["user_id", "item_id", "created_at"],
            select(Follow.user_id, literal(item.id), literal(utcnow())).where(
                Follow.idea_id == idea.id, Follow.user_id.not_in(already)
            ),
        )
    )


def apply_fields(item: RoadmapItem, fields: dict) -> None:
    """Set the editable fields of an item from cleaned form data."""
    item.title = plain_text(_text(fields.get("title"), "title", limit=200))
    item.description = _text(fields.get("description"), "description")
    item.description_html = render_markdown(item.description)
    item.slug = slugify(item.title)
    item.responsible_department = plain_text(
        _text(fields.get("responsible_department"), "responsible_department", limit=200)
    )
    item.contact = plain_text(fields.get("contact") or "")[:200] or None
    category = fields.get("category")
    if not isinstance(category, Category):
        raise ValidationFailed({"category": _("Please choose a field of action.")})
    item.category = category
    item.vision_id = fields.get("vision_id")
    item.start_on, item.start_precision = parse_period(fields.get("start"), "start")
    item.end_on, item.end_precision = parse_period(fields.get("end"), "end")
    if item.start_on and item.end_on and item.end_on < item.start_on:
        raise ValidationFailed({"end": _("The end must not be before the start.")})
    budget = fields.get("budget_eur")
    if budget is not None and not 0 <= budget <= BUDGET_MAX_EUR:
        raise ValidationFailed(
            {"budget_eur": _("Please enter a budget from 0 to 1,000,000,000 euros.")}
        )
    item.budget_eur = budget
    item.progress_from_milestones = bool(fields.get("progress_from_milestones"))


def create_item(actor: User, idea: Idea, fields: dict) -> RoadmapItem:
    """A roadmap item for an accepted idea, in one step."""
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    _check_linkable(idea)
    item = RoadmapItem(created_by_id=actor.id, status=ItemStatus.PLANNED, last_update_at=utcnow())
    apply_fields(item, fields)
    item.visibility = idea.visibility
    item.ideas = [idea]
    db.session.add(item)
    db.session.flush()
    _copy_idea_followers(item, idea)
    audit(actor, "roadmap_item_created", item, idea=idea.reference)
    roadmap_item_created.send(item, idea=idea)
    return item


def update_item(item: RoadmapItem, actor: User, fields: dict) -> None:
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    apply_fields(item, fields)
    recompute_progress(item)
    db.session.flush()
    audit(actor, "roadmap_item_updated", item)


def link_idea(item: RoadmapItem, idea: Idea, actor: User) -> None:
    """Bundle another accepted idea into an existing item."""
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    _check_linkable(idea, item)
    item.ideas.append(idea)
    db.session.flush()
    _copy_idea_followers(item, idea)
    audit(actor, "roadmap_idea_linked", item, idea=idea.reference)
    roadmap_item_created.send(item, idea=idea)


def post_update(
    item: RoadmapItem,
    actor: User,
    body: str,
    progress: int | None = None,
    status: str | None = None,
    reason: str | None = None,
) -> ProgressUpdate:
    """A public, dated progress update; it may also set the progress and the status."""
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    body = _text(body, "body")
    if progress is not None:
        if not 0 <= progress <= 100:
            raise ValidationFailed({"progress": _("Please enter 0 to 100 percent.")})
        if item.progress_from_milestones:
            raise ValidationFailed(
                {"progress": _("This item takes its progress from the milestones.")}
            )
        item.progress = progress
    if status:
        workflow.change_status(item, status, reason)
    update = ProgressUpdate(
        item_id=item.id,
        author_id=actor.id,
        body=body,
        body_html=render_markdown(body),
        progress=progress,
        status=status or None,
    )
    db.session.add(update)
    item.last_update_at = utcnow()
    db.session.flush()
    audit(actor, "roadmap_update_posted", item, reason)
    roadmap_update_posted.send(item, update=update)
    return update


def recompute_progress(item: RoadmapItem) -> None:
    """In milestone mode, progress is the share of milestones done."""
    if item.progress_from_milestones and item.milestones:
        done = sum(1 for milestone in item.milestones if milestone.done_at)
        item.progress = round(100 * done / len(item.milestones))


def add_milestone(item: RoadmapItem, actor: User, title: str, due_on: date | None, note: str = ""):
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    milestone = Milestone(
        title=plain_text(_text(title, "title", limit=200)),
        due_on=due_on,
        note=(note or "").strip() or None,
    )
    item.milestones.append(milestone)
    recompute_progress(item)
    db.session.flush()
    audit(actor, "milestone_added", item, milestone=milestone.title)
    return milestone


def set_milestone_done(milestone: Milestone, actor: User, done: bool) -> None:
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    was_done = milestone.done_at is not None
    milestone.done_at = utcnow() if done else None
    recompute_progress(milestone.item)
    milestone.item.last_update_at = utcnow()
    db.session.flush()
    action = "milestone_done" if done else "milestone_reopened"
    audit(actor, action, milestone.item, milestone=milestone.title)
    if done and not was_done:
        milestone_done.send(milestone.item, milestone=milestone, actor=actor)


def delete_milestone(milestone: Milestone, actor: User) -> None:
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    item = milestone.item
    item.milestones.remove(milestone)
    recompute_progress(item)
    db.session.flush()
    audit(actor, "milestone_deleted", item, milestone=milestone.title)


def _decimal(value, field: str, required: bool = True) -> Decimal | None:
    """A measured value as typed ("12,5" or "-3.25"): at most 12 digits before and 2 after the
    decimal sign, so it fits the column exactly; no exponents, NaN or infinity."""
    text = str(value or "").strip()
    if not text:
        if required:
            raise ValidationFailed({field: _("Please enter a number.")})
        return None
    if not DECIMAL_INPUT.fullmatch(text):
        raise ValidationFailed(
            {
                field: _(
                    "Please enter a number with up to 12 digits and at most 2 decimal places, "
                    "e.g. 12,5."
                )
            }
        )
    return Decimal(text.replace(",", "."))


def save_indicator(item: RoadmapItem, actor: User, values: dict, indicator: Indicator | None):
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    baseline = _decimal(values.get("baseline"), "baseline")
    target = _decimal(values.get("target"), "target")
    if baseline == target:
        raise ValidationFailed({"target": _("The target must differ from the baseline.")})
    indicator = indicator or Indicator()
    indicator.name = plain_text(_text(values.get("name"), "name", limit=300))
    indicator.unit = plain_text(_text(values.get("unit"), "unit", limit=40))
    indicator.baseline, indicator.target = baseline, target
    indicator.current = _decimal(values.get("current"), "current", required=False)
    indicator.measured_on = values.get("measured_on")
    if indicator.id is None:
        item.indicators.append(indicator)
    item.last_update_at = utcnow()
    db.session.flush()
    audit(actor, "indicator_saved", item, indicator=indicator.name)
    return indicator


def record_evaluation(
    item: RoadmapItem,
    actor: User,
    *,
    summary: str,
    lessons_learned: str,
    next_steps: str,
    results: dict[int, tuple[str, bool | None]],
    follow_up_ideas: list[Idea],
) -> Evaluation:
    """Phase 4: indicator results, lessons learned and follow-up ideas; the item is evaluated.

    `results` maps indicator ids to (measured value as typed, target reached or None).
    """
    ensure(can_moderate, actor, ROADMAP_STAFF_ONLY)
    if not workflow.is_done(item):
        raise ValidationFailed({None: _("Only finished items can be evaluated.")})
    evaluation = item.evaluation or Evaluation(item_id=item.id, author_id=actor.id)
    evaluation.summary = _text(summary, "summary")
    evaluation.lessons_learned = _text(lessons_learned, "lessons_learned")
    evaluation.next_steps = _text(next_steps, "next_steps", required=False)
    evaluation.follow_up_ideas = follow_up_ideas
    for indicator in item.indicators:
        if indicator.id in results:
            typed, reached = results[indicator.id]
            value = _decimal(typed, f"result-{indicator.id}", required=False)
            if value is not None:
                indicator.current = value
            indicator.reached = reached
    item.evaluation = evaluation
    item.last_update_at = utcnow()
    db.session.flush()
    audit(actor, "evaluation_recorded", item)
    evaluation_published.send(item, evaluation=evaluation)
    return evaluation


def follow_item(item: RoadmapItem, user: User) -> None:
    insert_ignoring_duplicates(
        ItemFollow, db.session, item_id=item.id, user_id=user.id, created_at=utcnow()
    )


def unfollow_item(item: RoadmapItem, user: User) -> None:
    db.session.execute(
        delete(ItemFollow).where(ItemFollow.item_id == item.id, ItemFollow.user_id == user.id)
    )
