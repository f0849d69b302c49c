"""The ways a pass reaches a check-in: the camera, a typed or pasted code, and the one queue
that checks each scan in (the keyboard wedge calls the screen's ``handle_scan`` directly).

The camera panel lives in ``popuppos.ui.camera_scanner`` (``CameraPanel`` with a
``decoded = Signal(str)``); it is imported when it exists, so these screens work without it
and say that the camera is not available.
"""

from __future__ import annotations

import importlib
import logging
from collections import deque
from collections.abc import Callable
from datetime import datetime
from typing import Any

from popuppos.core.pass_token import TEXT_LENGTH
from popuppos.scanning.wedge import WedgeSettings
from popuppos.services.checkin import CheckInKind, CheckInResult, check_in
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import make_button

log = logging.getLogger(__name__)

#: Scanner timings that accept a member pass (163 characters) as one burst. The wedge's
#: default ``max_length`` (128) is made for retail barcodes: a pass would overflow it and be
#: typed into the focused field. The main window's scanner should use these settings.
PASS_WEDGE_SETTINGS = WedgeSettings(max_length=max(WedgeSettings().max_length, TEXT_LENGTH + 16))


def camera_panel(parent: QWidget | None = None) -> QWidget | None:
    """A ``CameraPanel`` when ``popuppos.ui.camera_panel`` can be loaded, else None."""
    try:
        module = importlib.import_module("popuppos.ui.camera_panel")
    except ImportError:
        return None
    panel_class: Any = getattr(module, "CameraPanel", None)
    if panel_class is None:
        return None
    try:
        panel = panel_class(parent)
    except Exception:  # a camera problem must not stop the check-in screen
        log.exception("the camera panel could not be created")
        return None
    return panel if isinstance(panel, QWidget) else None


class CameraSlot(QWidget):
    """The camera panel, or a note saying there is none (the camera_scanner module is
    missing, or the screen was made without a camera). The panel itself says when the
    device has no camera, and emits a code once while it stays in view."""

    decoded = Signal(str)

    def __init__(self, *, enabled: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panel = camera_panel(self) if enabled else None
        self.note = QLabel(
            translate(
                "calendar/scan_input",
                "No camera here. Scan passes with the USB scanner, or type or paste the code.",
            )
        )
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self.panel is not None:
            layout.addWidget(self.panel)
            self.panel.decoded.connect(self.decoded)  # type: ignore[attr-defined]
            self.note.hide()
        else:
            layout.addWidget(self.note)

    @property
    def available(self) -> bool:
        """A camera panel is embedded (it may still find no camera on this device)."""
        return self.panel is not None

    def live(self) -> bool:
        """The panel shows a live camera right now."""
        shown = getattr(self.panel, "camera_shown", None)
        return bool(shown()) if callable(shown) else False

    def for_attendees(self) -> None:
        """No photo picker on the kiosk: a file dialog is a way out of it."""
        button = getattr(self.panel, "photo_button", None)
        if isinstance(button, QWidget):
            button.hide()


class CodeEntry(QWidget):
    """'Type or paste a code' and a submit button; Enter submits, the field then clears."""

    submitted = Signal(str)

    def __init__(
        self,
        placeholder: str = QT_TRANSLATE_NOOP("calendar/scan_input", "Type or paste a code"),
        action: str = QT_TRANSLATE_NOOP("calendar/scan_input", "Check in"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.field = QLineEdit()
        placeholder = translate("calendar/scan_input", placeholder)
        self.field.setPlaceholderText(placeholder)
        self.field.setAccessibleName(placeholder)
        self.field.setMaxLength(400)
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.field.returnPressed.connect(self.submit)
        row.addWidget(self.field, 1)
        self.button = make_button(translate("calendar/scan_input", action), role="primary")
        self.button.clicked.connect(self.submit)
        row.addWidget(self.button)

    def submit(self) -> None:
        code = self.field.text().strip()
        self.field.clear()
        if code:
            self.submitted.emit(code)


class CheckInQueue(QObject):
    """Checks scans in to one session, one at a time, off the GUI thread.

    Scans that arrive while one is being checked wait their turn (two people at the door,
    or the wedge and the camera at once). ``answered`` carries a ``CheckInResult``; a
    session that is not on this device answers a REFUSED result saying so.
    """

    answered = Signal(object)  # CheckInResult
    idle = Signal()  # the queue ran empty

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        *,
        now: Callable[[], datetime] = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.now = now
        self._waiting: deque[str] = deque()
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy or bool(self._waiting)

    def submit(self, code: str) -> None:
        code = code.strip()
        if not code:
            return
        self._waiting.append(code)
        if not self._busy:
            self._next()

    def _next(self) -> None:
        if not self._waiting:
            self._busy = False
            self.idle.emit()
            return
        self._busy = True
        code = self._waiting.popleft()
        db, sid = self.ctx.db, self.session_id
        device, moment = self.ctx.settings.device_name, self.now()
        run_operation(
            self,
            lambda: check_in(db, sid, code, now=moment, device_name=device),
            on_success=self._answered,
            on_failure=self._failed,
        )

    def _answered(self, result: CheckInResult) -> None:
        self.answered.emit(result)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self.answered.emit(
            CheckInResult(
                CheckInKind.REFUSED,
                translate("calendar/scan_input", "Could not check this pass"),
                message_for(exc),
            )
        )
        self._next()
