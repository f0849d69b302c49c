"""A check-in verdict, big: green when the member is in, amber when they already were, red
when the pass is refused. The host's screen shows it on a tinted panel; the kiosk fills the
screen with it (``kiosk.py``)."""

from __future__ import annotations

from datetime import datetime

from popuppos.services.checkin import CheckInKind, CheckInResult
from popuppos.services.receipts import local_time
from popuppos.ui.calendar.look import (
    GLYPHS,
    Tone,
    detail_worth_showing,
    list_colour,
    tone,
    tone_of,
)
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QBrush,
    QColor,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
)

RECENT_LIMIT = 10


def greeting(result: CheckInResult) -> str:
    """The first line: who this is, in the words the door would say."""
    name = result.first_name
    if result.kind is CheckInKind.CHECKED_IN:
        return (
            translate("calendar/result_view", "Welcome, {name}").format(name=name)
            if name
            else translate("calendar/result_view", "Welcome")
        )
    if result.kind is CheckInKind.ALREADY:
        return (
            translate("calendar/result_view", "{name} is already in").format(name=name)
            if name
            else translate("calendar/result_view", "Already in")
        )
    return (
        translate("calendar/result_view", "Sorry, {name}").format(name=name)
        if name
        else translate("calendar/result_view", "Not checked in")
    )


def _label(size: int, weight: int = 700) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"font-size: {size}px; font-weight: {weight};")
    return label


class ResultPanel(QFrame):
    """The last verdict on the host's check-in screen (idle until the first scan)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultPanel")
        self.setMinimumHeight(260)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(6)
        column.addStretch(1)
        self.glyph = _label(96)
        self.name = _label(40)
        self.headline = _label(28)
        self.detail = _label(19, 500)
        for w in (self.glyph, self.name, self.headline, self.detail):
            column.addWidget(w)
        column.addStretch(1)
        self.kind: CheckInKind | None = None
        self.show_ready()

    def show_ready(self) -> None:
        self.kind = None
        self._paint(tone("idle"))
        self.glyph.setText("")
        self.glyph.hide()
        self.name.setText(translate("calendar/result_view", "Ready to scan"))
        self.headline.setText("")
        self.headline.hide()
        self.detail.setText(
            translate(
                "calendar/result_view",
                "Scan a member's pass with the scanner or the camera, or type or paste its code.",
            )
        )

    def show_result(self, result: CheckInResult) -> None:
        self.kind = result.kind
        key = tone_of(result)
        self._paint(tone(key))
        self.glyph.setText(GLYPHS[key])
        self.glyph.show()
        self.name.setText(greeting(result))
        self.headline.setText(result.headline)
        self.headline.show()
        self.detail.setText(result.detail if key != "refused" else detail_worth_showing(result))

    def text(self) -> str:
        """Everything the panel says, one line per label (for tests and accessibility)."""
        parts = (self.name, self.headline, self.detail)
        return "\n".join(w.text() for w in parts if w.text())

    def _paint(self, t: Tone) -> None:
        self.setStyleSheet(
            f"QFrame#ResultPanel {{ background: {t.background}; border: 2px solid {t.border};"
            f" border-radius: 16px; }}"
            f" QFrame#ResultPanel QLabel {{ color: {t.text}; background: transparent; }}"
        )


class RecentScans(QListWidget):
    """The last ten verdicts, newest first: '14:02  ✓ Zoë · Checked in to …'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecentScans")
        self.setAccessibleName(translate("calendar/result_view", "Recent scans"))
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setStyleSheet(
            "QListWidget#RecentScans { border: none; background: transparent; }"
            " QListWidget#RecentScans::item { padding: 8px 4px; }"
        )

    def add(self, result: CheckInResult, moment: datetime) -> None:
        """Add a verdict reached at ``moment`` (naive UTC, the screen's clock)."""
        key = tone_of(result)
        at = local_time(moment).strftime("%H:%M")
        who = result.first_name or translate("calendar/result_view", "Unknown pass")
        item = QListWidgetItem(f"{at}  {GLYPHS[key]} {who} · {result.headline}")
        item.setForeground(QBrush(QColor(list_colour(key))))
        item.setToolTip(result.detail)
        item.setData(Qt.ItemDataRole.UserRole, result.kind.value)
        self.insertItem(0, item)
        while self.count() > RECENT_LIMIT:
            self.takeItem(self.count() - 1)

    def lines(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]


def section_header(title: str, parent: QWidget | None = None) -> QWidget:
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setStyleSheet("font-size: 14px; font-weight: 700; letter-spacing: 0.5px;")
    row.addWidget(label)
    row.addStretch(1)
    return box
