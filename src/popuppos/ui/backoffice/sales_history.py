"""Recent sales, searchable by number or member, with reprint, refund and void."""

from __future__ import annotations

from pathlib import Path

from popuppos.services import history, receipts
from popuppos.services.history import SaleSummary
from popuppos.ui.backoffice.common import (
    Notice,
    button,
    heading,
    local_time_text,
    muted,
    save_document,
    tone_colour,
)
from popuppos.ui.backoffice.refund_dialog import RefundDialog
from popuppos.ui.backoffice.void_dialog import VoidSaleDialog
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QAbstractItemView,
    QColor,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("backoffice/sales_history", "Sale"),
    QT_TRANSLATE_NOOP("backoffice/sales_history", "Time"),
    QT_TRANSLATE_NOOP("backoffice/sales_history", "Member"),
    QT_TRANSLATE_NOOP("backoffice/sales_history", "Items"),
    QT_TRANSLATE_NOOP("backoffice/sales_history", "Total"),
    QT_TRANSLATE_NOOP("backoffice/sales_history", "Tip"),
    QT_TRANSLATE_NOOP("backoffice/sales_history", "Paid by"),
    QT_TRANSLATE_NOOP("backoffice/sales_history", "Status"),
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
STATUS_TONES = {"Voided": "danger", "Refunded": "danger", "Partly refunded": "warning"}


class SalesHistoryDialog(QDialog):
    """The newest sales first; the selected sale can be reprinted, refunded or voided."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, limit: int = 100) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.limit = limit
        self.sales: list[SaleSummary] = []
        self.child: QDialog | None = None
        self.saved_receipt: Path | None = None
        self._generation = 0
        self.loads = 0  # answers shown so far (tests wait on it)
        self.setWindowTitle(translate("backoffice/sales_history", "Sales"))
        self.setMinimumSize(960, 600)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(heading(translate("backoffice/sales_history", "Sales")))
        top.addStretch(1)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("Search")
        self.search_edit.setPlaceholderText(
            translate("backoffice/sales_history", "Search by sale number or member name")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(360)
        top.addWidget(self.search_edit)
        layout.addLayout(top)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [translate("backoffice/sales_history", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setStyleSheet(
            "QTableWidget::item { padding: 0px 12px; } QHeaderView::section { padding: 8px 14px; }"
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(LEFT)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (3, 4, 5):
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setTextAlignment(RIGHT)
        layout.addWidget(self.table, 1)
        self.empty_label = muted("")
        layout.addWidget(self.empty_label)

        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.receipt_button = button(translate("backoffice/sales_history", "Save receipt (PDF)…"))
        self.thermal_button = button(
            translate("backoffice/sales_history", "Print receipt")
        )  # on the stall's receipt printer
        self.refund_button = button(
            translate("backoffice/sales_history", "Refund…"), role="danger-quiet"
        )
        self.void_button = button(
            translate("backoffice/sales_history", "Void sale…"), role="danger-quiet"
        )
        self.close_button = button(translate("backoffice/sales_history", "Close"), role="quiet")
        for b in (self.receipt_button, self.thermal_button, self.refund_button, self.void_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.search_edit.returnPressed.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(self.refund_selected)
        self.receipt_button.clicked.connect(self.save_selected_receipt)
        self.thermal_button.clicked.connect(self.print_selected_receipt)
        self.refund_button.clicked.connect(self.refund_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.close_button.clicked.connect(self.accept)
        self.ctx.events.refund_completed.connect(self._later_reload)
        self.ctx.events.sale_completed.connect(self._later_reload)
        self._update_actions()
        self.reload()
        self.search_edit.setFocus()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation, db, query, limit = (
            self._generation,
            self.ctx.db,
            self.search_edit.text(),
            self.limit,
        )
        run_operation(
            self,
            lambda: history.recent_sales(db, limit=limit, query=query),
            on_success=lambda sales: self._loaded(generation, sales),
            on_failure=self.notice.show_problem,
        )

    def _later_reload(self, _payload: object = None) -> None:
        self._debounce.start()

    def _loaded(self, generation: int, sales: list[SaleSummary]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        keep = self.selected()
        self.sales = sales
        self.table.setRowCount(len(sales))
        for r, s in enumerate(sales):
            self._set_row(r, s)
        query = self.search_edit.text().strip()
        if sales:
            self.empty_label.setText("")
        elif query:
            self.empty_label.setText(
                translate("backoffice/sales_history", "No sale matches “{query}”.").format(
                    query=query
                )
            )
        else:
            self.empty_label.setText(
                translate("backoffice/sales_history", "No sales yet on this device.")
            )
        self.empty_label.setVisible(not sales)
        ids = [s.id for s in sales]
        if keep is not None and keep.id in ids:
            self.table.selectRow(ids.index(keep.id))
        elif sales and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_actions()
        self.loads += 1

    def _set_row(self, r: int, s: SaleSummary) -> None:
        money = self.ctx.money
        methods = " + ".join(m.title() for m in s.methods.split(" + ") if m)
        cells = [
            (f"#{s.number}", LEFT),
            (local_time_text(s.created_at), LEFT),
            (s.member_name or "—", LEFT),
            (str(s.item_count), RIGHT),
            (money(s.total), RIGHT),
            (money(s.tip) if s.tip else "—", RIGHT),
            (methods, LEFT),
            (s.status, LEFT),
        ]
        for c, (text, align) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setTextAlignment(align)
            if c == 7 and s.status in STATUS_TONES:
                item.setForeground(QColor(tone_colour(STATUS_TONES[s.status])))
            self.table.setItem(r, c, item)

    # -- actions ---------------------------------------------------------------------------
    def selected(self) -> SaleSummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.sales):
            return None
        return self.sales[rows[0].row()]

    def select_sale(self, sale_id: str) -> None:
        for r, s in enumerate(self.sales):
            if s.id == sale_id:
                self.table.selectRow(r)
                return

    def _update_actions(self) -> None:
        s = self.selected()
        self.receipt_button.setEnabled(s is not None)
        self.thermal_button.setEnabled(s is not None)
        self.refund_button.setEnabled(s is not None and s.status not in ("Voided", "Refunded"))
        self.void_button.setEnabled(s is not None and not s.voided and s.refunded == 0)

    def refund_selected(self) -> None:
        s = self.selected()
        if s is not None and self.child is None and self.refund_button.isEnabled():
            self._open_child(RefundDialog(self.ctx, s.id, self))

    def void_selected(self) -> None:
        s = self.selected()
        if s is not None and self.child is None and self.void_button.isEnabled():
            self._open_child(VoidSaleDialog(self.ctx, s.id, self))

    def _open_child(self, dialog: QDialog) -> None:
        self.child = dialog
        dialog.finished.connect(self._child_closed)
        dialog.open()

    def _child_closed(self, _result: int = 0) -> None:
        if self.child is not None:
            self.child.deleteLater()
        self.child = None
        self.reload()

    def save_selected_receipt(self) -> None:
        s = self.selected()
        if s is None:
            return
        db, sale_id = self.ctx.db, s.id
        if save_document(
            self,
            caption=translate("backoffice/sales_history", "Save the receipt"),
            suggested_name=translate(
                "backoffice/sales_history", "receipt-sale-{number}.pdf"
            ).format(number=s.number),
            produce=lambda: receipts.receipt_pdf(db, sale_id),
            on_saved=self._receipt_saved,
            on_failure=self.notice.show_problem,
        ):
            self.notice.show_message(
                translate("backoffice/sales_history", "Saving the receipt…"), "info"
            )

    def print_selected_receipt(self) -> None:
        s = self.selected()
        if s is not None:
            from popuppos.ui.printing.receipt_bar import print_receipt_again

            print_receipt_again(self, self.ctx.db, s.id, s.number, self.notice.show_message)

    def _receipt_saved(self, path: Path) -> None:
        self.saved_receipt = path
        self.notice.show_message(
            translate("backoffice/sales_history", "Receipt saved to {path}").format(path=path),
            "success",
        )
