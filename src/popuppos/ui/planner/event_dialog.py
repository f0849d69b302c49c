"""New or edited plan event: what kind, title, when (start and end), venue and notes; for an
event already planned, "Move" (a day or a week, earlier or later) and "Delete".

Moving and deleting act at once (the plan is the host's intention, not a fact), so they
are offered while the form holds no unsaved change; saving the form is the other way to
change the dates. What can be checked here is checked as the host types; the rest comes
back from ``services.planner`` and shows in the message strip.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from popuppos.services.calendar import as_utc
from popuppos.services.planner import (
    MAX_EVENT_DAYS,
    EventKind,
    PlanEventInfo,
    PlanEventSpec,
    delete_event,
    move_event,
    save_event,
)
from popuppos.services.receipts import local_time
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.common import (
    Notice,
    button,
    field_error,
    heading,
    set_invalid,
    show_field_error,
)
from popuppos.ui.calendar.look import local_date
from popuppos.ui.calendar.session_fields import (
    FIELDS_QSS,
    DateField,
    caption,
    local_moment,
    qdate,
    time_edit,
    to_date,
    to_time,
)
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.planner.look import when_text
from popuppos.ui.qt import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTime,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.saving_dialog import SavingDialog

PLACEHOLDERS = {
    EventKind.FREE_EVENT: QT_TRANSLATE_NOOP("planner/event_dialog", "Free zine swap"),
    EventKind.LIVE_DROP: QT_TRANSLATE_NOOP("planner/event_dialog", "Thursday live drop"),
    EventKind.MEMBER_DROP: QT_TRANSLATE_NOOP("planner/event_dialog", "Members' early drop"),
    EventKind.POPUP_DAY: QT_TRANSLATE_NOOP("planner/event_dialog", "Pop-up at the Courtyard"),
    EventKind.PASS_RELEASE: QT_TRANSLATE_NOOP("planner/event_dialog", "Spring pass release"),
}

MOVES = (
    (QT_TRANSLATE_NOOP("planner/event_dialog", "‹ 1 week"), -7),
    (QT_TRANSLATE_NOOP("planner/event_dialog", "‹ 1 day"), -1),
    (QT_TRANSLATE_NOOP("planner/event_dialog", "1 day ›"), 1),
    (QT_TRANSLATE_NOOP("planner/event_dialog", "1 week ›"), 7),
)
MOVE_NAMES = {
    -7: QT_TRANSLATE_NOOP("planner/event_dialog", "Move 7 days earlier"),
    -1: QT_TRANSLATE_NOOP("planner/event_dialog", "Move 1 day earlier"),
    1: QT_TRANSLATE_NOOP("planner/event_dialog", "Move 1 day later"),
    7: QT_TRANSLATE_NOOP("planner/event_dialog", "Move 7 days later"),
}


class EventDialog(SavingDialog):
    # saved(event id, the PlanEventSpec saved), from SavingDialog
    moved = Signal(object)  # the PlanEventInfo, moved
    deleted = Signal(str)  # event id

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        event: PlanEventInfo | None = None,
        day: date | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now
        self.plan_event = event
        self._tried = False
        self._confirm_delete = False
        title = (
            translate("planner/event_dialog", "Edit {title}").format(title=event.title)
            if event
            else translate("planner/event_dialog", "New plan event")
        )
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(860)
        self.setStyleSheet(FIELDS_QSS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        self.heading = heading(title)
        layout.addWidget(self.heading)
        layout.addSpacing(6)
        layout.addWidget(caption(translate("planner/event_dialog", "What kind of event")))
        layout.addLayout(self._build_kinds())
        self._build_fields(layout, day)
        if event is not None:
            layout.addSpacing(4)
            layout.addLayout(self._build_moves())
        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addLayout(self._build_buttons())

        if event is not None:
            self._fill(event)
        self._clean = self._form()
        for signal in (
            self.title_edit.textChanged,
            self.venue_edit.textChanged,
            self.notes_edit.textChanged,
            self.start_date.dateChanged,
            self.start_time.timeChanged,
            self.end_date.dateChanged,
            self.end_time.timeChanged,
            self.kind_group.idClicked,
        ):
            signal.connect(self._changed)
        self._changed()
        self.title_edit.setFocus()

    # -- layout --------------------------------------------------------------------------------
    def _build_kinds(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[EventKind, QPushButton] = {}
        for n, kind in enumerate(EventKind):
            b = QPushButton(kind.label)
            b.setObjectName("CategoryChip")
            b.setMinimumHeight(44)
            b.setCheckable(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            self.kind_group.addButton(b, n)
            self.kind_buttons[kind] = b
            row.addWidget(b)
        row.addStretch(1)
        self.kind_buttons[EventKind.FREE_EVENT].setChecked(True)
        return row

    def _build_fields(self, layout: QVBoxLayout, day: date | None) -> None:
        layout.addSpacing(4)
        layout.addWidget(caption(translate("planner/event_dialog", "Title")))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(120)
        self.title_edit.setAccessibleName(translate("planner/event_dialog", "Title"))
        self.title_edit.setPlaceholderText(
            translate("planner/event_dialog", PLACEHOLDERS[EventKind.FREE_EVENT])
        )
        layout.addWidget(self.title_edit)
        self.title_error = field_error()
        layout.addWidget(self.title_error)

        first = day or (local_date(self.now()) + timedelta(days=1))
        self.start_date = DateField(qdate(first), translate("planner/event_dialog", "Starts on"))
        self.start_time = time_edit(QTime(18, 0), translate("planner/event_dialog", "Starts at"))
        self.end_date = DateField(qdate(first), translate("planner/event_dialog", "Ends on"))
        self.end_time = time_edit(QTime(20, 0), translate("planner/event_dialog", "Ends at"))
        when = QGridLayout()
        when.setHorizontalSpacing(10)
        when.setVerticalSpacing(4)
        at = translate("planner/event_dialog", "at")
        fields = (
            (translate("planner/event_dialog", "Starts on"), self.start_date),
            (at, self.start_time),
            (translate("planner/event_dialog", "Ends on"), self.end_date),
            (at, self.end_time),
        )
        for col, (text, field) in enumerate(fields):
            when.addWidget(caption(text), 0, col)
            when.addWidget(field, 1, col)
        for col, stretch in enumerate((5, 2, 5, 2)):
            when.setColumnStretch(col, stretch)
        layout.addLayout(when)
        self.when_error = field_error()
        layout.addWidget(self.when_error)

        layout.addSpacing(4)
        layout.addWidget(caption(translate("planner/event_dialog", "Venue")))
        self.venue_edit = QLineEdit()
        self.venue_edit.setMaxLength(120)
        self.venue_edit.setPlaceholderText(
            translate("planner/event_dialog", "The Courtyard, or online")
        )
        self.venue_edit.setAccessibleName(translate("planner/event_dialog", "Venue"))
        layout.addWidget(self.venue_edit)
        layout.addSpacing(4)
        layout.addWidget(caption(translate("planner/event_dialog", "Notes")))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            translate("planner/event_dialog", "What to bring, who to tell, the post to schedule…")
        )
        self.notes_edit.setAccessibleName(translate("planner/event_dialog", "Notes"))
        self.notes_edit.setFixedHeight(84)
        layout.addWidget(self.notes_edit)

    def _build_moves(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(caption(translate("planner/event_dialog", "Move it")))
        self.move_buttons: list[QPushButton] = []
        for text, days in MOVES:
            b = button(translate("planner/event_dialog", text))
            b.setAccessibleName(translate("planner/event_dialog", MOVE_NAMES[days]))
            b.clicked.connect(lambda _=False, d=days: self.move_by(d))
            row.addWidget(b)
            self.move_buttons.append(b)
        row.addStretch(1)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.delete_button = button(
            translate("planner/event_dialog", "Delete event"), role="danger-quiet"
        )
        self.delete_button.clicked.connect(self.delete)
        self.delete_button.setVisible(self.plan_event is not None)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.cancel_button = button(translate("planner/event_dialog", "Cancel"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(translate("planner/event_dialog", "Save event"), role="primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def _fill(self, e: PlanEventInfo) -> None:
        self.kind_buttons[e.kind].setChecked(True)
        self.title_edit.setText(e.title)
        self._set_when(e)
        self.venue_edit.setText(e.venue)
        self.notes_edit.setPlainText(e.notes)

    def _set_when(self, e: PlanEventInfo) -> None:
        start, end = local_time(e.starts_at), local_time(e.ends_at)
        self.start_date.setDate(qdate(start.date()))
        self.start_time.setTime(QTime(start.hour, start.minute))
        self.end_date.setDate(qdate(end.date()))
        self.end_time.setTime(QTime(end.hour, end.minute))

    # -- reading and checking ------------------------------------------------------------------
    def kind(self) -> EventKind:
        return list(EventKind)[max(0, self.kind_group.checkedId())]

    def starts_at(self) -> datetime:
        return local_moment(to_date(self.start_date.date()), to_time(self.start_time.time()))

    def ends_at(self) -> datetime:
        return local_moment(to_date(self.end_date.date()), to_time(self.end_time.time()))

    def spec(self) -> PlanEventSpec:
        e = self.plan_event
        return PlanEventSpec(
            kind=self.kind().value,
            title=self.title_edit.text().strip(),
            starts_at=self.starts_at(),
            ends_at=self.ends_at(),
            venue=self.venue_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            drop_id=e.drop_id if e else None,
            session_id=e.session_id if e else None,
            id=e.id if e else None,
        )

    def _form(self) -> tuple[object, ...]:
        return (self.kind(), self.title_edit.text(), self.starts_at(), self.ends_at(),
                self.venue_edit.text(), self.notes_edit.toPlainText())  # fmt: skip

    def dirty(self) -> bool:
        return self._form() != self._clean

    def problems(self) -> dict[str, str]:
        """What is wrong with the form, by field ("title", "when")."""
        out: dict[str, str] = {}
        if not self.title_edit.text().strip():
            out["title"] = translate("planner/event_dialog", "Give the event a title.")
        starts, ends = self.starts_at(), self.ends_at()
        if ends <= starts:
            out["when"] = translate("planner/event_dialog", "The event must end after it starts.")
        elif ends - starts > timedelta(days=MAX_EVENT_DAYS):
            out["when"] = translate(
                "planner/event_dialog",
                "An event lasts at most {max_event_days} days; plan several instead.",
            ).format(max_event_days=MAX_EVENT_DAYS)
        return out

    def _changed(self, *_: object) -> None:
        self.title_edit.setPlaceholderText(
            translate("planner/event_dialog", PLACEHOLDERS[self.kind()])
        )
        problems = self.problems() if self._tried else {}
        show_field_error(self.title_error, problems.get("title", ""))
        set_invalid(self.title_edit, "title" in problems)
        show_field_error(self.when_error, problems.get("when", ""))
        self.save_button.setEnabled(not self._busy and not problems)
        if self.plan_event is not None:
            dirty = self.dirty()
            for b in self.move_buttons:
                b.setEnabled(not self._busy and not dirty)
                b.setToolTip(
                    translate("planner/event_dialog", "Save or undo your changes first.")
                    if dirty
                    else ""
                )
        if self._confirm_delete:
            self._reset_delete()

    # -- actions -------------------------------------------------------------------------------
    def save(self) -> None:
        self._tried = True
        self._changed()
        if self.problems() or self._busy:
            return
        spec, db, moment = self.spec(), self.ctx.db, as_utc(self.now())
        self._save(lambda: save_event(db, spec, now=moment), spec)

    def move_by(self, days: int) -> None:
        if self.plan_event is None or self._busy or self.dirty():
            return
        event_id, db, moment = self.plan_event.id, self.ctx.db, as_utc(self.now())
        self._run(
            lambda: move_event(db, event_id, days, now=moment),
            self._moved,
            translate("planner/event_dialog", "Moving…"),
        )

    def _moved(self, moved: PlanEventInfo) -> None:
        self._set_busy(False)
        self.plan_event = moved
        self._set_when(moved)
        self._clean = self._form()
        self._changed()
        self.notice.show_message(
            translate("planner/event_dialog", "Moved to {when_text}.").format(
                when_text=when_text(moved.starts_at, moved.ends_at)
            ),
            "success",
        )
        self.moved.emit(moved)

    def delete(self) -> None:
        if self.plan_event is None or self._busy:
            return
        if not self._confirm_delete:  # a second tap deletes: no pop-up over the dialog
            self._confirm_delete = True
            self.delete_button.setText(translate("planner/event_dialog", "Tap again to delete"))
            self.delete_button.setProperty("role", "danger")
            self.delete_button.style().unpolish(self.delete_button)
            self.delete_button.style().polish(self.delete_button)
            return
        event_id, db = self.plan_event.id, self.ctx.db
        self._run(
            lambda: delete_event(db, event_id),
            lambda _: self._done(lambda: self.deleted.emit(event_id)),
            translate("planner/event_dialog", "Deleting…"),
        )

    def _reset_delete(self) -> None:
        self._confirm_delete = False
        self.delete_button.setText(translate("planner/event_dialog", "Delete event"))
        self.delete_button.setProperty("role", "danger-quiet")
        self.delete_button.style().unpolish(self.delete_button)
        self.delete_button.style().polish(self.delete_button)

    def _busy_buttons(self) -> tuple[QPushButton, ...]:
        return (self.cancel_button, self.save_button, self.delete_button)
