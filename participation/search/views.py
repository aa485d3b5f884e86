"""Search pages: results with facets, similar ideas for the submit form, synonyms for admins."""

from dataclasses import asdict

from flask import Blueprint, abort, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from participation import search
from participation.core.forms import commit_or_flash
from participation.core.urls import (
    FIRST_YEAR,
    LAST_YEAR,
    int_arg,
    keep_in_links,
    page_number,
    whole_number,
)
from participation.ideas import queries as idea_queries
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.models import IdeaStatus
from participation.ideas.permissions import can_view_idea_content
from participation.ideas.urls import idea_url
from participation.roadmap.urls import item_url
from participation.search import indexing, synonyms
from participation.search.forms import SynonymsForm
from participation.search.results import Filters
from participation.search.text import MAX_QUERY_LENGTH, parse
from participation.users.permissions import can_administer

bp = Blueprint("search", __name__, url_prefix="/search")
ARGS = ("q", "category", "status", "year", "sort")


def _sort_labels() -> dict[str, str]:
    return {
        "relevance": _("Relevance"),
        "newest": _("Newest"),
        "supported": _("Most supported"),
    }


def _filters(category_slugs: set[str]) -> Filters:
    category = request.args.get("category", "")
    status = request.args.get("status", "")
    year = whole_number(request.args.get("year"), FIRST_YEAR, LAST_YEAR)
    return Filters(
        category=category if category in category_slugs else "",
        status=status if status in set(IdeaStatus) else "",
        year=year,
    )


def search_url(**changes) -> str:
    """This search with some arguments changed (None removes one); back to page 1."""
    args = {name: request.args.get(name, "") for name in ARGS}
    args.update(changes)
    return url_for("search.index", **{name: value for name, value in args.items() if value})


def _jump_to_reference(text: str):
    """A reference number such as 2026-0042 opens that idea, if the user may see it."""
    idea = idea_queries.idea_by_reference(text)
    if idea is None or not can_view_idea_content(current_user, idea):
        return None
    return redirect(idea_url(idea), 302)


@bp.get("")
def index():
    query = parse(request.args.get("q", ""))
    if jump := _jump_to_reference(query.text):
        return jump
    categories = idea_queries.categories()
    filters = _filters({category.slug for category in categories})
    sort = request.args.get("sort", "relevance")
    sort = sort if sort in search.SORTS else "relevance"
    keep_in_links(q=query.text, sort=None if sort == "relevance" else sort, **asdict(filters))
    page = page_number()
    notices = []
    if query.truncated:
        notices.append(
            _(
                "Your search was too long and has been shortened to %(max)d characters.",
                max=MAX_QUERY_LENGTH,
            )
        )
    if query.text and not query:
        notices.append(_("Please enter at least one word to search for."))
    results = None
    if query or filters.active():
        results = search.search(current_user, query, filters, sort, page)
        if not results.matched_all:
            notices.append(_("No idea contains all of your words; these contain some of them."))
    return render_template(
        "search/results.html",
        query=query,
        results=results,
        filters=filters,
        sort=sort,
        notices=notices,
        categories={category.slug: category for category in categories},
        status_labels=STATUS_LABELS,
        sort_labels=_sort_labels(),
        search_url=search_url,
        item_url=item_url,
    )


@bp.get("/similar")
def similar():
    """Similar ideas for the submit form (HTML fragment, or JSON if asked for)."""
    exclude = int_arg("exclude")
    ideas = search.similar_ideas(
        current_user,
        request.args.get("title", "")[:500],
        request.args.get("summary", "")[:1000],
        exclude_id=exclude,
    )
    if request.accept_mimetypes.best == "application/json":
        return jsonify(
            ideas=[
                {
                    "reference": idea.reference,
                    "title": idea.title,
                    "status": idea.status,
                    "status_label": str(STATUS_LABELS[idea.status]),
                    "support_count": idea.support_count,
                    "url": idea_url(idea, _external=False),
                    "support_url": idea_url(idea, _anchor="support"),
                }
                for idea in ideas
            ]
        )
    checked = bool(request.args.get("title", "").strip())
    return render_template(
        "search/_similar.html", similar=ideas if checked else None, status_labels=STATUS_LABELS
    )


@bp.route("/synonyms", methods=["GET", "POST"])
@login_required
def edit_synonyms():
    """Admins keep the synonym list (one group per line), used by both backends."""
    if not can_administer(current_user):
        abort(403)
    form = SynonymsForm()
    if form.validate_on_submit():
        commit_or_flash(
            lambda: indexing.save_synonyms(form.groups.data or ""),
            _("The synonyms have been saved."),
        )
        return redirect(url_for("search.edit_synonyms"))
    if not form.is_submitted():
        form.groups.data = "\n".join(", ".join(group) for group in synonyms.word_groups())
    status = 400 if form.is_submitted() else 200
    return render_template("search/synonyms.html", form=form), status
