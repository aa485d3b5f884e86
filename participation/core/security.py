"""Security headers on every response and safe redirect targets."""

from urllib.parse import urlsplit

from flask import Flask, Response, abort, request


def content_security_policy(form_action_origins=()) -> str:
    """The strict policy; forms may lead only here and to `form_action_origins` (identity
    providers, where login and logout forms end up after a redirect)."""
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            " ".join(["form-action 'self'", *form_action_origins]),
            "frame-ancestors 'none'",
        ]
    )


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def safe_next_path(target: str | None) -> str | None:
    r"""Return `target` if it is a path on this site, else None (no open redirects).

    Browsers drop tabs and line breaks from a URL and read a backslash as a slash, so
    "/\t/evil.example" or "/\evil.example" would lead elsewhere: any control character or
    backslash makes the target unsafe, as does a second slash at the start.
    """
    if not target or len(target) > 2000 or not target.startswith("/"):
        return None
    if any(ord(char) < 32 or ord(char) == 127 for char in target) or "\\" in target:
        return None
    if target.startswith("//"):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def next_path(default: str | None) -> str | None:
    """Where to go after this request: its `next` (form, then query string) if that is a
    safe local path, else `default`. Every `next` goes through here."""
    return safe_next_path(request.form.get("next") or request.args.get("next")) or default


def refuse_nul_characters() -> None:
    """A NUL character is never meaningful input, and PostgreSQL cannot store one: refuse it
    anywhere in the path, the query string or the form with 400, before any view runs."""
    texts = [request.path]
    for source in (request.args, request.form):
        for key, values in source.lists():
            texts.append(key)
            texts.extend(values)
    if any("\x00" in text for text in texts):
        abort(400)


def register_security(app: Flask) -> None:
    app.before_request(refuse_nul_characters)
    headers = {
        "Content-Security-Policy": content_security_policy(
            app.config.get("CSP_FORM_ACTION_ORIGINS", ())
        ),
        **SECURITY_HEADERS,
    }

    @app.after_request
    def add_security_headers(response: Response) -> Response:
        for header, value in headers.items():
            response.headers.setdefault(header, value)
        if request.is_secure:
            response.headers.setdefault(
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains"
            )
        return response
