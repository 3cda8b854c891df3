"""The draaiboek as the first group of the Bespreken navigator: its questions in the order
of the evening, each with its minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from app.content import Vraag
from app.content.labels import duur_label
from app.meeting.adapter import MeetingState


def draaiboek_group(
    state: MeetingState, planned: list[Vraag], role: Qt.ItemDataRole
) -> QTreeWidgetItem:
    """Group "Draaiboek · 1 uur 30 min" > "In de volgorde van de avond" > the questions
    (three levels, like the other groups of the navigator)."""
    minutes = [state.minutes_for(v) or 0 for v in planned]
    group = QTreeWidgetItem([f"Draaiboek · {duur_label(sum(minutes))}"])
    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
    node = QTreeWidgetItem(["In de volgorde van de avond"])
    node.setFlags(Qt.ItemFlag.ItemIsEnabled)
    group.addChild(node)
    for vraag, m in zip(planned, minutes, strict=True):
        tekst = state.text(vraag.tekst)
        item = QTreeWidgetItem([f"{vraag.nummer}  {m} min · {tekst}"])
        item.setData(0, role, vraag.id)
        item.setToolTip(0, f"{tekst} ({m} minuten)")
        node.addChild(item)
    return group
