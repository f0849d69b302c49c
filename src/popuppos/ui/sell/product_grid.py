"""The product grid: one model row per product, painted as a touch tile (no widget per tile).

* :class:`ProductListModel` holds the drops on sale now (``DropStatus``, first) and the
  catalogue (``CatalogItem``) with a pre-folded search text per row (name, SKUs,
  barcodes; a drop's parts), so filtering 5,000 products is a string test per row.
* :class:`ProductFilter` narrows it by the search box and the category chip.
* :class:`ProductGrid` is the QListView (IconMode, uniform sizes, tiles painted by
  :class:`popuppos.ui.sell.tiles.TileDelegate`) that emits ``product_tapped(entry)``: a
  ``CatalogItem``, or a ``DropStatus`` for a drop tile.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from popuppos.services.catalog import CatalogItem
from popuppos.services.drops import DROPS_CATEGORY, DropStatus
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QKeyEvent,
    QListView,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QResizeEvent,
    QScroller,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QWidget,
    Signal,
)
from popuppos.ui.sell.drop_tiles import DropTilePainter
from popuppos.ui.sell.tiles import (
    ITEM_ROLE,
    MIN_TILE_WIDTH,
    TEXT_BLOCK,
    TILE_MARGIN,
    TILE_PAD,
    Index,
    TileDelegate,
    TileImages,
    stock_text,
)

__all__ = ["ITEM_ROLE", "Entry", "ProductFilter", "ProductGrid", "ProductListModel", "stock_text"]

Entry = CatalogItem | DropStatus  # a tile: a product, or a drop on sale now


class ProductListModel(QAbstractListModel):
    """Rows: the drops on sale (in the order given), then the catalogue's products."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drops: list[DropStatus] = []
        self._items: list[CatalogItem] = []
        self._haystacks: list[str] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._drops) + len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        entry = self.item(index.row())
        if role == ITEM_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name
        if isinstance(entry, DropStatus):
            if role == Qt.ItemDataRole.ToolTipRole:
                return entry.story_hook or entry.what_you_get
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return translate("sell/product_grid", "{name}, drop, {label}, {scarcity}").format(
                    name=entry.name, label=entry.state.label, scarcity=entry.scarcity
                )
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.story_hook or entry.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            left = stock_text(entry.stock_left)[0]
            return f"{entry.name}, {left}" if left else entry.name
        return None

    def items(self) -> list[CatalogItem]:
        return list(self._items)

    def drops(self) -> list[DropStatus]:
        return list(self._drops)

    def item(self, row: int) -> Entry:
        """The entry at ``row`` (drops come first)."""
        n = len(self._drops)
        return self._drops[row] if row < n else self._items[row - n]

    def category(self, row: int) -> str:
        return (
            DROPS_CATEGORY
            if row < len(self._drops)
            else self._items[row - len(self._drops)].category
        )

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def set_items(self, items: Sequence[CatalogItem]) -> None:
        """Show ``items``; the same products in the same order update in place (scroll kept)."""
        new = list(items)
        same = len(new) == len(self._items) and all(
            a.product_id == b.product_id for a, b in zip(new, self._items, strict=True)
        )
        self._replace(self._drops, new, same)

    def set_drops(self, drops: Sequence[DropStatus]) -> None:
        """Show ``drops`` first; the same drops in the same order update in place."""
        new = list(drops)
        same = [d.id for d in new] == [d.id for d in self._drops]
        self._replace(new, self._items, same)

    def _replace(self, drops: list[DropStatus], items: list[CatalogItem], same: bool) -> None:
        if not same:
            self.beginResetModel()
        self._drops, self._items = drops, items
        self._haystacks = [_drop_haystack(d) for d in drops] + [_haystack(i) for i in items]
        if not same:
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def row_of(self, product_id: str) -> int:
        for row, item in enumerate(self._items):
            if item.product_id == product_id:
                return row + len(self._drops)
        return -1

    def row_of_drop(self, drop_id: str) -> int:
        for row, drop in enumerate(self._drops):
            if drop.id == drop_id:
                return row
        return -1


def _drop_haystack(drop: DropStatus) -> str:
    parts = [drop.name, DROPS_CATEGORY, "bundle" if drop.is_bundle else ""]
    for p in drop.parts:
        parts.extend((p.product_name, p.variant_name, p.sku))
    return " ".join(parts).casefold()


def _haystack(item: CatalogItem) -> str:
    parts = [item.name, item.category]
    for v in item.variants:
        parts.extend((v.name, v.sku, v.barcode or ""))
    return " ".join(parts).casefold()


class ProductFilter(QSortFilterProxyModel):
    """Search words (all must match name, SKU or barcode) and one category, or all."""

    def __init__(self, source: ProductListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._terms: tuple[str, ...] = ()
        self._category: str | None = None
        self.setSourceModel(source)

    @property
    def category(self) -> str | None:
        return self._category

    def set_search(self, text: str) -> None:
        terms = tuple(text.casefold().split())
        if terms != self._terms:
            self._refilter(lambda: setattr(self, "_terms", terms))

    def set_category(self, category: str | None) -> None:
        if category != self._category:
            self._refilter(lambda: setattr(self, "_category", category))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._category is not None and self._source.category(source_row) != self._category:
            return False
        hay = self._source.haystack(source_row)
        return all(term in hay for term in self._terms)


class ProductGrid(QListView):
    """The tiles (objectName ``ProductGrid``); a tap emits ``product_tapped(entry)``."""

    product_tapped = Signal(object)

    def __init__(self, money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductGrid")
        self.setAccessibleName(translate("sell/product_grid", "Products"))
        self.source = ProductListModel(self)
        self.proxy = ProductFilter(self.source, self)
        self.setModel(self.proxy)
        self.images = TileImages(self)
        self.tiles = TileDelegate(money, self.images, self)
        self.tiles.drop_painter = DropTilePainter(money, self.images)
        self.setItemDelegate(self.tiles)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.images.loaded.connect(self.viewport().update)
        self.clicked.connect(self._tapped)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(220)
        self._flash_timer.timeout.connect(self._end_flash)
        self._fit_tiles()

    # -- catalogue --------------------------------------------------------------------------
    def set_items(self, items: Sequence[CatalogItem]) -> None:
        self.source.set_items(items)

    def set_drops(self, drops: Sequence[DropStatus]) -> None:
        self.source.set_drops(drops)

    def visible_entries(self) -> list[Entry]:
        """What the grid shows now, drops first."""
        out: list[Entry] = []
        for row in range(self.proxy.rowCount()):
            entry = self.proxy.index(row, 0).data(ITEM_ROLE)
            if isinstance(entry, CatalogItem | DropStatus):
                out.append(entry)
        return out

    def visible_items(self) -> list[CatalogItem]:
        out: list[CatalogItem] = []
        for row in range(self.proxy.rowCount()):
            item = self.proxy.index(row, 0).data(ITEM_ROLE)
            if isinstance(item, CatalogItem):
                out.append(item)
        return out

    def index_for(self, product_id: str) -> QModelIndex:
        """The view (proxy) index of a product, invalid when it is filtered out."""
        row = self.source.row_of(product_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.source.index(row))

    def index_for_drop(self, drop_id: str) -> QModelIndex:
        """The view index of a drop's tile, invalid when it is not shown."""
        row = self.source.row_of_drop(drop_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.source.index(row))

    # -- taps -------------------------------------------------------------------------------
    def _tapped(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if isinstance(item, CatalogItem | DropStatus):
            self.tiles.flash = QPersistentModelIndex(index)
            self._flash_timer.start()
            self.viewport().update(self.visualRect(index))
            self.product_tapped.emit(item)

    def _end_flash(self) -> None:
        self.tiles.flash = None
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            index = self.currentIndex()
            if index.isValid():
                self._tapped(index)
                return
        super().keyPressEvent(event)

    # -- layout: as many columns as fit, tiles stretched to fill the row ---------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_tiles()

    def _fit_tiles(self) -> None:
        # QListView lays items out within the viewport less room for a scroll bar
        # (QListViewPrivate::prepareItemsLayout); measure the same way.
        bar = self.verticalScrollBar().sizeHint().width()
        # It also wraps a row a few pixels before the edge, hence the slack.
        available = max(MIN_TILE_WIDTH, self.maximumViewportSize().width() - bar - 6)
        columns = max(1, available // MIN_TILE_WIDTH)
        width = available // columns
        picture = width - 2 * (TILE_MARGIN + TILE_PAD)
        height = int(picture * 0.8) + TEXT_BLOCK + 2 * (TILE_MARGIN + TILE_PAD)
        size = QSize(width, height)
        if size != self.tiles.tile:
            self.tiles.tile = size
            self.setGridSize(size)
