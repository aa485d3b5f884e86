"""Search text: cleaning queries, tokenising, German stemming, umlaut folding, highlighting.

Index and query go through the same `stem()`, so inflections meet ("Parkplätze" and
"Parkplatz" both become `parkplatz`) and so do transliterations ("Straße"/"Strasse" ->
`strass`, "Bürgeramt"/"Buergeramt" -> `burgeramt`). Tokens are runs of letters and digits
only: quotes, `*`, `-`, `%`, `_` and the like never reach a full-text engine, and the FTS
operators AND/OR/NOT/NEAR written in capitals are dropped.
"""

import functools
import html
import re
import threading
import unicodedata
from dataclasses import dataclass

import snowballstemmer
from markupsafe import Markup, escape

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MIN_PREFIX_LENGTH = 3  # shorter terms match whole words only

_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]*>")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
# Common German (and a few English) function words: dropped at index and query time, and
# handed to Meilisearch as its stop words.
STOP_WORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better than a column of strings)
        "aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei "
        "beim bin bis bist da damit dann das dass dein deine dem den der des dessen dich die dies "
        "diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines "
        "er es etwas euch euer für gegen hab habe haben hat hatte hier hin hinter ich ihm ihn "
        "ihnen "
        "ihr ihre im in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine man manche "
        "mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine "
        "sich sie sind so soll sollte sondern sonst über um und uns unser unter viel vom von vor "
        "war waren was weil welche welchem welchen welcher welches wenn wer werden wie wieder "
        "will wir wird wo zu zum zur zwar zwischen "
        "the and or of to a an in is for on with "
    ).split()
)

_local = threading.local()


def _stemmer():
    # Snowball stemmer objects keep state between calls: one per thread.
    if not hasattr(_local, "stemmer"):
        _local.stemmer = snowballstemmer.stemmer("german")
    return _local.stemmer


def fold(word: str) -> str:
    """Lower case without diacritics; ß becomes ss (what the stemmer's output looks like)."""
    word = word.lower().replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """German Snowball stem (umlauts and ae/oe/ue/ß handled by the stemmer), then folded.
    Cached: the vocabulary is small and the pure-Python stemmer is not fast."""
    return fold(_stemmer().stemWord(word.lower()))


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text or ""))


def index_text(text: str) -> str:
    """What the database index stores for a text: its stems, separated by spaces."""
    return " ".join(stem(word) for word in words(text) if word.lower() not in STOP_WORDS)


def html_to_text(markup: str) -> str:
    """Plain text of cleaned HTML (from core.html), for indexing and snippets."""
    return " ".join(html.unescape(_TAG.sub(" ", markup or "")).split())


@dataclass(frozen=True)
class Query:
    """A user's query, cleaned: `text` to show again, `terms` (stems) to search with."""

    text: str
    terms: tuple[str, ...]
    truncated: bool = False

    def __bool__(self) -> bool:
        return bool(self.terms)


def clean(raw: str | None) -> tuple[str, bool]:
    """Drop NUL and other control characters and broken bytes, fold white space, cut at
    MAX_QUERY_LENGTH; returns the text and whether it was cut."""
    text = unicodedata.normalize("NFC", raw or "").replace("\ufffd", " ")
    text = "".join(char if unicodedata.category(char)[0] != "C" else " " for char in text)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def parse(raw: str | None, max_terms: int = MAX_TERMS) -> Query:
    text, truncated = clean(raw)
    terms: list[str] = []
    for word in words(text):
        if word in _OPERATORS or word.lower() in STOP_WORDS:
            continue
        term = stem(word)
        if term and term not in terms:
            terms.append(term)
    return Query(text, tuple(terms[:max_terms]), truncated)


def term_matches(word_stem: str, terms) -> bool:
    return any(
        word_stem.startswith(term) if len(term) >= MIN_PREFIX_LENGTH else word_stem == term
        for term in terms
    )


def highlight(text: str, terms) -> Markup:
    """`text` escaped, with the words that match `terms` in <mark>."""
    parts, last = [], 0
    for match in _WORD.finditer(text or ""):
        word = match.group()
        if word.lower() not in STOP_WORDS and term_matches(stem(word), terms):
            parts.append(escape(text[last : match.start()]))
            parts.append(Markup("<mark>%s</mark>") % word)
            last = match.end()
    parts.append(escape((text or "")[last:]))
    return Markup("").join(parts)


def snippet(text: str, terms, width: int = 30) -> Markup | None:
    """About `width` words of `text` around the first match, highlighted; None if none."""
    found = list(_WORD.finditer(text or ""))
    for position, match in enumerate(found):
        word = match.group()
        if word.lower() not in STOP_WORDS and term_matches(stem(word), terms):
            first = max(0, position - width // 3)
            last = min(len(found) - 1, first + width)
            start, end = found[first].start(), found[last].end()
            body = highlight(text[start:end], terms)
            prefix = "… " if start > 0 else ""
            suffix = " …" if end < len(text) else ""
            return Markup("{}{}{}").format(prefix, body, suffix)
    return None
