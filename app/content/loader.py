"""Load praatplaat_data/*.toml and validate it into a ContentPack.

The format is described in praatplaat_data/SCHEMA.md. Validation is strict on purpose: a
municipality edits these files by hand, and a typo must fail at load time with a message
naming file, item id and field, not in the middle of a meeting.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from pathlib import Path
from typing import Any

import praatplaat_data
from app.content.loader_rules import RuleReader
from app.content.model import (
    DNA_SOORTEN,
    Archetype,
    Bouwsteen,
    ContentPack,
    Instrument,
    Stap,
    Vraag,
    Waarde,
    Woord,
)
from app.content.wording import PLACEHOLDER_RE, PLACEHOLDERS
from app.errors import ContentError

FILES = (
    "pack.toml",
    "opening.toml",
    "stappen.toml",
    "archetypen.toml",
    "bouwstenen.toml",
    "kompas.toml",
    "instrumenten.toml",
    "congruentie.toml",
    "woorden.toml",
)
NATIONAL_VALUES = (
    "inclusie",
    "transparantie",
    "efficiency",
    "deliberatie",
    "democratische vaardigheden",
    "zeggenschap",
)
_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@functools.cache
def default_pack() -> ContentPack:
    """The content pack shipped with the app (cached: it is immutable)."""
    return load_pack(praatplaat_data.FOLDER)


def load_pack(folder: Path | str) -> ContentPack:
    """Load and validate a content pack from a folder; raises ContentError."""
    root = Path(folder)
    raw = {name: _read_toml(root, name) for name in FILES}
    return _Validator(raw).build()


def _read_toml(root: Path, name: str) -> dict[str, Any]:
    path = root / name
    if not path.is_file():
        raise ContentError(name, None, None, "bestand ontbreekt")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(name, None, None, f"geen geldige TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ContentError(name, None, None, "geen UTF-8-tekst") from exc


# Field kinds for the generic item reader.
_STR, _INT, _STRS, _OPT_STR, _OPT_INT = "str", "int", "strs", "opt_str", "opt_int"
_OPT_BOOL = "opt_bool"


class _Validator(RuleReader):
    """Turns the raw TOML tables into dataclasses, checking as it goes."""

    def __init__(self, raw: dict[str, dict[str, Any]]) -> None:
        self.raw = raw
        self.seen_ids: dict[str, str] = {}  # id -> file, over the whole pack
        self.replaced: set[str] = set()  # question ids of earlier versions (vervangt)

    def build(self) -> ContentPack:
        pack = self.raw["pack.toml"]
        version = self._field(pack, "pack.toml", None, "version", _STR)
        titel = self._field(pack, "pack.toml", None, "titel", _STR)
        bron = self._field(pack, "pack.toml", None, "bron", _STR)

        stappen = tuple(
            Stap(**self._item("stappen.toml", it, {"nummer": _INT, "titel": _STR, "uitleg": _STR}))
            for it in self._list("stappen.toml", "stap")
        )
        archetypen = tuple(
            Archetype(**self._archetype(it)) for it in self._list("archetypen.toml", "archetype")
        )
        self._check_numbers("stappen.toml", stappen, 3)
        self._check_numbers("archetypen.toml", archetypen, 3)
        archetype_ids = {a.id for a in archetypen}

        opening = self._opening(archetype_ids)
        bouwstenen = tuple(
            self._bouwsteen(it, archetype_ids) for it in self._list("bouwstenen.toml", "bouwsteen")
        )
        self._check_numbers("bouwstenen.toml", bouwstenen, 5)
        kompas = tuple(
            self._waarde(it, archetype_ids) for it in self._list("kompas.toml", "waarde")
        )
        self._check_numbers("kompas.toml", kompas, 4)
        self._check_national_values(kompas)
        waarde_ids = {w.id for w in kompas}

        instrumenten = tuple(
            self._instrument(it, waarde_ids) for it in self._list("instrumenten.toml", "instrument")
        )
        instrument_ids = {i.id for i in instrumenten}
        for w in kompas:
            self._ref(
                "kompas.toml",
                {"id": w.id, "instrument": w.instrument},
                "instrument",
                instrument_ids,
            )
        borging = tuple(
            self._borging(it, waarde_ids)
            for it in self._list("congruentie.toml", "borging", required=False)
        )
        borging_ids = {b.id for b in borging}
        dekking = tuple(
            self._dekking(it, archetype_ids, waarde_ids, borging_ids)
            for it in self._list("congruentie.toml", "dekking")
        )
        self._check_dekking(dekking, archetypen)
        ambitie = tuple(
            self._ambitie(it, archetype_ids, waarde_ids)
            for it in self._list("congruentie.toml", "ambitie", required=False)
        )
        rolregels = tuple(
            self._rolregel(it, archetype_ids)
            for it in self._list("congruentie.toml", "rol", required=False)
        )
        groei = tuple(
            self._groei(it, archetype_ids, waarde_ids, borging_ids)
            for it in self._list("congruentie.toml", "groei", required=False)
        )
        return ContentPack(
            version=version,
            titel=titel,
            bron=bron,
            stappen=stappen,
            archetypen=archetypen,
            bouwstenen=bouwstenen,
            kompas=kompas,
            opening=opening,
            woorden=tuple(
                Woord(**self._item("woorden.toml", it, {"woord": _STR, "uitleg": _STR}))
                for it in self._list("woorden.toml", "woord")
            ),
            instrumenten=instrumenten,
            dekking=dekking,
            ambitie=ambitie,
            borging=borging,
            rolregels=rolregels,
            groei=groei,
        )

    # -- item kinds ------------------------------------------------------------------
    def _archetype(self, it: dict[str, Any]) -> dict[str, Any]:
        spec = {"nummer": _INT, "titel": _STR, "kort": _STR, "beschrijving": _STR, "vraagt": _STRS}
        return self._item("archetypen.toml", it, spec)

    def _bouwsteen(self, it: dict[str, Any], archetype_ids: set[str]) -> Bouwsteen:
        file = "bouwstenen.toml"
        spec = {"nummer": _INT, "titel": _STR, "uitleg": _STR, "inbreng_soorten": "opt_strs"}
        fields = self._item(file, it, spec, children="vraag")
        self._check_each(file, fields, "inbreng_soorten", DNA_SOORTEN, "soort")
        vragen = self._vragen(file, it, fields, "B", archetype_ids)
        return Bouwsteen(vragen=vragen, **fields)

    @staticmethod
    def _check_each(
        file: str, fields: dict[str, Any], name: str, allowed: tuple[str, ...], what: str
    ) -> None:
        """Every value of a list field is one of `allowed`."""
        for value in fields[name]:
            if value not in allowed:
                raise ContentError(file, fields["id"], name, f"onbekende {what} '{value}'")

    def _opening(self, archetype_ids: set[str]) -> Bouwsteen:
        """The opening block: asked first, always (also with only the kernvragen)."""
        file = "opening.toml"
        it = self.raw[file].get("opening")
        if not isinstance(it, dict):
            raise ContentError(file, None, "opening", "geen [opening]-tabel gevonden")
        fields = self._item(file, it, {"titel": _STR, "uitleg": _STR}, children="vraag")
        vragen = self._vragen(file, it, {**fields, "nummer": 0}, "O", archetype_ids)
        for v in vragen:
            if v.min_archetype is not None:
                raise ContentError(file, v.id, "min_archetype", "de opening geldt voor iedereen")
        opening = tuple(dataclasses.replace(v, nummer=f"O.{i}") for i, v in enumerate(vragen, 1))
        return Bouwsteen(nummer=0, vragen=opening, **fields)

    def _waarde(self, it: dict[str, Any], archetype_ids: set[str]) -> Waarde:
        file = "kompas.toml"
        spec = {
            "nummer": _INT,
            "titel": _STR,
            "uitleg": _STR,
            "democratische_waarden": _STRS,
            "instrument": _OPT_STR,
        }
        fields = self._item(file, it, spec, children="vraag")
        self._check_each(file, fields, "democratische_waarden", NATIONAL_VALUES, "waarde")
        vragen = self._vragen(file, it, fields, "K", archetype_ids)
        return Waarde(vragen=vragen, **fields)

    def _vragen(
        self,
        file: str,
        parent: dict[str, Any],
        parent_fields: dict[str, Any],
        prefix: str,
        archetype_ids: set[str],
    ) -> tuple[Vraag, ...]:
        raw = parent.get("vraag")
        if not isinstance(raw, list) or not raw:
            raise ContentError(file, parent_fields["id"], "vraag", "geen vragen")
        vragen = []
        for index, it in enumerate(raw, start=1):
            fields = self._item(
                file,
                it,
                {
                    "tekst": _STR,
                    "min_archetype": _OPT_STR,
                    "kern": _OPT_BOOL,
                    "vervolg": _OPT_STR,
                    "vervangt": "opt_strs",
                },
            )
            for old_id in fields["vervangt"]:
                if old_id in self.seen_ids or old_id in self.replaced:
                    raise ContentError(
                        file, fields["id"], "vervangt", f"'{old_id}' is nog in gebruik"
                    )
                self.replaced.add(old_id)
            fields["kern"] = bool(fields["kern"])
            self._ref(file, fields, "min_archetype", archetype_ids)
            nummer = f"{prefix}{parent_fields['nummer']}.{index}"
            vragen.append(Vraag(nummer=nummer, onderdeel_id=parent_fields["id"], **fields))
        return tuple(vragen)

    def _instrument(self, it: dict[str, Any], waarde_ids: set[str]) -> Instrument:
        file = "instrumenten.toml"
        fields = self._item(file, it, {"naam": _STR, "omschrijving": _STR, "waarden": _STRS})
        self._refs(file, fields, "waarden", waarde_ids)
        return Instrument(**fields)

    def _list(self, file: str, key: str, required: bool = True) -> list[dict[str, Any]]:
        items = self.raw[file].get(key)
        if items is None and not required:
            return []
        if not isinstance(items, list) or not items:
            raise ContentError(file, None, key, f"geen [[{key}]]-items gevonden")
        return items

    def _item(
        self,
        file: str,
        it: Any,
        spec: dict[str, str],
        children: str | None = None,
    ) -> dict[str, Any]:
        """Read `id`, `bron` and the fields of `spec` from one TOML table."""
        if not isinstance(it, dict):
            raise ContentError(file, None, None, "item is geen tabel")
        item_id = it.get("id")
        if not isinstance(item_id, str) or not _ID_RE.match(item_id):
            raise ContentError(
                file,
                str(item_id) if item_id else None,
                "id",
                "ontbreekt of bevat andere tekens dan a-z, 0-9 en '-'",
            )
        if item_id in self.replaced:
            raise ContentError(file, item_id, "id", "is al vervangen door een andere vraag")
        if item_id in self.seen_ids:
            raise ContentError(
                file, item_id, "id", f"komt twee keer voor (ook in {self.seen_ids[item_id]})"
            )
        self.seen_ids[item_id] = file
        allowed = {"id", "bron", *spec, *([children] if children else [])}
        for key in it:
            if key not in allowed:
                raise ContentError(file, item_id, key, "onbekend veld")
        fields: dict[str, Any] = {
            "id": item_id,
            "bron": self._field(it, file, item_id, "bron", _STR),
        }
        for name, kind in spec.items():
            fields[name] = self._field(it, file, item_id, name, kind)
        return fields

    def _field(
        self, it: dict[str, Any], file: str, item_id: str | None, name: str, kind: str
    ) -> Any:
        value = it.get(name)
        optional = kind.startswith("opt_")
        if value is None:
            if optional:
                return () if kind == "opt_strs" else None
            raise ContentError(file, item_id, name, "ontbreekt")
        base = kind.removeprefix("opt_")
        if base == _STR:
            if not isinstance(value, str) or not value.strip():
                raise ContentError(file, item_id, name, "moet een niet-lege tekst zijn")
            self._check_placeholders(file, item_id, name, value)
            return value.strip()
        if base == "bool":
            if not isinstance(value, bool):
                raise ContentError(file, item_id, name, "moet true of false zijn")
            return value
        if base == _INT:
            if not isinstance(value, int) or isinstance(value, bool):
                raise ContentError(file, item_id, name, "moet een geheel getal zijn")
            return value
        if base == _STRS:
            if (
                not isinstance(value, list)
                or not value
                or not all(isinstance(v, str) and v.strip() for v in value)
            ):
                raise ContentError(file, item_id, name, "moet een lijst met teksten zijn")
            for v in value:
                self._check_placeholders(file, item_id, name, v)
            return tuple(v.strip() for v in value)
        raise AssertionError(kind)

    @staticmethod
    def _check_placeholders(file: str, item_id: str | None, name: str, text: str) -> None:
        for match in PLACEHOLDER_RE.finditer(text):
            if match.group(1) not in PLACEHOLDERS:
                raise ContentError(
                    file, item_id, name, f"onbekende invulplek '{{{match.group(1)}}}'"
                )
        if text.count("{") != text.count("}"):
            raise ContentError(file, item_id, name, "accolades { } zijn niet in paren")

    @staticmethod
    def _check_numbers(file: str, items: tuple[Any, ...], count: int) -> None:
        numbers = [item.nummer for item in items]
        if numbers != list(range(1, count + 1)):
            raise ContentError(
                file,
                None,
                "nummer",
                f"verwacht {count} items genummerd 1 tot en met {count}, gevonden {numbers}",
            )

    @staticmethod
    def _check_national_values(kompas: tuple[Waarde, ...]) -> None:
        covered = [v for w in kompas for v in w.democratische_waarden]
        for value in NATIONAL_VALUES:
            if covered.count(value) != 1:
                raise ContentError(
                    "kompas.toml",
                    None,
                    "democratische_waarden",
                    f"'{value}' moet bij precies één kompaswaarde horen",
                )
