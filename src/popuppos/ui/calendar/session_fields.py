"""The session dialog's fields: typed numbers and times, a date with a calendar pop-up,
tick lists of pass tiers, and the local-time conversions they need."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from popuppos.services.calendar import as_utc
from popuppos.services.passes import TierInfo
from popuppos.ui.i18n import date_edit_format
from popuppos.ui.qt import (
    QDate,
    QDateEdit,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QResizeEvent,
    QSpinBox,
    Qt,
    QTime,
    QTimeEdit,
)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def to_time(q: QTime) -> time:
    return time(q.hour(), q.minute())


def local_moment(day: date, at: time) -> datetime:
    """A local wall-clock moment as naive UTC (what the store keeps)."""
    return as_utc(datetime.combine(day, at).astimezone())


def caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


def spin_box(low: int, high: int, value: int, suffix: str = "", step: int = 1) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return spin


def time_edit(at: QTime, accessible: str) -> QTimeEdit:
    edit = QTimeEdit(at)
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(accessible)
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return edit


# Numbers and times are typed (the theme's spin arrows are too small to tap, so they go,
# and the text is centred: the theme's padding does not reach a spin box's text). The date's
# drop-down keeps its calendar; a chevron drawn by DateField marks it.
FIELDS_QSS = (
    "QSpinBox::up-button, QSpinBox::down-button, QTimeEdit::up-button, QTimeEdit::down-button"
    " { width: 0px; border: none; }"
    " QSpinBox::up-arrow, QSpinBox::down-arrow, QTimeEdit::up-arrow, QTimeEdit::down-arrow"
    " { image: none; width: 0px; height: 0px; }"
    " QDateEdit::drop-down { subcontrol-origin: border; border: none; background: transparent;"
    " width: 36px; }"
)


class DateField(QDateEdit):
    """A date with a calendar pop-up and a visible chevron where it opens."""

    def __init__(self, day: QDate, accessible: str) -> None:
        super().__init__(day)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_edit_format(weekday=True))
        self.setAccessibleName(accessible)
        self.setMinimumWidth(200)
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


class TierList(QListWidget):
    """Tiers with a tick box each."""

    def __init__(self, accessible: str) -> None:
        super().__init__()
        self.setObjectName("TierList")
        self.setAccessibleName(accessible)
        self.setStyleSheet(
            "QListWidget#TierList { border-radius: 10px; padding: 4px; }"
            " QListWidget#TierList::item { min-height: 36px; padding: 0px 6px; }"
        )

    def fill(self, tiers: Sequence[TierInfo], ticked: Sequence[str]) -> None:
        self.clear()
        for t in tiers:
            item = QListWidgetItem(t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = t.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setFixedHeight(12 + 38 * min(max(len(tiers), 2), 4))  # scrolls past four tiers

    def ticked(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def tick(self, tier_name: str, on: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).text() == tier_name:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.item(i).setCheckState(state)
