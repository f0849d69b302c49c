"""Which days the metrics cover: Today, This week, 30 days or Custom (two dates and Show),
as the theme's pills. ``changed(Period)`` whenever the host picks one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from popuppos.services.errors import ServiceError
from popuppos.services.metric_periods import period_name
from popuppos.services.metrics import Period, PeriodKind, period_of
from popuppos.ui.i18n import date_edit_format, translate
from popuppos.ui.qt import (
    QButtonGroup,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import label, make_button


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodPills(QWidget):
    """The four pills; Custom shows :class:`CustomRange` (owned by the screen)."""

    picked = Signal(str)  # a PeriodKind value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[PeriodKind, QPushButton] = {}
        for kind in PeriodKind:
            b = QPushButton(period_name(kind))
            b.setObjectName("CategoryChip")
            b.setCheckable(True)
            b.setProperty("period", kind.value)
            b.clicked.connect(lambda _c=False, k=kind: self.picked.emit(k.value))
            self.group.addButton(b)
            self.buttons[kind] = b
            row.addWidget(b)

    def check(self, kind: PeriodKind) -> None:
        self.buttons[kind].setChecked(True)


class CustomRange(QWidget):
    """From [date] to [date] [Show]; ``chosen(first, last)`` on Show."""

    chosen = Signal(object, object)  # date, date

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        now = today()
        self.first = QDateEdit(_qdate(now.replace(day=1)))
        self.last = QDateEdit(_qdate(now))
        for edit, name in (
            (self.first, translate("metrics/period_picker", "First day")),
            (self.last, translate("metrics/period_picker", "Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setMinimumHeight(44)
            edit.setAccessibleName(name)
        self.show_button = make_button(translate("metrics/period_picker", "Show"), role="primary")
        self.show_button.clicked.connect(self._show)
        row.addWidget(label(translate("metrics/period_picker", "From"), "Muted"))
        row.addWidget(self.first)
        row.addWidget(label(translate("metrics/period_picker", "to"), "Muted"))
        row.addWidget(self.last)
        row.addWidget(self.show_button)

    def set_range(self, first: date, last: date) -> None:
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))

    def _show(self) -> None:
        self.chosen.emit(_date(self.first.date()), _date(self.last.date()))


def custom_period(first: date, last: date) -> Period | str:
    """The custom period, or the sentence saying why it cannot be."""
    try:
        return period_of(PeriodKind.CUSTOM, first=first, last=last)
    except ServiceError as exc:
        text = str(exc)
        return text[:1].upper() + text[1:] + "."
