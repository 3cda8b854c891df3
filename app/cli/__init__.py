"""The `wijkpraat` command: the GUI by default, and sub-commands for data and handouts.

main.py parses and boots; data.py, handouts.py and system.py each add their sub-commands.
"""

from app.cli.main import build_parser, main, parse

__all__ = ["build_parser", "main", "parse"]
