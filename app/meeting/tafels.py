"""Tafels in the live meeting: the chosen tafel, inbreng and hand counts per tafel, the
jump to a question by its number and the plenaire terugkoppeling switch.

The tafel where inbreng is typed is remembered per bijeenkomst (instelling "tafel:<id>"),
so after a restart the console is at the same tafel. No tafel chosen: plenary.
"""

from __future__ import annotations

from collections.abc import Callable

from app.content import Vraag
from app.meeting.core import Change, DataKind
from app.meeting.plenair import PlenairVraag, terugkoppeling
from app.meeting.rows import RowEdit, RowOp
from app.meeting.writes import MeetingWrites
from app.store.records import Inbreng, Stemming, Tafel

# instelling key (+ bijeenkomst id): the id of the tafel inbreng is typed for
SETTING_TAFEL = "tafel:"


class MeetingTafels(MeetingWrites):
    """The tafel part of the meeting; MeetingFlow builds on it."""

    _tafel_for: str | None = None  # the bijeenkomst id `_tafel` was read for
    _tafel: Tafel | None = None

    # -- reading --------------------------------------------------------------------------
    def tafels(self) -> list[Tafel]:
        return self._store.tafels(self.bijeenkomst.id) if self.bijeenkomst else []

    def current_tafel(self) -> Tafel | None:
        """The tafel inbreng is typed for now, or None (plenary)."""
        b = self.bijeenkomst
        if b is None:
            return None
        if self._tafel_for != b.id:
            self._tafel_for, self._tafel = b.id, None
            remembered = self._store.get_setting(SETTING_TAFEL + b.id)
            self._tafel = next((t for t in self.tafels() if t.id == remembered), None)
        return self._tafel

    def tafel_titels(self) -> dict[str, str]:
        """{tafel id: titel} of the open bijeenkomst, for lists that tag inbreng."""
        return {t.id: t.titel for t in self.tafels()}

    def _tafel_id(self) -> str | None:
        tafel = self.current_tafel()
        return tafel.id if tafel else None

    def stemmingen_totaal(self) -> dict[str, int]:
        """Hand counts of the current question summed over every tafel and plenary."""
        if self.bijeenkomst is None or self.vraag is None:
            return {}
        rows = self._store.stemmingen(self.bijeenkomst.id, self.vraag.id)
        return {s.optie: s.aantal for s in rows}

    def inbreng_per_tafel(
        self, *, include_private: bool = False
    ) -> dict[str, dict[str | None, list[Inbreng]]]:
        """{vraag_id: {tafel_id or None: [inbreng]}} of the open bijeenkomst (see the store)."""
        if self.bijeenkomst is None:
            return {}
        return self._store.inbreng_per_tafel(self.bijeenkomst.id, include_private=include_private)

    def stemmingen_per_tafel(self) -> list[Stemming]:
        """Every stored hand count of the open bijeenkomst, one row per tafel (None: plenary)."""
        if self.bijeenkomst is None:
            return []
        return self._store.stemmingen(self.bijeenkomst.id, per_tafel=True)

    def plenair(self, *, public: bool, show_names: bool = True) -> list[PlenairVraag]:
        """The plenaire terugkoppeling of the open bijeenkomst (app.meeting.plenair)."""
        return terugkoppeling(self, public=public, show_names=show_names)

    # -- writing --------------------------------------------------------------------------
    def choose_tafel(self, tafel_id: str | None) -> None:
        """Type inbreng for this tafel from now on (None: plenary); remembered."""
        b = self._need()
        known = {t.id: t for t in self.tafels()}
        if tafel_id is not None and tafel_id not in known:
            self._announce(Change.ERROR, "Deze tafel bestaat niet (meer).")
            return
        self._tafel_for, self._tafel = b.id, known.get(tafel_id) if tafel_id else None
        self._remember(SETTING_TAFEL + b.id, tafel_id)
        self._announce(Change.DATA, DataKind.TAFEL)
        self._announce(Change.DATA, DataKind.STEMMING)  # the counts shown are this tafel's

    def add_tafel(self, titel: str, gespreksleider: str = "") -> Tafel | None:
        b = self._need()
        return self._tafel_write(lambda: self._store.add_tafel(b.id, titel, gespreksleider))

    def update_tafel(
        self, tafel_id: str, *, titel: str | None = None, gespreksleider: str | None = None
    ) -> Tafel | None:
        return self._tafel_write(
            lambda: self._store.update_tafel(tafel_id, titel=titel, gespreksleider=gespreksleider)
        )

    def delete_tafel(self, tafel_id: str) -> Tafel | None:
        """Remove a tafel; its inbreng stays (without a tafel), its counts go plenary."""
        removed = self._tafel_write(lambda: self._store.delete_tafel(tafel_id))
        if removed is not None:
            self._rows.forget()  # the items of that tafel changed: read the question again
            self._announce(Change.ROWS, RowEdit(RowOp.RESET))
            self._announce(Change.DATA, DataKind.STEMMING)
        return removed

    def _tafel_write(self, action: Callable[[], Tafel]) -> Tafel | None:
        self._tafel_for = None  # read the current tafel again (renamed or removed)
        result: Tafel | None = self._write(DataKind.TAFEL, action)
        return result

    # -- moving ---------------------------------------------------------------------------
    def find_vraag(self, nummer: str) -> Vraag | None:
        """The question with this number ("K2.3", any case, spaces ignored) or id."""
        wanted = "".join(nummer.split()).casefold()
        if not wanted:
            return None
        for vraag in self.pack.vragen():
            if wanted in (vraag.nummer.casefold(), vraag.id.casefold()):
                return vraag
        return None

    def jump_to(self, nummer: str) -> str | None:
        """Go to the question with this number on the Bespreken page; a Dutch message
        when there is no such question (nothing changes then), else None."""
        b = self._need()
        vraag = self.find_vraag(nummer)
        if vraag is None:
            shown = nummer.strip() or "(leeg)"
            return f"Er is geen vraag met nummer ‘{shown}’. Typ bijvoorbeeld K2.3 of B1.4."
        if not self.pack.asks(vraag, b.archetype):
            return (
                f"Vraag {vraag.nummer} hoort bij meer zeggenschap dan deze bijeenkomst koos "
                "(tabblad Archetype)."
            )
        if vraag.id not in {v.id for v in self.questions()}:
            self.set_alle_vragen(True)  # a question outside tonight's set: show them all
        if self.view != "bespreken":
            self.set_view("bespreken")
        self.set_question(vraag.id)
        return None

    def toggle_plenair(self) -> None:
        """The plenaire terugkoppeling on the console and the projector, or back."""
        if self.bijeenkomst is None:
            return
        if self.view != "bespreken":
            self.set_view("bespreken")
        self.set_projection(show_plenair=not self.projection.show_plenair)

    # Provided by MeetingFlow; declared for the type checker.
    def questions(self) -> list[Vraag]:
        raise NotImplementedError

    def set_view(self, view: str) -> None:
        raise NotImplementedError

    def set_question(self, vraag_id: str) -> None:
        raise NotImplementedError

    def set_projection(self, mode: str | None = None, **flags: bool) -> None:
        raise NotImplementedError

    def set_alle_vragen(self, alle: bool) -> None:
        raise NotImplementedError
