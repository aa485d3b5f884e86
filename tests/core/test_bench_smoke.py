"""The load benchmark keeps working: its smoke mode seeds a tiny SQLite database with the
benchmark's own seeding code and requests every page of its table once, in-process."""

from bench import smoke
from bench.pages import PAGES


def test_every_benchmark_page_answers_as_expected(tmp_path):
    results = smoke.run(tmp_path)

    assert [result.page for result in results] == list(PAGES)
    assert {r.page.name: r.status for r in results if not r.ok} == {}
    assert all(r.statements for r in results if not r.page.floor), "SQL statements counted"
