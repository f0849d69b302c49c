"""One session: its details, who has a seat and who waits, booking by pass, check-in.

"Book a seat" takes a scanned or pasted pass (or a pass id) through
``services.bookings.book_seat``: a seat while there is one, else the waitlist. Cancelling a
booking frees the seat for the first on the waitlist (the service promotes them). Cancelling
a booking or the session asks once more on the same button before it acts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from popuppos.services.bookings import (
    BookingInfo,
    BookingResult,
    CancelledBooking,
    book_seat,
    bookings_for,
    cancel_booking,
)
from popuppos.services.calendar import (
    SessionInfo,
    cancel_session,
    first_name,
    session_info,
    when,
)
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.common import (
    Figures,
    Notice,
    button,
    card,
    heading,
    local_time_text,
    muted,
)
from popuppos.ui.calendar.look import minutes_text, seats_text, session_when
from popuppos.ui.calendar.scan_input import CodeEntry
from popuppos.ui.calendar.week_view import tier_chips
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import set_prop


def booking_line(b: BookingInfo) -> str:
    """'Ana Lopez — ✓ checked in', 'Ben Ode — booked 12 May 14:02', 'Waitlist 2 · Cy Li — …'."""
    at = local_time_text(b.created_at)
    if b.waitlisted:
        return translate(
            "calendar/session_panel", "Waitlist {position} · {member_name} — waiting since {at}"
        ).format(position=b.position, member_name=b.member_name, at=at)
    if b.checked_in:
        return translate("calendar/session_panel", "{member_name} — ✓ checked in").format(
            member_name=b.member_name
        )
    return translate("calendar/session_panel", "{member_name} — booked {at}").format(
        member_name=b.member_name, at=at
    )


class SessionPanel(QDialog):
    changed = Signal()  # a booking or the session changed: the calendar reloads
    check_in_requested = Signal(str)  # session id
    edit_requested = Signal(object)  # SessionInfo

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        tier_names: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.tier_names = dict(tier_names)
        self.now = now
        self.session: SessionInfo | None = None
        self.bookings: list[BookingInfo] = []
        self.loads = 0
        self._confirm = ""  # the destructive action waiting for a second click
        self.setWindowTitle(translate("calendar/session_panel", "Session"))
        self.setModal(True)
        self.setMinimumSize(760, 600)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.title = heading(translate("calendar/session_panel", "Loading…"))
        self.title.setStyleSheet("font-size: 22px;")
        top.addWidget(self.title, 1)
        self.edit_button = button(translate("calendar/session_panel", "Edit"))
        self.edit_button.clicked.connect(self._edit)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.when_label = muted("")
        layout.addWidget(self.when_label)
        self.notice = Notice()
        layout.addWidget(self.notice)

        body = QHBoxLayout()
        body.setSpacing(16)
        details, details_box = card()
        details.setFixedWidth(300)
        self.figures = Figures()
        self.seats_value = self.figures.add(translate("calendar/session_panel", "Seats"))
        self.waiting_value = self.figures.add(translate("calendar/session_panel", "Waitlist"))
        self.checked_value = self.figures.add(translate("calendar/session_panel", "Checked in"))
        self.cost_value = self.figures.add(translate("calendar/session_panel", "1:1 cost"))
        details_box.addWidget(self.figures.widget)
        self.tiers_label = muted("")
        details_box.addWidget(self.tiers_label)
        self.priority_label = muted("")
        details_box.addWidget(self.priority_label)
        details_box.addStretch(1)
        body.addWidget(details)

        people = QVBoxLayout()
        people.setSpacing(8)
        people.addWidget(QLabel(translate("calendar/session_panel", "Bookings and waitlist")))
        self.list = QListWidget()
        self.list.setObjectName("Bookings")
        self.list.setAccessibleName(translate("calendar/session_panel", "Bookings and waitlist"))
        self.list.setWordWrap(True)
        self.list.setStyleSheet(
            "QListWidget#Bookings { border-radius: 10px; padding: 4px; }"
            " QListWidget#Bookings::item { min-height: 36px; padding: 0px 8px; }"
        )
        self.list.currentItemChanged.connect(self._selection_changed)
        people.addWidget(self.list, 1)
        self.cancel_booking_button = button(
            translate("calendar/session_panel", "Cancel booking"), role="danger-quiet"
        )
        self.cancel_booking_button.clicked.connect(self._cancel_booking)
        people.addWidget(self.cancel_booking_button, 0, Qt.AlignmentFlag.AlignRight)
        self.entry = CodeEntry(
            translate("calendar/session_panel", "Scan or paste a member's pass"),
            translate("calendar/session_panel", "Book a seat"),
        )
        self.entry.submitted.connect(self.book)
        people.addWidget(self.entry)
        body.addLayout(people, 1)
        layout.addLayout(body, 1)

        actions = QHBoxLayout()
        self.cancel_session_button = button(
            translate("calendar/session_panel", "Cancel session"), role="danger-quiet"
        )
        self.cancel_session_button.clicked.connect(self._cancel_session)
        actions.addWidget(self.cancel_session_button)
        actions.addStretch(1)
        close = button(translate("calendar/session_panel", "Close"), role="quiet")
        close.clicked.connect(self.accept)
        actions.addWidget(close)
        self.check_in_button = button(
            translate("calendar/session_panel", "Start check-in"), role="primary"
        )
        self.check_in_button.clicked.connect(self._start_check_in)
        actions.addWidget(self.check_in_button)
        layout.addLayout(actions)
        self._selection_changed()
        self.entry.field.setFocus()
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        db, sid = self.ctx.db, self.session_id
        run_operation(
            self,
            lambda: (session_info(db, sid), bookings_for(db, sid)),
            on_success=self._loaded,
            on_failure=self.notice.show_problem,
        )

    def _loaded(self, found: tuple[SessionInfo, list[BookingInfo]]) -> None:
        s, bookings = found
        self.session, self.bookings = s, bookings
        self.loads += 1
        self.setWindowTitle(s.title)
        self.title.setText(
            s.title + (translate("calendar/session_panel", "  (cancelled)") if s.cancelled else "")
        )
        self.when_label.setText(" · ".join(p for p in (session_when(s), s.venue) if p))
        self.seats_value.setText(seats_text(s).split(" · ")[0])
        self.waiting_value.setText(str(s.waitlisted))
        self.checked_value.setText(str(s.checked_in))
        self.cost_value.setText(
            minutes_text(s.minutes_cost)
            if s.minutes_cost
            else translate("calendar/session_panel", "None")
        )
        chips = [text for text, _ in tier_chips(s, self.tier_names)]
        self.tiers_label.setText(translate("calendar/session_panel", "Tiers: ") + ", ".join(chips))
        if s.priority_tier_ids and s.opens_to_all_at is not None:
            self.priority_label.setText(
                translate(
                    "calendar/session_panel",
                    "★ Priority tiers book first; open to all from {opens_to_all_at}.",
                ).format(opens_to_all_at=when(s.opens_to_all_at))
            )
        else:
            self.priority_label.setText("")
        self.list.clear()
        for b in bookings:
            item = QListWidgetItem(booking_line(b))
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            self.list.addItem(item)
        if not bookings:
            empty = QListWidgetItem(
                translate(
                    "calendar/session_panel",
                    "No bookings yet. Scan or paste a member's pass below.",
                )
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        live = not s.cancelled
        for w in (self.entry, self.edit_button, self.cancel_session_button):
            w.setEnabled(live)
        self.check_in_button.setEnabled(live)
        self._selection_changed()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    # -- booking -------------------------------------------------------------------------------
    def book(self, code: str) -> None:
        """Book the pass holder a seat (or the waitlist); the wedge scanner lands here too."""
        if not code.strip():
            return
        db, sid, moment = self.ctx.db, self.session_id, self.now()
        self.notice.show_message(translate("calendar/session_panel", "Booking…"), "info")
        run_operation(
            self,
            lambda: book_seat(db, sid, pass_text_or_id=code, now=moment),
            on_success=self._booked,
            on_failure=self.notice.show_problem,
        )

    def _booked(self, result: BookingResult) -> None:
        tone = "warning" if result.waitlisted else "success"
        self.notice.show_message(result.message + ".", tone)
        self.changed.emit()
        self.reload()

    def _selected(self) -> BookingInfo | None:
        item = self.list.currentItem()
        booking_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((b for b in self.bookings if b.id == booking_id), None)

    def _selection_changed(self, *_: object) -> None:
        self._arm("")
        b = self._selected()
        live = self.session is not None and not self.session.cancelled
        self.cancel_booking_button.setVisible(live and b is not None and not b.checked_in)

    def _arm(self, action: str) -> None:
        """Ask for a second click on a destructive button ("" disarms both)."""
        self._confirm = action
        b = self._selected()
        who = first_name(b.member_name) if b else ""
        self.cancel_booking_button.setText(
            translate("calendar/session_panel", "Yes, cancel {who}'s booking").format(who=who)
            if action == "booking"
            else translate("calendar/session_panel", "Cancel booking")
        )
        self.cancel_session_button.setText(
            translate("calendar/session_panel", "Yes, cancel the session")
            if action == "session"
            else translate("calendar/session_panel", "Cancel session")
        )
        pairs = ((self.cancel_booking_button, "booking"), (self.cancel_session_button, "session"))
        for w, on in pairs:
            set_prop(w, "role", "danger" if action == on else "danger-quiet")

    def _cancel_booking(self) -> None:
        b = self._selected()
        if b is None:
            return
        if self._confirm != "booking":
            self._arm("booking")
            return
        self._arm("")
        db, moment = self.ctx.db, self.now()
        name = first_name(b.member_name)
        run_operation(
            self,
            lambda: cancel_booking(db, b.id, "cancelled at the stall", now=moment),
            on_success=lambda done: self._booking_cancelled(name, done),
            on_failure=self.notice.show_problem,
        )

    def _booking_cancelled(self, name: str, done: CancelledBooking) -> None:
        text = translate("calendar/session_panel", "Cancelled {name}'s booking.").format(name=name)
        if done.promoted:
            names = ", ".join(first_name(p.member_name) for p in done.promoted)
            text += translate(
                "calendar/session_panel", " {names} moved up from the waitlist to a seat."
            ).format(names=names)
        self.notice.show_message(text, "success")
        self.changed.emit()
        self.reload()

    # -- the session ---------------------------------------------------------------------------
    def _cancel_session(self) -> None:
        if self._confirm != "session":
            self._arm("session")
            return
        self._arm("")
        db, sid = self.ctx.db, self.session_id
        run_operation(
            self,
            lambda: cancel_session(db, sid, reason="cancelled at the stall"),
            on_success=lambda _: self._session_cancelled(),
            on_failure=self.notice.show_problem,
        )

    def _session_cancelled(self) -> None:
        self.notice.show_message(
            translate(
                "calendar/session_panel", "The session is cancelled; its bookings stay on record."
            ),
            "info",
        )
        self.changed.emit()
        self.reload()

    def _edit(self) -> None:
        if self.session is not None:
            self.edit_requested.emit(self.session)

    def _start_check_in(self) -> None:
        self.check_in_requested.emit(self.session_id)
        self.accept()
