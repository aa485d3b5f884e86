"""The demo's data files (`data/*.toml`), read with the standard library."""

import tomllib
from functools import cache
from importlib.resources import files


@cache
def load(name: str) -> dict:
    """One data file, e.g. `load("ideas")`; callers must not change what they get."""
    text = files("participation.demo").joinpath("data", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)
