"""Priorities, the decision paper and its CSV download (safe for spreadsheets)."""

import csv
import io
import re

import pytest

from participation.core.csv_export import safe_cell, to_csv
from tests.assessment.builders import INTERNAL, SECRETS, assess, new_idea, review
from tests.helpers import post_form

EVIL_TITLE = '=HYPERLINK("http://evil")'


@pytest.fixture
def ranked(app, author, moderator, citizen_client):
    """Assessed ideas with known ratios: 5/1, 4/2 (two, told apart by support), 2/4."""
    specs = {
        "best": (1, 5),
        "middle_popular": (2, 4),
        "middle": (2, 4),
        "worst": (4, 2),
    }
    made = {}
    for key, (effort, benefit) in specs.items():
        idea = review(app, new_idea(app, author, f"Idee {key}"), moderator)
        made[key] = assess(app, idea, moderator, effort=effort, benefit=benefit)
    page = f"/ideas/{made['middle_popular'].reference}"
    post_form(citizen_client, page + "/support", {"action": "support"}, page=page)
    return made


def test_priorities_by_ratio_then_support(app, moderator_client, ranked):
    html = moderator_client.get("/moderation/priorities").get_data(as_text=True)
    order = [int(found) for found in re.findall(r'data-idea-id="(\d+)"', html)]
    expected = ["best", "middle_popular", "middle", "worst"]
    assert order == [ranked[key].id for key in expected]
    assert 'name="idea"' in html
    assert 'action="/moderation/decision-paper"' in html
    assert 'formaction="/moderation/decision-paper.csv"' in html


def test_decision_paper_shows_the_selected_ideas_only(app, moderator_client, ranked):
    chosen = (ranked["worst"], ranked["best"])
    query = "&".join(f"idea={idea.id}" for idea in chosen)
    response = moderator_client.get(f"/moderation/decision-paper?{query}&idea=abc&idea=99999")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.count('class="paper__idea"') == 2
    assert html.index("Idee best") < html.index("Idee worst")  # priority order
    assert "Idee middle" not in html
    assert "Amt für Digitalisierung" in html  # the responsible department
    for secret in SECRETS:
        assert secret not in html
    assert f"decision-paper.csv?idea={ranked['best'].id}&amp;idea={ranked['worst'].id}" in html
    empty = moderator_client.get("/moderation/decision-paper").get_data(as_text=True)
    assert 'class="paper__idea"' not in empty


def test_csv_download(app, author, moderator, moderator_client):
    idea = review(app, new_idea(app, author, EVIL_TITLE), moderator)
    idea = assess(
        app, idea, moderator, chances="+49 Hotline", risks="-Risiko", internal_remarks=INTERNAL
    )
    response = moderator_client.get(f"/moderation/decision-paper.csv?idea={idea.id}")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 2
    header, row = rows
    assert len(header) == len(row)
    cells = dict(zip(header, row, strict=True))
    assert row[0] == idea.reference
    assert row[1] == "'" + EVIL_TITLE
    assert "'+49 Hotline" in row
    assert "'-Risiko" in row
    assert "20000" in row  # numbers stay numbers
    assert row[-1].startswith("http") and idea.reference in row[-1]
    assert INTERNAL not in body.decode("utf-8-sig")
    assert len(cells) == len(header)


def test_csv_without_selection_has_a_header_only(app, moderator_client):
    body = moderator_client.get("/moderation/decision-paper.csv").get_data().decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(body), delimiter=";"))) == 1


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+49", "'+49"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("Normaler Text = gut", "Normaler Text = gut"),
        ("", ""),
        (None, ""),
        (42, 42),
        (-3, -3),
    ],
)
def test_safe_cell(value, cell):
    assert safe_cell(value) == cell


def test_to_csv_quotes_delimiters_and_newlines():
    text = to_csv(["a", "b"], [["x;y", "zeile 1\nzeile 2"]])
    assert text.startswith("\ufeff")
    assert list(csv.reader(io.StringIO(text[1:]), delimiter=";")) == [
        ["a", "b"],
        ["x;y", "zeile 1\nzeile 2"],
    ]
