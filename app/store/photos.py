"""Photos stored in the database: the flip-over, the poster with stickers.

They go in through app.store.images (scaled, upright, without EXIF) and are read either
as a list without bytes (the console's thumbnails ask for the bytes per photo) or with
their bytes for a verslag. Never on the projector.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import InvalidInput
from app.store import validation as check
from app.store.base import StoreBase, now
from app.store.images import prepare_photo, read_photo_file
from app.store.records import Foto, FotoBestand

_COLUMNS = (
    "id, bijeenkomst_id, vraag_id, bijschrift, mime, breedte, hoogte, grootte, volgorde, "
    "aangemaakt, bijgewerkt"
)


class PhotoTables(StoreBase):
    """Foto rows; the image bytes only where they are asked for."""

    def add_foto(
        self,
        bijeenkomst_id: str,
        data: bytes,
        *,
        vraag_id: str | None = None,
        bijschrift: str = "",
        name: str = "Dit bestand",
    ) -> Foto:
        """Check and prepare `data` (JPEG or PNG, app.store.images) and store it."""
        self._bijeenkomst(bijeenkomst_id)
        photo = prepare_photo(data, name)
        stamp = now()
        values = {
            "bijeenkomst_id": bijeenkomst_id,
            "vraag_id": check.text(vraag_id, "de vraag") if vraag_id is not None else None,
            "bijschrift": check.text(bijschrift, "het bijschrift", required=False, max_len=500),
            "mime": photo.mime,
            "breedte": photo.breedte,
            "hoogte": photo.hoogte,
            "grootte": len(photo.data),
            "data": photo.data,
            "aangemaakt": stamp,
            "bijgewerkt": stamp,
        }
        return self._insert(
            "foto", Foto, values, order_within=("bijeenkomst_id = ?", [bijeenkomst_id])
        )

    def add_foto_file(
        self, bijeenkomst_id: str, path: str | Path, *, vraag_id: str | None = None
    ) -> Foto:
        """add_foto with the bytes of a file (a file dialog, a drop on the window)."""
        path = Path(path)
        data = read_photo_file(path)
        return self.add_foto(
            bijeenkomst_id, data, vraag_id=vraag_id, name=f"Het bestand '{path.name}'"
        )

    def fotos(self, bijeenkomst_id: str, vraag_id: str | None = None) -> list[Foto]:
        """The photos of a bijeenkomst in the order added; with `vraag_id`, those of that
        question and those of the bijeenkomst as a whole."""
        sql = f"SELECT {_COLUMNS} FROM foto WHERE bijeenkomst_id = ?"
        params: list[str] = [bijeenkomst_id]
        if vraag_id is not None:
            sql += " AND (vraag_id IS NULL OR vraag_id = ?)"
            params.append(vraag_id)
        return self._select(Foto, sql + " ORDER BY volgorde, aangemaakt", params)

    def foto_data(self, foto_id: str) -> bytes:
        rows = self.query("SELECT data FROM foto WHERE id = ?", [foto_id])
        if not rows:
            raise InvalidInput("Deze foto bestaat niet (meer). Is hij al verwijderd?")
        return bytes(rows[0][0])

    def fotos_met_data(self, bijeenkomst_id: str) -> list[FotoBestand]:
        """Every photo of a bijeenkomst with its bytes (JPEG), for a verslag."""
        return [FotoBestand(f, self.foto_data(f.id)) for f in self.fotos(bijeenkomst_id)]

    def update_foto(
        self, foto_id: str, *, bijschrift: str | None = None, vraag_id: str | None = None
    ) -> Foto:
        changes: dict[str, str | None] = {}
        if bijschrift is not None:
            changes["bijschrift"] = check.text(
                bijschrift, "het bijschrift", required=False, max_len=500
            )
        if vraag_id is not None:
            changes["vraag_id"] = vraag_id or None  # "": the bijeenkomst as a whole
        return self._update("foto", Foto, foto_id, changes)

    def delete_foto(self, foto_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM foto WHERE id = ?", [foto_id])
