"""Accounts and linked logins from a provider's verified claims.

A known identity logs in to its account. An unknown one gets a new account, unless an
account with its e-mail address exists: then the person first proves that account is theirs
(password or e-mail link) — an address alone never links. Services flush, views commit.
"""

import unicodedata
from dataclasses import asdict, dataclass

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select

from participation.core.errors import ValidationFailed
from participation.core.models import utcnow
from participation.extensions import db
from participation.users import services as accounts
from participation.users.auth import end_all_sessions
from participation.users.models import GRANTABLE_ROLES, User
from participation.users.oidc.models import LinkedLogin
from participation.users.oidc.roles import asserted_roles, sync_provider_roles
from participation.users.oidc.settings import Provider

NAME_CLAIMS = ("name", "preferred_username", "nickname")


@dataclass(frozen=True)
class Identity:
    """What a provider asserted about the person, as far as we use it."""

    provider: str
    subject: str
    email: str | None
    email_verified: bool
    display_name: str
    roles: tuple[str, ...]

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Identity":
        return cls(**{**data, "roles": tuple(data["roles"])})


def _display_name(claims: dict, email: str | None) -> str:
    given = " ".join(str(claims.get(key) or "") for key in ("given_name", "family_name"))
    candidates = [*(claims.get(key) for key in NAME_CLAIMS), given]
    for candidate in candidates:
        if isinstance(candidate, str):
            name = " ".join(
                "".join(c for c in candidate if not unicodedata.category(c).startswith("C")).split()
            )[: accounts.DISPLAY_NAME_MAX].strip()
            if name:
                return name
    return (email or "").split("@")[0][: accounts.DISPLAY_NAME_MAX] or _("New participant")


def identity_from_claims(provider: Provider, claims: dict) -> Identity:
    """The identity in verified claims; refuses an address that is no e-mail address."""
    email = claims.get("email")
    if isinstance(email, str) and email.strip():
        try:
            email = accounts.normalise_email(email)
        except ValidationFailed as failure:
            raise ValidationFailed(
                {None: _("The e-mail address from the login service is not valid.")}
            ) from failure
    else:
        email = None
    return Identity(
        provider=provider.name,
        subject=str(claims["sub"]),
        email=email,
        email_verified=claims.get("email_verified") is True,
        display_name=_display_name(claims, email),
        roles=tuple(sorted(asserted_roles(provider, claims))),
    )


def password_login_allowed(user: User) -> bool:
    """With PASSWORD_LOGIN_FOR_STAFF=false, accounts holding any role beyond citizen (staff)
    must log in through a provider; citizens keep their password."""
    return current_app.config["PASSWORD_LOGIN_FOR_STAFF"] or user.roles.isdisjoint(GRANTABLE_ROLES)


def find_link(provider: str, subject: str) -> LinkedLogin | None:
    return db.session.scalar(
        select(LinkedLogin).where(LinkedLogin.provider == provider, LinkedLogin.subject == subject)
    )


def links_of(user: User) -> dict[str, LinkedLogin]:
    rows = db.session.scalars(select(LinkedLogin).where(LinkedLogin.user_id == user.id))
    return {link.provider: link for link in rows}


def _sync(user: User, identity: Identity) -> None:
    sync_provider_roles(user, identity.provider, frozenset(identity.roles))
    db.session.flush()


def log_in_known(link: LinkedLogin, identity: Identity) -> User:
    """A returning identity: note the login and re-evaluate its roles."""
    link.last_login_at = link.user.last_login_at = utcnow()
    link.email = identity.email
    _sync(link.user, identity)
    return link.user


def link(user: User, identity: Identity) -> LinkedLogin:
    """Link `identity` to `user`, who has proved to own the account."""
    if find_link(identity.provider, identity.subject) is not None:
        raise ValidationFailed({None: _("This login is already linked to an account.")})
    if identity.provider in links_of(user):
        raise ValidationFailed(
            {None: _("Your account is already linked to a login at this service.")}
        )
    if not user.is_confirmed and user.password_hash is not None:
        # Nobody had proved owning this address: whoever registered it with a password may
        # not be the person linking now (a stranger could have registered first). Their
        # password and sessions end; a verified address now counts as confirmed.
        user.password_hash = None
        end_all_sessions(user)
        if identity.email_verified and identity.email == user.email:
            user.confirmed_at = utcnow()
    now = utcnow()
    login = LinkedLogin(
        user=user,
        provider=identity.provider,
        subject=identity.subject,
        email=identity.email,
        last_login_at=now,
    )
    db.session.add(login)
    user.last_login_at = now
    _sync(user, identity)
    return login


def create_account(identity: Identity, locale: str) -> User:
    """A new account from the identity; a verified address counts as confirmed, any other
    gets the usual confirmation link."""
    if identity.email is None:
        raise ValidationFailed({None: _("The login service did not tell us your e-mail address.")})
    user = User(
        email=identity.email,
        display_name=identity.display_name,
        password_hash=None,
        locale=locale,
        confirmed_at=utcnow() if identity.email_verified else None,
    )
    db.session.add(user)
    db.session.flush()
    accounts.sync_domain_roles(user)
    link(user, identity)
    if not identity.email_verified:
        accounts.send_confirmation(user, identity.email)
    return user


def unlink(user: User, provider: str) -> None:
    """Remove a linked login and the roles it granted, if another way to log in remains."""
    links = links_of(user)
    if provider not in links:
        raise ValidationFailed({None: _("This login is not linked to your account.")})
    if not user.has_password and len(links) == 1:
        raise ValidationFailed(
            {
                None: _(
                    "This is your only way to log in. Set a password or link another login first."
                )
            }
        )
    db.session.delete(links[provider])
    sync_provider_roles(user, provider, frozenset())
    db.session.flush()
