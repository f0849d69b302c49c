"""The 12-week planner: twelve weeks as rows, every plan event, drop window and member
session on them as a chip coloured by its kind (the legend says which), previous / this
week / next twelve weeks, "Plan 12 weeks from a template" and "Add event".

A plan event's chip opens it to edit, move or delete; tapping a day's empty space plans a
new event on that day. Drops and member sessions are shown but edited in their own
screens: their chips say where (tooltip, and a message when tapped). The screen reloads
when the shop's catalogue changes (``ctx.events.catalog_changed``) and when shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from popuppos.services.plan_timeline import TimelineItem, TimelineWeek, timeline
from popuppos.services.planner import (
    PLAN_WEEKS,
    TIMELINE_KINDS,
    CadenceResult,
    PlanEventInfo,
    PlanEventSpec,
    kind_label,
    monday_of,
)
from popuppos.store.models import utcnow
from popuppos.ui.calendar.look import local_date
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.period_toolbar import period_toolbar
from popuppos.ui.planner.event_dialog import EventDialog
from popuppos.ui.planner.look import EDITED_ELSEWHERE, hue, range_title, short_day
from popuppos.ui.planner.template_dialog import TemplateDialog
from popuppos.ui.planner.timeline_view import TimelineView
from popuppos.ui.qt import (
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import Banner, make_button

Loaded = tuple[int, list[TimelineWeek]]


def legend_entry(kind: str) -> QWidget:
    """'● Live drop' in the kind's colour (an outline for what is edited elsewhere)."""
    widget = QWidget()
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    h = hue(kind)
    dot = QLabel()
    dot.setFixedSize(14, 14)
    fill = h.fill if kind in EDITED_ELSEWHERE else h.accent
    dot.setStyleSheet(f"background: {fill}; border: 2px solid {h.accent}; border-radius: 7px;")
    row.addWidget(dot)
    text = QLabel(kind_label(kind))
    text.setStyleSheet("font-size: 13px; font-weight: 600;")
    row.addWidget(text)
    widget.setToolTip(
        EDITED_ELSEWHERE.get(
            kind, translate("planner/planner_screen", "Planned here: tap its chip to edit it.")
        )
    )
    return widget


class PlannerScreen(QWidget):
    loaded = Signal()  # after each (re)load of the twelve weeks

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PlannerScreen")
        self.ctx = ctx
        self.now = now
        self.first_monday = monday_of(self.today())
        self.weeks: list[TimelineWeek] = []
        self.loads = 0
        self._asked = 0  # the newest load asked for: older answers are dropped
        self._keep_scroll = False
        self.dialog: EventDialog | None = None
        self.template_dialog: TemplateDialog | None = None

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(10)
        root.addLayout(self._build_toolbar())
        root.addLayout(self._build_legend())
        self.banner = Banner()
        root.addWidget(self.banner)
        self.view = TimelineView()
        self.view.item_clicked.connect(self.open_item)
        self.view.day_clicked.connect(self.add_event)
        root.addWidget(self.view, 1)
        ctx.events.catalog_changed.connect(self.refresh)
        # The screen holds focus (← / → step twelve weeks), so no button wears a focus ring.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus()
        self.refresh()

    def today(self) -> date:
        return local_date(self.now())

    # -- layout --------------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        bar = period_toolbar(
            translate("planner/planner_screen", "12-week plan"),
            previous=translate("planner/planner_screen", "Previous 12 weeks"),
            today=translate("planner/planner_screen", "This week"),
            following=translate("planner/planner_screen", "Next 12 weeks"),
            step=self.step,
            go_today=self.go_today,
        )
        row = bar.row
        self.prev_button, self.today_button = bar.prev_button, bar.today_button
        self.next_button, self.range_label = bar.next_button, bar.range_label
        row.addStretch(1)
        self.template_button = make_button(
            translate("planner/planner_screen", "Plan 12 weeks from a template")
        )
        self.template_button.clicked.connect(self.plan_from_template)
        row.addWidget(self.template_button)
        self.add_button = make_button(
            translate("planner/planner_screen", "Add event"), role="primary", icon_name="plus"
        )
        self.add_button.clicked.connect(lambda: self.add_event(None))
        row.addWidget(self.add_button)
        return row

    def _build_legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        for kind in TIMELINE_KINDS:
            row.addWidget(legend_entry(kind))
        row.addStretch(1)
        note = QLabel(translate("planner/planner_screen", "Outlined: edited in their own screens"))
        note.setObjectName("Muted")
        note.setStyleSheet("font-size: 13px;")
        row.addWidget(note)
        return row

    # -- navigation ----------------------------------------------------------------------------
    def last_day(self) -> date:
        return self.first_monday + timedelta(weeks=PLAN_WEEKS, days=-1)

    def step(self, direction: int) -> None:
        self.show_from(self.first_monday + timedelta(weeks=PLAN_WEEKS * direction))

    def go_today(self) -> None:
        self.show_from(self.today())

    def show_from(self, day: date) -> None:
        """Show twelve weeks from the week of ``day``."""
        self.first_monday = monday_of(day)
        self.refresh()

    def show_day(self, day: date) -> None:
        """Keep the weeks shown if ``day`` is on them, else show twelve weeks from it."""
        if self.first_monday <= day <= self.last_day():
            self._keep_scroll = True
            self.refresh()
        else:
            self.show_from(day)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the twelve weeks shown (off the GUI thread); older answers are dropped."""
        first, last = self.first_monday, self.last_day()
        self.range_label.setText(range_title(first, last))
        self._asked += 1
        ask, db, moment = self._asked, self.ctx.db, self.now()
        run_operation(
            self,
            lambda: (ask, timeline(db, first, PLAN_WEEKS, now=moment)),
            on_success=self._loaded,
            on_failure=lambda e: self.banner.show_message(message_for(e), "danger"),
        )

    def _loaded(self, found: Loaded) -> None:
        ask, weeks = found
        if ask != self._asked:
            return  # the host moved on; a newer load is coming
        self.weeks = weeks
        self.view.show_weeks(weeks, self.today(), keep_scroll=self._keep_scroll)
        self._keep_scroll = False
        self.loads += 1
        self.loaded.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()
        if self.loads:
            self._keep_scroll = True
            self.refresh()  # drops sell and sessions fill while this screen is hidden

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if event.key() in steps and not event.modifiers():
            self.step(steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    # -- the template --------------------------------------------------------------------------
    def plan_from_template(self) -> TemplateDialog:
        next_monday = monday_of(self.today()) + timedelta(weeks=1)
        dialog = TemplateDialog(
            self.ctx, self, first_monday=max(self.first_monday, next_monday), now=self.now
        )
        dialog.applied.connect(self._template_applied)
        self.template_dialog = dialog
        dialog.open()
        return dialog

    def _template_applied(self, result: CadenceResult, first: date) -> None:
        self.banner.show_message(
            translate("planner/planner_screen", "{summary}, from {first}.").format(
                summary=result.summary[:-1], first=short_day(first)
            ),
            "success" if result.created else "info",
        )
        self.show_from(first)

    # -- plan events ---------------------------------------------------------------------------
    def add_event(self, day: date | None = None) -> EventDialog:
        if day is None:
            tomorrow = self.today() + timedelta(days=1)
            day = self.first_monday if self.first_monday > tomorrow else tomorrow
        return self._open(EventDialog(self.ctx, self, day=day, now=self.now))

    def edit_event(self, event: PlanEventInfo) -> EventDialog:
        return self._open(EventDialog(self.ctx, self, event=event, now=self.now))

    def _open(self, dialog: EventDialog) -> EventDialog:
        dialog.saved.connect(self._saved)
        dialog.moved.connect(lambda e: self.show_day(local_date(e.starts_at)))
        dialog.deleted.connect(self._deleted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_item(self, item: TimelineItem) -> None:
        if item.event is not None:
            self.edit_event(item.event)
        else:
            where = EDITED_ELSEWHERE.get(item.kind, "")
            self.banner.show_message(f"{item.title}: {where}", "info")

    def _saved(self, _event_id: str, spec: PlanEventSpec) -> None:
        day = local_date(spec.starts_at)
        self.banner.show_message(
            translate("planner/planner_screen", "Saved {title}: {day}.").format(
                title=spec.title, day=short_day(day)
            ),
            "success",
        )
        self.show_day(day)

    def _deleted(self, _event_id: str) -> None:
        self.banner.show_message(
            translate("planner/planner_screen", "Deleted the event from the plan."), "success"
        )
        self._keep_scroll = True
        self.refresh()
