"""Name and version of the project, read from pyproject.toml (the one source of both).

Used by installer/wijkpraat.spec, the Makefile's `dist` target and tests/test_installer.py.
`python installer/project_meta.py version` prints the version.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_project(pyproject: Path = ROOT / "pyproject.toml") -> tuple[str, str]:
    """(name, version) from the [project] table."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return project["name"], project["version"]


if __name__ == "__main__":
    name, version = read_project()
    print(version if sys.argv[1:] == ["version"] else name)
