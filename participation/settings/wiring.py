"""What the site settings add at start-up: the effective values for the templates, and their
changes in the audit log."""

from flask import Flask, url_for
from flask_babel import lazy_gettext as _l

from participation.audit import registry
from participation.settings import values
from participation.settings.definitions import DEFINITIONS
from participation.settings.models import SiteSetting


def setting_label(row: SiteSetting) -> str:
    definition = DEFINITIONS.get(row.key)
    return f"„{definition.label}“" if definition else str(_l("Logo"))


def logo_url() -> str | None:
    logo = values.logo()
    return url_for("site.logo", digest=logo["digest"]) if logo else None


def register(app: Flask) -> None:
    app.jinja_env.globals.update(
        site_setting=values.setting, site_intro=values.intro_html, site_logo_url=logo_url
    )
    registry.register_target(
        "setting", SiteSetting, setting_label, lambda _row: url_for("admin_settings.edit")
    )
    registry.register_kind("settings", _l("Site settings"))
    for code, sentence in (
        ("setting_changed", _l("%(actor)s set %(target)s to “%(value)s”.")),
        ("setting_reset", _l("%(actor)s reset %(target)s to the default.")),
        ("logo_changed", _l("%(actor)s uploaded a new logo.")),
        ("logo_removed", _l("%(actor)s removed the logo.")),
    ):
        registry.register_action(code, "settings", sentence)
