"""The Meilisearch backend, through the official `meilisearch` client.

Settings and documents are plain data (`idea_settings`, `idea_document`), so they are tested
without a server. Visibility is a filter this module adds to every query from the user's
roles — nothing from the request can widen it — and hidden ideas are never indexed at all.
The ids Meilisearch returns are loaded from the database with the same visibility conditions
once more, so a stale document can never show what it should not.
"""

from typing import Any

import meilisearch
from flask import current_app
from markupsafe import Markup, escape
from sqlalchemy import select

from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Idea, IdeaStatus
from participation.roadmap.models import RoadmapItem
from participation.roadmap.queries import visible_items
from participation.search import synonyms
from participation.search.database import searchable
from participation.search.results import FacetValue, Filters, Hit, ItemHit, Results
from participation.search.text import STOP_WORDS, Query
from participation.users.permissions import can_moderate, can_see_internal

IDEAS, ITEMS = "ideas", "roadmap_items"
# Private-use characters mark matches; escaped text is then given real <mark> tags.
PRE, POST = "\ue000", "\ue001"
TIMEOUT_SECONDS = 3
TASK_TIMEOUT_MS = 10_000
FACETS = ("category", "status", "year")
ROADMAP_HITS = 5
SORT = {
    "newest": ["created_at:desc"],
    "supported": ["support_count:desc", "created_at:desc"],
}
Error = meilisearch.errors.MeilisearchError


def client() -> meilisearch.Client:
    config = current_app.config
    return meilisearch.Client(
        config["MEILISEARCH_URL"], config["MEILISEARCH_KEY"] or None, timeout=TIMEOUT_SECONDS
    )


def index_uid(name: str) -> str:
    return current_app.config["MEILISEARCH_INDEX_PREFIX"] + name


def idea_settings(synonym_map: dict[str, list[str]]) -> dict[str, Any]:
    return {
        # Ranking order: a match in an earlier attribute ranks higher.
        "searchableAttributes": [
            "reference",
            "title",
            "summary",
            "tags",
            "category_names",
            "description",
        ],
        "filterableAttributes": ["id", "category", "status", "visibility", "tags", "event", "year"],
        "sortableAttributes": ["created_at", "support_count"],
        "stopWords": sorted(STOP_WORDS),
        "synonyms": synonym_map,
        "typoTolerance": {
            "enabled": True,
            "minWordSizeForTypos": {"oneTypo": 4, "twoTypos": 8},
            "disableOnAttributes": ["reference"],
        },
        "localizedAttributes": [{"attributePatterns": ["*"], "locales": ["deu"]}],
        "faceting": {"maxValuesPerFacet": 100},
        "pagination": {"maxTotalHits": 10_000},
    }


def item_settings(synonym_map: dict[str, list[str]]) -> dict[str, Any]:
    return {
        "searchableAttributes": [
            "title",
            "references",
            "category_names",
            "department",
            "description",
        ],
        "filterableAttributes": ["category", "status", "visibility"],
        "sortableAttributes": ["created_at"],
        "stopWords": sorted(STOP_WORDS),
        "synonyms": synonym_map,
        "localizedAttributes": [{"attributePatterns": ["*"], "locales": ["deu"]}],
    }


def _plain(value):
    if isinstance(value, str):
        return value.replace(PRE, "").replace(POST, "")
    return value


def meili_document(document: dict[str, Any]) -> dict[str, Any] | None:
    """What Meilisearch stores for a document of `documents.py`; None: must not be indexed."""
    if document.get("hidden"):
        return None
    return {key: _plain(value) for key, value in document.items() if key != "hidden"}


def quoted(value: str) -> str:
    return '"{}"'.format(str(value).replace("\\", "\\\\").replace('"', '\\"'))


def visibility_filter(user) -> list[str]:
    """Added to every query from the user's roles; the request has no say in it."""
    conditions = []
    if not can_see_internal(user):
        conditions.append("visibility = public")
    if not can_moderate(user):
        conditions.extend(
            f"status != {status}" for status in workflow.statuses_where("merged_away")
        )
    return conditions


def filter_expressions(filters: Filters) -> list[str]:
    conditions = []
    if filters.category:
        conditions.append(f"category = {quoted(filters.category)}")
    if filters.status in set(IdeaStatus):
        conditions.append(f"status = {quoted(filters.status)}")
    if filters.year:
        conditions.append(f"year = {int(filters.year)}")
    return conditions


def marked(text: str | None) -> Markup:
    """Meilisearch's formatted text, escaped, with the match markers turned into <mark>."""
    escaped = str(escape(text or ""))
    # Safe: everything is escaped first; only our own markers become tags.
    return Markup(escaped.replace(PRE, "<mark>").replace(POST, "</mark>"))  # noqa: S704


def ensure_indexes(meili: meilisearch.Client | None = None) -> None:
    """Create the indexes if needed and apply the settings (Meilisearch skips unchanged ones)."""
    meili = meili or client()
    synonym_map = synonyms.meili_synonyms()
    tasks = []
    for name, settings in (
        (IDEAS, idea_settings(synonym_map)),
        (ITEMS, item_settings(synonym_map)),
    ):
        uid = index_uid(name)
        try:
            meili.get_index(uid)
        except meilisearch.errors.MeilisearchApiError:
            _wait(meili, meili.create_index(uid, {"primaryKey": "id"}))
        tasks.append(meili.index(uid).update_settings(settings))
    for task in tasks:
        _wait(meili, task)


def _wait(meili: meilisearch.Client, task) -> None:
    finished = meili.wait_for_task(task.task_uid, timeout_in_ms=TASK_TIMEOUT_MS)
    if finished.status != "succeeded":
        raise RuntimeError(f"Meilisearch task {task.task_uid} {finished.status}: {finished.error}")


def write(kind: str, ident: int, document: dict[str, Any] | None) -> None:
    """Add or replace one document, or delete it (None); waits so failures are retried."""
    meili = client()
    index = meili.index(index_uid(IDEAS if kind == "idea" else ITEMS))
    stored = meili_document(document) if document is not None else None
    if stored is None:
        _wait(meili, index.delete_document(ident))
    else:
        _wait(meili, index.add_documents([stored], primary_key="id"))


def rebuild(kind: str, documents: list[dict[str, Any]]) -> int:
    meili = client()
    ensure_indexes(meili)
    index = meili.index(index_uid(IDEAS if kind == "idea" else ITEMS))
    _wait(meili, index.delete_all_documents())
    stored = [doc for doc in map(meili_document, documents) if doc is not None]
    for start in range(0, len(stored), 1000):
        _wait(meili, index.add_documents(stored[start : start + 1000], primary_key="id"))
    return len(stored)


def document_count(kind: str) -> int:
    return (
        client()
        .index(index_uid(IDEAS if kind == "idea" else ITEMS))
        .get_stats()
        .number_of_documents
    )


def healthy() -> bool:
    return client().is_healthy()


class MeiliBackend:
    name = "meilisearch"

    def search(
        self, user, query: Query, filters: Filters, sort: str, page: int, per_page: int
    ) -> Results:
        params = {
            "filter": [*visibility_filter(user), *filter_expressions(filters)],
            "facets": list(FACETS),
            "page": page,
            "hitsPerPage": per_page,
            "attributesToRetrieve": ["id"],
            "attributesToHighlight": ["title", "summary"],
            "attributesToCrop": ["description"],
            "cropLength": 30,
            "highlightPreTag": PRE,
            "highlightPostTag": POST,
        }
        if sort in SORT:
            params["sort"] = SORT[sort]
        answer = client().index(index_uid(IDEAS)).search(query.text, params)
        results = Results(query=query.text, page=page, per_page=per_page, backend=self.name)
        hits = answer.get("hits", [])
        ideas = _load(Idea, [hit["id"] for hit in hits], searchable(user))
        for hit in hits:
            if idea := ideas.get(hit["id"]):
                results.hits.append(_hit(idea, hit.get("_formatted", {})))
        results.total = answer.get("totalHits", len(results.hits))
        distribution = answer.get("facetDistribution", {})
        results.facets = {
            "category": _facet(distribution.get("category", {})),
            "status": [
                FacetValue(str(status), count)
                for status in IdeaStatus
                if (count := distribution.get("status", {}).get(str(status)))
            ],
            "year": sorted(
                _facet(distribution.get("year", {})), key=lambda value: value.value, reverse=True
            ),
        }
        if query.text and page == 1 and not filters.active():
            results.items = self._items(user, query)
        return results

    def _items(self, user, query: Query) -> list[ItemHit]:
        params = {
            "filter": [] if can_see_internal(user) else ["visibility = public"],
            "limit": ROADMAP_HITS,
            "attributesToRetrieve": ["id"],
            "attributesToHighlight": ["title"],
            "highlightPreTag": PRE,
            "highlightPostTag": POST,
        }
        hits = client().index(index_uid(ITEMS)).search(query.text, params).get("hits", [])
        ids = [hit["id"] for hit in hits]
        rows = {
            item.id: item
            for item in db.session.scalars(visible_items(user).where(RoadmapItem.id.in_(ids)))
        }
        return [
            ItemHit(rows[hit["id"]], marked(hit.get("_formatted", {}).get("title")))
            for hit in hits
            if hit["id"] in rows
        ]

    def similar(self, user, query: Query, *, exclude_ids=(), statuses, limit: int) -> list[Idea]:
        if not query:
            return []
        conditions = [*visibility_filter(user)]
        conditions.append("status IN [{}]".format(", ".join(quoted(s) for s in statuses)))
        if exclude := [int(i) for i in exclude_ids if i is not None]:
            conditions.append("id NOT IN [{}]".format(", ".join(map(str, exclude))))
        params = {
            "filter": conditions,
            "limit": limit,
            "attributesToRetrieve": ["id"],
            "matchingStrategy": "frequency",
        }
        hits = client().index(index_uid(IDEAS)).search(query.text, params).get("hits", [])
        ids = [hit["id"] for hit in hits]
        rows = _load(Idea, ids, searchable(user))
        return [rows[i] for i in ids if i in rows]


def _load(model, ids: list[int], conditions) -> dict:
    if not ids:
        return {}
    rows = db.session.scalars(select(model).where(model.id.in_(ids), *conditions))
    return {row.id: row for row in rows}


def _facet(counts: dict[str, int]) -> list[FacetValue]:
    return [
        FacetValue(str(value), count)
        for value, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    ]


def _hit(idea: Idea, formatted: dict[str, Any]) -> Hit:
    title = marked(formatted.get("title")) if formatted.get("title") else escape(idea.title)
    snippet = None
    for name in ("summary", "description"):
        if PRE in (formatted.get(name) or ""):
            snippet = marked(formatted[name])
            break
    return Hit(idea, title, snippet or escape(idea.summary))
