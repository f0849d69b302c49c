"""Application-wide keyboard-wedge scanner input (the Qt side of scanning/wedge.py).

A keyboard-wedge barcode scanner types its code into whatever widget has focus. Installed on
the QApplication, :class:`WedgeScannerFilter` holds printable key presses back for a few
milliseconds while :class:`~popuppos.scanning.wedge.WedgeDetector` decides who is typing:

* a fast burst ending in Enter is a scan: ``scanned`` is emitted with the code and none of its
  keys (presses or releases) reach any widget;
* anything else is re-delivered, in order, to the widget each key was typed into, so a person's
  typing arrives delayed by at most ``max_gap_ms`` (35 ms by default) plus timer latency.

Keys with Ctrl/Alt/Meta, pure modifier presses, auto-repeats and other non-text keys (arrows,
Backspace, Escape, F-keys ...) pass through untouched, so shortcuts and key repeat keep working;
a non-text key first flushes the held-back keys so the order of keys never changes.

Replayed keys are new, non-spontaneous QKeyEvents sent with ``QApplication.sendEvent``; they do
not go through Qt's shortcut map again. ``scanned`` is emitted from the event loop right after the
scan's Enter is processed, not from inside the key dispatch, so a slot may close dialogs freely.

Limits: a QShortcut bound to a plain printable key or to Enter fires before any event filter
sees the key (Qt's shortcut map runs first), so the sell screen should react to Enter through
``returnPressed``/``keyPressEvent`` rather than a QShortcut. Keys are timed when the GUI thread
processes them, so the thread must not stall for longer than ``max_gap_ms`` mid-scan.

Usage (keep a reference or a parent: a deleted filter stops filtering)::

    scanner = WedgeScannerFilter(parent=main_window)
    scanner.scanned.connect(sell_screen.add_by_barcode)
    scanner.install()
"""

from __future__ import annotations

import math
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from popuppos.scanning.wedge import Replay, Scan, WedgeDetector, WedgeOutput, WedgeSettings
from popuppos.ui.qt import QApplication, QEvent, QKeyEvent, QObject, Qt, QTimer, Signal

__all__ = ["WedgeScannerFilter", "monotonic_ms"]

_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

# Keys that only change the meaning of others: a scanner presses Shift inside a burst for
# upper-case letters, so these neither enter the burst nor end it.
_MODIFIER_KEYS = frozenset(
    int(key)
    for key in (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
    )
)

_KEY_EVENTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
)

# Terminator keys, by the text the detector knows them by (platforms disagree on their text).
_TERMINATOR_TEXT = {
    int(Qt.Key.Key_Return): "\r",
    int(Qt.Key.Key_Enter): "\r",
    int(Qt.Key.Key_Tab): "\t",
}


def monotonic_ms() -> float:
    """The default clock: monotonic time in milliseconds."""
    return time.monotonic_ns() / 1_000_000


@dataclass(frozen=True, slots=True)
class _HeldKey:
    """A swallowed key press: where it was going and what to re-create on replay."""

    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    native_scan_code: int
    native_virtual_key: int
    native_modifiers: int
    text: str


def _release_id(event: QKeyEvent) -> tuple[int, int]:
    """Match a release to its press: by physical key when known (Shift may change key())."""
    scan_code = event.nativeScanCode()
    if scan_code:
        return (scan_code, 0)
    return (0, int(event.key()))


def _alive(obj: QObject) -> bool:
    """False once the C++ object behind ``obj`` is gone (PySide raises on any call)."""
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


class WedgeScannerFilter(QObject):
    """Tells scanner bursts from typing, application-wide; see the module docstring.

    ``clock`` returns the current time in milliseconds (monotonic); tests inject a fake one.
    """

    scanned = Signal(str)

    def __init__(
        self,
        settings: WedgeSettings | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = monotonic_ms,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._detector: WedgeDetector[_HeldKey] = WedgeDetector(settings)
        self._enabled = True
        self._installed_on: QObject | None = None
        # Real releases still to swallow, one per swallowed press.
        self._pending_releases: Counter[tuple[int, int]] = Counter()
        # The events we are re-delivering right now (a stack: a replayed Enter may open a
        # modal dialog whose own keys must be filtered normally).
        self._replaying: list[QKeyEvent] = []
        self._pending_scans: deque[str] = deque()

        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._flush_timer.timeout.connect(self.flush_due)

        self._emit_timer = QTimer(self)
        self._emit_timer.setSingleShot(True)
        self._emit_timer.setInterval(0)
        self._emit_timer.timeout.connect(self._emit_scans)

    # --- public API -----------------------------------------------------------------------

    def install(self) -> None:
        """Install on the running QApplication (idempotent)."""
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("WedgeScannerFilter.install() needs a QApplication")
        if self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app

    def uninstall(self) -> None:
        """Deliver any held-back keys and stop filtering."""
        self._release_held()
        self._pending_releases.clear()
        if self._installed_on is not None:
            if _alive(self._installed_on):
                self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def isEnabled(self) -> bool:
        return self._enabled

    def setEnabled(self, enabled: bool) -> None:
        """Switch scanner detection on or off; off, every key passes straight through."""
        if enabled == self._enabled:
            return
        if not enabled:
            self._release_held()
        self._pending_releases.clear()
        self._enabled = enabled

    @property
    def settings(self) -> WedgeSettings:
        """The scanner timings. Setting them delivers held-back keys first."""
        return self._detector.settings

    @settings.setter
    def settings(self, settings: WedgeSettings) -> None:
        self._release_held()
        self._detector = WedgeDetector(settings)

    def flush_due(self) -> None:
        """Deliver held-back keys whose gap has run out (the internal timer calls this)."""
        now = self._clock()
        self._deliver(self._detector.flush_due(now))
        self._arm(now)

    # --- the filter -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in _KEY_EVENTS:
            return False
        if not self._enabled or not isinstance(event, QKeyEvent):
            return False
        if any(event is ours for ours in self._replaying):
            return False
        # A key event visits the QWindow first, then the focus widget (then its parents while
        # unhandled). Decide at the first widget: that is where the key would land.
        if not watched.isWidgetType():
            return False
        if etype == QEvent.Type.KeyRelease:
            return self._swallow_release(event)
        if int(event.key()) in _MODIFIER_KEYS:
            return False
        text = None if event.isAutoRepeat() else self._wedge_text(event)
        if text is None:
            # Not for the detector: deliver what is held back first, then let this one through.
            # The ShortcutOverride that precedes a press comes before Qt's shortcut map, so
            # held-back keys also land before a shortcut's action runs.
            self._release_held()
            return False
        if etype == QEvent.Type.ShortcutOverride:
            return False  # the press itself follows
        return self._hold(watched, event, text)

    def _release_held(self) -> None:
        self._deliver(self._detector.release())
        self._flush_timer.stop()

    def _hold(self, watched: QObject, event: QKeyEvent, text: str) -> bool:
        key = int(event.key())
        now = self._clock()
        held = _HeldKey(
            target=watched,
            key=key,
            modifiers=event.modifiers(),
            native_scan_code=event.nativeScanCode(),
            native_virtual_key=event.nativeVirtualKey(),
            native_modifiers=event.nativeModifiers(),
            text=event.text(),
        )
        self._pending_releases[_release_id(event)] += 1
        self._deliver(self._detector.feed(text, now, held))
        self._arm(now)
        event.accept()
        return True

    def _wedge_text(self, event: QKeyEvent) -> str | None:
        """The text the detector should see for this press, or None to pass it through."""
        if event.modifiers() & _SHORTCUT_MODIFIERS:
            return None
        terminator = _TERMINATOR_TEXT.get(int(event.key()))
        if terminator is not None:
            return terminator if terminator in self._detector.settings.terminators else None
        text = event.text()
        return text if text and text.isprintable() else None

    def _swallow_release(self, event: QKeyEvent) -> bool:
        if event.isAutoRepeat():
            return False
        rid = _release_id(event)
        if self._pending_releases[rid] <= 0:
            return False
        self._pending_releases[rid] -= 1
        if self._pending_releases[rid] == 0:
            del self._pending_releases[rid]
        event.accept()
        return True

    # --- delivery -------------------------------------------------------------------------

    def _arm(self, now: float) -> None:
        deadline = self._detector.next_deadline_ms()
        if deadline is None:
            self._flush_timer.stop()
            return
        # flush_due() releases strictly after the deadline, hence the extra millisecond.
        self._flush_timer.start(max(0, math.ceil(deadline - now)) + 1)

    def _deliver(self, outputs: Iterable[WedgeOutput[_HeldKey]]) -> None:
        for output in outputs:
            if isinstance(output, Scan):
                self._pending_scans.append(output.code)
                self._emit_timer.start()
            elif isinstance(output, Replay):
                for key in output.keys:
                    self._replay(key.payload)

    def _replay(self, held: _HeldKey) -> None:
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            if not _alive(held.target):
                return  # typed into a widget that has gone since: nowhere to deliver
            replayed = QKeyEvent(
                etype,
                held.key,
                held.modifiers,
                held.native_scan_code,
                held.native_virtual_key,
                held.native_modifiers,
                held.text,
            )
            self._replaying.append(replayed)
            try:
                QApplication.sendEvent(held.target, replayed)
            finally:
                self._replaying.pop()

    def _emit_scans(self) -> None:
        while self._pending_scans:
            self.scanned.emit(self._pending_scans.popleft())
