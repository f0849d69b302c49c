"""Opening a shift with its cash float, and closing it with a counted drawer and a Z report."""

from __future__ import annotations

from pathlib import Path

from popuppos.core.money import parse_money
from popuppos.core.tender import TenderMethod
from popuppos.services import receipts, shifts
from popuppos.services.shifts import ClosedShift, ShiftInfo, ShiftTotals
from popuppos.ui.backoffice.common import (
    Figures,
    Notice,
    button,
    card,
    field_error,
    heading,
    local_time_text,
    minus,
    money_edit,
    money_problem,
    muted,
    save_document,
    set_invalid,
    show_field_error,
    tone_colour,
)
from popuppos.ui.backoffice.drawer_panel import VERDICT_TONES, CashDrawerPanel, verdict_text
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class OpenShiftDialog(QDialog):
    """Who opens the shift and the cash float in the drawer; sets ``ctx.cashier`` on success."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shift: ShiftInfo | None = None
        self.setWindowTitle(translate("backoffice/shift_dialogs", "Open a shift"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("backoffice/shift_dialogs", "Open a shift")))
        layout.addWidget(
            muted(
                translate(
                    "backoffice/shift_dialogs",
                    "Count the cash in the drawer before the first sale. Every sale, "
                    "refund and void until you close is recorded against this shift.",
                )
            )
        )
        layout.addWidget(QLabel(translate("backoffice/shift_dialogs", "Who is opening")))
        self.name_edit = QLineEdit(ctx.cashier)
        self.name_edit.setPlaceholderText(translate("backoffice/shift_dialogs", "Your name"))
        self.name_edit.setMaxLength(80)
        layout.addWidget(self.name_edit)

        layout.addWidget(
            QLabel(translate("backoffice/shift_dialogs", "Cash in the drawer (opening float)"))
        )
        self.float_edit = money_edit(ctx.money(0), big=True)
        self.float_edit.setAccessibleName(translate("backoffice/shift_dialogs", "Opening float"))
        layout.addWidget(self.float_edit)
        self.float_error = field_error()
        layout.addWidget(self.float_error)

        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addStretch(1)

        row = QHBoxLayout()
        self.cancel_button = button(translate("backoffice/shift_dialogs", "Cancel"), role="quiet")
        self.open_button = button(
            translate("backoffice/shift_dialogs", "Open shift"),
            role="primary",
            large=True,
            default=True,
        )
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)

        self.cancel_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._open)
        self.float_edit.textChanged.connect(self._check_float)
        self.float_edit.returnPressed.connect(self._open)
        self.name_edit.returnPressed.connect(self.float_edit.setFocus)
        (self.float_edit if ctx.cashier else self.name_edit).setFocus()

    def _check_float(self) -> str:
        problem = money_problem(self.float_edit.text(), self.ctx.settings.currency)
        show_field_error(self.float_error, problem)
        set_invalid(self.float_edit, bool(problem))
        return problem

    def _open(self) -> None:
        if self._check_float() or not self.open_button.isEnabled():
            self.float_edit.setFocus()
            return
        text = self.float_edit.text()
        amount = parse_money(text, self.ctx.settings.currency) if text.strip() else 0
        name, db = self.name_edit.text(), self.ctx.db
        self._set_busy(True)
        self.notice.clear_message()
        run_operation(
            self,
            lambda: shifts.open_shift(db, opened_by=name, opening_float=amount),
            on_success=self._opened,
            on_failure=self._failed,
        )

    def _opened(self, info: ShiftInfo) -> None:
        self.shift = info
        self.ctx.cashier = info.opened_by
        self.ctx.events.shift_changed.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_problem(exc)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.open_button, self.cancel_button, self.name_edit, self.float_edit):
            w.setEnabled(not busy)


class CloseShiftDialog(QDialog):
    """The shift's summary, the counted drawer against what is expected, then the Z report."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.totals: ShiftTotals | None = None
        self.closed: ClosedShift | None = None
        self.saved_report: Path | None = None
        self._busy = True
        self.setWindowTitle(translate("backoffice/shift_dialogs", "Close the shift"))
        self.setMinimumSize(860, 600)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.notice = Notice()
        outer.addWidget(self.notice)
        self.pages.addWidget(self._count_page())
        self.pages.addWidget(self._done_page())

        self.drawer_panel.changed.connect(self._update_buttons)
        self.drawer_panel.count_edit.returnPressed.connect(self._close_shift)
        self.close_button.clicked.connect(self._close_shift)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save_z_report)
        self.done_button.clicked.connect(self.accept)

        self._set_busy(True)
        self.notice.show_message(
            translate("backoffice/shift_dialogs", "Adding up the shift…"), "info"
        )
        db = ctx.db
        run_operation(
            self,
            lambda: shifts.current_totals(db),
            on_success=self._loaded,
            on_failure=self._load_failed,
        )

    # -- layout ----------------------------------------------------------------------------
    def _count_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title_label = heading(translate("backoffice/shift_dialogs", "Close the shift"))
        self.subtitle_label = muted("")
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)

        cards = QHBoxLayout()
        cards.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(16)
        sales, s = card()
        s.addWidget(QLabel(translate("backoffice/shift_dialogs", "<b>Sales</b>")))
        self.summary = fig = Figures()
        self.sales_value = fig.add(translate("backoffice/shift_dialogs", "Sales"))
        self.discounts_value = fig.add(translate("backoffice/shift_dialogs", "Discounts given"))
        self.refunds_value = fig.add(translate("backoffice/shift_dialogs", "Refunds"))
        self.voids_value = fig.add(translate("backoffice/shift_dialogs", "Voids"))
        fig.add_rule()
        self.net_value = fig.add(translate("backoffice/shift_dialogs", "Net sales"), strong=True)
        self.tips_value = fig.add(translate("backoffice/shift_dialogs", "Tips"))
        self.tax_value = fig.add(translate("backoffice/shift_dialogs", "Tax included"))
        s.addWidget(fig.widget)
        left.addWidget(sales)
        payments, p = card()
        p.addWidget(QLabel(translate("backoffice/shift_dialogs", "<b>Payments</b>")))
        self.tenders = Figures()
        p.addWidget(self.tenders.widget)
        left.addWidget(payments)
        left.addStretch(1)
        cards.addLayout(left, 1)

        right = QVBoxLayout()
        self.drawer_panel = CashDrawerPanel(self.ctx)
        right.addWidget(self.drawer_panel)
        right.addStretch(1)
        cards.addLayout(right, 1)
        layout.addLayout(cards, 1)

        row = QHBoxLayout()
        self.cancel_button = button(translate("backoffice/shift_dialogs", "Cancel"), role="quiet")
        self.close_button = button(
            translate("backoffice/shift_dialogs", "Close shift"), role="primary", large=True
        )
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.done_title = heading(translate("backoffice/shift_dialogs", "The shift is closed"))
        layout.addWidget(self.done_title)
        summary, s = card()
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setStyleSheet("font-size: 18px; font-weight: 700;")
        s.addWidget(self.done_text)
        self.done_figures = Figures()
        s.addWidget(self.done_figures.widget)
        layout.addWidget(summary)
        layout.addWidget(
            muted(
                translate(
                    "backoffice/shift_dialogs",
                    "Save the Z report (PDF) for your records and for the venue.",
                )
            )
        )
        layout.addStretch(1)
        row = QHBoxLayout()
        self.save_button = button(
            translate("backoffice/shift_dialogs", "Save Z report (PDF)…"),
            role="primary",
            large=True,
        )
        self.done_button = button(translate("backoffice/shift_dialogs", "Done"), role="quiet")
        row.addWidget(self.done_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return page

    # -- figures ---------------------------------------------------------------------------
    def _loaded(self, totals: ShiftTotals) -> None:
        self.totals = totals
        self.notice.clear_message()
        money, sh = self.ctx.money, totals.shift
        self.title_label.setText(
            translate("backoffice/shift_dialogs", "Close shift {number}").format(number=sh.number)
        )
        self.subtitle_label.setText(
            translate(
                "backoffice/shift_dialogs",
                "Opened by {opened_by} at {local_time_text} · {plural}, {plural2}",
            ).format(
                opened_by=sh.opened_by,
                local_time_text=local_time_text(sh.opened_at),
                plural=_plural(totals.sales_count, "sale"),
                plural2=_plural(totals.items_sold, "item"),
            )
        )
        self.sales_value.setText(money(totals.gross_sales))
        self.discounts_value.setText(money(totals.discounts))
        self.summary.names[translate("backoffice/shift_dialogs", "Refunds")].setText(
            translate("backoffice/shift_dialogs", "Refunds ({refunds_count})").format(
                refunds_count=totals.refunds_count
            )
        )
        self.summary.names[translate("backoffice/shift_dialogs", "Voids")].setText(
            translate("backoffice/shift_dialogs", "Voids ({voids_count})").format(
                voids_count=totals.voids_count
            )
        )
        self.refunds_value.setText(minus(money, totals.refunds_total))
        self.voids_value.setText(minus(money, totals.voids_total))
        self.net_value.setText(money(totals.net_sales))
        self.tips_value.setText(money(totals.tips_total))
        self.tax_value.setText(money(totals.tax_total))
        if not totals.tenders:
            self.tenders.add(translate("backoffice/shift_dialogs", "No payments yet"))
        for method, count, amount in totals.tenders:
            label = f"{_method_label(method)} · {_plural(count, 'payment')}"
            self.tenders.add(label, money(amount))
        self.drawer_panel.set_totals(totals)
        self._set_busy(False)
        self.drawer_panel.count_edit.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.drawer_panel.set_locked(True)
        self.close_button.setEnabled(False)
        self.notice.show_problem(exc)

    def _update_buttons(self) -> None:
        ready = not self._busy and self.drawer_panel.drawer() is not None
        self.close_button.setEnabled(ready)
        if self.notice.tone == "danger" and self.totals is not None:
            self.notice.clear_message()

    # -- closing ---------------------------------------------------------------------------
    def _close_shift(self) -> None:
        if self._busy or self.totals is None:
            return
        panel = self.drawer_panel
        drawer, missing = panel.drawer(), panel.missing()
        if drawer is None or missing:
            panel.flag_missing()
            self.notice.show_message(missing)
            return
        db, closed_by, note = self.ctx.db, panel.closed_by(), panel.note()
        counted = drawer.counted
        self._set_busy(True)
        self.notice.clear_message()
        run_operation(
            self,
            lambda: shifts.close_shift(db, counted_cash=counted, closed_by=closed_by, note=note),
            on_success=self._closed,
            on_failure=self._close_failed,
        )

    def _closed(self, closed: ClosedShift) -> None:
        self.closed = closed
        self._set_busy(False)
        d, money = closed.drawer, self.ctx.money
        verdict = (
            verdict_text(d.verdict)
            if d.difference == 0
            else translate("backoffice/shift_dialogs", "{verdict} by {amount}").format(
                verdict=verdict_text(d.verdict), amount=money(abs(d.difference))
            )
        )
        t = closed.totals
        self.done_title.setText(
            translate("backoffice/shift_dialogs", "Shift {number} is closed").format(
                number=t.shift.number
            )
        )
        self.done_text.setText(
            translate(
                "backoffice/shift_dialogs", "Counted {amount} of {amount2}: {verdict}"
            ).format(amount=money(d.counted), amount2=money(d.expected), verdict=verdict)
        )
        colour = tone_colour(VERDICT_TONES[d.verdict])
        self.done_text.setStyleSheet(f"font-size: 18px; font-weight: 700; color: {colour};")
        fig = self.done_figures
        fig.add(
            translate("backoffice/shift_dialogs", "Net sales ({plural})").format(
                plural=_plural(t.sales_count, "sale")
            ),
            money(t.net_sales),
        )
        fig.add(translate("backoffice/shift_dialogs", "Tips"), money(t.tips_total))
        fig.add(translate("backoffice/shift_dialogs", "Expected in the drawer"), money(d.expected))
        fig.add(translate("backoffice/shift_dialogs", "Counted"), money(d.counted))
        fig.add(
            translate("backoffice/shift_dialogs", "Closed by {closed_by}").format(
                closed_by=closed.closed_by
            ),
            local_time_text(closed.closed_at),
        )
        if closed.note:
            fig.add(translate("backoffice/shift_dialogs", "Note"), closed.note)
        self.pages.setCurrentIndex(1)
        self.save_button.setFocus()
        self.ctx.cashier = ""
        self.ctx.events.shift_changed.emit(None)

    def _close_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_problem(exc)

    def _save_z_report(self) -> None:
        if self.closed is None:
            return
        db, shift_id = self.ctx.db, self.closed.totals.shift.id
        started = save_document(
            self,
            caption=translate("backoffice/shift_dialogs", "Save the Z report"),
            suggested_name=translate(
                "backoffice/shift_dialogs", "z-report-shift-{number}.pdf"
            ).format(number=self.closed.totals.shift.number),
            produce=lambda: receipts.z_report_pdf(db, shift_id),
            on_saved=self._report_saved,
            on_failure=self._report_failed,
        )
        if started:
            self.save_button.setEnabled(False)
            self.notice.show_message(
                translate("backoffice/shift_dialogs", "Saving the Z report…"), "info"
            )

    def _report_saved(self, path: Path) -> None:
        self.saved_report = path
        self.save_button.setEnabled(True)
        self.notice.show_message(
            translate("backoffice/shift_dialogs", "Z report saved to {path}").format(path=path),
            "success",
        )

    def _report_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.notice.show_problem(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.drawer_panel.set_locked(busy)
        self.cancel_button.setEnabled(not busy or self.totals is None)
        self.close_button.setEnabled(not busy and self.drawer_panel.drawer() is not None)

    def reject(self) -> None:
        if self.closed is not None:
            self.accept()  # the shift is closed whichever way the dialog is left
        elif not self._busy or self.totals is None:
            super().reject()


def _plural(n: int, word: str) -> str:
    """ "1 sale", "3 sales" (and the German), for word in sale, item, payment."""
    one, many = {
        "sale": (
            translate("backoffice/shift_dialogs", "1 sale"),
            translate("backoffice/shift_dialogs", "{n} sales"),
        ),
        "item": (
            translate("backoffice/shift_dialogs", "1 item"),
            translate("backoffice/shift_dialogs", "{n} items"),
        ),
        "payment": (
            translate("backoffice/shift_dialogs", "1 payment"),
            translate("backoffice/shift_dialogs", "{n} payments"),
        ),
    }[word]
    return one if n == 1 else many.format(n=n)


def _method_label(method: str) -> str:
    try:
        return TenderMethod(method).label
    except ValueError:
        return method.title()
