"""Fixtures: a moderator, an author, and ideas in review or assessed."""

import pytest

from participation.ideas.models import Idea
from participation.users.models import Role, User
from tests.assessment.builders import assess, new_idea, review
from tests.factories import make_user
from tests.helpers import login


@pytest.fixture
def moderator(app) -> User:
    with app.app_context():
        return make_user("moderator@stadt-beispiel.de", "Mona Moderatorin", (Role.MODERATOR,))


@pytest.fixture
def author(app) -> User:
    with app.app_context():
        return make_user("author@example.org", "Ada Autorin")


@pytest.fixture
def moderator_client(app, moderator):
    client = app.test_client()
    login(client, moderator.email)
    return client


@pytest.fixture
def in_review(app, author, moderator) -> Idea:
    return review(app, new_idea(app, author), moderator)


@pytest.fixture
def assessed(app, in_review, moderator) -> Idea:
    return assess(app, in_review, moderator)
