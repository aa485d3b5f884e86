"""The roadmap item's transition table, walked completely, and its rules on the page."""

import itertools

import pytest

from participation.core.errors import ValidationFailed
from participation.extensions import db
from participation.roadmap import services, workflow
from participation.roadmap.models import ItemStatus, Milestone, RoadmapItem
from participation.users.models import Role
from tests.factories import category, decide, make_idea, make_user
from tests.helpers import login, post_form

ALLOWED = {  # (from, to) -> needs a reason; everything else is refused
    ("planned", "in_progress"): False,
    ("planned", "paused"): True,
    ("planned", "cancelled"): True,
    ("planned", "done"): False,
    ("in_progress", "paused"): True,
    ("in_progress", "cancelled"): True,
    ("in_progress", "done"): False,
    ("paused", "planned"): False,
    ("paused", "in_progress"): False,
    ("paused", "cancelled"): True,
    ("done", "in_progress"): True,
    ("cancelled", "planned"): True,
}


def item_in(status: str, milestones_open: int = 0) -> RoadmapItem:
    item = RoadmapItem(status=status, progress=10, progress_from_milestones=False)
    item.milestones = [Milestone(title=f"M{n}") for n in range(milestones_open)]
    return item


def test_the_table_is_complete():
    assert set(workflow.STATUSES) == set(ItemStatus)
    assert {(s.value, t.value) for s, t in workflow.TRANSITIONS} == set(ALLOWED)


@pytest.mark.parametrize(("source", "target"), list(itertools.permutations(list(ItemStatus), 2)))
def test_every_pair_of_statuses(ctx, source, target):
    item = item_in(source)
    if (source, target) not in ALLOWED:
        with pytest.raises(ValidationFailed) as refused:
            workflow.change_status(item, target, "Grund")
        assert "status" in refused.value.reasons
        assert item.status == source
        return
    if ALLOWED[source, target]:
        with pytest.raises(ValidationFailed) as refused:
            workflow.change_status(item, target, "  ")
        assert "reason" in refused.value.reasons
    workflow.change_status(item, target, "Weil der Haushalt fehlt.")
    assert item.status == target
    kept = target in ("paused", "cancelled")
    assert item.status_reason == ("Weil der Haushalt fehlt." if kept else None)


def test_done_with_open_milestones_needs_a_note(ctx):
    item = item_in("in_progress", milestones_open=2)
    with pytest.raises(ValidationFailed) as refused:
        workflow.change_status(item, "done", None)
    assert "2 Meilensteine" in refused.value.reasons["reason"]
    workflow.change_status(item, "done", "Die Schulung entfällt, der Dienst läuft.")
    assert item.status == "done"
    assert item.progress == 100


def test_the_update_form_offers_only_possible_statuses_and_says_why(app):
    client = app.test_client()
    with app.app_context():
        moderator = make_user("mo@stadt-beispiel.de", roles=(Role.MODERATOR,))
        idea = decide(make_idea(make_user("a@example.org")), moderator)
        item = services.create_item(
            db.session.merge(moderator),
            db.session.get(type(idea), idea.id),
            {
                "title": "Eintrag",
                "description": "Text",
                "category": category(),
                "responsible_department": "Amt 10",
            },
        )
        services.add_milestone(item, db.session.merge(moderator), "Ausschreibung", None)
        db.session.commit()
        item_id = item.id
    login(client, "mo@stadt-beispiel.de")
    page = client.get(f"/roadmap/manage/{item_id}").get_data(as_text=True)
    assert 'value="in_progress"' in page
    assert 'value="planned"' in page  # its current status
    response = post_form(
        client,
        f"/roadmap/manage/{item_id}/updates",
        {"update-body": "Wir sind fertig.", "update-status": "done"},
        page=f"/roadmap/manage/{item_id}",
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "1 Meilenstein ist noch offen" in html
    assert "Wir sind fertig." in html
