"""What the privacy feature connects at start-up: the personal data of every feature, the
farewell mail's outbox handler, the terms guard, template helpers and the CLI."""

from flask import Flask

from participation.privacy import catalogue, consent, erasure
from participation.privacy.models import LegalKind
from participation.privacy.retention import privacy_cli
from participation.privacy.urls import legal_url


def register(app: Flask) -> None:
    catalogue.register_all()
    erasure.register()
    consent.register_guard(app)
    app.jinja_env.globals.update(legal_url=legal_url, LegalKind=LegalKind)
    app.cli.add_command(privacy_cli)
