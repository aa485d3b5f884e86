"""URL helpers for templates."""

from flask import request, url_for


def page_url(page: int, name: str = "page", anchor: str | None = None) -> str:
    """The current page's URL with all its filters and another page number."""
    args = {**(request.view_args or {}), **request.args.to_dict(), name: page}
    if anchor:
        args["_anchor"] = anchor
    return url_for(request.endpoint, **args)
