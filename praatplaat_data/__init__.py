"""The content pack of the praatplaat (TOML files); loaded by app.content.

`FOLDER` is the directory holding the TOML files (editable, wheel or frozen bundle).
"""

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
