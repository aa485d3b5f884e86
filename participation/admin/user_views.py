"""People in the administration area: the list, a person's page and its actions, invitations."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from participation.admin import queries, services
from participation.admin.forms import InviteForm, RolesForm
from participation.core.forms import ActionForm, commit_or_flash, commit_or_show, form_page
from participation.core.pagination import keyset_page
from participation.core.permissions import requires
from participation.core.urls import keep_in_links
from participation.extensions import db
from participation.moderation.staff_forms import ReasonForm
from participation.users.forms import ROLE_LABELS
from participation.users.models import GRANTABLE_ROLES, Role, RoleSource, User
from participation.users.permissions import can_administer

bp = Blueprint("admin_users", __name__, url_prefix="/admin/users")
admins_only = requires(can_administer)
PER_PAGE = 50
YES_NO = ("yes", "no")


@bp.get("")
@admins_only
def index():
    args = request.args
    filters = queries.UserFilters(
        q=args.get("q", "").strip()[:100],
        role=args.get("role", "") if args.get("role") in set(GRANTABLE_ROLES) else "",
        confirmed=args.get("confirmed", "") if args.get("confirmed") in YES_NO else "",
        blocked=args.get("blocked", "") if args.get("blocked") in YES_NO else "",
    )
    keep_in_links(**vars(filters))
    people = keyset_page(queries.users(filters), queries.NEWEST_FIRST, PER_PAGE)
    return render_template(
        "admin/users.html",
        people=people,
        filters=filters,
        roles={role: ROLE_LABELS[role] for role in GRANTABLE_ROLES},
        role_labels=ROLE_LABELS,
    )


def _person(user_id: int) -> User:
    return db.session.get(User, user_id) or abort(404)


def _user_page(person: User, roles_form=None, reason_form=None, status=200):
    roles_form = roles_form or RolesForm(
        formdata=None, data={"roles": [grant.role for grant in person.role_grants]}
    )
    from_domain = {
        grant.role for grant in person.role_grants if grant.source == RoleSource.EMAIL_DOMAIN
    }
    return render_template(
        "admin/user.html",
        person=person,
        contributions=queries.contributions(person),
        roles_form=roles_form,
        reason_form=reason_form or ReasonForm(),
        action_form=ActionForm(),
        role_labels=ROLE_LABELS,
        from_domain=from_domain,
    ), status


@bp.get("/<int:user_id>")
@admins_only
def user(user_id: int):
    return _user_page(_person(user_id))


def _post_on_user_page(person: User, form, action, success: str, form_name: str):
    """A form on the person's page: after a refusal the page shows it again, with the reasons
    and what was typed."""
    if form.validate_on_submit():
        saved, _result = commit_or_show(form, action)
        if saved:
            flash(success, "success")
            return redirect(url_for("admin_users.user", user_id=person.id))
    return _user_page(person, **{form_name: form}, status=400)


@bp.post("/<int:user_id>/roles")
@admins_only
def roles(user_id: int):
    person = _person(user_id)
    form = RolesForm()
    return _post_on_user_page(
        person,
        form,
        lambda: services.set_roles(person, {Role(role) for role in form.roles.data}, current_user),
        _("The roles have been saved."),
        "roles_form",
    )


@bp.post("/<int:user_id>/block")
@admins_only
def block(user_id: int):
    person = _person(user_id)
    form = ReasonForm()
    if person.is_blocked:
        action, success = services.unblock, _("The account is no longer blocked.")
    else:
        action, success = services.block, _("The account is blocked and logged out.")
    return _post_on_user_page(
        person,
        form,
        lambda: action(person, current_user, form.reason.data),
        success,
        "reason_form",
    )


@bp.post("/<int:user_id>/<any(confirm, confirmation, password):operation>")
@admins_only
def operate(user_id: int, operation: str):
    person = _person(user_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if operation == "confirm":
        action = lambda: services.confirm(person, current_user)  # noqa: E731
        success = _("The e-mail address is now confirmed.")
    elif operation == "confirmation":
        action = lambda: services.resend_confirmation(person, current_user)  # noqa: E731
        success = _("The confirmation link has been sent.")
    else:
        action = lambda: services.start_password_reset(  # noqa: E731
            person, current_user, str(get_locale())
        )
        success = _("A link to set a new password has been sent.")
    commit_or_flash(action, success)
    return redirect(url_for("admin_users.user", user_id=person.id))


@bp.route("/invite", methods=["GET", "POST"])
@admins_only
def invite():
    form = InviteForm()
    if not form.is_submitted():
        form.locale.data = str(get_locale())
    return form_page(
        form,
        lambda: services.invite(
            current_user,
            form.email.data,
            form.display_name.data,
            [Role(role) for role in form.roles.data],
            form.locale.data,
        ),
        "admin/invite.html",
        success=_("The invitation has been sent."),
        redirect_to=lambda person: url_for("admin_users.user", user_id=person.id),
    )
