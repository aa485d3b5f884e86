"""Reading cycles and visions, and what serves a vision, with visibility applied in the query."""

from collections import Counter
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from participation.core.pagination import KeysetPage, Order, keyset_page
from participation.cycles.models import Cycle, Vision
from participation.extensions import db
from participation.ideas.models import Idea
from participation.ideas.queries import ORDERS, visible_to
from participation.roadmap.models import RoadmapItem
from participation.roadmap.queries import item_conditions, visible_items


def cycle_for_year(year: int) -> Cycle | None:
    """The year's cycle with its visions (one statement)."""
    found = db.session.execute(
        select(Cycle).where(Cycle.year == year).options(joinedload(Cycle.visions))
    )
    return found.unique().scalar_one_or_none()


def current_cycle(today: date) -> Cycle | None:
    """This year's cycle, else the newest one."""
    return cycle_for_year(today.year) or db.session.scalar(
        select(Cycle).order_by(Cycle.year.desc()).limit(1)
    )


def vision_choices() -> list[tuple[int, str]]:
    """Every vision as (id, "year: title"), newest cycle first."""
    rows = db.session.execute(
        select(Vision.id, Cycle.year, Vision.title)
        .join(Cycle, Cycle.id == Vision.cycle_id)
        .order_by(Cycle.year.desc(), Vision.position, Vision.id)
    )
    return [(vision_id, f"{year}: {title}") for vision_id, year, title in rows]


def vision_of(item: RoadmapItem) -> Vision | None:
    """The vision a roadmap item serves (visions are public)."""
    return db.session.get(Vision, item.vision_id) if item.vision_id else None


def all_cycles() -> list[Cycle]:
    """Every cycle, newest first, with its visions (one extra query)."""
    return list(db.session.scalars(select(Cycle).order_by(Cycle.year.desc())))


def cycle_years() -> list[int]:
    return list(db.session.scalars(select(Cycle.year).order_by(Cycle.year.desc())))


def ideas_of(vision: Vision, user, per_page: int) -> KeysetPage:
    """Ideas serving `vision`: internal ones for the administration, hidden ones for staff."""
    query = select(Idea).where(Idea.vision_id == vision.id, *visible_to(user, include_hidden=True))
    return keyset_page(query, ORDERS["newest"], per_page, count=True)


def items_of(vision: Vision, user, per_page: int) -> KeysetPage:
    query = visible_items(user).where(RoadmapItem.vision_id == vision.id)
    order = Order((RoadmapItem.id,), descending=False)
    return keyset_page(query, order, per_page, count=True, name="items_")


def counts_per_vision(cycle: Cycle, user) -> dict[int, tuple[int, int]]:
    """Vision id -> (ideas, roadmap items) that `user` may see; two queries for a cycle."""
    vision_ids = select(Vision.id).where(Vision.cycle_id == cycle.id)
    ideas = Counter(
        dict(
            db.session.execute(
                select(Idea.vision_id, func.count(Idea.id))
                .where(Idea.vision_id.in_(vision_ids), *visible_to(user, include_hidden=True))
                .group_by(Idea.vision_id)
            ).all()
        )
    )
    items = Counter(
        dict(
            db.session.execute(
                select(RoadmapItem.vision_id, func.count(RoadmapItem.id))
                .where(RoadmapItem.vision_id.in_(vision_ids), *item_conditions(user))
                .group_by(RoadmapItem.vision_id)
            ).all()
        )
    )
    return {vision.id: (ideas[vision.id], items[vision.id]) for vision in cycle.visions}
