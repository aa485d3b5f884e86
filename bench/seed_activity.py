"""Supports, comments with replies, follows and reports: how many each idea gets is decided
first (a long-tailed share of the size's totals), so that the ideas' counters equal their
rows; the rows themselves are streamed into the database afterwards."""

from datetime import timedelta

from bench import texts
from bench.seed_context import Context, IdeaRow
from participation.ideas.models import IdeaStatus as S

SUPPORT_STATUSES = {S.SUBMITTED, S.IN_REVIEW, S.ASSESSED}
COMMENT_COLUMNS = (
    "id",
    "idea_id",
    "author_id",
    "parent_id",
    "body",
    "body_html",
    "created_at",
    "hidden_at",
    "hidden_reason",
    "open_report_count",
)
BENCH_IDEA_COMMENTS = 20


def allocate(ctx: Context, total: int, weights: list[float], caps: list[int]) -> list[int]:
    """Share `total` out in proportion to `weights`, never more than `caps` per slot."""
    weight_sum = sum(weights) or 1.0
    counts = [min(cap, int(total * w / weight_sum)) for w, cap in zip(weights, caps, strict=True)]
    remaining = total - sum(counts)
    while remaining > 0:
        open_slots = [i for i, count in enumerate(counts) if count < caps[i] and weights[i] > 0]
        if not open_slots:
            raise ValueError(f"{remaining} left over: not enough room for the size's totals")
        picks = ctx.rng.choices(open_slots, [weights[i] for i in open_slots], k=remaining)
        for i in picks:
            if remaining and counts[i] < caps[i]:
                counts[i] += 1
                remaining -= 1
    return counts


def _age_factor(idea: IdeaRow) -> float:
    days = (idea.activity_end - idea.created).total_seconds() / 86400
    return min(1.0, (days + 1) / 60)


def choose_bench_ideas(ctx: Context) -> tuple[IdeaRow, IdeaRow]:
    """The idea whose page is measured (public, accepted, ~20 comments) and the one the
    benchmark's citizen supports and withdraws support from (open for support)."""
    citizen = ctx.accounts["citizen"]
    public = [i for i in ctx.ideas if not i.internal and not i.hidden and i.event is None]
    accepted = [i for i in public if i.status == S.ACCEPTED and i.author != citizen]
    discussable = accepted or [i for i in public if i.status not in (S.MERGED, S.WITHDRAWN)]
    page_idea = discussable[len(discussable) // 2]
    open_ones = [
        i
        for i in public
        if i.status in SUPPORT_STATUSES and i.author != citizen and i is not page_idea
    ]
    support_idea = open_ones[-1]
    ctx.meta["idea_ref"] = f"{page_idea.year}-{page_idea.number:04d}"
    ctx.meta["support_ref"] = f"{support_idea.year}-{support_idea.number:04d}"
    return page_idea, support_idea


def count_activity(ctx: Context, page_idea: IdeaRow) -> None:
    rng, ideas = ctx.rng, ctx.ideas
    voters_public = len(ctx.citizens) + len(ctx.employees) - 1
    support_weights = [
        0.0 if idea.status == S.MERGED else rng.lognormvariate(0, 1.2) * _age_factor(idea)
        for idea in ideas
    ]
    for position, idea in enumerate(ideas):
        if idea.internal:
            support_weights[position] *= 0.3
    caps = [(len(ctx.employees) - 1 if i.internal else voters_public) for i in ideas]
    for idea, count in zip(
        ideas, allocate(ctx, ctx.size.supports, support_weights, caps), strict=True
    ):
        idea.supports = count
    comment_weights = [rng.lognormvariate(0, 1.3) * _age_factor(idea) for idea in ideas]
    comment_weights[page_idea.id - 1] = 0.0
    caps = [400] * len(ideas)
    total = ctx.size.comments - BENCH_IDEA_COMMENTS
    for idea, count in zip(ideas, allocate(ctx, total, comment_weights, caps), strict=True):
        idea.comments = count
    page_idea.comments = BENCH_IDEA_COMMENTS


def vote_rows(ctx: Context):
    rng = ctx.rng
    public_pool = [*ctx.citizens, *ctx.employees]
    ident = 0
    for idea in ctx.ideas:
        if not idea.supports:
            continue
        pool = ctx.employees if idea.internal else public_pool
        chosen = rng.sample(pool, idea.supports + 1)
        chosen = [user for user in chosen if user != idea.author][: idea.supports]
        for user in chosen:
            ident += 1
            yield ident, idea.id, user, ctx.between(idea.created, idea.activity_end)


class Discussion:
    """Streams comment rows and collects the follows and reports that go with them."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.follows: list[tuple] = []
        self.reports: list[tuple] = []
        self.comment_texts = texts.comment_texts()

    def _author(self, idea: IdeaRow) -> int:
        ctx, draw = self.ctx, self.ctx.rng.random()
        if idea.internal:
            return ctx.skewed(ctx.employees, 1.5)
        if draw < 0.05:
            return ctx.moderator()
        if draw < 0.15:
            return ctx.rng.choice(ctx.employees)
        return ctx.skewed(ctx.citizens, 2.0)

    def rows(self):
        ctx, rng = self.ctx, self.ctx.rng
        citizen = ctx.accounts["citizen"]
        followed_by_citizen = set(rng.sample(range(len(ctx.ideas)), min(50, len(ctx.ideas))))
        ident = 0
        for position, idea in enumerate(ctx.ideas):
            followers = {idea.author: idea.created}
            if position in followed_by_citizen and not idea.internal:
                followers.setdefault(citizen, idea.activity_end)
            moments = sorted(
                ctx.between(idea.created, idea.activity_end) for _ in range(idea.comments)
            )
            top_level: list[int] = []
            for moment in moments:
                ident += 1
                author = self._author(idea)
                parent = rng.choice(top_level) if top_level and rng.random() < 0.25 else None
                if parent is None:
                    top_level.append(ident)
                body, html = self.comment_texts[rng.randrange(len(self.comment_texts))]
                hidden = rng.random() < 0.003
                reports = 1 if rng.random() < 0.0005 else 0
                if reports:
                    self.reports.append((self._reporter(author), None, ident, moment))
                followers.setdefault(author, moment)
                if idea.author == citizen and author != citizen:
                    self._tell_author(idea, author, body, moment)
                yield (
                    ident,
                    idea.id,
                    author,
                    parent,
                    body,
                    html,
                    moment,
                    moment + timedelta(hours=5) if hidden else None,
                    "Beleidigend." if hidden else None,
                    reports,
                )
            for reporter in self._reporters(idea):
                self.reports.append((reporter, idea.id, None, idea.activity_end))
            self.follows.extend((idea.id, user, when) for user, when in followers.items())

    def _reporter(self, author: int) -> int:
        while (reporter := self.ctx.skewed(self.ctx.citizens, 1.0)) == author:
            pass
        return reporter

    def _reporters(self, idea: IdeaRow) -> list[int]:
        reporters: set[int] = set()
        while len(reporters) < idea.open_reports:
            reporters.add(self._reporter(idea.author))
        return sorted(reporters)

    def _tell_author(self, idea: IdeaRow, commenter: int, body: str, moment) -> None:
        reference = f"{idea.year}-{idea.number:04d}"
        self.ctx.notify(
            idea.author,
            "my_ideas",
            "comment_on_my_idea",
            {"reference": reference, "title": idea.title, "name": "Jemand", "note": body[:200]},
            f"/ideas/{reference}",
            moment,
        )


def load_activity(ctx: Context) -> None:
    loader = ctx.loader
    loader.load("votes", ("id", "idea_id", "user_id", "created_at"), vote_rows(ctx))
    discussion = Discussion(ctx)
    loader.load("comments", COMMENT_COLUMNS, discussion.rows())
    loader.load("follows", ("idea_id", "user_id", "created_at"), discussion.follows)
    loader.load(
        "reports",
        ("id", "reporter_id", "idea_id", "comment_id", "reason", "text", "created_at"),
        (
            (n, reporter, idea, comment, "offensive", "", when)
            for n, (reporter, idea, comment, when) in enumerate(discussion.reports, start=1)
        ),
    )
