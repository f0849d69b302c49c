"""Pass tiers: what each membership costs, how long it lasts, what it gives, and its terms.

A tier is also a product (category "Passes", no stock to count), so saving one tells the
sell screen to reload its catalogue (``ctx.events.catalog_changed``). The code goes into
every pass's QR, so an existing tier keeps its code; a new code makes a new tier. The
member discount applies to the categories ticked (none ticked: every category except
passes). "Print sheet…" saves the cards of every active pass of the tier on A4 sheets.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from popuppos.core.member_pricing import PASSES_CATEGORY
from popuppos.core.money import MoneyError, parse_money
from popuppos.core.pricing import rate_number
from popuppos.services.catalog import categories
from popuppos.services.errors import ServiceError
from popuppos.services.pass_admin import TierInfo, TierSpec, list_tiers, save_tier
from popuppos.store.db import Database
from popuppos.ui.backoffice.common import Notice, button, heading, money_edit, muted
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.passes.cards import active_passes_of_tier, ask_and_save, sheet_pdf
from popuppos.ui.qt import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRegularExpression,
    QRegularExpressionValidator,
    QScrollArea,
    QSize,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)

TIER_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_PATTERN = r"[A-Z0-9][A-Z0-9_-]{0,7}"


def parse_percent(text: str) -> int:
    """ "10" / "12.5" / "12,5 %" -> basis points (1000 / 1250); ValueError with a reason."""
    t = text.strip().rstrip("%").strip().replace(",", ".")
    if not t:
        return 0
    try:
        value = Decimal(t) * 100
    except InvalidOperation:
        raise ValueError("the discount is a percent, like 10 or 12.5") from None
    if value != value.to_integral_value():
        raise ValueError("the discount has at most two decimals")
    if not 0 <= value <= 10_000:
        raise ValueError("the discount is between 0 and 100 %")
    return int(value)


def _sheet_of_tier(db: Database, tier_id: str) -> bytes:
    ids = [p.pass_id for p in active_passes_of_tier(db, tier_id)]
    if not ids:
        raise ServiceError(
            translate("passes/tiers_dialog", "this tier has no active passes to print")
        )
    return sheet_pdf(db, ids)


def _spin(maximum: int, suffix: str = "", minimum: int = 0) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSuffix(suffix)
    box.setMinimumHeight(44)
    # Typed, not stepped: the theme's arrows are too small to tap. Hidden by style sheet, not
    # NoButtons (under the theme's padding that collapses the text field; see refund_lines).
    box.setStyleSheet(
        "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
        "QSpinBox::up-arrow, QSpinBox::down-arrow { image: none; width: 0px; height: 0px; }"
    )
    box.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    box.setMaximumWidth(220)
    return box


class TiersDialog(QDialog):
    """The list of tiers on the left, the chosen (or new) tier's form on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TiersDialog")
        self.setWindowTitle(translate("passes/tiers_dialog", "Pass tiers"))
        self.setModal(True)
        self.ctx = ctx
        self.tiers: list[TierInfo] = []
        self.editing: TierInfo | None = None
        self.loaded = False
        self.saving = False
        self._select_after: str | None = None
        self._category_names: list[str] = []

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        box.addWidget(heading(translate("passes/tiers_dialog", "Pass tiers")))
        box.addWidget(
            muted(
                translate(
                    "passes/tiers_dialog",
                    "Memberships the stall sells. Each is a product in the Passes category.",
                )
            )
        )
        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("TierList")
        self.list.setAccessibleName(translate("passes/tiers_dialog", "Tiers"))
        self.list.setMinimumWidth(260)
        self.list.currentItemChanged.connect(self._chosen)
        left.addWidget(self.list, 1)
        self.new_button = button(translate("passes/tiers_dialog", "New tier"))
        self.new_button.clicked.connect(self.new_tier)
        left.addWidget(self.new_button)
        body.addLayout(left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._form())
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        body.addWidget(scroll, 2)
        box.addLayout(body, 1)
        self.notice = Notice()
        box.addWidget(self.notice)
        row = QHBoxLayout()
        self.sheet_button = button(translate("passes/tiers_dialog", "Print sheet…"))
        self.sheet_button.setToolTip(
            translate(
                "passes/tiers_dialog", "Save the cards of every active pass of this tier, to print"
            )
        )
        self.sheet_button.clicked.connect(self.print_sheet)
        self.close_button = button(translate("passes/tiers_dialog", "Close"), role="quiet")
        self.close_button.clicked.connect(self.reject)
        self.save_button = button(translate("passes/tiers_dialog", "Save tier"), role="primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.save_button)
        box.addLayout(row)
        self.setMinimumSize(900, 680)
        self.new_tier()
        self.reload()

    # -- the form ---------------------------------------------------------------------------
    def _form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 12, 0)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText(translate("passes/tiers_dialog", "Gold membership"))
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(8)
        self.code_edit.setPlaceholderText(translate("passes/tiers_dialog", "GOLD (goes in the QR)"))
        self.code_edit.setValidator(
            QRegularExpressionValidator(  # typed in lower case, shown in upper case
                QRegularExpression(
                    CODE_PATTERN, QRegularExpression.PatternOption.CaseInsensitiveOption
                ),
                self.code_edit,
            )
        )
        self.code_edit.textEdited.connect(self._upper_code)
        self.price_edit = money_edit(translate("passes/tiers_dialog", "Price, e.g. 60.00"))
        self.validity_spin = _spin(3660, translate("passes/tiers_dialog", " days"), minimum=1)
        self.validity_spin.setValue(365)
        self.discount_edit = QLineEdit()
        self.discount_edit.setPlaceholderText("e.g. 10")
        self.discount_edit.setMaximumWidth(220)
        self.category_list = QListWidget()
        self.category_list.setObjectName("TierCategories")
        self.category_list.setMaximumHeight(196)
        self.early_spin = _spin(100_000, translate("passes/tiers_dialog", " min early"))
        self.sessions_spin = _spin(100_000, translate("passes/tiers_dialog", " sessions"))
        self.one_to_one_spin = _spin(100_000, translate("passes/tiers_dialog", " min"))
        self.transferable_check = QCheckBox(
            translate("passes/tiers_dialog", "Can be transferred to another member")
        )
        self.refund_edit = QPlainTextEdit()
        self.refund_edit.setPlaceholderText(
            translate(
                "passes/tiers_dialog",
                "In plain words, e.g. Refundable in full within 14 days if no session was used.",
            )
        )
        self.transfer_edit = QPlainTextEdit()
        self.transfer_edit.setPlaceholderText(
            translate(
                "passes/tiers_dialog",
                "e.g. Transferable once, at the stall, with the new holder present.",
            )
        )
        for edit in (self.refund_edit, self.transfer_edit):
            edit.setMaximumHeight(84)
            edit.setTabChangesFocus(True)
        form.addRow(translate("passes/tiers_dialog", "Name"), self.name_edit)
        form.addRow(translate("passes/tiers_dialog", "Code"), self.code_edit)
        form.addRow(translate("passes/tiers_dialog", "Price"), self.price_edit)
        form.addRow(translate("passes/tiers_dialog", "Valid for"), self.validity_spin)
        form.addRow(translate("passes/tiers_dialog", "Member discount %"), self.discount_edit)
        form.addRow(translate("passes/tiers_dialog", "Discount on"), self.category_list)
        form.addRow(
            "",
            muted(
                translate("passes/tiers_dialog", "None ticked: every category (passes excepted).")
            ),
        )
        form.addRow(translate("passes/tiers_dialog", "Early access"), self.early_spin)
        form.addRow(translate("passes/tiers_dialog", "Included"), self.sessions_spin)
        form.addRow(translate("passes/tiers_dialog", "1:1 time"), self.one_to_one_spin)
        form.addRow("", self.transferable_check)
        form.addRow(translate("passes/tiers_dialog", "Refund terms"), self.refund_edit)
        form.addRow(translate("passes/tiers_dialog", "Transfer terms"), self.transfer_edit)
        return page

    def _upper_code(self, text: str) -> None:
        if text != text.upper():
            pos = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(pos)

    def _set_categories(self, names: list[str], ticked: tuple[str, ...]) -> None:
        wanted = {n.casefold() for n in ticked}
        shown = [n for n in names if n != PASSES_CATEGORY]
        shown += [n for n in ticked if n.casefold() not in {s.casefold() for s in shown}]
        self.category_list.clear()
        for name in shown:
            item = QListWidgetItem(name)
            item.setSizeHint(QSize(0, 36))  # a row a thumb can tick
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name.casefold() in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.category_list.addItem(item)

    def ticked_categories(self) -> tuple[str, ...]:
        items = [self.category_list.item(i) for i in range(self.category_list.count())]
        return tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_ticked(self, names: tuple[str, ...]) -> None:
        wanted = {n.casefold() for n in names}
        for i in range(self.category_list.count()):
            item = self.category_list.item(i)
            ticked = item.text().casefold() in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        db = self.ctx.db
        self.loaded = False
        run_operation(
            self,
            lambda: (list_tiers(db), categories(db)),
            on_success=lambda found: self._show(*found),
            on_failure=self.notice.show_problem,
        )

    def _show(self, tiers: list[TierInfo], names: list[str]) -> None:
        self.tiers, self._category_names = tiers, names
        current = self._select_after or (self.editing.id if self.editing else None)
        self._select_after = None
        self.list.blockSignals(True)
        self.list.clear()
        for tier in tiers:
            text = f"{tier.name}\n{tier.code} · {self.ctx.money(tier.price)}"
            if not tier.active:
                text += translate("passes/tiers_dialog", " · not on sale")
            item = QListWidgetItem(text)
            item.setData(TIER_ROLE, tier.id)
            item.setSizeHint(QSize(0, 56))
            self.list.addItem(item)
            if tier.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        chosen = next((t for t in tiers if t.id == current), None)
        if chosen is not None:
            self.load_tier(chosen)
        else:
            self._set_categories(names, self.ticked_categories())
        self.loaded = True

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        tier_id = item.data(TIER_ROLE) if item is not None else None
        tier = next((t for t in self.tiers if t.id == tier_id), None)
        if tier is not None:
            self.load_tier(tier)

    def select(self, code: str) -> None:
        for row, tier in enumerate(self.tiers):
            if tier.code == code:
                self.list.setCurrentRow(row)

    def new_tier(self) -> None:
        self.editing = None
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        for edit in (self.name_edit, self.code_edit, self.price_edit, self.discount_edit):
            edit.clear()
        self.code_edit.setReadOnly(False)
        self.validity_spin.setValue(365)
        for spin in (self.early_spin, self.sessions_spin, self.one_to_one_spin):
            spin.setValue(0)
        self.transferable_check.setChecked(False)
        self.refund_edit.clear()
        self.transfer_edit.clear()
        self._set_categories(self._category_names, ())
        self.sheet_button.setEnabled(False)
        self.name_edit.setFocus()

    def load_tier(self, tier: TierInfo) -> None:
        self.editing = tier
        self.name_edit.setText(tier.name)
        self.code_edit.setText(tier.code)
        self.code_edit.setReadOnly(True)  # the code is in every pass already issued
        self.code_edit.setToolTip(
            translate(
                "passes/tiers_dialog", "The code is printed in every pass's QR; it cannot change."
            )
        )
        self.price_edit.setText(self.ctx.money(tier.price))
        self.validity_spin.setValue(tier.validity_days)
        self.discount_edit.setText(rate_number(tier.discount_bp) if tier.discount_bp else "")
        self._set_categories(self._category_names, tier.discount_categories)
        self.early_spin.setValue(tier.early_access_minutes)
        self.sessions_spin.setValue(tier.included_sessions)
        self.one_to_one_spin.setValue(tier.one_to_one_minutes)
        self.transferable_check.setChecked(tier.transferable)
        self.refund_edit.setPlainText(tier.refund_terms)
        self.transfer_edit.setPlainText(tier.transfer_terms)
        self.sheet_button.setEnabled(True)

    # -- saving -----------------------------------------------------------------------------
    def spec(self) -> TierSpec:
        """The form as a TierSpec; ValueError (MoneyError) with a reason for the host."""
        settings = self.ctx.settings
        price_text = self.price_edit.text()
        try:
            price = parse_money(price_text, settings.currency, settings.locale)
        except MoneyError as exc:
            raise ValueError(f"price: {exc}") from None
        return TierSpec(
            name=self.name_edit.text().strip(),
            code=self.code_edit.text().strip().upper(),
            price=price,
            validity_days=self.validity_spin.value(),
            discount_bp=parse_percent(self.discount_edit.text()),
            discount_categories=self.ticked_categories(),
            early_access_minutes=self.early_spin.value(),
            included_sessions=self.sessions_spin.value(),
            one_to_one_minutes=self.one_to_one_spin.value(),
            transferable=self.transferable_check.isChecked(),
            refund_terms=self.refund_edit.toPlainText().strip(),
            transfer_terms=self.transfer_edit.toPlainText().strip(),
        )

    def save(self) -> None:
        if self.saving:
            return
        try:
            spec = self.spec()
        except ValueError as exc:
            reason = str(exc)
            self.notice.show_message(reason[:1].upper() + reason[1:], "danger")
            return
        db = self.ctx.db
        self.saving = True
        self.save_button.setEnabled(False)
        run_operation(
            self,
            lambda: save_tier(db, spec),
            on_success=lambda tier_id: self._saved(tier_id, spec),
            on_failure=self._save_failed,
        )

    def _saved(self, tier_id: str, spec: TierSpec) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self._select_after = tier_id
        self.notice.show_message(
            translate(
                "passes/tiers_dialog", "Saved. {name} is on sale in the {passes_category} category."
            ).format(name=spec.name, passes_category=PASSES_CATEGORY),
            "success",
        )
        self.ctx.events.catalog_changed.emit()  # a tier is a sellable product
        self.reload()

    def _save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.notice.show_problem(exc)

    # -- printing ---------------------------------------------------------------------------
    def print_sheet(self) -> None:
        tier = self.editing
        if tier is None:
            return
        db, tier_id = self.ctx.db, tier.id
        ask_and_save(
            self,
            translate("passes/tiers_dialog", "Save the tier's pass cards"),
            f"pass-cards-{tier.code}.pdf",
            lambda: _sheet_of_tier(db, tier_id),
            on_saved=lambda path: self.notice.show_message(
                translate("passes/tiers_dialog", "Saved {name} in {parent}").format(
                    name=path.name, parent=path.parent
                ),
                "success",
            ),
            on_failure=self.notice.show_problem,
        )
