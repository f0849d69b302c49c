"""Shop → Receipt printer…: how this stall's thermal printer is reached and what it prints.

The form on the left (``PrinterForm``: connection, paper, characters, logo, QR code,
after-sale choices) and, on the right, the test receipt exactly as the printer will print
it with those choices (the ESC/POS bytes read back into a picture), redrawn as they
change. Test print and Open drawer use the choices as they stand, saved or not; Save
checks and stores them (``services.printer_settings``) on a worker. Every problem is a
sentence in the strip above the buttons; nothing is saved until everything is right.

For the main window's Shop menu, one line::

    shop_menu.addAction("Receipt printer…", lambda: PrinterSettingsDialog(self.ctx, self).open())
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from popuppos.services.errors import ServiceError
from popuppos.services.printer_settings import (
    PrinterSettings,
    get_printer_settings,
    prepare_logo,
    save_printer_settings,
)
from popuppos.ui.backoffice.common import Notice, button, heading, muted
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.printing.preview import ReceiptPreview
from popuppos.ui.printing.printer_form import PrinterForm
from popuppos.ui.qt import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from popuppos.services.printing import PrintResult


class PrinterSettingsDialog(QDialog):
    """The receipt printer's settings, a live preview, Test print and Open drawer."""

    saved = Signal(object)  # PrinterSettings

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrinterSettingsDialog")
        self.setWindowTitle(translate("printing/printer_dialog", "Receipt printer"))
        self.ctx = ctx
        self.last_result: PrintResult | None = None
        self._busy = 0

        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(10)
        outer.addLayout(left, 3)
        left.addWidget(heading(translate("printing/printer_dialog", "Receipt printer")))
        left.addWidget(
            muted(
                translate(
                    "printing/printer_dialog",
                    "Receipts print on this stall's thermal printer after each sale. "
                    "These settings stay on this device.",
                )
            )
        )
        self.form = PrinterForm()
        left.addWidget(self.form)
        left.addStretch(1)
        self.notice = Notice()
        left.addWidget(self.notice)
        foot = QHBoxLayout()
        foot.setSpacing(10)
        self.test_button = button(translate("printing/printer_dialog", "Test print"))
        self.test_button.setObjectName("TestPrintButton")
        self.test_button.clicked.connect(self.test_print)
        self.drawer_button = button(translate("printing/printer_dialog", "Open drawer"))
        self.drawer_button.setObjectName("OpenDrawerButton")
        self.drawer_button.clicked.connect(self.open_drawer)
        self.cancel_button = button(translate("printing/printer_dialog", "Cancel"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(
            translate("printing/printer_dialog", "Save"), role="primary", default=True
        )
        self.save_button.setObjectName("SavePrinterButton")
        self.save_button.clicked.connect(self.save)
        for w in (self.test_button, self.drawer_button):
            foot.addWidget(w)
        foot.addStretch(1)
        foot.addWidget(self.cancel_button)
        foot.addWidget(self.save_button)
        left.addLayout(foot)

        preview_card = QFrame()
        preview_card.setObjectName("Card")
        preview_box = QVBoxLayout(preview_card)
        preview_box.setContentsMargins(16, 14, 16, 14)
        preview_box.addWidget(heading(translate("printing/printer_dialog", "Test receipt")))
        preview_box.addWidget(
            muted(translate("printing/printer_dialog", "As the printer will print it."))
        )
        self.preview = ReceiptPreview(ctx.db)
        preview_box.addWidget(self.preview, 1)
        outer.addWidget(preview_card, 2)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.form.changed.connect(self._preview_timer.start)
        self.form.kind_changed.connect(lambda _k: self._set_enabled(self._busy == 0))
        self.form.logo_wanted.connect(self.choose_logo)
        self.resize(1120, 760)
        self._set_enabled(False)
        db = ctx.db
        run_operation(
            self,
            lambda: get_printer_settings(db),
            on_success=self.show_settings,
            on_failure=self.notice.show_problem,
        )

    @property
    def loaded(self) -> PrinterSettings | None:
        """The stored settings once read (None while they load)."""
        return self.form.loaded

    def show_settings(self, settings: PrinterSettings) -> None:
        self.form.show_settings(settings)
        self._set_enabled(True)
        self.refresh_preview()

    def current(self) -> PrinterSettings:
        return self.form.current()

    # -- the logo ----------------------------------------------------------------------------
    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("printing/printer_dialog", "Choose the shop's logo"),
            "",
            translate("printing/printer_dialog", "Images (*.png *.jpg *.jpeg *.gif *.bmp)"),
        )
        if chosen:
            self.load_logo(Path(chosen))

    def load_logo(self, path: Path) -> None:
        """Read and shrink the image on a worker; a bad file is said, the old logo kept."""
        self.notice.show_message(
            translate("printing/printer_dialog", "Reading {name}…").format(name=path.name), "info"
        )
        run_operation(
            self,
            lambda: prepare_logo(path),
            on_success=self._logo_ready,
            on_failure=self.notice.show_problem,
        )

    def _logo_ready(self, png: bytes) -> None:
        self.notice.clear_message()
        self.form.set_logo(png)

    # -- actions -----------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        self.preview.show_settings(self.current())

    def test_print(self) -> None:
        from popuppos.services.printing import print_test_page

        settings, db = self.current(), self.ctx.db
        self._start(
            translate("printing/printer_dialog", "Printing a test receipt on {where}…").format(
                where=self._where(settings)
            )
        )
        run_operation(
            self,
            lambda: print_test_page(db, settings),
            on_success=lambda r: self._done(
                r,
                translate("printing/printer_dialog", "Test receipt printed on {target}.").format(
                    target=r.target
                ),
            ),
            on_failure=self._failed,
        )

    def open_drawer(self) -> None:
        from popuppos.services.printing import open_drawer

        settings = self.current()
        self._start(translate("printing/printer_dialog", "Opening the drawer…"))
        run_operation(
            self,
            lambda: open_drawer(settings),
            on_success=lambda r: self._done(
                r, translate("printing/printer_dialog", "The drawer was sent its pulse.")
            ),
            on_failure=self._failed,
        )

    def save(self) -> None:
        settings, db = self.current(), self.ctx.db
        self._start(translate("printing/printer_dialog", "Saving…"))
        run_operation(
            self,
            lambda: save_printer_settings(db, settings),
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, settings: PrinterSettings) -> None:
        self._busy = 0
        self._set_enabled(True)
        self.form.loaded = settings
        self.saved.emit(settings)
        self.accept()

    def _start(self, text: str) -> None:
        self._busy += 1
        self._set_enabled(False)
        self.notice.show_message(text, "info")

    def _done(self, result: PrintResult, text: str) -> None:
        self._busy = max(0, self._busy - 1)
        self._set_enabled(True)
        self.last_result = result
        if result.message != "Printed.":
            text = f"{text} {result.message.removeprefix('Printed. ')}"
            self.notice.show_message(text, "warning")
        else:
            self.notice.show_message(text, "success")

    def _failed(self, exc: BaseException) -> None:
        self._busy = max(0, self._busy - 1)
        self._set_enabled(True)
        self.notice.show_problem(exc)

    def _set_enabled(self, enabled: bool) -> None:
        configured = self.form.kind_group.checkedId() > 0
        self.save_button.setEnabled(enabled)
        self.test_button.setEnabled(enabled and configured)
        self.drawer_button.setEnabled(enabled and configured)

    @staticmethod
    def _where(settings: PrinterSettings) -> str:
        try:
            return settings.target_text() or translate("printing/printer_dialog", "the printer")
        except ServiceError:  # an address not checked yet: the service will say what is wrong
            return translate("printing/printer_dialog", "the printer")
