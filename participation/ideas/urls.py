"""Addresses of ideas and loading an idea from one, shared by views, mails, feeds and the API."""

from flask import abort, url_for
from flask_login import current_user

from participation.ideas import queries
from participation.ideas.models import Idea
from participation.ideas.permissions import can_view_idea

# Every page of an idea starts with its reference: /ideas/2026-0042
IDEA_PATH = "/<int(fixed_digits=4):year>-<idea_number:number>"


def load_idea(year: int, number: int) -> Idea:
    """The idea, or 404 if it does not exist or is not visible to the current user."""
    idea = queries.find_by_reference(year, number)
    if idea is None or not can_view_idea(current_user, idea):
        abort(404)
    return idea


def idea_url(idea: Idea, **values) -> str:
    return url_for("ideas.detail", year=idea.year, number=idea.number, slug=idea.slug, **values)


def idea_path(idea: Idea) -> str:
    """The short, stable path, for links stored with notifications."""
    return f"/ideas/{idea.reference}"
