"""The transition table, walked completely: allowed steps for allowed people only."""

import itertools
from datetime import date

import pytest
from sqlalchemy import select

from participation.assessment.models import Assessment, Decision
from participation.core.errors import ValidationFailed
from participation.extensions import db
from participation.ideas import services, workflow
from participation.ideas.models import Idea, IdeaStatus, StatusChange
from tests.factories import category, make_user

ALLOWED = {  # (from, to) -> who may; everything else is refused for everyone
    ("submitted", "in_review"): {"moderator", "admin"},
    ("submitted", "withdrawn"): {"author"},
    ("submitted", "merged"): {"moderator", "admin"},
    ("submitted", "rejected"): {"moderator", "admin"},
    ("in_review", "assessed"): {"moderator", "admin"},
    ("in_review", "merged"): {"moderator", "admin"},
    ("in_review", "rejected"): {"moderator", "admin"},
    ("assessed", "accepted"): {"moderator", "admin"},
    ("assessed", "rejected"): {"moderator", "admin"},
    ("assessed", "deferred"): {"moderator", "admin"},
    ("deferred", "in_review"): {"moderator", "admin"},
}


@pytest.fixture
def people(ctx, everyone):
    """Every role, and the author of the ideas (a citizen)."""
    people = {role: db.session.merge(user) for role, user in everyone.items() if user}
    return {**people, "author": db.session.merge(make_user("author@example.org", "Author"))}


def complete_assessment(idea: Idea) -> None:
    db.session.add(
        Assessment(
            idea_id=idea.id, effort=2, benefit=4, chances="c", risks="r", cost_min_eur=1000,
            cost_max_eur=5000, duration_months=6, earliest_start="2027-Q1",
            responsible_department="Amt 10", recommendation="recommend", public_summary="gut",
        )
    )  # fmt: skip


def new_idea(people, status: str = "submitted") -> Idea:
    """Submitted through the service without a commit (fast enough for 400 cases)."""
    idea = services.submit_idea(
        people["author"], title="Idee", summary="Kurz", description="Lang", category=category()
    )
    idea.status = status
    return idea


def prepared(people, source: str, target: str, satisfy: bool) -> Idea:
    idea = new_idea(people, source)
    if satisfy:
        if target == "assessed":
            complete_assessment(idea)
        if target == "merged":
            idea.merged_into_id = new_idea(people).id
        if source == "assessed" and target in {"accepted", "rejected", "deferred"}:
            db.session.add(
                Decision(
                    idea_id=idea.id, outcome=target, body="Rat", decided_on=date(2026, 11, 1),
                    recorded_by_id=people["moderator"].id,
                )
            )  # fmt: skip
    db.session.flush()
    return idea


def attempt(idea: Idea, target: str, actor, note: str | None) -> bool:
    try:
        with db.session.begin_nested():
            workflow.change_status(idea, IdeaStatus(target), actor, note)
    except ValidationFailed:
        return False
    return True


def test_the_table_is_what_the_issue_asks_for():
    assert {(s.value, t.value) for s, t in workflow.TRANSITIONS} == set(ALLOWED)


def test_every_pair_for_every_person(people):
    unexpected = []
    for source, target in itertools.product(list(IdeaStatus), list(IdeaStatus)):
        allowed = ALLOWED.get((source.value, target.value), set())
        for kind, actor in people.items():
            idea = prepared(people, source, target, satisfy=True)
            if attempt(idea, target, actor, "Öffentliche Begründung") != (kind in allowed):
                unexpected.append((source.value, target.value, kind))
    assert unexpected == []


NEEDS_SOMETHING = [pair for pair in ALLOWED if pair[1] not in {"in_review", "withdrawn"}]


@pytest.mark.parametrize(("source", "target"), NEEDS_SOMETHING)
def test_requirements_are_enforced(people, source, target):
    actor = people["moderator"]
    idea = prepared(people, source, target, satisfy=False)
    assert not attempt(idea, target, actor, None)
    assert idea.status == source


def test_a_change_writes_the_timeline_and_sends_a_signal(people):
    received = []
    idea = prepared(people, "submitted", "in_review", satisfy=True)
    with workflow.idea_status_changed.connected_to(
        lambda sender, change, merged: received.append(change)
    ):
        workflow.change_status(idea, IdeaStatus.IN_REVIEW, people["moderator"], "Wir prüfen.")
    change = db.session.scalars(
        select(StatusChange).where(StatusChange.idea_id == idea.id).order_by(StatusChange.id.desc())
    ).first()
    assert (change.from_status, change.to_status, change.note) == (
        "submitted",
        "in_review",
        "Wir prüfen.",
    )
    assert change.actor_id == people["moderator"].id
    assert received == [change]


TRAITS = {  # status -> the traits it has (everything else: not)
    "submitted": {"awaits_review", "open", "support", "discussion", "author_edits"}
    | {"merge_target", "suggested"},
    "in_review": {"open", "support", "discussion", "assessment_editable", "merge_target"}
    | {"suggested"},
    "assessed": {"open", "support", "discussion", "assessment_public", "awaits_decision"}
    | {"merge_target", "suggested"},
    "accepted": {"discussion", "assessment_public", "roadmap", "suggested"},
    "rejected": {"discussion", "assessment_public"},
    "deferred": {"open", "discussion", "assessment_public", "suggested"},
    "withdrawn": {"withdrawn"},
    "merged": {"merged_away"},
}


def test_every_status_has_its_traits():
    assert set(workflow.STATUSES) == set(IdeaStatus)
    flags = [
        name
        for name in workflow.Traits.__dataclass_fields__
        if name not in ("tone", "report_stage")
    ]
    for status, traits in workflow.STATUSES.items():
        assert {flag for flag in flags if getattr(traits, flag)} == TRAITS[status], status


def test_the_requirements_of_the_features_are_registered(app):
    """The assessment feature guards assessing and deciding (the workflow imports neither)."""
    guarded = {
        (source, target)
        for (source, target), transition in workflow.TRANSITIONS.items()
        if workflow.requirements(transition)
    }
    assert {
        ("in_review", "assessed"),
        ("assessed", "accepted"),
        ("assessed", "rejected"),
    } <= guarded
    assert ("assessed", "deferred") in guarded


def test_panel_steps_and_merging_follow_the_table(people):
    idea = new_idea(people)
    moderator = people["moderator"]
    assert [step.target for step in workflow.panel_steps(idea, moderator)] == [
        "in_review",
        "rejected",
    ]
    assert workflow.panel_steps(idea, people["citizen"]) == []
    assert workflow.can_be_merged(idea)
    idea.status = "accepted"
    assert not workflow.can_be_merged(idea)
    assert workflow.panel_step(idea, "in_review") is None
