"""Every kind of notification is declared once and reads well in both languages."""

import re
from pathlib import Path

import pytest
from flask_babel import force_locale

from participation.notifications import fanout, kinds
from participation.notifications.models import Notification, Topic
from participation.notifications.texts import headline

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = {
    "reference": "2026-0042",
    "title": "Parkplätze online",
    "status": "accepted",
    "note": "Ein Hinweis",
    "into_title": "Anwohnerparken digital",
    "into_reference": "2026-0007",
    "item": "Online-Parkausweis",
    "milestone": "Ausschreibung",
    "name": "Clara",
    "event": "Hackathon",
}


@pytest.mark.parametrize("kind", sorted(kinds.KINDS))
@pytest.mark.parametrize("locale", ["de", "en"])
def test_every_kind_renders_its_data(app, kind, locale):
    data = {key: SAMPLE[key] for key in kinds.KINDS[kind].keys}
    if kind == "item_status":
        data["status"] = "done"
    with app.test_request_context(), force_locale(locale):
        text = headline(Notification(kind=kind, data=data))
    assert "%(" not in text and "{" not in text
    for key in ("title", "item", "event"):
        if key in data:
            assert data[key] in text
    if "status" in data:  # shown as its label, in the reader's language
        labels = {("de", "accepted"): "Angenommen", ("en", "accepted"): "Accepted"}
        labels |= {("de", "done"): "Abgeschlossen", ("en", "done"): "Done"}
        assert labels[locale, data["status"]] in text


def test_notify_refuses_unknown_kinds_and_missing_keys(ctx):
    from sqlalchemy import select

    from participation.users.models import User

    with pytest.raises(KeyError):
        fanout.notify(select(User.id), topic=Topic.MY_IDEAS, kind="nonsense", data={}, path="/")
    with pytest.raises(KeyError, match="title"):
        fanout.notify(
            select(User.id),
            topic=Topic.MY_IDEAS,
            kind="idea_status",
            data={"reference": "2026-0001", "status": "accepted", "note": ""},
            path="/",
        )


def test_every_kind_the_listeners_send_is_declared():
    source = (ROOT / "participation" / "notifications" / "listeners.py").read_text()
    sent = set(re.findall(r'kind="(\w+)"', source))
    sent |= set(re.findall(r'"(\w+)" if hidden else "(\w+)"', source)[0])
    sent |= set(re.findall(r'_to_\w+\([^,]+, "(\w+)"', source))
    assert len(sent) >= 12
    assert sent <= set(kinds.KINDS)
