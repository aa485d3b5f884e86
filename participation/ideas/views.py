"""Idea pages: list, submit (with preview), detail, edit, withdraw, support, follow."""

from dataclasses import asdict

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from participation.core.errors import ValidationFailed
from participation.core.forms import commit, commit_or_flash, commit_or_show
from participation.core.html import render_markdown
from participation.core.pagination import keyset_page
from participation.core.ratelimit import allow
from participation.core.urls import keep_in_links
from participation.extensions import db
from participation.ideas import hooks, queries, services, support
from participation.ideas.detail import render_detail
from participation.ideas.forms import IdeaForm, WithdrawForm
from participation.ideas.labels import SORT_LABELS, STATUS_LABELS, VISIBILITY_LABELS
from participation.ideas.models import Category, Idea
from participation.ideas.permissions import (
    can_choose_internal,
    can_edit_idea,
    can_follow_idea,
    can_submit_idea,
    can_withdraw_idea,
)
from participation.ideas.urls import IDEA_PATH, idea_url, load_idea

bp = Blueprint("ideas", __name__, url_prefix="/ideas")


def _too_many(form) -> int:
    form.form_errors.append(_("You have done this too often. Please wait a while and try again."))
    return 429


@bp.get("")
def index():
    filters = queries.IdeaFilters(
        category=request.args.get("category", ""),
        status=request.args.get("status", ""),
        tag=request.args.get("tag", ""),
        visibility=request.args.get("visibility", ""),
        q=request.args.get("q", "")[: queries.MAX_QUERY_LENGTH],
        sort=request.args.get("sort", "newest"),
    )
    if filters.sort not in SORT_LABELS:
        filters.sort = "newest"
    keep_in_links(**{**asdict(filters), "sort": None if filters.sort == "newest" else filters.sort})
    page = keyset_page(
        queries.filtered_ideas(
            current_user, filters, hooks.matching_ids(filters.q) if filters.q else None
        ),
        queries.ORDERS[filters.sort],
        current_app.config["IDEAS_PER_PAGE"],
        count=True,
    )
    return render_template(
        "ideas/list.html",
        page=page,
        filters=filters,
        categories=queries.categories(),
        status_labels=STATUS_LABELS,
        sort_labels=SORT_LABELS,
        visibility_labels=VISIBILITY_LABELS,
    )


def _category(slug: str) -> Category | None:
    return db.session.scalar(select(Category).where(Category.slug == slug))


def _idea_form(keep_category: Category | None = None, **kwargs) -> IdeaForm:
    form = IdeaForm(**kwargs)
    form.set_categories(queries.offered_categories(keep_category), str(get_locale()))
    if not can_choose_internal(current_user):
        del form.visibility
    return form


def _idea_form_page(form: IdeaForm, idea: Idea | None, save) -> tuple[str, int] | object:
    """Shared flow of submit and edit: preview, validate, rate-limit, save, or show errors."""
    preview, similar, status = None, None, 200
    if form.is_submitted() and request.form.get("action") == "preview":
        preview = render_markdown(form.description.data or "")
    elif form.is_submitted() and request.form.get("action") == "similar":
        similar = hooks.similar_ideas(
            current_user, form.title.data, form.summary.data, idea.id if idea else None
        )
    elif form.validate_on_submit():
        if not allow("POST", str(current_user.id)):
            status = _too_many(form)
        else:
            saved, result = commit_or_show(form, save)
            if saved:
                return redirect(idea_url(result))
            status = 400
    elif form.is_submitted():
        status = 400
    html = render_template(
        "ideas/form.html",
        form=form,
        preview=preview,
        idea=idea,
        similar=similar,
        status_labels=STATUS_LABELS,
    )
    return html, status


def _fields(form: IdeaForm) -> dict:
    return {
        "title": form.title.data,
        "summary": form.summary.data,
        "description": form.description.data,
        "category": _category(form.category.data),
        "tags": form.tags.data,
    }


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new():
    if not can_submit_idea(current_user):
        flash(_("Please confirm your e-mail address before submitting ideas."), "info")
        return redirect(url_for("users.account"))
    form = _idea_form(event=request.args.get("event", ""))  # preselected on an event page
    open_events = hooks.open_events(current_user)
    if open_events:
        form.set_events(open_events)
    else:
        del form.event

    def save():
        visibility = form.visibility.data if form.visibility else "public"
        if form.event and form.event.data:
            idea = hooks.submit_to_event(
                current_user, form.event.data, visibility=visibility, **_fields(form)
            )
        else:
            idea = services.submit_idea(current_user, visibility=visibility, **_fields(form))
        flash(_("Thank you! Your idea %(ref)s has been submitted.", ref=idea.reference), "success")
        return idea

    return _idea_form_page(form, None, save)


@bp.get(IDEA_PATH)
@bp.get(IDEA_PATH + "-<slug>")
def detail(year: int, number: int, slug: str | None = None):
    idea = load_idea(year, number)
    if slug != idea.slug:
        return redirect(idea_url(idea), 301)
    return render_detail(idea)


@bp.route(IDEA_PATH + "/edit", methods=["GET", "POST"])
@login_required
def edit(year: int, number: int):
    idea = load_idea(year, number)
    if not can_edit_idea(current_user, idea):
        abort(403)
    form = _idea_form(
        idea.category,
        data={
            "title": idea.title,
            "summary": idea.summary,
            "description": idea.description,
            "category": idea.category.slug,
            "tags": ", ".join(tag.name for tag in idea.tags),
        }
        if request.method == "GET"
        else None,
    )
    if form.visibility:
        del form.visibility
    del form.event

    def save():
        services.edit_idea(idea, current_user, **_fields(form))
        flash(_("Your changes have been saved."), "success")
        return idea

    return _idea_form_page(form, idea, save)


@bp.route(IDEA_PATH + "/withdraw", methods=["GET", "POST"])
@login_required
def withdraw(year: int, number: int):
    idea = load_idea(year, number)
    if not can_withdraw_idea(current_user, idea):
        abort(403)
    form = WithdrawForm()
    if form.validate_on_submit():
        saved, _result = commit_or_show(
            form, lambda: services.withdraw_idea(idea, current_user, form.reason.data)
        )
        if saved:
            flash(_("Your idea has been withdrawn."), "success")
            return redirect(idea_url(idea))
    status = 400 if form.is_submitted() else 200
    return render_template("ideas/withdraw.html", idea=idea, form=form), status


def _answer(idea: Idea, message: str, supported: bool, status: int = 200):
    """JSON for the in-place button, otherwise back to the idea page."""
    if request.accept_mimetypes.best == "application/json":
        body = {"supported": supported, "count": idea.support_count, "message": message}
        return jsonify(body), status
    flash(message, "success" if status == 200 else "error")
    return redirect(idea_url(idea, _anchor="support"))


@bp.post(IDEA_PATH + "/support")
@login_required
def toggle_support(year: int, number: int):
    idea = load_idea(year, number)
    withdraw_it = request.form.get("action") == "withdraw"
    if not allow("VOTE", str(current_user.id)):
        return _answer(idea, _("You have done this too often. Please wait a while."), False, 429)
    change = support.withdraw_support if withdraw_it else support.support
    try:
        commit(lambda: change(idea, current_user))
    except ValidationFailed as failure:
        return _answer(idea, next(iter(failure.reasons.values())), False, 403)
    if withdraw_it:
        return _answer(idea, _("You no longer support this idea."), False)
    return _answer(idea, _("Thank you for your support!"), True)


@bp.post(IDEA_PATH + "/follow")
@login_required
def toggle_follow(year: int, number: int):
    idea = load_idea(year, number)
    if not can_follow_idea(current_user, idea):
        abort(403)
    if request.form.get("action") == "unfollow":
        commit_or_flash(
            lambda: services.unfollow(idea, current_user), _("You no longer follow this idea.")
        )
    else:
        commit_or_flash(
            lambda: services.follow(idea, current_user),
            _("You now follow this idea and will be informed about its progress."),
        )
    return redirect(idea_url(idea))
