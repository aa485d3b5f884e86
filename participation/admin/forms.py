"""Forms of the administration area: they check the shape; services enforce the rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    EmailField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from participation.admin.categories import DESCRIPTION_MAX, NAME_MAX, PALETTE
from participation.core.forms import CheckboxesField, language_choices
from participation.settings.definitions import DEFINITIONS
from participation.users.forms import EMAIL_KW, ROLE_LABELS
from participation.users.models import GRANTABLE_ROLES


def _role_choices():
    return [(str(role), ROLE_LABELS[role]) for role in GRANTABLE_ROLES]


class RolesForm(FlaskForm):
    roles = CheckboxesField(_l("Roles"), choices=_role_choices)


class InviteForm(FlaskForm):
    email = EmailField(
        _l("E-mail address"),
        validators=[InputRequired(_l("Please enter an e-mail address.")), Length(max=254)],
        render_kw={**EMAIL_KW, "maxlength": 254},
    )
    display_name = StringField(
        _l("Name"),
        validators=[InputRequired(_l("Please enter a name.")), Length(max=80)],
        render_kw={"maxlength": 80, "autocomplete": "off"},
    )
    roles = CheckboxesField(_l("Roles"), choices=_role_choices)
    locale = SelectField(_l("Language of the invitation"), choices=language_choices)


class CategoryForm(FlaskForm):
    name_de = StringField(
        _l("Name (German)"),
        validators=[InputRequired(_l("Please enter a name.")), Length(max=NAME_MAX)],
        render_kw={"maxlength": NAME_MAX},
    )
    name_en = StringField(
        _l("Name (English)"),
        validators=[InputRequired(_l("Please enter a name.")), Length(max=NAME_MAX)],
        render_kw={"maxlength": NAME_MAX, "lang": "en"},
    )
    description_de = TextAreaField(
        _l("Description (German)"),
        validators=[Length(max=DESCRIPTION_MAX)],
        render_kw={"maxlength": DESCRIPTION_MAX, "rows": 3},
    )
    description_en = TextAreaField(
        _l("Description (English)"),
        validators=[Length(max=DESCRIPTION_MAX)],
        render_kw={"maxlength": DESCRIPTION_MAX, "rows": 3, "lang": "en"},
    )
    slug = StringField(
        _l("Address (slug)"),
        description=_l(
            "Part of the address of filtered lists, e.g. mobilitaet. It cannot change once "
            "ideas use the field of action."
        ),
        validators=[InputRequired(_l("Please enter an address.")), Length(max=60)],
        render_kw={"maxlength": 60, "autocomplete": "off", "spellcheck": "false"},
    )
    colour = SelectField(
        _l("Colour"), choices=lambda: [("", _l("Please choose")), *PALETTE.items()]
    )
    position = IntegerField(
        _l("Position in lists"),
        description=_l("Smaller numbers come first."),
        validators=[Optional(), NumberRange(min=0, max=1000)],
        render_kw={"min": 0, "max": 1000},
    )


def settings_form_class():
    """A form with one field per setting (empty: the default applies)."""

    class SettingsForm(FlaskForm):
        pass

    for key, definition in DEFINITIONS.items():
        if definition.kind == "markdown":
            field = TextAreaField(definition.label, render_kw={"rows": 6})
        else:
            field = StringField(definition.label, validators=[Length(max=2000)])
        setattr(SettingsForm, key, field)
    return SettingsForm


SettingsForm = settings_form_class()


class LogoForm(FlaskForm):
    logo = FileField(
        _l("Logo (PNG or SVG)"), validators=[FileRequired(_l("Please choose a file."))]
    )
