"""Changing site settings and the logo; every change is audited."""

import hashlib
import re

from flask import current_app
from flask_babel import format_decimal
from flask_babel import gettext as _
from sqlalchemy import select

from participation.audit.log import audit
from participation.core.errors import ValidationFailed
from participation.core.html import render_markdown
from participation.extensions import db
from participation.settings import logo as logos
from participation.settings import values
from participation.settings.definitions import DEFINITIONS, LOGO, Definition
from participation.settings.models import SiteSetting

TEXT_MAX = 120
MARKDOWN_MAX = 5_000
DOMAIN = r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"


def _row(key: str) -> SiteSetting:
    row = db.session.scalar(select(SiteSetting).where(SiteSetting.key == key))
    if row is None:
        row = SiteSetting(key=key)
        db.session.add(row)
    return row


def _domains(text: str, key: str) -> list[str]:
    domains = [part.strip().lower() for part in text.replace(";", ",").split(",") if part.strip()]
    for domain in domains:
        if not re.match(DOMAIN, domain):
            raise ValidationFailed(
                {key: _("“%(domain)s” is not a domain such as stadt-beispiel.de.", domain=domain)}
            )
    return domains


def _integer(text: str, definition: Definition) -> int:
    text = text.strip()
    if not text.isdigit() or not definition.minimum <= int(text) <= definition.maximum:
        raise ValidationFailed(
            {
                definition.key: _(
                    "Please enter a whole number from %(min)d to %(max)d.",
                    min=definition.minimum,
                    max=definition.maximum,
                )
            }
        )
    return int(text)


def parse(definition: Definition, text: str | None):
    """The stored form of a typed value; None (empty) means the default applies."""
    text = (text or "").strip()
    if not text:
        return None
    key = definition.key
    if definition.kind == "domains":
        return _domains(text, key)
    if definition.kind == "integer":
        return _integer(text, definition)
    if definition.kind == "markdown":
        if len(text) > MARKDOWN_MAX:
            raise ValidationFailed(
                {key: _("Please use at most %(max)d characters.", max=MARKDOWN_MAX)}
            )
        return {"markdown": text, "html": render_markdown(text)}
    if definition.kind == "email" and ("@" not in text or " " in text or len(text) > 254):
        raise ValidationFailed({key: _("Please enter a valid e-mail address.")})
    if len(text) > TEXT_MAX:
        raise ValidationFailed({key: _("Please use at most %(max)d characters.", max=TEXT_MAX)})
    return " ".join(text.split())


def shown(value) -> str:
    """A value as the audit log and the settings page show it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, dict):
        return value["markdown"]
    if isinstance(value, int):
        return format_decimal(value)
    return str(value)


def save(actor, typed: dict[str, str | None]) -> list[str]:
    """Store the typed values (empty: back to the default); returns the keys that changed."""
    parsed, reasons = {}, {}
    for key, text in typed.items():
        try:
            parsed[key] = parse(DEFINITIONS[key], text)
        except ValidationFailed as failure:
            reasons.update(failure.reasons)
    if reasons:
        raise ValidationFailed(reasons)
    changed = []
    for key, value in parsed.items():
        row = _row(key)
        if row.value == value:
            continue
        row.value = value
        row.updated_by_id = actor.id
        db.session.flush()
        changed.append(key)
        if value is None:
            audit(actor, "setting_reset", row)
        else:
            audit(actor, "setting_changed", row, value=shown(value)[:200])
    values.forget()
    return changed


def save_logo(actor, data: bytes) -> None:
    limit = current_app.config["SITE_LOGO_MAX_BYTES"]
    if len(data) > limit:
        raise ValidationFailed(
            {"logo": _("The file is too large (at most %(kb)d KB).", kb=limit // 1024)}
        )
    kind = logos.content_type(data)
    row = _row(LOGO)
    row.value = {"content_type": kind, "digest": hashlib.sha256(data).hexdigest()[:16]}
    row.data = data
    row.updated_by_id = actor.id
    db.session.flush()
    audit(actor, "logo_changed", row)
    values.forget()


def remove_logo(actor) -> None:
    row = _row(LOGO)
    if row.value is None:
        return
    row.value, row.data, row.updated_by_id = None, None, actor.id
    db.session.flush()
    audit(actor, "logo_removed", row)
    values.forget()
