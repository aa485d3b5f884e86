"""What the moderation queue shows: new ideas, reported items, hidden items, with counts."""

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from participation.comments.models import Comment
from participation.core.pagination import COUNT_CAP, Order
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea
from participation.ideas.queries import visible_to
from participation.moderation.models import InternalNote, Report

TABS = ("new", "reported", "hidden")


def new_ideas():
    """Submitted ideas; those collected at an event only once the organiser handed them over.
    Oldest first: they have waited longest."""
    return select(Idea).where(
        Idea.status.in_(workflow.statuses_where("awaits_review")),
        Idea.hidden_at.is_(None),
        or_(Idea.event_id.is_(None), Idea.handed_over_at.is_not(None)),
    )


def reported(model):
    return select(model).where(model.open_report_count > 0)


def hidden(model):
    return select(model).where(model.hidden_at.is_not(None))


OLDEST_FIRST = Order((Idea.created_at, Idea.id), descending=False)


def most_reported(model) -> Order:
    return Order((model.open_report_count, model.id))


def last_hidden(model) -> Order:
    return Order((model.hidden_at, model.id))


@dataclass
class QueueCounts:
    new: int
    reported: int
    hidden: int


def _capped(query):
    limited = query.limit(COUNT_CAP + 1).subquery()
    return select(func.count()).select_from(limited).scalar_subquery()


def counts() -> QueueCounts:
    """The tabs' numbers in one statement, each counted up to COUNT_CAP + 1."""
    row = db.session.execute(
        select(
            _capped(new_ideas()),
            _capped(reported(Idea)),
            _capped(reported(Comment)),
            _capped(hidden(Idea)),
            _capped(hidden(Comment)),
        )
    ).one()
    return QueueCounts(new=row[0], reported=row[1] + row[2], hidden=row[3] + row[4])


def merge_candidates(ideas: list[Idea], user) -> dict[int, list[Idea]]:
    """For each idea, the ideas it may be merged into now, from the candidates the search found
    when it changed (one query for a page)."""
    wanted = {ident for idea in ideas for ident in idea.merge_candidates or ()}
    if not wanted:
        return {}
    found = {
        other.id: other
        for other in db.session.scalars(select(Idea).where(Idea.id.in_(wanted), *visible_to(user)))
    }
    return {
        idea.id: [
            found[ident]
            for ident in idea.merge_candidates or ()
            if ident in found and workflow.merge_refusal(idea, found[ident]) is None
        ]
        for idea in ideas
    }


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
