"""Content texts say {de_wijk} or {deze_wijk}; a dorp reads "het dorp", "dit dorp"."""

from __future__ import annotations

import re
from collections.abc import Callable

# Placeholder -> (text for a wijk, text for a dorp). See praatplaat_data/SCHEMA.md.
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "wijk": ("wijk", "dorp"),
    "de_wijk": ("de wijk", "het dorp"),
    "De_wijk": ("De wijk", "Het dorp"),
    "deze_wijk": ("deze wijk", "dit dorp"),
    "Deze_wijk": ("Deze wijk", "Dit dorp"),
    "wijkagenda": ("wijkagenda", "dorpsagenda"),
    "wijkdemocratie": ("wijkdemocratie", "dorpsdemocratie"),
    "de_hele_wijk": ("de hele wijk", "het hele dorp"),
    "De_hele_wijk": ("De hele wijk", "Het hele dorp"),
    "bewonersorganisaties": ("bewonersorganisaties", "dorpsbelangen"),
    "wijkkrant": ("wijkkrant", "dorpskrant"),
    # the first half of a compound: Wijkpanel / Dorpspanel, Buurtbudget / Dorpsbudget
    "Wijk_": ("Wijk", "Dorps"),
    "wijk_": ("wijk", "dorps"),
    "Buurt_": ("Buurt", "Dorps"),
}
PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


def wording(text: str, soort: str = "wijk") -> str:
    """Fill the wijk/dorp placeholders of a content text for a gebied of this soort."""
    index = 1 if soort == "dorp" else 0
    return PLACEHOLDER_RE.sub(lambda m: PLACEHOLDERS[m.group(1)][index], text)


def content_name(find: Callable[[str], object], item_id: str | None, attr: str, soort: str) -> str:
    """The worded text (`attr`: titel, naam, tekst) of a content item found by id, or the id
    itself when this pack does not know it (a bundle from a newer or older version)."""
    if not item_id:
        return ""
    try:
        return wording(str(getattr(find(item_id), attr)), soort)
    except KeyError:
        return item_id
