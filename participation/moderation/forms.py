"""The report form for ideas and comments."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from participation.moderation.models import ReportReason

REASON_LABELS = {
    ReportReason.SPAM: _l("Spam or advertising"),
    ReportReason.OFFENSIVE: _l("Offensive, discriminating or threatening"),
    ReportReason.PERSONAL_DATA: _l("Reveals personal data"),
    ReportReason.OFF_TOPIC: _l("Off-topic"),
    ReportReason.OTHER: _l("Something else"),
}


class ReportForm(FlaskForm):
    reason = RadioField(
        _l("What is wrong?"),
        choices=[SelectChoice(value, label) for value, label in REASON_LABELS.items()],
        validators=[InputRequired(_l("Please choose a reason."))],
    )
    text = TextAreaField(
        _l("Details"),
        validators=[Optional(), Length(max=1000)],
        description=_l("Required for “Something else”. Moderators read this; it is not public."),
        render_kw={"rows": 3, "maxlength": 1000},
    )
