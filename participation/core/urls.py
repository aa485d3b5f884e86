"""URL helpers for templates."""

from flask import request, url_for


def page_number(name: str = "page") -> int:
    """The page asked for in the query string; 1 when missing, invalid or below 1."""
    return max(1, request.args.get(name, 1, type=int) or 1)


def page_url(page: int, name: str = "page", anchor: str | None = None) -> str:
    """The current page's URL with all its filters and another page number."""
    args = {**(request.view_args or {}), **request.args.to_dict(), name: page}
    if anchor:
        args["_anchor"] = anchor
    return url_for(request.endpoint, **args)
