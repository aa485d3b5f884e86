"""What moderation adds at start-up: its actions in the audit log, as sentences."""

from flask import Flask, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.audit import registry
from participation.core.overview import Figure, Section, add_section
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.models import IdeaStatus
from participation.moderation import queries


def _status_sentence(status: IdeaStatus):
    def sentence(names) -> str:
        return _(
            "%(actor)s set the status of %(target)s to “%(status)s”.",
            status=STATUS_LABELS[status],
            actor=names["actor"],
            target=names["target"],
        )

    return sentence


def queue_figures() -> list[Figure]:
    counts = queries.counts()
    return [
        Figure(_("New ideas waiting for review"), counts.new, warning=counts.new > 0),
        Figure(_("Reported ideas and comments"), counts.reported, warning=counts.reported > 0),
        Figure(_("Hidden ideas and comments"), counts.hidden),
    ]


def register(_app: Flask) -> None:
    add_section(
        Section(
            "moderation",
            _l("Moderation"),
            queue_figures,
            lambda: url_for("staff.queue"),
            _l("Open the moderation queue"),
        )
    )
    registry.register_kind("status", _l("Status changes"))
    registry.register_kind("moderation", _l("Moderation"))
    for status in IdeaStatus:
        registry.register_action(f"status:{status}", "status", _status_sentence(status))
    for code, sentence in (
        ("hide", _l("%(actor)s hid %(target)s.")),
        ("unhide", _l("%(actor)s made %(target)s visible again.")),
        ("dismiss_reports", _l("%(actor)s dismissed %(reports)s report(s) about %(target)s.")),
        ("block", _l("%(actor)s blocked the account of %(target)s.")),
        ("unblock", _l("%(actor)s unblocked the account of %(target)s.")),
        ("note", _l("%(actor)s added an internal note to %(target)s.")),
        ("merge", _l("%(actor)s merged %(target)s into %(into)s.")),
    ):
        registry.register_action(code, "moderation", sentence)
