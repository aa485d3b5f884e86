"""Staff pages that keep the roadmap current: items, updates, milestones, indicators, evaluation."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from participation.assessment.services import find_assessment
from participation.core.forms import ActionForm, commit_or_flash, commit_or_show, form_page
from participation.core.permissions import requires
from participation.extensions import db
from participation.ideas import queries as idea_queries
from participation.ideas.models import Category, Idea
from participation.ideas.urls import IDEA_PATH, load_idea
from participation.ideas.workflow import statuses_where
from participation.roadmap import hooks, queries, services, workflow
from participation.roadmap.forms import (
    EvaluationForm,
    IndicatorForm,
    ItemForm,
    LinkIdeaForm,
    MilestoneForm,
    UpdateForm,
)
from participation.roadmap.models import Indicator, Milestone, RoadmapItem, roadmap_item_ideas
from participation.roadmap.periods import period_input
from participation.roadmap.permissions import can_manage_roadmap
from participation.roadmap.urls import item_url

bp = Blueprint("roadmap_manage", __name__, url_prefix="/roadmap/manage")


staff_only = requires(can_manage_roadmap)


def _item(item_id: int) -> RoadmapItem:
    return db.session.get(RoadmapItem, item_id) or abort(404)


def _item_form(**kwargs) -> ItemForm:
    form = ItemForm(**kwargs)
    form.set_choices(idea_queries.categories(), hooks.vision_choices(), str(get_locale()))
    return form


def _update_form(item: RoadmapItem) -> UpdateForm:
    form = UpdateForm(prefix="update")
    form.offer_statuses([item.status, *workflow.next_statuses(item)])
    return form


def _fields(form: ItemForm) -> dict:
    category = db.session.scalar(select(Category).where(Category.slug == form.category.data))
    return {
        "title": form.title.data,
        "description": form.description.data,
        "category": category,
        "vision_id": int(form.vision.data) if form.vision.data else None,
        "responsible_department": form.responsible_department.data,
        "contact": form.contact.data,
        "start": form.start.data,
        "end": form.end.data,
        "budget_eur": form.budget_eur.data,
        "progress_from_milestones": form.progress_from_milestones.data,
    }


@bp.get("")
@staff_only
def index():
    items = list(db.session.scalars(select(RoadmapItem).order_by(RoadmapItem.last_update_at)))
    linked = select(roadmap_item_ideas.c.idea_id)
    waiting = db.session.scalars(
        select(Idea)
        .where(Idea.status.in_(statuses_where("roadmap")), Idea.id.not_in(linked))
        .order_by(Idea.id)
    )
    return render_template(
        "roadmap/manage.html",
        items=items,
        waiting=list(waiting),
        stale_days=queries.stale_days(),
    )


@bp.route("/new" + IDEA_PATH, methods=["GET", "POST"])
@staff_only
def create(year: int, number: int):
    idea = load_idea(year, number)
    if request.method == "GET":
        assessment = find_assessment(idea)
        form = _item_form(
            data={
                "title": idea.title,
                "description": f"{idea.summary}\n\n{idea.description}",
                "category": idea.category.slug,
                "vision": str(idea.vision_id or ""),
                "responsible_department": assessment.responsible_department if assessment else "",
                "start": assessment.earliest_start if assessment else "",
            }
        )
    else:
        form = _item_form()
    return form_page(
        form,
        lambda: services.create_item(current_user, idea, _fields(form)),
        "roadmap/create.html",
        success=_("The roadmap item has been created."),
        redirect_to=lambda item: url_for("roadmap_manage.edit", item_id=item.id),
        idea=idea,
    )


def _edit_page(item: RoadmapItem, status: int = 200, **forms):
    defaults = {
        "item_form": _item_form(
            prefix="item",
            data={
                "title": item.title,
                "description": item.description,
                "category": item.category.slug,
                "vision": str(item.vision_id or ""),
                "responsible_department": item.responsible_department,
                "contact": item.contact,
                "start": period_input(item.start_on, item.start_precision),
                "end": period_input(item.end_on, item.end_precision),
                "budget_eur": item.budget_eur,
                "progress_from_milestones": item.progress_from_milestones,
            },
        ),
        "update_form": _update_form(item),
        "milestone_form": MilestoneForm(prefix="milestone"),
        "indicator_form": IndicatorForm(prefix="indicator"),
        "link_form": LinkIdeaForm(prefix="link"),
        "action_form": ActionForm(),
    }
    defaults.update(forms)
    return render_template("roadmap/edit.html", item=item, **defaults), status


@bp.get("/<int:item_id>")
@staff_only
def edit(item_id: int):
    return _edit_page(_item(item_id))


def _save(item: RoadmapItem, form_name: str, form, action, success: str):
    """Run one of the edit page's forms; re-render the page with its errors on failure."""
    if form.validate_on_submit():
        saved, _result = commit_or_show(form, action)
        if saved:
            flash(success, "success")
            return redirect(url_for("roadmap_manage.edit", item_id=item.id))
    return _edit_page(item, 400, **{form_name: form})


@bp.post("/<int:item_id>/details")
@staff_only
def save_details(item_id: int):
    item = _item(item_id)
    form = _item_form(prefix="item")
    return _save(
        item,
        "item_form",
        form,
        lambda: services.update_item(item, current_user, _fields(form)),
        _("The item has been saved."),
    )


@bp.post("/<int:item_id>/updates")
@staff_only
def post_update(item_id: int):
    item = _item(item_id)
    form = _update_form(item)
    return _save(
        item,
        "update_form",
        form,
        lambda: services.post_update(
            item,
            current_user,
            form.body.data,
            form.progress.data,
            form.status.data or None,
            form.reason.data,
        ),
        _("The progress update has been published."),
    )


@bp.post("/<int:item_id>/milestones")
@staff_only
def add_milestone(item_id: int):
    item = _item(item_id)
    form = MilestoneForm(prefix="milestone")
    return _save(
        item,
        "milestone_form",
        form,
        lambda: services.add_milestone(
            item, current_user, form.title.data, form.due_on.data, form.note.data
        ),
        _("The milestone has been added."),
    )


@bp.post("/milestones/<int:milestone_id>/<any(done, open, delete):change>")
@staff_only
def change_milestone(milestone_id: int, change: str):
    milestone = db.session.get(Milestone, milestone_id) or abort(404)
    item = milestone.item
    if not ActionForm().validate_on_submit():
        abort(400)

    def apply():
        if change == "delete":
            services.delete_milestone(milestone, current_user)
        else:
            services.set_milestone_done(milestone, current_user, change == "done")

    commit_or_flash(apply, _("The milestone has been updated."))
    return redirect(url_for("roadmap_manage.edit", item_id=item.id))


def _indicator_values(form: IndicatorForm) -> dict:
    return {field.short_name: field.data for field in form if field.short_name != "csrf_token"}


@bp.post("/<int:item_id>/indicators")
@staff_only
def add_indicator(item_id: int):
    item = _item(item_id)
    form = IndicatorForm(prefix="indicator")
    return _save(
        item,
        "indicator_form",
        form,
        lambda: services.save_indicator(item, current_user, _indicator_values(form), None),
        _("The indicator has been added."),
    )


@bp.route("/indicators/<int:indicator_id>", methods=["GET", "POST"])
@staff_only
def edit_indicator(indicator_id: int):
    indicator = db.session.get(Indicator, indicator_id) or abort(404)
    form = IndicatorForm(obj=indicator if request.method == "GET" else None)
    return form_page(
        form,
        lambda: services.save_indicator(
            indicator.item, current_user, _indicator_values(form), indicator
        ),
        "roadmap/indicator.html",
        success=_("The indicator has been saved."),
        redirect_to=url_for("roadmap_manage.edit", item_id=indicator.item_id),
        indicator=indicator,
    )


@bp.post("/<int:item_id>/ideas")
@staff_only
def link_idea(item_id: int):
    item = _item(item_id)
    form = LinkIdeaForm(prefix="link")
    return _save(
        item,
        "link_form",
        form,
        lambda: services.link_idea(item, form.reference.idea, current_user),
        _("The idea is now part of this item."),
    )


@bp.route("/<int:item_id>/evaluation", methods=["GET", "POST"])
@staff_only
def evaluate(item_id: int):
    item = _item(item_id)
    evaluation = item.evaluation
    form = EvaluationForm(obj=evaluation if request.method == "GET" and evaluation else None)
    if request.method == "GET" and evaluation:
        form.follow_ups.data = ", ".join(idea.reference for idea in evaluation.follow_up_ideas)
    status = 200
    if form.validate_on_submit():
        follow_ups = [
            idea_queries.idea_by_reference(ref) for ref in (form.follow_ups.data or "").split(",")
        ]
        if form.follow_ups.data and None in follow_ups:
            form.follow_ups.errors = [_("There is no idea with this reference number.")]
            status = 400
        else:
            results = {
                indicator.id: (
                    request.form.get(f"result-{indicator.id}", ""),
                    {"yes": True, "no": False}.get(request.form.get(f"reached-{indicator.id}")),
                )
                for indicator in item.indicators
            }
            saved, _result = commit_or_show(
                form,
                lambda: services.record_evaluation(
                    item,
                    current_user,
                    summary=form.summary.data,
                    lessons_learned=form.lessons_learned.data,
                    next_steps=form.next_steps.data,
                    results=results,
                    follow_up_ideas=[idea for idea in follow_ups if idea is not None],
                ),
            )
            if saved:
                flash(_("The evaluation has been published."), "success")
                return redirect(item_url(item))
            status = 400
    elif form.is_submitted():
        status = 400
    return render_template("roadmap/evaluation.html", form=form, item=item), status
