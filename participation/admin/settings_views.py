"""Site settings and the logo in the administration area."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from participation.admin.forms import LogoForm, SettingsForm
from participation.core.forms import ActionForm, commit_or_flash, commit_or_show
from participation.core.permissions import requires
from participation.settings import services, values
from participation.settings.definitions import DEFINITIONS
from participation.users.permissions import can_administer

bp = Blueprint("admin_settings", __name__, url_prefix="/admin/settings")
admins_only = requires(can_administer)


def _page(form=None, logo_form=None, status: int = 200):
    if form is None:
        current = values.overrides()
        form = SettingsForm(
            formdata=None, data={key: services.shown(current.get(key)) for key in DEFINITIONS}
        )
    return render_template(
        "admin/settings.html",
        form=form,
        logo_form=logo_form or LogoForm(),
        action_form=ActionForm(),
        definitions=DEFINITIONS,
        defaults={key: services.shown(values.default(key)) for key in DEFINITIONS},
        overridden={key: values.is_overridden(key) for key in DEFINITIONS},
    ), status


@bp.get("")
@admins_only
def edit():
    return _page()


@bp.post("")
@admins_only
def save():
    form = SettingsForm()
    if form.validate_on_submit():
        typed = {key: form[key].data for key in DEFINITIONS}
        saved, _changed = commit_or_show(form, lambda: services.save(current_user, typed))
        if saved:
            flash(_("The settings have been saved."), "success")
            return redirect(url_for("admin_settings.edit"))
    return _page(form=form, status=400)


@bp.post("/logo")
@admins_only
def upload_logo():
    logo_form = LogoForm()
    if logo_form.validate_on_submit():
        data = logo_form.logo.data.read()
        saved, _result = commit_or_show(logo_form, lambda: services.save_logo(current_user, data))
        if saved:
            flash(_("The logo has been saved."), "success")
            return redirect(url_for("admin_settings.edit"))
    return _page(logo_form=logo_form, status=400)


@bp.post("/logo/remove")
@admins_only
def remove_logo():
    if not ActionForm().validate_on_submit():
        abort(400)
    commit_or_flash(lambda: services.remove_logo(current_user), _("The logo has been removed."))
    return redirect(url_for("admin_settings.edit"))
