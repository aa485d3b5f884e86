"""The figures of the yearly transparency report, over what the viewer may see.

- Year: an idea belongs to the calendar year in which it was submitted (`created_at`), in the
  municipality's time zone (`BABEL_DEFAULT_TIMEZONE`).
- Visibility: the public counts public, not hidden ideas and public roadmap items; the
  administration (`can_see_internal`) also internal ones, moderators also hidden ideas.
- Funnel: of the year's ideas, how many are *now* in each status; "implemented" are those whose
  roadmap item is done, "evaluated" those whose item has an evaluation.
- Processing times: see `days_to_decision` and `days_to_done`.
"""

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, func, select, union

from participation.assessment.models import Decision, DecisionOutcome
from participation.core.localtime import local_date, today, zone
from participation.core.models import utcnow
from participation.cycles.models import Cycle
from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Category, Idea
from participation.ideas.queries import ORDERS, visible_to
from participation.roadmap import workflow as item_workflow
from participation.roadmap.models import (
    Evaluation,
    ProgressUpdate,
    RoadmapItem,
    roadmap_item_ideas,
)
from participation.roadmap.queries import item_conditions, visible_items
from participation.settings.values import setting
from participation.users.permissions import can_moderate, can_see_internal

TOP_LIMIT = 10
STALE_LIMIT = 50

# The bars of the funnel chart, in order; the other statuses are listed below it.
FUNNEL_STAGES = {
    "submitted": _l("Ideas submitted"),
    "in_review": _l("In review"),
    "assessed": _l("Assessed"),
    "accepted": _l("Accepted"),
    "rejected": _l("Rejected"),
    "implemented": _l("Implemented"),
    "evaluated": _l("Evaluated"),
}
OTHER_STAGES = {
    "waiting": _l("Not yet in review"),
    "deferred": _l("Deferred"),
    "withdrawn": _l("Withdrawn"),
    "merged": _l("Merged"),
}


@dataclass(frozen=True)
class Funnel:
    submitted: int = 0
    waiting: int = 0  # still in status "submitted"
    in_review: int = 0
    assessed: int = 0
    accepted: int = 0
    rejected: int = 0
    deferred: int = 0
    withdrawn: int = 0
    merged: int = 0
    implemented: int = 0
    evaluated: int = 0

    def stages(self) -> list[tuple[str, int]]:
        return [(str(label), getattr(self, key)) for key, label in FUNNEL_STAGES.items()]

    def others(self) -> list[tuple[str, int]]:
        return [(str(label), getattr(self, key)) for key, label in OTHER_STAGES.items()]


# The funnel's buckets that the ideas' statuses fall into (see `Traits.report_stage`).
STATUS_STAGES = tuple(
    name
    for name in Funnel.__dataclass_fields__
    if name not in {"submitted", "implemented", "evaluated"}
)


@dataclass(frozen=True)
class Median:
    days: float | None  # None without any case
    cases: int


@dataclass(frozen=True)
class Report:
    year: int
    funnel: Funnel
    days_to_decision: Median
    days_to_done: Median
    categories: list[tuple[Category, int]]
    top_ideas: list[Idea]
    stale_items: list[RoadmapItem]
    stale_total: int
    stale_days: int
    includes_internal: bool
    includes_hidden: bool


def year_conditions(year: int, user) -> list:
    """The ideas of `year` that `user` may count (moderators including hidden ones)."""
    start = datetime(year, 1, 1, tzinfo=zone())
    end = datetime(year + 1, 1, 1, tzinfo=zone())
    return [
        Idea.created_at >= start,
        Idea.created_at < end,
        *visible_to(user, include_hidden=True),
    ]


def _implemented_ideas(conditions: list, user):
    """Ideas joined to their visible roadmap item."""
    return (
        select(Idea)
        .join(roadmap_item_ideas, roadmap_item_ideas.c.idea_id == Idea.id)
        .join(RoadmapItem, RoadmapItem.id == roadmap_item_ideas.c.item_id)
        .where(*conditions, *item_conditions(user))
    )


@dataclass(frozen=True)
class Implementation:
    implemented: int  # the year's ideas whose roadmap item is done
    evaluated: int  # … and evaluated
    days_to_done: "Median"


def implementation(conditions: list, user) -> Implementation:
    """One row per idea of the year on a visible roadmap item: whether it is done and
    evaluated, and the days from the decision that accepted it to the day its item was done.

    The decision is the latest one with outcome "accepted" (by `decided_on`). The item was done
    when the latest progress update that set a "done" status was posted; items set to done
    without such an update count by their `updated_at` (their last change, so at worst late).
    """
    done_statuses = item_workflow.statuses_where("done")
    accepted_on = (
        select(func.max(Decision.decided_on))
        .where(Decision.idea_id == Idea.id, Decision.outcome == DecisionOutcome.ACCEPTED)
        .correlate(Idea)
        .scalar_subquery()
    )
    done_update = (
        select(func.max(ProgressUpdate.created_at))
        .where(ProgressUpdate.item_id == RoadmapItem.id, ProgressUpdate.status.in_(done_statuses))
        .correlate(RoadmapItem)
        .scalar_subquery()
    )
    rows = db.session.execute(
        select(
            RoadmapItem.status.in_(done_statuses),
            Evaluation.id.is_not(None),
            accepted_on,
            done_update,
            RoadmapItem.updated_at,
        )
        .select_from(Idea)
        .join(roadmap_item_ideas, roadmap_item_ideas.c.idea_id == Idea.id)
        .join(RoadmapItem, RoadmapItem.id == roadmap_item_ideas.c.item_id)
        .outerjoin(Evaluation, Evaluation.item_id == RoadmapItem.id)
        .where(*conditions, *item_conditions(user))
    ).all()
    done = [row for row in rows if row[0]]
    return Implementation(
        implemented=len(done),
        evaluated=sum(1 for row in rows if row[1]),
        days_to_done=_median(
            [
                (local_date(updated or changed) - decided).days
                for _done, _evaluated, decided, updated, changed in done
                if decided is not None
            ]
        ),
    )


def counts(conditions: list) -> tuple[dict[str, int], list[tuple[Category, int]]]:
    """The year's ideas per status, and every field of action with its number of ideas
    (zeros included), from one grouped query."""
    rows = db.session.execute(
        select(Category, Idea.status, func.count(Idea.id))
        .outerjoin(Idea, and_(Idea.category_id == Category.id, *conditions))
        .group_by(Category.id, Idea.status)
        .order_by(Category.position, Category.id)
    ).all()
    by_status: Counter = Counter()
    per_category: dict[int, list] = {}
    for category, status, count in rows:
        per_category.setdefault(category.id, [category, 0])[1] += count
        if status is not None:
            by_status[status] += count
    return dict(by_status), [(category, count) for category, count in per_category.values()]


def funnel(by_status: dict[str, int], implemented: Implementation) -> Funnel:
    stages = Counter()
    for status, count in by_status.items():
        stages[workflow.traits(status).report_stage] += count
    return Funnel(
        submitted=sum(by_status.values()),
        implemented=implemented.implemented,
        evaluated=implemented.evaluated,
        **{stage: stages[stage] for stage in STATUS_STAGES},
    )


def _median(days: list[int]) -> Median:
    return Median(statistics.median(days) if days else None, len(days))


def days_to_decision(conditions: list) -> Median:
    """Days from submission to the first decision on an idea.

    The decision counts by its `decided_on` (the day the body decided, as entered), not by the
    day it was recorded here; submission by its date in the municipality's time zone.
    """
    rows = db.session.execute(
        select(Idea.created_at, func.min(Decision.decided_on))
        .join(Decision, Decision.idea_id == Idea.id)
        .where(*conditions)
        .group_by(Idea.id, Idea.created_at)
    )
    return _median([(decided - local_date(created)).days for created, decided in rows])


def top_ideas(conditions: list) -> list[Idea]:
    """The year's most supported ideas (with at least one support), as in the ideas list."""
    query = select(Idea).where(*conditions, Idea.support_count > 0)
    order = ORDERS["supported"].clauses()
    return list(db.session.scalars(query.order_by(*order).limit(TOP_LIMIT)))


def stale_days() -> int:
    return setting("roadmap_stale_days")


def stale_items(user) -> tuple[list[RoadmapItem], int]:
    """Items still under way without an update for more than `ROADMAP_STALE_DAYS` days, as of
    now (whatever the year), longest silent first; at most `STALE_LIMIT`, and the total."""
    query = visible_items(user).where(
        RoadmapItem.status.in_(item_workflow.statuses_where("active")),
        RoadmapItem.last_update_at < utcnow() - timedelta(days=stale_days()),
    )
    rows = db.session.execute(
        query.add_columns(func.count().over())
        .order_by(RoadmapItem.last_update_at, RoadmapItem.id)
        .limit(STALE_LIMIT)
    ).all()
    return [row[0] for row in rows], rows[0][1] if rows else 0


def build_report(year: int, user) -> Report:
    conditions = year_conditions(year, user)
    stale, stale_total = stale_items(user)
    implemented = implementation(conditions, user)
    by_status, per_category = counts(conditions)
    return Report(
        year=year,
        funnel=funnel(by_status, implemented),
        days_to_decision=days_to_decision(conditions),
        days_to_done=implemented.days_to_done,
        categories=per_category,
        top_ideas=top_ideas(conditions),
        stale_items=stale,
        stale_total=stale_total,
        stale_days=stale_days(),
        includes_internal=can_see_internal(user),
        includes_hidden=can_moderate(user),
    )


def report_years(user) -> list[int]:
    """Years worth a link: those with ideas `user` may see, with cycles, and this year."""
    years = db.session.scalars(
        union(select(Idea.year).where(*visible_to(user)), select(Cycle.year))
    )
    return sorted({today().year, *years}, reverse=True)
