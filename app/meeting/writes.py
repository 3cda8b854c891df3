"""Every edit the facilitator makes, stored at once and announced as a DataKind."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from app.errors import DatabaseLocked, DiskFull, WijkpraatError
from app.meeting.core import Change, DataKind
from app.meeting.reads import MeetingReads
from app.meeting.rows import RowEdit
from app.meeting.unsaved import Entry
from app.store.records import Afspraak, Bijeenkomst, Inbreng

log = logging.getLogger(__name__)
# How long a save-as-you-type write waits for another writer before its text is kept
# aside and tried again: short, so the window never freezes.
SHORT_WAIT_S = 0.2
DATA_OF = {
    "afspraak": DataKind.AFSPRAAK,
    "kompas": DataKind.KOMPAS,
    "evaluatie": DataKind.EVALUATIE,
    "notitie": DataKind.NOTITIE,
}


class MeetingWrites(MeetingReads):
    """One method per edit; a failed write is announced as an ERROR, never lost silently."""

    def update_bijeenkomst(self, **changes: Any) -> Bijeenkomst | None:
        b = self._need()

        def action() -> Bijeenkomst:
            # Kept before the announcement, so every view reads the new version.
            self.bijeenkomst = self._store.update_bijeenkomst(b.id, **changes)
            return self.bijeenkomst

        return self._write(DataKind.BIJEENKOMST, action)

    def _inbreng_write(self, action: Callable[[], Inbreng]) -> Inbreng | None:
        """Store one inbreng edit, then announce the one row it changed (ROWS) before the
        DATA announcement, so lists change a row instead of reading the question again."""
        self._current_rows()  # the list as it was, so the edit can be placed in it

        def action_and_row() -> Inbreng:
            item = action()
            edit = self._rows.apply(item)
            if edit is not None:
                self._announce(Change.ROWS, edit)
            return item

        return self._write(DataKind.INBRENG, action_and_row)

    def add_inbreng(
        self, tekst: str, soort: str | None = None, *, prive: bool = False
    ) -> Inbreng | None:
        """A new item for the current question, at the current tafel (if any)."""
        b, vraag, tafel_id = self._need(), self.vraag, self._tafel_id()
        if vraag is None:
            return None
        return self._inbreng_write(
            lambda: self._store.add_inbreng(
                b.id, vraag.id, tekst, soort, prive=prive, tafel_id=tafel_id
            )
        )

    def update_inbreng(self, inbreng_id: str, **changes: Any) -> Inbreng | None:
        return self._inbreng_write(lambda: self._store.update_inbreng(inbreng_id, **changes))

    def move_inbreng(self, inbreng_id: str, delta: int) -> None:
        rows = self._current_rows()

        def action() -> None:
            changed = self._store.move_inbreng(inbreng_id, delta)
            edits: list[RowEdit] = rows.moved(inbreng_id, changed) if rows is not None else []
            for edit in edits:
                self._announce(Change.ROWS, edit)

        self._write(DataKind.INBRENG, action)

    def delete_inbreng(self, inbreng_id: str) -> None:
        self._undo.append(inbreng_id)  # before the announcement, so views see "can undo"
        if self._inbreng_write(lambda: self._store.delete_inbreng(inbreng_id)) is None:
            self._undo.pop()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_delete(self) -> Inbreng | None:
        """Bring back the inbreng deleted last."""
        if not self._undo:
            return None
        inbreng_id = self._undo.pop()
        return self._inbreng_write(lambda: self._store.restore_inbreng(inbreng_id))

    def set_stemming(self, optie: str, aantal: int) -> None:
        """The hand count of one option at the current tafel (if any)."""
        b, vraag, tafel_id = self._need(), self.vraag, self._tafel_id()
        if vraag is not None:
            self._write(
                DataKind.STEMMING,
                lambda: self._store.set_stemming(b.id, vraag.id, optie, aantal, tafel_id=tafel_id),
            )

    def set_kompas(
        self, waarde_id: str, *, nu: int | None, doel: int | None, toelichting: str = ""
    ) -> None:
        b = self._need()
        self._keep("kompas", waarde_id, b.id, {"nu": nu, "doel": doel, "toelichting": toelichting})

    def set_rol(self, thema: str, taak: str, actoren: list[str]) -> None:
        b = self._need()
        self._write(DataKind.ROLLEN, lambda: self._store.set_rol(b.id, thema, taak, actoren))

    def add_witte_vlek(
        self, tekst: str, *, waarde_id: str | None = None, bouwsteen_id: str | None = None
    ) -> None:
        b = self._need()
        vraag_id = self.vraag.id if self.vraag else None
        self._write(
            DataKind.WITTE_VLEK,
            lambda: self._store.add_witte_vlek(
                b.id, tekst, waarde_id=waarde_id, bouwsteen_id=bouwsteen_id, vraag_id=vraag_id
            ),
        )

    def add_afspraak(self, wat: str, **fields: Any) -> Afspraak | None:
        b = self._need()
        return self._write(DataKind.AFSPRAAK, lambda: self._store.add_afspraak(b.id, wat, **fields))

    def update_afspraak(self, afspraak_id: str, **changes: Any) -> Afspraak | None:
        """Saved as typed; kept and tried again while the database is busy or full."""
        b = self._need()
        result: Afspraak | None = self._keep("afspraak", afspraak_id, b.id, changes)
        return result

    def delete_afspraak(self, afspraak_id: str) -> None:
        self._write(DataKind.AFSPRAAK, lambda: self._store.delete_afspraak(afspraak_id))

    def set_evaluatie(self, afspraak_id: str, status: str, reflectie: str) -> None:
        b = self._need()
        self._keep("evaluatie", afspraak_id, b.id, {"status": status, "reflectie": reflectie})

    # -- typed text the database does not have yet ---------------------------------------
    def unsaved_text(self) -> str | None:
        """What is typed but not saved yet, in Dutch for the status bar; None when all is."""
        return self._unsaved.describe()

    def has_unsaved(self) -> bool:
        return bool(self._unsaved)

    def retry_unsaved(self) -> bool:
        """Try to write what is pending, oldest first; True when everything is saved."""
        for entry in self._unsaved.entries():
            self._try(entry)
            if self._unsaved.get(entry.kind, entry.key):
                return False  # still busy: the rest waits for the next try
        return not self._unsaved

    def _keep(self, kind: str, key: str, bijeenkomst_id: str, fields: dict[str, Any]) -> Any:
        return self._try(self._unsaved.keep(kind, key, bijeenkomst_id, fields))

    def _try(self, entry: Entry) -> Any:
        version = entry.version
        try:
            with self._store.busy_wait(SHORT_WAIT_S):
                result = self._apply(entry)
        except (DatabaseLocked, DiskFull) as exc:
            self._unsaved.reason = "bezet" if isinstance(exc, DatabaseLocked) else "vol"
            log.warning("kept %s for later: %s", entry.kind, type(exc).__name__)
            self._announce(Change.DATA, DATA_OF[entry.kind])  # views show the kept text
            self._announce(Change.UNSAVED, self._unsaved.describe())
            return None
        except WijkpraatError as exc:  # input the database can never take: say why
            self._unsaved.drop(entry)
            log.warning("write failed (%s): %s", entry.kind, exc.message)
            self._announce(Change.ERROR, exc.message)
            self._announce(Change.UNSAVED, self._unsaved.describe())
            return None
        self._unsaved.saved(entry, version)
        self._announce(Change.DATA, DATA_OF[entry.kind])
        self._announce(Change.SAVED, time.strftime("%H:%M:%S"))
        self._announce(Change.UNSAVED, self._unsaved.describe())
        return result

    def _apply(self, entry: Entry) -> Any:
        f = entry.fields
        if entry.kind == "afspraak":
            return self._store.update_afspraak(entry.key, **f)
        if entry.kind == "notitie":
            return self._apply_notitie(entry)
        if entry.kind == "kompas":
            return self._store.set_kompas(
                entry.bijeenkomst_id,
                entry.key,
                nu=f.get("nu"),
                doel=f.get("doel"),
                toelichting=f.get("toelichting", ""),
            )
        return self._store.set_evaluatie(
            entry.bijeenkomst_id, entry.key, f.get("status", "open"), f.get("reflectie", "")
        )

    def _apply_notitie(self, entry: Entry) -> Any:
        """A note's text into the store: filled in by app.meeting.notes.MeetingNotes."""
        raise NotImplementedError

    def set_thema_archetype(self, thema: str, archetype_id: str | None) -> None:
        """Zeggenschap per thema: None follows the bijeenkomst's archetype."""
        b = self._need()
        if archetype_id is not None:
            self.pack.archetype(archetype_id)  # KeyError for an unknown id: a bug
        self._write(DataKind.ROLLEN, lambda: self._store.set_thema(b.id, thema, archetype_id))

    def add_theme(self, thema: str) -> bool:
        """A new row in the rolverdeling; False when the theme is already there."""
        thema = thema.strip()
        if not thema or thema in self.themes():
            return False
        self._draft_themes.append(thema)
        self._announce(Change.DATA, DataKind.ROLLEN)
        return True
