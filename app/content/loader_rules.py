"""The congruence rules of the content pack (congruentie.toml), read for loader.py.

A mixin of the loader's validator: the kinds of afspraak (borging), the dekking per
archetype, the rolverdeling rules, the growth rules and the ambition rules.
"""

from __future__ import annotations

from typing import Any

from app.content.labels import ACTOR_LABELS, TAAK_LABELS
from app.content.model import SCORE_RANGE, Ambitie, Archetype, Borging, Dekking, Groei, RolRegel
from app.errors import ContentError

_STR, _INT, _STRS, _OPT_STR, _OPT_INT = "str", "int", "strs", "opt_str", "opt_int"


class RuleReader:
    """Reads congruentie.toml items; the validator supplies _item, _ref and _refs."""

    def _item(
        self, file: str, it: Any, spec: dict[str, str], children: str | None = None
    ) -> dict[str, Any]:
        raise NotImplementedError

    @staticmethod
    def _ref(file: str, fields: dict[str, Any], name: str, known: set[str]) -> None:
        value = fields[name]
        if value is not None and value not in known:
            raise ContentError(file, fields["id"], name, f"verwijst naar onbekend id '{value}'")

    @staticmethod
    def _refs(file: str, fields: dict[str, Any], name: str, known: set[str]) -> None:
        for value in fields[name]:
            if value not in known:
                raise ContentError(file, fields["id"], name, f"verwijst naar onbekend id '{value}'")

    def _dekking(
        self,
        it: dict[str, Any],
        archetype_ids: set[str],
        waarde_ids: set[str],
        borging_ids: set[str],
    ) -> Dekking:
        file = "congruentie.toml"
        spec = {"archetype": _STR, "waarden": _STRS, "uitleg": _STR, "borging": "opt_strs"}
        fields = self._item(file, it, spec)
        self._ref(file, fields, "archetype", archetype_ids)
        self._refs(file, fields, "waarden", waarde_ids)
        self._refs(file, fields, "borging", borging_ids)
        return Dekking(**fields)

    def _borging(self, it: dict[str, Any], waarde_ids: set[str]) -> Borging:
        file = "congruentie.toml"
        spec = {"titel": _STR, "afspraak": _STR, "waarde": _OPT_STR}
        fields = self._item(file, it, spec)
        self._ref(file, fields, "waarde", waarde_ids)
        return Borging(**fields)

    def _rolregel(self, it: dict[str, Any], archetype_ids: set[str]) -> RolRegel:
        file = "congruentie.toml"
        spec = {
            "archetype": _STR,
            "taken": _STRS,
            "afspraak": _STR,
            "uitleg": _STR,
            "een_van": "opt_strs",
            "niet": "opt_strs",
        }
        fields = self._item(file, it, spec)
        self._ref(file, fields, "archetype", archetype_ids)
        self._refs(file, fields, "taken", set(TAAK_LABELS))
        self._refs(file, fields, "een_van", set(ACTOR_LABELS))
        self._refs(file, fields, "niet", set(ACTOR_LABELS))
        if not fields["een_van"] and not fields["niet"]:
            raise ContentError(file, fields["id"], "een_van", "geef 'een_van' of 'niet'")
        return RolRegel(**fields)

    def _groei(
        self,
        it: dict[str, Any],
        archetype_ids: set[str],
        waarde_ids: set[str],
        borging_ids: set[str],
    ) -> Groei:
        file = "congruentie.toml"
        spec = {
            "borging": _STR,
            "afspraak": _STR,
            "uitleg": _STR,
            "waarden": "opt_strs",
            "verschil_minstens": _OPT_INT,
            "vanaf_archetype": _OPT_STR,
            "nu_hoogstens": _OPT_INT,
        }
        fields = self._item(file, it, spec)
        self._ref(file, fields, "vanaf_archetype", archetype_ids)
        self._refs(file, fields, "waarden", waarde_ids)
        self._ref(file, fields, "borging", borging_ids)
        by_gap = fields["verschil_minstens"] is not None
        by_level = fields["vanaf_archetype"] is not None and fields["nu_hoogstens"] is not None
        if by_gap == by_level:
            raise ContentError(
                file,
                fields["id"],
                "verschil_minstens",
                "geef 'verschil_minstens', of 'vanaf_archetype' met 'nu_hoogstens'",
            )
        for name in ("verschil_minstens", "nu_hoogstens"):
            if fields[name] is not None and fields[name] not in range(1, 5):
                raise ContentError(file, fields["id"], name, "moet 1 tot en met 4 zijn")
        return Groei(**fields)

    def _ambitie(
        self, it: dict[str, Any], archetype_ids: set[str], waarde_ids: set[str]
    ) -> Ambitie:
        file = "congruentie.toml"
        spec = {
            "waarde": _STR,
            "doel_minstens": _INT,
            "melding": _STR,
            "vanaf_archetype": _OPT_STR,
            "als_waarde": _OPT_STR,
            "als_doel_minstens": _OPT_INT,
        }
        fields = self._item(file, it, spec)
        self._ref(file, fields, "waarde", waarde_ids)
        self._ref(file, fields, "als_waarde", waarde_ids)
        self._ref(file, fields, "vanaf_archetype", archetype_ids)
        for name in ("doel_minstens", "als_doel_minstens"):
            if fields[name] is not None and fields[name] not in SCORE_RANGE:
                raise ContentError(file, fields["id"], name, "moet 1 tot en met 5 zijn")
        if (fields["als_waarde"] is None) != (fields["als_doel_minstens"] is None):
            raise ContentError(
                file, fields["id"], "als_doel_minstens", "hoort samen met 'als_waarde'"
            )
        return Ambitie(**fields)

    # -- generic helpers --------------------------------------------------------------

    @staticmethod
    def _check_dekking(dekking: tuple[Dekking, ...], archetypen: tuple[Archetype, ...]) -> None:
        by_archetype: dict[str, Dekking] = {}
        for rule in dekking:
            if rule.archetype in by_archetype:
                raise ContentError(
                    "congruentie.toml",
                    rule.id,
                    "archetype",
                    f"archetype '{rule.archetype}' heeft al een dekkingsregel",
                )
            by_archetype[rule.archetype] = rule
        previous: set[str] = set()
        for archetype in archetypen:
            found = by_archetype.get(archetype.id)
            if found is None:
                raise ContentError(
                    "congruentie.toml",
                    archetype.id,
                    "dekking",
                    "dit archetype heeft geen dekkingsregel",
                )
            rule = found
            if not previous <= set(rule.waarden):
                raise ContentError(
                    "congruentie.toml",
                    rule.id,
                    "waarden",
                    "meer zeggenschap vraagt minstens de waarden van het lagere archetype",
                )
            previous = set(rule.waarden)
