"""The project builds into a wheel in which every feature is a regular package."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def feature_packages() -> list[str]:
    return sorted(
        path.name
        for path in (ROOT / "participation").iterdir()
        if path.is_dir() and any(path.glob("*.py"))
    )


def test_every_feature_folder_is_a_regular_package():
    missing = [
        name
        for name in feature_packages()
        if not (ROOT / "participation" / name / "__init__.py").exists()
    ]
    assert not missing


def test_the_wheel_holds_and_imports_every_feature(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("mitwirken-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in feature_packages():
        assert f"participation/{package}/__init__.py" in names, package
    imports = "; ".join(f"import participation.{name}" for name in feature_packages())
    probe = (
        f"import sys; sys.path.insert(0, {str(wheel)!r}); {imports}; "
        "import participation; print(participation.__file__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, check=True, capture_output=True, text=True
    )
    assert result.stdout.strip().startswith(str(wheel))
