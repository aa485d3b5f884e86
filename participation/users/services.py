"""Account rules: registration, confirmation, login, password and e-mail changes, roles.

Services flush and never commit; the view commits once. Answers never reveal whether an
address has an account (the mails differ, the pages do not).
"""

import secrets
import unicodedata

from email_validator import EmailNotValidError, validate_email
from flask import current_app, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from participation.core.errors import ValidationFailed
from participation.core.mail import queue_email
from participation.core.models import utcnow
from participation.extensions import db
from participation.settings.values import setting
from participation.users.auth import end_all_sessions
from participation.users.models import Role, RoleSource, User, UserRole
from participation.users.passwords import hash_password, password_problem, verify_password
from participation.users.tokens import confirmation_token, invitation_token, reset_token

DISPLAY_NAME_MAX = 80


def normalise_email(value: str) -> str:
    """Lower-cased address with a valid shape; raises ValidationFailed for the `email` field."""
    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise ValidationFailed({"email": _("Please enter a valid e-mail address.")}) from error
    return result.normalized.lower()


def clean_display_name(value: str) -> str:
    name = " ".join(value.split())
    if not name or len(name) > DISPLAY_NAME_MAX:
        raise ValidationFailed(
            {"display_name": _("Please enter a name of 1 to %(max)d characters.", max=80)}
        )
    if any(unicodedata.category(char).startswith("C") for char in name):
        raise ValidationFailed(
            {"display_name": _("The name contains characters that are not allowed.")}
        )
    return name


def find_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email))


def _check_password(password: str, *, email: str, display_name: str, field: str = "password"):
    if problem := password_problem(password, email=email, display_name=display_name):
        raise ValidationFailed({field: problem})


def _external(endpoint: str, **values) -> str:
    return current_app.config["BASE_URL"] + url_for(endpoint, **values)


def send_confirmation(user: User, email: str) -> None:
    link = _external("users.confirm_email", token=confirmation_token(user, email))
    queue_email(
        email,
        "confirm_email",
        user.locale or "de",
        _l("Please confirm your e-mail address"),
        user=user,
        link=link,
    )


def register(email: str, display_name: str, password: str, locale: str) -> User | None:
    """Create an unconfirmed account and mail a confirmation link.

    For a known address the owner gets a hint mail instead, and None is returned.
    """
    email = normalise_email(email)
    display_name = clean_display_name(display_name)
    _check_password(password, email=email, display_name=display_name)
    # Hash before looking up the address, so both answers take the same time.
    password_hash = hash_password(password)
    if existing := find_by_email(email):
        queue_email(
            email,
            "account_exists",
            existing.locale or locale,
            _l("Registration attempt with your e-mail address"),
            user=existing,
            login_link=_external("users.login"),
            reset_link=_external("users.reset_request"),
        )
        return None
    user = User(email=email, display_name=display_name, password_hash=password_hash, locale=locale)
    db.session.add(user)
    db.session.flush()
    send_confirmation(user, email)
    return user


def confirm_email(user: User, email: str) -> None:
    """Mark `email` as confirmed for `user`, switching to it when it was a pending change."""
    if email == user.pending_email:
        other = find_by_email(email)
        if other is not None and other.id != user.id:
            raise ValidationFailed({None: _("This e-mail address is already in use.")})
        user.email = email
        user.pending_email = None
    if user.confirmed_at is None:
        user.confirmed_at = utcnow()
    sync_domain_roles(user)
    db.session.flush()


def is_employee_address(email: str) -> bool:
    domain = email.rsplit("@", 1)[-1]
    return domain in setting("employee_email_domains")


def sync_domain_roles(user: User) -> None:
    """Grant or withdraw the employee role that comes from a confirmed administration address."""
    from_domain = [
        grant
        for grant in user.role_grants
        if grant.role == Role.EMPLOYEE and grant.source == RoleSource.EMAIL_DOMAIN
    ]
    qualifies = user.is_confirmed and is_employee_address(user.email)
    if qualifies and not any(grant.role == Role.EMPLOYEE for grant in user.role_grants):
        user.role_grants.append(UserRole(role=Role.EMPLOYEE, source=RoleSource.EMAIL_DOMAIN))
    elif not qualifies:
        for grant in from_domain:
            user.role_grants.remove(grant)


def authenticate(email: str, password: str) -> User | None:
    """Return the user for correct credentials (upgrading an outdated hash), else None."""
    try:
        email = normalise_email(email)
    except ValidationFailed:
        email = ""
    user = find_by_email(email) if email else None
    matches, needs_rehash = verify_password(user.password_hash if user else None, password)
    if not matches:
        return None
    if needs_rehash:
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    db.session.flush()
    return user


def send_password_reset(user: User, locale: str) -> None:
    queue_email(
        user.email,
        "reset_password",
        user.locale or locale,
        _l("Reset your password"),
        user=user,
        link=_external("users.reset_password", token=reset_token(user)),
    )


def request_password_reset(email: str, locale: str) -> None:
    """Mail a reset link if the address has an account; silently do nothing otherwise."""
    try:
        email = normalise_email(email)
    except ValidationFailed:
        return
    if user := find_by_email(email):
        send_password_reset(user, locale)


def set_password(user: User, password: str, field: str = "password") -> None:
    """Set a new password and end every existing session of the user."""
    _check_password(password, email=user.email, display_name=user.display_name, field=field)
    user.password_hash = hash_password(password)
    end_all_sessions(user)


def change_password(user: User, current_password: str, new_password: str) -> None:
    if not verify_password(user.password_hash, current_password)[0]:
        raise ValidationFailed({"current_password": _("The current password is not correct.")})
    set_password(user, new_password, field="new_password")


def request_email_change(user: User, password: str, new_email: str) -> None:
    """Remember the new address and mail it a confirmation link; the old one stays until then."""
    if not user.has_password:
        raise ValidationFailed(
            {"password": _("Your account has no password yet. Please set one first.")}
        )
    if not verify_password(user.password_hash, password)[0]:
        raise ValidationFailed({"password": _("The password is not correct.")})
    new_email = normalise_email(new_email)
    if new_email == user.email:
        raise ValidationFailed({"email": _("This is already your e-mail address.")})
    user.pending_email = new_email
    db.session.flush()
    if find_by_email(new_email) is None:
        send_confirmation(user, new_email)


def set_language(user: User, language: str) -> None:
    user.locale = language
    db.session.flush()


def update_profile(user: User, display_name: str, locale: str) -> None:
    user.display_name = clean_display_name(display_name)
    user.locale = locale
    db.session.flush()


def create_user(email: str, display_name: str, password: str, roles: list[Role]) -> User:
    """Create a confirmed account (administrators, command line)."""
    email = normalise_email(email)
    if find_by_email(email):
        raise ValidationFailed({"email": _("This e-mail address is already in use.")})
    display_name = clean_display_name(display_name)
    _check_password(password, email=email, display_name=display_name)
    user = User(
        email=email,
        display_name=display_name,
        password_hash=hash_password(password),
        confirmed_at=utcnow(),
    )
    db.session.add(user)
    for role in roles:
        grant_role(user, role)
    sync_domain_roles(user)
    db.session.flush()
    return user


def invite(email: str, display_name: str, roles: list[Role], locale: str, inviter: User) -> User:
    """An account for a new colleague, who sets their password through the link mailed to
    them (signed, expiring, single use); opening it also confirms the address."""
    email = normalise_email(email)
    if find_by_email(email):
        raise ValidationFailed({"email": _("This e-mail address is already in use.")})
    user = User(
        email=email,
        display_name=clean_display_name(display_name),
        password_hash=hash_password(secrets.token_urlsafe(32)),  # unknown to anyone
        locale=locale,
    )
    db.session.add(user)
    for role in roles:
        grant_role(user, role)
    db.session.flush()
    queue_email(
        email,
        "invitation",
        locale,
        _l("You are invited to the participation platform"),
        user=user,
        inviter=inviter.display_name,
        link=_external("users.accept_invitation", token=invitation_token(user)),
        days=current_app.config["INVITATION_TOKEN_MAX_AGE"] // 86400,
    )
    return user


def grant_role(user: User, role: Role) -> None:
    if role == Role.CITIZEN:
        return
    for grant in user.role_grants:
        if grant.role == role:
            # Granted by hand from now on: an identity provider no longer takes it away.
            grant.source = RoleSource.ADMIN
            grant.provider = None
            return
    user.role_grants.append(UserRole(role=role, source=RoleSource.ADMIN))


def revoke_role(user: User, role: Role) -> None:
    user.role_grants = [grant for grant in user.role_grants if grant.role != role]
    db.session.flush()
