"""The operator's details and contact addresses: the one place this feature reads them."""

from flask import current_app

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
    """A setting of the operator (from the configuration for now)."""
    return current_app.config[name]


def operator_details() -> dict:
    """All settings, for the starting texts of the legal pages."""
    return {name.lower(): site_setting(name) for name in SETTINGS}
