"""Importing the catalogue from a CSV file (with a preview and every problem), and exporting it."""

from __future__ import annotations

from pathlib import Path

from popuppos.services import catalog_csv
from popuppos.services.catalog_csv import CsvReport, ImportResult
from popuppos.ui.backoffice.common import (
    Notice,
    ask_save_path,
    button,
    card,
    default_folder,
    heading,
    muted,
    tone_colour,
)
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QButtonGroup,
    QColor,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

COLUMNS_HELP = QT_TRANSLATE_NOOP(
    "backoffice/catalog_io_dialog",
    "One row per variant. Required columns: product, sku, price. "
    "Optional: variant, barcode, stock, category, tax_rate, "
    "story_hook, why_now, image. Rows with the same product name "
    "become one product with several variants.",
)


_PLURALS = {  # "1 product", "2 products": both forms, for languages that change more
    "product": (
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} product"),
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} products"),
    ),
    "variant": (
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} variant"),
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} variants"),
    ),
    "row": (
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} row"),
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} rows"),
    ),
    "problem": (
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} problem"),
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} problems"),
    ),
    "bad row": (
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} bad row"),
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} bad rows"),
    ),
    "good product": (
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} good product"),
        QT_TRANSLATE_NOOP("backoffice/catalog_io_dialog", "{n} good products"),
    ),
}


def _plural(n: int, word: str) -> str:
    one, many = _PLURALS[word]
    return translate("backoffice/catalog_io_dialog", one if n == 1 else many).format(n=n)


class CatalogImportDialog(QDialog):
    """Read a CSV in a worker, preview it, import all or only the good products; export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.report: CsvReport | None = None
        self.imported: ImportResult | None = None
        self.exported: Path | None = None
        self._busy = False
        self.setWindowTitle(translate("backoffice/catalog_io_dialog", "Catalogue CSV"))
        self.setMinimumSize(760, 620)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(
            heading(
                translate("backoffice/catalog_io_dialog", "Import the catalogue from a CSV file")
            )
        )
        layout.addWidget(muted(translate("backoffice/catalog_io_dialog", COLUMNS_HELP)))

        file_row = QHBoxLayout()
        self.choose_button = button(
            translate("backoffice/catalog_io_dialog", "Choose CSV file…"), role="primary"
        )
        self.reread_button = button(translate("backoffice/catalog_io_dialog", "Read again"))
        self.reread_button.setToolTip(
            translate("backoffice/catalog_io_dialog", "Read the same file again after fixing it")
        )
        self.file_label = muted(translate("backoffice/catalog_io_dialog", "No file chosen yet."))
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reread_button)
        file_row.addWidget(self.file_label, 1)
        layout.addLayout(file_row)

        preview, pv = card()
        self.summary_label = QLabel(
            translate(
                "backoffice/catalog_io_dialog",
                "Choose a file to see what it holds before anything is saved.",
            )
        )
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: 600;")
        pv.addWidget(self.summary_label)
        self.problem_list = QListWidget()
        self.problem_list.setMinimumHeight(120)
        self.problem_list.setAccessibleName(
            translate("backoffice/catalog_io_dialog", "Problems in the file")
        )
        pv.addWidget(self.problem_list, 1)
        self.mode_label = QLabel(
            translate("backoffice/catalog_io_dialog", "<b>When some rows have problems</b>")
        )
        pv.addWidget(self.mode_label)
        self.strict_radio = QRadioButton(
            translate(
                "backoffice/catalog_io_dialog",
                "Import nothing until every row is fixed (all or nothing)",
            )
        )
        self.skip_radio = QRadioButton(
            translate(
                "backoffice/catalog_io_dialog", "Import the good products and skip the bad rows"
            )
        )
        self.strict_radio.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.strict_radio)
        self.modes.addButton(self.skip_radio)
        pv.addWidget(self.strict_radio)
        pv.addWidget(self.skip_radio)
        self.outcome_label = muted("")
        pv.addWidget(self.outcome_label)
        layout.addWidget(preview, 1)

        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.export_button = button(translate("backoffice/catalog_io_dialog", "Export catalogue…"))
        self.close_button = button(translate("backoffice/catalog_io_dialog", "Close"), role="quiet")
        self.import_button = button(
            translate("backoffice/catalog_io_dialog", "Import"), role="primary", large=True
        )
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)

        self.choose_button.clicked.connect(self.choose_file)
        self.reread_button.clicked.connect(self.read_again)
        self.strict_radio.toggled.connect(self._update)
        self.import_button.clicked.connect(self.import_products)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.accept)
        self._update()

    # -- reading ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent if self.path else default_folder())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("backoffice/catalog_io_dialog", "Choose a catalogue CSV"),
            start,
            translate("backoffice/catalog_io_dialog", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if chosen:
            self.read(Path(chosen))

    def read_again(self) -> None:
        if self.path is not None:
            self.read(self.path)

    def read(self, path: Path) -> None:
        """Read and check ``path`` on a worker; nothing is written."""
        self.path, self.report, self.imported = path, None, None
        self.file_label.setText(str(path))
        self.problem_list.clear()
        self.summary_label.setText(
            translate("backoffice/catalog_io_dialog", "Reading {name}…").format(name=path.name)
        )
        self.notice.clear_message()
        self._set_busy(True)
        currency = self.ctx.settings.currency
        tax = self.ctx.settings.default_tax_rate_bp
        run_operation(
            self,
            lambda: catalog_csv.read_catalog_csv(path, currency, tax),
            on_success=self._read_done,
            on_failure=self._failed,
        )

    def _read_done(self, report: CsvReport) -> None:
        self._set_busy(False)
        self.report = report
        self.problem_list.clear()
        ready = translate("backoffice/catalog_io_dialog", "{products} ({variants}) ready").format(
            products=_plural(len(report.products), "product"),
            variants=_plural(report.variant_count, "variant"),
        )
        bad = len(report.problems)
        self.summary_label.setText(
            translate("backoffice/catalog_io_dialog", "{rows} read: {ready}").format(
                rows=_plural(report.row_count, "row"), ready=ready
            )
            + (
                translate("backoffice/catalog_io_dialog", "; {problems} to fix:").format(
                    problems=_plural(bad, "problem")
                )
                if bad
                else translate("backoffice/catalog_io_dialog", ". Every row is fine.")
            )
        )
        for problem in report.problems:
            item = QListWidgetItem(str(problem))
            item.setForeground(QColor(tone_colour("danger")))
            self.problem_list.addItem(item)
        self._update()

    # -- importing -------------------------------------------------------------------------
    def can_import(self) -> bool:
        r = self.report
        if self._busy or r is None or self.imported is not None or not r.products:
            return False
        return not r.problems or self.skip_radio.isChecked()

    def import_products(self) -> None:
        if not self.can_import() or self.report is None:
            return
        db, products = self.ctx.db, list(self.report.products)
        self._set_busy(True)
        self.notice.show_message(
            translate("backoffice/catalog_io_dialog", "Importing {products}…").format(
                products=_plural(len(products), "product")
            ),
            "info",
        )
        run_operation(
            self,
            lambda: catalog_csv.import_catalog(db, products),
            on_success=self._imported,
            on_failure=self._failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self.imported = result
        self._set_busy(False)
        total = result.created + result.updated
        skipped = len(self.report.problems) if self.report else 0
        self.notice.show_message(
            translate(
                "backoffice/catalog_io_dialog",
                "Imported {products}: {created} new, {updated} updated.",
            ).format(
                products=_plural(total, "product"), created=result.created, updated=result.updated
            )
            + (
                translate("backoffice/catalog_io_dialog", " {bad_rows} skipped.").format(
                    bad_rows=_plural(skipped, "bad row")
                )
                if skipped
                else ""
            ),
            "success",
        )
        self.ctx.events.catalog_changed.emit()

    # -- exporting -------------------------------------------------------------------------
    def export(self) -> None:
        path = ask_save_path(
            self,
            translate("backoffice/catalog_io_dialog", "Export the catalogue"),
            "catalogue.csv",
            ".csv",
        )
        if path is None:
            return
        db, target = self.ctx.db, path
        self._set_busy(True)
        self.notice.show_message(
            translate("backoffice/catalog_io_dialog", "Exporting the catalogue…"), "info"
        )
        run_operation(
            self,
            lambda: catalog_csv.export_catalog_csv(db, target),
            on_success=lambda rows: self._exported(target, rows),
            on_failure=self._failed,
        )

    def _exported(self, path: Path, rows: int) -> None:
        self.exported = path
        self._set_busy(False)
        self.notice.show_message(
            translate("backoffice/catalog_io_dialog", "Exported {rows} to {path}").format(
                rows=_plural(rows, "row"), path=path
            ),
            "success",
        )

    # -- state -----------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.report is None and self.path is not None:
            self.summary_label.setText(
                translate("backoffice/catalog_io_dialog", "{name} could not be read.").format(
                    name=self.path.name
                )
            )
        self.notice.show_problem(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.choose_button, self.export_button, self.close_button):
            w.setEnabled(not busy)
        self._update()

    def _update(self) -> None:
        r = self.report
        has_problems = r is not None and bool(r.problems)
        good = len(r.products) if r else 0
        for w in (self.mode_label, self.strict_radio, self.skip_radio):
            w.setVisible(has_problems)
        self.problem_list.setVisible(has_problems)
        self.skip_radio.setText(
            translate(
                "backoffice/catalog_io_dialog", "Import the {good_products} and skip the bad rows"
            ).format(good_products=_plural(good, "good product"))
        )
        self.reread_button.setEnabled(not self._busy and self.path is not None)
        self.import_button.setEnabled(self.can_import())
        self.import_button.setText(
            translate("backoffice/catalog_io_dialog", "Import {products}").format(
                products=_plural(good, "product")
            )
            if good
            else translate("backoffice/catalog_io_dialog", "Import")
        )
        if r is None or self.imported is not None:
            self.outcome_label.setText("")
        elif not r.products:
            self.outcome_label.setText(
                translate(
                    "backoffice/catalog_io_dialog", "Nothing in this file can be imported yet."
                )
            )
        elif has_problems and self.strict_radio.isChecked():
            self.outcome_label.setText(
                translate(
                    "backoffice/catalog_io_dialog",
                    "Nothing will be imported until every row is fixed. Fix the rows "
                    "above in the file, save it, then press Read again.",
                )
            )
        elif has_problems:
            self.outcome_label.setText(
                translate(
                    "backoffice/catalog_io_dialog",
                    "{products} will be imported in one go; the rows listed above are skipped.",
                ).format(products=_plural(good, "product"))
            )
        else:
            self.outcome_label.setText(
                translate(
                    "backoffice/catalog_io_dialog",
                    "{products} will be imported in one go (all or nothing). Products "
                    "whose SKU already exists are updated.",
                ).format(products=_plural(good, "product"))
            )
        self.outcome_label.setVisible(bool(self.outcome_label.text()))
