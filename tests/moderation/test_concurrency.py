"""Races: reference numbers and the automatic hide stay exact when many act at once."""

import threading
from datetime import UTC, datetime

from sqlalchemy import func, select

from participation.extensions import db
from participation.ideas import services as idea_services
from participation.ideas.models import Idea
from participation.moderation import services
from participation.notifications.models import Notification
from participation.users.models import Role, User
from tests.factories import category, make_idea, make_user


def run_together(app, work, count: int) -> list[Exception]:
    """Run `work(n)` in `count` threads that start at the same moment, each with its own
    app context (and so its own database session); returns the errors raised."""
    barrier = threading.Barrier(count)
    errors: list[Exception] = []

    def run(number: int) -> None:
        with app.app_context():
            barrier.wait()
            try:
                work(number)
                db.session.commit()
            except Exception as error:
                db.session.rollback()
                errors.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_reference_numbers_are_unique_under_parallel_submissions(app):
    with app.app_context():
        authors = [make_user(f"author{n}@example.org").id for n in range(12)]
        category()

    def submit(number: int) -> None:
        idea_services.submit_idea(
            db.session.get(User, authors[number]),
            title=f"Idee {number}",
            summary="Gleichzeitig eingereicht.",
            description="Text",
            category=category(),
        )

    assert run_together(app, submit, len(authors)) == []
    with app.app_context():
        numbers = db.session.scalars(select(Idea.number)).all()
        assert sorted(numbers) == list(range(1, len(authors) + 1))
        assert {idea.year for idea in db.session.scalars(select(Idea))} == {datetime.now(UTC).year}


def test_the_automatic_hide_is_announced_once(app):
    with app.app_context():
        author = make_user("autorin@example.org")
        make_user("mo@stadt-beispiel.de", roles=(Role.MODERATOR,))
        idea = make_idea(author)
        reporters = [make_user(f"melder{n}@example.org").id for n in range(8)]

    def report(number: int) -> None:
        stored = db.session.get(Idea, idea.id)
        services.report(stored, db.session.get(User, reporters[number]), "spam")

    assert run_together(app, report, len(reporters)) == []
    with app.app_context():
        stored = db.session.get(Idea, idea.id)
        assert stored.open_report_count == len(reporters)
        assert stored.is_hidden
        kinds = dict(
            db.session.execute(
                select(Notification.kind, func.count()).group_by(Notification.kind)
            ).all()
        )
        assert kinds.get("auto_hidden") == 1  # one moderator, told once
        assert kinds.get("content_hidden") == 1  # the author, told once
