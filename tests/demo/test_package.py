"""Demo content lives in `participation/demo/` only: the features carry no demo code."""

import tomllib
from pathlib import Path

import participation
from participation.config import ROOT as PROJECT
from participation.demo.loader import DATA_FILES

ROOT = Path(participation.__file__).parent
DEMO = ROOT / "demo"


def outside_the_demo(paths) -> list[Path]:
    return sorted(
        path.relative_to(ROOT)
        for path in paths
        if path != DEMO and DEMO not in path.parents and "__pycache__" not in path.parts
    )


def test_no_demo_module_outside_the_demo_package():
    assert outside_the_demo(ROOT.rglob("*demo*")) == []


def test_only_the_app_factory_imports_the_demo():
    """It registers `flask seed-demo`; no feature knows the demo."""
    importers = [
        path for path in ROOT.rglob("*.py") if "participation.demo" in path.read_text("utf-8")
    ]
    assert outside_the_demo(importers) == [Path("app.py")]


def test_the_data_files_ship_with_the_package():
    pyproject = tomllib.loads((PROJECT / "pyproject.toml").read_text("utf-8"))
    assert pyproject["tool"]["setuptools"]["package-data"]["participation.demo"] == ["data/*.toml"]
    assert sorted(path.stem for path in (DEMO / "data").glob("*.toml")) == sorted(DATA_FILES)


def test_the_demo_modules_stay_small():
    for path in DEMO.glob("*.py"):
        assert len(path.read_text("utf-8").splitlines()) <= 400, path.name
