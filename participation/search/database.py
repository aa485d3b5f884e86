"""The database backend: FTS5 on SQLite, tsvector on PostgreSQL, no server needed.

The full-text table only says which ids match and how well; everything else — visibility,
filters, facets, sorting — is a join with the live `ideas` table, so what a user may not see
is kept out by the same conditions as everywhere else, in results, counts and facets alike.
"""

from collections import Counter
from collections.abc import Iterable

from sqlalchemy import false, func, select

from participation.extensions import db
from participation.ideas import workflow
from participation.ideas.models import Category, Idea, IdeaStatus
from participation.ideas.queries import visible_to
from participation.roadmap.models import RoadmapItem
from participation.roadmap.queries import visible_items
from participation.search import postgres_fts, sqlite_fts, synonyms
from participation.search.results import FacetValue, Filters, Hit, ItemHit, Results
from participation.search.text import Query, highlight, html_to_text, parse, snippet
from participation.users.permissions import can_moderate

ROADMAP_HITS = 5


def engine_module(dialect: str | None = None):
    """The SQL of the database in use."""
    dialect = dialect or db.engine.dialect.name
    return postgres_fts if dialect == "postgresql" else sqlite_fts


def searchable(user) -> list:
    """What `user` may find: never hidden ideas; internal ones only for the administration;
    merged duplicates only for moderators."""
    conditions = visible_to(user)
    if not can_moderate(user):
        conditions.append(Idea.status.not_in(workflow.statuses_where("merged_away")))
    return conditions


def filter_conditions(filters: Filters) -> list:
    conditions = []
    if filters.category:
        conditions.append(
            Idea.category_id.in_(select(Category.id).where(Category.slug == filters.category))
        )
    if filters.status in set(IdeaStatus):
        conditions.append(Idea.status == filters.status)
    if filters.year:
        conditions.append(Idea.year == filters.year)
    return conditions


def matching_ids(raw_query: str):
    """Ids of the ideas matching every word of `raw_query` (for the ideas list's `q`);
    None for an empty query, nothing at all for one without words (only `%`, say)."""
    query = parse(raw_query)
    if not query.text:
        return None
    if not query:
        return select(Idea.id).where(false())
    matches = engine_module().matches("idea", synonyms.expand(query.terms), any_term=False)
    return select(matches.c.id)


def _joined(statement, matches):
    return statement if matches is None else statement.join(matches, matches.c.id == Idea.id)


ORDER = {
    "newest": (Idea.created_at.desc(), Idea.id.desc()),
    "supported": (Idea.support_count.desc(), Idea.created_at.desc(), Idea.id.desc()),
}
STATUS_ORDER = list(IdeaStatus)


class DatabaseBackend:
    name = "database"

    def search(
        self, user, query: Query, filters: Filters, sort: str, page: int, per_page: int
    ) -> Results:
        results = Results(query=query.text, page=page, per_page=per_page, backend=self.name)
        conditions = [*searchable(user), *filter_conditions(filters)]
        groups = synonyms.expand(query.terms)
        engine = engine_module()
        any_term = False
        counted = engine.matches("idea", groups, any_term, scored=False) if query else None
        results.total, results.facets = self._tally(counted, conditions)
        if query and not results.total and len(groups) > 1:
            any_term, results.matched_all = True, False
            counted = engine.matches("idea", groups, any_term, scored=False)
            results.total, results.facets = self._tally(counted, conditions)
        matches = None
        if sort == "relevance" and query:
            matches = engine.matches("idea", groups, any_term)
            order = (matches.c.score, Idea.created_at.desc(), Idea.id.desc())
        else:
            matches = counted
            order = ORDER.get(sort, ORDER["newest"])
        ideas = []
        if results.total > (page - 1) * per_page:
            ideas = db.session.scalars(
                _joined(select(Idea), matches)
                .where(*conditions)
                .order_by(*order)
                .limit(per_page)
                .offset((page - 1) * per_page)
            ).all()
        terms = [term for group in groups for term in group]
        results.hits = [make_hit(idea, terms) for idea in ideas]
        if query and page == 1 and not filters.active():
            results.items = self._items(user, groups, terms)
        return results

    def _tally(self, matches, conditions) -> tuple[int, dict[str, list[FacetValue]]]:
        """The total and every facet from one grouped query over the matching ideas."""
        statement = (
            _joined(select(Category.slug, Idea.status, Idea.year, func.count(Idea.id)), matches)
            .join(Category, Category.id == Idea.category_id)
            .where(*conditions)
            .group_by(Category.slug, Idea.status, Idea.year)
        )
        categories: Counter = Counter()
        statuses: Counter = Counter()
        years: Counter = Counter()
        for slug, status, year, count in db.session.execute(statement):
            categories[slug] += count
            statuses[status] += count
            years[year] += count
        facets = {
            "category": [
                FacetValue(slug, count)
                for slug, count in sorted(categories.items(), key=lambda pair: (-pair[1], pair[0]))
            ],
            "status": [
                FacetValue(str(status), statuses[status])
                for status in STATUS_ORDER
                if statuses[status]
            ],
            "year": [FacetValue(str(year), years[year]) for year in sorted(years, reverse=True)],
        }
        return sum(categories.values()), facets

    def _items(self, user, groups, terms) -> list[ItemHit]:
        matches = engine_module().matches("item", groups, any_term=False)
        items = db.session.scalars(
            visible_items(user)
            .join(matches, matches.c.id == RoadmapItem.id)
            .order_by(matches.c.score, RoadmapItem.id)
            .limit(ROADMAP_HITS)
        ).all()
        return [ItemHit(item, highlight(item.title, terms)) for item in items]

    def similar(
        self,
        user,
        query: Query,
        *,
        exclude_ids: Iterable[int] = (),
        statuses: Iterable[str],
        limit: int,
    ) -> list[Idea]:
        ids = self._similar_ids(user, query, exclude_ids, statuses, limit)
        return _load_in_order(ids)

    def _similar_ids(self, user, query: Query, exclude_ids, statuses, limit) -> list[int]:
        if not query:
            return []
        matches = engine_module().matches("idea", [[term] for term in query.terms], any_term=True)
        statement = (
            select(Idea.id)
            .join(matches, matches.c.id == Idea.id)
            .where(*searchable(user), Idea.status.in_(list(statuses)))
            .order_by(matches.c.score, Idea.id.desc())
            .limit(limit)
        )
        if exclude := [i for i in exclude_ids if i is not None]:
            statement = statement.where(Idea.id.not_in(exclude))
        return list(db.session.scalars(statement))


def _load_in_order(ids) -> list[Idea]:
    ids = list(ids)
    if not ids:
        return []
    by_id = {idea.id: idea for idea in db.session.scalars(select(Idea).where(Idea.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]


def make_hit(idea: Idea, terms) -> Hit:
    """Title and a snippet, highlighted: from the summary, else from the description."""
    summary = highlight(idea.summary, terms)
    if "<mark>" not in summary:
        summary = snippet(html_to_text(idea.description_html), terms) or summary
    return Hit(idea, highlight(idea.title, terms), summary)
