"""Input from the URL, checked once at the edge, and URLs built from allowed arguments only.

- Every `<int:…>` in a route is a database id: at most `DB_INT_MAX`, else 404 (a larger number
  could only fail in the database). `<idea_number:…>` is the number part of a reference.
- `page_number()` reads a page number: malformed is 400, out of range 404.
- `int_arg()` reads an optional whole number from the query string or a form.
- `page_url()` builds pagination links from the route's own arguments and the filters the
  view declared with `keep_in_links()`, so no query key can collide with URL building
  (`_method`, `slug`, …) or slip into a link.
"""

import re

from flask import abort, g, request, url_for
from werkzeug.routing import BaseConverter, IntegerConverter

# PostgreSQL INTEGER, the type of every id and counter column.
DB_INT_MAX = 2**31 - 1
MAX_PAGE = 1_000
# Years the platform deals with (cycles, reports, filters).
FIRST_YEAR, LAST_YEAR = 2000, 2100
_WHOLE_NUMBER = re.compile(r"[0-9]{1,10}")


class IdConverter(IntegerConverter):
    """`<int:…>`: a whole number from 0 to DB_INT_MAX; anything else is a 404."""

    regex = r"[0-9]{1,10}"

    def __init__(self, url_map, fixed_digits=0, min=None, max=None, signed=False):
        super().__init__(url_map, fixed_digits, min, DB_INT_MAX if max is None else max, signed)


class IdeaNumberConverter(BaseConverter):
    """The number in a reference like 2026-0042: four digits with leading zeros, or more
    digits without them (2026-12345), so that every idea has exactly one address."""

    regex = r"(?:[0-9]{4}|[1-9][0-9]{4,8})"
    part_isolating = True

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return f"{int(value):04d}"


CONVERTERS = {"int": IdConverter, "idea_number": IdeaNumberConverter}


def whole_number(text: str | None, minimum: int = 0, maximum: int = DB_INT_MAX) -> int | None:
    """`text` as a whole number within the bounds, else None (ASCII digits only)."""
    text = (text or "").strip()
    if not _WHOLE_NUMBER.fullmatch(text):
        return None
    value = int(text)
    return value if minimum <= value <= maximum else None


def int_arg(name: str, *, form: bool = False, minimum: int = 1) -> int | None:
    """An optional id-sized whole number from the query string (or the form); None if absent
    or not one."""
    source = request.form if form else request.args
    return whole_number(source.get(name), minimum)


def int_args(name: str) -> list[int]:
    """All id-sized whole numbers given for `name` in the query string; others are ignored."""
    return [
        value for text in request.args.getlist(name) if (value := whole_number(text, 1)) is not None
    ]


def page_number(name: str = "page") -> int:
    """The page asked for: 1 when missing; 400 when not a number; 404 beyond MAX_PAGE.
    Links to other pages of the same view keep it (see `page_url`)."""
    text = request.args.get(name, "")
    if not text:
        return 1
    if not _WHOLE_NUMBER.fullmatch(text):
        abort(400)
    page = int(text)
    if not 1 <= page <= MAX_PAGE:
        abort(404)
    keep_in_links(**{name: page})
    return page


def keep_in_links(**filters) -> None:
    """Declare the current page's own query arguments (its filters) for `page_url`; nothing
    else from the query string ever goes into a link."""
    kept = g.setdefault("link_args", {})
    kept.update({name: value for name, value in filters.items() if value not in (None, "")})


def this_page_url(anchor: str | None = None, **changes) -> str:
    """The current page's URL with its declared filters, some changed (None removes one)."""
    args = {**g.get("link_args", {}), **changes}
    args = {name: value for name, value in args.items() if value not in (None, "")}
    args.update(request.view_args or {})
    if anchor:
        args["_anchor"] = anchor
    return url_for(request.endpoint, **args)


def page_url(page: int, name: str = "page", anchor: str | None = None) -> str:
    """The current page's URL with its declared filters and another page number."""
    return this_page_url(anchor, **{name: page})
