"""Planning the roadmap (roadmap.toml): items, milestones, measurements, updates, evaluations."""

from datetime import datetime, time, timedelta

from participation.demo.steps import Story, seeded_random

# Within a day an item's work comes in this order, from a time of its own.
MINUTES = {"item": 0, "milestone_done": 30, "measure": 45, "update": 60, "evaluate": 90}


def plan_roadmap(story: Story) -> None:
    data = story.content["roadmap"]
    moderator = story.content["accounts"]["moderator"]
    clock = story.clock
    for item in data["item"]:
        key, *bundled = item["ideas"]
        rng = seeded_random(f"roadmap:{key}")
        start = time(rng.randint(8, 13), rng.randint(0, 25))
        decided = max(story.closed[idea] for idea in item["ideas"])
        created = story.after(story.office(item["created"], start), decided)

        def at(day: int, action: str, start=start, created=created) -> datetime:
            """On a workday, in the item's order of the day, and never before it existed."""
            return max(story.office(day, start), created) + timedelta(minutes=MINUTES[action])

        indicator = item["indicator"]
        story.add(
            created,
            "item",
            key=key,
            idea=key,
            actor=moderator,
            fields={
                "title": item["title"],
                "description": item["description"],
                "responsible_department": item["department"],
                "contact": item.get("contact", data["contact"]),
                "start": clock.month(item["start"]),
                "end": clock.month(item["end"]),
                "budget_eur": item["budget"],
                "progress_from_milestones": item.get("progress_from_milestones", False),
            },
            milestones=[(stone["title"], clock.day(stone["due"])) for stone in item["milestones"]],
            indicator={name: indicator[name] for name in ("name", "unit", "baseline", "target")},
        )
        for number, idea in enumerate(bundled, start=1):
            story.add(
                created + timedelta(minutes=10 * number),
                "bundle",
                item=key,
                idea=idea,
                actor=moderator,
            )
        for follower in item.get("followers", []):
            story.add(
                story.at(follower["day"], "19:00"), "follow_item", item=key, user=follower["user"]
            )
        for number, stone in enumerate(item["milestones"]):
            if "done" in stone:
                when = at(stone["done"], "milestone_done")
                story.add(when, "milestone_done", item=key, milestone=number, actor=moderator)
        for measured in indicator.get("measured", []):
            day = clock.workday(measured["day"])
            story.add(
                at(day, "measure"),
                "measure",
                item=key,
                actor=moderator,
                value=measured["value"],
                measured_on=clock.day(day),
            )
        for update in item["updates"]:
            story.add(
                at(update["day"], "update"),
                "update",
                item=key,
                actor=moderator,
                body=update["body"],
                progress=update.get("progress"),
                status=update.get("status"),
                reason=update.get("reason"),
            )
        if evaluation := item.get("evaluation"):
            details = {name: value for name, value in evaluation.items() if name != "day"}
            story.add(
                at(evaluation["day"], "evaluate"),
                "evaluate",
                item=key,
                actor=moderator,
                **details,
            )
