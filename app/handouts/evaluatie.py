"""The evaluatieverslag (stap 3): how the earlier afspraken went and how the kompas moved."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.content.labels import datum_lang
from app.handouts.afspraken import empty_note, header
from app.handouts.data import EvaluatieData, Meting
from app.handouts.drawings import Trend
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


def build_evaluatie(data: EvaluatieData) -> bytes:
    buffer = io.BytesIO()
    doc = document(buffer, f"Evaluatieverslag {data.kop.gebied}")
    styles = Styles()
    width = doc.width
    story: list[Flowable] = header(
        "Evaluatieverslag", data.kop, data.follow_up_url, width, styles, doc.height / 2
    )

    empty: list[str] = []  # said once under the header (see afspraken.empty_note)
    sections: list[Flowable] = []
    if data.terugblik:
        sections.append(markup("Hoe gaat het met de afspraken?", styles.h2))
        widths = [8 * mm, 0, 34 * mm, 18 * mm, 52 * mm]
        widths[1] = width - sum(widths)
        rows = []
        for r in data.terugblik:
            wat = markup(
                f"{para(r.wat)}<br/><font size='7' color='#5b6673'>afgesproken op "
                f"{para(datum_lang(r.afgesproken))}</font>",
                styles.cell,
            )
            reflectie = r.reflectie if r.besproken else "Nog niet besproken."
            rows.append([str(r.nummer), wat, r.wie, r.status, reflectie or "–"])
        sections.append(
            data_table(
                ["Nr", "Afspraak", "Wie", "Status", "Wat zeggen we erover?"], rows, widths, styles
            )
        )
    else:
        empty.append("Er zijn geen eerdere afspraken voor dit gebied.")

    if data.trend:
        sections.append(markup("Hoe bewoog het kompas?", styles.h2))
        sections.append(
            keep(
                p(
                    "Per waarde van het kompas: ‘nu’ (doorgetrokken lijn) en ‘doel’ "
                    "(stippellijn) bij elke meting, van 1 (weinig) tot 5 (veel).",
                    styles.small,
                ),
                Trend(data.trend, width),
            )
        )
        sections.append(trend_table(data.trend, width, styles))
    else:
        empty.append("Er zijn nog geen kompasscores ingevuld.")
    story += empty_note(empty, styles) + sections

    build(doc, story, footer_text(data.kop.content_versie, data.kop.gedrukt))
    return buffer.getvalue()


def _score(nu: int | None, doel: int | None) -> str:
    return f"nu {nu or '–'} · doel {doel or '–'}"


def _verschil(first: int | None, last: int | None) -> str:
    if first is None or last is None:
        return "–"
    delta = last - first
    if delta > 0:
        return f"↑ {delta} beter"
    if delta < 0:
        return f"↓ {-delta} minder"
    return "= gelijk"


def trend_table(metingen: tuple[Meting, ...], width: float, styles: Styles) -> Flowable:
    """The numbers behind the chart: one column per meting, and the change in 'nu'."""
    shown = metingen[-5:]  # the chart shows all; the table the last five, to stay legible
    waarde_w = 38 * mm
    change_w = 24 * mm
    col_w = (width - waarde_w - change_w) / len(shown)
    first_index = len(metingen) - len(shown) + 1
    header = [
        "Waarde",
        # "Meting 1" over the date: "1. 2 december 2026" read as "1.2 december"
        *(f"Meting {first_index + i}\n{datum_lang(m.datum)}" for i, m in enumerate(shown)),
        "Verschil nu",
    ]
    rows = []
    for index, punt in enumerate(metingen[0].punten):
        scores = [m.punten[index] for m in metingen]
        rows.append(
            [
                f"K{punt.nummer} {punt.titel}",
                *(_score(m.punten[index].nu, m.punten[index].doel) for m in shown),
                _verschil(scores[0].nu, scores[-1].nu),
            ]
        )
    return data_table(header, rows, [waarde_w, *[col_w] * len(shown), change_w], styles)
