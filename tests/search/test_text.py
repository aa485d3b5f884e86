"""Normalisation: German stems, umlaut and ß folding, hostile input, safe highlighting."""

import pytest

from participation.search import sqlite_fts
from participation.search.postgres_fts import expression as tsquery_expression
from participation.search.text import MAX_QUERY_LENGTH, highlight, index_text, parse, snippet, stem


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Parkplätze", "Parkplatz"),
        ("Parkplaetze", "Parkplatz"),
        ("Strasse", "Straße"),
        ("STRASSE", "straße"),
        ("Buergeramt", "Bürgeramt"),
        ("Bürgerämter", "Bürgeramt"),
        ("Termine", "Termin"),
        ("Häuser", "Haus"),
    ],
)
def test_inflections_and_transliterations_meet(one, other):
    assert stem(one) == stem(other)


def test_index_text_drops_stop_words_and_punctuation():
    assert index_text("Die Parkplätze am Rathaus, online!") == "parkplatz rathaus onlin"


@pytest.mark.parametrize(
    "raw",
    [
        "%",
        "_",
        "'",
        '"',
        '""',
        "*",
        "-",
        "-x",
        "NEAR",
        "NEAR(a b)",
        "OR",
        "AND NOT",
        "(",
        ")",
        "^",
        ":",
        "title:x",
        "a\x00b",
        "\ufffd\ufffd",
        "💡",
        "\\",
        "%_%",
        "'; DROP TABLE ideas; --",
    ],
)
def test_hostile_queries_become_plain_terms(raw):
    query = parse(raw)
    for term in query.terms:
        assert term.isalnum(), term
    assert "\x00" not in query.text
    # Whatever came in, the engines get only quoted/plain alphanumeric terms.
    fts = sqlite_fts.expression([[term] for term in query.terms], any_term=False)
    assert all(char.isalnum() or char in '"* ()ANDOR' for char in fts)
    assert all(
        char.isalnum() or char in ":*|&() "
        for char in tsquery_expression([[t] for t in query.terms], False)
    )


def test_operators_in_capitals_are_dropped_but_words_stay():
    assert parse("Parkplatz OR Bibliothek NEAR Rathaus").terms == (
        "parkplatz",
        "bibliothek",
        "rathaus",
    )
    assert parse("Parkplatz or").terms == ("parkplatz",)  # "or" is a stop word


def test_long_queries_are_cut_with_a_flag():
    query = parse("Parkplatz " * 40)
    assert query.truncated
    assert len(query.text) <= MAX_QUERY_LENGTH
    assert query.terms == ("parkplatz",)
    assert not parse("Parkplatz").truncated


def test_empty_and_wordless_queries_are_false():
    assert not parse("")
    assert not parse("   ")
    assert not parse("%%%")
    assert parse("%%%").text == "%%%"


def test_highlight_escapes_and_marks_whole_words():
    html = highlight('<script>alert("x")</script> Parkplätze & Parkhaus', ("parkplatz",))
    assert str(html) == (
        "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; <mark>Parkplätze</mark> &amp; Parkhaus"
    )


def test_prefix_terms_mark_compounds():
    assert "<mark>Parkplatzreservierung</mark>" in highlight(
        "Parkplatzreservierung", ("parkplatz",)
    )


def test_snippet_is_a_window_around_the_first_match():
    text = " ".join(f"wort{n}" for n in range(100)) + " Parkplatz " + "ende " * 50
    result = str(snippet(text, ("parkplatz",), width=10))
    assert result.startswith("… ")
    assert "<mark>Parkplatz</mark>" in result
    assert result.endswith(" …")
    assert snippet("nichts davon", ("parkplatz",)) is None
