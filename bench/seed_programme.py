"""The yearly programme (cycles with visions), events with registrations and teams, and the
roadmap: items for accepted ideas with milestones, progress updates, indicators and
evaluations."""

from datetime import date, datetime, timedelta

from bench import texts
from bench.seed_context import Context, EventRow
from participation.ideas.models import IdeaStatus as S

EVENT_TYPES = ("hackathon", "workshop", "call_for_ideas", "workshop", "other")
EVENT_TITLES = {
    "hackathon": "Hackathon „Offene Stadt“",
    "workshop": "Workshop: Bürgeramt der Zukunft",
    "call_for_ideas": "Ideenaufruf: Digitale Schule",
    "other": "Digitallabor im Rathaus",
}


def seed_cycles(ctx: Context) -> None:
    cycles, visions = [], []
    for year in range(ctx.size.first_year, ctx.now.year + 1):
        cycle_id = len(cycles) + 1
        cycles.append((cycle_id, year, f"Digitalisierungsprogramm {year}", "Wohin die Stadt will."))
        ctx.visions[year] = []
        for position, title in enumerate(
            (
                "Alle Bürgerdienste sind online",
                "Die Verwaltung arbeitet papierlos",
                "Daten der Stadt sind offen",
                "Mobilität ist vernetzt",
            )
        ):
            vision_id = len(visions) + 1
            visions.append((vision_id, cycle_id, title, "", position))
            ctx.visions[year].append(vision_id)
    ctx.loader.load("cycles", ("id", "year", "title", "description"), cycles)
    ctx.loader.load("visions", ("id", "cycle_id", "title", "description", "position"), visions)


def seed_events(ctx: Context) -> None:
    """Events spread from the first year until two months ahead (ideas can point to them)."""
    rng, rows = ctx.rng, []
    last = ctx.now + timedelta(days=60)
    for number in range(1, ctx.size.events + 1):
        kind = EVENT_TYPES[number % len(EVENT_TYPES)]
        starts = ctx.start + (last - ctx.start) * number / ctx.size.events
        starts = starts.replace(hour=8, minute=0, second=0)
        length = {"hackathon": timedelta(days=1, hours=8), "call_for_ideas": timedelta(days=35)}
        ends = starts + length.get(kind, timedelta(hours=3))
        window = (
            (starts - timedelta(days=14), ends) if kind in ("hackathon", "call_for_ideas") else None
        )
        capacity = {"hackathon": 60, "workshop": 25}.get(kind)
        event = EventRow(number, kind, rng.random() < 0.1, starts, ends, window, capacity)
        ctx.events.append(event)
        title = f"{EVENT_TITLES[kind]} {starts.year}/{number}"
        description = texts.EVENT_TEXTS[number % len(texts.EVENT_TEXTS)]
        past_hackathon = kind == "hackathon" and ends < ctx.now
        results = "Drei Teams haben **Prototypen** vorgestellt." if past_hackathon else ""
        rows.append(
            (
                number,
                kind,
                title,
                f"{texts.slug(title)}-{number}"[:70],
                description,
                texts.rendered(description),
                starts,
                ends,
                "" if kind == "call_for_ideas" else "Rathaus, Großer Sitzungssaal",
                "https://mitwirken.stadt-beispiel.de" if kind == "call_for_ideas" else None,
                "internal" if event.internal else "public",
                capacity,
                window[0] if window else None,
                window[1] if window else None,
                ctx.organisers[number % len(ctx.organisers)],
                results,
                texts.rendered(results) if results else "",
                starts - timedelta(days=30),
                starts - timedelta(days=30),
            )
        )
    ctx.loader.load(
        "events",
        (
            "id",
            "type",
            "title",
            "slug",
            "description",
            "description_html",
            "starts_at",
            "ends_at",
            "place",
            "online_url",
            "audience",
            "capacity",
            "submissions_open_at",
            "submissions_close_at",
            "created_by_id",
            "results",
            "results_html",
            "created_at",
            "updated_at",
        ),
        rows,
    )


def seed_event_people(ctx: Context) -> None:
    """Registrations (confirmed up to the capacity, then waiting list), co-organisers, and
    teams of past hackathons working on the event's ideas."""
    rng = ctx.rng
    registrations, organisers, teams, members = [], [], [], []
    for event in ctx.events:
        pool = ctx.employees if event.internal else ctx.citizens
        people = rng.sample(pool, min(len(pool), rng.randint(8, 70)))
        for position, user in enumerate(people):
            if position % 15 == 14:
                status = "cancelled"
            elif event.capacity is not None and position >= event.capacity:
                status = "waitlisted"
            else:
                status = "confirmed"
            when = event.starts - timedelta(days=20) + timedelta(hours=position)
            registrations.append((len(registrations) + 1, event.id, user, status, when))
        if event.id % 3 == 0:
            organisers.append((event.id, ctx.accounts["admin"]))
        if event.type == "hackathon" and event.ends < ctx.now and len(event.ideas) >= 2:
            taken: set[int] = set()
            for position, idea_id in enumerate(event.ideas[:3]):
                team_id = len(teams) + 1
                award = "1. Preis" if position == 0 else None
                teams.append(
                    (team_id, event.id, idea_id, f"Team {position + 1}", award, event.starts)
                )
                for user in people[position * 3 : position * 3 + 3]:
                    if user not in taken:
                        taken.add(user)
                        members.append((team_id, user, event.id, event.starts))
    loader = ctx.loader
    loader.load(
        "event_registrations", ("id", "event_id", "user_id", "status", "created_at"), registrations
    )
    loader.load("event_organisers", ("event_id", "user_id"), organisers)
    loader.load("teams", ("id", "event_id", "idea_id", "name", "award", "created_at"), teams)
    loader.load("team_members", ("team_id", "user_id", "event_id", "joined_at"), members)


def _quarter_start(moment: datetime) -> date:
    return date(moment.year, (moment.month - 1) // 3 * 3 + 1, 1)


def _add_quarters(day: date, quarters: int) -> date:
    index = day.year * 4 + (day.month - 1) // 3 + quarters
    return date(index // 4, index % 4 * 3 + 1, 1)


def _item_status(ctx: Context, decided: datetime) -> str:
    years = (ctx.now - decided).days / 365
    if years > 2:
        weights = {"done": 60, "cancelled": 10, "in_progress": 25, "paused": 5}
    elif years > 1:
        weights = {"done": 30, "in_progress": 45, "paused": 10, "planned": 10, "cancelled": 5}
    else:
        weights = {"planned": 50, "in_progress": 40, "paused": 10}
    return ctx.rng.choices(list(weights), list(weights.values()))[0]


PROGRESS = {"planned": 0, "in_progress": 45, "paused": 30, "done": 100, "cancelled": 20}
ITEM_COLUMNS = (
    "id",
    "slug",
    "title",
    "description",
    "description_html",
    "category_id",
    "vision_id",
    "responsible_department",
    "contact",
    "visibility",
    "start_on",
    "start_precision",
    "end_on",
    "end_precision",
    "status",
    "status_reason",
    "progress",
    "progress_from_milestones",
    "budget_eur",
    "last_update_at",
    "created_by_id",
    "created_at",
    "updated_at",
)


def seed_roadmap(ctx: Context, page_idea_id: int) -> None:
    rng = ctx.rng
    accepted = [i for i in ctx.ideas if i.status == S.ACCEPTED and not i.hidden]
    rng.shuffle(accepted)
    accepted.sort(key=lambda idea: idea.id != page_idea_id)  # the measured idea has an item
    count = min(ctx.size.roadmap_items, len(accepted))
    items, links, milestones, updates, indicators, evaluations, follows = ([] for _ in range(7))
    spare = accepted[count:]
    bases = {base.title: base for base in texts.bases()}
    for number, idea in enumerate(accepted[:count], start=1):
        status = _item_status(ctx, idea.decided)
        progress = PROGRESS[status]
        created = idea.decided + timedelta(days=rng.randint(3, 30))
        created = min(created, ctx.now - timedelta(hours=1))
        start = _add_quarters(_quarter_start(created), 1)
        end = _add_quarters(start, rng.randint(2, 6))
        base = next((b for title, b in bases.items() if idea.title.startswith(title)), None)
        summary = base.summary if base else idea.title
        description = f"{summary}\n\n**Vorgehen:** Pilot, Auswertung, Ausrollen."
        history = _updates(ctx, status, created)
        last_update = history[-1][3] if history else created
        items.append(
            (
                number,
                texts.slug(idea.title),
                idea.title,
                description,
                texts.rendered(description),
                idea.category,
                idea.vision,
                texts.DEPARTMENTS[number % len(texts.DEPARTMENTS)],
                "digitalisierung@stadt-beispiel.de",
                "internal" if idea.internal else "public",
                start,
                "quarter",
                end,
                "quarter",
                status,
                "Vorrang für gesetzliche Pflichtaufgaben."
                if status in ("paused", "cancelled")
                else None,
                progress,
                number % 3 == 0,
                20_000 * (number % 20 + 1),
                last_update,
                ctx.moderator(),
                created,
                last_update,
            )
        )
        links.append((number, idea.id))
        if spare and rng.random() < 0.1 and spare[-1].internal == idea.internal:
            links.append((number, spare.pop().id))
        for position, title in enumerate(("Konzept", "Pilotbetrieb", "Einführung")):
            due = _add_quarters(start, position * 2)
            done = progress >= (position + 1) * 33 and due <= ctx.now.date()
            done_at = datetime.combine(due, datetime.min.time(), ctx.now.tzinfo) if done else None
            milestones.append((len(milestones) + 1, number, title, due, done_at, None))
        for body, body_html, state, when in history:
            updates.append(
                (len(updates) + 1, number, ctx.moderator(), body, body_html, None, state, when)
            )
        current = None if progress == 0 else 40 - 32 * progress // 100
        measured = ctx.now.date() if current is not None else None
        indicators.append(
            (len(indicators) + 1, number, "Bearbeitungszeit", "Minuten", 40, 8, current, measured)
        )
        if status == "done" and rng.random() < 0.5:
            evaluations.append(
                (
                    len(evaluations) + 1,
                    number,
                    "Das Ziel wurde erreicht; die Bearbeitungszeit sank deutlich.",
                    "Früh mit den Fachämtern testen; Schulungen einplanen.",
                    "Ausweitung auf weitere Dienstleistungen.",
                    ctx.moderator(),
                    last_update,
                )
            )
        for user in rng.sample(ctx.citizens, min(5, len(ctx.citizens))):
            follows.append((number, user, created))
    _load_roadmap(ctx, items, links, milestones, updates, indicators, evaluations, follows)


def _updates(ctx: Context, status: str, created: datetime) -> list[tuple]:
    """Progress updates from the start until now; a paused item has had none for 100 days."""
    if status == "planned":
        return []
    end = ctx.now - timedelta(days=100 if status == "paused" else 1)
    end = max(end, created + timedelta(hours=1))
    count = ctx.rng.randint(2, 6)
    moments = sorted(ctx.between(created, end) for _ in range(count))
    history = []
    for position, moment in enumerate(moments):
        body = texts.UPDATE_TEXTS[position % len(texts.UPDATE_TEXTS)]
        state = "in_progress" if position == 0 else (status if position == count - 1 else None)
        history.append((body, texts.rendered(body), state, moment))
    return history


def _load_roadmap(ctx, items, links, milestones, updates, indicators, evaluations, follows):
    loader = ctx.loader
    loader.load("roadmap_items", ITEM_COLUMNS, items)
    loader.load("roadmap_item_ideas", ("item_id", "idea_id"), links)
    loader.load("milestones", ("id", "item_id", "title", "due_on", "done_at", "note"), milestones)
    loader.load(
        "progress_updates",
        ("id", "item_id", "author_id", "body", "body_html", "progress", "status", "created_at"),
        updates,
    )
    loader.load(
        "indicators",
        ("id", "item_id", "name", "unit", "baseline", "target", "current", "measured_on"),
        indicators,
    )
    loader.load(
        "evaluations",
        ("id", "item_id", "summary", "lessons_learned", "next_steps", "author_id", "created_at"),
        evaluations,
    )
    loader.load("roadmap_follows", ("item_id", "user_id", "created_at"), follows)
