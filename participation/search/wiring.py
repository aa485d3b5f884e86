"""What the search feature connects at start-up: the index kept current through the outbox,
and search offered to the idea pages (similar ideas, the list's text filter)."""

from flask import Flask, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.core import outbox
from participation.core.overview import Figure, NavLink, Section, add_nav_link, add_section
from participation.ideas import hooks
from participation.search import (
    DATABASE,
    MeiliState,
    backend,
    database,
    indexing,
    similar_ideas,
    store_merge_candidates,
)


def index_figures() -> list[Figure]:
    pending, failed = indexing.waiting_counts()
    return [
        Figure(
            _("Search backend in use"),
            _("Database") if backend() is DATABASE else "Meilisearch",
        ),
        Figure(_("Index updates waiting"), pending),
        Figure(_("Index updates that failed at least once"), failed, warning=failed > 0),
    ]


def register(app: Flask) -> None:
    add_section(
        Section(
            "search",
            _l("Search"),
            index_figures,
            lambda: url_for("search.edit_synonyms"),
            _l("Edit the synonyms"),
        )
    )
    add_nav_link(
        NavLink("synonyms", _l("Search synonyms"), lambda: url_for("search.edit_synonyms"))
    )
    app.extensions["search"] = MeiliState()
    indexing.register()
    hooks.similar_ideas.provide(similar_ideas)
    hooks.matching_ids.provide(database.matching_ids)
    outbox.register_handler(indexing.CANDIDATES, store_merge_candidates)
