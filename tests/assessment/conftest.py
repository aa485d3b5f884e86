"""Fixtures: an author, and ideas in review or assessed (by the `moderator` of tests/conftest)."""

import pytest

from participation.ideas.models import Idea
from participation.users.models import User
from tests.assessment.builders import assess, new_idea, review
from tests.factories import make_user


@pytest.fixture
def author(app) -> User:
    with app.app_context():
        return make_user("author@example.org", "Ada Autorin")


@pytest.fixture
def in_review(app, author, moderator) -> Idea:
    return review(app, new_idea(app, author), moderator)


@pytest.fixture
def assessed(app, in_review, moderator) -> Idea:
    return assess(app, in_review, moderator)
