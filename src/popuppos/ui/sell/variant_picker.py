"""Choosing a variant (size, colour ...) of a product: one big button per variant."""

from __future__ import annotations

from collections.abc import Callable

from popuppos.services.catalog import CatalogItem, VariantItem
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.product_grid import stock_text
from popuppos.ui.sell.widgets import label, make_button

COLUMNS = 3


class VariantPicker(QDialog):
    """Opened with ``open()``; a tap on an available variant emits ``chosen`` and closes."""

    chosen = Signal(object)  # VariantItem

    def __init__(
        self,
        item: CatalogItem,
        money: Callable[[int], str],
        parent: QWidget | None = None,
        *,
        in_cart: Callable[[str], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("VariantPicker")
        self.setWindowTitle(item.name)
        self.setModal(True)
        self.item = item
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(label(item.name, "Heading"))
        if item.story_hook:
            layout.addWidget(label(item.story_hook, "Muted", wrap=True))

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        columns = COLUMNS if len(item.variants) > 4 else 2
        for n, variant in enumerate(item.variants):
            button = self._variant_button(variant, money, in_cart(variant.id) if in_cart else 0)
            grid.addWidget(button, n // columns, n % columns)
            self.buttons[variant.id] = button
        layout.addLayout(grid)

        row = QHBoxLayout()
        row.addStretch(1)
        cancel = make_button(translate("sell/variant_picker", "Cancel"), role="quiet")
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        layout.addLayout(row)
        self.setMinimumWidth(520 if columns == COLUMNS else 420)

    def _variant_button(
        self, variant: VariantItem, money: Callable[[int], str], in_cart: int
    ) -> QPushButton:
        stock, _kind = stock_text(variant.stock_left)
        extra = (
            translate("sell/variant_picker", " · {in_cart} in sale").format(in_cart=in_cart)
            if in_cart
            else ""
        )
        name = variant.name or self.item.name
        button = make_button(f"{name}\n{money(variant.price)} · {stock}{extra}")
        button.setObjectName("VariantButton")
        button.setProperty("variant_id", variant.id)
        button.setMinimumHeight(72)
        button.setAccessibleName(f"{name}, {money(variant.price)}, {stock}")
        button.setEnabled(variant.stock_left is None or variant.stock_left > 0)
        button.clicked.connect(lambda _=False, v=variant: self._choose(v))
        return button

    def _choose(self, variant: VariantItem) -> None:
        self.chosen.emit(variant)
        self.accept()
