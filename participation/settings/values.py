"""The one way to read a site setting: the value set in the administration area, else the
environment's default. All settings are read in one query, and only again after a change.
"""

from typing import Any

from flask import current_app, g
from sqlalchemy import select

from participation.core.pagecache import current_version
from participation.extensions import db
from participation.settings.definitions import DEFINITIONS, LOGO
from participation.settings.models import SiteSetting

CACHE = "site_settings"


def overrides() -> dict[str, Any]:
    """The values set in the UI (None where the default applies), cached for the request and
    in the process for as long as the content version (which every change bumps) stays."""
    if CACHE not in g:
        version = current_version()
        kept = current_app.extensions.get(CACHE)
        if kept is None or version is None or kept[0] != version:
            rows = db.session.execute(select(SiteSetting.key, SiteSetting.value))
            kept = (version, {key: value for key, value in rows})
            if version is not None:
                current_app.extensions[CACHE] = kept
        setattr(g, CACHE, kept[1])
    return getattr(g, CACHE)


def forget() -> None:
    """After a change: the next read loads the settings again."""
    g.pop(CACHE, None)
    current_app.extensions.pop(CACHE, None)


def default(key: str) -> Any:
    config_key = DEFINITIONS[key].config_key
    return current_app.config.get(config_key) if config_key else None


def is_overridden(key: str) -> bool:
    return overrides().get(key) is not None


def setting(key: str) -> Any:
    """The effective value of a setting."""
    value = overrides().get(key)
    return default(key) if value is None else value


def intro_html(locale: str) -> str | None:
    """The start page's introduction in `locale` (cleaned HTML), if one is set."""
    value = setting(f"intro_{'en' if str(locale) == 'en' else 'de'}")
    return value["html"] if value else None


def logo() -> dict | None:
    """The uploaded logo's content type and digest, if there is one."""
    return overrides().get(LOGO)
