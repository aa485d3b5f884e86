"""Permission matrix: who x visibility x status x action, against the rules stated plainly."""

import itertools

import pytest

from participation.ideas import permissions
from participation.ideas.models import IdeaStatus
from participation.users.models import Role
from tests.factories import ROLES, make_idea, make_user

WHO = [*ROLES, "author"]  # the author is an employee
INTERNAL = {"employee", "organiser", "moderator", "admin", "author"}  # the organiser is one too
OPEN = {"submitted", "in_review", "assessed"}
CLOSED = {"withdrawn", "merged"}


def expected(who: str, visibility: str, status: str) -> dict[str, bool]:
    """The rules of DESIGN.md section 2 and the ideas issue, written out independently."""
    sees = visibility == "public" or who in INTERNAL
    member = who != "anonymous"
    return {
        "can_view_idea": sees,
        "can_edit_idea": who == "author" and status == "submitted",
        "can_withdraw_idea": who == "author" and status == "submitted",
        "can_support_idea": sees and member and who != "author" and status in OPEN,
        "can_comment_on_idea": sees and member and status not in CLOSED,
        "can_follow_idea": sees and member,
        "can_report_idea": sees and member and who != "author",
    }


@pytest.fixture
def people(ctx, everyone):
    author = make_user("author@stadt-beispiel.de", "Author", (Role.EMPLOYEE,))
    return {**everyone, "author": author}


def test_idea_permission_matrix(people):
    failures = []
    for visibility, status in itertools.product(("public", "internal"), list(IdeaStatus)):
        idea = make_idea(people["author"], visibility=visibility, status=status)
        for who in WHO:
            for check, allowed in expected(who, visibility, status).items():
                if getattr(permissions, check)(people[who], idea) != allowed:
                    failures.append((who, visibility, status, check, allowed))
    assert failures == []


def test_hidden_ideas_show_their_content_to_author_and_moderators_only(people):
    from participation.core.models import utcnow

    idea = make_idea(people["author"])
    idea.hidden_at = utcnow()
    seen = {who for who in WHO if permissions.can_view_idea_content(people[who], idea)}
    assert seen == {"author", "moderator", "admin"}
    assert not permissions.can_support_idea(people["citizen"], idea)
    assert not permissions.can_comment_on_idea(people["citizen"], idea)
