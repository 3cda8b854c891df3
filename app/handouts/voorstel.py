"""The "Voorstel aan de gemeenteraad" (A4): what the wijk proposes, per thema.

Seed 003: the wijk's choice of zeggenschap per thema, the rolverdeling and the afspraken
on the democratic process go to the gemeenteraad, which decides on handing over tasks.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.content import wording
from app.content.labels import KOMPAS_TITEL, TAAK_LABELS
from app.handouts.afspraken import header
from app.handouts.drawings import Kompas
from app.handouts.fonts import para
from app.handouts.layout import (
    Styles,
    build,
    data_table,
    document,
    footer_text,
    keep,
    markup,
    p,
)
from app.handouts.voorstel_data import VoorstelAfspraak, VoorstelData
from app.store.schema import TAKEN


def build_voorstel(data: VoorstelData) -> bytes:
    buffer = io.BytesIO()
    doc = document(buffer, f"Voorstel aan de gemeenteraad {data.kop.gebied}")
    styles = Styles()
    width = doc.width

    def w(text: str) -> str:
        return wording(text, data.kop.soort)

    story: list[Flowable] = header(
        "Voorstel aan de gemeenteraad", data.kop, None, width, styles, doc.height / 2
    )
    story.append(markup("Wat vragen we de gemeenteraad?", styles.h2))
    story.append(
        p(
            w(
                "Dit is het voorstel van {de_wijk}: hoeveel zeggenschap {de_wijk} per thema "
                "wil, wie wat doet, en welke afspraken het democratische proces borgen. "
                "De gemeenteraad besluit of de samenwerking zo kan, en over het overdragen "
                "van taken. Tot dat besluit blijft de zeggenschap waar die nu is."
            ),
            styles.body,
        )
    )

    for thema in data.themas:
        story.append(markup(f"Thema: {para(thema.naam)}", styles.h2))
        if thema.archetype:
            eigen = "" if thema.eigen else " (de keuze van de bijeenkomst)"
            story.append(
                markup(
                    f"<b>Gewenste zeggenschap: {para(thema.archetype)}</b>{para(eigen)} — "
                    f"{para(thema.archetype_kort)}",
                    styles.body,
                )
            )
        else:
            story.append(p("Gewenste zeggenschap: nog niet gekozen.", styles.body))
        story.append(markup("Rolverdeling", styles.h3))
        cell_w = width / len(TAKEN)
        story.append(
            data_table(
                [TAAK_LABELS[t] for t in TAKEN],
                [[c or "–" for c in thema.rollen]],
                [cell_w] * len(TAKEN),
                styles,
            )
        )
        story.append(markup("Afspraken voor dit thema", styles.h3))
        story += _afspraken(thema.afspraken, width, styles, "Geen afspraken alleen voor dit thema.")
        story.append(markup("Nog open", styles.h3))
        story += _punten(
            thema.open_punten, styles, "Niets: de afspraken passen bij de gekozen zeggenschap."
        )

    story.append(markup("Afspraken voor alle thema’s", styles.h2))
    story += _afspraken(data.algemeen, width, styles, "Geen afspraken voor alle thema’s.")
    story.append(markup("Nog open voor alle thema’s", styles.h2))
    story += _punten(data.open_algemeen, styles, "Niets meer voor alle thema’s.")

    story.append(
        keep(
            markup(w(KOMPAS_TITEL) + ": nu en gewenst", styles.h2),
            Kompas(data.kompas, min(width, 150 * mm)),
        )
    )
    rows = [
        [f"K{k.nummer} {w(k.titel)}", str(k.nu or "–"), str(k.doel or "–")] for k in data.kompas
    ]
    widths = [width - 40 * mm, 20 * mm, 20 * mm]
    story.append(data_table(["Waarde", "Nu", "Gewenst"], rows, widths, styles))
    build(doc, story, footer_text(data.kop.content_versie, data.kop.gedrukt))
    return buffer.getvalue()


def _afspraken(
    rows: tuple[VoorstelAfspraak, ...], width: float, styles: Styles, empty: str
) -> list[Flowable]:
    if not rows:
        return [p(empty, styles.body)]
    widths = [8 * mm, 0, 30 * mm, 22 * mm, 34 * mm, 16 * mm]
    widths[1] = width - sum(widths)
    return [
        data_table(
            ["Nr", "Wat", "Wie", "Wanneer", "Borgt", "Status"],
            [[str(a.nummer), a.wat, a.wie, a.wanneer, a.borgt or "–", a.status] for a in rows],
            widths,
            styles,
        )
    ]


def _punten(punten: tuple[str, ...], styles: Styles, empty: str) -> list[Flowable]:
    if not punten:
        return [p(empty, styles.body)]
    return [markup(f"•&nbsp;&nbsp;{para(t)}", styles.body) for t in punten]
