"""What is indexed, as plain data: one document per idea and per roadmap item.

Both backends build on these dictionaries: the database backend folds them into weighted
columns (title > summary > keywords > description), Meilisearch stores them as they are.
"""

from typing import Any

from participation.ideas.models import Idea
from participation.roadmap.models import RoadmapItem
from participation.search.text import html_to_text


def idea_document(idea: Idea) -> dict[str, Any]:
    return {
        "id": idea.id,
        "reference": idea.reference,
        "title": idea.title,
        "summary": idea.summary,
        "description": html_to_text(idea.description_html),
        "tags": [tag.name for tag in idea.tags],
        "category": idea.category.slug,
        "category_names": [idea.category.name_de, idea.category.name_en],
        "status": str(idea.status),
        "visibility": str(idea.visibility),
        "hidden": idea.hidden_at is not None,
        "event": idea.event_id,
        "year": idea.year,
        "created_at": int(idea.created_at.timestamp()),
        "support_count": idea.support_count,
    }


def item_document(item: RoadmapItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "description": html_to_text(item.description_html),
        "department": item.responsible_department,
        "category": item.category.slug,
        "category_names": [item.category.name_de, item.category.name_en],
        "status": str(item.status),
        "visibility": str(item.visibility),
        "references": [idea.reference for idea in item.ideas],
        "created_at": int(item.created_at.timestamp()),
    }


def idea_columns(document: dict[str, Any]) -> dict[str, str]:
    """The weighted text columns of the database index, as raw text."""
    keywords = [*document["tags"], *document["category_names"], document["reference"]]
    return {
        "title": document["title"],
        "summary": document["summary"],
        "keywords": " ".join(keywords),
        "body": document["description"],
    }


def item_columns(document: dict[str, Any]) -> dict[str, str]:
    keywords = [document["department"], *document["category_names"], *document["references"]]
    return {
        "title": document["title"],
        "keywords": " ".join(keywords),
        "body": document["description"],
    }
