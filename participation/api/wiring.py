"""What the API connects at start-up: its tokens and its writes as entries of the audit log."""

from flask import Flask
from flask_babel import lazy_gettext as _l

from participation.api.models import ApiToken
from participation.audit import registry

SENTENCES = {
    "api_token_created": _l("%(actor)s created the API token %(target)s."),
    "api_token_revoked": _l("%(actor)s revoked the API token %(target)s."),
    "api_progress_update": _l("%(actor)s posted a progress update to %(target)s through the API."),
    "api_milestone_done": _l("%(actor)s ticked a milestone of %(target)s through the API."),
    "api_milestone_open": _l("%(actor)s reopened a milestone of %(target)s through the API."),
    "api_indicator_value": _l(
        "%(actor)s recorded an indicator value of %(target)s through the API."
    ),
    "api_assessment_saved": _l("%(actor)s saved the pre-assessment of %(target)s through the API."),
}


def register(_app: Flask) -> None:
    registry.register_target(
        "api_token", ApiToken, lambda token: f"„{token.name}“", lambda _t: None
    )
    registry.register_kind("api", _l("API"))
    for code, sentence in SENTENCES.items():
        registry.register_action(code, "api", sentence)
