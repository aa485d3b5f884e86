"""Reading a CSV file of ideas collected offline, row by row, before anything is saved.

Accepted: UTF-8 with or without byte order mark, otherwise Windows-1252 (what Excel writes
in German locales); `;` or `,` between cells; a header row naming the columns `title`,
`summary`, `description` and `category` (German names work too). `description` may be empty:
the summary is used then. `category` is a field of action's slug or its German or English
name. Each row gets its own list of errors; nothing here touches the database except
reading the categories.
"""

import csv
import io
from dataclasses import dataclass, field

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.core.html import plain_text
from participation.ideas.models import Category
from participation.ideas.services import DESCRIPTION_MAX, SUMMARY_MAX, TITLE_MAX

MAX_ROWS = 500
BOM = b"\xef\xbb\xbf"
ENCODING_LABELS = {
    "utf-8-sig": _l("UTF-8 with byte order mark"),
    "utf-8": _l("UTF-8"),
    "cp1252": _l("Windows-1252 (Western European)"),
}
# Column name as written in the file (lower-cased) -> field.
COLUMNS = {
    "title": "title",
    "titel": "title",
    "summary": "summary",
    "kurzbeschreibung": "summary",
    "zusammenfassung": "summary",
    "description": "description",
    "beschreibung": "description",
    "category": "category",
    "handlungsfeld": "category",
    "kategorie": "category",
}
REQUIRED = ("title", "summary", "category")


class ImportFailed(Exception):
    """The file as a whole cannot be read; the message says why."""


@dataclass
class Row:
    number: int  # the row number a spreadsheet shows (the header is row 1)
    title: str
    summary: str
    description: str
    category_text: str
    category: Category | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class ParsedFile:
    encoding: str
    delimiter: str
    rows: list[Row]
    ignored_columns: list[str]

    @property
    def encoding_label(self) -> str:
        return str(ENCODING_LABELS[self.encoding])

    @property
    def valid_rows(self) -> list[Row]:
        return [row for row in self.rows if row.valid]

    @property
    def invalid_rows(self) -> list[Row]:
        return [row for row in self.rows if not row.valid]


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with: UTF-8 (with or without BOM), else cp1252."""
    if b"\x00" in data:
        raise ImportFailed(
            _("This is not a CSV text file. Please save the table as “CSV (UTF-8)”.")
        )
    encodings = ("utf-8-sig",) if data.startswith(BOM) else ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportFailed(
        _("The file could not be read as UTF-8 or Windows-1252. Please save it as “CSV (UTF-8)”.")
    )


def _delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") >= header_line.count(",") else ","


def _category_lookup(categories: list[Category]) -> dict[str, Category]:
    lookup = {}
    for category in categories:
        for name in (category.slug, category.name_de, category.name_en):
            lookup[name.strip().lower()] = category
    return lookup


def _check(row: Row, lookup: dict[str, Category]) -> None:
    if not row.title or len(row.title) > TITLE_MAX:
        row.errors.append(_("Title: up to %(max)d characters, not empty.", max=TITLE_MAX))
    if not row.summary or len(row.summary) > SUMMARY_MAX:
        row.errors.append(_("Summary: up to %(max)d characters, not empty.", max=SUMMARY_MAX))
    if len(row.description) > DESCRIPTION_MAX:
        row.errors.append(_("Description: up to %(max)d characters.", max=DESCRIPTION_MAX))
    row.category = lookup.get(row.category_text.lower())
    if row.category is None:
        if row.category_text:
            row.errors.append(_("Unknown field of action “%(name)s”.", name=row.category_text[:80]))
        else:
            row.errors.append(_("Field of action is missing."))


def parse(data: bytes, categories: list[Category]) -> ParsedFile:
    """Read the file; raise ImportFailed if it cannot be read as a whole."""
    text, encoding = decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ImportFailed(_("The file is empty."))
    delimiter = _delimiter(lines[0])
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ImportFailed(_("The file is not valid CSV: %(error)s", error=str(error))) from None
    header = [plain_text(name).lower() for name in records[0]]
    positions = {COLUMNS[name]: index for index, name in enumerate(header) if name in COLUMNS}
    missing = [name for name in REQUIRED if name not in positions]
    if missing:
        raise ImportFailed(
            _(
                "Missing columns: %(missing)s. The first row must name the columns title, "
                "summary, description and category.",
                missing=", ".join(missing),
            )
        )
    ignored = [name for name in header if name and name not in COLUMNS]
    lookup = _category_lookup(categories)
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue

        def cell(name: str, record=record) -> str:
            index = positions.get(name)
            return record[index] if index is not None and index < len(record) else ""

        description = cell("description").replace("\r\n", "\n").strip()
        row = Row(
            number=number,
            title=plain_text(cell("title")),
            summary=plain_text(cell("summary")),
            description=description,
            category_text=plain_text(cell("category")),
        )
        _check(row, lookup)
        rows.append(row)
    if not rows:
        raise ImportFailed(_("The file contains no ideas, only the header row."))
    if len(rows) > MAX_ROWS:
        raise ImportFailed(_("Please import at most %(max)d ideas at once.", max=MAX_ROWS))
    return ParsedFile(encoding, delimiter, rows, ignored)
