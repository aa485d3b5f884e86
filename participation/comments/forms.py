"""The comment box, for new comments, replies and edits."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from participation.comments.services import BODY_MAX


class CommentForm(FlaskForm):
    body = TextAreaField(
        _l("Your comment"),
        validators=[InputRequired(_l("Please write a comment.")), Length(max=BODY_MAX)],
        description=_l("Be fair and stay on topic. Markdown: **bold**, *italic*, lists, links."),
        render_kw={"rows": 4, "maxlength": BODY_MAX},
    )
    parent_id = HiddenField(validators=[Optional()])
