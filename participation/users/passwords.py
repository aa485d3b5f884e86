"""Password policy and Argon2id hashing (parameters from the config; old hashes are upgraded)."""

import re
from functools import cache
from importlib.resources import files

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from flask_babel import gettext as _

MIN_LENGTH = 12
MAX_LENGTH = 256
# Hashed when an e-mail address is unknown, so a failed login takes as long either way.
_TIMING_DUMMY = "timing-equaliser-password"


@cache
def common_passwords() -> frozenset[str]:
    text = files("participation.users").joinpath("data/common-passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def password_problem(password: str, *, email: str = "", display_name: str = "") -> str | None:
    """Return a localised reason why `password` is not acceptable, or None."""
    if len(password) < MIN_LENGTH:
        return _("The password must have at least %(min)d characters.", min=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return _("The password may have at most %(max)d characters.", max=MAX_LENGTH)
    lowered = password.lower()
    core = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", lowered)
    if lowered in common_passwords() or (len(core) >= 4 and core in common_passwords()):
        return _("This password is too common. Please choose a less predictable one.")
    if len(set(password)) < 4:
        return _("This password uses too few different characters. Please choose another one.")
    personal = {email.lower(), email.lower().split("@")[0], display_name.lower()} - {""}
    if lowered in personal:
        return _("The password must not be your e-mail address or name.")
    return None


def _hasher() -> PasswordHasher:
    config = current_app.config
    return PasswordHasher(
        time_cost=config["ARGON2_TIME_COST"],
        memory_cost=config["ARGON2_MEMORY_COST"],
        parallelism=config["ARGON2_PARALLELISM"],
        type=Type.ID,
    )


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> tuple[bool, bool]:
    """Return (matches, needs_rehash). Without a hash, spend the same time and fail."""
    hasher = _hasher()
    if password_hash is None:
        hasher.hash(_TIMING_DUMMY)
        return False, False
    try:
        hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False, False
    return True, hasher.check_needs_rehash(password_hash)
