"""The content pack: the praatplaat of the Gronings model, read from praatplaat_data/.

model.py holds the frozen dataclasses, loader.py reads and validates the TOML files,
wording.py fills {de_wijk}-style placeholders, labels.py has every Dutch label of the
store's enums and the date formats.
"""

from app.content.loader import default_pack, load_pack
from app.content.model import ContentPack, Vraag, Waarde
from app.content.wording import PLACEHOLDERS, wording

__all__ = [
    "PLACEHOLDERS",
    "ContentPack",
    "Vraag",
    "Waarde",
    "default_pack",
    "load_pack",
    "wording",
]
