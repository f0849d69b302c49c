"""Settings → Scanner: the keyboard-wedge scanner's timing, and a field to test it.

A USB scanner "types" its code fast and ends with Enter; ``scanning/wedge.py`` tells that
from a person typing by the pause between keys and the code's length. The two numbers
here are that pause and that length (``services.scanner_settings``, read when the app
starts, applied at once after "Save changes").

The test: while this page is shown it runs its own scanner filter with the values on the
page (saved or not) and pauses the app's, so a scan here lands nowhere else. A burst that
ends in Enter says "Recognised as a scan", with the longest pause measured between its
keys; anything typed into the field and ended with Enter says why it was not a scan.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from popuppos.services.scanner_settings import (
    GAP_MAX_MS,
    GAP_MIN_MS,
    LENGTH_MAX,
    LENGTH_MIN,
    ScannerSettings,
)
from popuppos.services.settings_pages import SettingsChanges, SettingsSnapshot
from popuppos.ui.backoffice.common import Notice
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QApplication,
    QEvent,
    QHideEvent,
    QKeyEvent,
    QLineEdit,
    QObject,
    QShowEvent,
    Qt,
)
from popuppos.ui.sell.widgets import label
from popuppos.ui.settings.fields import Stepper, SwitchCard, field_caption, form_card
from popuppos.ui.settings.page_base import FormPage
from popuppos.ui.wedge_filter import WedgeScannerFilter, monotonic_ms

_ENDS = frozenset({int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter), int(Qt.Key.Key_Tab)})


class KeyTimes(QObject):
    """Notes when each real key press arrived (replayed keys are not spontaneous)."""

    def __init__(self, clock: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.times: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.spontaneous()
            and watched.isWidgetType()
            and not event.isAutoRepeat()
            and ((event.text().isprintable() and event.text()) or int(event.key()) in _ENDS)
        ):
            self.times.append(self.clock())
        return False

    def longest_gap(self, last: int | None = None) -> float:
        times = self.times[-last:] if last else self.times
        return max((b - a for a, b in pairwise(times)), default=0.0)


class ScannerPage(FormPage):
    def __init__(
        self,
        *,
        app_scanner: WedgeScannerFilter | None = None,
        clock: Callable[[], float] = monotonic_ms,
    ) -> None:
        super().__init__(
            translate("settings/scanner_page", "Scanner"),
            translate(
                "settings/scanner_page",
                "A USB barcode scanner types its code fast and ends it with "
                "Enter. PopupPOS tells a scan from typing by the pause between "
                "keys; change these only if scans end up as text, or typing is "
                "taken for a scan.",
            ),
        )
        self.loaded: ScannerSettings | None = None
        self.app_scanner = app_scanner
        self._paused_app_scanner = False
        self.last_result = ""

        card, box = form_card()
        box.addWidget(
            field_caption(
                translate("settings/scanner_page", "Longest pause between a scanner's keys")
            )
        )
        self.gap = Stepper(
            GAP_MIN_MS,
            GAP_MAX_MS,
            5,
            "ms",
            translate("settings/scanner_page", "Longest pause between keys"),
        )
        box.addWidget(self.gap)
        box.addWidget(
            label(
                translate(
                    "settings/scanner_page",
                    "Most USB scanners send keys 1 to 20 ms apart; a Bluetooth one "
                    "can be slower. People type 80 ms or more apart.",
                ),
                "Muted",
                wrap=True,
            )
        )
        box.addSpacing(6)
        box.addWidget(field_caption(translate("settings/scanner_page", "Shortest code")))
        self.length = Stepper(
            LENGTH_MIN,
            LENGTH_MAX,
            1,
            translate("settings/scanner_page", "characters"),
            translate("settings/scanner_page", "Shortest code"),
        )
        box.addWidget(self.length)
        self.column.addWidget(card)
        self.tab = SwitchCard(
            translate("settings/scanner_page", "The scanner ends a code with Tab"),
            translate(
                "settings/scanner_page",
                "Only for a scanner set up to send Tab after each code instead of Enter.",
            ),
            translate("settings/scanner_page", "Tab too"),
        )
        self.column.addWidget(self.tab)

        card, box = form_card(translate("settings/scanner_page", "Test scan"))
        box.addWidget(
            label(
                translate(
                    "settings/scanner_page",
                    "Scan any barcode now (the field may stay empty: a scan is "
                    "taken, not typed), or type here and press Enter to see the "
                    "difference.",
                ),
                "Muted",
                wrap=True,
            )
        )
        self.test_field = QLineEdit()
        self.test_field.setAccessibleName(translate("settings/scanner_page", "Test scan"))
        self.test_field.setPlaceholderText(translate("settings/scanner_page", "Scan or type here"))
        self.test_field.setMinimumHeight(52)
        self.test_field.setStyleSheet("font-size: 18px;")
        box.addWidget(self.test_field)
        self.result = Notice()
        box.addWidget(self.result)
        self.column.addWidget(card)
        self.finish()

        self.tester = WedgeScannerFilter(self.current().wedge(), self, clock=clock)
        self.tester.scanned.connect(self._scanned)
        self.key_times = KeyTimes(clock, self)
        self.test_field.returnPressed.connect(self._typed)
        self.gap.changed.connect(self._timing_changed)
        self.length.changed.connect(self._timing_changed)
        self.tab.switch.toggled.connect(self._timing_changed)

    # -- the form -----------------------------------------------------------------------------
    def current(self) -> ScannerSettings:
        return ScannerSettings(
            max_gap_ms=self.gap.value(),
            min_length=self.length.value(),
            tab_ends_scan=self.tab.switch.isChecked(),
        )

    def load(self, snap: SettingsSnapshot) -> None:
        self.loaded = snap.scanner
        self.blockSignals(True)
        self.gap.set_value(snap.scanner.max_gap_ms)
        self.length.set_value(snap.scanner.min_length)
        self.tab.switch.setChecked(snap.scanner.tab_ends_scan)
        self.blockSignals(False)
        self.tester.settings = self.current().wedge()

    def changes(self) -> SettingsChanges:
        if self.loaded is None or self.current() == self.loaded:
            return SettingsChanges()
        return SettingsChanges(scanner=self.current())

    def _timing_changed(self) -> None:
        self.tester.settings = self.current().wedge()
        self.edited.emit()

    # -- the test -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.app_scanner is not None and self.app_scanner.isEnabled():
            self.app_scanner.setEnabled(False)  # one filter at a time decides
            self._paused_app_scanner = True
        self.tester.install()
        self.key_times.times.clear()
        app = QApplication.instance()
        if app is not None:  # installed after the tester: it sees each key first
            app.installEventFilter(self.key_times)

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_testing()
        super().hideEvent(event)

    def stop_testing(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.key_times)
        self.tester.uninstall()
        if self._paused_app_scanner and self.app_scanner is not None:
            self.app_scanner.setEnabled(True)
            self._paused_app_scanner = False

    def _scanned(self, code: str) -> None:
        gap = self.key_times.longest_gap(len(code) + 1)
        self.key_times.times.clear()
        self.show_result(
            translate(
                "settings/scanner_page",
                "✓ Recognised as a scan: {code} ({length} characters, keys at "
                "most {gap:.0f} ms apart).",
            ).format(code=code, length=len(code), gap=gap),
            "success",
        )

    def _typed(self) -> None:
        text = self.test_field.text()
        gap = self.key_times.longest_gap()
        self.key_times.times.clear()
        self.test_field.clear()
        if not text:
            return
        s = self.current()
        if gap > s.max_gap_ms:
            why = translate(
                "settings/scanner_page",
                "its keys came up to {gap:.0f} ms apart, and a scan's come at "
                "most {max_gap_ms} ms apart. Typed by hand, that is right; from "
                "the scanner, raise the longest pause.",
            ).format(gap=gap, max_gap_ms=s.max_gap_ms)
        elif len(text) < s.min_length:
            why = translate(
                "settings/scanner_page",
                "it is shorter than {min_length} characters, the shortest code.",
            ).format(min_length=s.min_length)
        else:
            why = translate(
                "settings/scanner_page", "it did not arrive as one fast burst ending in Enter."
            )
        self.show_result(
            translate(
                "settings/scanner_page", "✕ Not a scan: “{text}” was typed, because {why}"
            ).format(text=text, why=why),
            "warning",
        )

    def show_result(self, text: str, tone: str) -> None:
        self.last_result = text
        self.result.show_message(text, tone)

    def handle_scan(self, code: str) -> None:
        """A scan the app's own filter caught (the page was not shown yet): report it."""
        self._scanned(code)
