"""The main window: it only assembles screens (top bar, sell screen, back-office dialogs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from popuppos.services.shifts import ShiftInfo, current_shift
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QAction,
    QApplication,
    QEventLoop,
    QKeySequence,
    QMainWindow,
    QMenu,
    QShortcut,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.theme import follow_theme
from popuppos.ui.top_bar import TopBar, themed_icon
from popuppos.ui.wedge_filter import WedgeScannerFilter

if TYPE_CHECKING:  # built on first visit, so start-up does not import them
    from popuppos.ui.calendar.calendar_screen import CalendarScreen
    from popuppos.ui.calendar.checkin_screen import CheckInScreen


def window_title(shop_name: str) -> str:
    """The shop's name and the product's (names: not translated)."""
    return shop_name + " — PopupPOS"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.shift: ShiftInfo | None = None
        self.setWindowTitle(window_title(ctx.settings.shop_name))
        self.setMinimumSize(1024, 700)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.top_bar = TopBar(ctx)
        column.addWidget(self.top_bar)
        self.column = column  # the top bar's place (a new language replaces it)
        self.screens = QStackedWidget()
        self.sell_screen = SellScreen(ctx)
        self.screens.addWidget(self.sell_screen)
        self.calendar_screen: CalendarScreen | None = None  # built on first visit
        self.checkin_screen: CheckInScreen | None = None
        self.kiosk: QWidget | None = None
        self.lazy_screens: dict[str, QWidget] = {}  # drops, live, planner: built on first visit
        self.sync_status: QWidget | None = None  # shown once the window is up
        column.addWidget(self.screens, 1)
        self.setCentralWidget(body)

        # One scanner for the whole app; each scan goes to the screen in front.
        self.scanner = WedgeScannerFilter(parent=self)
        self.scanner.scanned.connect(self.route_scan)
        self.scanner.install()
        self.wire_top_bar()
        QShortcut(QKeySequence("F9"), self, self.open_sales)
        QShortcut(QKeySequence("Ctrl+,"), self, self.open_settings)
        QShortcut(QKeySequence("Ctrl+1"), self, self.show_sell)
        QShortcut(QKeySequence("Ctrl+2"), self, self.show_calendar)
        for key, name in (
            ("Ctrl+3", "drops"),
            ("Ctrl+4", "live"),
            ("Ctrl+5", "planner"),
            ("Ctrl+6", "metrics"),
        ):
            QShortcut(QKeySequence(key), self, lambda n=name: self.show_screen(n))

        ctx.events.shift_changed.connect(self._shift_changed)
        ctx.events.problem.connect(self._problem)
        ctx.events.settings_changed.connect(self._settings_changed)
        self._refresh_shift()
        from popuppos.ui.language_switch import LanguageSwitch

        self.language_switch = LanguageSwitch(self)  # a new shop language, on these screens

    def wire_top_bar(self) -> None:
        """The tabs, the Shop menu and the shift button of ``self.top_bar`` (again when a
        new language builds a new bar)."""
        self.top_bar.sell_nav.clicked.connect(self.show_sell)
        self.top_bar.calendar_nav.clicked.connect(self.show_calendar)
        shop_menu = QMenu(self.top_bar.shop_button)
        items: list[tuple[str | None, str, Callable[[], object]] | None] = [
            ("receipt", translate("main_window", "Sales: reprint, refund, void…"), self.open_sales),
            None,
            ("member", translate("main_window", "Pass tiers…"), self.open_tiers),
            (None, translate("main_window", "A member's passes…"), self.open_member_passes),
            None,
            ("settings", translate("main_window", "Catalog import and export…"), self.open_catalog),
            (None, translate("main_window", "Venue partners and statements…"), self.open_partners),
            None,
            ("receipt", translate("main_window", "Receipt printer…"), self.open_printer),
            (None, translate("main_window", "Connect to the shop hub…"), self.open_pairing),
            (None, translate("main_window", "Backups and data…"), self.open_backups),
            None,
            ("settings", translate("main_window", "Settings…"), self.open_settings),
        ]
        iconed: list[tuple[QAction, str]] = []
        for item in items:
            if item is None:
                shop_menu.addSeparator()
                continue
            name, text, slot = item
            action = shop_menu.addAction(text, slot)
            if name is not None:
                iconed.append((action, name))

        def recolour() -> None:
            for action, name in iconed:
                action.setIcon(themed_icon(name))

        follow_theme(shop_menu, recolour)
        self.top_bar.shop_button.setMenu(shop_menu)
        for nav, name in (
            (self.top_bar.drops_nav, "drops"),
            (self.top_bar.live_nav, "live"),
            (self.top_bar.planner_nav, "planner"),
            (self.top_bar.metrics_nav, "metrics"),
        ):
            nav.clicked.connect(lambda _=False, n=name: self.show_screen(n))
        self.top_bar.shift_button.clicked.connect(self.open_or_close_shift)

    # -- start-up -----------------------------------------------------------------------------
    def start(self) -> None:
        """After the window is shown: ask for the float when no shift is open; then
        (a moment later, off the start-up path) show the hub sync status."""
        from popuppos.ui.backups.auto import start_automatic_backups
        from popuppos.ui.backups.damaged import watch_integrity
        from popuppos.ui.settings.kiosk_start import start_kiosk_if_set

        watch_integrity(self, self.ctx)  # a big file's check at start, still running
        start_kiosk_if_set(self, self.ctx, open_kiosk=self.open_kiosk_for, tell=self._problem)
        run_operation(  # the shift as it is now, not as the window last heard
            self,
            lambda: current_shift(self.ctx.db),
            on_success=self._ask_float_if_closed,
            on_failure=lambda e: self._problem(message_for(e)),
        )
        QTimer.singleShot(300, self.show_sync_status)
        self.auto_backups = start_automatic_backups(self, self.ctx)

    def _ask_float_if_closed(self, shift: object) -> None:
        self._shift_changed(shift)
        if self.shift is None and self.kiosk is None:  # a kiosk at start: the PIN leaves it
            self.open_or_close_shift()

    def show_sync_status(self) -> None:
        """The hub sync status, at the right of the status bar (online, waiting, last sync)."""
        if self.sync_status is not None:
            return
        from popuppos.ui.sync_status import SyncStatusWidget

        self.sync_status = SyncStatusWidget(self.ctx)
        self.statusBar().addPermanentWidget(self.sync_status)

    def sell_screen_ready(self, timeout_ms: int = 10_000) -> bool:
        """Run the event loop until the sell screen shows its catalogue (self-test, benches)."""
        if not self.sell_screen.loaded:
            loop = QEventLoop()
            self.sell_screen.catalog_loaded.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            self.sell_screen.catalog_loaded.disconnect(loop.quit)
        return self.sell_screen.loaded

    # -- screens and scans ----------------------------------------------------------------------
    def route_scan(self, code: str) -> None:
        """A keyboard-wedge scan goes to the kiosk when it is up, else to the screen shown."""
        modal = QApplication.activeModalWidget()
        if modal is not None and callable(getattr(modal, "handle_scan", None)):
            target: object = modal  # a dialog that takes scans (pairing with the hub)
        elif self.kiosk is not None and self.kiosk.isVisible():
            target = self.kiosk
        else:
            target = self.screens.currentWidget()
        handler = getattr(target, "handle_scan", None)
        if callable(handler):
            handler(code)

    def show_sell(self) -> None:
        self.top_bar.sell_nav.setChecked(True)
        self.screens.setCurrentWidget(self.sell_screen)

    def show_calendar(self) -> None:
        if self.calendar_screen is None:
            from popuppos.ui.calendar.calendar_screen import CalendarScreen

            self.calendar_screen = CalendarScreen(self.ctx)
            self.calendar_screen.check_in_requested.connect(self.show_check_in)
            self.screens.addWidget(self.calendar_screen)
        self.top_bar.calendar_nav.setChecked(True)
        self.screens.setCurrentWidget(self.calendar_screen)

    def show_screen(self, name: str) -> QWidget:
        """Show the drops, live, planner or metrics screen (built on first visit)."""
        screen = self.lazy_screens.get(name)
        if screen is None:
            screen = self._build_screen(name)
            self.lazy_screens[name] = screen
            self.screens.addWidget(screen)
        elif hasattr(screen, "refresh"):
            screen.refresh()
        nav = {
            "drops": self.top_bar.drops_nav,
            "live": self.top_bar.live_nav,
            "planner": self.top_bar.planner_nav,
            "metrics": self.top_bar.metrics_nav,
        }[name]
        nav.setChecked(True)
        self.screens.setCurrentWidget(screen)
        return screen

    def _build_screen(self, name: str) -> QWidget:
        if name == "drops":
            from popuppos.ui.drops.drops_screen import DropsScreen

            return DropsScreen(self.ctx)
        if name == "live":
            from popuppos.ui.live.live_screen import LiveScreen

            return LiveScreen(self.ctx)
        if name == "metrics":
            from popuppos.ui.metrics.metrics_screen import MetricsScreen

            return MetricsScreen(self.ctx)
        from popuppos.ui.planner.planner_screen import PlannerScreen

        return PlannerScreen(self.ctx)

    def show_check_in(self, session_id: str) -> None:
        if self.checkin_screen is not None:
            self.screens.removeWidget(self.checkin_screen)
            self.checkin_screen.deleteLater()
        from popuppos.ui.calendar.checkin_screen import CheckInScreen

        screen = CheckInScreen(self.ctx, session_id)
        screen.back_requested.connect(self.show_calendar)
        screen.kiosk_opened.connect(self._kiosk_opened)
        self.checkin_screen = screen
        self.screens.addWidget(screen)
        self.top_bar.calendar_nav.setChecked(True)
        self.screens.setCurrentWidget(screen)

    def _kiosk_opened(self, kiosk: object) -> None:
        if isinstance(kiosk, QWidget):
            self.kiosk = kiosk
            kiosk.destroyed.connect(self._kiosk_closed)

    def _kiosk_closed(self) -> None:
        self.kiosk = None

    def open_pairing(self) -> None:
        """Pair this stall with the shop hub (type the code or scan its QR)."""
        from popuppos.ui.pairing_dialog import open_pairing_dialog

        self.show_sync_status()
        bridge = getattr(self.sync_status, "bridge", None)
        open_pairing_dialog(self, self.ctx, bridge)

    def open_tiers(self) -> None:
        from popuppos.ui.passes.tiers_dialog import TiersDialog

        TiersDialog(self.ctx, self).open()

    def open_member_passes(self) -> None:
        """Pick a member, then show their passes (QR, card, transfer, revoke)."""
        from popuppos.ui.sell.member_picker import MemberPicker

        picker = MemberPicker(self.ctx.db, self)
        picker.chosen.connect(self._member_for_passes)
        picker.open()

    def _member_for_passes(self, member: object) -> None:
        from popuppos.services.members import MemberInfo
        from popuppos.ui.passes.member_passes import MemberPassesDialog

        if isinstance(member, MemberInfo):
            MemberPassesDialog(self.ctx, member.id, self, member_name=member.name).open()

    # -- shift --------------------------------------------------------------------------------
    def _refresh_shift(self) -> None:
        run_operation(
            self,
            lambda: current_shift(self.ctx.db),
            on_success=self._shift_changed,
            on_failure=lambda e: self._problem(message_for(e)),
        )

    def _shift_changed(self, shift: object) -> None:
        self.shift = shift if isinstance(shift, ShiftInfo) else None
        self.ctx.cashier = self.shift.opened_by if self.shift else ""
        self.top_bar.show_shift(self.ctx, self.shift)

    def open_or_close_shift(self) -> None:
        from popuppos.ui.backoffice.shift_dialogs import CloseShiftDialog, OpenShiftDialog

        dialog = (
            OpenShiftDialog(self.ctx, self)
            if self.shift is None
            else CloseShiftDialog(self.ctx, self)
        )
        dialog.open()

    # -- back office --------------------------------------------------------------------------
    def open_sales(self) -> None:
        from popuppos.ui.backoffice.sales_history import SalesHistoryDialog

        SalesHistoryDialog(self.ctx, self).open()

    def open_catalog(self) -> None:
        from popuppos.ui.backoffice.catalog_io_dialog import CatalogImportDialog

        CatalogImportDialog(self.ctx, self).open()

    def open_settings(self) -> None:
        from popuppos.ui.backups.backups_dialog import backups_page
        from popuppos.ui.printing.printer_page import printer_page
        from popuppos.ui.settings.appearance_page import AppearancePage
        from popuppos.ui.settings.dialog import PAGE_WIDTH, SettingsDialog

        self.show_sync_status()
        dialog = SettingsDialog(
            self.ctx,
            self,
            scanner=self.scanner,
            sync_bridge=getattr(self.sync_status, "bridge", None),
        )
        dialog.add_page("Receipt printer", printer_page(self.ctx, dialog))
        dialog.add_page("Backups and data", backups_page(self, self.ctx))
        dialog.add_page("Appearance", AppearancePage(self.ctx), max_width=PAGE_WIDTH)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _settings_changed(self, settings: object) -> None:
        from popuppos.services.shop import ShopSettings

        if isinstance(settings, ShopSettings):
            self.top_bar.shop_name.set_full_text(settings.shop_name)
            self.setWindowTitle(window_title(settings.shop_name))
            self.top_bar.show_shift(self.ctx, self.shift)

    def open_kiosk_for(self, session_id: str) -> None:
        """Kiosk mode at start: the attendee kiosk of ``session_id`` (the PIN leaves it)."""
        self.show_check_in(session_id)
        if self.checkin_screen is not None:
            self.checkin_screen.open_kiosk()

    def open_partners(self) -> None:
        from popuppos.ui.partners import open_venue_partners

        open_venue_partners(self, self.ctx)

    def open_backups(self) -> None:
        from popuppos.ui.backups.backups_dialog import open_backups

        open_backups(self, self.ctx)

    def open_printer(self) -> None:
        from popuppos.ui.printing.printer_dialog import PrinterSettingsDialog

        PrinterSettingsDialog(self.ctx, self).open()

    def _problem(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def closeEvent(self, event: object) -> None:
        self.scanner.uninstall()
        super().closeEvent(event)  # type: ignore[arg-type]
