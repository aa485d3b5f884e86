"""Planning the roadmap (roadmap.toml): items, milestones, measurements, updates, evaluations."""

from datetime import timedelta

from participation.demo.steps import Story


def plan_roadmap(story: Story) -> None:
    data = story.content["roadmap"]
    moderator = story.content["accounts"]["moderator"]
    clock = story.clock
    for item in data["item"]:
        key, *bundled = item["ideas"]
        created = story.at(item["created"], "10:00")
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
                when = story.at(stone["done"], "10:30")
                story.add(when, "milestone_done", item=key, milestone=number, actor=moderator)
        for measured in indicator.get("measured", []):
            story.add(
                story.at(measured["day"], "10:45"),
                "measure",
                item=key,
                actor=moderator,
                value=measured["value"],
                measured_on=clock.day(measured["day"]),
            )
        for update in item["updates"]:
            story.add(
                story.at(update["day"], "11:00"),
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
                story.at(evaluation["day"], "11:30"),
                "evaluate",
                item=key,
                actor=moderator,
                **details,
            )
