"""The host's check-in screen for one session: scan, see the verdict big, see the last ten.

Three ways in, one handler: the keyboard-wedge scanner (the main window connects its
``WedgeScannerFilter.scanned`` to :meth:`CheckInScreen.handle_scan`), the camera panel and the
"Type or paste a code" field all call :meth:`handle_scan`, which queues the scan for
``services.checkin.check_in`` on a worker. While the attendee kiosk opened from this screen
is up, scans go to the kiosk instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from popuppos.services.calendar import SessionInfo, clock, session_info
from popuppos.services.checkin import (
    CHECK_IN_OPENS,
    CheckInKind,
    CheckInResult,
    DuplicateCheckIn,
    duplicate_check_ins,
)
from popuppos.store.models import utcnow
from popuppos.ui.calendar.duplicates import DuplicatesDialog
from popuppos.ui.calendar.look import session_when
from popuppos.ui.calendar.result_view import RecentScans, ResultPanel, section_header
from popuppos.ui.calendar.scan_input import CameraSlot, CheckInQueue, CodeEntry
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import Banner, make_button

SIDE_WIDTH = 380


class CheckInScreen(QWidget):
    back_requested = Signal()  # "← Calendar"
    checked = Signal(object)  # every CheckInResult, as it is shown
    loaded = Signal()  # the header (session, seats, duplicates) was (re)loaded
    kiosk_opened = Signal(object)  # the KioskWindow, while it is up

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        parent: QWidget | None = None,
        *,
        camera: bool = True,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CheckInScreen")
        self.ctx = ctx
        self.session_id = session_id
        self.now = now
        self.session: SessionInfo | None = None
        self.duplicates: list[DuplicateCheckIn] = []
        self.kiosk: QWidget | None = None
        self.loads = 0
        self._camera = camera
        self._duplicates_told = 0  # this session's duplicates the banner has reported
        self.queue = CheckInQueue(ctx, session_id, now=now, parent=self)
        self.queue.answered.connect(self._answered)

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(14)
        root.addLayout(self._build_header())
        self.banner = Banner()
        root.addWidget(self.banner)
        body = QHBoxLayout()
        body.setSpacing(20)
        main = QVBoxLayout()
        main.setSpacing(12)
        self.result = ResultPanel()
        main.addWidget(self.result, 1)
        self.entry = CodeEntry(
            translate("calendar/checkin_screen", "Type or paste a code, then Enter")
        )
        self.entry.submitted.connect(self.handle_scan)
        main.addWidget(self.entry)
        body.addLayout(main, 1)
        body.addWidget(self._build_side(camera))
        root.addLayout(body, 1)
        self.entry.field.setFocus()
        self.reload()

    # -- layout --------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.back_button = make_button(
            translate("calendar/checkin_screen", "← Calendar"),
            role="quiet",
            tooltip=translate("calendar/checkin_screen", "Back to the calendar"),
        )
        self.back_button.clicked.connect(self.back_requested)
        row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.title = QLabel(translate("calendar/checkin_screen", "Check-in"))
        self.title.setObjectName("Heading")
        self.title.setStyleSheet("font-size: 24px;")
        self.when = QLabel("")
        self.when.setObjectName("Muted")
        names.addWidget(self.title)
        names.addWidget(self.when)
        row.addLayout(names, 1)
        self.duplicates_button = make_button(
            translate("calendar/checkin_screen", "Duplicates"),
            tooltip=translate(
                "calendar/checkin_screen", "Members checked in twice by devices that were offline"
            ),
        )
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.kiosk_button = make_button(
            translate("calendar/checkin_screen", "Kiosk mode"),
            role="primary",
            icon_name="scan",
            tooltip=translate("calendar/checkin_screen", "Full screen, for attendees"),
        )
        self.kiosk_button.clicked.connect(self.open_kiosk)
        row.addWidget(self.duplicates_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.kiosk_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_side(self, camera: bool) -> QWidget:
        side = QFrame()
        side.setObjectName("Card")
        side.setFixedWidth(SIDE_WIDTH)
        column = QVBoxLayout(side)
        column.setContentsMargins(18, 16, 18, 16)
        column.setSpacing(8)
        column.addWidget(section_header("SEATS"))
        seats_row = QHBoxLayout()
        self.seats = QLabel("–")
        self.seats.setObjectName("TotalAmount")
        self.seats.setAccessibleName(translate("calendar/checkin_screen", "Checked in"))
        seats_row.addWidget(self.seats)
        caption = QLabel(translate("calendar/checkin_screen", "checked in"))
        caption.setObjectName("Muted")
        seats_row.addWidget(caption, 0, Qt.AlignmentFlag.AlignBottom)
        seats_row.addStretch(1)
        column.addLayout(seats_row)
        self.seats_detail = QLabel("")
        self.seats_detail.setObjectName("Muted")
        self.seats_detail.setWordWrap(True)
        column.addWidget(self.seats_detail)
        column.addSpacing(6)
        column.addWidget(section_header("CAMERA"))
        self.camera = CameraSlot(enabled=camera)
        self.camera.setMaximumHeight(260)
        self.camera.decoded.connect(self.handle_scan)
        column.addWidget(self.camera)
        column.addSpacing(6)
        column.addWidget(section_header(translate("calendar/checkin_screen", "LAST SCANS")))
        self.recent = RecentScans()
        column.addWidget(self.recent, 1)
        return side

    # -- the one scan handler ------------------------------------------------------------------
    def handle_scan(self, code: str) -> None:
        """Check a scanned, camera-read or typed pass in (or hand it to the open kiosk)."""
        kiosk = self.kiosk
        if kiosk is not None and kiosk.isVisible():
            kiosk.handle_scan(code)  # type: ignore[attr-defined]
            return
        self.queue.submit(code)

    def _answered(self, result: CheckInResult) -> None:
        self.result.show_result(result)
        self.recent.add(result, self.now())
        self.checked.emit(result)
        if result.kind is CheckInKind.CHECKED_IN:
            self.reload()

    # -- header --------------------------------------------------------------------------------
    def reload(self) -> None:
        db, sid = self.ctx.db, self.session_id
        run_operation(
            self,
            lambda: (session_info(db, sid), duplicate_check_ins(db)),
            on_success=self._loaded,
            on_failure=lambda e: self.banner.show_message(message_for(e), "danger"),
        )

    def _loaded(self, found: tuple[SessionInfo, list[DuplicateCheckIn]]) -> None:
        s, duplicates = found
        self.session, self.duplicates = s, duplicates
        self.loads += 1
        self.title.setText(
            s.title + (translate("calendar/checkin_screen", "  (cancelled)") if s.cancelled else "")
        )
        self.when.setText(" · ".join(p for p in (session_when(s), s.venue, self._window(s)) if p))
        self.seats.setText(f"{s.checked_in} / {s.capacity}")
        parts = []
        if s.taken > s.checked_in:
            parts.append(
                translate("calendar/checkin_screen", "{value} booked, not yet in").format(
                    value=s.taken - s.checked_in
                )
            )
        if s.waitlisted:
            parts.append(
                translate("calendar/checkin_screen", "{waitlisted} on the waitlist").format(
                    waitlisted=s.waitlisted
                )
            )
        parts.append(
            translate("calendar/checkin_screen", "{seats_left} seat free").format(
                seats_left=s.seats_left
            )
            if s.seats_left == 1
            else translate("calendar/checkin_screen", "{seats_left} seats free").format(
                seats_left=s.seats_left
            )
        )
        self.seats_detail.setText(" · ".join(parts))
        mine = [d for d in duplicates if d.session_id == self.session_id]
        count = f" · {len(duplicates)}" if duplicates else ""
        self.duplicates_button.setText(
            translate("calendar/checkin_screen", "Duplicates{count}").format(count=count)
        )
        if len(mine) > self._duplicates_told:  # told again only when another one arrives
            self._duplicates_told = n = len(mine)
            self.banner.show_message(
                translate(
                    "calendar/checkin_screen",
                    "{n} duplicate check-in for this session from devices that were "
                    "offline: flagged, counted once. See Duplicates.",
                ).format(n=n)
                if n == 1
                else translate(
                    "calendar/checkin_screen",
                    "{n} duplicate check-ins for this session from devices that were "
                    "offline: flagged, counted once. See Duplicates.",
                ).format(n=n),
                "warning",
            )
        self.loaded.emit()

    def _window(self, s: SessionInfo) -> str:
        now = self.now()
        if s.cancelled:
            return translate("calendar/checkin_screen", "Cancelled")
        if now < s.starts_at - CHECK_IN_OPENS:
            return translate("calendar/checkin_screen", "Check-in opens at {clock}").format(
                clock=clock(s.starts_at - CHECK_IN_OPENS)
            )
        if now > s.ends_at:
            return translate("calendar/checkin_screen", "Ended")
        return translate("calendar/checkin_screen", "Check-in open until {ends_at}").format(
            ends_at=clock(s.ends_at)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loads:
            self.reload()
        self.entry.field.setFocus()

    # -- duplicates and kiosk ------------------------------------------------------------------
    def show_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.ctx, self.session_id, self)
        dialog.open()
        return dialog

    def open_kiosk(self, *, result_ms: int | None = None) -> QWidget:
        """Show the attendee kiosk for this session full screen (leaving it needs the PIN)."""
        from popuppos.ui.calendar.kiosk import RESULT_MS, KioskWindow

        if self.kiosk is not None and self.kiosk.isVisible():
            self.kiosk.raise_()
            return self.kiosk
        kiosk = KioskWindow(
            self.ctx,
            self.session_id,
            result_ms=result_ms or RESULT_MS,
            camera=self._camera,
            now=self.now,
        )
        kiosk.exited.connect(self._kiosk_exited)
        kiosk.destroyed.connect(self._kiosk_gone)
        kiosk.checked.connect(self._kiosk_checked)
        self.kiosk = kiosk
        kiosk.showFullScreen()
        self.kiosk_opened.emit(kiosk)
        return kiosk

    def _kiosk_checked(self, result: CheckInResult) -> None:
        self.recent.add(result, self.now())
        if result.kind is CheckInKind.CHECKED_IN:
            self.reload()

    def _kiosk_exited(self) -> None:
        self._kiosk_gone()
        self.reload()
        self.entry.field.setFocus()

    def _kiosk_gone(self) -> None:
        self.kiosk = None
