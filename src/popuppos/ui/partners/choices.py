"""Small choosers the partner screens share: pills for a few choices, a drop-down that
shows it drops down, and days to and from Qt's QDate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from popuppos.ui.qt import (
    QButtonGroup,
    QComboBox,
    QDate,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QResizeEvent,
    Qt,
    QWidget,
    Signal,
)


class ChoicePills(QWidget):
    """One exclusive pill (the theme's ``CategoryChip``) per choice; ``changed(value)``."""

    changed = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str]], accessible: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for text, value in choices:
            pill = QPushButton(text)
            pill.setObjectName("CategoryChip")
            pill.setCheckable(True)
            pill.setMinimumHeight(44)
            pill.setCursor(Qt.CursorShape.PointingHandCursor)
            pill.toggled.connect(lambda on, v=value: self._toggled(on, v))
            self.group.addButton(pill)
            self.buttons[value] = pill
            row.addWidget(pill)
        row.addStretch(1)
        if choices:
            self.buttons[choices[0][1]].setChecked(True)

    def _toggled(self, on: bool, value: str) -> None:
        if on:
            self.changed.emit(value)

    def value(self) -> str:
        return next(v for v, b in self.buttons.items() if b.isChecked())

    def set_value(self, value: str) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)


class DropDown(QComboBox):
    """A combo box with a visible chevron where it opens (the theme draws no arrow)."""

    def __init__(self, accessible: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible)
        self.chevron = QLabel("▾", self)
        self.chevron.setObjectName("Muted")
        self.chevron.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.chevron.setStyleSheet("font-size: 16px; background: transparent;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.chevron.adjustSize()
        self.chevron.move(
            self.width() - self.chevron.width() - 14, (self.height() - self.chevron.height()) // 2
        )


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
