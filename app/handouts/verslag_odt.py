"""The verslag as an editable OpenDocument text (.odt), for polishing before it is sent.

ODF, not .docx: ODF (ISO/IEC 26300) is on the Dutch government's list of mandatory open
standards (Forum Standaardisatie, "pas toe of leg uit") for documents a municipality
exchanges, and Word, LibreOffice and Google Docs all open it. Written with odfdo
(maintained, typed, Apache-2.0); odfpy has had no release since 2020.

Headings use the real "Heading 1/2/3" styles (a word processor's navigator and table of
contents find them), lists of what was said are real paragraphs, and the tallies,
kompas, rolverdeling and afspraken are real tables. The words come from `verslag_tekst`,
shared with the PDF.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence

from app.handouts import verslag_tekst as t
from app.handouts.verslag_data import Foto, VerslagData, VerslagVraag

TEXT_CM = 17.0  # the text width of an A4 page with the template's 2 cm margins
FOTO_MAX_CM = (16.0, 11.0)  # width, height


def build_verslag_odt(data: VerslagData) -> bytes:
    from odfdo import Document

    kop = data.lijst.kop
    doc = Document("text")
    _styles(doc)
    doc.meta.title = f"Verslag {kop.gebied} {kop.datum}"
    doc.meta.language = "nl-NL"
    body = doc.body
    body.clear()
    w = _Writer(doc)
    w.heading(1, f"{t.TITEL} {kop.gebied}")
    w.facts(t.kop_feiten(data))
    if data.doel:
        w.heading(2, t.DOEL)
        for alinea in data.doel.split("\n\n"):
            w.para(alinea)
    w.heading(2, t.WIE)
    w.facts(t.wie_feiten(data))

    w.heading(2, t.GEZEGD)
    if not data.vragen:
        w.para(t.leeg(data)[t.GEZEGD])
    for vraag in data.vragen:
        _vraag(w, vraag)

    w.heading(2, t.ZEGGENSCHAP)
    for regel in t.zeggenschap_regels(data):
        w.para(regel)
    w.heading(2, t.kompas_titel(data))
    w.table(t.KOMPAS_KOPPEN, t.kompas_rijen(data), "Kompas", (TEXT_CM - 5, 2.5, 2.5))
    for waarde, toelichting in data.kompas_toelichting:
        w.para(f"{waarde}: {toelichting}")

    w.heading(2, t.ROLVERDELING)
    if data.lijst.rollen:
        n = len(t.rol_koppen()) - 1
        w.table(
            t.rol_koppen(), t.rol_rijen(data), "Rolverdeling", (3.4, *[(TEXT_CM - 3.4) / n] * n)
        )
    else:
        w.para(t.leeg(data)[t.ROLVERDELING])
    w.heading(2, t.AFSPRAKEN)
    if data.lijst.afspraken:
        widths = (0.9, TEXT_CM - 0.9 - 4.0 - 2.6 - 2.0, 4.0, 2.6, 2.0)
        w.table(t.AFSPRAAK_KOPPEN, t.afspraak_rijen(data), "Afspraken", widths)
    else:
        w.para(t.leeg(data)[t.AFSPRAKEN])
    w.heading(2, t.WITTE_VLEKKEN)
    for vlek in data.witte_vlekken:
        w.para(f"• {vlek}")
    if not data.witte_vlekken:
        w.para(t.leeg(data)[t.WITTE_VLEKKEN])

    if data.fotos:
        w.heading(2, t.FOTOS)
        for foto in data.fotos:
            w.photo(foto)
    if data.notities:
        w.heading(2, t.NOTITIES)
        w.para(data.notities)
    if data.lijst.follow_up_url:
        w.heading(2, t.VERDER)
        w.para(t.verder_tekst(data))
        w.qr(data.lijst.follow_up_url)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _vraag(w: _Writer, vraag: VerslagVraag) -> None:
    w.heading(3, f"{vraag.nummer}  {vraag.tekst}")
    if vraag.onderdeel:
        w.para(vraag.onderdeel, "Verslag_20_klein")
    for groep in vraag.groepen:
        if groep.titel:
            w.heading(4, groep.titel)
        for item in groep.items:
            w.para(f"• {t.item_tekst(item)}")
    if vraag.telling:
        rows = [[optie, str(aantal)] for optie, aantal in vraag.telling]
        w.table(t.TELLING_KOPPEN, rows, f"Telling {vraag.nummer}", (6.0, 2.0))
    if vraag.notitie:
        w.para(f"Eigen notitie: {vraag.notitie}", "Verslag_20_notitie")
    for foto in vraag.fotos:
        w.photo(foto)


class _Writer:
    """Appends headings, paragraphs, tables and images to the document's body."""

    def __init__(self, doc: object) -> None:
        self.doc = doc
        self.body = doc.body  # type: ignore[attr-defined]
        self._tables = 0
        self._columns: set[str] = set()

    def heading(self, level: int, text: str) -> None:
        from odfdo import Header

        heading = Header(level, _clean(text))
        heading.set_attribute("text:style-name", f"Heading_20_{level}")  # not kept by Header()
        self.body.append(heading)

    def para(self, text: str, style: str = "Text_20_body") -> None:
        from odfdo import Paragraph

        self.body.append(Paragraph(_clean(text), style=style))

    def facts(self, facts: Sequence[tuple[str, str]]) -> None:
        """Label/value pairs as a two-column table without a header row or lines."""
        rows = [[label, value] for label, value in facts]
        self.table((), rows, "Gegevens", (3.5, TEXT_CM - 3.5), lines=False)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        name: str,
        widths_cm: Sequence[float],
        *,
        lines: bool = True,
    ) -> None:
        """A real table: a header row repeated on every page, one column per width."""
        from odfdo import Cell, Column, Paragraph, Row, Table
        from odfdo.header_rows import HeaderRows

        self._tables += 1
        table = Table(f"{name} {self._tables}".replace(".", "-"), style=self._table(widths_cm))
        for width in widths_cm:
            table.append(Column(style=self._column(width)))

        def row(cells: Sequence[str], head: bool) -> Row:
            made = Row()
            cell_style = ("Verslag_20_kopcel" if head else "Verslag_20_cel") if lines else None
            for text in cells:
                cell = Cell(style=cell_style)
                text_style = "Verslag_20_tabelkop" if head else "Verslag_20_tabeltekst"
                cell.append(Paragraph(_clean(text), style=text_style))
                made.append(cell)
            return made

        if header:
            head = HeaderRows()  # repeated on every page, like the PDF's
            head.append(row(header, True))
            table.append(head)
        for cells in rows:
            table.append(row(cells, False))
        self.body.append(table)

    def _table(self, widths_cm: Sequence[float]) -> str:
        from odfdo import Style

        total = sum(widths_cm)
        name = f"Verslag_tabel_{round(total * 100)}"
        if name not in self._columns:
            table = Style("table", name, width=f"{total:.2f}cm", align="left")
            self.doc.insert_style(table, automatic=True)  # type: ignore[attr-defined]
            self._columns.add(name)
        return name

    def _column(self, width_cm: float) -> str:
        from odfdo import Style

        name = f"Verslag_kolom_{round(width_cm * 100)}"
        if name not in self._columns:
            column = Style("table-column", name=name, width=f"{width_cm:.2f}cm")
            self.doc.insert_style(column, automatic=True)  # type: ignore[attr-defined]
            self._columns.add(name)
        return name

    def photo(self, foto: Foto) -> None:
        from PIL import Image

        with Image.open(io.BytesIO(foto.jpeg)) as image:
            w, h = image.size
            media = "image/png" if image.format == "PNG" else "image/jpeg"
        scale = min(FOTO_MAX_CM[0] / w, FOTO_MAX_CM[1] / h)
        self._image(foto.jpeg, media, (w * scale, h * scale))
        if foto.bijschrift:
            self.para(foto.bijschrift, "Caption")

    def qr(self, url: str) -> None:
        self._image(_qr_png(url), "image/png", (3.5, 3.5))
        self.para(url)

    def _image(self, data: bytes, media: str, size_cm: tuple[float, float]) -> None:
        """The image inside the file (Pictures/, named by its hash), in its own paragraph."""
        from odfdo import Frame, Paragraph

        ext = "png" if media == "image/png" else "jpg"
        uri = f"Pictures/{hashlib.sha1(data).hexdigest()}.{ext}"
        self.doc.container.set_part(uri, data)  # type: ignore[attr-defined]
        self.doc.manifest.add_full_path(uri, media)  # type: ignore[attr-defined]
        frame = Frame.image_frame(
            uri, size=(f"{size_cm[0]:.2f}cm", f"{size_cm[1]:.2f}cm"), anchor_type="as-char"
        )
        holder = Paragraph(style="Standard")
        holder.append(frame)
        self.body.append(holder)


def _styles(doc: object) -> None:
    """Our paragraph, table and cell styles; headings without the template's numbers."""
    from odfdo import Style

    klein = Style(
        "paragraph",
        "Verslag_20_klein",
        "Verslag klein",
        "Text_20_body",
        area="text",
        color="#5b6673",
        font_size="9pt",
    )
    notitie = Style("paragraph", "Verslag_20_notitie", "Verslag notitie", "Text_20_body")
    notitie.set_properties({"fo:background-color": "#e3edf5", "fo:padding": "0.1cm"})
    # Table text a little smaller than the body, so a long word such as
    # "Bewonersorganisatie" fits its column; Dutch, so a word processor hyphenates it.
    cel = Style("paragraph", "Verslag_20_tabeltekst", "Verslag tabeltekst", "Standard")
    cel.set_properties(
        {"fo:font-size": "9.5pt", "fo:language": "nl", "fo:country": "NL", "fo:hyphenate": "true"},
        area="text",
    )
    kop = Style("paragraph", "Verslag_20_tabelkop", "Verslag tabelkop", "Verslag_20_tabeltekst")
    kop.set_properties({"fo:font-weight": "bold"}, area="text")
    for style in (klein, notitie, cel, kop):
        doc.insert_style(style)  # type: ignore[attr-defined]
    line = "0.5pt solid #b7c3cf"
    automatic = (
        Style("table-cell", "Verslag_20_cel", border_bottom=line, padding="0.08cm"),
        Style(
            "table-cell",
            "Verslag_20_kopcel",
            border_bottom="0.8pt solid #1f5f8b",
            padding="0.08cm",
            background_color="#e3edf5",
        ),
    )
    for style in automatic:
        doc.insert_style(style, automatic=True)  # type: ignore[attr-defined]
    for level in doc.styles.get_elements("//text:outline-level-style"):  # type: ignore[attr-defined]
        level.set_attribute("style:num-format", "")  # "1.Verslag" read oddly
        for name in ("style:num-suffix", "loext:num-list-format"):
            level.del_attribute(name)


def _qr_png(url: str, module_px: int = 8) -> bytes:
    """The QR code as a black-and-white PNG (the same matrix as the PDF's vector one)."""
    from PIL import Image

    from app.handouts.qr import qr_matrix

    matrix = qr_matrix(url)
    n = len(matrix)
    image = Image.new("1", (n, n), 1)
    image.putdata([0 if dark else 1 for row in matrix for dark in row])
    image = image.resize((n * module_px, n * module_px), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _clean(text: str) -> str:
    """XML cannot hold control characters; a stray one would make the file unreadable."""
    return "".join(ch if ch in "\n\t" or ord(ch) >= 0x20 else " " for ch in text)
