"""Lists, start page and profile pages: filters, sorting, paging, and a fixed query count."""

import re

import pytest

from tests.factories import make_idea, make_user
from tests.helpers import logged_in, login, post_form


@pytest.fixture
def author(app):
    with app.app_context():
        return make_user("author@example.org", "Ada Autorin")


def test_filters_sorting_and_bookmarkable_urls(app, client, author):
    with app.app_context():
        make_idea(author, "Radwege sicherer machen", category_slug="mobilitaet", tags="rad")
        make_idea(author, "Schul-WLAN ausbauen", category_slug="bildung")
    html = client.get("/ideas?category=mobilitaet").get_data(as_text=True)
    assert "Radwege sicherer machen" in html
    assert "Schul-WLAN ausbauen" not in html
    assert "1 Idee" in html
    assert "Schul-WLAN" in client.get("/ideas?q=wlan").get_data(as_text=True)
    assert "Radwege" not in client.get("/ideas?q=wlan").get_data(as_text=True)
    assert "Radwege" in client.get("/ideas?tag=rad").get_data(as_text=True)
    newest = client.get("/ideas?sort=newest").get_data(as_text=True)
    assert newest.index("Schul-WLAN") < newest.index("Radwege")


@pytest.mark.parametrize("query", ["%", "_", "\\", "'\"", "a" * 500, "NEAR OR -x*"])
def test_odd_search_text_never_breaks_the_list(app, client, author, query):
    with app.app_context():
        make_idea(author)
    response = client.get("/ideas", query_string={"q": query, "sort": "evil"})
    assert response.status_code == 200
    assert "0 Ideen" in response.get_data(as_text=True)


def titles(html: str) -> list[str]:
    return re.findall(r"Idee Nummer (\d)", html)


def link(html: str, rel: str) -> str | None:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}">', html)
    return found[1].replace("&amp;", "&") if found else None


def test_pagination_walks_forward_and_back(app, client, author, monkeypatch):
    monkeypatch.setitem(app.config, "IDEAS_PER_PAGE", 3)
    with app.app_context():
        for number in range(7):
            make_idea(author, f"Idee Nummer {number}")
    first = client.get("/ideas?category=buergerservice").get_data(as_text=True)
    assert titles(first) == ["6", "5", "4"]
    assert link(first, "prev") is None
    second = client.get(link(first, "next")).get_data(as_text=True)
    assert "category=buergerservice" in link(first, "next")  # the filter stays
    third = client.get(link(second, "next")).get_data(as_text=True)
    assert (titles(second), titles(third)) == (["3", "2", "1"], ["0"])
    assert link(third, "next") is None
    back = client.get(link(third, "prev")).get_data(as_text=True)
    assert titles(back) == ["3", "2", "1"]
    assert titles(client.get(link(back, "prev")).get_data(as_text=True)) == ["6", "5", "4"]
    assert "7 Ideen" in first


@pytest.mark.parametrize("cursor", ["x", "W10", "WyJhIiwgMV0", "%00", "WzEsMiwzLDRd"])
def test_a_broken_cursor_is_a_bad_request(client, cursor):
    assert client.get("/ideas", query_string={"after": cursor}).status_code == 400


def add_ideas(app, author, numbers: range) -> None:
    with app.app_context():
        for number in numbers:
            make_idea(author, f"Idee {number}", tags=f"t{number}, gemeinsam")


def test_list_and_start_page_need_as_many_queries_for_50_ideas_as_for_5(app, author, query_counter):
    client = logged_in(app, author.email)
    pages = ("/", "/ideas", "/ideas?sort=supported")
    add_ideas(app, author, range(5))
    small = {path: query_counter.page(client, path) for path in pages}
    add_ideas(app, author, range(5, 50))
    large = {path: query_counter.page(client, path) for path in pages}
    assert small == large
    assert "50 Ideen" in client.get("/ideas").get_data(as_text=True)


def test_start_page_shows_newest_most_supported_and_counters(app, client, author):
    with app.app_context():
        make_idea(author, "Die neueste Idee")
    html = client.get("/").get_data(as_text=True)
    assert "Die neueste Idee" in html
    assert "Neueste Ideen" in html
    assert "Eingereichte Ideen" in html


def test_profile_and_my_participation(app, client, author):
    with app.app_context():
        idea = make_idea(author, "Meine eigene Idee")
        make_user("fan@example.org", "Fan")
    html = client.get(f"/users/{author.id}").get_data(as_text=True)
    assert "Ada Autorin" in html
    assert "Meine eigene Idee" in html
    login(client, "fan@example.org")
    page = f"/ideas/{idea.reference}"
    post_form(client, page + "/support", {"action": "support"}, page=page)
    html = client.get("/me").get_data(as_text=True)
    start = html.index("Ideen, die ich unterstütze")
    assert "Meine eigene Idee" in html[start:]
    assert client.get("/users/99999").status_code == 404


def test_display_names_are_escaped_everywhere(app, client):
    with app.app_context():
        evil = make_user("evil@example.org", '<script>alert("x")</script>')
        make_idea(evil, "Harmloser Titel <b>fett</b>")
    for path in ("/ideas", f"/users/{evil.id}", "/"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in html
        assert "<b>fett</b>" not in html
