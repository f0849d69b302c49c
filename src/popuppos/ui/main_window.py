"""The main window: it only assembles screens (top bar, sell screen, back-office dialogs)."""

from __future__ import annotations

from popuppos.resources import resource_path
from popuppos.services.receipts import local_time
from popuppos.services.shifts import ShiftInfo, current_shift
from popuppos.ui.context import AppContext
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QEventLoop,
    QFrame,
    QHBoxLayout,
    QIcon,
    QLabel,
    QMainWindow,
    QPixmap,
    QPushButton,
    QSize,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.wedge_filter import WedgeScannerFilter


def _icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


class TopBar(QFrame):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("TopBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(12)
        logo = QLabel()
        logo.setPixmap(
            QPixmap(str(resource_path("icons", "popuppos-256.png"))).scaled(
                40,
                40,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        row.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.shop_name = QLabel(ctx.settings.shop_name)
        self.shop_name.setObjectName("ShopName")
        self.shift_label = QLabel("")
        self.shift_label.setObjectName("Muted")
        names.addWidget(self.shop_name)
        names.addWidget(self.shift_label)
        row.addLayout(names)
        row.addStretch(1)
        self.sales_button = self._button("Sales", "receipt", "Recent sales: reprint, refund, void")
        self.catalog_button = self._button("Catalog", "settings", "Import or export the catalog")
        self.shift_button = self._button("Open shift", "shift", "Open or close the shift")
        for b in (self.sales_button, self.catalog_button, self.shift_button):
            row.addWidget(b)

    def _button(self, text: str, icon: str, tip: str) -> QPushButton:
        b = QPushButton(_icon(icon), text)
        b.setIconSize(QSize(20, 20))
        b.setToolTip(tip)
        b.setAccessibleName(text)
        b.setProperty("role", "quiet")
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return b

    def show_shift(self, ctx: AppContext, shift: ShiftInfo | None) -> None:
        device = ctx.settings.device_name
        if shift is None:
            self.shift_label.setText(f"{device} · No shift open")
            self.shift_button.setText("Open shift")
        else:
            since = local_time(shift.opened_at).strftime("%H:%M")
            self.shift_label.setText(
                f"{device} · Shift {shift.number} · {shift.opened_by} since {since}"
            )
            self.shift_button.setText("Close shift")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.shift: ShiftInfo | None = None
        self.setWindowTitle(f"{ctx.settings.shop_name} — PopupPOS")
        self.setMinimumSize(1024, 700)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.top_bar = TopBar(ctx)
        column.addWidget(self.top_bar)
        self.sell_screen = SellScreen(ctx)
        column.addWidget(self.sell_screen, 1)
        self.setCentralWidget(body)

        self.scanner = WedgeScannerFilter(parent=self)
        self.scanner.scanned.connect(self.sell_screen.handle_scan)
        self.scanner.install()

        self.top_bar.sales_button.clicked.connect(self.open_sales)
        self.top_bar.catalog_button.clicked.connect(self.open_catalog)
        self.top_bar.shift_button.clicked.connect(self.open_or_close_shift)
        ctx.events.shift_changed.connect(self._shift_changed)
        ctx.events.problem.connect(self._problem)
        self._refresh_shift()

    # -- start-up -----------------------------------------------------------------------------
    def start(self) -> None:
        """After the window is shown: ask for the float when no shift is open."""
        if self.shift is None:
            self.open_or_close_shift()

    def sell_screen_ready(self, timeout_ms: int = 10_000) -> bool:
        """Run the event loop until the sell screen shows its catalogue (self-test, benches)."""
        if not self.sell_screen.loaded:
            loop = QEventLoop()
            self.sell_screen.catalog_loaded.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            self.sell_screen.catalog_loaded.disconnect(loop.quit)
        return self.sell_screen.loaded

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

    def _problem(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def closeEvent(self, event: object) -> None:
        self.scanner.uninstall()
        super().closeEvent(event)  # type: ignore[arg-type]
