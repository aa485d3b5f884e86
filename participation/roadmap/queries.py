"""Reading the roadmap with visibility applied in the query."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Select, extract, or_, select

from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas.models import Category
from participation.roadmap import workflow
from participation.roadmap.models import (
    ItemFollow,
    ItemStatus,
    ProgressUpdate,
    RoadmapItem,
)
from participation.roadmap.periods import period_end, quarter_of
from participation.settings.values import setting
from participation.users.permissions import can_see_internal


def item_conditions(user) -> list:
    """Roadmap items `user` may see: internal ones only for the administration."""
    return [] if can_see_internal(user) else [RoadmapItem.visibility == "public"]


def visible_items(user) -> Select:
    return select(RoadmapItem).where(*item_conditions(user))


@dataclass
class RoadmapFilters:
    category: str = ""
    year: int | None = None
    status: str = ""


def filtered_items(user, filters: RoadmapFilters) -> list[RoadmapItem]:
    order = (RoadmapItem.start_on.is_(None), RoadmapItem.start_on, RoadmapItem.id)
    return list(db.session.scalars(filtered_query(user, filters).order_by(*order)))


def filtered_query(user, filters: RoadmapFilters) -> Select:
    """The items `user` may see that pass the filters (unordered; the API pages through it)."""
    query = visible_items(user)
    if filters.category:
        query = query.join(RoadmapItem.category).where(Category.slug == filters.category)
    if filters.status in set(ItemStatus):
        query = query.where(RoadmapItem.status == filters.status)
    if filters.year:
        first, last = date(filters.year, 1, 1), date(filters.year, 12, 31)
        query = query.where(
            or_(RoadmapItem.start_on.is_(None), RoadmapItem.start_on <= last),
            or_(RoadmapItem.end_on.is_(None), RoadmapItem.end_on >= first),
            or_(RoadmapItem.start_on.is_not(None), RoadmapItem.end_on.is_not(None)),
        )
    return query


def years_with_items() -> list[int]:
    years = db.session.scalars(
        select(extract("year", RoadmapItem.start_on)).where(RoadmapItem.start_on.is_not(None))
    )
    return sorted({int(year) for year in years})


@dataclass
class TimelineRow:
    item: RoadmapItem
    active: list[bool] = field(default_factory=list)


def timeline(items: list[RoadmapItem], first_year: int) -> tuple[list[tuple[int, int]], list]:
    """Quarters of this and next year, and per item which of them it covers."""
    quarters = [(year, quarter) for year in (first_year, first_year + 1) for quarter in range(1, 5)]
    rows = []
    for item in items:
        if item.start_on is None and item.end_on is None:
            continue
        start = quarter_of(item.start_on or item.end_on)
        end_date = item.end_on or item.start_on
        precision = item.end_precision if item.end_on else item.start_precision
        end = quarter_of(period_end(end_date, precision))
        active = [start <= quarter <= end for quarter in quarters]
        if any(active):
            rows.append(TimelineRow(item, active))
    return quarters, rows


def updates_for(item: RoadmapItem, limit: int | None = None) -> list[ProgressUpdate]:
    query = (
        select(ProgressUpdate)
        .where(ProgressUpdate.item_id == item.id)
        .order_by(ProgressUpdate.created_at.desc(), ProgressUpdate.id.desc())
    )
    if limit:
        query = query.limit(limit)
    return list(db.session.scalars(query))


def recent_updates(user, limit: int = 30) -> list[ProgressUpdate]:
    visible = visible_items(user).with_only_columns(RoadmapItem.id)
    return list(
        db.session.scalars(
            select(ProgressUpdate)
            .where(ProgressUpdate.item_id.in_(visible))
            .order_by(ProgressUpdate.created_at.desc(), ProgressUpdate.id.desc())
            .limit(limit)
        )
    )


def stale_days() -> int:
    return setting("roadmap_stale_days")


def days_without_update(item: RoadmapItem) -> int:
    return (utcnow() - item.last_update_at).days


def is_stale(item: RoadmapItem) -> bool:
    return workflow.is_active(item) and item.last_update_at < utcnow() - timedelta(
        days=stale_days()
    )


def is_following(item: RoadmapItem, user) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return db.session.get(ItemFollow, (item.id, user.id)) is not None
