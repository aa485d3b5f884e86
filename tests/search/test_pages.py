"""The search page, the header box, similar ideas on the submit form and in the queue."""

import re

import pytest
from sqlalchemy import func, select

from participation.extensions import db
from participation.ideas.models import Idea
from tests.helpers import post_form
from tests.search.conftest import hide, idea

HOSTILE = [
    "",
    " ",
    "%",
    "_",
    "%_%",
    "'",
    '"',
    '"Parkplatz',
    "Park*",
    "*",
    "-",
    "-Parkplatz",
    "NEAR",
    "NEAR(Parkplatz online)",
    "Parkplatz OR",
    "OR OR OR",
    "AND NOT",
    "title:Parkplatz",
    "(",
    "^",
    "\\",
    "Park\x00platz",
    "\x00",
    "💡 Parkplatz",
    "'; DROP TABLE ideas; --",
    "x" * 5000,
    "Parkplatz " * 100,
]


@pytest.fixture
def parking(app, author):
    with app.app_context():
        return idea(
            author,
            "Parkplätze online reservieren",
            summary="Halteverbotszonen für Umzüge online beantragen.",
            description="Ein Online-Dienst zur <b>Reservierung</b> von Parkflächen.",
        )


def hit_titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="idea-card__title" id="hit-\d+-title"><a [^>]*>(.*?)</a>', html)


@pytest.mark.parametrize("query", [query for query in HOSTILE if "\x00" not in query])
def test_hostile_queries_never_fail(app, client, parking, query):
    for path in ("/search", "/ideas", "/search/similar"):
        response = client.get(path, query_string={"q": query, "title": query, "sort": "x"})
        assert response.status_code == 200, (path, query)
    raw = client.get("/search", query_string={"q": query, "year": "x"})
    assert raw.status_code == 200


def test_invalid_utf8_and_nul_bytes_in_the_url(app, client, parking):
    for url in ("/search?q=%FF%FEPark", "/search?q=Park%C3", "/search?q=%F0"):
        assert client.get(url).status_code == 200, url
    assert client.get("/search?q=%00%00").status_code == 400  # refused at the edge


def test_long_queries_are_cut_with_a_notice(app, client, parking):
    html = client.get("/search", query_string={"q": "Parkplatz " * 40}).get_data(as_text=True)
    assert 'class="notice"' in html
    value = re.search(r'id="search-q" name="q" value="([^"]*)"', html)[1]
    assert len(value) <= 200
    assert "Parkpl" in "".join(hit_titles(html))


def test_results_are_highlighted_and_escaped(app, client, author):
    with app.app_context():
        idea(author, "<script>alert(1)</script> Parkplatz & mehr", summary="Parkplatz <i>x</i>")
    html = client.get("/search?q=parkplaetze").get_data(as_text=True)
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Parkplatz</mark> &amp; mehr" in html
    assert "<mark>Parkplatz</mark> &lt;i&gt;x&lt;/i&gt;" in html


def test_description_matches_show_a_snippet(app, client, parking):
    html = client.get("/search?q=Reservierung").get_data(as_text=True)
    assert "<mark>Reservierung</mark>" in html
    assert "<b>" not in html.split('id="result-count"')[1]


def test_a_reference_number_jumps_to_the_idea(app, client, parking):
    response = client.get(f"/search?q={parking.reference}")
    assert response.status_code == 302
    assert response.headers["Location"].startswith(f"/ideas/{parking.reference}")
    assert client.get(f"/search?q=+{parking.reference}+").status_code == 302
    assert client.get("/search?q=2099-0001").status_code == 200  # no such idea: a search


def test_no_jump_to_ideas_the_user_may_not_see(app, client, author):
    with app.app_context():
        internal = idea(author, "Interne Sache", visibility="internal")
        hidden = idea(author, "Versteckte Sache")
        hide(hidden.id)
    for secret in (internal, hidden):
        response = client.get(f"/search?q={secret.reference}")
        assert response.status_code == 200
        assert secret.title not in response.get_data(as_text=True)


def test_facet_links_filter_and_sort_links_keep_the_query(app, client, author):
    with app.app_context():
        idea(author, "Radweg Nord", category_slug="mobilitaet")
        idea(author, "Radweg Süd", category_slug="umwelt")
    html = client.get("/search?q=Radweg").get_data(as_text=True)
    assert "/search?q=Radweg&amp;category=mobilitaet" in html
    assert "/search?q=Radweg&amp;status=submitted" in html
    assert "/search?q=Radweg&amp;sort=newest" in html
    filtered = client.get("/search?q=Radweg&category=umwelt").get_data(as_text=True)
    assert hit_titles(filtered) == ["<mark>Radweg</mark> Süd"]
    assert 'aria-current="true"' in filtered
    assert hit_titles(client.get("/search?q=Radweg&category=evil").get_data(as_text=True))


def test_pagination_links(app, client, author, monkeypatch):
    monkeypatch.setitem(app.config, "IDEAS_PER_PAGE", 2)
    with app.app_context():
        for number in range(5):
            idea(author, f"Sitzbank {number}")
    html = client.get("/search?q=Sitzbank&page=2").get_data(as_text=True)
    assert len(hit_titles(html)) == 2
    assert "/search?q=Sitzbank&amp;page=3" in html
    assert 'start="3"' in html


def test_the_header_has_a_search_box(app, client):
    html = client.get("/").get_data(as_text=True)
    assert 'role="search"' in html
    assert '<label for="site-search-q"' in html
    assert 'action="/search"' in html


def test_empty_search_page_and_no_results(app, client, parking):
    assert client.get("/search").status_code == 200
    html = client.get("/search?q=Schwimmbadsauna").get_data(as_text=True)
    assert hit_titles(html) == []
    assert 'id="result-count"' in html


def test_the_ideas_list_q_uses_full_text_search(app, client, parking, author):
    with app.app_context():
        idea(author, "Internes Parken", visibility="internal")
    html = client.get("/ideas?q=Parkplatz").get_data(as_text=True)
    assert "Parkplätze online reservieren" in html
    assert "Internes Parken" not in client.get("/ideas?q=Parken").get_data(as_text=True)
    assert "Parkplätze online reservieren" in client.get(
        "/ideas?q=parkplaetze&sort=supported"
    ).get_data(as_text=True)


@pytest.mark.parametrize("kind", ["anonymous", "citizen", "employee"])
def test_similar_ideas_endpoint(app, client_of, parking, author, kind):
    with app.app_context():
        idea(author, "Parkplätze intern verteilen", visibility="internal")
    client = client_of(kind)
    response = client.get(
        "/search/similar",
        query_string={"title": "Parkplatz reservieren", "summary": "online"},
        headers={"Accept": "application/json"},
    )
    references = [entry["reference"] for entry in response.get_json()["ideas"]]
    assert references[0] == parking.reference
    assert response.get_json()["ideas"][0]["support_url"].endswith("#support")
    assert (len(references) == 2) == (kind == "employee")
    fragment = client.get("/search/similar?title=Parkplatz").get_data(as_text=True)
    assert f'/ideas/{parking.reference}-parkplaetze-online-reservieren#support"' in fragment
    assert client.get("/search/similar?exclude=" + str(parking.id) + "&title=Parkplatz").get_data(
        as_text=True
    ).count("#support") == (1 if kind == "employee" else 0)


def test_check_for_similar_ideas_without_javascript(app, citizen_client, parking):
    response = post_form(
        citizen_client,
        "/ideas/new",
        {
            "action": "similar",
            "title": "Parkplatz für Umzug reservieren",
            "summary": "",
            "description": "",
            "category": "",
        },
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f"/ideas/{parking.reference}-parkplaetze-online-reservieren#support" in html
    assert 'value="Parkplatz für Umzug reservieren"' in html  # nothing typed is lost
    with app.app_context():
        assert db.session.scalar(select(func.count(Idea.id))) == 1


def test_the_submit_form_has_the_button_and_the_live_region(app, citizen_client):
    html = citizen_client.get("/ideas/new").get_data(as_text=True)
    assert 'name="action" value="similar"' in html
    assert 'data-similar-url="/search/similar"' in html
    assert 'aria-live="polite"' in html


def test_moderators_see_merge_candidates_in_the_queue(app, parking, author, moderator_client):
    client = moderator_client
    with app.app_context():
        duplicate = idea(author, "Parkplatz für den Umzug online reservieren")
    html = client.get("/moderation").get_data(as_text=True)
    merge_link = f"/moderation/ideas/{duplicate.reference}/merge?target={parking.reference}"
    assert merge_link in html
    assert f"/moderation/ideas/{parking.reference}/merge?target={duplicate.reference}" in html
    form = client.get(merge_link).get_data(as_text=True)
    assert f'value="{parking.reference}"' in form


def test_admins_edit_synonyms_used_by_search(app, client, author, admin_client):
    with app.app_context():
        idea(author, "Mehr Plätze in der Kindertagesstätte")
    assert "Kindertagesst" not in client.get("/search?q=Kita").get_data(as_text=True)
    response = post_form(
        admin_client, "/search/synonyms", {"groups": "Kita, Kindertagesstätte\nnur-ein-wort\n"}
    )
    assert response.status_code == 302
    synonyms = admin_client.get("/search/synonyms").get_data(as_text=True)
    assert "Kita, Kindertagesstätte" in synonyms
    html = client.get("/search?q=Kita").get_data(as_text=True)
    assert "<mark>Kindertagesstätte</mark>" in html


def test_only_admins_edit_synonyms(app, citizen_client):
    assert citizen_client.get("/search/synonyms").status_code == 403
    assert app.test_client().get("/search/synonyms").status_code == 302
