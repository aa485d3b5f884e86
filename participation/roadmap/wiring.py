"""What the roadmap adds at start-up: its items and what staff do with them in the audit log."""

from datetime import timedelta

from flask import Flask, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from participation.audit import registry
from participation.core.models import utcnow
from participation.core.overview import Figure, Section, add_section
from participation.core.pagination import bounded_count
from participation.roadmap import workflow
from participation.roadmap.models import RoadmapItem
from participation.roadmap.queries import stale_days
from participation.roadmap.urls import item_url

SENTENCES = {
    "roadmap_item_created": _l("%(actor)s created the roadmap item %(target)s for %(idea)s."),
    "roadmap_item_updated": _l("%(actor)s edited the roadmap item %(target)s."),
    "roadmap_idea_linked": _l("%(actor)s added %(idea)s to the roadmap item %(target)s."),
    "roadmap_update_posted": _l("%(actor)s posted a progress update on %(target)s."),
    "milestone_added": _l("%(actor)s added the milestone “%(milestone)s” to %(target)s."),
    "milestone_done": _l("%(actor)s marked the milestone “%(milestone)s” of %(target)s as done."),
    "milestone_reopened": _l(
        "%(actor)s marked the milestone “%(milestone)s” of %(target)s as not done."
    ),
    "milestone_deleted": _l("%(actor)s deleted the milestone “%(milestone)s” of %(target)s."),
    "indicator_saved": _l("%(actor)s saved the indicator “%(indicator)s” of %(target)s."),
    "evaluation_recorded": _l("%(actor)s recorded the evaluation of %(target)s."),
}


def stale_figures() -> list[Figure]:
    days = stale_days()
    stale = bounded_count(
        select(RoadmapItem.id).where(
            RoadmapItem.status.in_(workflow.statuses_where("active")),
            RoadmapItem.last_update_at < utcnow() - timedelta(days=days),
        )
    )
    label = _("Items under way without an update for more than %(days)d days", days=days)
    return [Figure(label, stale, warning=stale > 0)]


def register(_app: Flask) -> None:
    add_section(
        Section(
            "roadmap",
            _l("Roadmap"),
            stale_figures,
            lambda: url_for("roadmap_manage.index"),
            _l("Maintain the roadmap"),
        )
    )
    registry.register_target("roadmap_item", RoadmapItem, lambda item: f"„{item.title}“", item_url)
    registry.register_kind("roadmap", _l("Roadmap"))
    for code, sentence in SENTENCES.items():
        registry.register_action(code, "roadmap", sentence)
