"""Submitting, editing and withdrawing ideas. Services flush; the view commits."""

import re
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import select, update

from participation.core.database import insert_ignoring_duplicates
from participation.core.errors import ValidationFailed
from participation.core.html import plain_text, render_markdown, slugify
from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import (
    Category,
    Follow,
    Idea,
    IdeaCounter,
    IdeaRevision,
    IdeaStatus,
    Tag,
    Visibility,
)
from participation.ideas.permissions import can_choose_internal
from participation.users.models import User

TITLE_MAX, SUMMARY_MAX, DESCRIPTION_MAX = 120, 500, 20_000
TAG_MAX_LENGTH, TAGS_MAX = 40, 5


def parse_tags(text: str) -> list[str]:
    """Comma-separated free tags: cleaned, lower-cased, without duplicates."""
    tags: list[str] = []
    for raw in (text or "").split(","):
        tag = plain_text(raw).lower().lstrip("#")
        if tag and tag not in tags:
            tags.append(tag)
    if len(tags) > TAGS_MAX:
        raise ValidationFailed({"tags": _("Please use at most %(max)d tags.", max=TAGS_MAX)})
    if any(len(tag) > TAG_MAX_LENGTH for tag in tags):
        raise ValidationFailed(
            {"tags": _("A tag may have at most %(max)d characters.", max=TAG_MAX_LENGTH)}
        )
    return tags


def _tag_objects(names: list[str]) -> list[Tag]:
    for name in names:
        insert_ignoring_duplicates(Tag, db.session, name=name)
    found = {tag.name: tag for tag in db.session.scalars(select(Tag).where(Tag.name.in_(names)))}
    return [found[name] for name in names]


def _clean_fields(title: str, summary: str, description: str) -> tuple[str, str, str]:
    title, summary = plain_text(title), plain_text(summary)
    description = (description or "").replace("\r\n", "\n").strip()
    reasons = {}
    if not title or len(title) > TITLE_MAX:
        reasons["title"] = _("Please enter a title of up to %(max)d characters.", max=TITLE_MAX)
    if not summary or len(summary) > SUMMARY_MAX:
        reasons["summary"] = _(
            "Please enter a summary of up to %(max)d characters.", max=SUMMARY_MAX
        )
    if not description or len(description) > DESCRIPTION_MAX:
        reasons["description"] = _(
            "Please enter a description of up to %(max)d characters.", max=DESCRIPTION_MAX
        )
    if reasons:
        raise ValidationFailed(reasons)
    return title, summary, description


def next_number(year: int) -> int:
    """Hand out the next reference number of `year`; safe under concurrent submissions."""
    insert_ignoring_duplicates(IdeaCounter, db.session, year=year, last_number=0)
    return db.session.execute(
        update(IdeaCounter)
        .where(IdeaCounter.year == year)
        .values(last_number=IdeaCounter.last_number + 1)
        .returning(IdeaCounter.last_number)
    ).scalar_one()


def submit_idea(
    author: User,
    *,
    title: str,
    summary: str,
    description: str,
    category: Category,
    tags: str = "",
    visibility: str = Visibility.PUBLIC,
    now: datetime | None = None,
    event_id: int | None = None,
    entered_by_note: str | None = None,
) -> Idea:
    """Submit an idea; the events feature decides when it may belong to an event
    (`event_id`) and notes when an organiser entered it for participants."""
    title, summary, description = _clean_fields(title, summary, description)
    tag_names = parse_tags(tags)
    now = now or utcnow()
    if visibility == Visibility.INTERNAL and not can_choose_internal(author):
        raise ValidationFailed(
            {"visibility": _("Only the administration can submit internal ideas.")}
        )
    idea = Idea(
        year=now.year,
        number=next_number(now.year),
        slug=slugify(title),
        title=title,
        summary=summary,
        description=description,
        description_html=render_markdown(description),
        category=category,
        author=author,
        visibility=Visibility(visibility),
        status=IdeaStatus.SUBMITTED,
        created_at=now,
        last_activity_at=now,
        tags=_tag_objects(tag_names),
        event_id=event_id,
        entered_by_note=entered_by_note,
    )
    db.session.add(idea)
    db.session.flush()
    follow(idea, author)
    workflow.record_submission(idea, author)
    return idea


def edit_idea(
    idea: Idea,
    editor: User,
    *,
    title: str,
    summary: str,
    description: str,
    category: Category,
    tags: str = "",
) -> IdeaRevision | None:
    """Apply the author's changes and keep what changed as a revision (None if nothing did)."""
    title, summary, description = _clean_fields(title, summary, description)
    tag_names = parse_tags(tags)
    before = {
        "title": idea.title,
        "summary": idea.summary,
        "description": idea.description,
        "category": idea.category.slug,
        "tags": [tag.name for tag in idea.tags],
    }
    after = {
        "title": title,
        "summary": summary,
        "description": description,
        "category": category.slug,
        "tags": tag_names,
    }
    changes = {key: [before[key], after[key]] for key in before if before[key] != after[key]}
    if not changes:
        return None
    idea.title, idea.summary, idea.description = title, summary, description
    idea.slug = slugify(title)
    idea.description_html = render_markdown(description)
    idea.category = category
    idea.tags = _tag_objects(tag_names)
    idea.last_activity_at = utcnow()
    revision = IdeaRevision(idea_id=idea.id, editor_id=editor.id, changes=changes)
    db.session.add(revision)
    db.session.flush()
    return revision


def withdraw_idea(idea: Idea, actor: User, reason: str = "") -> None:
    reason = re.sub(r"\s+\n", "\n", (reason or "").strip())[:1000] or None
    workflow.change_status(idea, IdeaStatus.WITHDRAWN, actor, note=reason)
    idea.withdrawal_reason = reason
    db.session.flush()


def follow(idea: Idea, user: User) -> None:
    insert_ignoring_duplicates(Follow, db.session, idea_id=idea.id, user_id=user.id)


def unfollow(idea: Idea, user: User) -> None:
    db.session.execute(
        Follow.__table__.delete().where(Follow.idea_id == idea.id, Follow.user_id == user.id)
    )
