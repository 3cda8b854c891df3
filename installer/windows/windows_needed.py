"""Does this checkout need the Windows build? `.ci/run` asks before `make windows windows-test`.

The Windows build (about a quarter of an hour under Wine) runs when `installer/`,
`pyproject.toml` or the `Makefile` differ from the last green `make windows-test`. That
run writes a fingerprint of those files (their paths and contents, as git sees the
checkout: tracked and untracked, not ignored) to `installer/windows-build.stamp`, which is
committed with them. A fresh clone in CI has no cache and no history of earlier runs, so
the decision rests only on that committed stamp.

    python3 installer/windows/windows_needed.py            exit 0: needed, 3: not needed
    python3 installer/windows/windows_needed.py --write    record the current state

When the fingerprint cannot be taken (no git, not a checkout), the answer is "needed":
building once too often is cheaper than shipping an untested installer.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WATCHED = ("installer", "pyproject.toml", "Makefile")
STAMP = "installer/windows-build.stamp"
NOT_NEEDED = 3
HEADER = (
    "# Fingerprint of installer/, pyproject.toml and Makefile at the last green\n"
    "# `make windows-test` (written by installer/windows/windows_needed.py --write).\n"
    "# .ci/run builds and tests the Windows installer when the checkout differs.\n"
)


def fingerprint(root: Path) -> str:
    """sha256 over the watched files' paths and contents (the stamp itself left out)."""
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *WATCHED],
        cwd=root,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    digest = hashlib.sha256()
    for name in sorted(set(filter(None, listing.split("\0")))):
        path = root / name
        if name == STAMP or not path.is_file():  # deleted but still in the index
            continue
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def recorded(root: Path) -> str | None:
    path = root / STAMP
    if not path.is_file():
        return None
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    values = [line for line in lines if line and not line.startswith("#")]
    return values[0] if values else None


def write_stamp(root: Path) -> str:
    value = fingerprint(root)
    (root / STAMP).write_text(HEADER + value + "\n", encoding="utf-8")
    return value


def decide(root: Path) -> tuple[bool, str]:
    """(needed, reason)."""
    try:
        current = fingerprint(root)
    except (OSError, subprocess.CalledProcessError) as error:
        return True, f"cannot fingerprint the checkout ({error})"
    last = recorded(root)
    if last is None:
        return True, f"no {STAMP}: the installer was never built green"
    if last != current:
        return True, "installer/, pyproject.toml or Makefile changed since the last green build"
    return False, "installer/, pyproject.toml and Makefile unchanged since the last green build"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout (default: this)")
    parser.add_argument("--write", action="store_true", help="record the current state")
    args = parser.parse_args(argv)
    if args.write:
        print(f"{STAMP}: {write_stamp(args.root)}")
        return 0
    needed, reason = decide(args.root)
    print(f"Windows build {'needed' if needed else 'not needed'}: {reason}")
    return 0 if needed else NOT_NEEDED


if __name__ == "__main__":
    sys.exit(main())
