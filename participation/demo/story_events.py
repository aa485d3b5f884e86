"""Planning the events (events.toml): registrations, ideas, teams, awards and results."""

from datetime import datetime, timedelta

from participation.demo.steps import Story


def plan_events(story: Story) -> None:
    data = story.content["events"]
    organiser = data["organiser"]
    for event in data["event"]:
        key = event["key"]

        def moment(name: str, event=event) -> datetime | None:
            return story.at(event[name]["day"], event[name]["time"]) if name in event else None

        fields = {
            "type": event["type"],
            "title": event["title"],
            "description": event["description"],
            "starts_at": moment("starts"),
            "ends_at": moment("ends"),
            "place": event.get("place", ""),
            "online_url": event.get("online_url", ""),
            "audience": event.get("audience", "public"),
            "capacity": event.get("capacity"),
            "submissions_open_at": moment("submissions_open"),
            "submissions_close_at": moment("submissions_close"),
            "co_organisers": event.get("co_organisers", ""),
            "results": "",
        }
        announced = fields
        if event.get("teams"):  # teams are formed while the event runs, so it runs on for now
            if "results" not in event:
                raise ValueError(f"Event {key} has teams, so it needs results to end.")
            announced = fields | {"ends_at": story.clock.now + timedelta(days=1)}
        story.add(
            story.office(event["announced"], "10:00"),
            "event",
            key=key,
            actor=organiser,
            fields=announced,
        )
        for registration in event.get("registrations", []):
            when = story.at(registration["day"], "19:30")
            story.add(when, "register", event=key, user=registration["user"])
        for idea in event.get("ideas", []):
            story.add(
                story.at(idea.get("day", event["starts"]["day"]), idea["time"]),
                "submit",
                key=idea["key"],
                author=idea["author"],
                title=idea["title"],
                summary=idea["summary"],
                description=idea.get("description")
                or event["idea_description"].format(summary=idea["summary"]),
                category=idea["category"],
                tags="",
                internal=False,
                event=key,
            )
        for team in event.get("teams", []):
            formed = story.at(event["starts"]["day"], team["time"])
            story.add(
                formed,
                "team",
                event=key,
                idea=team["idea"],
                founder=team["founder"],
                name=team["name"],
            )
            for number, member in enumerate(team["members"], start=1):
                joined = formed + timedelta(minutes=5 * number)
                story.add(joined, "join_team", event=key, team=team["name"], user=member)
        if award := event.get("award"):
            details = {"team": award["team"], "award": award["award"]}
            story.add(
                story.at(award["day"], award["time"]),
                "award",
                event=key,
                actor=organiser,
                **details,
            )
        if results := event.get("results"):
            ended = fields | {"results": results["text"]}
            story.add(
                story.office(results["day"], results["time"], later=True),
                "event_results",
                event=key,
                actor=organiser,
                fields=ended,
            )
        if hand_over := event.get("hand_over"):
            when = story.office(hand_over["day"], hand_over["time"], later=True)
            story.add(when, "hand_over", event=key, actor=organiser, ideas=hand_over["ideas"])
