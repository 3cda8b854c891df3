"""CLI sub-commands for the installed app: `wijkpraat self-test`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

Command = Callable[[argparse.Namespace], int]


def add_commands(
    sub: Any, add_location_options: Callable[[argparse.ArgumentParser], None]
) -> dict[str, Command]:
    """Add this area's sub-parsers to `sub`; return {name: function}."""
    return {}
