"""The projector window: what the room sees, and nothing else.

A view of MeetingState with no state of its own. It never shows the facilitator's notes,
inbreng marked private, or deelnemer labels, unless the facilitator switched on the
visible "toon namen" toggle. Sizes follow the screen: body text is 1/30 of the screen
height (36 px on a 1080p projector).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import WijkpraatError
from app.meeting.adapter import MeetingState
from app.meeting.core import Projection
from app.meeting.room_view import live_view, plenair_view, round_text, welcome_view
from app.meeting.speaking_round import RoundStatus
from app.meeting.timer import TimerStatus
from widgets.common.kompas_radar import KompasRadar
from widgets.projector.plenair import PlenairScreen


def body_px(height: int) -> int:
    """Body text size for a window of this height: 36 px at 1080 lines, never below 16.

    Fullscreen on a projector the window is the screen; as a preview window the text
    shrinks with it, so the preview shows the same layout as the room will see.
    """
    return max(16, round(height / 30))


class QrCode(QWidget):
    """Paints a QR matrix (quiet zone included) as black squares on white."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_matrix(self, matrix: tuple[tuple[bool, ...], ...], size: int) -> None:
        self.matrix = matrix
        self.setFixedSize(QSize(size, size))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.matrix:
            return
        painter = QPainter(self)
        n = len(self.matrix)
        cell = min(self.width(), self.height()) / n
        painter.fillRect(self.rect(), QColor("white"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        QRectF(x * cell, y * cell, cell + 0.5, cell + 0.5), QColor("black")
                    )


class Bars(QWidget):
    """Hand-count tallies as horizontal bars with the number beside each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Handen geteld")

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        if rows == self.rows:
            return  # an inbreng edit re-renders the room: unchanged bars are not repainted
        self.rows = rows
        self.setAccessibleDescription("; ".join(f"{o}: {n}" for o, n in rows))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height() * 1.5
        return QSize(400, int(line * max(1, len(self.rows))))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        fg = self.palette().windowText().color()
        metrics = painter.fontMetrics()
        line = metrics.height() * 1.5
        label_w = max(metrics.horizontalAdvance(o.capitalize()) for o, _ in self.rows) + line / 2
        number_w = metrics.horizontalAdvance("0000")
        most = max(n for _, n in self.rows) or 1
        bar_colour = QColor("#0072B2") if fg.lightness() < 128 else QColor("#E69F00")
        for i, (option, count) in enumerate(self.rows):
            y = i * line
            painter.setPen(fg)
            painter.drawText(
                QRectF(0, y, label_w, line), Qt.AlignmentFlag.AlignVCenter, option.capitalize()
            )
            width = (self.width() - label_w - number_w) * count / most
            painter.fillRect(QRectF(label_w, y + line * 0.15, width, line * 0.7), bar_colour)
            painter.drawText(
                QRectF(label_w + width + line / 4, y, number_w, line),
                Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )


class ProjectorWindow(QWidget):
    """Welcome, live and blackout screens for the room; keys go to the presenter filter."""

    def __init__(self, state: MeetingState) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.state = state
        self.setObjectName("projector")
        self.setWindowTitle("Wijkpraat — projectie")
        self.setAccessibleName("Projectiescherm")
        self._scaled_px = 0
        self.stack = QStackedWidget()
        self.welcome = self._build_welcome()
        self.live = self._build_live()
        self.black = QWidget()
        self.black.setObjectName("blackout")
        self.black.setStyleSheet("background: black;")
        self.plenair = PlenairScreen(Bars())  # the plenaire terugkoppeling (Ctrl+Shift+R)
        for page in (self.welcome, self.live, self.black, self.plenair):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._connect_signals()
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _label(self, name: str, wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        self.welcome_title = self._label("title")
        self.welcome_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_sub = self._label("subtitle")
        self.welcome_sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QrCode()
        self.qr.setAccessibleName("QR-code")
        self.qr_url = self._label("small")
        self.qr_url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.welcome_title)
        layout.addWidget(self.welcome_sub)
        layout.addSpacing(20)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.qr_url)
        layout.addStretch(1)
        return page

    def _build_live(self) -> QWidget:
        page = QWidget()
        page.setObjectName("live")
        self.stap_label = self._label("small", wrap=False)
        self.timer_label = self._label("timer", wrap=False)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.question = self._label("title")
        self.inbreng = self._label("body")
        self.inbreng.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.bars = Bars()
        self.radar = KompasRadar()
        self.round_label = self._label("body")
        top = QHBoxLayout()
        top.addWidget(self.stap_label, 1)
        top.addWidget(self.timer_label)
        middle = QHBoxLayout()  # a hidden radar takes no room here
        middle.addWidget(self.inbreng, 3)
        middle.addWidget(self.radar, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addWidget(self.question)
        layout.addLayout(middle, 1)
        layout.addWidget(self.bars)
        layout.addWidget(self.round_label)
        return page

    def _connect_signals(self) -> None:
        s = self.state
        s.bijeenkomst_changed.connect(lambda _b: self.refresh())
        s.view_changed.connect(lambda _v: self.refresh())
        s.question_changed.connect(lambda _q: self.refresh())
        s.data_changed.connect(lambda _k: self.refresh())
        s.archetype_changed.connect(lambda _a: self.refresh())
        s.projection_changed.connect(lambda _p: self.refresh())
        s.timer_changed.connect(self._show_timer)
        s.round_changed.connect(self._show_round)

    # -- rendering ---------------------------------------------------------------------
    def apply_scale(self) -> None:
        """Font sizes from the window height (36 px body text fullscreen at 1080p)."""
        px = body_px(self.height())
        if px == self._scaled_px:
            return
        self._scaled_px = px
        self.setStyleSheet(
            f"QLabel#body, QLabel#subtitle {{ font-size: {px}px; }}"
            f"QLabel#title {{ font-size: {round(px * 1.5)}px; font-weight: bold; }}"
            f"QLabel#small {{ font-size: {round(px * 0.8)}px; }}"
            f"QLabel#timer {{ font-size: {px}px; font-family: monospace; }}"
            f"QLabel#tafelkop {{ font-size: {px}px; font-weight: bold; }}"
        )
        for widget in (self.bars, self.radar, self.plenair.bars):
            font = widget.font()
            font.setPixelSize(px)
            widget.setFont(font)
        self.bars.updateGeometry()
        self.plenair.bars.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_scale()

    def refresh(self) -> None:
        """Re-render from the state; called on every change the room may see."""
        p: Projection = self.state.projection
        page = {"welkom": self.welcome, "zwart": self.black}.get(p.mode, self.live)
        plenair = plenair_view(self.state) if page is self.live and p.show_plenair else None
        if plenair is not None and self.state.view == "bespreken":
            page = self.plenair
            self.plenair.show_view(plenair)
        self.stack.setCurrentWidget(page)
        if page is self.welcome:
            self._render_welcome()
        elif page is self.live:
            self._render_live()
            self._show_round(self.state.round.status() if self.state.round else None)

    def _render_welcome(self) -> None:
        view = welcome_view(self.state)
        self.welcome_title.setText(view.title)
        self.welcome_sub.setText(view.subtitle)
        matrix: tuple[tuple[bool, ...], ...] = ()
        if view.follow_up_url:
            from app.handouts.qr import qr_matrix

            try:
                matrix = qr_matrix(view.follow_up_url)
            except WijkpraatError:
                matrix = ()
        if matrix:
            self.qr.set_matrix(matrix, max(160, body_px(self.height()) * 8))
        self.qr.setVisible(bool(matrix))
        self.qr_url.setText(f"Doe later mee: {view.follow_up_url}" if view.follow_up_url else "")
        self.qr.setAccessibleDescription(f"Leidt naar {view.follow_up_url}" if matrix else "")

    def _render_live(self) -> None:
        view = live_view(self.state)
        self.stap_label.setText(view.stap)
        self.question.setText(view.question)
        self.inbreng.setText("\n".join(view.lines))
        self.inbreng.setVisible(bool(view.lines))
        self.bars.set_rows(list(view.tallies))
        self.bars.setVisible(bool(view.tallies))
        self.radar.setVisible(view.show_radar)
        if view.show_radar and self.state.bijeenkomst is not None:
            self.radar.set_points(self.state.radar_points(), "")

    def _show_timer(self, status: TimerStatus) -> None:
        running = status.running or status.elapsed_s
        self.timer_label.setText(status.label() if running else "")

    def _show_round(self, status: RoundStatus | None) -> None:
        self.round_label.setText(round_text(status, self.state.projection.show_names))

    # -- placement ---------------------------------------------------------------------
    def show_on(self, console_screen: QScreen | None, *, preview: bool = False) -> None:
        """Fullscreen on a screen that is not the console's. With one screen (or a laptop
        mirrored to the projector) fullscreen on that one, in front of the console; a
        rehearsal is a window inside the console's screen."""
        screens = QGuiApplication.screens()
        target = next((sc for sc in screens if sc is not console_screen), None)
        own = console_screen or QGuiApplication.primaryScreen()
        if preview:
            if self.isFullScreen():
                self.showNormal()
            area = own.availableGeometry()
            margin = 32  # room for the window frame, which the geometry does not count
            size = QSize(min(960, area.width() - margin), min(540, area.height() - margin))
            self.resize(size)
            self.move(area.right() - size.width() - margin, area.bottom() - size.height() - margin)
            self.show()
        else:
            if target is None or len(screens) < 2:
                target = own
            self.setGeometry(target.geometry())
            self.show()  # the native window must exist before it can move screens
            self.windowHandle().setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
            if target is own:
                self.raise_()
                self.activateWindow()
        self.apply_scale()
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # the presenter-key filter handles keys for both windows

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.projection.mode != "uit":
            self.state.set_projection("uit")
        super().closeEvent(event)
