"""What the cycles feature adds to the others at start-up: roadmap items can serve visions."""

from flask import Flask, url_for
from flask_babel import lazy_gettext as _l

from participation.audit import registry
from participation.core.overview import NavLink, add_nav_link
from participation.cycles import queries
from participation.cycles.urls import vision_url
from participation.roadmap import hooks


def register(app: Flask) -> None:
    hooks.vision_choices.provide(queries.vision_choices)
    app.jinja_env.globals.update(vision_of=queries.vision_of, vision_url=vision_url)
    add_nav_link(NavLink("visions", _l("Visions"), lambda: url_for("cycles.manage")))
    registry.register_kind("visions", _l("Visions"))
    registry.register_action(
        "vision_linked",
        "visions",
        _l("%(actor)s linked %(target)s to the vision “%(vision)s” (%(year)s)."),
    )
    registry.register_action(
        "vision_unlinked",
        "visions",
        _l("%(actor)s removed %(target)s from the vision “%(vision)s” (%(year)s)."),
    )
