"""The verslag as PDF (A4), in the house layout of the other handouts.

The words come from `verslag_tekst`, shared with the editable OpenDocument form.
"""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Table, TableStyle

from app.handouts import verslag_tekst as t
from app.handouts.afspraken import header, qr_block
from app.handouts.drawings import Kompas
from app.handouts.fonts import REGULAR, para
from app.handouts.layout import (
    HEADER_BG,
    Styles,
    build,
    data_table,
    document,
    facts_table,
    footer_text,
    gap,
    keep,
    markup,
    p,
)
from app.handouts.verslag_data import Foto, VerslagData, VerslagVraag

FOTO_MAX_H = 95 * mm
QR_SIZE = 30 * mm


def build_verslag_pdf(data: VerslagData) -> bytes:
    buffer = io.BytesIO()
    kop = data.lijst.kop
    doc = document(buffer, f"Verslag {kop.gebied} {kop.datum}")
    styles = Styles()
    width = doc.width
    # The QR code sits at the end, under "Praat verder", not in the header: the header's
    # facts are the afsprakenlijst's, the verslag's own ones follow under "Wie er waren".
    story: list[Flowable] = header(t.TITEL, kop, None, width, styles, doc.height / 2)
    if data.doel:
        story += [markup(t.DOEL, styles.h2)]
        story += [p(alinea, styles.body) for alinea in data.doel.split("\n\n")]
    story += [markup(t.WIE, styles.h2), facts_table(t.wie_feiten(data), width, styles)]

    story.append(markup(t.GEZEGD, styles.h2))
    if not data.vragen:
        story.append(p(t.leeg(data)[t.GEZEGD], styles.body))
    for vraag in data.vragen:
        story += _vraag(vraag, width, styles)

    story.append(markup(t.ZEGGENSCHAP, styles.h2))
    story += [p(regel, styles.body) for regel in t.zeggenschap_regels(data)]

    story.append(
        keep(
            markup(t.kompas_titel(data), styles.h2), Kompas(data.lijst.kompas, min(width, 130 * mm))
        )
    )
    story.append(
        data_table(
            t.KOMPAS_KOPPEN, t.kompas_rijen(data), [width - 40 * mm, 20 * mm, 20 * mm], styles
        )
    )
    if data.kompas_toelichting:
        story.append(gap(2 * mm))
    for waarde, toelichting in data.kompas_toelichting:
        story.append(markup(f"<b>{para(waarde)}</b>: {para(toelichting)}", styles.body))

    story.append(markup(t.ROLVERDELING, styles.h2))
    if data.lijst.rollen:
        thema_w = 32 * mm
        cell_w = (width - thema_w) / (len(t.rol_koppen()) - 1)
        widths = [thema_w, *[cell_w] * (len(t.rol_koppen()) - 1)]
        story.append(data_table(t.rol_koppen(), t.rol_rijen(data), widths, styles))
    else:
        story.append(p(t.leeg(data)[t.ROLVERDELING], styles.body))

    story.append(markup(t.AFSPRAKEN, styles.h2))
    if data.lijst.afspraken:
        widths = [8 * mm, 0, 36 * mm, 26 * mm, 18 * mm]
        widths[1] = width - sum(widths)
        story.append(data_table(t.AFSPRAAK_KOPPEN, t.afspraak_rijen(data), widths, styles))
    else:
        story.append(p(t.leeg(data)[t.AFSPRAKEN], styles.body))

    story.append(markup(t.WITTE_VLEKKEN, styles.h2))
    story += _bullets(data.witte_vlekken, styles) or [p(t.leeg(data)[t.WITTE_VLEKKEN], styles.body)]

    if data.fotos:
        # the heading goes with the first photo: never alone at the foot of a page
        fotos = [_foto(f, width, styles) for f in data.fotos]
        story += [keep(markup(t.FOTOS, styles.h2), fotos[0]), *fotos[1:]]
    if data.notities:
        story += [markup(t.NOTITIES, styles.h2), p(data.notities, styles.body)]
    url = data.lijst.follow_up_url
    if url:
        story.append(
            keep(
                markup(t.VERDER, styles.h2),
                p(t.verder_tekst(data), styles.body),
                gap(2 * mm),
                *qr_block(url, "", QR_SIZE, styles, width / 2),
            )
        )
    build(doc, story, footer_text(kop.content_versie, kop.gedrukt))
    return buffer.getvalue()


def _vraag(vraag: VerslagVraag, width: float, styles: Styles) -> list[Flowable]:
    kop = markup(f"{para(vraag.nummer)}&nbsp;&nbsp;{para(vraag.tekst)}", styles.h3)
    parts: list[Flowable] = []
    if vraag.onderdeel:
        parts.append(p(vraag.onderdeel, styles.small))
    for groep in vraag.groepen:
        if groep.titel:
            parts.append(markup(f"<b>{para(groep.titel)}</b>", styles.body))
        parts += _bullets(tuple(t.item_tekst(i) for i in groep.items), styles)
    if vraag.telling:
        rows = [[optie, str(aantal)] for optie, aantal in vraag.telling]
        parts += [gap(1.5 * mm), data_table(t.TELLING_KOPPEN, rows, [60 * mm, 20 * mm], styles)]
    if vraag.notitie:
        parts.append(_note(vraag.notitie, width, styles))
    parts += [_foto(f, width, styles) for f in vraag.fotos]
    # The question stays with its first lines; a long list may then run on.
    return [keep(kop, *parts[:2]), *parts[2:]]


def _bullets(lines: tuple[str, ...], styles: Styles) -> list[Flowable]:
    """A list with a hanging indent: wrapped lines start under the text, not the dot."""
    style = ParagraphStyle("bullet", parent=styles.body, leftIndent=10, bulletIndent=1)
    return [Paragraph(para(line), style, bulletText="•") for line in lines]


def _note(text: str, width: float, styles: Styles) -> Table:
    table = Table([[markup(f"<b>Eigen notitie:</b> {para(text)}", styles.body)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEADER_BG),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _foto(foto: Foto, width: float, styles: Styles) -> Flowable:
    """A photo at most the column wide and FOTO_MAX_H high, with its caption beneath."""
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(foto.jpeg))
    w, h = reader.getSize()
    scale = min(width / w, FOTO_MAX_H / h)
    image = Image(io.BytesIO(foto.jpeg), width=w * scale, height=h * scale)
    image.hAlign = "LEFT"
    parts: list[Flowable] = [gap(2 * mm), image]
    if foto.bijschrift:
        parts.append(p(foto.bijschrift, styles.small))
    return keep(*parts)
