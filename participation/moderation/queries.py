"""What the moderation queue shows: new ideas, reported items, hidden items, with counts."""

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from participation.comments.models import Comment
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea
from participation.ideas.queries import paginate
from participation.moderation.models import AuditEntry, InternalNote, Report

TABS = ("new", "reported", "hidden")


def new_ideas():
    """Submitted ideas; those collected at an event only once the organiser handed them over."""
    return (
        select(Idea)
        .where(
            Idea.status.in_(workflow.statuses_where("awaits_review")),
            Idea.hidden_at.is_(None),
            or_(Idea.event_id.is_(None), Idea.handed_over_at.is_not(None)),
        )
        .order_by(Idea.created_at, Idea.id)
    )


def reported_ideas():
    return (
        select(Idea)
        .where(Idea.open_report_count > 0)
        .order_by(Idea.open_report_count.desc(), Idea.id)
    )


def reported_comments():
    return (
        select(Comment)
        .where(Comment.open_report_count > 0)
        .order_by(Comment.open_report_count.desc(), Comment.id)
    )


def hidden_ideas():
    return select(Idea).where(Idea.hidden_at.is_not(None)).order_by(Idea.hidden_at.desc())


def hidden_comments():
    return select(Comment).where(Comment.hidden_at.is_not(None)).order_by(Comment.hidden_at.desc())


def _count(query) -> int:
    return db.session.scalar(select(func.count()).select_from(query.subquery()))


@dataclass
class QueueCounts:
    new: int
    reported: int
    hidden: int


def counts() -> QueueCounts:
    return QueueCounts(
        new=_count(new_ideas()),
        reported=_count(reported_ideas()) + _count(reported_comments()),
        hidden=_count(hidden_ideas()) + _count(hidden_comments()),
    )


def open_reports(idea_ids: list[int], comment_ids: list[int]) -> dict[tuple[str, int], list]:
    """Unresolved reports for the listed items, in one query."""
    if not idea_ids and not comment_ids:
        return {}
    reports = db.session.scalars(
        select(Report)
        .where(
            Report.resolved_at.is_(None),
            Report.idea_id.in_(idea_ids) | Report.comment_id.in_(comment_ids),
        )
        .order_by(Report.created_at)
    )
    grouped: dict[tuple[str, int], list] = {}
    for report in reports:
        key = ("idea", report.idea_id) if report.idea_id else ("comment", report.comment_id)
        grouped.setdefault(key, []).append(report)
    return grouped


def notes_for(idea: Idea) -> list[InternalNote]:
    return list(
        db.session.scalars(
            select(InternalNote).where(InternalNote.idea_id == idea.id).order_by(InternalNote.id)
        )
    )


def audit_entries(action: str, page: int, per_page: int):
    query = select(AuditEntry).order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    if action:
        query = query.where(AuditEntry.action == action)
    return paginate(query, page, per_page)


def page_of(query, page: int, per_page: int = 20):
    return paginate(query, page, per_page)
