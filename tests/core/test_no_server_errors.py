"""No request causes a 500: every GET route of the URL map with hostile values for each of its
arguments, and every page reachable from the start page with hostile query arguments, for
anonymous visitors, participants and administrators, on the demo data.

Routes are derived from the app's URL map, so a page added tomorrow is tested tomorrow."""

import re
from collections import Counter
from urllib.parse import urlencode, urlsplit

from werkzeug.exceptions import NotFound
from werkzeug.routing import RequestRedirect

from participation.demo.content import load
from tests.helpers import login

ARGUMENT = re.compile(r"<(?:(\w+)(?:\(([^)]*)\))?:)?(\w+)>")
HOSTILE_VALUES = {
    "int": ["0", "2147483647", "2147483648", "99999999999999999999", "9" * 5000],
    "idea_number": ["0000", "99999999", "999999999"],
    "default": ["x" * 400, "..", "%00", "%C3%28", "'\"<>", "ü", "-", "1e308", "NaN"],
}
HOSTILE_QUERY = {
    "page": "99999999999999999999",
    "items": "-1",
    "q": "\x00'\"<script>%_*",
    "year": "NaN",
    "category": "../../etc/passwd",
    "status": "x" * 300,
    "sort": "_method",
    "tag": "\u202e",
    "visibility": "internal",
    "when": "-1",
    "type": "{}",
    "tab": "[]",
    "action": "%",
    "idea": "99999999999999999999",
    "exclude": "-5",
    "target": "9" * 60,
    "next": "//evil.example",
    "_method": "DELETE",
    "_external": "1",
    "_anchor": "x",
    "vision_id": "1",
    "slug": "x",
    "year_id": "1e999",
    "id": "Infinity",
    "title": "x" * 2000,
    "summary": "x",
}
PER_ENDPOINT = 2
MAX_PAGES = 250


def hostile_urls(app):
    """Every GET route with each argument replaced by each hostile value of its kind."""
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        arguments = ARGUMENT.findall(rule.rule)
        for position, (converter, _options, _name) in enumerate(arguments):
            if converter == "any":
                continue
            for value in HOSTILE_VALUES.get(converter, HOSTILE_VALUES["default"]):
                yield fill(rule.rule, arguments, position, value)


def fill(pattern: str, arguments, hostile_at: int, hostile: str) -> str:
    values = iter(range(len(arguments)))

    def replace(match: re.Match) -> str:
        index = next(values)
        converter, options = match.group(1), match.group(2)
        if index == hostile_at:
            return hostile
        if converter == "any":
            return options.split(",")[0].strip().strip("'\"")
        return {"int": "1", "idea_number": "0001"}.get(converter, "x")

    return ARGUMENT.sub(replace, pattern)


def crawl(app, client):
    """Pages reachable from the start page, at most PER_ENDPOINT per endpoint."""
    adapter = app.url_map.bind("localhost")
    seen, per_endpoint, todo = set(), Counter(), ["/"]
    while todo and len(seen) < MAX_PAGES:
        path = todo.pop(0)
        if path in seen:
            continue
        try:
            endpoint, _args = adapter.match(urlsplit(path).path, method="GET")
        except (NotFound, RequestRedirect):
            continue
        except Exception:  # noqa: S112 - POST-only routes and the like
            continue
        if per_endpoint[endpoint] >= PER_ENDPOINT or endpoint == "static":
            continue
        per_endpoint[endpoint] += 1
        seen.add(path)
        response = client.get(path)
        yield path, response
        if response.mimetype == "text/html":
            html = response.get_data(as_text=True)
            for link in re.findall(r'href="(/[^"#]*)', html):
                link = link.replace("&amp;", "&")
                if not link.startswith(("//", "/static")) and link not in seen:
                    todo.append(link)


def server_errors(app, who: str) -> list[tuple[str, int]]:
    """The requests that answered with a 5xx, crawling as `who` and trying hostile URLs."""
    client = app.test_client()
    if who != "anonymous":
        login(client, who, load("accounts")["password"])
    errors = []
    visited = 0
    for path, response in crawl(app, client):
        visited += 1
        if response.status_code >= 500:
            errors.append((path, response.status_code))
        separator = "&" if "?" in path else "?"
        hostile = client.get(path + separator + urlencode(HOSTILE_QUERY))
        if hostile.status_code >= 500:
            errors.append((path + " + hostile query", hostile.status_code))
    assert visited > 25, (who, visited)  # the crawl really went through the site
    for url in hostile_urls(app):
        status = client.get(url).status_code
        if status >= 500:
            errors.append((url[:120], status))
    return errors


def test_no_url_and_no_query_causes_a_server_error(app, demo):
    """One demo for the three visitors (seeding it is most of the time)."""
    people = ("anonymous", "buergerin@example.org", "admin@stadt-beispiel.de")
    errors = {person: server_errors(app, person) for person in people}
    assert {person: found for person, found in errors.items() if found} == {}
