"""Writes for the administration's project tools: a progress update, a milestone ticked, an
indicator value. Token scope `write_progress`; the roadmap's own services validate (422 with
the reasons per field) and notify followers as the forms do; each write is audited."""

from flask import abort, jsonify
from marshmallow import Schema, fields, validate

from participation.api import services as tokens
from participation.api.models import Scope
from participation.api.rest import ApiBlueprint, current_token, viewer, writer
from participation.api.roadmap import (
    IndicatorSchema,
    MilestoneSchema,
    UpdateSchema,
    load_visible_item,
)
from participation.audit.log import audit
from participation.core.errors import ValidationFailed
from participation.core.forms import commit
from participation.extensions import db
from participation.roadmap import services
from participation.roadmap.models import Indicator, ItemStatus, Milestone

bp = ApiBlueprint("roadmap_writes", __name__, description="Reporting roadmap progress (token)")
SECURITY = [{"bearerAuth": []}]


class UpdateInput(Schema):
    body = fields.String(
        required=True,
        validate=validate.Length(min=1, max=services.TEXT_MAX),
        metadata={"description": "What happened (Markdown); published on the item's page"},
    )
    progress = fields.Integer(
        allow_none=True, validate=validate.Range(min=0, max=100), metadata={"description": "%"}
    )
    status = fields.String(allow_none=True, validate=validate.OneOf(list(ItemStatus)))
    reason = fields.String(
        allow_none=True,
        validate=validate.Length(max=services.TEXT_MAX),
        metadata={"description": "Public reason, needed to pause, cancel or reopen"},
    )


class MilestoneInput(Schema):
    done = fields.Boolean(required=True)


class IndicatorValueInput(Schema):
    value = fields.String(
        required=True,
        validate=validate.Length(min=1, max=20),
        metadata={"description": 'The measured value, e.g. "12.5" (at most 2 decimals)'},
    )
    measured_on = fields.Date(allow_none=True, metadata={"description": "Date of measurement"})


def _write(user, action: str, item, apply, renamed: dict | None = None, **details):
    """Run the service as the token's owner, audit it, commit once; the service's reasons
    name the API's fields (`renamed`: service field -> API field)."""

    def run():
        try:
            result = apply()
        except ValidationFailed as failure:
            names = renamed or {}
            raise ValidationFailed(
                {names.get(field, field): reason for field, reason in failure.reasons.items()}
            ) from None
        audit(user, action, item, token=current_token().id, **details)
        tokens.record_write(current_token())
        return result

    return commit(run)


@bp.route("/roadmap/<int:item_id>/updates", methods=["POST"])
@bp.arguments(UpdateInput, as_kwargs=False)
@bp.response(201, UpdateSchema)
@bp.alt_response(403, description="The token lacks the scope write_progress")
@bp.doc(security=SECURITY)
def post_update(data, item_id: int):
    """Publish a progress update, optionally with a new percentage and status."""
    user = writer(Scope.WRITE_PROGRESS)
    item = load_visible_item(item_id, viewer())  # internal items need read_internal too
    update = _write(
        user,
        "api_progress_update",
        item,
        lambda: services.post_update(
            item,
            user,
            data["body"],
            data.get("progress"),
            data.get("status") or None,
            data.get("reason"),
        ),
        progress=data.get("progress"),
        status=data.get("status"),
    )
    return jsonify(UpdateSchema().dump(update)), 201


@bp.route("/roadmap/<int:item_id>/milestones/<int:milestone_id>", methods=["PATCH"])
@bp.arguments(MilestoneInput, as_kwargs=False)
@bp.response(200, MilestoneSchema)
@bp.alt_response(403, description="The token lacks the scope write_progress")
@bp.doc(security=SECURITY)
def tick_milestone(data, item_id: int, milestone_id: int):
    """Mark a milestone as done (or open again)."""
    user = writer(Scope.WRITE_PROGRESS)
    item = load_visible_item(item_id, viewer())  # internal items need read_internal too
    milestone = db.session.get(Milestone, milestone_id)
    if milestone is None or milestone.item_id != item.id:
        abort(404)
    _write(
        user,
        "api_milestone_done" if data["done"] else "api_milestone_open",
        item,
        lambda: services.set_milestone_done(milestone, user, data["done"]),
        milestone=milestone.id,
    )
    return jsonify(MilestoneSchema().dump(milestone))


@bp.route("/roadmap/<int:item_id>/indicators/<int:indicator_id>/value", methods=["PUT"])
@bp.arguments(IndicatorValueInput, as_kwargs=False)
@bp.response(200, IndicatorSchema)
@bp.alt_response(403, description="The token lacks the scope write_progress")
@bp.doc(security=SECURITY)
def record_value(data, item_id: int, indicator_id: int):
    """Record the current value of a success indicator."""
    user = writer(Scope.WRITE_PROGRESS)
    item = load_visible_item(item_id, viewer())  # internal items need read_internal too
    indicator = db.session.get(Indicator, indicator_id)
    if indicator is None or indicator.item_id != item.id:
        abort(404)
    values = {
        "name": indicator.name,
        "unit": indicator.unit,
        "baseline": str(indicator.baseline),
        "target": str(indicator.target),
        "current": data["value"],
        "measured_on": data.get("measured_on"),
    }
    _write(
        user,
        "api_indicator_value",
        item,
        lambda: services.save_indicator(item, user, values, indicator),
        renamed={"current": "value"},
        indicator=indicator.id,
        value=data["value"],
    )
    return jsonify(IndicatorSchema().dump(indicator))
