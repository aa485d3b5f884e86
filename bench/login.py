"""Logging in as a browser does: GET /login for the CSRF token, POST /login, then open a page
with a form for a CSRF token that belongs to the new session.

The result is a Cookie header and that token, used alike by wrk, by the in-process SQL
count and by the profile, so all of them act as the same logged-in person.
"""

import html
import http.cookiejar
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass

from flask import Flask

SESSION_COOKIE = "session"
_CSRF_INPUT = re.compile(r'<input[^>]*name="csrf_token"[^>]*>')
_VALUE = re.compile(r'value="([^"]*)"')


@dataclass(frozen=True)
class Login:
    cookie: str  # the value of a Cookie header
    csrf_token: str


def csrf_token(page: str) -> str:
    found = _CSRF_INPUT.search(page)
    value = _VALUE.search(found.group(0)) if found else None
    if value is None:
        raise RuntimeError("no CSRF token on the page")
    return html.unescape(value.group(1))


def _form(token: str, email: str, password: str) -> dict[str, str]:
    return {"csrf_token": token, "email": email, "password": password, "next": ""}


def login_over_http(base_url: str, email: str, password: str, form_path: str) -> Login:
    """Log in on a running server; `form_path` is a page with a form (for the token)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base_url}/login", timeout=60) as response:
        token = csrf_token(response.read().decode())
    body = urllib.parse.urlencode(_form(token, email, password)).encode()
    with opener.open(f"{base_url}/login", data=body, timeout=60) as response:
        if urllib.parse.urlsplit(response.geturl()).path == "/login":
            raise RuntimeError(f"logging in as {email} failed")
    with opener.open(f"{base_url}{form_path}", timeout=60) as response:
        token = csrf_token(response.read().decode())
    cookies = {cookie.name: cookie.value for cookie in jar}
    return Login(f"{SESSION_COOKIE}={cookies[SESSION_COOKIE]}", token)


def login_in_process(app: Flask, email: str, password: str, form_path: str) -> Login:
    """The same through Flask's test client (no server)."""
    client = app.test_client()
    token = csrf_token(client.get("/login").get_data(as_text=True))
    response = client.post("/login", data=_form(token, email, password))
    if response.status_code != 302:
        raise RuntimeError(f"logging in as {email} failed ({response.status_code})")
    page = client.get(form_path, follow_redirects=True).get_data(as_text=True)
    cookie = client.get_cookie(SESSION_COOKIE)
    return Login(f"{SESSION_COOKIE}={cookie.value}", csrf_token(page))
