""" "Plan 12 weeks from a template": the week the plan starts, then the cadence as rows of
week / kind / title / day / time / length, each editable (add or remove rows, or go back to
the example), then one tap creates them all (``services.planner.apply_cadence``: one
transaction; a row whose kind is already planned that day is skipped and counted).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from popuppos.services.calendar import as_utc
from popuppos.services.planner import (
    DEFAULT_CADENCE,
    MAX_EVENT_DAYS,
    PLAN_WEEKS,
    CadenceResult,
    CadenceStep,
    EventKind,
    apply_cadence,
    monday_of,
)
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.common import Notice, button, heading, muted, set_invalid
from popuppos.ui.calendar.look import MONTHS
from popuppos.ui.calendar.session_fields import (
    FIELDS_QSS,
    DateField,
    qdate,
    spin_box,
    time_edit,
    to_date,
    to_time,
)
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.planner.look import short_day
from popuppos.ui.qt import (
    QComboBox,
    QDate,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTime,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import icon, make_button

DAYS = (
    QT_TRANSLATE_NOOP("planner/template_dialog", "Monday"),
    QT_TRANSLATE_NOOP("planner/template_dialog", "Tuesday"),
    QT_TRANSLATE_NOOP("planner/template_dialog", "Wednesday"),
    QT_TRANSLATE_NOOP("planner/template_dialog", "Thursday"),
    QT_TRANSLATE_NOOP("planner/template_dialog", "Friday"),
    QT_TRANSLATE_NOOP("planner/template_dialog", "Saturday"),
    QT_TRANSLATE_NOOP("planner/template_dialog", "Sunday"),
)
KINDS = tuple(EventKind)
# Column widths, shared by the header and every row so they line up (the title stretches).
WIDTHS = {"week": 108, "kind": 188, "day": 156, "date": 64, "time": 88, "lasts": 112, "x": 44}


class CadenceRow(QWidget):
    """One template step, as fields."""

    changed = Signal()
    remove_requested = Signal(object)  # this row

    def __init__(self, step: CadenceStep) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.week = spin_box(1, PLAN_WEEKS, step.week)
        self.week.setPrefix(translate("planner/template_dialog", "Week "))
        self.week.setAccessibleName(translate("planner/template_dialog", "Week"))
        self.kind = QComboBox()
        self.kind.addItems([k.label for k in KINDS])
        self.kind.setCurrentIndex(KINDS.index(step.kind))
        self.kind.setAccessibleName(translate("planner/template_dialog", "Kind"))
        self.title = QLineEdit(step.title)
        self.title.setMaxLength(120)
        self.title.setAccessibleName(translate("planner/template_dialog", "Title"))
        self.day = QComboBox()
        self.day.addItems([translate("planner/template_dialog", d) for d in DAYS])
        self.day.setCurrentIndex(step.weekday)
        self.day.setAccessibleName(translate("planner/template_dialog", "Day"))
        self.date_label = QLabel()
        self.date_label.setObjectName("Muted")
        self.starts = time_edit(
            QTime(step.starts.hour, step.starts.minute),
            translate("planner/template_dialog", "Starts at"),
        )
        self.lasts = spin_box(
            15,
            MAX_EVENT_DAYS * 24 * 60,
            step.minutes,
            translate("planner/template_dialog", " min"),
            15,
        )
        self.lasts.setAccessibleName(translate("planner/template_dialog", "Lasts, in minutes"))
        self.remove = QToolButton()
        self.remove.setIcon(icon("close"))
        self.remove.setToolTip(translate("planner/template_dialog", "Remove this row"))
        self.remove.setAccessibleName(translate("planner/template_dialog", "Remove this row"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        fields: tuple[tuple[str, QWidget], ...] = (
            ("week", self.week), ("kind", self.kind), ("title", self.title), ("day", self.day),
            ("date", self.date_label), ("time", self.starts), ("lasts", self.lasts),
            ("x", self.remove),
        )  # fmt: skip
        for name, widget in fields:
            if name in WIDTHS:
                widget.setFixedWidth(WIDTHS[name])
                row.addWidget(widget)
            else:
                row.addWidget(widget, 1)
        self._kind_at = self.kind.currentIndex()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.week.valueChanged, self.title.textChanged, self.day.currentIndexChanged,
            self.starts.timeChanged, self.lasts.valueChanged,
        ):  # fmt: skip
            signal.connect(self.changed)

    def _kind_changed(self, index: int) -> None:
        """A title still reading like the old kind follows the new kind."""
        if self.title.text().strip() in ("", KINDS[self._kind_at].label):
            self.title.setText(KINDS[index].label)
        self._kind_at = index
        self.changed.emit()

    def step(self) -> CadenceStep:
        return CadenceStep(
            week=self.week.value(),
            kind=KINDS[self.kind.currentIndex()],
            title=self.title.text().strip(),
            weekday=self.day.currentIndex(),
            starts=to_time(self.starts.time()),
            minutes=self.lasts.value(),
        )

    def show_date(self, first_monday: date) -> None:
        day = self.step().day(first_monday)
        self.date_label.setText(f"{day.day} {MONTHS[day.month - 1][:3]}")


def _header() -> QWidget:
    widget = QWidget()
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    names = (
        ("week", translate("planner/template_dialog", "Week")),
        ("kind", translate("planner/template_dialog", "Kind")),
        ("title", translate("planner/template_dialog", "Title")),
        ("day", translate("planner/template_dialog", "Day")),
        ("date", translate("planner/template_dialog", "Date")),
        ("time", translate("planner/template_dialog", "Starts")),
        ("lasts", translate("planner/template_dialog", "Lasts")),
        ("x", ""),
    )
    for name, text in names:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; font-size: 14px;")
        if name in WIDTHS:
            label.setFixedWidth(WIDTHS[name])
            row.addWidget(label)
        else:
            row.addWidget(label, 1)
    return widget


class TemplateDialog(QDialog):
    applied = Signal(object, object)  # CadenceResult, the first Monday (date)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        first_monday: date,
        cadence: Sequence[CadenceStep] = DEFAULT_CADENCE,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now
        self._busy = False
        self.rows: list[CadenceRow] = []
        self.setWindowTitle(translate("planner/template_dialog", "Plan 12 weeks from a template"))
        self.setModal(True)
        self.setMinimumWidth(1080)
        self.setStyleSheet(FIELDS_QSS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(
            heading(translate("planner/template_dialog", "Plan 12 weeks from a template"))
        )
        layout.addWidget(
            muted(
                translate(
                    "planner/template_dialog",
                    "Each row becomes one event in its week. Change, add or remove "
                    "rows; nothing is planned twice: a row whose kind is already "
                    "planned that day is skipped.",
                )
            )
        )
        start = QHBoxLayout()
        start.setSpacing(10)
        start_caption = QLabel(translate("planner/template_dialog", "Week 1 starts on"))
        start_caption.setStyleSheet("font-weight: 600;")
        start.addWidget(start_caption)
        self.start_date = DateField(
            qdate(monday_of(first_monday)), translate("planner/template_dialog", "Week 1 starts on")
        )
        self.start_date.setFixedWidth(240)
        self.start_date.dateChanged.connect(self._start_changed)
        start.addWidget(self.start_date)
        self.range_label = muted()
        start.addWidget(self.range_label, 1)
        layout.addLayout(start)

        layout.addWidget(_header())
        self.rows_scroll = QScrollArea()
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_scroll.setMinimumHeight(7 * 54)
        self.rows_scroll.setObjectName("CadenceRows")
        self.rows_scroll.setStyleSheet(
            "QScrollArea#CadenceRows, QWidget#CadenceBody { background: transparent; }"
        )
        body = QWidget()
        body.setObjectName("CadenceBody")
        self.rows_box = QVBoxLayout(body)
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.setSpacing(8)
        self.rows_box.addStretch(1)
        self.rows_scroll.setWidget(body)
        layout.addWidget(self.rows_scroll, 1)

        more = QHBoxLayout()
        self.add_button = make_button(
            translate("planner/template_dialog", "Add a row"), role="quiet", icon_name="plus"
        )
        self.add_button.clicked.connect(self.add_row)
        self.reset_button = make_button(
            translate("planner/template_dialog", "Back to the example"), role="quiet"
        )
        self.reset_button.clicked.connect(lambda: self.set_cadence(DEFAULT_CADENCE))
        more.addWidget(self.add_button)
        more.addWidget(self.reset_button)
        more.addStretch(1)
        layout.addLayout(more)

        self.notice = Notice()
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = button(translate("planner/template_dialog", "Cancel"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.create_button = button(
            translate("planner/template_dialog", "Create events"), role="primary"
        )
        self.create_button.clicked.connect(self.create_events)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.set_cadence(cadence)
        self.create_button.setFocus()

    # -- rows ----------------------------------------------------------------------------------
    def first_monday(self) -> date:
        return monday_of(to_date(self.start_date.date()))

    def set_cadence(self, cadence: Sequence[CadenceStep]) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for step in cadence:
            self._append(step)
        self._changed()

    def _append(self, step: CadenceStep) -> CadenceRow:
        row = CadenceRow(step)
        row.changed.connect(self._changed)
        row.remove_requested.connect(self.remove_row)
        self.rows_box.insertWidget(len(self.rows), row)
        self.rows.append(row)
        return row

    def add_row(self) -> CadenceRow:
        """A new row: the week after the last row's, a free micro-event by default."""
        last = max((r.step().week for r in self.rows), default=0)
        step = DEFAULT_CADENCE[0]
        row = self._append(
            CadenceStep(min(PLAN_WEEKS, last + 1), step.kind, step.kind.label, step.weekday,
                        step.starts, step.minutes)
        )  # fmt: skip
        self._changed()
        row.title.setFocus()
        row.title.selectAll()
        return row

    def remove_row(self, row: CadenceRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self._changed()

    def cadence(self) -> tuple[CadenceStep, ...]:
        return tuple(r.step() for r in self.rows)

    def _start_changed(self, picked: QDate) -> None:
        day = to_date(picked)
        if day.weekday():  # a plan's weeks run Monday to Sunday
            self.start_date.setDate(qdate(monday_of(day)))
            return
        self._changed()

    def _changed(self) -> None:
        first = self.first_monday()
        last = first + timedelta(weeks=PLAN_WEEKS, days=-1)
        self.range_label.setText(
            translate("planner/template_dialog", "Week {plan_weeks} ends on {last} {year}.").format(
                plan_weeks=PLAN_WEEKS, last=short_day(last), year=last.year
            )
        )
        untitled = False
        for row in self.rows:
            row.show_date(first)
            empty = not row.title.text().strip()
            set_invalid(row.title, empty)
            untitled = untitled or empty
        n = len(self.rows)
        self.create_button.setText(
            translate("planner/template_dialog", "Create {n} event").format(n=n)
            if n == 1
            else translate("planner/template_dialog", "Create {n} events").format(n=n)
        )
        self.create_button.setEnabled(bool(n) and not untitled and not self._busy)
        if untitled:
            self.notice.show_message(
                translate("planner/template_dialog", "Give every row a title."), "warning"
            )
        elif not n:
            self.notice.show_message(
                translate("planner/template_dialog", "Add at least one row."), "warning"
            )
        elif self.notice.tone == "warning":
            self.notice.clear_message()

    # -- creating ------------------------------------------------------------------------------
    def create_events(self) -> None:
        if self._busy or not self.create_button.isEnabled():
            return
        db, first, steps, moment = self.ctx.db, self.first_monday(), self.cadence(), self.now()
        self._set_busy(True)
        self.notice.show_message(translate("planner/template_dialog", "Planning…"), "info")
        run_operation(
            self,
            lambda: apply_cadence(db, first, steps, now=as_utc(moment)),
            on_success=lambda result: self._created(result, first),
            on_failure=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for b in (self.cancel_button, self.create_button, self.add_button, self.reset_button):
            b.setEnabled(not busy)

    def _created(self, result: CadenceResult, first: date) -> None:
        self._busy = False
        self.notice.clear_message()
        self.applied.emit(result, first)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_problem(exc)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
