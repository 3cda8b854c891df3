"""The plenaire terugkoppeling on the console (Ctrl+Shift+R): per question what each tafel
said and the hand counts summed, the current question first in view. A mode of the
Bespreken page; the projector shows the current question's part at the same time."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.meeting.adapter import MeetingState
from app.meeting.plenair import PlenairVraag
from widgets import actions


def plenair_html(vragen: list[PlenairVraag], current: str | None) -> str:
    """The terugkoppeling as simple HTML; every text from the room is escaped."""
    parts = []
    for vraag in vragen:
        mark = " ◀ nu" if vraag.vraag_id == current else ""
        parts.append(
            f"<h3><a name='{escape(vraag.vraag_id)}'></a>{escape(vraag.nummer)} "
            f"{escape(vraag.tekst)}{escape(mark)}</h3>"
        )
        if vraag.leeg:
            parts.append("<p><i>Nog niets van de tafels.</i></p>")
            continue
        for deel in vraag.tafels:
            leider = f" · {escape(deel.gespreksleider)}" if deel.gespreksleider else ""
            telling = ", ".join(f"{escape(o)} {n}" for o, n in deel.telling if n)
            telling = f" — handen: {telling}" if telling else ""
            parts.append(f"<p><b>{escape(deel.titel)}</b>{leider}{telling}</p>")
            if deel.items:
                items = "".join(f"<li>{escape(i)}</li>" for i in deel.items)
                parts.append(f"<ul>{items}</ul>")
            else:
                parts.append("<ul><li><i>(nog niets)</i></li></ul>")
        if vraag.totaal:
            totaal = ", ".join(f"{escape(o)}: {n}" for o, n in vraag.totaal)
            parts.append(f"<p><b>Handen, alle tafels samen:</b> {totaal}</p>")
    return "".join(parts) or "<p>Nog geen vragen.</p>"


class PlenairPanel(QWidget):
    """What each tafel said, per question (read-only, scrolls with the keyboard)."""

    def __init__(self, state: MeetingState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.title = QLabel(
            f"Plenaire terugkoppeling: wat elke tafel zei ({actions.PLENAIR.shown}: terug "
            "naar het invoeren)"
        )
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Plenaire terugkoppeling per vraag en tafel")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        state.data_changed.connect(lambda _k: self.refresh())
        state.question_changed.connect(lambda _q: self.refresh())

    def refresh(self) -> None:
        if not self.isVisible():
            return  # rendered when shown: typing elsewhere costs nothing
        current = self.state.vraag.id if self.state.vraag else None
        vragen = self.state.plenair(public=False)
        self.browser.setHtml(plenair_html(vragen, current))
        if current:
            self.browser.scrollToAnchor(current)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def text(self) -> str:
        """What the panel shows, as plain text (for tests and screen readers)."""
        return self.browser.toPlainText()

    def focus(self) -> None:
        self.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
