"""New or edited member session: title, when, venue, seats, tiers, priority booking, 1:1 cost.

What can be checked here is checked as the host types (inline, under each field); the rest
(a tier deleted meanwhile, seats below those taken) comes back from
``services.calendar.save_session`` and shows in the message strip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from popuppos.services.calendar import MAX_CAPACITY, SessionInfo, SessionSpec, as_utc, save_session
from popuppos.services.passes import TierInfo, list_tiers
from popuppos.services.receipts import local_time
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.common import (
    Notice,
    button,
    field_error,
    heading,
    muted,
    set_invalid,
    show_field_error,
)
from popuppos.ui.calendar.session_fields import (
    FIELDS_QSS,
    DateField,
    TierList,
    caption,
    local_moment,
    qdate,
    spin_box,
    time_edit,
    to_date,
    to_time,
)
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTime,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.saving_dialog import SavingDialog


class SessionDialog(SavingDialog):
    # saved(session id, the SessionSpec saved), from SavingDialog

    def __init__(
        self,
        ctx: AppContext,
        tiers: Sequence[TierInfo] | None = None,
        parent: QWidget | None = None,
        *,
        session: SessionInfo | None = None,
        day: date | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now
        self.session = session
        self.tiers: list[TierInfo] | None = list(tiers) if tiers is not None else None
        self._tried = False
        title = (
            translate("calendar/session_dialog", "Edit {title}").format(title=session.title)
            if session
            else translate("calendar/session_dialog", "New session")
        )
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(900)
        self.setStyleSheet(FIELDS_QSS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(title))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(self._build_left(day), 11)
        columns.addLayout(self._build_right(), 9)
        layout.addLayout(columns)
        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = button(translate("calendar/session_dialog", "Cancel"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(
            translate("calendar/session_dialog", "Save session"), role="primary"
        )
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        if session is not None:
            self._fill(session)
        for signal in (
            self.title_edit.textChanged,
            self.date_edit.dateChanged,
            self.time_edit.timeChanged,
            self.open_date.dateChanged,
            self.open_time.timeChanged,
            self.allowed.itemChanged,
            self.priority.itemChanged,
        ):
            signal.connect(self._changed)
        if self.tiers is None:
            db = ctx.db
            run_operation(self, lambda: list_tiers(db), on_success=self._tiers_loaded)
        else:
            self._tiers_loaded(self.tiers)
        self.title_edit.setFocus()

    # -- layout --------------------------------------------------------------------------------
    def _build_left(self, day: date | None) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(caption(translate("calendar/session_dialog", "Title")))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            translate("calendar/session_dialog", "Tuesday Breathwork")
        )
        self.title_edit.setMaxLength(120)
        self.title_edit.setAccessibleName(translate("calendar/session_dialog", "Title"))
        column.addWidget(self.title_edit)
        self.title_error = field_error()
        column.addWidget(self.title_error)

        start_day = day or (local_time(self.now()).date() + timedelta(days=1))
        self.date_edit = DateField(qdate(start_day), "Date")
        self.time_edit = time_edit(QTime(18, 0), translate("calendar/session_dialog", "Start time"))
        self.duration = spin_box(5, 24 * 60, 60, translate("calendar/session_dialog", " min"), 15)
        self.duration.setAccessibleName(translate("calendar/session_dialog", "Duration in minutes"))
        when = QGridLayout()
        when.setHorizontalSpacing(10)
        when.setVerticalSpacing(4)
        for col, (text, field) in enumerate(
            (
                (translate("calendar/session_dialog", "Date"), self.date_edit),
                (translate("calendar/session_dialog", "Starts at"), self.time_edit),
                (translate("calendar/session_dialog", "Lasts"), self.duration),
            )
        ):
            when.addWidget(caption(text), 0, col)
            when.addWidget(field, 1, col)
        when.setColumnStretch(0, 5)
        when.setColumnStretch(1, 2)
        when.setColumnStretch(2, 2)
        column.addLayout(when)
        self.when_error = field_error()
        column.addWidget(self.when_error)

        column.addWidget(caption(translate("calendar/session_dialog", "Venue")))
        self.venue_edit = QLineEdit()
        self.venue_edit.setPlaceholderText(
            translate("calendar/session_dialog", "Studio 2, The Courtyard")
        )
        self.venue_edit.setMaxLength(120)
        self.venue_edit.setAccessibleName(translate("calendar/session_dialog", "Venue"))
        column.addWidget(self.venue_edit)

        numbers = QHBoxLayout()
        seats = QVBoxLayout()
        seats.addWidget(caption(translate("calendar/session_dialog", "Seats")))
        self.capacity = spin_box(1, MAX_CAPACITY, 12)
        self.capacity.setAccessibleName(translate("calendar/session_dialog", "Seats"))
        seats.addWidget(self.capacity)
        cost = QVBoxLayout()
        cost.addWidget(caption(translate("calendar/session_dialog", "1:1 minutes it costs")))
        self.minutes_cost = spin_box(
            0, 24 * 60, 0, translate("calendar/session_dialog", " min"), 15
        )
        self.minutes_cost.setSpecialValueText(translate("calendar/session_dialog", "None"))
        self.minutes_cost.setAccessibleName(
            translate("calendar/session_dialog", "1:1 minutes debited per check-in")
        )
        cost.addWidget(self.minutes_cost)
        numbers.addLayout(seats)
        numbers.addLayout(cost)
        column.addLayout(numbers)
        column.addWidget(
            muted(
                translate(
                    "calendar/session_dialog",
                    "A 1:1 cost is taken from the pass's 1:1 minutes at check-in.",
                )
            )
        )
        column.addStretch(1)
        return column

    def _build_right(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(caption(translate("calendar/session_dialog", "Tiers allowed")))
        self.tiers_note = muted(
            translate(
                "calendar/session_dialog", "Tick none to open the session to every member pass."
            )
        )
        column.addWidget(self.tiers_note)
        self.allowed = TierList(translate("calendar/session_dialog", "Tiers allowed"))
        column.addWidget(self.allowed)
        column.addWidget(caption(translate("calendar/session_dialog", "Priority booking")))
        column.addWidget(
            muted(
                translate(
                    "calendar/session_dialog",
                    "Holders of these tiers may book before it opens to all.",
                )
            )
        )
        self.priority = TierList(translate("calendar/session_dialog", "Priority tiers"))
        column.addWidget(self.priority)
        self.opens_label = QLabel(
            translate("calendar/session_dialog", "Booking opens to every member on")
        )
        column.addWidget(self.opens_label)
        opens = QHBoxLayout()
        self.open_date = DateField(
            self.date_edit.date().addDays(-2),
            translate("calendar/session_dialog", "Opens to all on"),
        )
        self.open_time = time_edit(
            QTime(9, 0), translate("calendar/session_dialog", "Opens to all at")
        )
        opens.addWidget(self.open_date, 5)
        opens.addWidget(QLabel(translate("calendar/session_dialog", "at")))
        opens.addWidget(self.open_time, 2)
        column.addLayout(opens)
        self.priority_error = field_error()
        column.addWidget(self.priority_error)
        column.addStretch(1)
        return column

    def _fill(self, s: SessionInfo) -> None:
        start = local_time(s.starts_at)
        self.title_edit.setText(s.title)
        self.date_edit.setDate(qdate(start.date()))
        self.time_edit.setTime(QTime(start.hour, start.minute))
        self.duration.setValue(s.duration_minutes)
        self.venue_edit.setText(s.venue)
        self.capacity.setValue(s.capacity)
        self.minutes_cost.setValue(s.minutes_cost)
        if s.opens_to_all_at is not None:
            opens = local_time(s.opens_to_all_at)
            self.open_date.setDate(qdate(opens.date()))
            self.open_time.setTime(QTime(opens.hour, opens.minute))

    def _tiers_loaded(self, tiers: list[TierInfo]) -> None:
        self.tiers = tiers
        s = self.session
        self.allowed.fill(tiers, s.tier_ids if s else ())
        self.priority.fill(tiers, s.priority_tier_ids if s else ())
        if not tiers:
            self.tiers_note.setText(
                translate(
                    "calendar/session_dialog",
                    "No pass tiers yet: the session is open to every member.",
                )
            )
        for w in (self.allowed, self.priority):
            w.setVisible(bool(tiers))
        self._changed()

    # -- reading and checking ------------------------------------------------------------------
    def starts_at(self) -> datetime:
        return local_moment(to_date(self.date_edit.date()), to_time(self.time_edit.time()))

    def opens_to_all_at(self) -> datetime | None:
        if not self.priority.ticked():
            return None
        return local_moment(to_date(self.open_date.date()), to_time(self.open_time.time()))

    def spec(self) -> SessionSpec:
        return SessionSpec(
            title=self.title_edit.text().strip(),
            starts_at=self.starts_at(),
            duration_minutes=self.duration.value(),
            capacity=self.capacity.value(),
            venue=self.venue_edit.text().strip(),
            tier_ids=self.allowed.ticked(),
            priority_tier_ids=self.priority.ticked(),
            opens_to_all_at=self.opens_to_all_at(),
            minutes_cost=self.minutes_cost.value(),
            id=self.session.id if self.session else None,
        )

    def problems(self) -> dict[str, str]:
        """What is wrong with the form, by field ("title", "when", "priority")."""
        out: dict[str, str] = {}
        if not self.title_edit.text().strip():
            out["title"] = translate("calendar/session_dialog", "Give the session a title.")
        starts = self.starts_at()
        moved = self.session is None or self.session.starts_at != starts
        if moved and starts <= as_utc(self.now()):
            out["when"] = translate("calendar/session_dialog", "Pick a start in the future.")
        allowed, priority = set(self.allowed.ticked()), set(self.priority.ticked())
        opens = self.opens_to_all_at()
        if allowed and not priority <= allowed:
            out["priority"] = translate(
                "calendar/session_dialog",
                "A priority tier must also be ticked under Tiers allowed.",
            )
        elif opens is not None and opens > starts:
            out["priority"] = translate(
                "calendar/session_dialog", "Booking must open to all before the session starts."
            )
        return out

    def _changed(self, *_: object) -> None:
        has_priority = bool(self.priority.ticked())
        for w in (self.opens_label, self.open_date, self.open_time):
            w.setEnabled(has_priority)
        problems = self.problems() if self._tried else {}
        show_field_error(self.title_error, problems.get("title", ""))
        set_invalid(self.title_edit, "title" in problems)
        show_field_error(self.when_error, problems.get("when", ""))
        show_field_error(self.priority_error, problems.get("priority", ""))
        self.save_button.setEnabled(not self._busy and not problems)

    def save(self) -> None:
        self._tried = True
        self._changed()
        if self.problems() or self._busy:
            return
        spec, db, moment = self.spec(), self.ctx.db, as_utc(self.now())
        self._save(lambda: save_session(db, spec, now=moment), spec)
