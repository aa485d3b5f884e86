"""The open datasets: public ideas, decisions and roadmap items, each with described fields,
read in batches by id (keyset) so that a download of any size needs little memory.

Only what anonymous visitors may see goes in: the same visibility functions as the pages
(public, not hidden ideas; public roadmap items; decisions as the idea page shows them).
"""

from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from flask_login import AnonymousUserMixin
from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from participation.api.schemas import idea_page_url, item_page_url
from participation.assessment.models import OUTCOME_STATUS, Decision
from participation.extensions import db
from participation.ideas.models import Idea
from participation.ideas.queries import visible_to
from participation.roadmap.models import RoadmapItem
from participation.roadmap.queries import visible_items

BATCH = 500
PUBLIC = AnonymousUserMixin()


@dataclass(frozen=True)
class Field:
    name: str
    description: object  # lazy text
    value: Callable


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: object
    description: object
    keywords: tuple[str, ...]
    fields: tuple[Field, ...]
    query: Callable[[int], Select]  # the rows after an id, in id order
    key: Callable  # the id of a row, for the next batch

    def batch(self, after: int) -> tuple[list, int | None]:
        """Up to BATCH rows after the id `after`, and the id to continue after (None: done)."""
        rows = db.session.execute(self.query(after).limit(BATCH)).all()
        return rows, (self.key(rows[-1]) if len(rows) == BATCH else None)

    def values(self, row) -> list:
        return [field.value(row) for field in self.fields]


def _iso(moment) -> str | None:
    return moment.isoformat() if moment is not None else None


def _ideas(after: int) -> Select:
    return select(Idea).where(*visible_to(PUBLIC), Idea.id > after).order_by(Idea.id)


def _newest_decisions(after: int) -> Select:
    """Per public idea its newest decision, if that decision led to its current status."""
    newer = aliased(Decision)
    newer_exists = (
        select(newer.id).where(newer.idea_id == Decision.idea_id, newer.id > Decision.id).exists()
    )
    outcome_matches = [
        (Decision.outcome == outcome) & (Idea.status == status)
        for outcome, status in OUTCOME_STATUS.items()
    ]
    condition = outcome_matches[0]
    for other in outcome_matches[1:]:
        condition = condition | other
    return (
        select(Decision, Idea)
        .join(Idea, Idea.id == Decision.idea_id)
        .where(*visible_to(PUBLIC), ~newer_exists, condition, Decision.id > after)
        .order_by(Decision.id)
    )


def _items(after: int) -> Select:
    return visible_items(PUBLIC).where(RoadmapItem.id > after).order_by(RoadmapItem.id)


IDEAS = Dataset(
    slug="ideas",
    title=_l("Ideas"),
    description=_l(
        "All public ideas of citizens and the administration for the digitalisation of the "
        "municipality, with their field of action, status and number of supports."
    ),
    keywords=("Bürgerbeteiligung", "Ideen", "Digitalisierung"),
    fields=(
        Field("reference", _l("Reference number, e.g. 2026-0042"), lambda r: r[0].reference),
        Field("title", _l("Title"), lambda r: r[0].title),
        Field("summary", _l("Short summary"), lambda r: r[0].summary),
        Field("category", _l("Field of action (slug)"), lambda r: r[0].category.slug),
        Field("status", _l("Status in the process (e.g. accepted)"), lambda r: r[0].status),
        Field("supports", _l("Number of supports"), lambda r: r[0].support_count),
        Field("comments", _l("Number of comments"), lambda r: r[0].comment_count),
        Field("created_at", _l("Submitted (ISO 8601, UTC)"), lambda r: _iso(r[0].created_at)),
        Field("updated_at", _l("Last changed (ISO 8601, UTC)"), lambda r: _iso(r[0].updated_at)),
        Field("url", _l("Address of the idea's page"), lambda r: idea_page_url(r[0])),
    ),
    query=_ideas,
    key=lambda row: row[0].id,
)
DECISIONS = Dataset(
    slug="decisions",
    title=_l("Decisions"),
    description=_l(
        "The decisions taken on public ideas: outcome, deciding body, date, public reasoning "
        "and the link to the decision document."
    ),
    keywords=("Beschlüsse", "Entscheidungen", "Bürgerbeteiligung"),
    fields=(
        Field("reference", _l("Reference number of the idea"), lambda r: r[1].reference),
        Field("idea_title", _l("Title of the idea"), lambda r: r[1].title),
        Field("outcome", _l("Outcome: accepted, rejected or deferred"), lambda r: r[0].outcome),
        Field("body", _l("Deciding body"), lambda r: r[0].body),
        Field("decided_on", _l("Date of the decision"), lambda r: r[0].decided_on.isoformat()),
        Field("reasoning", _l("Public reasoning"), lambda r: r[0].reasoning),
        Field("document_url", _l("Link to the decision document"), lambda r: r[0].document_url),
        Field("url", _l("Address of the idea's page"), lambda r: idea_page_url(r[1])),
    ),
    query=_newest_decisions,
    key=lambda row: row[0].id,
)
ROADMAP = Dataset(
    slug="roadmap",
    title=_l("Roadmap items"),
    description=_l(
        "The public roadmap: projects implementing accepted ideas, with status, progress, "
        "period, responsible department and budget."
    ),
    keywords=("Umsetzung", "Fahrplan", "Digitalisierung"),
    fields=(
        Field("id", _l("Number of the item"), lambda r: r[0].id),
        Field("title", _l("Title"), lambda r: r[0].title),
        Field("category", _l("Field of action (slug)"), lambda r: r[0].category.slug),
        Field(
            "status",
            _l("Status (planned, in_progress, paused, done, cancelled)"),
            lambda r: r[0].status,
        ),
        Field("progress", _l("Progress in percent"), lambda r: r[0].progress),
        Field(
            "start_on",
            _l("Planned start (first day of month or quarter)"),
            lambda r: _iso(r[0].start_on),
        ),
        Field(
            "end_on", _l("Planned end (first day of month or quarter)"), lambda r: _iso(r[0].end_on)
        ),
        Field(
            "responsible_department",
            _l("Responsible department"),
            lambda r: r[0].responsible_department,
        ),
        Field("budget_eur", _l("Budget in euros"), lambda r: r[0].budget_eur),
        Field(
            "last_update_at",
            _l("Last progress update (ISO 8601, UTC)"),
            lambda r: _iso(r[0].last_update_at),
        ),
        Field("url", _l("Address of the item's page"), lambda r: item_page_url(r[0])),
    ),
    query=_items,
    key=lambda row: row[0].id,
)
DATASETS = {dataset.slug: dataset for dataset in (IDEAS, DECISIONS, ROADMAP)}
MODIFIED = {
    "ideas": lambda: select(func.max(Idea.updated_at)).where(*visible_to(PUBLIC)),
    "decisions": lambda: select(func.max(Decision.created_at)),
    "roadmap": lambda: select(func.max(RoadmapItem.updated_at)).where(
        RoadmapItem.visibility == "public"
    ),
}


def latest_change(dataset: Dataset):
    """When the dataset last changed (for the catalogue), or None while it is empty."""
    return db.session.scalar(MODIFIED[dataset.slug]())
