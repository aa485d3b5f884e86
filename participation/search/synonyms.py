"""Admin-edited synonym groups: query expansion for the database, settings for Meilisearch."""

from sqlalchemy import select

from participation.extensions import db
from participation.search.models import SynonymGroup
from participation.search.text import index_text

MAX_GROUPS = 500


def word_groups() -> list[list[str]]:
    rows = db.session.scalars(select(SynonymGroup).order_by(SynonymGroup.id).limit(MAX_GROUPS))
    return [group for row in rows if len(group := row.word_list) > 1]


def expand(terms: tuple[str, ...]) -> list[list[str]]:
    """One group of alternatives per query term: the term and the stems of its synonyms
    (single words only; Meilisearch handles multi-word synonyms itself)."""
    if not terms:
        return []
    stem_groups = []
    for words in word_groups():
        stems = [index_text(word) for word in words]
        stem_groups.append([stem for stem in stems if stem and " " not in stem])
    expanded = []
    for term in terms:
        alternatives = [term]
        for stems in stem_groups:
            if term in stems:
                alternatives += [stem for stem in stems if stem not in alternatives]
        expanded.append(alternatives)
    return expanded


def meili_synonyms() -> dict[str, list[str]]:
    """Meilisearch's format: every word maps to the other words of its group."""
    mapping: dict[str, list[str]] = {}
    for words in word_groups():
        for word in words:
            others = [other for other in words if other != word]
            mapping[word.lower()] = sorted(
                {*mapping.get(word.lower(), []), *map(str.lower, others)}
            )
    return mapping


def save_groups(lines: str) -> list[SynonymGroup]:
    """Replace all groups with the lines of `lines` (one group per line, comma-separated)."""
    db.session.execute(SynonymGroup.__table__.delete())
    groups = []
    for line in lines.splitlines():
        words = [word.strip() for word in line.split(",") if word.strip()]
        if len(words) > 1:
            groups.append(SynonymGroup(words=", ".join(words)[:500]))
    db.session.add_all(groups[:MAX_GROUPS])
    db.session.flush()
    return groups


DEFAULT_GROUPS = (
    "Kita, Kindertagesstätte, Kindergarten",
    "Bürgeramt, Bürgerbüro, Einwohnermeldeamt",
    "Fahrrad, Rad, Velo",
    "ÖPNV, Nahverkehr, Bus und Bahn",
    "WLAN, WiFi, Hotspot",
    "Antrag, Formular",
    "Termin, Terminvergabe, Terminbuchung",
)


def ensure_default_synonyms() -> int:
    """The default synonym list for a new installation; an existing list is kept."""
    if db.session.scalar(select(SynonymGroup.id).limit(1)) is not None:
        return 0
    db.session.add_all(SynonymGroup(words=words) for words in DEFAULT_GROUPS)
    db.session.flush()
    return len(DEFAULT_GROUPS)
