"""The organisers' event pages: create and edit, participants (and their CSV), ideas entered
for participants, the CSV import with preview, hand-over to moderation, awards."""

import base64
import binascii
from functools import wraps

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import format_datetime, get_locale, ngettext
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from participation.audit.log import audit
from participation.core.csv_export import csv_response
from participation.core.forms import ActionForm, commit, commit_or_show, form_page
from participation.core.ratelimit import allow
from participation.core.urls import page_number
from participation.events import csv_import, queries, services, teams
from participation.events.forms import (
    AwardForm,
    CancelEventForm,
    EventForm,
    HandOverForm,
    ImportConfirmForm,
    ImportForm,
    ParticipantIdeaForm,
    event_form_data,
)
from participation.events.labels import REGISTRATION_LABELS
from participation.events.models import Event
from participation.events.permissions import (
    can_choose_internal_audience,
    can_create_event,
    can_manage_event,
)
from participation.events.urls import event_url, load_event, load_team
from participation.extensions import db
from participation.ideas.models import Category
from participation.ideas.queries import offered_categories, paginate

bp = Blueprint("event_admin", __name__, url_prefix="/events")
PARTICIPANTS_PER_PAGE = 50  # the CSV has everyone
CONFIRM_PREFIX = "confirm"  # the preview page shows both forms: no clashing field ids


def organisers_only(view):
    """Load the event from the URL and let only its organisers (and admins) in."""

    @wraps(view)
    @login_required
    def wrapper(slug: str, **kwargs):
        event = load_event(slug)
        if not can_manage_event(current_user, event):
            abort(403)
        return view(event, **kwargs)

    return wrapper


def _too_many(form) -> int:
    form.form_errors.append(_("You have done this too often. Please wait a while and try again."))
    return 429


def _event_form(**kwargs) -> EventForm:
    form = EventForm(**kwargs)
    if not can_choose_internal_audience(current_user):
        del form.audience
    return form


@bp.route("/new", methods=["GET", "POST"])
@login_required
def new():
    if not can_create_event(current_user):
        abort(403)
    form = _event_form()
    del form.results  # there are none before the event

    return form_page(
        form,
        lambda: services.create_event(current_user, **form.values()),
        "events/form.html",
        success=_("The event has been created."),
        redirect_to=event_url,
        event=None,
    )


@bp.route("/<slug>/edit", methods=["GET", "POST"])
@organisers_only
def edit(event: Event):
    form = _event_form(data=event_form_data(event) if request.method == "GET" else None)

    return form_page(
        form,
        lambda: services.update_event(event, current_user, **form.values()),
        "events/form.html",
        success=_("Your changes have been saved."),
        redirect_to=event_url(event),
        event=event,
    )


@bp.route("/<slug>/cancel-event", methods=["GET", "POST"])
@organisers_only
def cancel_event(event: Event):
    if event.is_cancelled:
        abort(404)
    form = CancelEventForm()
    return form_page(
        form,
        lambda: services.cancel_event(event, current_user, form.reason.data),
        "events/cancel.html",
        success=_("The event has been cancelled; everyone registered is told."),
        redirect_to=event_url(event),
        event=event,
    )


@bp.get("/<slug>/participants")
@organisers_only
def participants(event: Event):
    page = page_number()
    return render_template(
        "events/participants.html",
        event=event,
        registrations=paginate(queries.participants(event), page, PARTICIPANTS_PER_PAGE),
        registration_labels=REGISTRATION_LABELS,
    )


@bp.post("/<slug>/participants.csv")
@organisers_only
def participants_csv(event: Event):
    """A download of personal data: a POST (it is recorded in the audit log)."""
    if not ActionForm().validate_on_submit():
        abort(400)
    commit(lambda: audit(current_user, "participants_exported", event))
    header = [_("Name"), _("E-mail address"), _("Status"), _("Registered at")]
    rows = [
        (
            registration.user.display_name,
            registration.user.email,
            str(REGISTRATION_LABELS[registration.status]),
            format_datetime(registration.created_at, "short"),
        )
        for registration in db.session.scalars(queries.participants(event))
    ]
    return csv_response(f"{event.slug}-participants.csv", header, rows)


def _category(slug: str) -> Category | None:
    return db.session.scalar(select(Category).where(Category.slug == slug))


@bp.route("/<slug>/ideas/new", methods=["GET", "POST"])
@organisers_only
def add_idea(event: Event):
    form = ParticipantIdeaForm()
    form.set_categories(offered_categories(), str(get_locale()))
    del form.visibility  # the event decides
    del form.event
    status = 200
    if form.validate_on_submit():
        if not allow("POST", str(current_user.id)):
            status = _too_many(form)
        else:
            saved, idea = commit_or_show(
                form,
                lambda: services.add_idea_for_participants(
                    event,
                    current_user,
                    form.note.data,
                    title=form.title.data,
                    summary=form.summary.data,
                    description=form.description.data,
                    category=_category(form.category.data),
                    tags=form.tags.data,
                ),
            )
            if saved:
                message = _("Idea %(ref)s has been saved. You can enter the next one.")
                flash(message % {"ref": idea.reference}, "success")
                return redirect(url_for("event_admin.add_idea", slug=event.slug))
            status = 400
    elif form.is_submitted():
        status = 400
    return render_template("events/idea_form.html", event=event, form=form), status


def _import_page(event, form, parsed=None, confirm=None, status=200):
    page = render_template(
        "events/import.html", event=event, form=form, parsed=parsed, confirm=confirm
    )
    return page, status


@bp.route("/<slug>/import", methods=["GET", "POST"])
@organisers_only
def import_ideas(event: Event):
    """Step 1 uploads and shows a preview with each row's errors; step 2 saves."""
    form = ImportForm()
    form.limit_size(current_app.config["EVENT_IMPORT_MAX_BYTES"])
    if request.method == "GET":
        return _import_page(event, form)
    if not allow("EVENT_IMPORT", str(current_user.id)):
        return _import_page(event, form, status=_too_many(form))
    if request.form.get("step") == "import":
        return _save_import(event, form)
    if not form.validate_on_submit():
        return _import_page(event, form, status=400)
    data = form.file.data.read()
    try:
        parsed = csv_import.parse(data, offered_categories())
    except csv_import.ImportFailed as failure:
        form.file.errors.append(str(failure))
        return _import_page(event, form, status=400)
    confirm = ImportConfirmForm(
        formdata=None,
        prefix=CONFIRM_PREFIX,
        content=base64.b64encode(data).decode("ascii"),
        note=form.note.data,
    )
    return _import_page(event, form, parsed, confirm)


def _save_import(event: Event, form: ImportForm):
    confirm = ImportConfirmForm(prefix=CONFIRM_PREFIX)
    if not confirm.validate_on_submit():
        abort(400)
    try:
        data = base64.b64decode(confirm.content.data, validate=True)
        parsed = csv_import.parse(data, offered_categories())
    except (binascii.Error, ValueError, csv_import.ImportFailed):
        abort(400)
    if parsed.invalid_rows and not confirm.only_valid.data:
        confirm.form_errors.append(
            _(
                "Some rows have errors. Correct the file and upload it again, or choose to "
                "import only the rows without errors."
            )
        )
        return _import_page(event, form, parsed, confirm, 400)
    saved, ideas = commit_or_show(
        confirm,
        lambda: services.import_ideas(event, current_user, parsed.valid_rows, confirm.note.data),
    )
    if not saved:
        return _import_page(event, form, parsed, confirm, 400)
    flash(ngettext("%(num)d idea imported.", "%(num)d ideas imported.", len(ideas)), "success")
    return redirect(event_url(event, _anchor="ideas"))


@bp.route("/<slug>/hand-over", methods=["GET", "POST"])
@organisers_only
def hand_over(event: Event):
    form = HandOverForm()
    candidates = queries.to_hand_over(event)
    form.ideas.choices = [(idea.id, f"{idea.reference} {idea.title}") for idea in candidates]
    return form_page(
        form,
        lambda: services.hand_over(event, current_user, form.ideas.data or []),
        "events/hand_over.html",
        success=lambda ideas: ngettext(
            "%(num)d idea handed over to moderation.",
            "%(num)d ideas handed over to moderation.",
            len(ideas),
        ),
        redirect_to=event_url(event, _anchor="ideas"),
        event=event,
        candidates=candidates,
    )


@bp.post("/<slug>/teams/<int:team_id>/award")
@organisers_only
def award(event: Event, team_id: int):
    team = load_team(event, team_id)
    form = AwardForm()
    if not form.validate_on_submit():
        abort(400)
    saved, _result = commit_or_show(
        form, lambda: teams.set_award(team, event, current_user, form.award.data)
    )
    if saved:
        flash(_("The award has been saved."), "success")
    else:
        for message in [*form.form_errors, *form.award.errors]:
            flash(message, "error")
    return redirect(url_for("events.team", slug=event.slug, team_id=team.id))
