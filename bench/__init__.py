"""Load benchmark of the platform: seed data, start servers, measure, print a table.

`python -m bench --help` (or `make bench`) runs it; the README's "Benchmark" section explains
how to read the output. `bench/search.py` is the older search-only micro-benchmark.
"""
