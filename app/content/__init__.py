"""The content pack: the praatplaat of the Gronings model, read from praatplaat_data/."""

from app.content.pack import (
    PLACEHOLDERS,
    ContentPack,
    Vraag,
    Waarde,
    default_pack,
    load_pack,
    wording,
)

__all__ = [
    "PLACEHOLDERS",
    "ContentPack",
    "Vraag",
    "Waarde",
    "default_pack",
    "load_pack",
    "wording",
]
