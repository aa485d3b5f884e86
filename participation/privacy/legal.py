"""Legal texts: the newest saved version of each kind, or a starting draft until an admin
has written one; versions with editor and date; the terms' acceptance by participants."""

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from flask import render_template
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from participation.audit.log import audit
from participation.core.errors import ValidationFailed
from participation.core.html import render_markdown
from participation.extensions import db
from participation.privacy.models import LegalKind, LegalTextVersion, TermsAcceptance
from participation.privacy.settings import operator_details
from participation.users.models import User

BODY_MAX = 100_000
# The public address of each text (the first three existed before and stay).
SLUGS = {
    LegalKind.IMPRINT: "impressum",
    LegalKind.PRIVACY: "datenschutz",
    LegalKind.ACCESSIBILITY: "barrierefreiheit",
    LegalKind.TERMS: "nutzungsbedingungen",
    LegalKind.EASY_LANGUAGE: "leichte-sprache",
}
KIND_BY_SLUG = {slug: kind for kind, slug in SLUGS.items()}
TITLES = {
    LegalKind.IMPRINT: _l("Imprint"),
    LegalKind.PRIVACY: _l("Privacy notice"),
    LegalKind.ACCESSIBILITY: _l("Accessibility statement"),
    LegalKind.TERMS: _l("Terms of participation"),
    LegalKind.EASY_LANGUAGE: _l("Easy-to-read German (Leichte Sprache)"),
}


@dataclass(frozen=True)
class LegalText:
    """What a legal page shows: a saved version, or the starting draft (version 0)."""

    kind: LegalKind
    version: int
    html: str
    language: str  # the language of `html`: English texts fall back to German
    saved_at: datetime | None = None
    sign_language_url: str | None = None

    @property
    def is_draft(self) -> bool:
        return self.version == 0


def current_version(kind: LegalKind) -> LegalTextVersion | None:
    return db.session.scalar(
        select(LegalTextVersion)
        .where(LegalTextVersion.kind == kind)
        .order_by(LegalTextVersion.version.desc())
        .limit(1)
    )


def versions(kind: LegalKind, limit: int = 50) -> list[LegalTextVersion]:
    """The newest versions of a kind, newest first (its history for the admins)."""
    return list(
        db.session.scalars(
            select(LegalTextVersion)
            .where(LegalTextVersion.kind == kind)
            .order_by(LegalTextVersion.version.desc())
            .limit(limit)
        )
    )


def starting_markdown(kind: LegalKind, language: str) -> str:
    """The draft shown until an admin saves a text: names what the operator must fill in."""
    return render_template(f"privacy/starting/{kind}.{language}.md", **operator_details())


def legal_text(kind: LegalKind, language: str) -> LegalText:
    saved = current_version(kind)
    if saved is None:
        return LegalText(kind, 0, render_markdown(starting_markdown(kind, language)), language)
    english = language == "en" and bool(saved.body_en_html)
    return LegalText(
        kind,
        saved.version,
        saved.body_en_html if english else saved.body_de_html,
        "en" if english else "de",
        saved.created_at,
        saved.sign_language_url,
    )


def _checked_url(url: str) -> str | None:
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc or len(url) > 500:
        raise ValidationFailed(
            {"sign_language_url": _("Please enter a web address starting with https://.")}
        )
    return url


def save_version(
    kind: LegalKind,
    editor: User,
    body_de: str,
    body_en: str = "",
    *,
    material: bool = False,
    sign_language_url: str = "",
) -> LegalTextVersion:
    """Save a new version; the page shows it from now on."""
    reasons = {}
    if not body_de.strip():
        reasons["body_de"] = _("Please enter the German text.")
    for field, body in (("body_de", body_de), ("body_en", body_en)):
        if len(body) > BODY_MAX:
            reasons[field] = _("The text may have at most %(max)d characters.", max=BODY_MAX)
    if reasons:
        raise ValidationFailed(reasons)
    last = db.session.scalar(
        select(func.max(LegalTextVersion.version)).where(LegalTextVersion.kind == kind)
    )
    version = LegalTextVersion(
        kind=kind,
        version=(last or 0) + 1,
        body_de=body_de,
        body_de_html=render_markdown(body_de),
        body_en=body_en,
        body_en_html=render_markdown(body_en) if body_en.strip() else "",
        material=material and kind == LegalKind.TERMS,
        sign_language_url=_checked_url(sign_language_url)
        if kind == LegalKind.EASY_LANGUAGE
        else None,
        editor_id=editor.id,
    )
    db.session.add(version)
    db.session.flush()
    audit(editor, "legal_text_saved", version, version=version.version, material=version.material)
    return version


def unwritten_legal_texts() -> list[LegalKind]:
    """The texts no admin has written yet (their pages show drafts): for the admin overview."""
    written = set(db.session.scalars(select(LegalTextVersion.kind).distinct()))
    return [kind for kind in LegalKind if kind not in written]


def terms_version() -> int:
    """The version of the terms in force (0: the starting draft)."""
    saved = db.session.scalar(
        select(func.max(LegalTextVersion.version)).where(LegalTextVersion.kind == LegalKind.TERMS)
    )
    return saved or 0


def accept_terms(user: User) -> TermsAcceptance:
    acceptance = TermsAcceptance(user_id=user.id, version=terms_version())
    db.session.add(acceptance)
    db.session.flush()
    return acceptance


def needs_terms_acceptance(user: User) -> bool:
    """Whether the terms changed materially since the user last accepted them."""
    material = db.session.scalar(
        select(func.max(LegalTextVersion.version)).where(
            LegalTextVersion.kind == LegalKind.TERMS, LegalTextVersion.material.is_(True)
        )
    )
    if material is None:
        return False
    accepted = db.session.scalar(
        select(func.max(TermsAcceptance.version)).where(TermsAcceptance.user_id == user.id)
    )
    return accepted is None or accepted < material
