"""Addresses of roadmap items and loading an item from one."""

from flask import abort, url_for
from flask_login import current_user

from participation.extensions import db
from participation.roadmap.models import RoadmapItem
from participation.roadmap.permissions import can_view_item

ITEM_PATH = "/<int:item_id>"


def load_item(item_id: int) -> RoadmapItem:
    """The item, or 404 if it does not exist or is not visible to the current user."""
    item = db.session.get(RoadmapItem, item_id)
    if item is None or not can_view_item(current_user, item):
        abort(404)
    return item


def item_url(item: RoadmapItem, **values) -> str:
    return url_for("roadmap.item", item_id=item.id, slug=item.slug, **values)


def item_path(item: RoadmapItem) -> str:
    """The short, stable path, for links stored with notifications."""
    return f"/roadmap/{item.id}"
