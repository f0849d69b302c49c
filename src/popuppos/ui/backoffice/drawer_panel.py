"""The cash drawer at shift close: expected cash, the count the host types, and the verdict."""

from __future__ import annotations

from popuppos.core.drawer import DrawerCount
from popuppos.core.money import MoneyError, parse_money
from popuppos.services.shifts import ShiftTotals
from popuppos.ui.backoffice.common import (
    Figures,
    field_error,
    money_edit,
    money_problem,
    repolish,
    set_invalid,
    show_field_error,
    tone_colour,
)
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.qt import QFrame, QHBoxLayout, QLabel, QLineEdit, Qt, QVBoxLayout, Signal

VERDICT_TONES = {"Balanced": "success", "Over": "warning", "Short": "danger"}
VERDICT_WORDS = (  # core.drawer's verdicts, for lupdate; shown through verdict_text
    QT_TRANSLATE_NOOP("backoffice/drawer_panel", "Balanced"),
    QT_TRANSLATE_NOOP("backoffice/drawer_panel", "Over"),
    QT_TRANSLATE_NOOP("backoffice/drawer_panel", "Short"),
)


def verdict_text(verdict: str) -> str:
    """ "Balanced" / "Over" / "Short" in the shop's language."""
    return translate("backoffice/drawer_panel", verdict)


class CashDrawerPanel(QFrame):
    """Opening float + cash sales − cash refunds = expected; counted; Balanced / Over / Short.

    ``changed`` is emitted whenever the count (or the note) changes, so the dialog can
    enable its Close button. Short is shown in the theme's danger colour.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.totals: ShiftTotals | None = None
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addWidget(QLabel(translate("backoffice/drawer_panel", "<b>Cash drawer</b>")))
        fig = Figures()
        self.float_value = fig.add(translate("backoffice/drawer_panel", "Opening float"))
        self.cash_sales_value = fig.add(translate("backoffice/drawer_panel", "+ Cash sales"))
        self.cash_refunds_value = fig.add(
            translate("backoffice/drawer_panel", "− Cash refunds and voids")
        )
        fig.add_rule()
        self.expected_value = fig.add(
            translate("backoffice/drawer_panel", "= Expected in the drawer"), strong=True
        )
        layout.addWidget(fig.widget)
        layout.addSpacing(4)

        layout.addWidget(QLabel(translate("backoffice/drawer_panel", "Counted cash")))
        self.count_edit = money_edit(
            translate("backoffice/drawer_panel", "Count the drawer"), big=True
        )
        self.count_edit.setAccessibleName(translate("backoffice/drawer_panel", "Counted cash"))
        layout.addWidget(self.count_edit)
        self.count_error = field_error()
        layout.addWidget(self.count_error)

        self.verdict_box = QFrame()
        self.verdict_box.setObjectName("Banner")
        row = QHBoxLayout(self.verdict_box)
        row.setContentsMargins(2, 0, 2, 0)  # the Banner style pads it already
        self.verdict_label = QLabel()
        self.difference_label = QLabel()
        self.difference_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        row.addWidget(self.verdict_label)
        row.addStretch(1)
        row.addWidget(self.difference_label)
        layout.addWidget(self.verdict_box)

        self.note_label = QLabel(translate("backoffice/drawer_panel", "Note"))
        layout.addWidget(self.note_label)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(
            translate("backoffice/drawer_panel", "What happened? (needed when the count is off)")
        )
        layout.addWidget(self.note_edit)
        layout.addWidget(QLabel(translate("backoffice/drawer_panel", "Closed by")))
        self.closed_by_edit = QLineEdit(ctx.cashier)
        self.closed_by_edit.setMaxLength(80)
        self.closed_by_edit.setPlaceholderText(translate("backoffice/drawer_panel", "Your name"))
        layout.addWidget(self.closed_by_edit)

        self.count_edit.textChanged.connect(self._recount)
        self.note_edit.textChanged.connect(self._note_changed)
        self._recount()

    def set_totals(self, totals: ShiftTotals) -> None:
        self.totals = totals
        money = self.ctx.money
        self.float_value.setText(money(totals.shift.opening_float))
        self.cash_sales_value.setText(money(totals.cash_sales))
        self.cash_refunds_value.setText(money(totals.cash_refunds))
        self.expected_value.setText(money(totals.drawer(0).expected))
        if not self.closed_by_edit.text().strip():
            self.closed_by_edit.setText(totals.shift.opened_by)
        self._recount()

    # -- what the dialog reads ---------------------------------------------------------------
    def counted(self) -> int | None:
        """The counted cash typed so far; None while empty or not an amount."""
        try:
            text = self.count_edit.text()
            return parse_money(text, self.ctx.settings.currency) if text.strip() else None
        except MoneyError:
            return None

    def drawer(self) -> DrawerCount | None:
        counted = self.counted()
        return None if self.totals is None or counted is None else self.totals.drawer(counted)

    def note(self) -> str:
        return self.note_edit.text().strip()

    def closed_by(self) -> str:
        return self.closed_by_edit.text()

    def note_required(self) -> bool:
        drawer = self.drawer()
        return drawer is not None and drawer.difference != 0

    def missing(self) -> str:
        """Why the drawer cannot be closed yet ("" when it can)."""
        drawer = self.drawer()
        if drawer is None:
            if self.count_edit.text().strip():
                return translate("backoffice/drawer_panel", "The counted cash is not an amount.")
            return translate("backoffice/drawer_panel", "Count the cash in the drawer first.")
        if drawer.difference and not self.note():
            amount = self.ctx.money(abs(drawer.difference))
            if drawer.difference > 0:
                sentence = translate(
                    "backoffice/drawer_panel",
                    "The drawer is over by {amount}: add a note saying what happened "
                    "before closing.",
                )
            else:
                sentence = translate(
                    "backoffice/drawer_panel",
                    "The drawer is short by {amount}: add a note saying what happened "
                    "before closing.",
                )
            return sentence.format(amount=amount)
        return ""

    def flag_missing(self) -> None:
        """Point at the field that is missing (after the host pressed Close too early)."""
        if self.drawer() is None:
            show_field_error(self.count_error, self.missing())
            self.count_edit.setFocus()
        elif self.note_required() and not self.note():
            set_invalid(self.note_edit, True)
            self.note_edit.setFocus()

    def set_locked(self, locked: bool) -> None:
        for w in (self.count_edit, self.note_edit, self.closed_by_edit):
            w.setEnabled(not locked)

    # -- internals ---------------------------------------------------------------------------
    def _recount(self) -> None:
        problem = money_problem(self.count_edit.text(), self.ctx.settings.currency)
        show_field_error(self.count_error, problem)
        set_invalid(self.count_edit, bool(problem))
        self._show_verdict(self.drawer())
        self.note_label.setText(
            translate("backoffice/drawer_panel", "Note (required: the count is off)")
            if self.note_required()
            else translate("backoffice/drawer_panel", "Note")
        )
        self.changed.emit()

    def _note_changed(self) -> None:
        set_invalid(self.note_edit, False)
        self.changed.emit()

    def _show_verdict(self, drawer: DrawerCount | None) -> None:
        if drawer is None:
            tone, verdict, amount = (
                "info",
                translate("backoffice/drawer_panel", "Enter the counted cash"),
                "",
            )
        else:
            verdict = drawer.verdict
            tone = VERDICT_TONES[verdict]
            d = drawer.difference
            amount = "" if d == 0 else ("+" if d > 0 else "−") + self.ctx.money(abs(d))
        colour = tone_colour(tone)
        size, weight = (22, 700) if drawer is not None else (15, 400)
        self.verdict_box.setProperty("tone", tone)
        repolish(self.verdict_box)
        self.verdict_label.setText(verdict_text(verdict))
        self.verdict_label.setStyleSheet(
            f"color: {colour}; font-size: {size}px; font-weight: {weight};"
        )
        self.difference_label.setText(amount)
        self.difference_label.setStyleSheet(
            f"color: {colour}; font-size: {size}px; font-weight: 700;"
        )

    @property
    def tone(self) -> str:
        return str(self.verdict_box.property("tone"))
