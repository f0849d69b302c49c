"""The member calendar: a week (seven day columns of session cards) or a month (a grid of
days with their sessions), prev / today / next, and "New session".

Clicking a session opens its panel (bookings, waitlist, "Book a seat", "Start check-in");
"Start check-in" comes out of this screen as ``check_in_requested(session_id)`` for the main
window to show the check-in screen. A scan while a session's panel is open books a seat.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from popuppos.services.calendar import (
    SessionInfo,
    SessionSpec,
    as_utc,
    sessions_by_day,
    week_of,
)
from popuppos.services.passes import TierInfo, list_tiers
from popuppos.store.models import utcnow
from popuppos.ui.calendar.look import day_title, local_date, month_grid, month_title, week_title
from popuppos.ui.calendar.month_view import MonthView
from popuppos.ui.calendar.session_dialog import SessionDialog
from popuppos.ui.calendar.session_panel import SessionPanel
from popuppos.ui.calendar.week_view import WeekView
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.period_toolbar import period_toolbar
from popuppos.ui.qt import (
    QButtonGroup,
    QHBoxLayout,
    QKeyEvent,
    QPushButton,
    QShowEvent,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import Banner, make_button

WEEK, MONTH = "week", "month"

Loaded = tuple[int, dict[date, list[SessionInfo]], list[TierInfo]]


class CalendarScreen(QWidget):
    check_in_requested = Signal(str)  # session id: show the check-in screen for it
    loaded = Signal()  # after each (re)load of the visible range

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarScreen")
        self.ctx = ctx
        self.now = now
        self.mode = WEEK
        self.anchor = self.today()
        self.days: dict[date, list[SessionInfo]] = {}
        self.tiers: list[TierInfo] = []
        self.loads = 0
        self._asked = 0  # the newest load asked for: older answers are dropped
        self.panel: SessionPanel | None = None
        self.dialog: SessionDialog | None = None

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)
        root.addLayout(self._build_toolbar())
        self.banner = Banner()
        root.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.week_view = WeekView()
        self.week_view.session_clicked.connect(self.open_session)
        self.month_view = MonthView()
        self.month_view.session_clicked.connect(self.open_session)
        self.month_view.day_chosen.connect(self.show_week_of)
        self.stack.addWidget(self.week_view)
        self.stack.addWidget(self.month_view)
        root.addWidget(self.stack, 1)
        # The screen itself holds focus (← / → step through weeks or months), so no button
        # wears a focus ring until the host tabs to it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus()
        self.reload()

    def today(self) -> date:
        return local_date(self.now())

    # -- toolbar -------------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        bar = period_toolbar(
            translate("calendar/calendar_screen", "Member sessions"),
            previous=translate("calendar/calendar_screen", "Previous"),
            today=translate("calendar/calendar_screen", "Today"),
            following=translate("calendar/calendar_screen", "Next"),
            step=self.step,
            go_today=self.go_today,
        )
        row = bar.row
        self.prev_button, self.today_button = bar.prev_button, bar.today_button
        self.next_button, self.range_label = bar.next_button, bar.range_label
        row.addStretch(1)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode, text in (
            (WEEK, translate("calendar/calendar_screen", "Week")),
            (MONTH, translate("calendar/calendar_screen", "Month")),
        ):
            b = QPushButton(text)
            b.setObjectName("CategoryChip")
            b.setCheckable(True)
            b.setChecked(mode == self.mode)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(b)
            self.mode_buttons[mode] = b
            row.addWidget(b)
        row.addSpacing(8)
        self.new_button = make_button(
            translate("calendar/calendar_screen", "New session"), role="primary", icon_name="plus"
        )
        self.new_button.clicked.connect(self.new_session)
        row.addWidget(self.new_button)
        return row

    # -- navigation ----------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.stack.setCurrentWidget(self.week_view if mode == WEEK else self.month_view)
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.replace(day=15) + timedelta(days=30 * direction)
            self.anchor = month.replace(day=1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.today()
        self.reload()

    def show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode(WEEK)

    def visible_range(self) -> tuple[date, date]:
        return week_of(self.anchor) if self.mode == WEEK else month_grid(self.anchor)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        first, last = self.visible_range()
        self.range_label.setText(
            week_title(first, last) if self.mode == WEEK else month_title(self.anchor)
        )
        self._asked += 1
        ask, db = self._asked, self.ctx.db
        run_operation(
            self,
            lambda: (ask, sessions_by_day(db, first, last), list_tiers(db)),
            on_success=self._loaded,
            on_failure=lambda e: self.banner.show_message(message_for(e), "danger"),
        )

    def _loaded(self, found: Loaded) -> None:
        ask, days, tiers = found
        if ask != self._asked:
            return  # the host moved on; a newer load is coming
        self.days, self.tiers = days, tiers
        names = self.tier_names()
        if self.mode == WEEK:
            self.week_view.show_days(days, names, self.today())
        else:
            self.month_view.show_days(days, self.anchor, self.today())
        self.loads += 1
        self.loaded.emit()

    def tier_names(self) -> dict[str, str]:
        return {t.id: t.name for t in self.tiers}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()
        if self.loads:
            self.reload()  # counts change at the door while this screen is hidden

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if event.key() in steps and not event.modifiers():
            self.step(steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    # -- sessions ------------------------------------------------------------------------------
    def new_session(self) -> SessionDialog:
        start = self.anchor if self.anchor > self.today() else self.today() + timedelta(days=1)
        tiers = self.tiers if self.loads else None  # not loaded yet: the dialog loads them
        dialog = SessionDialog(self.ctx, tiers, self, day=start, now=self.now)
        dialog.saved.connect(self._session_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _session_saved(self, _session_id: str, spec: SessionSpec) -> None:
        """Show the saved session where it now is: its week, or its month."""
        day = local_date(as_utc(spec.starts_at))
        self.banner.show_message(
            translate("calendar/calendar_screen", "Saved {title}: {day}.").format(
                title=spec.title, day=day_title(day)
            ),
            "success",
        )
        self.anchor = day
        self.reload()

    def open_session(self, session_id: str) -> SessionPanel:
        panel = SessionPanel(self.ctx, session_id, self.tier_names(), self, now=self.now)
        panel.changed.connect(self.reload)
        panel.check_in_requested.connect(self.check_in_requested)
        panel.edit_requested.connect(self._edit_session)
        panel.finished.connect(self._panel_closed)
        self.panel = panel
        panel.open()
        return panel

    def _edit_session(self, s: SessionInfo) -> None:
        tiers = self.tiers if self.loads else None
        dialog = SessionDialog(self.ctx, tiers, self.panel or self, session=s, now=self.now)
        dialog.saved.connect(self._session_saved)
        if self.panel is not None:
            dialog.saved.connect(lambda *_: self.panel.reload() if self.panel else None)
        self.dialog = dialog
        dialog.open()

    def _panel_closed(self) -> None:
        self.panel = None

    def handle_scan(self, code: str) -> None:
        """A scanned pass books a seat in the open session; with none open, says how."""
        if self.panel is not None and self.panel.isVisible():
            self.panel.book(code)
        else:
            self.banner.show_message(
                translate(
                    "calendar/calendar_screen",
                    "To book a seat, open a session first, then scan the member's pass.",
                ),
                "info",
            )
