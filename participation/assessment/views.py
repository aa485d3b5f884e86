"""Assessment and decision pages for staff; the public matrix; priorities and decision paper."""

from datetime import date

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from participation.assessment import labels, matrix, paper, queries, services
from participation.assessment.forms import AssessmentForm, DecisionForm
from participation.assessment.models import OUTCOME_STATUS
from participation.core.csv_export import csv_response
from participation.core.forms import commit_or_show, form_page
from participation.core.permissions import requires
from participation.core.urls import int_args
from participation.ideas import workflow
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.queries import categories
from participation.ideas.urls import IDEA_PATH, idea_url, load_idea
from participation.users.permissions import can_moderate

bp = Blueprint("assessment", __name__)
STAFF_IDEA_PATH = "/moderation/ideas" + IDEA_PATH

bp.add_app_template_global(queries.public_assessment, "public_assessment")
bp.add_app_template_global(labels.cost_range, "cost_range")
bp.add_app_template_filter(labels.scale, "scale_label")
bp.add_app_template_filter(labels.months, "month_count")
bp.add_app_template_filter(labels.quarter, "quarter_label")


@bp.context_processor
def staff_labels():
    return {"status_labels": STATUS_LABELS}


@bp.app_context_processor
def assessment_labels():
    """Labels for the assessment templates, including _public.html on the idea page."""
    return {
        "assessment_field_labels": labels.FIELD_LABELS,
        "recommendation_labels": labels.RECOMMENDATION_LABELS,
        "outcome_labels": labels.OUTCOME_LABELS,
        "outcome_tone": lambda outcome: workflow.status_tone(OUTCOME_STATUS[outcome]),
    }


staff_only = requires(can_moderate)


@bp.route(STAFF_IDEA_PATH + "/assessment", methods=["GET", "POST"])
@staff_only
def edit_assessment(year: int, number: int):
    idea = load_idea(year, number)
    assessment = services.find_assessment(idea)
    form = AssessmentForm(obj=assessment if request.method == "GET" else None)
    status = 200
    if form.validate_on_submit():
        complete = request.form.get("action") == "complete"
        save = services.complete_assessment if complete else services.save_assessment
        saved, _result = commit_or_show(form, lambda: save(idea, current_user, form.values()))
        if saved and complete:
            flash(_("The assessment is complete; its public part is now shown."), "success")
            return redirect(idea_url(idea))
        if saved:
            flash(_("The draft has been saved."), "success")
            return redirect(url_for(".edit_assessment", year=idea.year, number=idea.number))
        status = 400
    elif form.is_submitted():
        status = 400
    return render_template(
        "assessment/edit.html",
        idea=idea,
        assessment=assessment,
        form=form,
        editable=workflow.assessment_editable(idea),
        missing=form.missing_fields(),
    ), status


@bp.route(STAFF_IDEA_PATH + "/decision", methods=["GET", "POST"])
@staff_only
def record_decision(year: int, number: int):
    idea = load_idea(year, number)
    form = DecisionForm()
    return form_page(
        form,
        lambda: services.record_decision(
            idea,
            current_user,
            outcome=form.outcome.data,
            body=form.body.data,
            decided_on=form.decided_on.data,
            reasoning=form.reasoning.data,
            document_url=form.document_url.data,
        ),
        "assessment/decision.html",
        success=_("The decision has been recorded and published."),
        redirect_to=idea_url(idea),
        idea=idea,
        assessment=services.find_assessment(idea),
        decision=services.latest_decision(idea),
        editable=workflow.awaits_decision(idea),
        bodies=labels.DECIDING_BODIES,
    )


@bp.get("/ideas/matrix", endpoint="matrix")
def matrix_page():
    filters = queries.MatrixFilters(
        category=request.args.get("category", "")[:60], status=request.args.get("status", "")
    )
    rows = queries.matrix_rows(current_user, filters)
    return render_template(
        "assessment/matrix.html",
        rows=rows,
        layout=matrix.layout(rows),
        filters=filters,
        categories=categories(),
        statuses=workflow.statuses_where("assessment_public"),
        limit=queries.MATRIX_LIMIT,
    )


@bp.get("/moderation/priorities")
@staff_only
def priorities():
    return render_template(
        "assessment/priorities.html",
        rows=queries.priorities(current_user),
        limit=queries.PRIORITIES_LIMIT,
    )


def _selected_rows() -> list[queries.Assessed]:
    return queries.paper_rows(current_user, int_args("idea"))


@bp.get("/moderation/decision-paper")
@staff_only
def decision_paper():
    rows = _selected_rows()
    return render_template(
        "assessment/paper.html",
        rows=rows,
        now_date=date.today(),
        csv_url=url_for(".decision_paper_csv", idea=[row.idea.id for row in rows]),
    )


@bp.get("/moderation/decision-paper.csv")
@staff_only
def decision_paper_csv():
    rows = _selected_rows()
    return csv_response(paper.filename(), paper.header(), paper.rows(rows, str(get_locale())))
