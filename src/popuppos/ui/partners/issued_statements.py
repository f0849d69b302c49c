"""The statements issued to a partner, newest first, and what can be done with one.

Save PDF is a reprint (the stored bytes, identical); Save CSV renders the stored inputs;
Print paints the stored PDF's pages through Qt's print dialog; Issue correction issues a new
statement for the same period that names the one it corrects (a statement is corrected
once: to correct again, correct the correction).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from popuppos.services.statements import (
    StatementInfo,
    issue_correction,
    list_statements,
    statement_csv,
    statement_pdf,
)
from popuppos.store.db import Database
from popuppos.ui.backoffice.common import Notice, button, heading, save_document, write_file
from popuppos.ui.calendar.look import short_date
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.partners.statement_print import prepare_printer, print_pdf
from popuppos.ui.qt import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPrintDialog,
    QPrinter,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(d: date) -> str:
    return short_date(d, year=True)


def period_text(start: date, end: date) -> str:
    return _day(start) if start == end else f"{_day(start)} – {_day(end)}"


def owed_words(s: StatementInfo, money: Callable[[int], str]) -> str:
    if s.amount_owed > 0:
        return translate("partners/issued_statements", "{amount} owed to {partner_name}").format(
            amount=money(s.amount_owed), partner_name=s.partner_name
        )
    if s.amount_owed < 0:
        return translate("partners/issued_statements", "{amount} owed by {partner_name}").format(
            amount=money(-s.amount_owed), partner_name=s.partner_name
        )
    return translate("partners/issued_statements", "Nothing owed")


class IssuedStatements(QWidget):
    """``loaded`` after each listing; ``issued(StatementInfo)`` after a correction."""

    loaded = Signal()
    issued = Signal(object)

    def __init__(self, ctx: AppContext, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.notice = ctx, notice
        self.partner_id: str | None = None
        self.statements: list[StatementInfo] = []
        self.listed = False
        self.busy = False
        self.printed_pages = 0
        self._printer: QPrinter | None = None
        self._select_after: str | None = None
        self.setLayout(self._column())

    def _column(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(heading(translate("partners/issued_statements", "Issued statements")))
        self.list = QListWidget()
        self.list.setObjectName("StatementList")
        self.list.setAccessibleName(translate("partners/issued_statements", "Issued statements"))
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        box.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.pdf_button = button(translate("partners/issued_statements", "Save PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = button(translate("partners/issued_statements", "Save CSV…"))
        self.csv_button.clicked.connect(self.save_csv)
        self.print_button = button(translate("partners/issued_statements", "Print…"))
        self.print_button.clicked.connect(self.print_statement)
        self.pdf_button.setToolTip(
            translate("partners/issued_statements", "The PDF exactly as it was issued (a reprint)")
        )
        self.csv_button.setToolTip(
            translate(
                "partners/issued_statements", "The same figures, line by line, for a spreadsheet"
            )
        )
        self.print_button.setToolTip(
            translate("partners/issued_statements", "Print the statement as it was issued")
        )
        for b in (self.pdf_button, self.csv_button, self.print_button):
            row.addWidget(b)
        box.addLayout(row)
        self.correct_button = button(
            translate("partners/issued_statements", "Issue correction"), role="quiet"
        )
        self.correct_button.setToolTip(
            translate(
                "partners/issued_statements",
                "Issue a new statement for the same period from today's figures; "
                "it names the statement it corrects, which stays as it was issued",
            )
        )
        self.correct_button.clicked.connect(self.correct)
        box.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignRight)
        self._selection_changed()
        return box

    def show_partner(self, partner_id: str | None) -> None:
        self.partner_id = partner_id
        self.reload()

    def reload(self, select: str | None = None) -> None:
        db, pid = self.ctx.db, self.partner_id
        self.listed = False
        self._select_after = select or self._select_after
        if pid is None:
            self._show_list([])
            return
        run_operation(
            self,
            lambda: list_statements(db, pid),
            on_success=self._show_list,
            on_failure=self.notice.show_problem,
        )

    def _show_list(self, statements: list[StatementInfo]) -> None:
        self.statements = statements
        before = self.selected()
        current = self._select_after or (before.id if before else None)
        self._select_after = None
        self.list.clear()
        for s in statements:
            owed = self._owed_words(s)
            state = (
                translate(
                    "partners/issued_statements", "corrected by {corrected_by_number}"
                ).format(corrected_by_number=s.corrected_by_number)
                if s.corrected_by_number
                else ""
            )
            if s.corrects_number:
                state = translate(
                    "partners/issued_statements", "corrects {corrects_number}"
                ).format(corrects_number=s.corrects_number) + (f" · {state}" if state else "")
            lines = [f"{s.number} · {period_text(s.period_start, s.period_end)}", owed]
            if state:
                lines.append(state[:1].upper() + state[1:])
            item = QListWidgetItem("\n".join(lines))
            item.setData(ID_ROLE, s.id)
            item.setToolTip(
                translate(
                    "partners/issued_statements",
                    "Issued by {created_by} · {page_size} · SHA-256 {pdf_sha256}",
                ).format(created_by=s.created_by, page_size=s.page_size, pdf_sha256=s.pdf_sha256)
            )
            item.setSizeHint(QSize(0, 24 * len(lines) + 12))
            self.list.addItem(item)
            if s.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and statements:
            self.list.setCurrentRow(0)
        self._selection_changed()
        self.listed = True
        self.loaded.emit()

    def _owed_words(self, s: StatementInfo) -> str:
        return owed_words(s, self.ctx.money)

    def selected(self) -> StatementInfo | None:
        item = self.list.currentItem()
        found = item.data(ID_ROLE) if item is not None else None
        return next((s for s in self.statements if s.id == found), None)

    def select(self, number: str) -> None:
        for row, s in enumerate(self.statements):
            if s.number == number:
                self.list.setCurrentRow(row)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        for b in (self.pdf_button, self.csv_button, self.print_button):
            b.setEnabled(chosen is not None and not self.busy)
        self.correct_button.setEnabled(
            chosen is not None and not chosen.corrected_by_number and not self.busy
        )

    # -- actions --------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._selection_changed()

    def correct(self) -> None:
        chosen = self.selected()
        if self.busy or chosen is None:
            return
        db, actor = self.ctx.db, (self.ctx.cashier or self.ctx.settings.device_name or "Host")
        self._set_busy(True)
        run_operation(
            self,
            lambda: issue_correction(db, chosen.id, actor=actor),
            on_success=self._corrected,
            on_failure=self._failed,
        )

    def _corrected(self, info: StatementInfo) -> None:
        self._set_busy(False)
        self.notice.show_message(
            translate(
                "partners/issued_statements",
                "Issued {number}, correcting {corrects_number}: {info}.",
            ).format(
                number=info.number,
                corrects_number=info.corrects_number,
                info=self._owed_words(info),
            ),
            "success",
        )
        self.issued.emit(info)
        self.reload(select=info.id)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_problem(exc)

    def _suggested(self, chosen: StatementInfo, suffix: str) -> str:
        return f"{chosen.number} {chosen.partner_name}{suffix}".replace(" ", "-")

    def save_pdf(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        db, sid = self.ctx.db, chosen.id
        save_document(
            self,
            caption=translate("partners/issued_statements", "Save the statement"),
            suggested_name=self._suggested(chosen, ".pdf"),
            produce=lambda: statement_pdf(db, sid),
            on_saved=self._saved,
            on_failure=self.notice.show_problem,
        )

    def save_csv(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        db, sid = self.ctx.db, chosen.id
        save_document(
            self, caption=translate("partners/issued_statements", "Save the statement as CSV"),
            suggested_name=self._suggested(chosen, ".csv"), produce=lambda: statement_csv(db, sid),
            on_saved=self._saved, on_failure=self.notice.show_problem, suffix=".csv",
        )  # fmt: skip

    def save_pdf_to(self, path: Path) -> None:
        """Write the chosen statement's PDF (the stored bytes) to ``path``, on a worker."""
        self._save_to(path, statement_pdf)

    def save_csv_to(self, path: Path) -> None:
        self._save_to(path, statement_csv)

    def _save_to(self, path: Path, produce: Callable[[Database, str], bytes]) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        db, sid = self.ctx.db, chosen.id
        run_operation(
            self,
            lambda: write_file(path, produce(db, sid)),
            on_success=self._saved,
            on_failure=self.notice.show_problem,
        )

    def _saved(self, path: Path) -> None:
        self.notice.show_message(
            translate("partners/issued_statements", "Saved {name} in {parent}").format(
                name=path.name, parent=path.parent
            ),
            "success",
        )

    def print_statement(self) -> None:
        """Load the stored PDF, then ask where to print it (Qt's print dialog)."""
        chosen = self.selected()
        if chosen is None:
            return
        db, sid, paper = self.ctx.db, chosen.id, chosen.page_size
        run_operation(
            self,
            lambda: statement_pdf(db, sid),
            on_success=lambda pdf: self._ask_printer(pdf, paper),
            on_failure=self.notice.show_problem,
        )

    @staticmethod
    def new_printer(paper: str) -> QPrinter:
        """A printer set up for a statement on ``paper`` (the print dialog starts from it)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, paper)
        return printer

    def _ask_printer(self, pdf: bytes, paper: str) -> None:
        printer = self.new_printer(paper)
        self._printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("partners/issued_statements", "Print the statement"))
        dialog.accepted.connect(lambda: self.print_to(printer, pdf))
        dialog.finished.connect(dialog.deleteLater)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter, pdf: bytes) -> None:
        """Paint ``pdf`` on ``printer`` on a worker (QPainter on a QPrinter may leave the GUI
        thread); the host hears how many pages went."""
        self._printer = printer
        self.printed_pages = 0
        run_operation(
            self,
            lambda: print_pdf(printer, pdf),
            on_success=self._printed,
            on_failure=lambda exc: self.notice.show_message(
                translate(
                    "partners/issued_statements", "The statement could not be printed ({exc})."
                ).format(exc=exc),
                "danger",
            ),
        )

    def _printed(self, pages: int) -> None:
        self.printed_pages = pages
        self.notice.show_message(
            translate("partners/issued_statements", "Sent {pages} page to the printer.").format(
                pages=pages
            )
            if pages == 1
            else translate(
                "partners/issued_statements", "Sent {pages} pages to the printer."
            ).format(pages=pages),
            "success",
        )
