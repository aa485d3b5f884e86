"""`flask seed-demo` tells one believable year of Beispielstadt.

Every timeline runs forward and ends in the past, comments and supports come while an idea is
open, assessments fit the decisions taken on them, the roadmap follows the decisions, and each
demo account has a handful of recent notifications. The story is read once into plain data
(each test empties the tables afterwards).
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from participation.assessment.models import Assessment, Decision
from participation.comments.models import Comment
from participation.core.models import utcnow
from participation.demo.clock import Clock
from participation.demo.content import load
from participation.demo.loader import DATA_FILES
from participation.demo.story import plan
from participation.extensions import db
from participation.ideas.models import Idea, StatusChange, Vote
from participation.notifications.models import Notification
from participation.roadmap.models import ProgressUpdate, RoadmapItem
from participation.roadmap.workflow import statuses_where as item_statuses_where
from participation.users.models import User

CLOSING = {"accepted", "rejected", "deferred", "merged"}


def local_date_in(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


@dataclass
class IdeaStory:
    reference: str
    status: str
    created_at: datetime
    closed_at: datetime | None
    timeline: list[datetime]
    comments: list[tuple[datetime, datetime | None]]  # written, parent written
    supports: list[datetime]
    assessment: SimpleNamespace | None
    decisions: list[SimpleNamespace] = field(default_factory=list)


def read_ideas() -> dict[int, IdeaStory]:
    ideas = {}
    for idea in db.session.scalars(select(Idea)):
        changes = db.session.scalars(
            select(StatusChange).where(StatusChange.idea_id == idea.id).order_by(StatusChange.id)
        ).all()
        closings = [change.created_at for change in changes if change.to_status in CLOSING]
        closed = min([*closings, *filter(None, [idea.hidden_at])], default=None)
        comments = db.session.scalars(select(Comment).where(Comment.idea_id == idea.id)).all()
        written = {comment.id: comment.created_at for comment in comments}
        assessment = db.session.scalar(select(Assessment).where(Assessment.idea_id == idea.id))
        ideas[idea.id] = IdeaStory(
            reference=idea.reference,
            status=idea.status,
            created_at=idea.created_at,
            closed_at=closed,
            timeline=[change.created_at for change in changes],
            comments=[(c.created_at, written.get(c.parent_id)) for c in comments],
            supports=list(
                db.session.scalars(select(Vote.created_at).where(Vote.idea_id == idea.id))
            ),
            assessment=assessment
            and SimpleNamespace(
                effort=assessment.effort,
                benefit=assessment.benefit,
                recommendation=assessment.recommendation,
                completed_at=assessment.completed_at,
            ),
        )
    for decision in db.session.scalars(select(Decision)):
        ideas[decision.idea_id].decisions.append(
            SimpleNamespace(
                outcome=decision.outcome,
                decided_on=decision.decided_on,
                created_at=decision.created_at,
            )
        )
    return ideas


def read_items(ideas: dict[int, IdeaStory]) -> list[SimpleNamespace]:
    items = []
    for item in db.session.scalars(select(RoadmapItem)):
        updates = db.session.scalars(
            select(ProgressUpdate)
            .where(ProgressUpdate.item_id == item.id)
            .order_by(ProgressUpdate.id)
        ).all()
        items.append(
            SimpleNamespace(
                title=item.title,
                status=item.status,
                created_at=item.created_at,
                last_update_at=item.last_update_at,
                start_on=item.start_on,
                end_on=item.end_on,
                decided=[ideas[idea.id].decisions[-1].created_at for idea in item.ideas],
                updates=[(update.created_at, update.status) for update in updates],
                milestones_done=[stone.done_at for stone in item.milestones if stone.done_at],
                evaluated_at=item.evaluation.created_at if item.evaluation else None,
            )
        )
    return items


@pytest.fixture(scope="module")
def year(app):
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        ideas = read_ideas()
        demo_accounts = [account["email"] for account in load("accounts")["account"]]
        notifications = {
            email: list(
                db.session.scalars(
                    select(Notification.created_at).join(User).where(User.email == email)
                )
            )
            for email in demo_accounts
        }
        zone = ZoneInfo(app.config["BABEL_DEFAULT_TIMEZONE"])
        return SimpleNamespace(
            now=utcnow(),
            zone=zone,
            today=local_date_in(utcnow(), zone),
            ideas=list(ideas.values()),
            items=read_items(ideas),
            notifications=notifications,
            stale_days=app.config["ROADMAP_STALE_DAYS"],
        )


def test_every_timeline_runs_forward_and_ends_in_the_past(year):
    assert len(year.ideas) == 64  # 60, and 4 from the events
    for idea in year.ideas:
        assert idea.timeline[0] == idea.created_at, idea.reference  # submitted
        assert idea.timeline == sorted(set(idea.timeline)), idea.reference
        assert idea.timeline[-1] < year.now, idea.reference
    # About one year: from a year ago until yesterday, and numbered in the order they came.
    submitted = sorted(year.ideas, key=lambda idea: idea.created_at)
    assert year.now - timedelta(days=370) < submitted[0].created_at
    assert submitted[-1].created_at < year.now - timedelta(days=1)
    references = [(int(ref[:4]), int(ref[5:])) for ref in (idea.reference for idea in submitted)]
    assert references == sorted(references)


def test_comments_and_supports_come_while_an_idea_is_open(year):
    for idea in year.ideas:
        end = idea.closed_at or year.now
        for written, parent_written in idea.comments:
            assert idea.created_at < written < end, idea.reference
            assert parent_written is None or parent_written < written, idea.reference
        for supported in idea.supports:
            assert idea.created_at < supported < end, idea.reference
    assert sum(len(idea.comments) for idea in year.ideas) > 100


def test_assessments_fit_the_decisions_taken_on_them(year):
    """An accepted idea was assessed with a benefit of at least 3 and recommended; a rejected
    one with a benefit of at most 2 and not recommended. The body decided after the
    assessment, and the decision was recorded after the meeting."""
    decided = [idea for idea in year.ideas if idea.decisions]
    assert {idea.decisions[-1].outcome for idea in decided} == {"accepted", "rejected", "deferred"}
    for idea in decided:
        decision, assessment = idea.decisions[-1], idea.assessment
        assert local_date_in(assessment.completed_at, year.zone) < decision.decided_on, (
            idea.reference
        )
        assert decision.decided_on <= local_date_in(decision.created_at, year.zone), idea.reference
        if decision.outcome == "accepted":
            assert assessment.benefit >= 3, idea.reference
            assert assessment.recommendation == "recommend", idea.reference
        if decision.outcome == "rejected":
            assert assessment.benefit <= 2, idea.reference
            assert assessment.recommendation == "do_not_recommend", idea.reference
    waiting = [idea for idea in year.ideas if idea.status == "assessed"]
    assert waiting and all(idea.assessment.completed_at < year.now for idea in waiting)


def test_the_roadmap_follows_the_decisions(year):
    assert len(year.items) == 12
    assert {item.status for item in year.items} == {
        "planned",
        "in_progress",
        "paused",
        "done",
        "cancelled",
    }
    for item in year.items:
        assert max(item.decided) < item.created_at, item.title
        moments = [when for when, _status in item.updates] + item.milestones_done
        assert all(item.created_at < when < year.now for when in moments), item.title
        updated = [when for when, _status in item.updates]
        assert updated == sorted(updated), item.title
        if item.status == "done":
            done_at = next(when for when, status in item.updates if status == "done")
            assert item.evaluated_at is None or done_at < item.evaluated_at < year.now
            assert item.end_on <= year.today, item.title
        if item.status == "planned":
            assert item.start_on > year.today, item.title
        if item.status in ("in_progress", "paused"):
            assert item.start_on <= year.today < item.end_on, item.title
    assert sum(item.evaluated_at is not None for item in year.items) == 2
    # Only the paused item has gone without news for longer than the stale limit.
    silent_since = year.now - timedelta(days=year.stale_days)
    stale = [
        item.status
        for item in year.items
        if item.status in item_statuses_where("active") and item.last_update_at < silent_since
    ]
    assert stale == ["paused"]


def test_each_demo_account_has_a_handful_of_recent_notifications(year):
    for email, moments in year.notifications.items():
        assert 3 <= len(moments) <= 8, email
        assert len({when.date() for when in moments}) > 1, email  # on different days
        assert all(year.now - timedelta(days=30) < when < year.now for when in moments), email


# The stages of an idea in the plan, in order; comments and supports come after its
# submission and before the step that closes it.
STAGES = {"submit": 0, "review": 1, "assess": 2, "decide": 3, "reject": 3, "merge": 3, "hide": 3}
STAGES |= {"item": 4, "bundle": 4}
WHILE_OPEN = {"comment", "support"}
OFFICE_WORK = {"review", "assess", "decide", "item", "update", "milestone_done", "evaluate"}
AWKWARD_DAYS = [
    datetime(2027, 1, 1, 0, 30),  # just after New Year
    datetime(2026, 12, 27, 12, 0),  # just after Christmas
    datetime(2027, 3, 28, 12, 0),  # the clocks go forward
    datetime(2026, 10, 25, 2, 30),  # the clocks go back
    datetime(2028, 2, 29, 23, 59),
]


def check_plan(moment: datetime) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    clock = Clock(moment.replace(tzinfo=berlin).astimezone(UTC), berlin)
    steps = plan({name: load(name) for name in DATA_FILES}, clock)
    assert clock.now - timedelta(days=410) < steps[0].when, moment
    assert steps[-1].when < clock.now, moment
    stages: dict[str, list[int]] = {}
    for step in steps:
        if step.action in STAGES:
            idea = step.args["key"] if step.action == "submit" else step.args["idea"]
            stages.setdefault(idea, []).append(STAGES[step.action])
        if step.action in WHILE_OPEN:
            stage = stages[step.args["idea"]][-1]  # KeyError: before the submission
            assert stage < STAGES["decide"], (moment, step)
        if step.action in OFFICE_WORK:
            assert step.when.astimezone(berlin).weekday() < 5, (moment, step)
    for idea, order in stages.items():
        assert order == sorted(order), (moment, idea)
    cycle = next(step for step in steps if step.action == "cycle")
    assert cycle.args["year"] == moment.year
    assert local_date_in(cycle.when, berlin) <= date(moment.year - 1, 12, 10)


@pytest.mark.parametrize("moment", AWKWARD_DAYS)
def test_the_story_fits_awkward_days(moment):
    """Planned for any day, the story lies within the year before it, each idea goes through
    its stages in order (comments and supports while it is open), and the town hall works
    on workdays."""
    check_plan(moment)


def test_the_story_fits_every_week_of_a_year():
    for week in range(53):
        check_plan(datetime(2027, 1, 4, 18, 0) + timedelta(days=7 * week + week % 7))
