"""Visions of the yearly cycles (public), their upkeep (staff), and the yearly report."""

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import format_percent, get_locale
from flask_babel import gettext as _
from flask_login import current_user

from participation.core.forms import ActionForm, commit_or_show, form_page
from participation.core.html import slugify
from participation.core.localtime import today
from participation.core.permissions import requires
from participation.core.urls import FIRST_YEAR, LAST_YEAR
from participation.cycles import queries, report, services
from participation.cycles.charts import bar_chart
from participation.cycles.forms import CycleEditForm, CycleForm, LinkIdeaForm, VisionForm
from participation.cycles.models import Cycle, Vision
from participation.cycles.permissions import can_manage_cycles
from participation.cycles.urls import vision_url
from participation.extensions import db
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.models import Idea
from participation.roadmap.labels import ITEM_STATUS_LABELS

bp = Blueprint("cycles", __name__)
ITEMS_PER_PAGE = 20


def percent(part: int, whole: int) -> str:
    return format_percent(part / whole if whole else 0)


@bp.context_processor
def labels() -> dict:
    return {
        "status_labels": STATUS_LABELS,
        "item_status_labels": ITEM_STATUS_LABELS,
        "percent": percent,
    }


staff_only = requires(can_manage_cycles)


def _cycle(year: int) -> Cycle:
    return queries.cycle_for_year(year) or abort(404)


def _render_cycle(cycle: Cycle | None):
    return render_template(
        "cycles/cycle.html",
        cycle=cycle,
        vision_counts=queries.counts_per_vision(cycle, current_user) if cycle else {},
        years=queries.cycle_years(),
    )


@bp.get("/visions")
def index():
    return _render_cycle(queries.current_cycle(today()))


@bp.get("/visions/<int:year>")
def cycle(year: int):
    return _render_cycle(_cycle(year))


@bp.route("/visions/<int:vision_id>-<slug>", methods=["GET", "POST"])
def vision(vision_id: int, slug: str):
    """The vision with what serves it; staff link ideas to it here (POST)."""
    vision = db.session.get(Vision, vision_id) or abort(404)
    if request.method == "POST":
        return _link_idea(vision)
    if slug != slugify(vision.title):
        cursors = ("after", "before", "items_after", "items_before")
        kept = {name: request.args[name] for name in cursors if name in request.args}
        return redirect(vision_url(vision, **kept), 301)
    return _render_vision(vision, LinkIdeaForm(formdata=None))


def _render_vision(vision: Vision, link_form: LinkIdeaForm, status: int = 200):
    per_page = current_app.config["IDEAS_PER_PAGE"]
    return render_template(
        "cycles/vision.html",
        vision=vision,
        ideas=queries.ideas_of(vision, current_user, per_page),
        items=queries.items_of(vision, current_user, ITEMS_PER_PAGE),
        link_form=link_form,
    ), status


def _link_idea(vision: Vision):
    if not current_user.is_authenticated:
        return current_app.login_manager.unauthorized()
    if not can_manage_cycles(current_user):
        abort(403)
    form = LinkIdeaForm()
    if form.validate_on_submit():
        idea = form.reference.idea
        saved, previous = commit_or_show(
            form, lambda: services.link_idea(vision, idea, current_user)
        )
        if saved:
            flash(_("Idea %(ref)s now serves this vision.", ref=idea.reference), "success")
            if previous is not None:
                flash(_("It no longer serves “%(title)s”.", title=previous.title), "info")
            return redirect(vision_url(vision))
    return _render_vision(vision, form, 400)


@bp.post("/visions/<int:vision_id>/ideas/<int:idea_id>/unlink")
@staff_only
def unlink_idea(vision_id: int, idea_id: int):
    vision = db.session.get(Vision, vision_id) or abort(404)
    idea = db.session.get(Idea, idea_id) or abort(404)
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    saved, _result = commit_or_show(form, lambda: services.unlink_idea(vision, idea, current_user))
    if saved:
        flash(_("Idea %(ref)s no longer serves this vision.", ref=idea.reference), "success")
    else:
        for message in form.form_errors:
            flash(message, "error")
    return redirect(vision_url(vision))


@bp.route("/visions/manage", methods=["GET", "POST"])
@staff_only
def manage():
    form = CycleForm()
    return form_page(
        form,
        lambda: services.create_cycle(current_user, **form.values()),
        "cycles/manage.html",
        success=lambda created: _("The cycle %(year)d has been created.", year=created.year),
        redirect_to=lambda created: url_for(".edit_cycle", year=created.year),
        cycles=queries.all_cycles(),
    )


@bp.route("/visions/manage/<int:year>", methods=["GET", "POST"])
@staff_only
def edit_cycle(year: int):
    cycle = _cycle(year)
    form = CycleEditForm(obj=cycle if request.method == "GET" else None)
    return form_page(
        form,
        lambda: services.update_cycle(cycle, current_user, **form.values()),
        "cycles/edit_cycle.html",
        success=_("The changes have been saved."),
        redirect_to=url_for(".edit_cycle", year=cycle.year),
        cycle=cycle,
    )


def _vision_form_page(cycle: Cycle, vision: Vision | None, save):
    form = VisionForm(obj=vision if request.method == "GET" else None)
    return form_page(
        form,
        lambda: save(form.values()),
        "cycles/vision_form.html",
        success=_("The vision has been saved."),
        redirect_to=url_for(".edit_cycle", year=cycle.year),
        cycle=cycle,
        vision=vision,
    )


@bp.route("/visions/manage/<int:year>/visions/new", methods=["GET", "POST"])
@staff_only
def new_vision(year: int):
    cycle = _cycle(year)
    return _vision_form_page(
        cycle, None, lambda values: services.add_vision(cycle, current_user, **values)
    )


@bp.route("/visions/manage/visions/<int:vision_id>", methods=["GET", "POST"])
@staff_only
def edit_vision(vision_id: int):
    vision = db.session.get(Vision, vision_id) or abort(404)
    return _vision_form_page(
        vision.cycle,
        vision,
        lambda values: services.update_vision(vision, current_user, **values),
    )


@bp.get("/report")
def report_current():
    return redirect(url_for(".yearly_report", year=today().year))


@bp.get("/report/<int:year>")
def yearly_report(year: int):
    if not FIRST_YEAR <= year <= LAST_YEAR:
        abort(404)
    figures = report.build_report(year, current_user)
    locale = str(get_locale())
    return render_template(
        "cycles/report.html",
        report=figures,
        funnel_chart=bar_chart(figures.funnel.stages()),
        category_chart=bar_chart(
            [(item.name(locale), count, item.colour) for item, count in figures.categories]
        ),
        years=report.report_years(current_user),
        cycle=queries.cycle_for_year(year),
    )
