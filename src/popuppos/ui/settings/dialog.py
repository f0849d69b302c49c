"""The Settings dialog: a page list on the left, the page on the right, Save at the bottom.

Built-in pages: Shop, Manager PIN, Shop hub, Customer display, Scanner, Kiosk mode. The
app adds others with :meth:`SettingsDialog.add_page` (the printer and backups pages keep
their own saving). The settings are read on a worker when the dialog opens; "Save
changes" saves every changed value of Shop, Customer display, Scanner and Kiosk mode in
one transaction on a worker (``services.settings_pages.save_settings_pages``): refused,
nothing is saved and the sentence says why; saved, ``ctx.settings`` and
``ctx.events.settings_changed`` follow, and new scanner timings go to the app's scanner
at once. The PIN and the hub have their own buttons. Closing with unsaved changes asks
once (press Close again to leave them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from popuppos.scanning.wedge import WedgeSettings
from popuppos.services.settings_pages import (
    SettingsChanges,
    SettingsSnapshot,
    read_settings,
    save_settings_pages,
)
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.common import Notice
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QCloseEvent,
    QDialog,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import label, make_button
from popuppos.ui.settings.display_page import DisplayPage
from popuppos.ui.settings.hub_page import HubPage
from popuppos.ui.settings.kiosk_page import KioskPage
from popuppos.ui.settings.page_base import FormPage, SettingsPage
from popuppos.ui.settings.pin_page import PinPage
from popuppos.ui.settings.scanner_page import ScannerPage
from popuppos.ui.settings.shop_page import ShopPage
from popuppos.ui.sync_status import SyncBridge
from popuppos.ui.theme import colour, follow_theme
from popuppos.ui.wedge_filter import WedgeScannerFilter, monotonic_ms

LIST_WIDTH = 230
PAGE_WIDTH = 820  # the built-in forms' widest


def side_qss() -> str:
    """The page list's panel: the theme's card colour with a hairline on its right."""
    card, hairline = colour("surface"), colour("hairline")
    return f"QFrame#SettingsSide {{ background: {card}; border-right: 1px solid {hairline}; }}"


def list_qss() -> str:
    """The page list: tall rows, the chosen one a soft teal pill (the theme's colours)."""
    chosen, text, hover = colour("accent-soft"), colour("text-strong"), colour("quiet-hover")
    return f"""
QListWidget#SettingsPages {{ border: none; background: transparent; outline: 0; }}
QListWidget#SettingsPages::item {{
    min-height: 46px; padding: 0px 14px; border-radius: 10px; margin: 1px 0px;
}}
QListWidget#SettingsPages::item:hover {{ background: {hover}; }}
QListWidget#SettingsPages::item:selected {{
    background: {chosen}; color: {text}; font-weight: 700;
}}
"""


# The titles of the pages other modules add (main_window.py), translated by add_page.
ADDED_PAGES = (
    QT_TRANSLATE_NOOP("settings/dialog", "Receipt printer"),
    QT_TRANSLATE_NOOP("settings/dialog", "Backups and data"),
    QT_TRANSLATE_NOOP("settings/dialog", "Appearance"),
)


class SettingsDialog(QDialog):
    loaded_signal = Signal(object)  # SettingsSnapshot, after each (re)load
    saved = Signal(object)  # SettingsSnapshot, after "Save changes"
    scanner_changed = Signal(object)  # WedgeSettings, when the scanner's timing was saved

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        scanner: WedgeScannerFilter | None = None,
        sync_bridge: SyncBridge | None = None,
        now: Callable[[], datetime] = utcnow,
        scan_clock: Callable[[], float] = monotonic_ms,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Settings")
        self.setWindowTitle(translate("settings/dialog", "Settings"))
        self.setMinimumSize(900, 620)
        self.ctx = ctx
        self.scanner = scanner
        self.now = now
        self.snapshot: SettingsSnapshot | None = None
        self.loaded = False
        self.busy = False
        self._close_warned = False

        self.shop_page = ShopPage()
        self.pin_page = PinPage(ctx.db, actor=ctx.cashier or "Manager")
        self.hub_page = HubPage(ctx, sync_bridge)
        self.display_page = DisplayPage()
        self.scanner_page = ScannerPage(app_scanner=scanner, clock=scan_clock)
        self.kiosk_page = KioskPage()
        self.form_pages: list[FormPage] = [
            self.shop_page,
            self.display_page,
            self.scanner_page,
            self.kiosk_page,
        ]

        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        side = QFrame()
        side.setObjectName("SettingsSide")
        follow_theme(side, lambda: side.setStyleSheet(side_qss()))
        side.setFixedWidth(LIST_WIDTH)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(14, 22, 14, 14)
        side_column.setSpacing(12)
        title = label(translate("settings/dialog", "Settings"), "ShopName")
        title.setStyleSheet("font-size: 22px; font-weight: 800; padding-left: 14px;")
        side_column.addWidget(title)
        self.pages = QListWidget()
        self.pages.setObjectName("SettingsPages")
        pages = self.pages
        follow_theme(pages, lambda: pages.setStyleSheet(list_qss()))
        self.pages.setAccessibleName(translate("settings/dialog", "Settings pages"))
        side_column.addWidget(self.pages, 1)
        body.addWidget(side)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        right.addWidget(self._build_footer())
        body.addLayout(right, 1)
        root.addLayout(body, 1)

        built_in: tuple[tuple[str, QWidget], ...] = (
            (QT_TRANSLATE_NOOP("settings/dialog", "Shop"), self.shop_page),
            (QT_TRANSLATE_NOOP("settings/dialog", "Manager PIN"), self.pin_page),
            (QT_TRANSLATE_NOOP("settings/dialog", "Shop hub"), self.hub_page),
            (QT_TRANSLATE_NOOP("settings/dialog", "Customer display"), self.display_page),
            (QT_TRANSLATE_NOOP("settings/dialog", "Scanner"), self.scanner_page),
            (QT_TRANSLATE_NOOP("settings/dialog", "Kiosk mode"), self.kiosk_page),
        )
        for title_text, widget in built_in:
            self.add_page(title_text, widget, max_width=PAGE_WIDTH)
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages.setCurrentRow(0)
        for page in self.form_pages:
            page.edited.connect(self._edited)
        self.pin_page.pin_saved.connect(lambda: self.kiosk_page.set_has_pin(True))
        self._set_enabled(False)
        self.notice.show_message(translate("settings/dialog", "Loading the settings…"), "info")
        self.reload()
        self.resize(1180, 780)

    def _build_footer(self) -> QFrame:
        footer = QFrame()
        footer.setObjectName("SettingsFooter")
        follow_theme(
            footer,
            lambda: footer.setStyleSheet(
                f"QFrame#SettingsFooter {{ border-top: 1px solid {colour('hairline')}; }}"
            ),
        )
        row = QHBoxLayout(footer)
        row.setContentsMargins(32, 12, 32, 18)
        row.setSpacing(12)
        self.notice = Notice()
        row.addWidget(self.notice, 1)
        row.addStretch(0)
        self.close_button = make_button(
            translate("settings/dialog", "Close"), role="quiet", large=True
        )
        self.close_button.setMinimumWidth(120)
        self.save_button = make_button(
            translate("settings/dialog", "Save changes"), role="primary", large=True
        )
        self.save_button.setMinimumWidth(200)
        for b in (self.close_button, self.save_button):
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row.addWidget(self.close_button)
        row.addWidget(self.save_button)
        self.close_button.clicked.connect(self.close_or_warn)
        self.save_button.clicked.connect(self.save)
        return footer

    # -- pages ------------------------------------------------------------------------------
    def add_page(self, title: str, widget: QWidget, *, max_width: int | None = None) -> None:
        """Add a page (scrolls when taller than the dialog) under ``title`` in the list;
        ``max_width`` keeps a form from stretching across a wide dialog."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setObjectName("SettingsPageScroll")
        scroll.setStyleSheet(
            "QScrollArea#SettingsPageScroll, QScrollArea#SettingsPageScroll > QWidget > QWidget"
            " { background: transparent; }"
        )
        holder = QWidget()
        holder_row = QHBoxLayout(holder)
        holder_row.setContentsMargins(36, 28, 36, 20)
        if max_width is not None:
            widget.setMaximumWidth(max_width)
        holder_row.addWidget(widget, 1)
        holder_row.addStretch(0)
        scroll.setWidget(holder)
        self.stack.addWidget(scroll)
        item = QListWidgetItem(translate("settings/dialog", title))
        item.setData(Qt.ItemDataRole.UserRole, title)  # the English name show_page finds it by
        self.pages.addItem(item)

    def show_page(self, title: str) -> QWidget:
        """Show the page called ``title``; returns its widget (KeyError if there is none)."""
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if title in (item.text(), item.data(Qt.ItemDataRole.UserRole)):
                self.pages.setCurrentRow(row)
                return self.page_widget(row)
        raise KeyError(title)

    def row_of(self, page: QWidget) -> int:
        return next(r for r in range(self.stack.count()) if self.page_widget(r) is page)

    def page_widget(self, row: int) -> QWidget:
        scroll = self.stack.widget(row)
        assert isinstance(scroll, QScrollArea)
        holder = scroll.widget()
        layout = holder.layout() if holder is not None else None
        item = layout.itemAt(0) if layout is not None else None
        widget = item.widget() if item is not None else None
        assert widget is not None
        return widget

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        db, now = self.ctx.db, self.now()
        run_operation(
            self,
            lambda: read_settings(db, now),
            on_success=self._loaded,
            on_failure=lambda exc: self.notice.show_message(message_for(exc), "danger"),
        )

    def _loaded(self, snap: SettingsSnapshot) -> None:
        self.snapshot = snap
        for row in range(self.stack.count()):
            page = self.page_widget(row)
            if isinstance(page, SettingsPage):
                page.load(snap)
        self.loaded = True
        self._set_enabled(True)
        if self.notice.tone == "info":
            self.notice.clear_message()
        self._edited()
        self.loaded_signal.emit(snap)

    def _set_enabled(self, enabled: bool) -> None:
        for page in self.form_pages:
            page.setEnabled(enabled)

    # -- saving -------------------------------------------------------------------------------
    def changes(self) -> SettingsChanges:
        shop: dict[str, object] = {}
        scanner = kiosk = None
        for page in self.form_pages:
            c = page.changes()
            shop.update(c.shop)
            scanner = c.scanner or scanner
            kiosk = c.kiosk or kiosk
        return SettingsChanges(shop=shop, scanner=scanner, kiosk=kiosk)

    def has_changes(self) -> bool:
        return self.loaded and any(page.dirty() for page in self.form_pages)

    def _edited(self) -> None:
        self._close_warned = False
        self.save_button.setEnabled(self.loaded and not self.busy and self.has_changes())
        if self.notice.tone == "success":
            self.notice.clear_message()

    def save(self) -> None:
        if self.busy or not self.loaded:
            return
        for page in self.form_pages:
            problem = page.problem()
            if problem:
                self.pages.setCurrentRow(self.row_of(page))
                self.notice.show_message(problem, "warning")
                return
        changes = self.changes()
        if changes.empty:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.save_button.setText(translate("settings/dialog", "Saving…"))
        db, now = self.ctx.db, self.now()
        run_operation(
            self,
            lambda: save_settings_pages(db, changes, now),
            on_success=lambda snap: self._saved(snap, changes),
            on_failure=self._save_failed,
        )

    def _saved(self, snap: SettingsSnapshot, changes: SettingsChanges) -> None:
        self.busy = False
        self.save_button.setText(translate("settings/dialog", "Save changes"))
        self._loaded(snap)
        self.ctx.settings = snap.shop
        if changes.shop:
            self.ctx.events.settings_changed.emit(snap.shop)
        if changes.scanner is not None:
            wedge: WedgeSettings = snap.scanner.wedge()
            if self.scanner is not None:
                self.scanner.settings = wedge
            self.scanner_changed.emit(wedge)
        self.notice.show_message(translate("settings/dialog", "Saved."), "success")
        self.saved.emit(snap)

    def _save_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_button.setText(translate("settings/dialog", "Save changes"))
        self._edited()
        self.notice.show_message(
            translate("settings/dialog", "Not saved: {exc}").format(exc=message_for(exc)), "danger"
        )

    # -- scans and closing ----------------------------------------------------------------------
    def handle_scan(self, code: str) -> None:
        """The app's scanner routes scans to the open dialog: the Scanner page reports
        them; elsewhere a scan does nothing here (and adds nothing to the sale behind)."""
        if self.stack.currentIndex() == self.row_of(self.scanner_page):
            self.scanner_page.handle_scan(code)

    def close_or_warn(self) -> None:
        if self.busy:
            return
        if self.has_changes() and not self._close_warned:
            self._close_warned = True
            self.notice.show_message(
                translate(
                    "settings/dialog",
                    "You have changes that are not saved: Save changes, or Close "
                    "again to leave them.",
                ),
                "warning",
            )
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.close_or_warn()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy or (self.has_changes() and not self._close_warned):
            event.ignore()
            self.close_or_warn()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.busy:
            return  # saving: its answer must reach the host
        self.scanner_page.stop_testing()
        super().done(result)
