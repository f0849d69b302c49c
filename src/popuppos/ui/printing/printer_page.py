"""Settings → Receipt printer: where this stall's receipts print, and the way to change it.

The full printer dialog (form beside a live preview) needs more room than a Settings page,
so the page says what is set up and opens the dialog; it re-reads after the dialog closes.
"""

from __future__ import annotations

from popuppos.services.printer_settings import PrinterSettings, get_printer_settings
from popuppos.ui.backoffice.common import button, heading, muted
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QHBoxLayout, QVBoxLayout, QWidget


def printer_summary(settings: PrinterSettings) -> str:
    """One sentence on what prints where ("Receipts print on 80 mm paper at …")."""
    if not settings.configured:
        return translate(
            "printing/printer_page",
            "No receipt printer is set up on this stall: receipts are shown "
            "on screen and can be saved as PDF or printed through the "
            "system's print dialog.",
        )
    after = (
        translate("printing/printer_page", "after every sale")
        if settings.print_after_sale
        else translate("printing/printer_page", "when you tap Print")
    )
    drawer = (
        translate("printing/printer_page", " A cash sale opens the drawer.")
        if settings.drawer_on_cash
        else ""
    )
    return translate(
        "printing/printer_page",
        "Receipts print on {paper_mm} mm paper at {target_text}, {after}.{drawer}",
    ).format(
        paper_mm=settings.paper_mm, target_text=settings.target_text(), after=after, drawer=drawer
    )


class PrinterPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("printing/printer_page", "Receipt printer")))
        self.summary = muted(translate("printing/printer_page", "Reading the printer settings…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.setup_button = button(
            translate("printing/printer_page", "Set up the receipt printer…"), role="primary"
        )
        self.setup_button.clicked.connect(self.open_dialog)
        row.addWidget(self.setup_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        db = self.ctx.db
        run_operation(
            self,
            lambda: get_printer_settings(db),
            on_success=lambda s: self.summary.setText(printer_summary(s)),
            on_failure=lambda exc: self.summary.setText(message_for(exc)),
        )

    def open_dialog(self) -> None:
        from popuppos.ui.printing.printer_dialog import PrinterSettingsDialog

        dialog = PrinterSettingsDialog(self.ctx, self)
        dialog.finished.connect(lambda _code: self.reload())
        dialog.open()


def printer_page(ctx: AppContext, parent: QWidget | None = None) -> PrinterPage:
    return PrinterPage(ctx, parent)
