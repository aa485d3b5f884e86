"""CSV downloads that open safely and correctly in spreadsheet programs.

UTF-8 with a byte order mark and `;` as delimiter (what Excel and LibreOffice expect in
German locales). Text cells that a spreadsheet would read as a formula (starting with `=`,
`+`, `-`, `@`, tab or carriage return) get a leading `'`, so user text such as
`=HYPERLINK("http://evil")` stays text (CSV/formula injection).
"""

import csv
import io
import itertools
from collections.abc import Iterable, Sequence
from numbers import Number

from flask import Response

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DELIMITER = ";"
BOM = "\ufeff"


def safe_cell(value) -> str | Number:
    """A value as a CSV cell: numbers stay numbers, None is empty, risky text is neutralised."""
    if value is None:
        return ""
    if isinstance(value, Number) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(rows: Iterable[Sequence]) -> str:
    """Rows as CSV text without the byte order mark: a part of a download written in parts,
    whose first part starts with BOM and header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def to_csv(header: Sequence, rows: Iterable[Sequence]) -> str:
    return BOM + csv_text(itertools.chain([header], rows))


def csv_response(filename: str, header: Sequence, rows: Iterable[Sequence]) -> Response:
    """A download; `filename` must be plain ASCII without quotes."""
    return Response(
        to_csv(header, rows).encode("utf-8"),
        mimetype="text/csv",  # werkzeug adds "; charset=utf-8"
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )
