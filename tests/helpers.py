"""Driving the app like a browser (CSRF tokens from real pages, forms posted with them), and
counting the SQL statements a request needs."""

import re

from sqlalchemy import event
from sqlalchemy.engine import Engine

from tests.factories import PASSWORD

CSRF_PATTERN = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')
LINK_PATTERN = re.compile(r"https?://[^\s\"<>]+")


def csrf_token(client, path: str = "/") -> str:
    html = client.get(path, follow_redirects=True).get_data(as_text=True)
    match = CSRF_PATTERN.search(html)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def post_form(client, path: str, data: dict, page: str | None = None, **kwargs):
    """POST `data` to `path` with a CSRF token taken from `page` (default: `path`)."""
    token = csrf_token(client, page or path)
    return client.post(path, data={"csrf_token": token, **data}, **kwargs)


def login(client, email: str, password: str = PASSWORD, **extra):
    response = post_form(client, "/login", {"email": email, "password": password, **extra})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response


def logged_in(app, email: str, password: str = PASSWORD):
    """A new test client, logged in as `email`."""
    client = app.test_client()
    login(client, email, password)
    return client


class StatementCounter:
    """The SQL statements an engine runs inside `with counter:` (counted afresh each time).

    `counter.page(client, path)` is the number a GET of `path` needs (it must answer 200).
    """

    def __init__(self, engine: Engine):
        self.engine = engine
        self.statements: list[str] = []

    def __enter__(self):
        self.statements = []
        event.listen(self.engine, "before_cursor_execute", self._note)
        return self

    def __exit__(self, *_exc):
        event.remove(self.engine, "before_cursor_execute", self._note)

    def _note(self, _connection, _cursor, statement, *_args):
        self.statements.append(statement)

    @property
    def count(self) -> int:
        return len(self.statements)

    def page(self, client, path: str) -> int:
        with self:
            status = client.get(path).status_code
        assert status == 200, (path, status)
        return self.count


def links_in(message) -> list[str]:
    return LINK_PATTERN.findall(message.get_body(("plain",)).get_content())


def path_of(link: str) -> str:
    return re.sub(r"^https?://[^/]+", "", link)
