"""The planner's timeline: a row per week (its number and dates) with seven day columns,
each item a coloured chip spanning the days it covers (a drop's window runs across them).

A chip is a button: click, tap, Enter or Space. Tapping a day's empty space asks for a new
event on that day. Weekday names stay pinned above the rows while they scroll.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from popuppos.services.calendar import clock
from popuppos.services.plan_timeline import TimelineItem, TimelineWeek
from popuppos.ui.calendar.look import local_date, weekday_names
from popuppos.ui.i18n import translate
from popuppos.ui.planner.look import hue, ink, short_day, span_title, tooltip
from popuppos.ui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QRectF,
    QResizeEvent,
    QScrollArea,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

LABEL_WIDTH = 124  # the week's number and dates, left of the days
CHIP_HEIGHT = 46
HEADER_HEIGHT = 30
ROW_MARGINS = (14, 8, 10, 8)
SPACING = 4


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def second_line(item: TimelineItem) -> str:
    """After the time, under the title: a drop's state and count, a session's seats; for a
    plan event its kind (unless the title says it already) and venue."""
    if item.event is None:
        return item.detail or item.label
    parts = [item.label] if item.title.casefold() != item.label.casefold() else []
    if item.event.venue:
        parts.append(item.event.venue)
    return " · ".join(parts)


class Chip(QWidget):
    """One item in a week: its title over '19:00 · its kind or detail', on its kind's hue."""

    clicked = Signal(object)  # the TimelineItem

    def __init__(self, item: TimelineItem, cut_before: bool, cut_after: bool) -> None:
        super().__init__()
        self.item = item
        self.cut_before, self.cut_after = cut_before, cut_after
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(CHIP_HEIGHT)
        self.setMinimumWidth(24)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip(item))
        self.second_line = second_line(item)
        self.setAccessibleName(f"{item.label}: {item.title}, {self.head()}")

    def head(self) -> str:
        """'19:00' ('19:00–20:00' with nothing after it; '◂' when it began in an earlier
        week)."""
        if self.cut_before:
            return "◂"
        if self.second_line:
            return clock(self.item.starts_at)
        return f"{clock(self.item.starts_at)}–{clock(self.item.ends_at)}"

    def paintEvent(self, event: QPaintEvent) -> None:
        h, c = hue(self.item.kind), ink()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(box, 8, 8)
        painter.fillPath(path, QColor(h.fill))
        accent = QColor(h.accent)
        if not self.item.editable:  # shown here, edited elsewhere: an outline, no tint
            edge = QColor(accent)
            edge.setAlpha(110)
            painter.setPen(QPen(edge, 1))
            painter.drawPath(path)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(0, 0, 0 if self.cut_before else 4, self.height()), accent)
        painter.restore()
        if self.hasFocus():
            painter.setPen(QPen(QColor(c.today), 2))
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 7, 7)

        left, right = 11, self.width() - (20 if self.cut_after else 8)
        bold = _font(13, bold=True)
        painter.setFont(bold)
        painter.setPen(QColor(c.text))
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(
            left, 19, QFontMetrics(bold).elidedText(self.item.title, elide, max(0, right - left))
        )
        small_bold, small = _font(12, bold=True), _font(12)
        head = QFontMetrics(small_bold).elidedText(self.head(), elide, max(0, right - left))
        painter.setFont(small_bold)
        painter.setPen(accent)
        painter.drawText(left, 37, head)
        if self.second_line:
            x = left + QFontMetrics(small_bold).horizontalAdvance(head)
            rest = QFontMetrics(small).elidedText(
                f" · {self.second_line}", elide, max(0, right - x)
            )
            painter.setFont(small)
            painter.setPen(QColor(c.muted))
            painter.drawText(x, 37, rest)
        if self.cut_after:
            painter.setFont(bold)
            painter.setPen(accent)
            painter.drawText(self.width() - 16, 28, "▸")
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.item)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.item)
            return
        super().keyPressEvent(event)


def lanes(items: Sequence[TimelineItem], monday: date) -> list[tuple[TimelineItem, int, int, int]]:
    """(item, lane, first column, last column) per item: each item on the first lane
    free from its first day (items come sorted by start)."""
    ends: list[int] = []  # the last column taken on each lane
    out = []
    for item in items:
        first = max(0, (local_date(item.starts_at) - monday).days)
        end_day = local_date(item.ends_at - timedelta(microseconds=1))
        last = min(6, max(first, (end_day - monday).days))
        lane = next((n for n, taken in enumerate(ends) if taken < first), len(ends))
        if lane == len(ends):
            ends.append(last)
        else:
            ends[lane] = last
        out.append((item, lane, first, last))
    return out


class DaysGrid(QWidget):
    """Seven day columns: the date on top, then the chips, lane under lane."""

    day_clicked = Signal(object)  # date

    def __init__(self, week: TimelineWeek, today: date) -> None:
        super().__init__()
        self.monday = week.first_day
        self.today = today
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(SPACING)
        self.grid.setVerticalSpacing(SPACING)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        c = ink()
        for col in range(7):
            day = self.monday + timedelta(days=col)
            text = short_day(day)[4:] if day.day == 1 or col == 0 else str(day.day)
            number = QLabel(text)
            number.setFixedHeight(22)
            if day == today:
                number.setStyleSheet(
                    f"background: {c.today}; color: {c.on_today}; border-radius: 11px;"
                    " font-weight: 700; font-size: 12px; padding: 0px 8px;"
                )
            else:
                number.setStyleSheet(f"color: {c.muted}; font-size: 12px; font-weight: 600;")
            self.grid.addWidget(number, 0, col, Qt.AlignmentFlag.AlignLeft)
            self.grid.setColumnStretch(col, 1)
        self.chips: list[Chip] = []
        placed = lanes(week.items, self.monday)
        for item, lane, first, last in placed:
            chip = Chip(
                item,
                cut_before=local_date(item.starts_at) < self.monday,
                cut_after=local_date(item.ends_at - timedelta(microseconds=1)) > week.last_day,
            )
            self.grid.addWidget(chip, 1 + lane, first, 1, last - first + 1)
            self.chips.append(chip)
        if not placed:  # room to tap a day and plan something on it
            self.grid.setRowMinimumHeight(1, 20)

    def column_at(self, x: float) -> int:
        for col in range(7):
            cell = self.grid.cellRect(0, col)
            if x < cell.right() + SPACING / 2:
                return col
        return 6

    def paintEvent(self, event: QPaintEvent) -> None:
        c = ink()
        painter = QPainter(self)
        for col in range(7):
            cell = self.grid.cellRect(0, col)
            if col >= 5:  # the weekend, faintly
                painter.fillRect(
                    QRectF(cell.left() - 2, 0, cell.width() + SPACING, self.height()),
                    QColor(c.weekend),
                )
            if col:
                x = cell.left() - SPACING / 2
                painter.setPen(QPen(QColor(c.hairline), 1))
                painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            col = self.column_at(event.position().x())
            self.day_clicked.emit(self.monday + timedelta(days=col))
            event.accept()
            return
        super().mouseReleaseEvent(event)


class WeekRow(QFrame):
    """A week: 'Week 3' and its dates, then its days."""

    def __init__(self, week: TimelineWeek, today: date) -> None:
        super().__init__()
        self.week = week
        self.setObjectName("Card")
        current = week.first_day <= today <= week.last_day
        self.setProperty("selected", "true" if current else "false")
        row = QHBoxLayout(self)
        row.setContentsMargins(*ROW_MARGINS)
        row.setSpacing(12)
        label = QVBoxLayout()
        label.setSpacing(0)
        self.number_label = QLabel(
            translate("planner/timeline_view", "Week {number}").format(number=week.number)
        )
        self.number_label.setStyleSheet("font-size: 15px; font-weight: 700;")
        label.addWidget(self.number_label)
        self.dates_label = QLabel(span_title(week.first_day, week.last_day))
        self.dates_label.setObjectName("Muted")
        self.dates_label.setStyleSheet("font-size: 13px;")
        label.addWidget(self.dates_label)
        if current:
            now = QLabel(translate("planner/timeline_view", "This week"))
            now.setStyleSheet(f"color: {ink().today}; font-size: 12px; font-weight: 700;")
            label.addWidget(now)
        label.addStretch(1)
        holder = QWidget()
        holder.setFixedWidth(LABEL_WIDTH)
        holder.setLayout(label)
        row.addWidget(holder)
        self.days = DaysGrid(week, today)
        row.addWidget(self.days, 1)

    @property
    def chips(self) -> list[Chip]:
        return self.days.chips


class WeekdayHeader(QWidget):
    """'Mon … Sun' over the day columns (laid out like a WeekRow, so they line up)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        left, _, right, _ = ROW_MARGINS
        row.setContentsMargins(left + 1, 0, right + 1, 0)  # + the card's hairline
        row.setSpacing(12)
        spacer = QWidget()
        spacer.setFixedWidth(LABEL_WIDTH)
        row.addWidget(spacer)
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING)
        for col, name in enumerate(weekday_names()):
            label = QLabel(name)
            label.setStyleSheet(f"color: {ink().muted}; font-size: 13px; font-weight: 700;")
            grid.addWidget(label, 0, col)
            grid.setColumnStretch(col, 1)
        row.addLayout(grid, 1)


class TimelineView(QScrollArea):
    """The weeks, one row each; ``show_weeks`` rebuilds them from a loaded timeline."""

    item_clicked = Signal(object)  # TimelineItem
    day_clicked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlannerTimeline")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QScrollArea#PlannerTimeline { background: transparent; }")
        self.header = WeekdayHeader(self)
        self.setViewportMargins(0, HEADER_HEIGHT, 0, 0)
        self.rows: list[WeekRow] = []

    def show_weeks(self, weeks: Sequence[TimelineWeek], today: date, *, keep_scroll: bool) -> None:
        at = self.verticalScrollBar().value() if keep_scroll else 0
        body = QWidget()
        body.setObjectName("PlannerBody")
        body.setStyleSheet("QWidget#PlannerBody { background: transparent; }")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.rows = []
        for week in weeks:
            row = WeekRow(week, today)
            row.days.day_clicked.connect(self.day_clicked)
            for chip in row.chips:
                chip.clicked.connect(self.item_clicked)
            column.addWidget(row)
            self.rows.append(row)
        column.addStretch(1)
        self.setWidget(body)  # the old body is deleted by the scroll area
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(at))

    def chips(self) -> list[Chip]:
        return [chip for row in self.rows for chip in row.chips]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.header.setGeometry(0, 0, self.viewport().width(), HEADER_HEIGHT)
