"""Creating, finding and revoking personal API tokens. Services flush; views commit."""

import hashlib
import secrets

from flask_babel import gettext as _
from sqlalchemy import select

from participation.api.models import ApiToken, Scope
from participation.api.permissions import can_hold_api_tokens, grantable_scopes
from participation.audit.log import audit
from participation.core.errors import ValidationFailed
from participation.core.html import plain_text
from participation.core.models import utcnow
from participation.core.permissions import ensure
from participation.extensions import db
from participation.users.models import User

TOKEN_PREFIX = "mwk_"  # noqa: S105 (marks our tokens, e.g. for secret scanners)
MAX_TOKENS_PER_USER = 20


def hash_token(plain: str) -> str:
    return hashlib.sha256(plain.encode()).hexdigest()


def create_token(user: User, name: str, scopes: list[str]) -> tuple[ApiToken, str]:
    """A new token; the plain text is returned once and never stored."""
    ensure(can_hold_api_tokens, user, _("Only staff members can create API tokens."))
    name = plain_text((name or "").strip())
    if not name:
        raise ValidationFailed({"name": _("Please fill in this field.")})
    if len(name) > 80:
        raise ValidationFailed({"name": _("Please use at most %(max)d characters.", max=80)})
    allowed = {str(scope) for scope in grantable_scopes(user)}
    if not set(scopes) <= allowed:
        raise ValidationFailed({"scopes": _("You cannot grant this permission.")})
    active = db.session.scalar(
        select(db.func.count(ApiToken.id)).where(
            ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)
        )
    )
    if active >= MAX_TOKENS_PER_USER:
        raise ValidationFailed(
            {None: _("You have %(max)d active tokens. Revoke one first.", max=MAX_TOKENS_PER_USER)}
        )
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user,
        name=name,
        token_hash=hash_token(plain),
        prefix=plain[:12],
        scopes=" ".join(scope for scope in Scope if scope in scopes),
    )
    db.session.add(token)
    db.session.flush()
    audit(user, "api_token_created", token, scopes=token.scopes)
    return token, plain


def revoke_token(token: ApiToken, actor: User) -> None:
    if token.user_id != actor.id:
        raise ValidationFailed({None: _("This token is not yours.")})
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        audit(actor, "api_token_revoked", token)
    db.session.flush()


def find_token(plain: str) -> ApiToken | None:
    """The active token with this text, or None."""
    if not plain.startswith(TOKEN_PREFIX) or len(plain) > 200:
        return None
    return db.session.scalar(
        select(ApiToken).where(
            ApiToken.token_hash == hash_token(plain), ApiToken.revoked_at.is_(None)
        )
    )


def tokens_of(user: User) -> list[ApiToken]:
    """A person's tokens, the active ones first (bounded by MAX_TOKENS_PER_USER and the
    revoked ones shown of the last ones only)."""
    return list(
        db.session.scalars(
            select(ApiToken)
            .where(ApiToken.user_id == user.id)
            .order_by(ApiToken.revoked_at.is_not(None), ApiToken.id.desc())
            .limit(MAX_TOKENS_PER_USER * 2)
        )
    )


def record_write(token: ApiToken) -> None:
    token.last_write_at = utcnow()
