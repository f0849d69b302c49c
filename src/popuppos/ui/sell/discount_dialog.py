"""A discount on one line or on the whole sale: a percent or an amount, with quick presets."""

from __future__ import annotations

from collections.abc import Callable

from popuppos.core.cart import Cart, CartLine
from popuppos.core.money import MoneyError, parse_money
from popuppos.core.pricing import Discount, DiscountKind, PricingError
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import error_qss, label, make_button, set_prop

PERCENT_PRESETS = (500, 1000, 1500, 2000)


def parse_percent(text: str) -> int:
    """``"10"`` -> 1000 bp, ``"12.5"`` / ``"12,5 %"`` -> 1250 bp; at most two decimals."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    if not cleaned:
        raise PricingError(translate("sell/discount_dialog", "type a percentage"))
    whole, _, frac = cleaned.partition(".")
    if not whole:
        whole = "0"
    if not whole.isdigit() or (frac and not frac.isdigit()) or len(frac) > 2:
        raise PricingError(
            translate("sell/discount_dialog", "{text!r} is not a percentage").format(
                text=text.strip()
            )
        )
    bp = int(whole) * 100 + int(frac.ljust(2, "0") or "0")
    if bp > 10_000:
        raise PricingError(
            translate("sell/discount_dialog", "a discount cannot be more than 100 %")
        )
    return bp


class DiscountDialog(QDialog):
    """Opened with ``open()``; emits ``applied(Discount | None)`` (None removes it)."""

    applied = Signal(object)

    def __init__(
        self,
        title: str,
        money: Callable[[int], str],
        currency: str,
        parent: QWidget | None = None,
        *,
        current: Discount | None = None,
        base: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DiscountDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self._money = money
        self._currency = currency
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(title, "Heading"))
        if base is not None:
            layout.addWidget(
                label(
                    translate("sell/discount_dialog", "Before discount: {amount}").format(
                        amount=money(base)
                    ),
                    "Muted",
                )
            )

        kinds = QHBoxLayout()
        self.percent_button = make_button(translate("sell/discount_dialog", "Percent  %"))
        self.amount_button = make_button(translate("sell/discount_dialog", "Amount"))
        self.kind_group = QButtonGroup(self)
        for b in (self.percent_button, self.amount_button):
            b.setCheckable(True)
            b.setObjectName("CategoryChip")
            self.kind_group.addButton(b)
            kinds.addWidget(b)
        kinds.addStretch(1)
        layout.addLayout(kinds)

        presets = QHBoxLayout()
        self.preset_buttons: list[QPushButton] = []
        for bp in PERCENT_PRESETS:
            b = make_button(f"{bp // 100} %")
            b.setProperty("role", "key")
            b.clicked.connect(lambda _=False, v=bp: self._apply(Discount.percent(v)))
            presets.addWidget(b)
            self.preset_buttons.append(b)
        layout.addLayout(presets)

        self.edit = QLineEdit()
        self.edit.setObjectName("DiscountValue")
        self.edit.setPlaceholderText(translate("sell/discount_dialog", "Another value"))
        self.edit.returnPressed.connect(self._apply_typed)
        self.edit.textChanged.connect(lambda _t: self._show_error(""))
        layout.addWidget(self.edit)
        self.error = label("", "FieldError", wrap=True)
        self.error.setStyleSheet(error_qss())
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.remove_button = make_button(
            translate("sell/discount_dialog", "Remove discount"), role="danger-quiet"
        )
        self.remove_button.setVisible(current is not None)
        self.remove_button.clicked.connect(lambda: self._apply(None))
        cancel = make_button(translate("sell/discount_dialog", "Cancel"), role="quiet")
        cancel.clicked.connect(self.reject)
        self.apply_button = make_button(translate("sell/discount_dialog", "Apply"), role="primary")
        self.apply_button.setObjectName("ApplyDiscount")
        self.apply_button.clicked.connect(self._apply_typed)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)

        self.kind_group.buttonToggled.connect(lambda *_: self._kind_changed())
        if current is not None and current.kind is DiscountKind.AMOUNT:
            self.amount_button.setChecked(True)
            self.edit.setText(money(current.value))
        else:
            self.percent_button.setChecked(True)
            if current is not None:
                self.edit.setText(str(current.value / 100).removesuffix(".0"))
        self._kind_changed()
        self.setMinimumWidth(460)
        self.edit.setFocus()

    @property
    def kind(self) -> DiscountKind:
        return DiscountKind.AMOUNT if self.amount_button.isChecked() else DiscountKind.PERCENT

    def _kind_changed(self) -> None:
        percent = self.kind is DiscountKind.PERCENT
        for b in self.preset_buttons:
            b.setVisible(percent)
        self.edit.setPlaceholderText(
            translate("sell/discount_dialog", "Another percentage, e.g. 12.5")
            if percent
            else translate("sell/discount_dialog", "Amount off")
        )
        self._show_error("")

    def _apply_typed(self) -> None:
        try:
            if self.kind is DiscountKind.PERCENT:
                discount = Discount.percent(parse_percent(self.edit.text()))
            else:
                discount = Discount.amount(parse_money(self.edit.text(), self._currency))
        except (PricingError, MoneyError) as exc:
            self._show_error(str(exc)[:1].upper() + str(exc)[1:])
            return
        self._apply(discount if discount.value else None)

    def _apply(self, discount: Discount | None) -> None:
        self.applied.emit(discount)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        set_prop(self.edit, "invalid", "true" if text else "false")


def line_discount_dialog(
    line: CartLine, money: Callable[[int], str], currency: str, parent: QWidget
) -> DiscountDialog:
    return DiscountDialog(
        translate("sell/discount_dialog", "Discount on {display_name}").format(
            display_name=line.display_name
        ),
        money,
        currency,
        parent,
        current=line.discount,
        base=line.unit_price * line.quantity,
    )


def sale_discount_dialog(
    cart: Cart, money: Callable[[int], str], currency: str, parent: QWidget
) -> DiscountDialog:
    return DiscountDialog(
        translate("sell/discount_dialog", "Discount on the whole sale"),
        money,
        currency,
        parent,
        current=cart.discount,
        base=cart.priced().subtotal,
    )
