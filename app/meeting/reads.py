"""What the views of a meeting read: the rows of the open bijeenkomst, already shaped."""

from __future__ import annotations

from app.content.model import DNA_SOORTEN, Bouwsteen, Vraag
from app.meeting.congruence import Bevinding, check
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
        key = (self.bijeenkomst.id, self.vraag.id)
        if self._rows.key != key:
            self._rows.load(key, self._store.inbreng(*key))
        return self._rows

    def deelnemers(self) -> list[Deelnemer]:
        return self._store.deelnemers(self.bijeenkomst.id) if self.bijeenkomst else []

    def findings(self) -> list[Bevinding]:
        """What the congruence panel shows for the open bijeenkomst."""
        if self.bijeenkomst is None:
            return []
        b = self.bijeenkomst
        return check(
            self.pack,
            b.archetype,
            self._store.kompas_scores(b.id),
            self._store.afspraken(b.id),
            self._store.witte_vlekken(b.id),
            self.soort,
        )

    def afspraken(self) -> list[Afspraak]:
        return self._store.afspraken(self.bijeenkomst.id) if self.bijeenkomst else []

    def witte_vlekken(self) -> list[WitteVlek]:
        return self._store.witte_vlekken(self.bijeenkomst.id) if self.bijeenkomst else []

    def stemmingen(self) -> dict[str, int]:
        """Hand counts of the current question: {optie: aantal}, in the order they came."""
        if self.bijeenkomst is None or self.vraag is None:
            return {}
        return {
            s.optie: s.aantal for s in self._store.stemmingen(self.bijeenkomst.id, self.vraag.id)
        }

    def tally_options(self) -> dict[str, int]:
        """The hand counts to show for the current question: {optie: aantal}, the
        TALLY_OPTIONS first (0 until counted), then the options added, in their order."""
        stored = self.stemmingen()
        return {o: stored.get(o, 0) for o in dict.fromkeys([*TALLY_OPTIONS, *stored])}

    def kompas_scores(self, bijeenkomst_id: str | None = None) -> dict[str, KompasScore]:
        """{waarde_id: score} of the open bijeenkomst, or of another one of its gebied."""
        target = bijeenkomst_id or (self.bijeenkomst.id if self.bijeenkomst else None)
        return {s.waarde_id: s for s in self._store.kompas_scores(target)} if target else {}

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
        stored = [r.thema for r in self.rollen()]
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
        return {e.afspraak_id: e for e in self._store.evaluaties(self.bijeenkomst.id)}
