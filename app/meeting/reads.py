"""What the views of a meeting read: the rows of the open bijeenkomst, already shaped."""

from __future__ import annotations

import dataclasses

from app.content.model import DNA_SOORTEN, Bouwsteen, Vraag
from app.meeting.congruence import Bevinding, ThemaKeuze, check, thema_keuzes
from app.meeting.core import MeetingCore, RadarPoint
from app.meeting.rows import InbrengRows
from app.store.records import (
    Afspraak,
    Bijeenkomst,
    Deelnemer,
    Evaluatie,
    Inbreng,
    KompasScore,
    Rol,
    WitteVlek,
)
from app.store.schema import INBRENG_SOORTEN

# Hand counts every question offers; the facilitator may add options during the meeting.
TALLY_OPTIONS = ("eens", "neutraal", "oneens")
# Inbreng soorten besides a bouwsteen's DNA categories: any question may get these.
FREE_SOORTEN = tuple(s for s in INBRENG_SOORTEN if s not in DNA_SOORTEN)


class MeetingReads(MeetingCore):
    """The read API of the meeting: views never reach the store themselves."""

    def soorten_for_question(self, vraag: Vraag | None = None) -> tuple[str | None, ...]:
        """The soorten inbreng on a question (the current one) may get, None (no soort)
        first: its bouwsteen's DNA categories, then idee and zorg."""
        return tuple(dict.fromkeys((None, *self._dna_soorten(vraag), *FREE_SOORTEN)))

    def default_soort(self, vraag: Vraag | None = None) -> str | None:
        """The soort new inbreng starts with: on a DNA question its first category
        ("sterkte"), elsewhere none."""
        dna = self._dna_soorten(vraag)
        return dna[0] if dna else None

    def _dna_soorten(self, vraag: Vraag | None) -> tuple[str, ...]:
        vraag = vraag or self.vraag
        onderdeel = self.pack.onderdeel(vraag.onderdeel_id) if vraag else None
        return onderdeel.inbreng_soorten if isinstance(onderdeel, Bouwsteen) else ()

    def inbreng(self) -> list[Inbreng]:
        """The visible inbreng of the current question, in order."""
        rows = self._current_rows()
        return rows.items if rows is not None else []

    def inbreng_tail(self, n: int) -> tuple[list[Inbreng], int]:
        """The last `n` items of the current question the room may see (not private),
        and how many such items there are in all: without copying a long list."""
        rows = self._current_rows()
        if rows is None:
            return [], 0
        return rows.tail(n, public=True), len(rows) - rows.private_count

    def _current_rows(self) -> InbrengRows | None:
        """The in-memory list of the current question, read from the store when the
        question (or bijeenkomst) changed since it was last read."""
        if self.bijeenkomst is None or self.vraag is None:
            return None
        b, vraag = self.bijeenkomst, self.vraag
        key = (b.id, vraag.id)
        if self._rows.key != key:
            # What a bijeenkomst of an earlier content version stored under a question
            # this one replaces (`vervangt`) comes first.
            earlier = [i for old in vraag.vervangt for i in self._store.inbreng(b.id, old)]
            self._rows.load(key, earlier + self._store.inbreng(*key))
        return self._rows

    def deelnemers(self) -> list[Deelnemer]:
        return self._store.deelnemers(self.bijeenkomst.id) if self.bijeenkomst else []

    def findings(self) -> list[Bevinding]:
        """What the congruence panel shows for the open bijeenkomst."""
        if self.bijeenkomst is None:
            return []
        b = self.bijeenkomst
        rollen = self._store.rollen(b.id)
        return check(
            self.pack,
            b.archetype,
            self._store.kompas_scores(b.id),
            self._store.afspraken(b.id),
            self._store.witte_vlekken(b.id),
            self.soort,
            themas=self.thema_keuzes() or None,
            rollen=rollen,
        )

    def thema_keuzes(self) -> list[ThemaKeuze]:
        """The thema's of the open bijeenkomst with the zeggenschap of each (stored ones
        and those only typed in the rolverdeling so far)."""
        if self.bijeenkomst is None:
            return []
        b = self.bijeenkomst
        keuzes = thema_keuzes(b.archetype, self._store.themas(b.id), self._store.rollen(b.id))
        known = {k.naam for k in keuzes}
        return keuzes + [ThemaKeuze(t, b.archetype) for t in self._draft_themes if t not in known]

    def afspraken(self) -> list[Afspraak]:
        """The afspraken, showing typed text that is not saved yet over the stored one."""
        if self.bijeenkomst is None:
            return []
        return [self._with_unsaved(a) for a in self._store.afspraken(self.bijeenkomst.id)]

    def _with_unsaved(self, afspraak: Afspraak) -> Afspraak:
        pending = self._unsaved.get("afspraak", afspraak.id)
        return dataclasses.replace(afspraak, **pending) if pending else afspraak

    def witte_vlekken(self) -> list[WitteVlek]:
        return self._store.witte_vlekken(self.bijeenkomst.id) if self.bijeenkomst else []

    def _tafel_id(self) -> str | None:
        """The tafel inbreng and hand counts go to now; None: plenary (MeetingTafels
        knows the chosen one)."""
        return None

    def stemmingen(self) -> dict[str, int]:
        """Hand counts of the current question at the current tafel (None: plenary):
        {optie: aantal}, in the order they came."""
        if self.bijeenkomst is None or self.vraag is None:
            return {}
        rows = self._store.stemmingen(self.bijeenkomst.id, self.vraag.id, per_tafel=True)
        tafel_id = self._tafel_id()
        return {s.optie: s.aantal for s in rows if s.tafel_id == tafel_id}

    def tally_options(self) -> dict[str, int]:
        """The hand counts to show for the current question: {optie: aantal}, the
        TALLY_OPTIONS first (0 until counted), then the options added, in their order."""
        stored = self.stemmingen()
        return {o: stored.get(o, 0) for o in dict.fromkeys([*TALLY_OPTIONS, *stored])}

    def kompas_scores(self, bijeenkomst_id: str | None = None) -> dict[str, KompasScore]:
        """{waarde_id: score} of the open bijeenkomst, or of another one of its gebied."""
        target = bijeenkomst_id or (self.bijeenkomst.id if self.bijeenkomst else None)
        if target is None:
            return {}
        scores = {s.waarde_id: s for s in self._store.kompas_scores(target)}
        for entry in self._unsaved.entries():
            if entry.kind == "kompas" and entry.bijeenkomst_id == target:
                old = scores.get(entry.key) or KompasScore(
                    "", target, entry.key, None, None, "", ""
                )
                scores[entry.key] = dataclasses.replace(old, **entry.fields)
        return scores

    def radar_points(self, bijeenkomst_id: str | None = None) -> list[RadarPoint]:
        """The kompas waarden of the open (or another) bijeenkomst as radar points."""
        scores = self.kompas_scores(bijeenkomst_id)
        return [
            RadarPoint(
                self.text(w.titel),
                scores[w.id].nu if w.id in scores else None,
                scores[w.id].doel if w.id in scores else None,
            )
            for w in self.pack.kompas
        ]

    def kompas_baseline(self) -> Bijeenkomst | None:
        """The latest earlier bijeenkomst of this gebied that scored the kompas: stap 3
        compares with it."""
        if self.bijeenkomst is None:
            return None
        scored = [
            x
            for x in self._store.earlier_bijeenkomsten(self.bijeenkomst.id)
            if self._store.kompas_scores(x.id)
        ]
        return scored[-1] if scored else None

    def rollen(self) -> list[Rol]:
        return self._store.rollen(self.bijeenkomst.id) if self.bijeenkomst else []

    def themes(self) -> list[str]:
        """The rolverdeling's themes: those with roles, then the ones just typed; with
        none yet, the wijkagenda as a whole."""
        stored = [k.naam for k in self.thema_keuzes()]
        themes = list(dict.fromkeys([*stored, *self._draft_themes]))
        return themes or [self.text("{wijkagenda}").capitalize()]

    def earlier_afspraken(self) -> list[Afspraak]:
        return self._store.earlier_afspraken(self.bijeenkomst.id) if self.bijeenkomst else []

    def earlier_dates(self) -> dict[str, str]:
        """{bijeenkomst id: datum} of the earlier bijeenkomsten of this gebied."""
        if self.bijeenkomst is None:
            return {}
        return {x.id: x.datum for x in self._store.earlier_bijeenkomsten(self.bijeenkomst.id)}

    def evaluaties(self) -> dict[str, Evaluatie]:
        """{afspraak id: evaluatie} made in the open bijeenkomst."""
        if self.bijeenkomst is None:
            return {}
        b = self.bijeenkomst.id
        found = {e.afspraak_id: e for e in self._store.evaluaties(b)}
        for entry in self._unsaved.entries():
            if entry.kind == "evaluatie" and entry.bijeenkomst_id == b:
                old = found.get(entry.key) or Evaluatie("", b, entry.key, "open", "", "")
                found[entry.key] = dataclasses.replace(old, **entry.fields)
        return found
