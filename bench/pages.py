"""The pages the benchmark measures: one row each, in the order of the result table.

A new page is one more `Page(...)` line. `{name}` in a path is filled from the seed's marker
(`bench_seed`): `idea_ref`, `support_ref`, `tag`, `report_year`, `profile_id`, … `as_user`
names the demo account whose login cookie the requests carry (see `seed_people.LOGINS`).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    as_user: str | None = None  # "citizen", "moderator", … (None: anonymous)
    method: str = "GET"
    expect: int = 200
    follow: bool = False  # follow one redirect (to the slug URL) first; measure its target
    floor: bool = False  # the hello-world app, not the platform

    def url_path(self, meta: dict[str, str]) -> str:
        return self.path.format(**meta)


FLOOR = Page("floor (hello world)", "/", floor=True)
PAGES: tuple[Page, ...] = (
    FLOOR,
    Page("start", "/"),
    Page("ideas", "/ideas"),
    Page("ideas page 50", "/ideas?after={deep_cursor}"),
    Page("ideas category+supported", "/ideas?category=mobilitaet&sort=supported"),
    Page("ideas status=accepted", "/ideas?status=accepted"),
    Page("ideas tag", "/ideas?tag={tag}"),
    Page("idea (20 comments)", "/ideas/{idea_ref}", follow=True),
    Page("search", "/search?q=online"),
    Page("roadmap", "/roadmap"),
    Page("events", "/events"),
    Page("report", "/report/{report_year}"),
    Page("ideas (citizen)", "/ideas", as_user="citizen"),
    Page("idea (citizen)", "/ideas/{idea_ref}", as_user="citizen", follow=True),
    Page("notifications (citizen)", "/notifications", as_user="citizen"),
    Page("profile", "/users/{profile_id}"),
    Page("moderation queue", "/moderation", as_user="moderator"),
    Page("admin overview", "/admin", as_user="admin"),
    Page("admin people", "/admin/users", as_user="admin"),
    Page("admin audit log", "/admin/audit", as_user="admin"),
    Page("API ideas (JSON)", "/api/v1/ideas"),
    Page("API idea (JSON)", "/api/v1/ideas/{idea_ref}"),
    Page("support POST (citizen)", "/ideas/{support_ref}/support", "citizen", "POST", 302),
)


def key(page: Page) -> str:
    """A short name for the command line: "ideas page 50" -> "ideas-page-50"."""
    cleaned = "".join(char if char.isalnum() else "-" for char in page.name.lower())
    return "-".join(part for part in cleaned.split("-") if part)


def select_pages(names: list[str] | None) -> list[Page]:
    """The pages named (by `key`), always with the floor first; all when `names` is empty."""
    if not names:
        return list(PAGES)
    known = {key(page): page for page in PAGES}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise SystemExit(f"unknown page(s): {', '.join(unknown)}; known: {', '.join(known)}")
    return [FLOOR, *(known[name] for name in names if known[name] is not FLOOR)]
