"""Security headers, error pages, request limits and languages on every response."""

import pytest
from flask import abort

from tests.helpers import csrf_token, login, post_form


def test_start_page_is_german_by_default(client):
    response = client.get("/")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<html lang="de">' in html
    assert "Zum Inhalt springen" in html


def test_browser_language_decides_without_a_choice(client):
    html = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"}).get_data(as_text=True)
    assert '<html lang="en">' in html
    assert "Skip to content" in html


def test_language_switch_is_remembered_in_the_session(client):
    response = post_form(client, "/language", {"language": "en", "next": "/login"}, page="/")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login"
    html = client.get("/", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert '<html lang="en">' in html


def test_language_switch_is_remembered_for_the_user(app, client, citizen):
    login(client, citizen.email)
    post_form(client, "/language", {"language": "en"}, page="/")
    other_device = app.test_client()
    login(other_device, citizen.email)
    assert '<html lang="en">' in other_device.get("/").get_data(as_text=True)


def test_language_switch_refuses_unknown_languages_and_foreign_redirects(client):
    assert post_form(client, "/language", {"language": "xx"}, page="/").status_code == 400
    response = post_form(
        client, "/language", {"language": "en", "next": "https://evil.example/"}, page="/"
    )
    assert response.headers["Location"] == "/"


def test_security_headers_on_every_response(client):
    for path in ("/", "/login", "/does-not-exist"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_session_cookie_is_httponly_and_samesite(client):
    cookie = client.get("/login").headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_pages_have_landmarks_skip_link_and_legal_links(client):
    html = client.get("/").get_data(as_text=True)
    for fragment in ('href="#main"', "<header", "<nav", '<main id="main"', "<footer"):
        assert fragment in html
    for path in ("/impressum", "/datenschutz", "/barrierefreiheit"):
        assert f'href="{path}"' in html
        assert client.get(path).status_code == 200


def test_no_inline_scripts_or_styles_in_pages(client):
    html = client.get("/login").get_data(as_text=True)
    assert "<script>" not in html
    assert " style=" not in html


@pytest.mark.parametrize(
    ("method", "path", "status", "german_title"),
    [
        ("get", "/no-such-page", 404, "Seite nicht gefunden"),
        ("put", "/login", 405, "Aktion nicht erlaubt"),
    ],
)
def test_error_pages_are_localised(client, method, path, status, german_title):
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert german_title in response.get_data(as_text=True)


def test_too_large_requests_get_413(client):
    token = csrf_token(client, "/login")
    response = client.post("/login", data={"csrf_token": token, "email": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 413
    assert "Datenmenge zu groß" in response.get_data(as_text=True)


def test_missing_csrf_token_gets_a_clear_400(client):
    response = client.post("/login", data={"email": "a@b.de", "password": "x"})
    assert response.status_code == 400
    assert "Formular" in response.get_data(as_text=True)


def test_unexpected_errors_show_no_stack_trace(fresh_app):
    app = fresh_app

    @app.get("/_boom")
    def boom():
        raise RuntimeError("secret internals")

    @app.get("/_forbidden")
    def forbidden():
        abort(403)

    client = app.test_client()
    response = client.get("/_boom")
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "secret internals" not in html
    assert "Traceback" not in html
    assert "Etwas ist schiefgelaufen" in html
    assert client.get("/_forbidden").status_code == 403
