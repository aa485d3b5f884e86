"""The operator's details and contact addresses: the one place this feature reads them."""

from flask import current_app

from participation.settings.values import setting

# Those that the administration area's site settings can change.
SITE_SETTINGS = {
    "MUNICIPALITY_NAME": "municipality_name",
    "CONTACT_EMAIL": "moderation_contact_email",
}

SETTINGS = (
    "MUNICIPALITY_NAME",
    "CONTACT_EMAIL",
    "ACCESSIBILITY_CONTACT_EMAIL",
    "PRIVACY_CONTACT_EMAIL",
    "UNCONFIRMED_ACCOUNT_DAYS",
    "OUTBOX_RETENTION_DAYS",
    "DATA_EXPORT_LINK_HOURS",
)


def site_setting(name: str):
    """A setting of the operator: the site setting where there is one (the configuration is its
    default), else the configuration."""
    if name in SITE_SETTINGS:
        return setting(SITE_SETTINGS[name]) or current_app.config[name]
    return current_app.config[name]


def operator_details() -> dict:
    """All settings, for the starting texts of the legal pages."""
    return {name.lower(): site_setting(name) for name in SETTINGS}
