"""Every `next` goes through one safe-redirect function; tricky targets never leave the site."""

import re
from pathlib import Path

import pytest

from participation.core.security import safe_next_path
from tests.helpers import login, post_form

ROOT = Path(__file__).resolve().parents[2]
UNSAFE = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/\x00/evil.example",
    "/\x7f/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/" + "a" * 3000,
]
SAFE = ["/account", "/ideas?category=umwelt&page=2", "/%2F%2Fevil.example", "/ideas#support"]


@pytest.mark.parametrize("target", UNSAFE)
def test_unsafe_targets_are_refused(target):
    assert safe_next_path(target) is None


@pytest.mark.parametrize("target", SAFE)
def test_local_paths_are_kept(target):
    assert safe_next_path(target) == target


# (page with the form, POST target, the form's other fields)
CONSUMERS = [
    ("/login", "/login", {"email": "clara@example.org", "password": "a-long-test-passphrase"}),
    ("/", "/language", {"language": "en"}),
    ("/notifications", "/notifications/read", {}),
]


@pytest.mark.parametrize("target", [*(t for t in UNSAFE[:11] if "\x00" not in t), "/account"])
def test_every_next_consumer_refuses_unsafe_targets(app, citizen, target):
    for page, path, data in CONSUMERS:
        client = app.test_client()
        if path != "/login":
            login(client, citizen.email)
        response = post_form(client, path, {**data, "next": target}, page=page)
        assert response.status_code == 302, (path, response.status_code)
        location = response.headers["Location"]
        assert location.startswith("/") and not location.startswith("//"), (path, location)
        assert "evil" not in location, (path, location)
        if target == "/account":
            assert location == "/account"


def test_only_the_security_module_reads_next():
    """A new view cannot read `next` itself: it must ask `core.security.next_path`."""
    readers = [
        path.relative_to(ROOT)
        for path in (ROOT / "participation").rglob("*.py")
        if re.search(r"""["']next["']""", path.read_text())
    ]
    assert readers == [Path("participation/core/security.py")]
