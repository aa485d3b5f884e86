"""The load benchmark keeps working: its smoke mode seeds a tiny SQLite database with the
benchmark's own seeding code and requests every page of its table once, in-process."""

from bench import load, smoke
from bench.pages import PAGES


def test_every_benchmark_page_answers_as_expected(tmp_path):
    results = smoke.run(tmp_path)

    assert [result.page for result in results] == list(PAGES)
    assert {r.page.name: r.status for r in results if not r.ok} == {}
    assert all(r.statements for r in results if not r.page.floor), "SQL statements counted"


WRK_REPORT = """Running 10s test @ http://127.0.0.1:40000/roadmap
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.33s   815.04ms   4.80s    80.00%
    Req/Sec     1.45      2.31    10.00     90.00%
  Latency Distribution
     50%    3.63s<SP>
     75%    3.94s<SP>
     90%    4.03s<SP>
     99%  480.50ms
  20 requests in 10.11s, 1.53MB read
  Socket errors: connect 0, read 1, write 0, timeout 2
  Non-2xx or 3xx responses: 4
Requests/sec:      1.98
Transfer/sec:    154.83KB
""".replace("<SP>", " ")  # wrk pads some values with a trailing space


def test_the_wrk_report_is_read_with_its_units_and_errors():
    result = load.parse(WRK_REPORT)

    assert result.requests_per_second == 1.98
    assert (result.p50_ms, result.p99_ms) == (3630.0, 480.5)
    assert (result.requests, result.errors, result.socket_errors) == (20, 4, 3)


def test_a_run_without_finished_requests_has_no_latency():
    report = WRK_REPORT.replace("20 requests in", "0 requests in")

    assert (load.parse(report).p50_ms, load.parse(report).p99_ms) == (None, None)
