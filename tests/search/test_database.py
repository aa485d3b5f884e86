"""The database backend (FTS5 on SQLite, tsvector on PostgreSQL) through `search()`."""

import pytest

from participation import search
from participation.extensions import db
from participation.ideas.models import IdeaStatus
from participation.search.results import Filters
from participation.users.models import User
from tests.search.conftest import hide, idea, merge_into, set_columns


def titles(results) -> list[str]:
    return [hit.idea.title for hit in results.hits]


def run(user, query, **kwargs):
    user = db.session.get(User, user.id) if user is not None else None
    return search.search(user, query, **kwargs)


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Mehr Parkplatz am Bahnhof", "Parkplätze"),
        ("Parkplätze online reservieren", "Parkplatz"),
        ("Sanierung der Straße am Markt", "Strasse"),
        ("Sanierung der Strasse am Markt", "Straße"),
        ("Termine im Bürgeramt online buchen", "Buergeramt"),
        ("Termine im Buergeramt online buchen", "Bürgerämter"),
        ("Anmeldung für Kitaplätze digital", "KITAPLATZ"),
    ],
)
def test_german_inflections_and_umlauts(app, ctx, author, stored, typed):
    idea(author, stored)
    idea(author, "Etwas ganz anderes: Bäume pflanzen")
    assert titles(run(None, typed)) == [stored]


def test_the_citizen_finds_the_parking_idea_before_posting_a_duplicate(app, ctx, author):
    idea(
        author,
        "Parkplätze online reservieren",
        summary="Halteverbotszonen für Umzüge und Handwerker online beantragen.",
        description="Ein Online-Dienst zur Reservierung von Parkflächen.",
    )
    idea(author, "Freie Plätze in Parkhäusern live anzeigen")
    idea(author, "Bibliothek länger öffnen", category_slug="bildung")
    found = run(None, "Parkplätze online reservieren")
    assert titles(found)[0] == "Parkplätze online reservieren"
    similar = search.similar_ideas(None, "Parkplatz online reservieren", "für meinen Umzug")
    assert similar[0].title == "Parkplätze online reservieren"
    assert "Bibliothek länger öffnen" not in [other.title for other in similar]


def test_title_ranks_above_summary_above_description(app, ctx, author):
    in_description = idea(author, "Dritte Idee", description="Ein Fahrradständer fehlt.")
    in_title = idea(author, "Fahrradständer am Rathaus")
    in_summary = idea(author, "Zweite Idee", summary="Mehr Fahrradständer, bitte.")
    # Newer ideas would win a tie; the ranking must not depend on age.
    set_columns(in_title.id, created_at=in_description.created_at)
    found = run(None, "Fahrradständer")
    assert [hit.idea.id for hit in found.hits] == [in_title.id, in_summary.id, in_description.id]


def test_every_word_must_match_else_some_words_do(app, ctx, author):
    idea(author, "Parkplätze online reservieren")
    idea(author, "Bibliothek online")
    both = run(None, "Parkplatz online")
    assert titles(both) == ["Parkplätze online reservieren"]
    assert both.matched_all
    some = run(None, "Parkplatz Schwimmbad")
    assert titles(some) == ["Parkplätze online reservieren"]
    assert not some.matched_all


@pytest.fixture
def library_ideas(app, author):
    """One public idea and one of each kind the public must never find by search."""
    with app.app_context():
        public = idea(author, "Bibliothek: Öffnungszeiten verlängern", summary="Bibliothek abends.")
        internal = idea(
            author,
            "Bibliothek intern: Personalplanung Geheimwort",
            summary="Bibliothek Geheimwort intern.",
            visibility="internal",
            category_slug="verwaltung-intern",
        )
        hidden = idea(
            author,
            "Bibliothek versteckt Spamwort",
            summary="Bibliothek Spamwort.",
            category_slug="bildung",
        )
        hide(hidden.id)
        merged = idea(
            author,
            "Bibliothek doppelt Dublettenwort",
            summary="Bibliothek Dublettenwort.",
            category_slug="umwelt",
        )
        merge_into(merged.id, public.id)
        return {"public": public, "internal": internal, "hidden": hidden, "merged": merged}


def facet_total(results, name) -> int:
    return sum(value.count for value in results.facets[name])


def rendered(results) -> str:
    return " ".join(f"{hit.title} {hit.snippet}" for hit in results.hits)


@pytest.mark.parametrize("kind", ["anonymous", "citizen"])
def test_the_public_never_finds_internal_hidden_or_merged_ideas(app, library_ideas, everyone, kind):
    viewer = everyone[kind]
    with app.app_context():
        for query in ("Bibliothek", "Geheimwort", "Spamwort", "Dublettenwort", "Personalplanung"):
            results = run(viewer, query)
            assert [hit.idea.id for hit in results.hits] in ([library_ideas["public"].id], [])
            assert results.total == len(results.hits)
            for facet in ("category", "status", "year"):
                assert facet_total(results, facet) == results.total
            assert {value.value for value in results.facets["category"]} <= {"buergerservice"}
            assert {value.value for value in results.facets["status"]} <= {"submitted"}
            for word in ("Geheimwort", "Spamwort", "Dublettenwort", "Personalplanung"):
                assert word not in rendered(results)
            for status in ("merged", "submitted"):
                filtered = run(viewer, query, filters=Filters(status=status))
                assert library_ideas["merged"].id not in [h.idea.id for h in filtered.hits]
        assert search.similar_ideas(viewer, "Bibliothek Geheimwort Spamwort Dublettenwort") in (
            [],
            [db.session.get(type(library_ideas["public"]), library_ideas["public"].id)],
        )


def test_employees_find_internal_ideas_moderators_also_merged_nobody_hidden(
    app, library_ideas, employee, moderator
):
    with app.app_context():
        as_employee = {hit.idea.id for hit in run(employee, "Bibliothek").hits}
        as_moderator = {hit.idea.id for hit in run(moderator, "Bibliothek").hits}
    ids = {kind: stored.id for kind, stored in library_ideas.items()}
    assert as_employee == {ids["public"], ids["internal"]}
    assert as_moderator == {ids["public"], ids["internal"], ids["merged"]}


def test_facets_count_per_category_status_and_year(app, ctx, author):
    first = idea(author, "Radweg A", category_slug="mobilitaet")
    idea(author, "Radweg B", category_slug="mobilitaet")
    idea(author, "Radweg C", category_slug="umwelt")
    set_columns(first.id, status=IdeaStatus.IN_REVIEW, year=2025)
    results = run(None, "Radweg")
    assert results.total == 3
    assert [(v.value, v.count) for v in results.facets["category"]] == [
        ("mobilitaet", 2),
        ("umwelt", 1),
    ]
    assert [(v.value, v.count) for v in results.facets["status"]] == [
        ("submitted", 2),
        ("in_review", 1),
    ]
    years = [(v.value, v.count) for v in results.facets["year"]]
    assert years[-1] == ("2025", 1) and sum(count for _y, count in years) == 3
    narrowed = run(None, "Radweg", filters=Filters(category="mobilitaet", status="submitted"))
    assert titles(narrowed) == ["Radweg B"]
    assert run(None, "Radweg", filters=Filters(year=2025)).total == 1


def test_sorting_by_newest_and_support(app, ctx, author):
    old = idea(author, "Spielplatz alt")
    new = idea(author, "Spielplatz neu")
    supported = idea(author, "Spielplatz beliebt")
    set_columns(old.id, created_at=new.created_at.replace(year=new.created_at.year - 1))
    set_columns(supported.id, support_count=9)
    newest = [hit.idea.id for hit in run(None, "Spielplatz", sort="newest").hits]
    assert newest == [supported.id, new.id, old.id]
    by_support = run(None, "Spielplatz", sort="supported").hits
    assert by_support[0].idea.id == supported.id
    assert run(None, "Spielplatz", sort="evil").total == 3


def test_pagination_is_bounded_and_counts_everything(app, ctx, author):
    for number in range(5):
        idea(author, f"Sitzbank Nummer {number}")
    first = run(None, "Sitzbank", per_page=2)
    third = run(None, "Sitzbank", page=3, per_page=2)
    assert (first.total, len(first.hits), first.pages, first.has_next) == (5, 2, 3, True)
    assert (len(third.hits), third.has_next, third.prev_num) == (1, False, 2)
    assert list(first.iter_pages()) == [1, 2, 3]
    assert run(None, "Sitzbank", page=99, per_page=2).hits == []


def test_query_count_is_constant(app, ctx, author, query_counter):
    for number in range(6):
        idea(author, f"Brunnen {number}", tags="wasser, platz")
    with query_counter:
        run(None, "Brunnen", per_page=2)
    small = query_counter.count
    with query_counter:
        run(None, "Brunnen", per_page=6)
    assert query_counter.count == small
