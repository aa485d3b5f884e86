"""Search test helpers: an author, ideas in every visibility state."""

import pytest
from sqlalchemy import update

from participation.core.models import utcnow
from participation.extensions import db
from participation.ideas.models import Idea, IdeaStatus
from participation.users.models import Role
from tests.factories import make_idea, make_user


@pytest.fixture
def author(app):
    with app.app_context():
        return make_user("autorin@stadt-beispiel.de", "Autorin", (Role.EMPLOYEE,))


def idea(author, title, summary="Eine kurze Zusammenfassung.", description="Mehr Text.", **kw):
    return make_idea(author, title, summary=summary, description=description, **kw)


def set_columns(idea_id: int, **values) -> None:
    """Change columns behind the services' back (support counts, dates) for read tests."""
    db.session.execute(update(Idea).where(Idea.id == idea_id).values(**values))
    db.session.commit()


def hide(idea_id: int) -> None:
    stored = db.session.get(Idea, idea_id)
    stored.hidden_at = utcnow()
    stored.hidden_reason = "Spam"
    db.session.commit()


def merge_into(source_id: int, target_id: int) -> None:
    stored = db.session.get(Idea, source_id)
    stored.status = IdeaStatus.MERGED
    stored.merged_into_id = target_id
    db.session.commit()
