"""The application-wide scanner filter, driven with real widgets.

Most tests use a fake clock so the timing of every key is exact; the filter's flush is then
triggered by hand (``flush_due``) or by its real timer. Two tests run on the real clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from popuppos.scanning.wedge import WedgeSettings
from popuppos.ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QKeyEvent,
    QKeySequence,
    QLineEdit,
    QPlainTextEdit,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.wedge_filter import WedgeScannerFilter

CODE = "4006381333931"  # an EAN-13
SCANNER_GAP = 4.0  # ms between a scanner's keys
HUMAN_GAP = 150.0  # ms between a person's keys


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms


class RecordingLineEdit(QLineEdit):
    """A QLineEdit that also notes every key press and release it receives."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[str, str]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(("press", event.text()))
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.keys.append(("release", event.text()))
        super().keyReleaseEvent(event)


@dataclass
class Form:
    window: QWidget
    layout: QVBoxLayout
    edit: RecordingLineEdit
    other: QLineEdit
    returns: list[str]  # edit's text at each returnPressed


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    window = QWidget()
    layout = QVBoxLayout(window)
    edit = RecordingLineEdit()
    other = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    returns: list[str] = []
    edit.returnPressed.connect(lambda: returns.append(edit.text()))
    return Form(window, layout, edit, other, returns)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def scanner(qtbot: QtBot, clock: FakeClock) -> Iterator[WedgeScannerFilter]:
    scanner = WedgeScannerFilter(clock=clock)
    scanner.install()
    yield scanner
    scanner.uninstall()


@pytest.fixture
def scans(scanner: WedgeScannerFilter) -> list[str]:
    seen: list[str] = []
    scanner.scanned.connect(seen.append)
    return seen


def type_keys(qtbot: QtBot, target: object, keys: str, clock: FakeClock, gap_ms: float) -> None:
    """Click each key on ``target`` (a widget or a QWindow), ``gap_ms`` apart on ``clock``.

    "\\r" stands for the Return key.
    """
    for i, char in enumerate(keys):
        if i:
            clock.advance(gap_ms)
        if char == "\r":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        else:
            qtbot.keyClick(target, char)


def settle(qtbot: QtBot) -> None:
    """Let queued events (a deferred ``scanned``) run; time is not the input here."""
    qtbot.wait(0)
    QApplication.processEvents()


# --- scans ----------------------------------------------------------------------------------


def test_fast_burst_is_a_scan_and_types_nothing(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
        type_keys(qtbot, form.edit, CODE + "\r", clock, SCANNER_GAP)
    assert blocker.args == [CODE]
    assert form.edit.text() == ""
    assert form.edit.keys == []  # not a single press or release reached it
    assert form.returns == []


def test_scan_through_the_window_lands_nowhere_whatever_has_focus(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    """The realistic path: the key goes to the QWindow, then to the focused widget."""
    notes = QPlainTextEdit()
    form.layout.addWidget(notes)
    notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes)
    handle = form.window.windowHandle()
    with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
        type_keys(qtbot, handle, "ABC-123" + "\r", clock, SCANNER_GAP)
    assert blocker.args == ["ABC-123"]
    assert notes.toPlainText() == ""
    # and typing there by hand still works, after the gap
    type_keys(qtbot, handle, "hi", clock, HUMAN_GAP)
    clock.advance(HUMAN_GAP)
    scanner.flush_due()
    assert notes.toPlainText() == "hi"


def test_shift_inside_a_burst_does_not_break_it(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
        for char in "Ab1Z":
            if char.isupper():
                qtbot.keyPress(form.edit, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
                qtbot.keyClick(form.edit, char, Qt.KeyboardModifier.ShiftModifier)
                qtbot.keyRelease(form.edit, Qt.Key.Key_Shift)
            else:
                qtbot.keyClick(form.edit, char)
            clock.advance(SCANNER_GAP)
        qtbot.keyClick(form.edit, Qt.Key.Key_Return)
    assert blocker.args == ["Ab1Z"]
    assert form.edit.text() == ""


def test_keypad_enter_ends_a_scan_too(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    type_keys(qtbot, form.edit, "9876", clock, SCANNER_GAP)
    with qtbot.waitSignal(scanner.scanned, timeout=1000) as blocker:
        qtbot.keyClick(form.edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args == ["9876"]


def test_tab_suffix_scanner_when_configured(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock, scans: list[str]
) -> None:
    scanner.settings = WedgeSettings(terminators=frozenset({"\r", "\t"}))
    type_keys(qtbot, form.edit, "5555", clock, SCANNER_GAP)
    qtbot.keyClick(form.edit, Qt.Key.Key_Tab)
    settle(qtbot)
    assert scans == ["5555"]
    assert form.edit.hasFocus()  # the Tab did not move focus away


def test_scanned_is_emitted_after_the_key_dispatch_not_inside_it(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock, scans: list[str]
) -> None:
    type_keys(qtbot, form.edit, CODE + "\r", clock, SCANNER_GAP)
    assert scans == []  # queued ...
    settle(qtbot)
    assert scans == [CODE]  # ... and delivered by the event loop, once


# --- typing ---------------------------------------------------------------------------------


def test_slow_typing_lands_in_the_field_in_order(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock, scans: list[str]
) -> None:
    type_keys(qtbot, form.edit, "1234", clock, HUMAN_GAP)
    # each key was released by the next one's late arrival; the last waits for its gap
    assert form.edit.text() == "123"
    clock.advance(HUMAN_GAP)
    scanner.flush_due()
    assert form.edit.text() == "1234"
    clock.advance(HUMAN_GAP)
    qtbot.keyClick(form.edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert form.returns == ["1234"]
    assert scans == []
    # every key reached the field exactly once: one press and one release each
    assert form.edit.keys == [(kind, c) for c in "1234\r" for kind in ("press", "release")]


def test_the_filter_timer_releases_a_held_key(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    qtbot.keyClick(form.edit, "x")
    assert form.edit.text() == ""  # held back while undecided
    clock.advance(HUMAN_GAP)
    qtbot.waitUntil(lambda: form.edit.text() == "x", timeout=1000)


def test_enter_alone_still_works(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock, scans: list[str]
) -> None:
    form.edit.setText("hello")
    qtbot.keyClick(form.edit, Qt.Key.Key_Return)
    assert form.returns == ["hello"]  # at once, no waiting for a gap
    settle(qtbot)
    assert scans == []
    assert form.edit.text() == "hello"


def test_short_fast_burst_with_enter_is_typing(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock, scans: list[str]
) -> None:
    type_keys(qtbot, form.edit, "42\r", clock, SCANNER_GAP)
    assert form.edit.text() == "42"
    assert form.returns == ["42"]  # the Enter came after its keys
    settle(qtbot)
    assert scans == []


def test_enter_in_a_dialog_still_presses_the_default_button(
    qtbot: QtBot, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    name = QLineEdit()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(name)
    layout.addWidget(buttons)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_keys(qtbot, name, "Jo", clock, HUMAN_GAP)
    clock.advance(HUMAN_GAP)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert name.text() == "Jo"


def test_keys_go_back_to_the_widget_they_were_typed_into(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    qtbot.keyClick(form.edit, "a")
    clock.advance(1)
    qtbot.keyClick(form.other, "b")
    clock.advance(HUMAN_GAP)
    scanner.flush_due()
    assert (form.edit.text(), form.other.text()) == ("a", "b")


def test_a_key_for_a_deleted_widget_is_dropped(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    doomed = QLineEdit(form.window)
    qtbot.keyClick(doomed, "z")
    doomed.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    clock.advance(1)
    qtbot.keyClick(form.edit, "y")
    clock.advance(HUMAN_GAP)
    scanner.flush_due()  # must not raise
    assert form.edit.text() == "y"


# --- keys that pass straight through ---------------------------------------------------------


def test_ctrl_shortcuts_pass_through_after_held_keys(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    type_keys(qtbot, form.edit, "xy", clock, SCANNER_GAP)
    assert form.edit.text() == ""  # held back
    qtbot.keyClick(form.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    # the held keys were delivered first, then Ctrl+A selected them
    assert form.edit.text() == "xy"
    assert form.edit.selectedText() == "xy"


def test_window_shortcut_runs_after_held_keys_land(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    seen: list[str] = []
    shortcut = QShortcut(QKeySequence("Ctrl+S"), form.window)
    shortcut.activated.connect(lambda: seen.append(form.edit.text()))
    type_keys(qtbot, form.edit, "12", clock, SCANNER_GAP)
    qtbot.keyClick(form.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["12"]


def test_backspace_keeps_its_place_in_the_order(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    type_keys(qtbot, form.edit, "ab", clock, SCANNER_GAP)
    qtbot.keyClick(form.edit, Qt.Key.Key_Backspace)
    assert form.edit.text() == "a"


def test_autorepeat_passes_through(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    for _ in range(3):
        repeat = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Z, Qt.KeyboardModifier.NoModifier, "z", True
        )
        QApplication.sendEvent(form.edit, repeat)
    assert form.edit.text() == "zzz"  # at once


def test_disabled_filter_holds_nothing_back(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock, scans: list[str]
) -> None:
    type_keys(qtbot, form.edit, "77", clock, SCANNER_GAP)
    scanner.setEnabled(False)
    assert not scanner.isEnabled()
    assert form.edit.text() == "77"  # held keys delivered on the way out
    type_keys(qtbot, form.edit, "1234\r", clock, SCANNER_GAP)
    assert form.edit.text() == "771234"
    assert form.returns == ["771234"]
    settle(qtbot)
    assert scans == []
    scanner.setEnabled(True)
    type_keys(qtbot, form.edit, "5678\r", clock, SCANNER_GAP)
    settle(qtbot)
    assert scans == ["5678"]


def test_new_settings_apply_to_the_next_burst(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock, scans: list[str]
) -> None:
    type_keys(qtbot, form.edit, "12\r", clock, SCANNER_GAP)
    settle(qtbot)
    assert scans == []
    scanner.settings = WedgeSettings(min_length=2, max_gap_ms=80)
    assert scanner.settings.max_gap_ms == 80
    clock.advance(HUMAN_GAP)
    type_keys(qtbot, form.edit, "34\r", clock, 60)
    settle(qtbot)
    assert scans == ["34"]
    assert form.edit.text() == "12"


def test_uninstalled_filter_sees_nothing(
    qtbot: QtBot, form: Form, scanner: WedgeScannerFilter, clock: FakeClock
) -> None:
    scanner.uninstall()
    qtbot.keyClick(form.edit, "q")
    assert form.edit.text() == "q"


# --- real time ------------------------------------------------------------------------------


@pytest.fixture
def real_scanner(qtbot: QtBot) -> Iterator[WedgeScannerFilter]:
    scanner = WedgeScannerFilter()
    scanner.install()
    yield scanner
    scanner.uninstall()


def test_real_time_scanner_burst(
    qtbot: QtBot, form: Form, real_scanner: WedgeScannerFilter
) -> None:
    with qtbot.waitSignal(real_scanner.scanned, timeout=1000) as blocker:
        qtbot.keyClicks(form.edit, CODE)
        qtbot.keyClick(form.edit, Qt.Key.Key_Return)
    assert blocker.args == [CODE]
    assert form.edit.text() == ""
    assert form.returns == []


def test_real_time_typing(qtbot: QtBot, form: Form, real_scanner: WedgeScannerFilter) -> None:
    scans: list[str] = []
    real_scanner.scanned.connect(scans.append)
    for char in "1234":
        qtbot.keyClick(form.edit, char)
        qtbot.wait(60)  # a person's pace: time is the input here
    qtbot.waitUntil(lambda: form.edit.text() == "1234", timeout=1000)
    qtbot.keyClick(form.edit, Qt.Key.Key_Return)
    assert form.returns == ["1234"]
    settle(qtbot)
    assert scans == []
