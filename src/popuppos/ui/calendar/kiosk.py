"""Kiosk mode: a full-screen, attendee-facing check-in for one session.

Idle, it says "Scan your pass". A scan (keyboard wedge via :meth:`KioskWindow.handle_scan`,
the camera, or a code typed or pasted into the hidden field) turns the whole screen green
("Welcome, Zoë" / "Checked in to Tuesday Breathwork"), amber (already checked in) or red
("Pass expired on 3 May 2026") for ``result_ms``, then it is ready for the next person.

Leaving needs the manager PIN: Esc or the small "Exit" corner button asks for it
(``ManagerPinDialog``), and ``services.shop.verify_manager_pin`` checks it on a worker. A
wrong PIN keeps the kiosk up; closing the window any other way is ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from popuppos.services.calendar import SessionInfo, session_info
from popuppos.services.checkin import CheckInResult
from popuppos.services.shop import has_manager_pin, verify_manager_pin
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.calendar.look import (
    KIOSK_TONES,
    detail_worth_showing,
    page_background,
    time_range,
    tone_of,
)
from popuppos.ui.calendar.result_view import greeting
from popuppos.ui.calendar.scan_input import CameraSlot, CheckInQueue
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QCloseEvent,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QShortcut,
    QShowEvent,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import accent_colour, icon, make_button
from popuppos.ui.theme import follow_theme

RESULT_MS = 4000  # how long a verdict stays up before the kiosk is ready again
GLYPH = {"ok": "✓", "already": "✓", "refused": "✕"}


def _big(size: int, weight: int = 700) -> QLabel:
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"font-size: {size}px; font-weight: {weight}; background: transparent;")
    return label


class KioskWindow(QWidget):
    checked = Signal(object)  # each CheckInResult shown
    ready = Signal()  # back to "Scan your pass"
    exited = Signal()  # the manager PIN unlocked it and it closed
    loaded = Signal()  # the session's title and whether the shop has a PIN are known

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        parent: QWidget | None = None,
        *,
        result_ms: int = RESULT_MS,
        camera: bool = True,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("Kiosk")
        self.setWindowTitle(translate("calendar/kiosk", "Check-in"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.session_id = session_id
        self.result_ms = result_ms
        self.unlocked = False
        self.pin_protected = True  # until the shop says it has no PIN at all
        self.pin_dialog: ManagerPinDialog | None = None
        self.last_result: CheckInResult | None = None
        self.queue = CheckInQueue(ctx, session_id, now=now, parent=self)
        self.queue.answered.connect(self._show_result)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_ready(camera))
        self.stack.addWidget(self._build_result())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.show_ready)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.request_exit)
        self._paint_ready()
        self.show_ready()
        db = ctx.db
        run_operation(
            self,
            lambda: (session_info(db, session_id), has_manager_pin(db)),
            on_success=self._loaded,
            on_failure=self._not_loaded,
        )

    # -- pages ---------------------------------------------------------------------------------
    def _build_ready(self, camera: bool) -> QWidget:
        page = QWidget()
        page.setObjectName("KioskReady")
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 20, 32, 32)
        top = QHBoxLayout()
        self.lock_note = QLabel("")
        self.lock_note.setObjectName("Muted")
        top.addWidget(self.lock_note)
        top.addStretch(1)
        self.exit_button = make_button(
            translate("calendar/kiosk", "Exit"),
            role="quiet",
            tooltip=translate("calendar/kiosk", "Leave kiosk mode (manager PIN)"),
        )
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.clicked.connect(self.request_exit)
        top.addWidget(self.exit_button)
        column.addLayout(top)
        column.addStretch(2)
        self.session_title = _big(34, 700)
        follow_theme(
            self.session_title,
            lambda: self.session_title.setStyleSheet(
                f"font-size: 34px; font-weight: 700; color: {accent_colour()};"
                " background: transparent;"
            ),
        )
        column.addWidget(self.session_title)
        self.session_time = _big(24, 500)
        self.session_time.setObjectName("Muted")
        column.addWidget(self.session_time)
        column.addSpacing(28)
        scan = QLabel()
        follow_theme(
            scan, lambda: scan.setPixmap(icon("scan", accent_colour(), 112).pixmap(112, 112))
        )
        scan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(scan)
        self.prompt = _big(84, 800)
        self.prompt.setText(translate("calendar/kiosk", "Scan your pass"))
        column.addWidget(self.prompt)
        self.hint = _big(22, 500)
        column.addWidget(self.hint)
        column.addSpacing(24)
        self.camera = CameraSlot(enabled=camera)
        self.camera.decoded.connect(self.handle_scan)
        self.camera.for_attendees()
        self.camera.setFixedSize(560, 360)
        column.addWidget(self.camera, 0, Qt.AlignmentFlag.AlignHCenter)
        self.camera.hide()  # shown once it has a live picture (see _show_camera)
        column.addStretch(3)
        # The hidden field: a code typed or pasted on the kiosk's keyboard, then Enter.
        self.paste_field = QLineEdit()
        self.paste_field.setAccessibleName(translate("calendar/kiosk", "Type or paste a pass code"))
        self.paste_field.setMaxLength(400)
        self.paste_field.setStyleSheet(
            "QLineEdit { min-height: 0px; max-height: 1px; border: none; padding: 0px;"
            " background: transparent; color: transparent; selection-background-color:"
            " transparent; }"
        )
        self.paste_field.setFixedSize(1, 1)
        self.paste_field.returnPressed.connect(self._pasted)
        column.addWidget(self.paste_field)
        return page

    def _build_result(self) -> QWidget:
        self.result_page = QFrame()
        self.result_page.setObjectName("KioskResult")
        column = QVBoxLayout(self.result_page)
        column.setContentsMargins(48, 48, 48, 48)
        column.setSpacing(12)
        column.addStretch(2)
        self.glyph = _big(180, 800)
        self.name = _big(76, 800)
        self.headline = _big(44, 700)
        self.detail = _big(28, 500)
        for w in (self.glyph, self.name, self.headline, self.detail):
            column.addWidget(w)
        column.addStretch(3)
        return self.result_page

    def _show_camera(self) -> None:
        """Attendees see the camera only when it works, and are told where to hold the code."""
        live = self.camera.live()
        self.camera.setVisible(live)
        self.hint.setText(
            translate(
                "calendar/kiosk",
                "Hold the QR code on your phone or card up to the camera, or to the scanner.",
            )
            if live
            else translate(
                "calendar/kiosk", "Hold the QR code on your phone or card to the scanner."
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.camera.available:
            self.camera.show()  # the panel starts its camera when shown ...
            QTimer.singleShot(0, self._show_camera)  # ... and keeps it only if there is one
        else:
            self._show_camera()

    def _paint_ready(self) -> None:
        self.setStyleSheet(f"QWidget#KioskReady {{ background: {page_background()}; }}")

    def _loaded(self, found: tuple[SessionInfo, bool]) -> None:
        s, has_pin = found
        venue = f" · {s.venue}" if s.venue else ""
        self.session_title.setText(s.title)
        self.session_time.setText(f"{time_range(s)}{venue}")
        self.pin_protected = has_pin
        if not has_pin:
            self.lock_note.setText(
                translate("calendar/kiosk", "No manager PIN is set: kiosk mode is not locked.")
            )
        self.loaded.emit()

    def _not_loaded(self, exc: BaseException) -> None:
        self.session_title.setText(message_for(exc))
        self.loaded.emit()  # still locked: pin_protected stays True

    # -- scanning ------------------------------------------------------------------------------
    def handle_scan(self, code: str) -> None:
        """The one scan handler: wedge, camera and the hidden field all come here."""
        self.queue.submit(code)

    def _pasted(self) -> None:
        code = self.paste_field.text()
        self.paste_field.clear()
        self.handle_scan(code)

    def _show_result(self, result: CheckInResult) -> None:
        self.last_result = result
        key = tone_of(result)
        t = KIOSK_TONES[key]
        self.result_page.setStyleSheet(
            f"QFrame#KioskResult {{ background: {t.background}; }}"
            f" QFrame#KioskResult QLabel {{ color: {t.text}; }}"
        )
        self.glyph.setText(GLYPH[key])
        self.name.setText(greeting(result))
        self.headline.setText(result.headline)
        detail = detail_worth_showing(result) if key == "refused" else result.detail
        if key == "refused":
            detail = (
                translate("calendar/kiosk", "{detail}\nPlease see the host.").format(detail=detail)
                if detail
                else translate("calendar/kiosk", "Please see the host.")
            )
        self.detail.setText(detail)
        self.stack.setCurrentIndex(1)
        self.checked.emit(result)
        self.timer.start(self.result_ms)

    def show_ready(self) -> None:
        self.timer.stop()
        self.stack.setCurrentIndex(0)
        self.paste_field.setFocus()
        self.ready.emit()

    @property
    def showing_result(self) -> bool:
        return self.stack.currentIndex() == 1

    def result_text(self) -> str:
        return "\n".join(w.text() for w in (self.name, self.headline, self.detail) if w.text())

    # -- leaving -------------------------------------------------------------------------------
    def request_exit(self) -> None:
        """Ask for the manager PIN (Esc, the Exit button, or any attempt to close)."""
        if self.unlocked:
            self.close()
            return
        if not self.pin_protected:
            self._unlock()
            return
        if self.pin_dialog is not None:
            self.pin_dialog.raise_()
            return
        dialog = ManagerPinDialog(
            self,
            title=translate("calendar/kiosk", "Leave kiosk mode"),
            prompt=translate("calendar/kiosk", "A manager enters the PIN to leave kiosk mode."),
            ask_reason=False,
        )
        dialog.submitted.connect(lambda pin, _reason: self._check_pin(dialog, pin))
        dialog.finished.connect(self._pin_dialog_closed)
        self.pin_dialog = dialog
        dialog.open()

    def _check_pin(self, dialog: ManagerPinDialog, pin: str) -> None:
        dialog.set_busy(True)
        db = self.ctx.db
        run_operation(
            self,
            lambda: verify_manager_pin(db, pin),
            on_success=lambda ok: self._pin_checked(dialog, ok),
            on_failure=lambda e: dialog.show_problem(
                translate("calendar/kiosk", "The PIN could not be checked; try again.")
            ),
        )

    def _pin_checked(self, dialog: ManagerPinDialog, ok: bool) -> None:
        if not ok:
            dialog.show_problem(translate("calendar/kiosk", "That manager PIN is not right."))
            return
        dialog.set_busy(False)
        dialog.accept()
        self._unlock()

    def _pin_dialog_closed(self) -> None:
        self.pin_dialog = None
        if not self.unlocked:
            self.paste_field.setFocus()

    def _unlock(self) -> None:
        self.unlocked = True
        self.timer.stop()
        self.close()
        self.exited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:  # when the shortcut map did not take it
            self.request_exit()
            return
        super().keyPressEvent(event)

    def shutdown(self) -> None:
        """Close without the PIN: for the application quitting, never reachable by attendees."""
        self.unlocked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unlocked:
            super().closeEvent(event)
            return
        event.ignore()
        self.request_exit()
