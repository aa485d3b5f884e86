"""How much data each benchmark size holds."""

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Size:
    name: str
    ideas: int
    comments: int
    supports: int
    citizens: int
    employees: int
    roadmap_items: int
    events: int
    first_year: int  # ideas are spread from January of this year until now

    def as_dict(self) -> dict:
        return asdict(self)


SIZES = {
    size.name: size
    for size in (
        # The smoke test's database: every kind of row, a few of each.
        Size("tiny", 30, 120, 150, 40, 8, 4, 3, 2025),
        Size("small", 2_000, 10_000, 20_000, 2_000, 120, 100, 24, 2022),
        Size("large", 100_000, 500_000, 1_000_000, 5_000, 400, 400, 48, 2022),
    )
}
