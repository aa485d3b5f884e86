"""What the privacy feature connects at start-up: the personal data of every feature, the
farewell mail's outbox handler, the terms guard, template helpers and the CLI."""

from flask import Flask, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from participation.audit import registry
from participation.core.overview import Figure, NavLink, Section, add_nav_link, add_section
from participation.core.pagination import capped_count
from participation.extensions import db
from participation.privacy import catalogue, consent, erasure, legal
from participation.privacy.models import FeedbackReport, LegalKind, LegalTextVersion
from participation.privacy.retention import privacy_cli
from participation.privacy.urls import legal_url
from participation.users import hooks as users_hooks


def register(app: Flask) -> None:
    users_hooks.registered.provide(legal.accept_terms)
    users_hooks.logged_in.provide(consent.remember_if_due)
    catalogue.register_all()
    erasure.register()
    consent.register_guard(app)
    app.jinja_env.globals.update(legal_url=legal_url, LegalKind=LegalKind)
    app.cli.add_command(privacy_cli)
    registry.register_kind("privacy", _l("Legal texts and personal data"))
    registry.register_target(
        "legal_text",
        LegalTextVersion,
        lambda text: f"„{legal.TITLES[LegalKind(text.kind)]}“",
        lambda text: legal_url(LegalKind(text.kind)),
    )
    registry.register_action(
        "legal_text_saved",
        "privacy",
        _l("%(actor)s published version %(version)s of %(target)s."),
    )
    registry.register_action(
        "privacy.data_exported", "privacy", _l("%(actor)s downloaded their personal data.")
    )
    registry.register_action(
        "privacy.account_erased", "privacy", _l("%(actor)s deleted the account %(target)s.")
    )
    add_section(
        Section(
            "legal",
            _l("Legal texts and feedback"),
            _overview_figures,
            lambda: url_for("privacy_admin.legal_texts"),
            _l("Edit the legal texts"),
        )
    )
    add_nav_link(NavLink("legal", _l("Legal texts"), lambda: url_for("privacy_admin.legal_texts")))
    add_nav_link(
        NavLink("feedback", _l("Feedback"), lambda: url_for("privacy_admin.feedback_reports"))
    )


def _overview_figures() -> list[Figure]:
    """Legal texts not yet written and open feedback messages, in one statement."""
    written_kinds = select(func.count(func.distinct(LegalTextVersion.kind))).scalar_subquery()
    open_feedback = select(FeedbackReport.id).where(FeedbackReport.closed_at.is_(None))
    written, feedback = db.session.execute(select(written_kinds, capped_count(open_feedback))).one()
    unwritten = len(LegalKind) - written
    return [
        Figure(_("Legal texts still drafts"), unwritten, warning=unwritten > 0),
        Figure(_("Open feedback messages"), feedback, warning=feedback > 0),
    ]
