"""Deleting an account (GDPR Art. 17): by its owner after re-entering the password, or by an
admin on request. Public contributions stay under a stand-in named "Gelöschtes Konto"."""

import secrets

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.audit.log import audit
from participation.core import pagecache
from participation.core.errors import ValidationFailed
from participation.core.mail import message_payload, send_email
from participation.core.models import utcnow
from participation.core.outbox import enqueue, register_handler
from participation.extensions import db
from participation.privacy.catalogue import ERASED_NAME
from participation.privacy.registry import Erasure, registrations
from participation.users.models import User
from participation.users.passwords import verify_password

FAREWELL_TOPIC = "privacy-farewell"


def _stand_in() -> User:
    stand_in = User(
        email=f"geloescht-{secrets.token_hex(8)}@konto.invalid",
        display_name=ERASED_NAME,
        password_hash="",
        erased_at=utcnow(),
    )
    db.session.add(stand_in)
    db.session.flush()
    return stand_in


def erase_account(
    person: User,
    actor: User | None,
    *,
    remove_lonely_ideas: bool = False,
    reason: str | None = None,
) -> User:
    """Delete `person`; returns the stand-in that keeps their contributions. `actor` is an
    admin acting on request, or None when the person deletes their own account."""
    email, locale = person.email, person.locale or "de"
    farewell = message_payload(
        email, "privacy_account_deleted", locale, _l("Your account has been deleted")
    )
    stand_in = _stand_in()
    erasure = Erasure(person, stand_in, remove_lonely_ideas)
    for entry in registrations():
        entry.erase(erasure)
    db.session.flush()
    db.session.delete(person)
    db.session.flush()
    audit(
        actor or stand_in,
        "privacy.account_erased",
        stand_in,
        reason,
        by_admin=actor is not None,
        lonely_ideas_removed=remove_lonely_ideas,
    )
    enqueue(FAREWELL_TOPIC, farewell)
    pagecache.bump(db.session.connection())
    return stand_in


def erase_own_account(person: User, password: str, *, remove_lonely_ideas: bool) -> User:
    if not verify_password(person.password_hash, password)[0]:
        raise ValidationFailed({"password": _("The password is not correct.")})
    return erase_account(person, None, remove_lonely_ideas=remove_lonely_ideas)


def send_farewell(payload: dict) -> dict:
    """Send the confirmation; what the outbox keeps afterwards names nobody."""
    send_email(payload)
    return {"sent": True}


def register() -> None:
    register_handler(FAREWELL_TOPIC, send_farewell)
