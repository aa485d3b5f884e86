"""People for the event tests: the role fixtures, and more organisers of their own."""

import pytest

from participation.users.models import Role
from tests.factories import make_user


@pytest.fixture
def people(app, citizen, employee, organiser, admin):
    """`creator` (the `organiser` fixture) and `co_organiser` are organisers of the events;
    `organiser` is another organiser, not of the event."""
    with app.app_context():
        return {
            "creator": organiser,
            "co_organiser": make_user(
                "otto@stadt-beispiel.de", "Otto Mitveranstalter", (Role.ORGANISER, Role.EMPLOYEE)
            ),
            "organiser": make_user(
                "oskar@stadt-beispiel.de", "Oskar Anderer", (Role.ORGANISER, Role.EMPLOYEE)
            ),
            "admin": admin,
            "employee": employee,
            "citizen": citizen,
            "unconfirmed": make_user("uwe@example.org", "Uwe Unbestätigt", confirmed=False),
            "anonymous": None,
        }
