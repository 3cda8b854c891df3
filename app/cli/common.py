"""What every sub-command module of the CLI shares."""

from __future__ import annotations

import argparse
from collections.abc import Callable

# A sub-command: parsed arguments in, exit code out.
Command = Callable[[argparse.Namespace], int]
# Adds --db and --data-dir to a sub-parser.
LocationOptions = Callable[[argparse.ArgumentParser], None]
