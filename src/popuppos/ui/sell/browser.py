"""The left side of the sell screen: the search/scan field, the category chips, the message
banner and the product tiles (the drops on sale first, under their own "Drops" chip). It only
shows and filters; the sell screen decides what a tap or a typed code does."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from popuppos.services.catalog import CatalogItem
from popuppos.services.drops import DROPS_CATEGORY, DropStatus
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QHBoxLayout, QPushButton, QSize, QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.category_chips import CategoryChips
from popuppos.ui.sell.product_grid import ProductGrid
from popuppos.ui.sell.widgets import Banner, icon, search_field
from popuppos.ui.theme import follow_theme


class ProductBrowser(QWidget):
    """``product_tapped(CatalogItem | DropStatus)``; ``code_entered(text)`` for Enter in the
    search field when it does not narrow the grid to one tile (a typed barcode, SKU or pass)."""

    product_tapped = Signal(object)
    code_entered = Signal(str)
    camera_requested = Signal()

    def __init__(self, money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(12)
        self.search = search_field(
            translate("sell/browser", "Search or scan a product  (F2)"),
            translate("sell/browser", "Search products"),
        )
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.search, 1)
        self.camera_button = camera = QPushButton()
        follow_theme(camera, lambda: camera.setIcon(icon("scan")))  # readable on dark too
        self.camera_button.setToolTip(
            translate("sell/browser", "Scan a member pass (QR code) with the camera")
        )
        self.camera_button.setAccessibleName(
            translate("sell/browser", "Scan a pass with the camera")
        )
        self.camera_button.setMinimumSize(48, 44)
        self.camera_button.setIconSize(QSize(22, 22))
        self.camera_button.clicked.connect(self.camera_requested)
        search_row.addWidget(self.camera_button)
        left.addLayout(search_row)

        self.chips = CategoryChips()
        self.chips.chosen.connect(self.set_category)
        left.addWidget(self.chips)

        self.banner = Banner()
        left.addWidget(self.banner)
        self.product_view = ProductGrid(money)
        self.product_view.product_tapped.connect(self.product_tapped)
        left.addWidget(self.product_view, 1)
        self._categories: list[str] = []
        self._has_drops = False

    def show_items(self, items: Sequence[CatalogItem]) -> None:
        """Show the catalogue; the chips follow its categories, in catalogue order."""
        self.product_view.set_items(items)
        seen: dict[str, None] = {}
        for item in items:
            if item.category:
                seen.setdefault(item.category, None)
        self._categories = list(seen)
        self._update_chips()

    def show_drops(self, drops: Sequence[DropStatus]) -> None:
        """Show the drops on sale before the products, with a "Drops" chip while any are."""
        self.product_view.set_drops(drops)
        self._has_drops = bool(drops)
        self._update_chips()

    def _update_chips(self) -> None:
        chips = [c for c in self._categories if c != DROPS_CATEGORY]
        if self._has_drops:
            chips.insert(0, DROPS_CATEGORY)
        if chips != self.chips.categories:
            self.chips.set_categories(chips)

    def set_category(self, category: str | None) -> None:
        self.product_view.proxy.set_category(category)

    def _search_changed(self, text: str) -> None:
        self.product_view.proxy.set_search(text)

    def _search_entered(self) -> None:
        text = self.search.text().strip()
        visible = self.product_view.visible_entries()
        if len(visible) == 1:
            self.product_tapped.emit(visible[0])
            self.search.clear()
        elif text:
            self.code_entered.emit(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        self.search.clear()
        self.banner.clear()
