"""The facilitator's own things in a meeting: private notes, the privé mark, photos.

None of it reaches the room: room_view.py shows no note, no photo and no privé inbreng.
Notes are saved as typed (like an afspraak: kept and tried again while the database is
busy); a photo goes in through the store, which scales it and strips its EXIF.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.meeting.core import DataKind
from app.meeting.unsaved import Entry
from app.meeting.writes import MeetingWrites
from app.store.records import Foto, Inbreng

log = logging.getLogger(__name__)
BIJEENKOMST_NOTE = ""  # the unsaved key of the bijeenkomst's own note


class MeetingNotes(MeetingWrites):
    """Notes per question and per bijeenkomst, privé inbreng, photos."""

    # -- notes ---------------------------------------------------------------------------
    def notitie(self) -> str:
        """The note of the current question ('' without one), typed text included."""
        b, vraag = self.bijeenkomst, self.vraag
        if b is None or vraag is None:
            return ""
        pending = self._unsaved.get("notitie", vraag.id)
        if "tekst" in pending:
            return str(pending["tekst"])
        return self._store.notitie(b.id, vraag.id)

    def set_notitie(self, tekst: str) -> None:
        """Save the note of the current question as it is typed."""
        b, vraag = self._need(), self.vraag
        if vraag is not None:
            self._keep("notitie", vraag.id, b.id, {"tekst": tekst})

    def bijeenkomst_notitie(self) -> str:
        """The note of the open bijeenkomst as a whole (bijeenkomst.notities)."""
        if self.bijeenkomst is None:
            return ""
        pending = self._unsaved.get("notitie", BIJEENKOMST_NOTE)
        return str(pending.get("tekst", self.bijeenkomst.notities))

    def set_bijeenkomst_notitie(self, tekst: str) -> None:
        b = self._need()
        self._keep("notitie", BIJEENKOMST_NOTE, b.id, {"tekst": tekst})

    def _apply_notitie(self, entry: Entry) -> Any:
        tekst = entry.fields.get("tekst", "")
        if entry.key != BIJEENKOMST_NOTE:
            return self._store.set_notitie(entry.bijeenkomst_id, entry.key, tekst)
        updated = self._store.update_bijeenkomst(entry.bijeenkomst_id, notities=tekst)
        if self.bijeenkomst is not None and self.bijeenkomst.id == updated.id:
            self.bijeenkomst = updated
        return updated

    # -- privé ---------------------------------------------------------------------------
    def toggle_prive(self, inbreng_id: str) -> Inbreng | None:
        """Mark an item privé (off the projector and out of every output), or not."""
        item = next((i for i in self.inbreng() if i.id == inbreng_id), None)
        if item is None:
            return None
        return self.update_inbreng(inbreng_id, prive=not item.prive)

    # -- photos --------------------------------------------------------------------------
    def fotos(self) -> list[Foto]:
        """The photos of the current question and of the bijeenkomst as a whole."""
        b = self.bijeenkomst
        if b is None:
            return []
        return self._store.fotos(b.id, self.vraag.id if self.vraag else None)

    def foto_data(self, foto_id: str) -> bytes:
        return self._store.foto_data(foto_id)

    def add_fotos(self, paths: list[Path], *, bij_vraag: bool = True) -> list[Foto]:
        """Add photo files to the current question (or, `bij_vraag` False or no question,
        to the bijeenkomst); each file that cannot be a photo is told in Dutch."""
        b = self._need()
        vraag_id = self.vraag.id if bij_vraag and self.vraag else None
        added = []
        for path in paths:

            def add(path: Path = path) -> Foto:
                return self._store.add_foto_file(b.id, path, vraag_id=vraag_id)

            foto = self._write(DataKind.FOTO, add)
            if foto is not None:
                added.append(foto)
        log.info("added %d of %d photos", len(added), len(paths))
        return added

    def set_foto_bijschrift(self, foto_id: str, bijschrift: str) -> None:
        self._write(DataKind.FOTO, lambda: self._store.update_foto(foto_id, bijschrift=bijschrift))

    def delete_foto(self, foto_id: str) -> None:
        self._write(DataKind.FOTO, lambda: self._store.delete_foto(foto_id))
