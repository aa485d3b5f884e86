"""What the search feature connects at start-up: the index kept current through the outbox,
and search offered to the idea pages (similar ideas, the list's text filter)."""

from flask import Flask

from participation.core import outbox
from participation.ideas import hooks
from participation.search import (
    MeiliState,
    database,
    indexing,
    similar_ideas,
    store_merge_candidates,
)


def register(app: Flask) -> None:
    app.extensions["search"] = MeiliState()
    indexing.register()
    hooks.similar_ideas.provide(similar_ideas)
    hooks.matching_ids.provide(database.matching_ids)
    outbox.register_handler(indexing.CANDIDATES, store_merge_candidates)
