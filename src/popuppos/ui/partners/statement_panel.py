"""A partner's statements: preview a period's figures, issue, and the statements issued.

Left, a new statement: the period (with Today / This month / Last month), the figures as
they stand now and who owes whom, the paper, and Issue statement (numbered and stored).
Right, the statements already issued (``IssuedStatements``): reprint, CSV, print, correct.
A period is issued once it is over and not yet stated; the panel says which, and why not.
"""

from __future__ import annotations

from datetime import date, timedelta

from popuppos.documents.statement_data import StatementData, owed_sentence
from popuppos.services.statements import (
    StatementInfo,
    default_page_size,
    issue_statement,
    preview_statement,
)
from popuppos.ui.backoffice.common import Figures, Notice, button, card, heading, minus, muted
from popuppos.ui.calendar.look import short_date
from popuppos.ui.calendar.session_fields import FIELDS_QSS, DateField
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.partners.choices import ChoicePills, pydate, qdate
from popuppos.ui.partners.issued_statements import IssuedStatements, owed_words
from popuppos.ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTimer,
    QWidget,
    Signal,
)


def _day(d: date) -> str:
    return short_date(d, year=True)


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


class StatementPanel(QWidget):
    issued = Signal(object)  # StatementInfo, after Issue or Issue correction

    def __init__(self, ctx: AppContext, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FIELDS_QSS)
        self.ctx, self.notice = ctx, notice
        self.partner_id: str | None = None
        self.preview: StatementData | None = None
        self.previewing = False
        self.busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._run_preview)

        row = QHBoxLayout(self)
        row.setContentsMargins(4, 12, 4, 4)
        row.setSpacing(16)
        row.addWidget(self._new_card(), 5)
        self.issued_list = IssuedStatements(ctx, notice)
        self.issued_list.loaded.connect(self._update_issue_state)
        self.issued_list.issued.connect(self._corrected)
        row.addWidget(self.issued_list, 4)
        self.set_period(*last_month(date.today()))

    # -- the new statement ----------------------------------------------------------------------
    def _new_card(self) -> QWidget:
        frame, box = card()
        box.addWidget(heading(translate("partners/statement_panel", "New statement")))
        dates = QHBoxLayout()
        self.start_edit = DateField(
            qdate(date.today()), translate("partners/statement_panel", "First day")
        )
        self.end_edit = DateField(
            qdate(date.today()), translate("partners/statement_panel", "Last day")
        )
        for edit in (self.start_edit, self.end_edit):
            edit.setMinimumWidth(170)
            edit.dateChanged.connect(lambda _d: self.refresh_preview())
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(translate("partners/statement_panel", "to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        box.addLayout(dates)
        quick = QHBoxLayout()
        for text, span in (
            (translate("partners/statement_panel", "Today"), lambda t: (t, t)),
            (translate("partners/statement_panel", "This month"), lambda t: (t.replace(day=1), t)),
            (translate("partners/statement_panel", "Last month"), last_month),
        ):
            b = QPushButton(text)
            b.setObjectName("CategoryChip")
            b.setMinimumHeight(44)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _c=False, s=span: self.set_period(*s(date.today())))
            quick.addWidget(b)
        quick.addStretch(1)
        box.addLayout(quick)
        self.figures = Figures()
        self.gross_value = self.figures.add(translate("partners/statement_panel", "Gross sales"))
        self.refunds_value = self.figures.add(translate("partners/statement_panel", "Refunds"))
        self.base_value = self.figures.add(
            translate("partners/statement_panel", "Base the shares are taken on")
        )
        self.share_value = self.figures.add(translate("partners/statement_panel", "Shares"))
        self.fees_value = self.figures.add(translate("partners/statement_panel", "Fees per event"))
        self.top_up_value = self.figures.add(
            translate("partners/statement_panel", "Minimum-guarantee top-up")
        )
        self.figures.add_rule()
        self.owed_value = self.figures.add(
            translate("partners/statement_panel", "Amount owed"), strong=True
        )
        box.addWidget(self.figures.widget)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-size: 18px; font-weight: 700;")
        box.addWidget(self.sentence)
        self.covers = muted()
        box.addWidget(self.covers)
        box.addStretch(1)
        self.issue_button = button(
            translate("partners/statement_panel", "Issue statement"), role="primary"
        )
        self.issue_button.clicked.connect(self.issue)
        self.issue_button.setEnabled(False)
        self.paper_pills = ChoicePills(
            (("A4", "A4"), (translate("partners/statement_panel", "Letter"), "Letter")),
            translate("partners/statement_panel", "Paper"),
        )
        self.paper_pills.set_value(default_page_size(self.ctx.settings.locale))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(translate("partners/statement_panel", "Paper")))
        actions.addWidget(self.paper_pills)
        actions.addStretch(1)
        actions.addWidget(self.issue_button)
        box.addLayout(actions)
        return frame

    def set_period(self, start: date, end: date) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(True)
        self.start_edit.setDate(qdate(start))
        self.end_edit.setDate(qdate(end))
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(False)
        self.refresh_preview()

    def period(self) -> tuple[date, date]:
        return pydate(self.start_edit.date()), pydate(self.end_edit.date())

    def refresh_preview(self) -> None:
        self.previewing = True
        self.issue_button.setEnabled(False)
        self._timer.start()

    def _run_preview(self) -> None:
        if self.partner_id is None:
            self.previewing = False
            return
        db, pid, (start, end) = self.ctx.db, self.partner_id, self.period()
        actor = self._actor()
        run_operation(
            self,
            lambda: preview_statement(db, pid, start, end, actor=actor),
            on_success=self._show_preview,
            on_failure=self._preview_failed,
        )

    def _show_preview(self, data: StatementData) -> None:
        if (data.period_start, data.period_end) != self.period():
            return  # the host moved on; a newer preview is on its way
        self.preview, self.previewing = data, False
        money = self.ctx.money
        self.gross_value.setText(money(data.gross))
        self.refunds_value.setText(minus(money, data.refunds))
        self.base_value.setText(money(data.base))
        self.share_value.setText(money(data.share))
        self.fees_value.setText(money(data.fees))
        self.top_up_value.setText(money(data.top_up))
        self.owed_value.setText(money(data.owed))
        self.sentence.setText(owed_sentence(data, money))
        self._update_issue_state()

    def _update_issue_state(self) -> None:
        """Say what the preview covers, and whether it can be issued now (and if not, why)."""
        data = self.preview
        if data is None:
            self.issue_button.setEnabled(False)
            return
        n = len(data.agreements)
        refunds = data.refund_count
        words = (
            translate(
                "partners/statement_panel", "{sale_count} sale lines and {refunds} refund"
            ).format(sale_count=data.sale_count, refunds=refunds)
            if refunds == 1
            else translate(
                "partners/statement_panel", "{sale_count} sale lines and {refunds} refunds"
            ).format(sale_count=data.sale_count, refunds=refunds)
        )
        words += (
            translate("partners/statement_panel", " under {n} agreement.").format(n=n)
            if n == 1
            else translate("partners/statement_panel", " under {n} agreements.").format(n=n)
        )
        start, end = self.period()
        clash = next(
            (
                s
                for s in self.issued_list.statements
                if not s.corrected_by_number and s.period_start <= end and start <= s.period_end
            ),
            None,
        )
        if n == 0:
            words = translate(
                "partners/statement_panel",
                "No agreement with this partner is in force in this period.",
            )
        elif clash is not None:
            words += translate(
                "partners/statement_panel",
                " {number} already covers this period: to change it, correct it.",
            ).format(number=clash.number)
        elif end > date.today():
            words += translate(
                "partners/statement_panel",
                " The period ends on {end}: issue it once the period is over.",
            ).format(end=_day(end))
        self.covers.setText(words)
        can_issue = n > 0 and clash is None and start <= end <= date.today()
        self.issue_button.setEnabled(can_issue and not self.busy and not self.previewing)

    def _preview_failed(self, exc: BaseException) -> None:
        self.previewing = False
        self.preview = None
        self.sentence.setText("")
        self.covers.setText("")
        self._update_issue_state()
        self.notice.show_problem(exc)

    def _actor(self) -> str:
        return self.ctx.cashier or self.ctx.settings.device_name or "Host"

    # -- the partner ------------------------------------------------------------------------------
    def show_partner(self, partner_id: str | None) -> None:
        self.partner_id = partner_id
        self.setEnabled(partner_id is not None)
        self.issued_list.show_partner(partner_id)
        self.refresh_preview()

    # -- issuing --------------------------------------------------------------------------------
    def issue(self) -> None:
        if self.busy or self.partner_id is None:
            return
        db, pid, (start, end) = self.ctx.db, self.partner_id, self.period()
        actor, paper = self._actor(), self.paper_pills.value()
        self._set_busy(True)
        run_operation(
            self,
            lambda: issue_statement(db, pid, start, end, actor=actor, page_size=paper),
            on_success=self._issued,
            on_failure=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_issue_state()

    def _issued(self, info: StatementInfo) -> None:
        self._set_busy(False)
        self.notice.show_message(
            translate("partners/statement_panel", "Issued {number}: {owed_words}.").format(
                number=info.number, owed_words=owed_words(info, self.ctx.money)
            ),
            "success",
        )
        self.issued.emit(info)
        self.issued_list.reload(select=info.id)
        self.refresh_preview()

    def _corrected(self, info: StatementInfo) -> None:
        self.issued.emit(info)
        self.refresh_preview()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_problem(exc)
        self.refresh_preview()
