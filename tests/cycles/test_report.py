"""The yearly report: every figure against the known year of conftest.py, per viewer."""

import re
import xml.etree.ElementTree as ET

from flask_login import AnonymousUserMixin
from sqlalchemy import select

from participation.core.localtime import today
from participation.cycles import report
from participation.cycles.charts import WIDTH, bar_chart
from participation.cycles.report import Funnel, Median
from participation.extensions import db
from participation.ideas import services as ideas
from participation.ideas import support
from participation.ideas.models import Category, Idea
from participation.users.models import User
from tests.cycles.conftest import EMPLOYEE, MODERATOR, at

SVG = "{http://www.w3.org/2000/svg}"
CATEGORY_ORDER = (
    "buergerservice",
    "bildung",
    "mobilitaet",
    "umwelt",
    "smart-city",
    "verwaltung-intern",
    "offene-daten",
)


def figures(app, year: int, email: str | None = None) -> report.Report:
    with app.test_request_context():
        user = AnonymousUserMixin()
        if email:
            user = db.session.scalar(select(User).where(User.email == email))
        return report.build_report(year, user)


def refs(ideas: list[Idea]) -> list[str]:
    return [idea.reference for idea in ideas]


def category_counts(result: report.Report) -> dict[str, int]:
    counts = {category.slug: count for category, count in result.categories}
    assert tuple(counts) == CATEGORY_ORDER
    return counts


def test_public_figures(app, year):
    result = figures(app, 2025)
    assert result.funnel == Funnel(
        submitted=11,
        waiting=2,
        in_review=1,
        assessed=1,
        accepted=3,
        rejected=1,
        deferred=1,
        withdrawn=1,
        merged=1,
        implemented=2,
        evaluated=1,
    )
    # First decisions after 10, 20, 20, 30, 60 and 70 days; done 90 and 60 days after.
    assert result.days_to_decision == Median(25, 6)
    assert result.days_to_done == Median(75, 2)
    assert category_counts(result) == {
        "buergerservice": 2,
        "bildung": 3,
        "mobilitaet": 2,
        "umwelt": 3,
        "smart-city": 1,
        "verwaltung-intern": 0,
        "offene-daten": 0,
    }
    # By supports, then newest first (e and c have 2 each); ideas without support left out.
    assert refs(result.top_ideas) == [year.refs[letter] for letter in "abecd"]
    assert [item.id for item in result.stale_items] == [year.items["c"]]
    assert (result.stale_total, result.stale_days) == (1, 90)
    assert not result.includes_internal
    assert not result.includes_hidden


def test_staff_figures_include_internal_and_hidden_ideas(app, year):
    result = figures(app, 2025, MODERATOR)
    assert result.funnel == Funnel(
        submitted=13,
        waiting=3,
        in_review=1,
        assessed=1,
        accepted=4,
        rejected=1,
        deferred=1,
        withdrawn=1,
        merged=1,
        implemented=2,
        evaluated=1,
    )
    assert result.days_to_decision == Median(20, 7)  # the internal idea: 5 days
    assert result.days_to_done == Median(75, 2)
    counts = category_counts(result)
    assert (counts["umwelt"], counts["verwaltung-intern"]) == (4, 1)
    assert refs(result.top_ideas) == [year.refs[letter] for letter in ("hidden", *"abecd")]
    assert [item.id for item in result.stale_items] == [year.items["internal"], year.items["c"]]
    assert result.includes_internal and result.includes_hidden


def test_employees_see_internal_but_not_hidden_ideas(app, year):
    result = figures(app, 2025, EMPLOYEE)
    assert (result.funnel.submitted, result.funnel.accepted, result.funnel.waiting) == (12, 4, 2)
    assert year.refs["hidden"] not in refs(result.top_ideas)
    assert len(result.stale_items) == 2
    assert result.includes_internal and not result.includes_hidden


def test_the_year_follows_the_municipalitys_time_zone(app, year):
    # Submitted at 23:30 UTC on 31 December 2025: already 2026 in Berlin.
    result = figures(app, 2026)
    assert result.funnel == Funnel(submitted=1, waiting=1)
    assert category_counts(result)["buergerservice"] == 1
    assert result.top_ideas == []
    assert result.days_to_decision == Median(None, 0)
    # 2024 keeps only the idea accepted then (the one of 23:30 UTC on 31 December is 2025).
    assert figures(app, 2024).funnel == Funnel(submitted=1, accepted=1)


def test_an_empty_year(app, year):
    result = figures(app, 2019)
    assert result.funnel == Funnel()
    assert set(category_counts(result).values()) == {0}
    assert (result.days_to_decision, result.days_to_done) == (Median(None, 0), Median(None, 0))


def table_values(html: str, table_id: str) -> list[str]:
    table = html[html.index(f'id="{table_id}"') :]
    table = table[: table.index("</table>")]
    return re.findall(r"</th><td>([^<]*)</td>", table)


def charts_in(html: str) -> list[ET.Element]:
    return [ET.fromstring(svg) for svg in re.findall(r"<svg class=\"chart\".*?</svg>", html, re.S)]


def test_report_page_shows_the_public_figures(app, client, year):
    response = client.get("/report/2025")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    # Funnel stages, then not yet in review, deferred, withdrawn, merged.
    assert table_values(html, "funnel-table") == [
        "11", "1", "1", "3", "1", "2", "1", "2", "1", "1", "1"
    ]  # fmt: skip
    assert table_values(html, "category-table") == ["2", "3", "2", "3", "1", "0", "0"]
    assert re.search(r'id="days-to-decision">25 ', html)
    assert re.search(r'id="days-to-done">75 ', html)
    top = html[html.index('id="top"') : html.index('id="stale"')]
    listed = re.findall(r'idea-card__ref">([^<]+)<', top)
    assert listed == [year.refs[letter] for letter in "abecd"]
    stale = html[html.index('id="stale"') :]
    assert year.item_titles["c"] in stale
    assert year.item_titles["internal"] not in html
    assert year.refs["hidden"] not in html
    assert 'id="staff-note"' not in html


def test_staff_see_everything_and_are_told_so(app, moderator_client, year):
    html = moderator_client.get("/report/2025").get_data(as_text=True)
    assert 'id="staff-note"' in html
    assert table_values(html, "funnel-table")[0] == "13"
    assert year.item_titles["internal"] in html
    assert year.refs["hidden"] in html


def test_charts_are_accessible_svg_without_inline_styles_or_scripts(app, client, year):
    html = client.get("/report/2025").get_data(as_text=True)
    funnel, categories = charts_in(html)
    for chart in (funnel, categories):
        assert chart.tag == f"{SVG}svg"
        assert chart.get("role") == "img"
        title, desc = chart.find(f"{SVG}title"), chart.find(f"{SVG}desc")
        assert chart.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert title.text.strip() and desc.text.strip()
    # One bar per non-zero figure; the longest is the largest (submitted ideas).
    bars = funnel.findall(f"{SVG}rect")
    assert len(bars) == 7
    assert max(float(bar.get("width")) for bar in bars) == float(bars[0].get("width"))
    assert "11" in funnel.find(f"{SVG}desc").text
    assert len(categories.findall(f"{SVG}rect")) == 5  # two fields without ideas
    # Each chart is followed by its data table.
    assert html.index("funnel-chart-title") < html.index('id="funnel-table"')
    assert html.index("category-chart-title") < html.index('id="category-table"')
    assert " style=" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)


def test_bar_geometry():
    chart = bar_chart([("a", 10), ("b", 5, "#2e7d32"), ("c", 0), ("d", 1_000_000)])
    lengths = [bar.length for bar in chart.bars]
    assert lengths[3] == WIDTH - 80
    assert lengths[2] == 0
    assert lengths[0] == lengths[1] == 2  # tiny values stay visible
    assert chart.bars[1].colour == "#2e7d32"
    assert chart.height > 4 * 40
    assert bar_chart([]).bars == []


def test_report_urls(app, client):
    response = client.get("/report")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/report/{figures_year(app)}")
    assert client.get("/report/1999").status_code == 404
    assert client.get("/report/2200").status_code == 404
    assert client.get("/report/2030").status_code == 200


def figures_year(app) -> int:
    with app.app_context():
        return today().year


def test_report_needs_the_same_number_of_queries_whatever_its_size(
    app, client, year, query_counter
):
    small = query_counter.page(client, "/report/2025")
    with app.app_context():
        author = db.session.scalar(select(User).where(User.email == "author@example.org"))
        supporter = db.session.scalar(select(User).where(User.email == "s0@example.org"))
        category = db.session.scalar(select(Category).where(Category.slug == "offene-daten"))
        for day in range(1, 8):
            idea = ideas.submit_idea(
                author,
                title=f"Noch eine Idee {day}",
                summary="Kurz.",
                description="Lang.",
                category=category,
                now=at(2025, 8, day),
            )
            support.support(idea, supporter)
        db.session.commit()
    assert query_counter.page(client, "/report/2025") == small
