"""Keeping the yearly cycles: cycles, their visions, and which ideas serve a vision.

Services check the actor and the rules and flush; views commit.
"""

from flask_babel import gettext as _
from sqlalchemy import func, select

from participation.audit.log import audit
from participation.core.database import insert_ignoring_duplicates
from participation.core.errors import ValidationFailed
from participation.core.html import plain_text
from participation.core.permissions import ensure
from participation.core.urls import FIRST_YEAR, LAST_YEAR
from participation.cycles.models import Cycle, Vision
from participation.cycles.permissions import can_manage_cycles
from participation.extensions import db
from participation.ideas.models import Idea
from participation.users.models import User

TITLE_MAX = 200
DESCRIPTION_MAX = 5_000
POSITION_MAX = 999


def _title(value: str | None) -> str:
    title = plain_text(value or "")
    if not title:
        raise ValidationFailed({"title": _("Please fill in this field.")})
    if len(title) > TITLE_MAX:
        raise ValidationFailed(
            {"title": _("Please use at most %(max)d characters.", max=TITLE_MAX)}
        )
    return title


def _description(value: str | None) -> str:
    """Plain text; blank lines separate paragraphs."""
    text = (value or "").replace("\r\n", "\n").strip()
    if len(text) > DESCRIPTION_MAX:
        raise ValidationFailed(
            {"description": _("Please use at most %(max)d characters.", max=DESCRIPTION_MAX)}
        )
    return text


def _year(value: int | None) -> int:
    if value is None or not FIRST_YEAR <= value <= LAST_YEAR:
        message = _(
            "Please enter a year from %(first)d to %(last)d.", first=FIRST_YEAR, last=LAST_YEAR
        )
        raise ValidationFailed({"year": message})
    return value


def _duplicate_year(year: int) -> ValidationFailed:
    return ValidationFailed({"year": _("There is already a cycle for %(year)d.", year=year)})


def create_cycle(actor: User, *, year: int | None, title: str, description: str = "") -> Cycle:
    """A new yearly cycle; one per year (the database guarantees it, also under races)."""
    ensure(can_manage_cycles, actor)
    year = _year(year)
    values = {"year": year, "title": _title(title), "description": _description(description)}
    if not insert_ignoring_duplicates(Cycle, db.session, **values):
        raise _duplicate_year(year)
    return db.session.scalar(select(Cycle).where(Cycle.year == year))


def update_cycle(cycle: Cycle, actor: User, *, title: str, description: str = "") -> None:
    ensure(can_manage_cycles, actor)
    cycle.title = _title(title)
    cycle.description = _description(description)
    db.session.flush()


def _position(cycle: Cycle, value: int | None) -> int:
    """The given position, or one after the last vision of the cycle."""
    if value is None:
        last = db.session.scalar(
            select(func.max(Vision.position)).where(Vision.cycle_id == cycle.id)
        )
        return min((last if last is not None else -1) + 1, POSITION_MAX)
    if not 0 <= value <= POSITION_MAX:
        raise ValidationFailed(
            {"position": _("Please enter a number from 0 to %(max)d.", max=POSITION_MAX)}
        )
    return value


def add_vision(
    cycle: Cycle, actor: User, *, title: str, description: str = "", position: int | None = None
) -> Vision:
    ensure(can_manage_cycles, actor)
    vision = Vision(
        cycle_id=cycle.id,
        title=_title(title),
        description=_description(description),
        position=_position(cycle, position),
    )
    db.session.add(vision)
    db.session.flush()
    db.session.expire(cycle, ["visions"])
    return vision


def update_vision(
    vision: Vision, actor: User, *, title: str, description: str = "", position: int | None = None
) -> None:
    ensure(can_manage_cycles, actor)
    vision.title = _title(title)
    vision.description = _description(description)
    vision.position = _position(vision.cycle, position) if position is not None else vision.position
    db.session.flush()


def link_idea(vision: Vision, idea: Idea, actor: User) -> Vision | None:
    """Let `idea` serve `vision`; returns the vision it served before, if another one."""
    ensure(can_manage_cycles, actor)
    if idea.vision_id == vision.id:
        raise ValidationFailed({"reference": _("This idea is already linked to this vision.")})
    previous = db.session.get(Vision, idea.vision_id) if idea.vision_id else None
    idea.vision_id = vision.id
    audit(actor, "vision_linked", idea, vision=vision.title, year=vision.cycle.year)
    db.session.flush()
    return previous


def unlink_idea(vision: Vision, idea: Idea, actor: User) -> None:
    ensure(can_manage_cycles, actor)
    if idea.vision_id != vision.id:
        raise ValidationFailed({None: _("This idea is not linked to this vision.")})
    idea.vision_id = None
    audit(actor, "vision_unlinked", idea, vision=vision.title, year=vision.cycle.year)
    db.session.flush()
