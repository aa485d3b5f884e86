"""Ideas over several years, with tags, reference numbers, the status timeline that the
workflow's transition table allows, pre-assessments and decisions.

Statuses depend on age: new ideas mostly wait, old ones are mostly decided. Every path
through the statuses is one the transition table in `participation.ideas.workflow` permits.
"""

import itertools
import math
from datetime import timedelta

from bench import texts
from bench.seed_context import Context, IdeaRow
from participation.ideas import workflow
from participation.ideas.models import IdeaStatus as S

IDEA_COLUMNS = (
    "id",
    "year",
    "number",
    "slug",
    "title",
    "summary",
    "description",
    "description_html",
    "category_id",
    "author_id",
    "visibility",
    "status",
    "withdrawal_reason",
    "merged_into_id",
    "event_id",
    "handed_over_at",
    "vision_id",
    "support_count",
    "comment_count",
    "last_activity_at",
    "hidden_at",
    "hidden_reason",
    "open_report_count",
    "created_at",
    "updated_at",
)
# Status weights by age of the idea (days): younger than the key, these weights.
STATUS_BY_AGE = (
    (21, {S.SUBMITTED: 85, S.IN_REVIEW: 10, S.WITHDRAWN: 2, S.MERGED: 1, S.REJECTED: 2}),
    (
        120,
        {
            S.SUBMITTED: 30,
            S.IN_REVIEW: 30,
            S.ASSESSED: 15,
            S.ACCEPTED: 8,
            S.REJECTED: 8,
            S.DEFERRED: 3,
            S.WITHDRAWN: 3,
            S.MERGED: 3,
        },
    ),
    (
        math.inf,
        {
            S.SUBMITTED: 6,
            S.IN_REVIEW: 6,
            S.ASSESSED: 5,
            S.ACCEPTED: 30,
            S.REJECTED: 30,
            S.DEFERRED: 9,
            S.WITHDRAWN: 7,
            S.MERGED: 7,
        },
    ),
)
# Days between two steps of the timeline (lowest, highest).
GAPS = {
    S.IN_REVIEW: (1, 30),
    S.ASSESSED: (14, 90),
    S.ACCEPTED: (14, 120),
    S.REJECTED: (7, 90),
    S.DEFERRED: (14, 120),
    S.WITHDRAWN: (1, 60),
    S.MERGED: (1, 30),
}


def _path(ctx: Context, status: S) -> list[S]:
    """The statuses an idea went through to reach `status`, in order (from the table)."""
    rng = ctx.rng
    if status in (S.ACCEPTED, S.DEFERRED) or (status == S.REJECTED and rng.random() < 0.5):
        path = [S.SUBMITTED, S.IN_REVIEW, S.ASSESSED, status]
    elif status == S.ASSESSED:
        path = [S.SUBMITTED, S.IN_REVIEW, S.ASSESSED]
    elif status == S.IN_REVIEW or (status in (S.REJECTED, S.MERGED) and rng.random() < 0.4):
        path = [S.SUBMITTED, S.IN_REVIEW] + ([status] if status != S.IN_REVIEW else [])
    else:
        path = [S.SUBMITTED] + ([status] if status != S.SUBMITTED else [])
    for source, target in itertools.pairwise(path):
        assert (source, target) in workflow.TRANSITIONS, (source, target)
    return path


def _status_for(ctx: Context, age_days: float) -> S:
    for limit, weights in STATUS_BY_AGE:
        if age_days < limit:
            return ctx.rng.choices(list(weights), list(weights.values()))[0]
    raise AssertionError


def _times(ctx: Context, created, path: list[S]) -> list:
    """When each step of `path` happened: gaps from GAPS, squeezed into the idea's age."""
    gaps = [timedelta(days=ctx.rng.uniform(*GAPS[step])) for step in path[1:]]
    room = (ctx.now - timedelta(hours=1)) - created
    total = sum(gaps, timedelta())
    if total > room:
        gaps = [gap * (room / total) * 0.95 for gap in gaps]
    times, moment = [created], created
    for gap in gaps:
        moment += gap
        times.append(moment)
    return times


def seed_tags(ctx: Context) -> None:
    names = texts.all_tags()
    ctx.tags = {name: position + 1 for position, name in enumerate(names)}
    ctx.loader.load("tags", ("id", "name"), [(ident, name) for name, ident in ctx.tags.items()])


def _tags_of(ctx: Context, base: texts.Base) -> list[int]:
    rng = ctx.rng
    chosen = [tag for tag in base.tags if rng.random() < 0.7]
    for position, tag in enumerate(texts.COMMON_TAGS):
        if rng.random() < 0.12 / (position + 1) and tag not in chosen:
            chosen.append(tag)
    return [ctx.tags[tag] for tag in chosen[:5]]


def _event_for(ctx: Context, created, internal: bool):
    for event in ctx.events:
        open_then = event.window and event.window[0] <= created < event.window[1]
        if open_then and event.internal == internal and ctx.rng.random() < 0.1:
            return event
    return None


def seed_ideas(ctx: Context) -> tuple:
    """Generate the ideas; returns what `load_ideas` writes once supports and comments are
    counted."""
    rng, size, now = ctx.rng, ctx.size, ctx.now
    span = (now - timedelta(hours=2) - ctx.start).total_seconds()
    # More ideas in recent years: the platform grows.
    moments = sorted(
        ctx.start + timedelta(seconds=span * rng.random() ** 0.8) for _ in range(size.ideas)
    )
    bases = texts.bases()
    public_pool = ctx.citizens
    numbers: dict[int, int] = {}
    rows, tag_rows, timeline, assessments, decisions = [], [], [], [], []
    merge_targets: dict[bool, list[int]] = {False: [], True: []}
    for position, created in enumerate(moments):
        ident = position + 1
        base = bases[rng.randrange(len(bases))]
        internal = rng.random() < 0.10
        # A long tail of authors: a few write hundreds of ideas (the profile page shows one).
        pool = ctx.employees if internal or rng.random() < 0.1 else public_pool
        author = ctx.skewed(pool, 2.0)
        age = (now - created).total_seconds() / 86400
        status = _status_for(ctx, age)
        event = _event_for(ctx, created, internal)
        handed_over = None
        if event is not None:
            event.ideas.append(ident)
            if event.window[1] < now and rng.random() < 0.8:
                handed_over = event.window[1] + timedelta(days=1)
            if handed_over is None or handed_over > now:
                handed_over, status = None, S.SUBMITTED
        merged_into = None
        if status == S.MERGED:
            candidates = merge_targets[internal][-3000:] or merge_targets[False][-3000:]
            if candidates:
                merged_into = rng.choice(candidates)
            else:
                status = S.WITHDRAWN
        path = _path(ctx, status)
        times = _times(ctx, created, path)
        if handed_over is not None and handed_over >= times[-1]:
            path, times, status = [S.SUBMITTED], [created], S.SUBMITTED
        year = created.year
        numbers[year] = numbers.get(year, 0) + 1
        hidden = rng.random() < 0.005
        idea = IdeaRow(
            id=ident,
            year=year,
            number=numbers[year],
            title=f"{base.title} {rng.choice(texts.PLACES)}"[:120],
            created=created,
            activity_end=created,
            status=str(status),
            internal=internal,
            author=author,
            category=ctx.categories[base.category],
            vision=None,
            hidden=hidden,
            event=event.id if event else None,
        )
        if status not in (S.MERGED, S.WITHDRAWN) and ctx.visions.get(year) and rng.random() < 0.05:
            idea.vision = rng.choice(ctx.visions[year])
        if status in (S.ACCEPTED, S.REJECTED, S.DEFERRED):
            idea.decided = times[-1]
        if rng.random() < 0.003:
            idea.open_reports = rng.randint(1, 2)
        # Supports and comments come in until a while after the last step.
        active_days = min(age, 400.0) * rng.random() ** 0.5
        idea.activity_end = min(now - timedelta(minutes=5), created + timedelta(days=active_days))
        ctx.ideas.append(idea)
        if status not in (S.MERGED, S.WITHDRAWN) and not hidden:
            merge_targets[internal].append(ident)
        for tag in _tags_of(ctx, base):
            tag_rows.append((ident, tag))
        changes = [(ident, author, None, S.SUBMITTED, None, created)]
        if handed_over is not None:
            note = "Aus der Veranstaltung übernommen"
            changes.append((ident, ctx.organisers[0], S.SUBMITTED, S.SUBMITTED, note, handed_over))
        for source, target, moment in zip(path, path[1:], times[1:], strict=False):
            actor = author if target == S.WITHDRAWN else ctx.moderator()
            changes.append((ident, actor, source, target, texts.NOTES.get(str(target)), moment))
            ctx.notify(
                author,
                "my_ideas",
                "idea_status",
                {
                    "reference": f"{year}-{idea.number:04d}",
                    "title": idea.title,
                    "status": str(target),
                    "note": texts.NOTES.get(str(target)) or "",
                },
                f"/ideas/{year}-{idea.number:04d}",
                moment,
            )
        timeline.extend(changes)
        _assessment(ctx, idea, path, times, assessments, decisions)
        rows.append([idea, base, merged_into, handed_over, times[-1]])
    ctx.meta["idea_counters"] = str(len(numbers))
    return rows, tag_rows, timeline, assessments, decisions, numbers


def _assessment(ctx: Context, idea: IdeaRow, path, times, assessments, decisions) -> None:
    rng = ctx.rng
    moderator = ctx.moderator()
    if S.ASSESSED in path:
        done = times[path.index(S.ASSESSED)]
    elif path[-1] == S.IN_REVIEW and rng.random() < 0.5:
        done = None  # a draft in progress
    else:
        return
    effort, benefit = rng.randint(1, 5), rng.randint(1, 5)
    complete = done is not None
    assessments.append(
        (
            idea.id,
            effort,
            benefit,
            "Spürbare Entlastung für Bürgerinnen, Bürger und Verwaltung." if complete else None,
            "Abhängigkeit von einem Anbieter; Schulungsbedarf." if complete else None,
            effort * 10_000 if complete else None,
            effort * 25_000 if complete else None,
            effort * 3 if complete else None,
            f"{idea.year + 1}-Q{rng.randint(1, 4)}" if complete else None,
            rng.random() < 0.2,
            texts.DEPARTMENTS[idea.id % len(texts.DEPARTMENTS)] if complete else None,
            ("recommend" if path[-1] != S.REJECTED else "do_not_recommend") if complete else None,
            "Die Verwaltung empfiehlt ein Pilotprojekt." if complete else None,
            "Haushaltsmittel im nächsten Doppelhaushalt anmelden.",
            done,
            moderator,
            done or times[-1],
        )
    )
    if idea.decided is not None and S.ASSESSED in path:
        outcome = path[-1]
        decisions.append(
            (
                idea.id,
                str(outcome),
                texts.BODIES[idea.id % len(texts.BODIES)],
                idea.decided.date(),
                texts.NOTES[str(outcome)],
                f"https://ratsinfo.stadt-beispiel.de/vorlage/{idea.year}-{idea.number:04d}",
                moderator,
                idea.decided,
            )
        )


ASSESSMENT_COLUMNS = (
    "idea_id",
    "effort",
    "benefit",
    "chances",
    "risks",
    "cost_min_eur",
    "cost_max_eur",
    "duration_months",
    "earliest_start",
    "legally_required",
    "responsible_department",
    "recommendation",
    "public_summary",
    "internal_remarks",
    "completed_at",
    "updated_by_id",
    "updated_at",
)
DECISION_COLUMNS = (
    "idea_id",
    "outcome",
    "body",
    "decided_on",
    "reasoning",
    "document_url",
    "recorded_by_id",
    "created_at",
)


def load_ideas(ctx: Context, generated) -> None:
    """Write the ideas (after supports and comments were counted) and what hangs on them."""
    rows, tag_rows, timeline, assessments, decisions, numbers = generated
    loader = ctx.loader

    def idea_rows():
        for idea, base, merged_into, handed_over, last_step in rows:
            yield (
                idea.id,
                idea.year,
                idea.number,
                texts.slug(idea.title),
                idea.title,
                base.summary,
                base.description,
                base.description_html,
                idea.category,
                idea.author,
                "internal" if idea.internal else "public",
                idea.status,
                texts.NOTES["withdrawn"] if idea.status == S.WITHDRAWN else None,
                merged_into,
                idea.event,
                handed_over,
                idea.vision,
                idea.supports,
                idea.comments,
                max(idea.created, idea.activity_end)
                if idea.supports + idea.comments
                else idea.created,
                idea.created + timedelta(days=2) if idea.hidden else None,
                "Enthält personenbezogene Daten." if idea.hidden else None,
                idea.open_reports,
                idea.created,
                last_step,
            )

    loader.load("ideas", IDEA_COLUMNS, idea_rows())
    loader.load("idea_tags", ("idea_id", "tag_id"), tag_rows)
    loader.load("idea_counters", ("year", "last_number"), sorted(numbers.items()))
    loader.load(
        "status_changes",
        ("id", "idea_id", "actor_id", "from_status", "to_status", "note", "created_at"),
        ((n, *row) for n, row in enumerate(timeline, start=1)),
    )
    loader.load(
        "assessments",
        ("id", *ASSESSMENT_COLUMNS),
        ((n, *row) for n, row in enumerate(assessments, start=1)),
    )
    loader.load(
        "decisions",
        ("id", *DECISION_COLUMNS),
        ((n, *row) for n, row in enumerate(decisions, start=1)),
    )
