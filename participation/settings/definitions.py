"""The settings an administrator can change, each with its environment default."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l


@dataclass(frozen=True)
class Definition:
    key: str
    label: object
    kind: str  # text, email, markdown, domains, integer
    config_key: str | None = None  # the environment variable (app config) giving the default
    minimum: int = 1
    maximum: int = 10_000


DEFINITIONS = {
    definition.key: definition
    for definition in (
        Definition(
            "municipality_name", _l("Name of the municipality"), "text", "MUNICIPALITY_NAME"
        ),
        Definition("platform_name", _l("Name of the platform"), "text", "PLATFORM_NAME"),
        Definition(
            "moderation_contact_email",
            _l("Contact e-mail address of the moderation team"),
            "email",
            "MODERATION_CONTACT_EMAIL",
        ),
        Definition("intro_de", _l("Introduction on the start page (German)"), "markdown"),
        Definition("intro_en", _l("Introduction on the start page (English)"), "markdown"),
        Definition(
            "employee_email_domains",
            _l("E-mail domains of the administration"),
            "domains",
            "EMPLOYEE_EMAIL_DOMAINS",
        ),
        Definition(
            "auto_hide_threshold",
            _l("Reports that hide content automatically"),
            "integer",
            "AUTO_HIDE_REPORT_THRESHOLD",
            maximum=100,
        ),
        Definition(
            "roadmap_stale_days",
            _l("Days without an update before a roadmap item is flagged"),
            "integer",
            "ROADMAP_STALE_DAYS",
            maximum=3650,
        ),
        Definition("logo_alt", _l("Text alternative of the logo"), "text"),
    )
}
LOGO = "logo"
