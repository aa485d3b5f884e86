"""Meilisearch: settings and documents as plain data, the fallback when it is down, and
(only with MEILISEARCH_URL set) the real server."""

import contextlib
import logging
import os
import uuid

import pytest
from sqlalchemy import select

from participation import search
from participation.core.outbox import OutboxMessage
from participation.extensions import db
from participation.ideas.models import Idea
from participation.search import documents, indexing, meili
from participation.search.results import Filters
from participation.search.text import STOP_WORDS
from tests.conftest import free_port
from tests.search.conftest import hide, idea


def test_settings_are_plain_data():
    settings = meili.idea_settings({"kita": ["kindertagesstätte"]})
    assert settings["searchableAttributes"][:3] == ["reference", "title", "summary"]
    assert settings["searchableAttributes"][-1] == "description"
    assert set(settings["filterableAttributes"]) >= {
        "category",
        "status",
        "visibility",
        "tags",
        "event",
        "year",
    }
    assert settings["sortableAttributes"] == ["created_at", "support_count"]
    assert set(settings["stopWords"]) == STOP_WORDS
    assert settings["synonyms"] == {"kita": ["kindertagesstätte"]}
    assert settings["typoTolerance"]["enabled"] is True
    assert "visibility" in meili.item_settings({})["filterableAttributes"]


def test_document_mapping(app, ctx, author):
    created = idea(
        author,
        "Parkplätze online reservieren",
        description="Mit **Markdown** und <b>HTML</b>.",
        tags="parken, umzug",
        category_slug="mobilitaet",
    )
    stored = db.session.get(Idea, created.id)
    document = documents.idea_document(stored)
    assert document == {
        "id": stored.id,
        "reference": stored.reference,
        "title": "Parkplätze online reservieren",
        "summary": stored.summary,
        "description": "Mit Markdown und <b>HTML</b>.",  # plain text: typed HTML stays text
        "tags": ["parken", "umzug"],
        "category": "mobilitaet",
        "category_names": [stored.category.name_de, stored.category.name_en],
        "status": "submitted",
        "visibility": "public",
        "hidden": False,
        "event": None,
        "year": stored.year,
        "created_at": int(stored.created_at.timestamp()),
        "support_count": 0,
    }
    stored_in_meili = meili.meili_document(document)
    assert "hidden" not in stored_in_meili
    assert meili.meili_document({**document, "hidden": True}) is None  # never indexed
    assert meili.meili_document({**document, "title": "a\ue000b\ue001"})["title"] == "ab"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("anonymous", ["visibility = public", "status != merged"]),
        ("citizen", ["visibility = public", "status != merged"]),
        ("employee", ["status != merged"]),
        ("moderator", []),
    ],
)
def test_the_visibility_filter_comes_from_the_role(app, everyone, kind, expected):
    with app.app_context():
        assert meili.visibility_filter(everyone[kind]) == expected


def test_user_filters_are_quoted_and_validated():
    expressions = meili.filter_expressions(
        Filters(category='x" OR visibility = internal', status="evil", year=2026)
    )
    assert expressions == ['category = "x\\" OR visibility = internal"', "year = 2026"]


def test_formatted_text_is_escaped_before_marking():
    marked = meili.marked("<img src=x onerror=alert(1)> \ue000Park\ue001platz")
    assert str(marked) == "&lt;img src=x onerror=alert(1)&gt; <mark>Park</mark>platz"


@pytest.fixture
def down_app(fresh_app):
    """The app with Meilisearch configured on a port where nothing listens."""
    fresh_app.config["MEILISEARCH_URL"] = f"http://127.0.0.1:{free_port()}"
    fresh_app.config["MEILISEARCH_KEY"] = "a-key"
    return fresh_app


def test_meilisearch_down_writes_succeed_search_falls_back_updates_wait(down_app, author, caplog):
    caplog.set_level(logging.WARNING, logger="participation.search")
    with down_app.app_context():
        created = idea(author, "Trinkbrunnen am Markt")  # the commit succeeds
        messages = db.session.scalars(
            select(OutboxMessage).where(OutboxMessage.topic == indexing.TOPIC)
        ).all()
        assert len(messages) == 1
        assert messages[0].delivered_at is None and messages[0].failed_at is None
        assert messages[0].attempts == 1
        assert "Meilisearch" in messages[0].last_error
        assert indexing.pending_count() == 1
    client = down_app.test_client()
    for _ in range(3):
        html = client.get("/search?q=Trinkbrunnen").get_data(as_text=True)
        assert "<mark>Trinkbrunnen</mark> am Markt" in html  # from the database index
    similar = client.get(
        "/search/similar?title=Trinkbrunnen", headers={"Accept": "application/json"}
    )
    assert [entry["reference"] for entry in similar.get_json()["ideas"]] == [created.reference]
    fallbacks = [record for record in caplog.records if "not available" in record.getMessage()]
    assert len(fallbacks) == 1  # logged once, not per request
    status = down_app.test_cli_runner().invoke(args=["search", "status"])
    assert "Backend:          database" in status.output
    assert "NOT available" in status.output
    assert "Pending updates:  1" in status.output
    reindex = down_app.test_cli_runner().invoke(args=["search", "reindex"])
    assert reindex.exit_code == 1
    assert "Meilisearch failed" in reindex.output
    with down_app.app_context():
        assert indexing.pending_count() == 1  # still queued for when it is back


def test_a_failing_query_falls_back_to_the_database(down_app, author, monkeypatch):
    with down_app.app_context():
        idea(author, "Trinkbrunnen am Markt")
        state = down_app.extensions["search"]
        monkeypatch.setattr(meili, "healthy", lambda: True)
        monkeypatch.setattr(meili, "ensure_indexes", lambda *args: None)
        monkeypatch.setattr(meili, "document_count", lambda kind: 1)
        state.checked_at = 0
        assert isinstance(search.backend(), meili.MeiliBackend)
        results = search.search(None, "Trinkbrunnen")  # the query itself fails: fallback
        assert results.backend == "database"
        assert [hit.idea.title for hit in results.hits] == ["Trinkbrunnen am Markt"]
        assert search.backend() is search.DATABASE  # until the next health check


LIVE = pytest.mark.skipif(
    not os.environ.get("MEILISEARCH_URL"),
    reason="MEILISEARCH_URL is not set: no Meilisearch server to test against",
)


@pytest.fixture
def live_app(fresh_app):
    fresh_app.config["MEILISEARCH_URL"] = os.environ["MEILISEARCH_URL"]
    fresh_app.config["MEILISEARCH_KEY"] = os.environ.get("MEILISEARCH_KEY", "")
    fresh_app.config["MEILISEARCH_INDEX_PREFIX"] = f"mitwirken_test_{uuid.uuid4().hex[:8]}_"
    yield fresh_app
    with fresh_app.app_context():
        client = meili.client()
        for name in (meili.IDEAS, meili.ITEMS):
            with contextlib.suppress(meili.Error):
                client.wait_for_task(client.delete_index(meili.index_uid(name)).task_uid)


@LIVE
def test_live_search_with_visibility_facets_and_highlights(live_app, author, employee):
    with live_app.app_context():
        public = idea(author, "Parkplätze online reservieren", category_slug="mobilitaet")
        idea(author, "Parkplätze intern Geheimwort", visibility="internal")
        hidden = idea(author, "Parkplätze versteckt Spamwort")
        hide(hidden.id)
        assert indexing.pending_count() == 0
        assert isinstance(search.backend(), meili.MeiliBackend)
        results = search.search(None, "Parkplatz")
        assert results.backend == "meilisearch"
        assert [hit.idea.id for hit in results.hits] == [public.id]
        assert results.total == 1
        assert [(v.value, v.count) for v in results.facets["category"]] == [("mobilitaet", 1)]
        assert "<mark>" in str(results.hits[0].title)
        for word in ("Geheimwort", "Spamwort"):
            assert search.search(None, word).total == 0
        assert meili.document_count("idea") == 2  # the hidden one is not indexed
        assert search.search(employee, "Geheimwort").total == 1
        similar = search.similar_ideas(None, "Parkplatz reservieren")
        assert [other.id for other in similar] == [public.id]


@LIVE
def test_live_reindex(live_app, author):
    with live_app.app_context():
        idea(author, "Trinkbrunnen am Markt")
    result = live_app.test_cli_runner().invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "database and Meilisearch" in result.output
    with live_app.app_context():
        assert meili.document_count("idea") == 1


def test_an_empty_meilisearch_next_to_ideas_is_not_used(down_app, author, monkeypatch):
    with down_app.app_context():
        idea(author, "Trinkbrunnen am Markt")
        monkeypatch.setattr(meili, "healthy", lambda: True)
        monkeypatch.setattr(meili, "ensure_indexes", lambda *args: None)
        monkeypatch.setattr(meili, "document_count", lambda kind: 0)
        down_app.extensions["search"].checked_at = 0
        assert search.backend() is search.DATABASE  # until `flask search reindex` filled it
