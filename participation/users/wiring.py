"""What the accounts feature adds at start-up: people as objects of the audit log (linked to
their page in the administration area)."""

from flask import Flask, url_for

from participation.audit import registry
from participation.users.models import User


def register(_app: Flask) -> None:
    registry.register_target(
        "user",
        User,
        lambda user: user.display_name,
        lambda user: url_for("admin_users.user", user_id=user.id),
    )
