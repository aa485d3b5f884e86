"""What the administration area registers at start-up: its actions in the audit log, fields of
action as audit objects, and the overview's figures about people, ideas and e-mail."""

from flask import Flask, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from participation.admin import queries
from participation.audit import registry
from participation.core import mail
from participation.core.outbox import OutboxMessage
from participation.core.overview import (
    NAV_LINKS,
    Figure,
    NavLink,
    Section,
    add_nav_link,
    add_section,
)
from participation.core.pagination import COUNT_CAP
from participation.extensions import db
from participation.ideas.labels import STATUS_LABELS
from participation.ideas.models import Category, Idea, IdeaStatus
from participation.users.forms import ROLE_LABELS
from participation.users.models import GRANTABLE_ROLES

ACCOUNT_SENTENCES = {
    "audit_log_exported": _l("%(actor)s downloaded the audit log as a spreadsheet."),
    "role_granted": _l("%(actor)s gave %(target)s the role “%(role)s”."),
    "role_revoked": _l("%(actor)s took the role “%(role)s” from %(target)s."),
    "email_confirmed": _l("%(actor)s confirmed the e-mail address of %(target)s."),
    "confirmation_resent": _l("%(actor)s sent %(target)s the confirmation link again."),
    "password_reset_started": _l("%(actor)s sent %(target)s a link to set a new password."),
    "user_invited": _l("%(actor)s invited %(target)s with the roles: %(roles)s."),
}
CATEGORY_SENTENCES = {
    "category_created": _l("%(actor)s created the field of action %(target)s."),
    "category_updated": _l("%(actor)s edited the field of action %(target)s."),
    "category_archived": _l("%(actor)s archived the field of action %(target)s."),
    "category_restored": _l("%(actor)s offered the field of action %(target)s again."),
}


def _capped(query):
    return select(func.count()).select_from(query.limit(COUNT_CAP + 1).subquery()).scalar_subquery()


def people_figures() -> list[Figure]:
    counts = queries.people_by_role()
    figures = [Figure(str(ROLE_LABELS[role]), counts[str(role)]) for role in GRANTABLE_ROLES]
    figures.append(Figure(_("Confirmed accounts"), counts["confirmed"]))
    figures.append(Figure(_("Unconfirmed accounts"), counts["unconfirmed"]))
    return figures


def idea_figures() -> list[Figure]:
    row = db.session.execute(
        select(*(_capped(select(Idea.id).where(Idea.status == s)) for s in IdeaStatus))
    ).one()
    return [
        Figure(str(STATUS_LABELS[status]), count)
        for status, count in zip(IdeaStatus, row, strict=True)
    ]


def mail_figures() -> list[Figure]:
    waiting = select(OutboxMessage.id).where(
        OutboxMessage.topic == mail.TOPIC, OutboxMessage.delivered_at.is_(None)
    )
    pending, failed = db.session.execute(
        select(
            _capped(waiting.where(OutboxMessage.failed_at.is_(None))),
            _capped(waiting.where(OutboxMessage.failed_at.is_not(None))),
        )
    ).one()
    return [
        Figure(_("E-mails waiting to be sent"), pending),
        Figure(_("E-mails that failed for good"), failed, warning=failed > 0),
    ]


def register(app: Flask) -> None:
    app.jinja_env.globals["admin_nav_links"] = lambda: list(NAV_LINKS.values())
    registry.register_kind("accounts", _l("Accounts and roles"))
    for code, sentence in ACCOUNT_SENTENCES.items():
        registry.register_action(code, "accounts", sentence)
    registry.register_target(
        "category",
        Category,
        lambda category: f"„{category.name_de}“",
        lambda category: url_for("admin_categories.edit", category_id=category.id),
    )
    registry.register_kind("categories", _l("Fields of action"))
    for code, sentence in CATEGORY_SENTENCES.items():
        registry.register_action(code, "categories", sentence)
    add_section(
        Section(
            "people",
            _l("People"),
            people_figures,
            lambda: url_for("admin_users.index"),
            _l("Manage people"),
        )
    )
    add_section(
        Section(
            "ideas",
            _l("Ideas by status"),
            idea_figures,
            lambda: url_for("ideas.index"),
            _l("Browse ideas"),
        )
    )
    add_section(
        Section(
            "mail",
            _l("E-mail"),
            mail_figures,
            lambda: url_for("admin.overview", _anchor="mail"),
            _l("Inspect with flask outbox status"),
        )
    )
    add_nav_link(NavLink("moderation", _l("Moderation queue"), lambda: url_for("staff.queue")))
