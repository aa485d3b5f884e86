"""Barrier reports (BITV 2.0 feedback mechanism) and messages to the moderation team: stored,
mailed to the responsible address through the outbox, confirmed to the sender, closed by admins."""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from participation.core.errors import ValidationFailed
from participation.core.html import plain_text
from participation.core.mail import queue_email
from participation.core.models import utcnow
from participation.core.pagination import KeysetPage, Order, bounded_count, keyset_page
from participation.extensions import db
from participation.privacy.models import FeedbackKind, FeedbackReport
from participation.privacy.settings import site_setting
from participation.users.models import User
from participation.users.services import normalise_email

MESSAGE_MAX = 5_000
NAME_MAX = 120
PAGE_MAX = 500
RECIPIENT_SETTING = {
    FeedbackKind.ACCESSIBILITY: "ACCESSIBILITY_CONTACT_EMAIL",
    FeedbackKind.CONTACT: "CONTACT_EMAIL",
}
SUBJECTS = {
    FeedbackKind.ACCESSIBILITY: _l("Report of a barrier"),
    FeedbackKind.CONTACT: _l("Message through the contact form"),
}
NEWEST_FIRST = Order((FeedbackReport.created_at, FeedbackReport.id))


def submit(
    kind: FeedbackKind,
    *,
    message: str,
    name: str = "",
    email: str = "",
    page_url: str = "",
    locale: str = "de",
) -> FeedbackReport:
    """Store a report and queue the mails: to the responsible address, and a confirmation
    to the sender when they gave an address."""
    reasons = {}
    message = message.strip()
    if not message:
        reasons["message"] = _("Please describe your concern.")
    elif len(message) > MESSAGE_MAX:
        reasons["message"] = _(
            "The description may have at most %(max)d characters.", max=MESSAGE_MAX
        )
    name = plain_text(name)
    if len(name) > NAME_MAX:
        reasons["name"] = _("The name may have at most %(max)d characters.", max=NAME_MAX)
    try:
        email = normalise_email(email) if email.strip() else ""
    except ValidationFailed as failure:
        reasons.update(failure.reasons)
    if reasons:
        raise ValidationFailed(reasons)
    report = FeedbackReport(
        kind=kind, name=name, email=email, page_url=plain_text(page_url)[:PAGE_MAX], message=message
    )
    db.session.add(report)
    db.session.flush()
    if recipient := site_setting(RECIPIENT_SETTING[kind]):
        queue_email(recipient, "privacy_feedback", "de", SUBJECTS[kind], report=report, kind=kind)
    if email:
        queue_email(
            email,
            "privacy_feedback_confirmation",
            locale,
            _l("We have received your message"),
            report=report,
        )
    return report


def close(report: FeedbackReport, actor: User) -> None:
    if report.closed_at is None:
        report.closed_at = utcnow()
        report.closed_by_id = actor.id
        db.session.flush()


def reports_page(open_only: bool, per_page: int = 20) -> KeysetPage:
    query = select(FeedbackReport)
    query = query.where(
        FeedbackReport.closed_at.is_(None) if open_only else FeedbackReport.closed_at.is_not(None)
    )
    return keyset_page(query, NEWEST_FIRST, per_page)


def open_feedback_count() -> int:
    """Open reports, bounded (for the admin overview)."""
    return bounded_count(select(FeedbackReport.id).where(FeedbackReport.closed_at.is_(None)))
