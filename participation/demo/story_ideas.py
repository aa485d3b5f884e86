"""Planning the ideas: submissions, comments and supports, and what the moderation team and
the deciding bodies did with them (process.toml)."""

from datetime import datetime, timedelta

from participation.demo.steps import PEOPLE_HOURS, STAFF_HOURS, Story, seeded_random, time_of_day

COMMENT_DAYS = 45  # comments without a date of their own come in the weeks after submission


def plan_ideas(story: Story, pools: dict[str, list[str]]) -> dict[str, int]:
    """Returns the day each idea came in."""
    closes = _process(story)
    return _ideas(story, pools, closes)


def _process(story: Story) -> dict[str, datetime]:
    """Reviews, assessments, decisions, rejections, merges and hidings; returns when each idea
    was closed for support (decided, rejected, merged or hidden)."""
    data = story.content["process"]
    moderator = story.content["accounts"]["moderator"]
    closes = {}
    for key, steps in data["idea"].items():
        rng = seeded_random(f"process:{key}")
        days = []
        if review := steps.get("review"):
            days.append(review["day"])
            when = story.office(review["day"], time_of_day(rng, STAFF_HOURS))
            story.add(when, "review", idea=key, actor=moderator, note=review["note"])
        if assessment := steps.get("assessment"):
            days.append(assessment["day"])
            values = data["assessment_defaults"] | assessment
            del values["day"]
            values["earliest_start"] = story.clock.quarter(assessment["earliest_start"])
            when = story.office(assessment["day"], time_of_day(rng, STAFF_HOURS))
            story.add(when, "assess", idea=key, actor=moderator, values=values)
        if decision := steps.get("decision"):
            meeting = data["meetings"][decision["meeting"]]
            days.append(meeting["day"])
            met = story.clock.workday(meeting["day"])
            recorded = story.clock.workday(met - 1, later=True)  # the next workday
            closes[key] = story.at(recorded, time_of_day(rng, STAFF_HOURS))
            story.add(
                closes[key],
                "decide",
                idea=key,
                actor=moderator,
                outcome=decision["outcome"],
                body=meeting["body"],
                decided_on=story.clock.day(met),
                reasoning=decision["reasoning"],
                document_url=data["documents"]["url"] if meeting.get("documents") else "",
            )
        for kind in ("reject", "merge", "hide"):
            if closing := steps.get(kind):
                days.append(closing["day"])
                closes[key] = story.office(closing["day"], time_of_day(rng, STAFF_HOURS))
                details = {name: value for name, value in closing.items() if name != "day"}
                story.add(closes[key], kind, idea=key, actor=moderator, **details)
        if days != sorted(days, reverse=True):
            raise ValueError(f"The steps of idea {key} are not in order: {days}")
    return closes


def _ideas(story: Story, pools: dict[str, list[str]], closes: dict[str, datetime]):
    """Submissions with their comments and supports; returns the day each idea came in."""
    staff = {
        account["email"] for account in story.content["accounts"]["account"] if account["roles"]
    }
    submitted = {}
    for idea in story.content["ideas"]["idea"]:
        key = idea["key"]
        rng = seeded_random(key)
        if idea["author"] in staff:
            when = story.office(idea["submitted"], time_of_day(rng, STAFF_HOURS))
        else:
            when = story.at(idea["submitted"], time_of_day(rng, PEOPLE_HOURS))
        submitted[key] = idea["submitted"]
        story.add(
            when,
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
        close = min(closes.get(key, story.clock.last_evening), story.clock.last_evening)
        _comments(story, rng, idea, when, close, staff)
        pool = pools["internal" if idea.get("internal") else "public"]
        _supports(story, rng, key, idea["supporters"], pool, when, close)
    return submitted


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
        when = max(when, previous + timedelta(minutes=20))
        if when >= close:
            raise ValueError(f"Comment {comment_key} comes after the idea was closed.")
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
        story.add(max(when, first), "support", idea=key, user=person)
