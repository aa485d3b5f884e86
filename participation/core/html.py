"""User text to safe HTML, done once when the text is written (the only importer of bleach).

Markdown is rendered with raw HTML switched off, then cleaned with an allow-list. Links may
only use http, https or mailto and always get `rel="nofollow ugc noopener"`; images are not
allowed, so pages never load anything from elsewhere.
"""

import re
import unicodedata

import bleach
from bleach.linkifier import Linker
from markdown_it import MarkdownIt

ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
REL = "nofollow ugc noopener"

INLINE_TAGS = frozenset({"a", "em", "strong", "code", "br", "del"})
COMMENT_TAGS = INLINE_TAGS | {"p", "ul", "ol", "li", "blockquote", "pre"}
DESCRIPTION_TAGS = COMMENT_TAGS | {
    "h2",
    "h3",
    "h4",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"], "th": ["align"], "td": ["align"]}

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_markdown.enable(["table", "strikethrough"])


def _set_rel(attrs: dict, new: bool = False) -> dict | None:
    href = attrs.get((None, "href"), "")
    if href.split(":", 1)[0].lower() not in ALLOWED_PROTOCOLS:
        return None  # drop the link, keep its text
    attrs[(None, "rel")] = REL
    return attrs


_linker = Linker(callbacks=[_set_rel], skip_tags={"pre", "code"}, parse_email=True)


def _shift_headings(html: str) -> str:
    """The page owns h1; a user's "# Title" becomes h2, and so on down to h4."""

    def shift(match: re.Match) -> str:
        level = min(int(match.group(2)) + 1, 4)
        return f"<{match.group(1)}h{level}"

    return re.sub(r"<(/?)h([1-6])", shift, html)


def render_markdown(text: str, *, comment: bool = False) -> str:
    """Markdown to cleaned HTML; comments allow a smaller set of elements."""
    html = _shift_headings(_markdown.render(text))
    cleaned = bleach.clean(
        html,
        tags=COMMENT_TAGS if comment else DESCRIPTION_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
    )
    return _linker.linkify(cleaned).strip()


def plain_text(text: str) -> str:
    """One line of plain text: control characters removed, white space folded."""
    without_controls = "".join(
        char if unicodedata.category(char)[0] != "C" else " " for char in text
    )
    return " ".join(without_controls.split())


TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slugify(text: str, max_length: int = 60) -> str:
    """ASCII slug for URLs: "Parkplätze online" -> "parkplaetze-online"."""
    lowered = text.lower().translate(TRANSLITERATION)
    ascii_text = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug[:max_length].rstrip("-") or "idee"
