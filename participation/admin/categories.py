"""Fields of action (categories) in the administration area: create, edit, archive.

Colours come from a palette whose every colour has a contrast of at least 4.5:1 against white
(white text on it, and it as text on white). The slug is part of bookmarked URLs: it can be
changed only while no idea uses the field of action.
"""

import re

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import exists, select

from participation.audit.log import audit
from participation.core.errors import ValidationFailed
from participation.core.html import plain_text
from participation.core.models import utcnow
from participation.core.permissions import ensure
from participation.extensions import db
from participation.ideas.models import Category, Idea
from participation.users.models import User
from participation.users.permissions import can_administer

PALETTE = {
    "#0b4f8a": _l("Blue"),
    "#6a3d9a": _l("Purple"),
    "#b15928": _l("Brown-orange"),
    "#2e7d32": _l("Green"),
    "#00695c": _l("Teal"),
    "#5d4037": _l("Brown"),
    "#ad1457": _l("Raspberry"),
    "#c62828": _l("Red"),
    "#37474f": _l("Slate"),
    "#1565c0": _l("Light blue"),
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NAME_MAX = 80
DESCRIPTION_MAX = 300


def in_use(category: Category) -> bool:
    return bool(db.session.scalar(select(exists().where(Idea.category_id == category.id))))


def _apply(category: Category, fields: dict) -> None:
    reasons = {}
    for name in ("name_de", "name_en"):
        value = plain_text(" ".join((fields.get(name) or "").split()))
        if not value or len(value) > NAME_MAX:
            reasons[name] = _("Please enter a name of 1 to %(max)d characters.", max=NAME_MAX)
        setattr(category, name, value)
    for name in ("description_de", "description_en"):
        value = plain_text(" ".join((fields.get(name) or "").split()))
        if len(value) > DESCRIPTION_MAX:
            reasons[name] = _("Please use at most %(max)d characters.", max=DESCRIPTION_MAX)
        setattr(category, name, value)
    if fields.get("colour") not in PALETTE:
        reasons["colour"] = _("Please choose a colour from the list.")
    category.colour = fields.get("colour") or ""
    category.position = fields.get("position") or 0
    slug = (fields.get("slug") or "").strip().lower()
    if slug != category.slug:
        if category.id is not None and in_use(category):
            reasons["slug"] = _("Ideas use this field of action; its address cannot change.")
        elif not SLUG.match(slug) or len(slug) > 60:
            reasons["slug"] = _(
                "Please use lower-case letters, digits and hyphens, e.g. mobilitaet."
            )
        elif db.session.scalar(select(exists().where(Category.slug == slug))):
            reasons["slug"] = _("Another field of action has this address.")
        category.slug = slug
    if reasons:
        raise ValidationFailed(reasons)


def create(actor: User, fields: dict) -> Category:
    ensure(can_administer, actor)
    category = Category()
    _apply(category, fields)
    db.session.add(category)
    db.session.flush()
    audit(actor, "category_created", category)
    return category


def update(category: Category, actor: User, fields: dict) -> None:
    ensure(can_administer, actor)
    _apply(category, fields)
    db.session.flush()
    audit(actor, "category_updated", category)


def set_archived(category: Category, actor: User, archived: bool) -> None:
    ensure(can_administer, actor)
    if archived == (category.archived_at is not None):
        return
    category.archived_at = utcnow() if archived else None
    db.session.flush()
    audit(actor, "category_archived" if archived else "category_restored", category)
