"""Planning the ideas: submissions, comments and supports, and what the moderation team and
the deciding bodies did with them (process.toml)."""

from datetime import datetime, timedelta

from participation.demo.steps import PEOPLE_HOURS, STAFF_HOURS, Story, seeded_random, time_of_day

COMMENT_DAYS = 45  # comments without a date of their own come in the weeks after submission


def plan_ideas(story: Story, pools: dict[str, list[str]]) -> None:
    staff = {
        account["email"] for account in story.content["accounts"]["account"] if account["roles"]
    }
    for idea in story.content["ideas"]["idea"]:
        rng = seeded_random(idea["key"])
        if idea["author"] in staff:
            when = story.office(idea["submitted"], time_of_day(rng, STAFF_HOURS))
        else:
            when = story.at(idea["submitted"], time_of_day(rng, PEOPLE_HOURS))
        story.submitted[idea["key"]] = when
    _process(story)
    for idea in story.content["ideas"]["idea"]:
        _idea(story, idea, pools, staff)


def _process(story: Story) -> None:
    """Reviews, assessments, decisions, rejections, merges and hidings, each after the one
    before (moving work to a workday must not turn the order around)."""
    data = story.content["process"]
    moderator = story.content["accounts"]["moderator"]
    for key, steps in data["idea"].items():
        rng = seeded_random(f"process:{key}")
        days, previous = [], story.submitted[key]

        def step(when, action: str, key=key, **args) -> datetime:
            nonlocal previous
            previous = story.after(when, previous)
            story.add(previous, action, idea=key, actor=moderator, **args)
            return previous

        if review := steps.get("review"):
            days.append(review["day"])
            step(
                story.office(review["day"], time_of_day(rng, STAFF_HOURS)),
                "review",
                note=review["note"],
            )
        if assessment := steps.get("assessment"):
            days.append(assessment["day"])
            values = data["assessment_defaults"] | assessment
            del values["day"]
            values["earliest_start"] = story.clock.quarter(assessment["earliest_start"])
            step(
                story.office(assessment["day"], time_of_day(rng, STAFF_HOURS)),
                "assess",
                values=values,
            )
        if decision := steps.get("decision"):
            meeting = data["meetings"][decision["meeting"]]
            days.append(meeting["day"])
            met = story.clock.workday(meeting["day"])
            recorded = story.clock.workday(met - 1, later=True)  # the next workday
            story.closed[key] = step(
                story.at(recorded, time_of_day(rng, STAFF_HOURS)),
                "decide",
                outcome=decision["outcome"],
                body=meeting["body"],
                decided_on=story.clock.day(met),
                reasoning=decision["reasoning"],
                document_url=data["documents"]["url"] if meeting.get("documents") else "",
            )
        for kind in ("reject", "merge", "hide"):
            if closing := steps.get(kind):
                days.append(closing["day"])
                details = {name: value for name, value in closing.items() if name != "day"}
                when = story.office(closing["day"], time_of_day(rng, STAFF_HOURS))
                story.closed[key] = step(when, kind, **details)
        if days != sorted(days, reverse=True):
            raise ValueError(f"The steps of idea {key} are not in order: {days}")


def _idea(story: Story, idea: dict, pools: dict[str, list[str]], staff: set[str]) -> None:
    """The submission with its comments and supports."""
    key = idea["key"]
    rng = seeded_random(f"discussion:{key}")
    submitted = story.submitted[key]
    story.add(
        submitted,
        "submit",
        key=key,
        author=idea["author"],
        title=idea["title"],
        summary=idea["summary"],
        description=idea["description"],
        category=idea["category"],
        tags=", ".join(idea["tags"]),
        internal=idea.get("internal", False),
    )
    close = min(story.closed.get(key, story.clock.last_evening), story.clock.last_evening)
    _comments(story, rng, idea, submitted, close, staff)
    pool = pools["internal" if idea.get("internal") else "public"]
    _supports(story, rng, key, idea["supporters"], pool, submitted, close)


def _comments(story: Story, rng, idea: dict, submitted: datetime, close, staff: set[str]):
    """The thread in reading order, spread over the weeks after the submission (staff write
    on workdays); a comment's `after` (days after the submission) fixes its day, later ones
    follow it."""
    key = idea["key"]
    entries = []
    for number, comment in enumerate(idea.get("comments", [])):
        entries.append((f"{key}#{number}", comment, None))
        for count, reply in enumerate(comment.get("replies", [])):
            entries.append((f"{key}#{number}.{count}", reply, f"{key}#{number}"))
    end = min(submitted + timedelta(days=COMMENT_DAYS), close - timedelta(hours=1))
    previous = submitted
    for position, (comment_key, entry, parent) in enumerate(entries):
        if "after" in entry:
            when = story.awake(submitted + timedelta(days=entry["after"]), rng)
        else:
            share = (position + rng.uniform(0.3, 0.9)) / len(entries)
            when = story.awake(submitted + (end - submitted) * share, rng, entry["author"] in staff)
        if previous >= close:
            raise ValueError(f"Comment {comment_key} comes after the idea was closed.")
        when = max(when, previous + timedelta(minutes=20))
        if when >= close:  # moved past the end (into waking hours): halfway there instead
            when = previous + (close - previous) / 2
        previous = when
        story.add(
            when,
            "comment",
            key=comment_key,
            idea=key,
            author=entry["author"],
            text=entry["text"],
            parent=parent,
        )


def _supports(story, rng, key: str, count: int, pool: list[str], submitted, close) -> None:
    """`count` supporters from `pool`, most of them soon after the submission."""
    if count > len(pool):
        raise ValueError(f"Idea {key} needs {count} supporters; there are {len(pool)}.")
    first, last = submitted + timedelta(hours=1), close - timedelta(hours=1)
    people = rng.sample(pool, count)
    moments = sorted(story.awake(first + (last - first) * rng.random() ** 2, rng) for _ in people)
    for person, when in zip(people, moments, strict=True):
        story.add(min(max(when, first), last), "support", idea=key, user=person)
