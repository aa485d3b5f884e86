"""Driving the app like a browser: CSRF tokens from real pages, forms posted with them."""

import re

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


def links_in(message) -> list[str]:
    return LINK_PATTERN.findall(message.get_body(("plain",)).get_content())


def path_of(link: str) -> str:
    return re.sub(r"^https?://[^/]+", "", link)
