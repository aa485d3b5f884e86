"""People for the event tests: one per role that matters to events."""

import pytest

from participation.users.models import Role
from tests.factories import make_user


@pytest.fixture
def people(app):
    """creator and co-organiser are organisers; `organiser` is another one, not of the event."""
    with app.app_context():
        return {
            "creator": make_user(
                "olga@stadt-beispiel.de", "Olga Organisation", (Role.ORGANISER, Role.EMPLOYEE)
            ),
            "co_organiser": make_user(
                "otto@stadt-beispiel.de", "Otto Mitveranstalter", (Role.ORGANISER, Role.EMPLOYEE)
            ),
            "organiser": make_user(
                "oskar@stadt-beispiel.de", "Oskar Anderer", (Role.ORGANISER, Role.EMPLOYEE)
            ),
            "admin": make_user("admin@stadt-beispiel.de", "Andrea Admin", (Role.ADMIN,)),
            "employee": make_user("emil@stadt-beispiel.de", "Emil Mitarbeiter", (Role.EMPLOYEE,)),
            "citizen": make_user("clara@example.org", "Clara Bürgerin"),
            "unconfirmed": make_user("uwe@example.org", "Uwe Unbestätigt", confirmed=False),
            "anonymous": None,
        }
