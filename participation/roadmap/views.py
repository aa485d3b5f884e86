"""The public roadmap: overview (columns and timeline), item pages, following, Atom feeds."""

from flask import (
    Blueprint,
    abort,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required

from participation.assessment.services import latest_decision
from participation.core.forms import commit_or_flash
from participation.core.models import utcnow
from participation.core.urls import FIRST_YEAR, LAST_YEAR, whole_number
from participation.ideas import queries as idea_queries
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.permissions import can_view_idea_content
from participation.roadmap import queries, services, workflow
from participation.roadmap.labels import ITEM_STATUS_LABELS
from participation.roadmap.periods import period_label
from participation.roadmap.permissions import can_follow_item
from participation.roadmap.urls import ITEM_PATH, item_url, load_item

bp = Blueprint("roadmap", __name__, url_prefix="/roadmap")


def _filters() -> queries.RoadmapFilters:
    year = whole_number(request.args.get("year"), FIRST_YEAR, LAST_YEAR)
    return queries.RoadmapFilters(
        category=request.args.get("category", ""),
        year=year,
        status=request.args.get("status", ""),
    )


@bp.get("")
def overview():
    filters = _filters()
    view = "timeline" if request.args.get("view") == "timeline" else "columns"
    items = queries.filtered_items(current_user, filters)
    first_year = filters.year or utcnow().year
    quarters, rows = queries.timeline(items, first_year)
    return render_template(
        "roadmap/overview.html",
        items=items,
        view=view,
        filters=filters,
        columns=[
            (status, [item for item in items if item.status == status])
            for status in workflow.statuses_where("column")
        ],
        others=[item for item in items if not workflow.traits(item).column],
        quarters=quarters,
        rows=rows,
        categories=idea_queries.categories(),
        years=sorted({*queries.years_with_items(), utcnow().year}),
        status_labels=ITEM_STATUS_LABELS,
    )


@bp.get(ITEM_PATH)
@bp.get(ITEM_PATH + "-<slug>")
def item(item_id: int, slug: str | None = None):
    item = load_item(item_id)
    if slug != item.slug:
        return redirect(item_url(item), 301)
    return render_template(
        "roadmap/item.html",
        item=item,
        updates=queries.updates_for(item),
        ideas=[idea for idea in item.ideas if can_view_idea_content(current_user, idea)],
        following=queries.is_following(item, current_user),
        status_labels=ITEM_STATUS_LABELS,
        idea_status_labels=STATUS_LABELS,
        latest_decision=latest_decision,
    )


@bp.post(ITEM_PATH + "/follow")
@login_required
def toggle_follow(item_id: int):
    item = load_item(item_id)
    if not can_follow_item(current_user, item):
        abort(403)
    if request.form.get("action") == "unfollow":
        commit_or_flash(
            lambda: services.unfollow_item(item, current_user),
            _("You no longer follow this roadmap item."),
        )
    else:
        commit_or_flash(
            lambda: services.follow_item(item, current_user),
            _("You now follow this roadmap item and will hear about its progress."),
        )
    return redirect(item_url(item))


def _atom(title: str, self_url: str, alternate_url: str, updates):
    body = render_template(
        "roadmap/feed.xml",
        title=title,
        self_url=self_url,
        alternate_url=alternate_url,
        updates=updates,
        updated=updates[0].created_at if updates else utcnow(),
        status_labels=ITEM_STATUS_LABELS,
    )
    response = make_response(body)
    response.mimetype = "application/atom+xml"
    return response


@bp.get("/feed.atom")
def feed():
    return _atom(
        _("Roadmap: progress updates"),
        url_for("roadmap.feed", _external=True),
        url_for("roadmap.overview", _external=True),
        queries.recent_updates(current_user),
    )


@bp.get(ITEM_PATH + "/feed.atom")
def item_feed(item_id: int):
    item = load_item(item_id)
    return _atom(
        _("Roadmap: %(title)s", title=item.title),
        url_for("roadmap.item_feed", item_id=item.id, _external=True),
        url_for("roadmap.item", item_id=item.id, slug=item.slug, _external=True),
        queries.updates_for(item, limit=50),
    )


@bp.app_context_processor
def roadmap_helpers() -> dict:
    return {
        "item_url": item_url,
        "item_status_labels": ITEM_STATUS_LABELS,
        "item_for_idea": services.item_of,
        "is_stale": queries.is_stale,
        "days_without_update": queries.days_without_update,
        "period_label": period_label,
    }
