"""The demo's story as dated steps, planned from the data files.

Planning only, without the database and without feature code: `plan()` turns the data files
and a `Clock` into `Step`s in the order they happened; `loader` replays them through the
services.
"""

from datetime import date, time, timedelta

from participation.demo.clock import Clock
from participation.demo.steps import Step, Story
from participation.demo.story_events import plan_events
from participation.demo.story_ideas import plan_ideas
from participation.demo.story_roadmap import plan_roadmap


def plan(content: dict[str, dict], clock: Clock) -> list[Step]:
    """Every step of the story, oldest first; all of them before `clock.now`."""
    story = Story(content, clock)
    pools = _accounts(story)
    plan_ideas(story, pools)
    _cycle(story)
    plan_roadmap(story)
    plan_events(story)
    steps = sorted(story.steps, key=lambda step: step.when)  # stable: ties keep their order
    if steps and steps[-1].when >= clock.now:
        raise ValueError(f"The demo story reaches the future: {steps[-1]}")
    return steps


def _accounts(story: Story) -> dict[str, list[str]]:
    """The demo accounts and the supporters; returns the supporters' addresses by the
    visibility of the ideas they support."""
    data = story.content["accounts"]
    for account in data["account"]:
        story.add(
            story.at(account["joined"], "09:00"),
            "account",
            email=account["email"],
            name=account["name"],
            roles=account["roles"],
            password=data["password"],
        )
    pools = {}
    for group in data["supporters"]:
        first, last = group["joined"]
        count = group["count"]
        pools[group["supports"]] = []
        for number in range(1, count + 1):
            day = round(first - (first - last) * (number - 1) / max(1, count - 1))
            email = group["email"].format(number=number)
            story.add(
                story.at(day, time(18, number % 60)),
                "account",
                email=email,
                name=group["name"].format(number=number),
                roles=group["roles"],
                password=None,
            )
            pools[group["supports"]].append(email)
    return pools


def _cycle(story: Story) -> None:
    """This year's programme, adopted in December of the year before; each idea is linked to
    its vision on the second workday after it came in (or after the adoption)."""
    data = story.content["cycle"]
    moderator = story.content["accounts"]["moderator"]
    clock = story.clock
    year = clock.today.year
    adopted_on = date(year - 1, data["adopted"]["month"], data["adopted"]["day"])
    adopted = story.office(clock.days_since(adopted_on), "17:00")
    story.add(
        adopted,
        "cycle",
        actor=moderator,
        year=year,
        title=data["title"].format(year=year),
        description=data["description"],
    )
    for position, vision in enumerate(data["vision"]):
        key = f"vision-{position}"
        story.add(
            adopted + timedelta(minutes=5 * (position + 1)),
            "vision",
            key=key,
            actor=moderator,
            title=vision["title"],
            description=vision["description"],
            position=position,
        )
        for idea in vision["ideas"]:
            since = max(adopted, story.submitted[idea])
            day = clock.days_since(since.astimezone(clock.zone).date()) - 2
            story.add(
                story.after(story.office(day, "09:15", later=True), since),
                "link_vision",
                vision=key,
                idea=idea,
                actor=moderator,
            )
