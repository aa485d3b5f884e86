"""Demo accounts for `flask seed-demo`: one per role, with a known password."""

from participation.users import services
from participation.users.models import Role, User

DEMO_PASSWORD = "Demo-Passwort-2026"  # noqa: S105 - printed on the console by design

DEMO_USERS = [
    ("admin@stadt-beispiel.de", "Andrea Admin", [Role.ADMIN, Role.EMPLOYEE]),
    ("moderation@stadt-beispiel.de", "Moritz Moderation", [Role.MODERATOR, Role.EMPLOYEE]),
    ("veranstaltungen@stadt-beispiel.de", "Olga Organisation", [Role.ORGANISER, Role.EMPLOYEE]),
    ("it-amt@stadt-beispiel.de", "Emil Mitarbeiter", [Role.EMPLOYEE]),
    ("buergerin@example.org", "Clara Bürgerin", []),
    ("buerger@example.org", "Bernd Bürger", []),
]


def seed_users() -> list[User]:
    return [
        services.create_user(email, name, DEMO_PASSWORD, roles) for email, name, roles in DEMO_USERS
    ]
