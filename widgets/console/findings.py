"""The congruence panel on the Afspraken page: its heading and one box per finding."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.content.labels import count_label
from app.meeting.adapter import MeetingState
from app.meeting.congruence import Bevinding, Voorstel


def panel_title(state: MeetingState, findings: list[Bevinding]) -> str:
    """What still does not fit the zeggenschap (per thema), or that nothing is missing;
    growth suggestions are counted apart: they are no failure."""
    b = state.bijeenkomst
    chosen = {k.archetype for k in state.thema_keuzes()} or {b.archetype if b else None}
    if len(chosen) > 1:
        archetype = "de zeggenschap per thema"
    else:
        (one,) = chosen
        titel = state.pack.archetype(one).titel if one else "nog niet gekozen"
        archetype = f"‘{titel}’"
    points = [f for f in findings if not f.suggestie]
    tips = len(findings) - len(points)
    tip_text = (
        f" Nog {count_label(tips, 'suggestie', 'suggesties')} voor een groeipad." if tips else ""
    )
    if not points:
        return (
            f"<b>De afspraken passen bij {escape(archetype)}.</b> Er ontbreekt niets."
            f"{escape(tip_text)}"
        )
    reasons = list(dict.fromkeys(f.waarom for f in points if f.waarom))
    why = "".join(f"<p>{escape(r)}</p>" for r in reasons)
    count = count_label(len(points), "punt", "punten")
    return f"<b>Wat past nog niet bij {escape(archetype)}?</b> ({count}){why}{escape(tip_text)}"


def finding_widget(finding: Bevinding, prefill: Callable[[Voorstel], None]) -> QWidget:
    """One finding; with a proposal, a "Maak afspraak" button that fills in the editor."""
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    text = QLabel(("Suggestie: " if finding.suggestie else "") + finding.tekst)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(text)
    if finding.voorstel is not None:
        button = QPushButton("Maak afspraak")
        button.setAccessibleName(f"Maak afspraak: {finding.tekst[:60]}")
        button.clicked.connect(lambda _c=False, v=finding.voorstel: prefill(v))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    box.setProperty("bevinding", finding.regel_id)
    return box
