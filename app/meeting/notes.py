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
BIJEENKOMST_NOTE = ""  # the vraag id of a note key that means the bijeenkomst itself


class MeetingNotes(MeetingWrites):
    """Notes per question and per bijeenkomst, privé inbreng, photos."""

    # -- notes ---------------------------------------------------------------------------
    # A note is saved under (bijeenkomst, vraag); vraag "" is the bijeenkomst's own note
    # (bijeenkomst.notities). The key names both, so a note typed just before the question
    # or bijeenkomst changed is written where it was typed, never under the new one.
    def note_key(self, *, of_question: bool = True) -> tuple[str, str] | None:
        """(bijeenkomst id, vraag id or "") of the current question's note or, with
        `of_question` False, of the bijeenkomst's; None when there is none."""
        if self.bijeenkomst is None:
            return None
        if not of_question:
            return (self.bijeenkomst.id, BIJEENKOMST_NOTE)
        return (self.bijeenkomst.id, self.vraag.id) if self.vraag else None

    def note_text(self, key: tuple[str, str] | None) -> str:
        """The note under `key` ('' without one), typed text not saved yet included."""
        if key is None:
            return ""
        pending = self._unsaved.get("notitie", "/".join(key))
        if "tekst" in pending:
            return str(pending["tekst"])
        bijeenkomst_id, vraag_id = key
        if vraag_id == BIJEENKOMST_NOTE:
            b = self.bijeenkomst
            own = b if b is not None and b.id == bijeenkomst_id else None
            return (own or self._store.bijeenkomst(bijeenkomst_id)).notities
        return self._store.notitie(bijeenkomst_id, vraag_id)

    def save_note(self, key: tuple[str, str], tekst: str) -> None:
        """Save a note as it is typed (kept and tried again while the database is busy)."""
        self._keep("notitie", "/".join(key), key[0], {"tekst": tekst})

    def notitie(self) -> str:
        """The note of the current question."""
        return self.note_text(self.note_key())

    def set_notitie(self, tekst: str) -> None:
        key = self.note_key()
        if key is not None:
            self.save_note(key, tekst)

    def bijeenkomst_notitie(self) -> str:
        """The note of the open bijeenkomst as a whole (bijeenkomst.notities)."""
        return self.note_text(self.note_key(of_question=False))

    def set_bijeenkomst_notitie(self, tekst: str) -> None:
        key = self.note_key(of_question=False)
        if key is not None:
            self.save_note(key, tekst)

    def _apply_notitie(self, entry: Entry) -> Any:
        tekst = entry.fields.get("tekst", "")
        vraag_id = entry.key.partition("/")[2]
        if vraag_id != BIJEENKOMST_NOTE:
            return self._store.set_notitie(entry.bijeenkomst_id, vraag_id, tekst)
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
