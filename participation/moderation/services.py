"""Reporting content; enough distinct reports hide it until a moderator looks at it."""

from flask_babel import gettext as _
from sqlalchemy import update

from participation.comments.models import Comment
from participation.core.database import insert_ignoring_duplicates
from participation.core.errors import ValidationFailed
from participation.core.html import plain_text
from participation.core.models import utcnow
from participation.core.signals import content_moderated
from participation.extensions import db
from participation.ideas.models import Idea
from participation.moderation.models import Report, ReportReason
from participation.settings.values import setting
from participation.users.models import User

TEXT_MAX = 1_000


def report(target: Idea | Comment, reporter: User, reason: str, text: str = "") -> bool:
    """Record a report; False if this user had reported the item already."""
    text = plain_text(text or "")
    if reason not in set(ReportReason):
        raise ValidationFailed({"reason": _("Please choose a reason.")})
    if reason == ReportReason.OTHER and not text:
        raise ValidationFailed({"text": _("Please describe the problem.")})
    if len(text) > TEXT_MAX:
        raise ValidationFailed({"text": _("Please use at most %(max)d characters.", max=TEXT_MAX)})
    key = "idea_id" if isinstance(target, Idea) else "comment_id"
    added = insert_ignoring_duplicates(
        Report,
        db.session,
        reporter_id=reporter.id,
        reason=reason,
        text=text,
        created_at=utcnow(),
        **{key: target.id},
    )
    if added:
        _count_report(target)
    return added


def _count_report(target: Idea | Comment) -> None:
    """Count atomically; the report that reaches the threshold hides the item.

    An automatic hide has no reason text; pages explain it as pending moderation.
    """
    model = type(target)
    count = db.session.execute(
        update(model)
        .where(model.id == target.id)
        .values(open_report_count=model.open_report_count + 1)
        .returning(model.open_report_count)
    ).scalar_one()
    if count >= setting("auto_hide_threshold"):
        # Only the report whose UPDATE really hid the item announces it, even when several
        # reach the threshold at the same moment.
        hid_it = db.session.execute(
            update(model)
            .where(model.id == target.id, model.hidden_at.is_(None))
            .values(hidden_at=utcnow(), hidden_reason=None)
        ).rowcount
        if hid_it:
            content_moderated.send(target, hidden=True, reason=None, actor=None, automatic=True)
    db.session.refresh(target)
