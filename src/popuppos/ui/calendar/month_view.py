"""The calendar's month: whole weeks, a cell per day with a dot and title per session.

Clicking a session opens it; clicking a day's empty space opens that day's week."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from popuppos.services.calendar import SessionInfo, clock
from popuppos.ui.calendar.look import today_tint, weekday_names
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QColor,
    QFontMetrics,
    QFrame,
    QGridLayout,
    QLabel,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QRect,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.theme import colour

MAX_LINES = 3


class SessionLine(QWidget):
    """'● 18:00 Breathwork' in a day cell, cut short with '…' when the cell is narrow."""

    clicked = Signal(str)

    def __init__(self, s: SessionInfo) -> None:
        super().__init__()
        self.session = s
        self.plain = f"{clock(s.starts_at)} {s.title}"
        self.setToolTip(
            translate("calendar/month_view", "{title} · {taken}/{capacity} booked").format(
                title=s.title, taken=s.taken, capacity=s.capacity
            )
        )
        self.setAccessibleName(
            translate("calendar/month_view", "{title} at {starts_at}").format(
                title=s.title, starts_at=clock(s.starts_at)
            )
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("font-size: 13px;")  # the theme's QWidget rule beats setFont
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(22)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height()
        cancelled = self.session.cancelled
        dot = QColor(colour("text-disabled") if cancelled else today_tint().background)
        painter.setBrush(dot)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(2, h // 2 - 4, 8, 8)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        font = self.font()
        font.setStrikeOut(self.session.cancelled)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        text = metrics.elidedText(self.plain, Qt.TextElideMode.ElideRight, self.width() - 16)
        painter.drawText(
            QRect(16, 0, self.width() - 16, h),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.session.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)


class DayCell(QFrame):
    chosen = Signal(object)  # date

    def __init__(self, day: date, in_month: bool, today: date) -> None:
        super().__init__()
        self.day = day
        self.setObjectName("DayCell")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        faded = "" if in_month else f"color: {colour('text-disabled')};"
        fill = "palette(base)" if in_month else "transparent"
        self.setStyleSheet(
            f"QFrame#DayCell {{ background: {fill}; border: 1px solid {today_tint().border};"
            " border-radius: 8px; }"
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(1)
        number = QLabel(str(day.day))
        if day == today:
            t = today_tint()
            number.setFixedHeight(22)
            number.setStyleSheet(
                f"background: {t.background}; color: {t.text}; border-radius: 11px;"
                " font-weight: 700; font-size: 13px; padding: 0px 7px;"
            )
        else:
            number.setStyleSheet(f"font-weight: 700; font-size: 13px; {faded}")
        column.addWidget(number, 0, Qt.AlignmentFlag.AlignLeft)
        self.lines: list[SessionLine] = []
        self._column = column

    def add_sessions(self, sessions: list[SessionInfo], on_click: Callable[[str], None]) -> None:
        for s in sessions[:MAX_LINES]:
            line = SessionLine(s)
            line.clicked.connect(on_click)
            self._column.addWidget(line)
            self.lines.append(line)
        if len(sessions) > MAX_LINES:
            more = QLabel(
                translate("calendar/month_view", "+{value} more").format(
                    value=len(sessions) - MAX_LINES
                )
            )
            more.setObjectName("Muted")
            self._column.addWidget(more)
        self._column.addStretch(1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.day)
        super().mouseReleaseEvent(event)


class MonthView(QWidget):
    session_clicked = Signal(str)
    day_chosen = Signal(object)  # date: show its week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.cells: dict[date, DayCell] = {}

    def show_days(
        self,
        days: Mapping[date, list[SessionInfo]],
        month: date,
        today: date,
    ) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for col, name in enumerate(weekday_names()):
            header = QLabel(name)
            header.setObjectName("Muted")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, col)
        self.cells = {}
        for i, day in enumerate(sorted(days)):
            cell = DayCell(day, day.month == month.month, today)
            cell.add_sessions(days[day], self.session_clicked.emit)
            cell.chosen.connect(self.day_chosen)
            self.grid.addWidget(cell, 1 + i // 7, i % 7)
            self.cells[day] = cell
        for row in range(1, 1 + (len(days) + 6) // 7):
            self.grid.setRowStretch(row, 1)
        for col in range(7):
            self.grid.setColumnStretch(col, 1)
