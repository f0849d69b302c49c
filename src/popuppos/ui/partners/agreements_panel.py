"""A partner's revenue-share agreements: the list, and the editor for one.

The share is typed as a person writes it ("12.5 %", "12,5", "7") and stored in basis points;
amounts are typed in the shop's currency. Which agreement takes a sale when several are in
force is written under the form, in the words of ``core.revenue_share``.
"""

from __future__ import annotations

from datetime import date

from popuppos.core.money import MoneyError, parse_money
from popuppos.core.revenue_share import (
    Basis,
    RevenueShareError,
    Scope,
    format_percent,
    parse_percent,
)
from popuppos.services.partners import (
    AgreementInfo,
    AgreementSpec,
    CategoryChoice,
    EventChoice,
    category_choices,
    event_choices,
    list_agreements,
    remove_agreement,
    save_agreement,
)
from popuppos.ui.backoffice.common import (
    Notice,
    button,
    field_error,
    money_edit,
    muted,
    set_invalid,
    show_field_error,
)
from popuppos.ui.calendar.look import short_date
from popuppos.ui.calendar.session_fields import FIELDS_QSS, DateField
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, english_dates, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.partners.choices import ChoicePills, DropDown, pydate, qdate
from popuppos.ui.qt import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RULES = QT_TRANSLATE_NOOP(
    "partners/agreements_panel",
    "When agreements overlap, a sale pays one share: an event's "
    "agreement before a category's, before one on all sales. Fees "
    "count the partner's events in the period; the guarantee tops "
    "the period up to its minimum.",
)
SCOPES = (
    (QT_TRANSLATE_NOOP("partners/agreements_panel", "All sales"), Scope.ALL),
    (QT_TRANSLATE_NOOP("partners/agreements_panel", "One category"), Scope.CATEGORY),
    (QT_TRANSLATE_NOOP("partners/agreements_panel", "One event"), Scope.EVENT),
)


class AgreementsPanel(QWidget):
    """The agreements of ``partner_id`` on the left, the chosen one's terms on the right."""

    changed = Signal()  # an agreement was saved or removed

    def __init__(self, ctx: AppContext, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(FIELDS_QSS)
        self.ctx, self.notice = ctx, notice
        self.partner_id: str | None = None
        self.agreements: list[AgreementInfo] = []
        self.editing: AgreementInfo | None = None
        self.loaded = False
        self.busy = False
        self._select_after: str | None = None
        self._categories: list[CategoryChoice] = []
        self._events: list[EventChoice] = []

        body = QHBoxLayout(self)
        body.setContentsMargins(4, 12, 4, 4)
        body.setSpacing(16)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("AgreementList")
        self.list.setAccessibleName(translate("partners/agreements_panel", "Agreements"))
        self.list.setMinimumWidth(250)
        self.list.currentItemChanged.connect(self._chosen)
        left.addWidget(self.list, 1)
        self.new_button = button(translate("partners/agreements_panel", "New agreement"))
        self.new_button.clicked.connect(self.new_agreement)
        left.addWidget(self.new_button)
        body.addLayout(left, 2)
        body.addLayout(self._form(), 3)

    def _form(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(8)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(120)
        self.label_edit.setPlaceholderText(
            translate("partners/agreements_panel", "e.g. Gallery wall (optional)")
        )
        self.percent_edit = QLineEdit()
        self.percent_edit.setPlaceholderText("e.g. 12.5 %")
        self.percent_edit.setAccessibleName(
            translate("partners/agreements_panel", "Partner's share in percent")
        )
        self.percent_edit.setMaximumWidth(140)
        self.percent_edit.textEdited.connect(self._check_percent)
        self.basis_pills = ChoicePills(
            (
                (translate("partners/agreements_panel", "of net sales"), Basis.NET.value),
                (translate("partners/agreements_panel", "of gross sales"), Basis.GROSS.value),
            ),
            "Basis",
        )
        self.basis_pills.changed.connect(lambda _v: self._explain_basis())
        share_row = QHBoxLayout()
        share_row.addWidget(self.percent_edit)
        share_row.addWidget(self.basis_pills, 1)
        self.percent_error = field_error()
        self.basis_hint = muted()
        self.scope_pills = ChoicePills(
            [(translate("partners/agreements_panel", t), s.value) for t, s in SCOPES],
            translate("partners/agreements_panel", "Applies to"),
        )
        self.scope_pills.changed.connect(lambda _v: self._scope_changed())
        self.category_combo = DropDown(translate("partners/agreements_panel", "Category"))
        self.event_combo = DropDown(translate("partners/agreements_panel", "Event"))
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        today = date.today()
        self.start_edit = DateField(
            qdate(today.replace(day=1)), translate("partners/agreements_panel", "First day")
        )
        self.end_edit = DateField(qdate(today), translate("partners/agreements_panel", "Last day"))
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(translate("partners/agreements_panel", "to")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        self.fee_edit = money_edit("0.00")
        self.fee_edit.setMaximumWidth(180)
        self.guarantee_edit = money_edit("0.00")
        self.guarantee_edit.setMaximumWidth(180)
        form.addRow(translate("partners/agreements_panel", "Name"), self.label_edit)
        form.addRow(translate("partners/agreements_panel", "Share"), share_row)
        form.addRow("", self.percent_error)
        form.addRow("", self.basis_hint)
        form.addRow(translate("partners/agreements_panel", "Applies to"), self.scope_pills)
        self.category_label = QLabel(translate("partners/agreements_panel", "Category"))
        form.addRow(self.category_label, self.category_combo)
        self.event_label = QLabel(translate("partners/agreements_panel", "Event"))
        form.addRow(self.event_label, self.event_combo)
        form.addRow(translate("partners/agreements_panel", "In force"), dates)
        form.addRow(translate("partners/agreements_panel", "Fee per event"), self.fee_edit)
        self.fee_hint = muted()
        form.addRow("", self.fee_hint)
        form.addRow(
            translate("partners/agreements_panel", "Minimum guarantee"), self.guarantee_edit
        )
        box.addLayout(form)
        box.addWidget(muted(translate("partners/agreements_panel", RULES)))
        box.addStretch(1)
        row = QHBoxLayout()
        self.remove_button = button(
            translate("partners/agreements_panel", "Remove"), role="danger-quiet"
        )
        self.remove_button.clicked.connect(self.remove)
        self.save_button = button(
            translate("partners/agreements_panel", "Save agreement"), role="primary"
        )
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        box.addLayout(row)
        self._scope_changed()
        self._explain_basis()
        return box

    # -- loading ----------------------------------------------------------------------------
    def show_partner(self, partner_id: str | None, name: str = "") -> None:
        self.partner_id = partner_id
        self.set_venue_name(name)
        self.editing = None
        self.setEnabled(partner_id is not None)
        self.reload()

    def set_venue_name(self, name: str) -> None:
        """Fees count the plan's events whose venue reads the partner's name."""
        self.fee_hint.setText(
            translate(
                "partners/agreements_panel",
                "Charged for each event in the plan at the venue “{name}” (or "
                "for the chosen event) that falls in the period.",
            ).format(name=name)
            if name
            else ""
        )

    def reload(self) -> None:
        db, pid = self.ctx.db, self.partner_id
        self.loaded = False
        if pid is None:
            self._show([], [], [])
            return
        run_operation(
            self,
            lambda: (list_agreements(db, pid), category_choices(db), event_choices(db)),
            on_success=lambda found: self._show(*found),
            on_failure=self.notice.show_problem,
        )

    def _show(
        self,
        agreements: list[AgreementInfo],
        categories: list[CategoryChoice],
        events: list[EventChoice],
    ) -> None:
        self.agreements, self._categories, self._events = agreements, categories, events
        self.category_combo.clear()
        for c in categories:
            self.category_combo.addItem(c.name, c.id)
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for e in events:
            self.event_combo.addItem(e.text, e.id)
        self.event_combo.blockSignals(False)
        current = self._select_after or (self.editing.id if self.editing else None)
        self._select_after = None
        self.list.blockSignals(True)
        self.list.clear()
        for a in agreements:
            item = QListWidgetItem(f"{a.label}\n{_summary(a)}")
            item.setData(ID_ROLE, a.id)
            item.setToolTip(a.words(self.ctx.settings.locale))
            item.setSizeHint(QSize(0, 58))
            self.list.addItem(item)
            if a.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        chosen = next((a for a in agreements if a.id == current), None)
        if chosen is not None:
            self.load(chosen)
        else:
            self.new_agreement()
        self.loaded = True

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        found = next((a for a in self.agreements if item and a.id == item.data(ID_ROLE)), None)
        if found is not None:
            self.load(found)

    def new_agreement(self) -> None:
        self.editing = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        for edit in (self.label_edit, self.percent_edit, self.fee_edit, self.guarantee_edit):
            edit.clear()
        self.basis_pills.set_value(Basis.NET.value)
        self.scope_pills.set_value(Scope.ALL.value)
        self._scope_changed()
        today = date.today()
        self.start_edit.setDate(qdate(today.replace(day=1)))
        self.end_edit.setDate(qdate(today))
        self._check_percent("")
        self.remove_button.setEnabled(False)

    def load(self, a: AgreementInfo) -> None:
        self.editing = a
        self.label_edit.setText(a.label)
        self.percent_edit.setText(format_percent(a.rate_bp))
        self.basis_pills.set_value(a.basis.value)
        self.scope_pills.set_value(a.scope.value)
        self._scope_changed()
        if a.category_id:
            self._set_combo(self.category_combo, a.category_id)
        if a.event_id:
            self._set_combo(self.event_combo, a.event_id)
        self.start_edit.setDate(qdate(a.starts_on))
        self.end_edit.setDate(qdate(a.ends_on))
        self.fee_edit.setText(self._money_text(a.fee_per_event))
        self.guarantee_edit.setText(self._money_text(a.minimum_guarantee))
        self._check_percent(self.percent_edit.text())
        self.remove_button.setEnabled(True)

    def _money_text(self, minor: int) -> str:
        return self.ctx.money(minor) if minor else ""

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _explain_basis(self) -> None:
        self.basis_hint.setText(
            translate(
                "partners/agreements_panel", "Net: what customers paid, less tax and refunds."
            )
            if self.basis_pills.value() == Basis.NET.value
            else translate(
                "partners/agreements_panel",
                "Gross: what customers paid, tax included; refunds are not taken off.",
            )
        )

    def _scope_changed(self) -> None:
        scope = self.scope_pills.value()
        for widget, shown in (
            (self.category_label, scope == Scope.CATEGORY.value),
            (self.category_combo, scope == Scope.CATEGORY.value),
            (self.event_label, scope == Scope.EVENT.value),
            (self.event_combo, scope == Scope.EVENT.value),
        ):
            widget.setVisible(shown)
        if scope == Scope.EVENT.value:
            self._event_chosen()

    def _event_chosen(self, _index: int = 0) -> None:
        """An event agreement is in force on the event's days (the host may widen it)."""
        if self.scope_pills.value() != Scope.EVENT.value or self.editing is not None:
            return
        found = next((e for e in self._events if e.id == self.event_combo.currentData()), None)
        if found is not None:
            self.start_edit.setDate(qdate(found.day))
            self.end_edit.setDate(qdate(found.ends_day))

    def _check_percent(self, text: str) -> str:
        problem = ""
        if text.strip():
            try:
                parse_percent(text)
            except RevenueShareError as exc:
                problem = str(exc)[:1].upper() + str(exc)[1:]
        show_field_error(self.percent_error, problem)
        set_invalid(self.percent_edit, bool(problem))
        return problem

    # -- saving -----------------------------------------------------------------------------
    def spec(self) -> AgreementSpec:
        """The form as a spec; ValueError with a sentence for the host."""
        if self.partner_id is None:
            raise ValueError("choose a partner first")
        try:
            rate = parse_percent(self.percent_edit.text() or "0")
        except RevenueShareError as exc:
            raise ValueError(f"share: {exc}") from None
        settings = self.ctx.settings
        amounts = []
        for name, edit in (
            (translate("partners/agreements_panel", "fee per event"), self.fee_edit),
            (translate("partners/agreements_panel", "minimum guarantee"), self.guarantee_edit),
        ):
            try:
                text = edit.text().strip()
                amounts.append(parse_money(text, settings.currency, settings.locale) if text else 0)
            except MoneyError as exc:
                raise ValueError(f"{name}: {exc}") from None
        scope = self.scope_pills.value()
        return AgreementSpec(
            partner_id=self.partner_id,
            label=self.label_edit.text(),
            basis=self.basis_pills.value(),
            rate_bp=rate,
            scope=scope,
            starts_on=pydate(self.start_edit.date()),
            ends_on=pydate(self.end_edit.date()),
            category_id=self.category_combo.currentData()
            if scope == Scope.CATEGORY.value
            else None,
            event_id=self.event_combo.currentData() if scope == Scope.EVENT.value else None,
            fee_per_event=amounts[0],
            minimum_guarantee=amounts[1],
            id=self.editing.id if self.editing else None,
        )

    def save(self) -> None:
        if self.busy:
            return
        try:
            spec = self.spec()
        except ValueError as exc:
            text = str(exc)
            self.notice.show_message(text[:1].upper() + text[1:] + ".", "danger")
            return
        db = self.ctx.db
        self._busy(True)
        run_operation(
            self,
            lambda: save_agreement(db, spec),
            on_success=lambda agreement_id: self._done(
                agreement_id, translate("partners/agreements_panel", "Agreement saved.")
            ),
            on_failure=self._failed,
        )

    def remove(self) -> None:
        if self.busy or self.editing is None:
            return
        db, agreement_id, label = self.ctx.db, self.editing.id, self.editing.label
        self._busy(True)
        self.editing = None
        run_operation(
            self,
            lambda: remove_agreement(db, agreement_id),
            on_success=lambda _none: self._done(
                None,
                translate("partners/agreements_panel", "Removed “{label}”.").format(label=label),
            ),
            on_failure=self._failed,
        )

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.editing is not None)

    def _done(self, agreement_id: str | None, message: str) -> None:
        self._busy(False)
        self._select_after = agreement_id
        self.notice.show_message(message, "success")
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.notice.show_problem(exc)


def _summary(a: AgreementInfo) -> str:
    """One short line for the list: "12.5 % of net · all sales · 1 Nov – 30 Nov"."""
    scope = {
        Scope.ALL: translate("partners/agreements_panel", "all sales"),
        Scope.CATEGORY: a.category_name
        or translate("partners/agreements_panel", "a removed category"),
        Scope.EVENT: a.event_title or translate("partners/agreements_panel", "a removed event"),
    }[a.scope]
    start, end = a.starts_on, a.ends_on
    if start == end:
        days = short_date(start)
    elif (start.year, start.month) == (end.year, end.month):
        dot = "" if english_dates() else "."
        days = f"{start.day}{dot}–{short_date(end)}"
    else:
        days = f"{short_date(start)} – {short_date(end)}"
    basis = {
        "net": translate("partners/agreements_panel", "net"),
        "gross": translate("partners/agreements_panel", "gross"),
    }.get(a.basis.value, a.basis.value)
    return translate("partners/agreements_panel", "{rate_bp} of {basis} · {scope} · {days}").format(
        rate_bp=format_percent(a.rate_bp), basis=basis, scope=scope, days=days
    )
