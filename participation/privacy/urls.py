"""Addresses of the legal pages, for templates and mails."""

from flask import url_for

from participation.privacy.legal import SLUGS
from participation.privacy.models import LegalKind


def legal_url(kind: LegalKind, **values) -> str:
    if kind == LegalKind.EASY_LANGUAGE:
        return url_for("privacy.easy_language", **values)
    return url_for("privacy.legal_page", slug=SLUGS[kind], **values)
