"""Painting a product tile: picture, name, price and the true stock, without a widget.

* :class:`TileDelegate` paints a tile from its ``CatalogItem``: picture, name (two lines),
  price ("from €X" when the variants' prices differ) and the stock ("12 in stock" beside
  the price; "Only 2 left" and "Sold out" as badges on the picture; sold out dims it; a
  pass has no stock to count and shows no number). A members-only product, or one only
  members may buy yet (early access), gets a "Members" badge. A drop's tile is painted by
  :mod:`popuppos.ui.sell.drop_tiles` (the grid hands the delegate its ``drop_painter``).
* :class:`TileImages` loads and scales pictures on a worker and keeps the QPixmaps.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from popuppos.core.member_pricing import PASSES_CATEGORY
from popuppos.resources import resource_path
from popuppos.services.catalog import CatalogItem
from popuppos.services.drops import DropStatus
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QModelIndex,
    QObject,
    QPainter,
    QPainterPath,
    QPen,
    QPersistentModelIndex,
    QPixmap,
    QRect,
    QRectF,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import Tones, icon, tones_for

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
LOW_STOCK = 3  # "Only N left" at or below this
MIN_TILE_WIDTH = 176
TILE_MARGIN = 6  # around each card, inside its grid cell
TILE_PAD = 10  # inside the card
TEXT_BLOCK = 76  # name (2 lines) + price row under the picture

Index = QModelIndex | QPersistentModelIndex


class DropPainter(Protocol):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, status: DropStatus, flashing: bool
    ) -> None: ...


def stock_text(stock: int | None) -> tuple[str, str]:
    """The badge for ``stock``: (text, kind) with kind "soldout", "low", "stock" or
    "none" (nothing to count, e.g. a pass: no number is shown rather than a made-up one)."""
    if stock is None:
        return "", "none"
    if stock <= 0:
        return translate("sell/tiles", "Sold out"), "soldout"
    if stock <= LOW_STOCK:
        return translate("sell/tiles", "Only {stock} left").format(stock=stock), "low"
    return translate("sell/tiles", "{stock} in stock").format(stock=stock), "stock"


def members_badge(item: CatalogItem, now: datetime) -> bool:
    """Whether the tile says "Members": members only, or not on sale to everyone yet."""
    return item.members_only or (item.available_from is not None and now < item.available_from)


def price_text(item: CatalogItem, money: Callable[[int], str]) -> str:
    text = money(item.price_from)
    return translate("sell/tiles", "from {text}").format(text=text) if item.price_varies else text


def image_path(image: str) -> Path:
    """A product's picture: absolute, or relative to the bundled resources."""
    path = Path(image)
    return path if path.is_absolute() else resource_path(*path.parts)


def _scaled(path: Path, width: int, height: int, ratio: float) -> QImage:
    """Load ``path`` and crop-scale it to fill width x height (runs on a worker)."""
    image = QImage(str(path))
    if image.isNull():
        raise OSError(f"cannot read the picture {path}")
    w, h = max(1, round(width * ratio)), max(1, round(height * ratio))
    scaled = image.scaled(
        w,
        h,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    x, y = (scaled.width() - w) // 2, (scaled.height() - h) // 2
    out = scaled.copy(x, y, w, h)
    out.setDevicePixelRatio(ratio)
    return out


class TileImages(QObject):
    """Product pictures scaled to a size, loaded off the GUI thread, kept (LRU) as pixmaps."""

    loaded = Signal()
    LIMIT = 400

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: OrderedDict[tuple[str, int, int, float], QPixmap | None] = OrderedDict()
        self._pending: set[tuple[str, int, int, float]] = set()

    def get(self, image: str | None, size: QSize, ratio: float = 1.0) -> QPixmap | None:
        """The picture at ``size``, or None (missing, unreadable, or still loading)."""
        if not image or size.isEmpty():
            return None
        key = (image, size.width(), size.height(), ratio)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        if key not in self._pending:
            self._pending.add(key)
            path, w, h = image_path(image), size.width(), size.height()
            run_operation(
                self,
                lambda: _scaled(path, w, h, ratio),
                on_success=lambda img: self._store(key, QPixmap.fromImage(img)),
                on_failure=lambda _exc: self._store(key, None),
            )
        return None

    def _store(self, key: tuple[str, int, int, float], pixmap: QPixmap | None) -> None:
        self._pending.discard(key)
        self._cache[key] = pixmap
        while len(self._cache) > self.LIMIT:
            self._cache.popitem(last=False)
        self.loaded.emit()


def wrap_lines(fm: QFontMetrics, text: str, width: int, max_lines: int = 2) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` px, the last elided."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if not current or fm.horizontalAdvance(trial) <= width:
            current = trial
            continue
        lines.append(current)
        if len(lines) == max_lines - 1:
            rest = " ".join(words[i:])
            lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
        current = word
    if current:
        lines.append(fm.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


class TileDelegate(QStyledItemDelegate):
    """Paints a product tile from its ``CatalogItem``."""

    def __init__(
        self, money: Callable[[int], str], images: TileImages, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._money = money
        self._images = images
        self.tile = QSize(MIN_TILE_WIDTH, MIN_TILE_WIDTH + TEXT_BLOCK)
        self.flash: QPersistentModelIndex | None = None
        # Paints a drop's tile (popuppos.ui.sell.drop_tiles); set by the grid.
        self.drop_painter: DropPainter | None = None

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.tile

    def picture_rect(self, cell: QRect) -> QRect:
        return picture_rect(cell)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(ITEM_ROLE)
        flashing = self.flash is not None and self.flash.isValid() and self.flash == index
        if isinstance(item, DropStatus) and self.drop_painter is not None:
            self.drop_painter.paint(painter, option, item, flashing)
            return
        if not isinstance(item, CatalogItem):
            return
        tones = tones_for(option.palette)
        cell: QRect = option.rect
        state = option.state
        widget = option.widget
        ratio = widget.devicePixelRatioF() if isinstance(widget, QWidget) else 1.0
        sold_out = item.stock_left is not None and item.stock_left <= 0

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(cell.adjusted(TILE_MARGIN, TILE_MARGIN, -TILE_MARGIN, -TILE_MARGIN))
        card = card.adjusted(0.5, 0.5, -0.5, -0.5)
        hover = bool(state & QStyle.StateFlag.State_MouseOver) and not sold_out
        focus = bool(state & QStyle.StateFlag.State_HasFocus)
        if flashing:
            pen = QPen(QColor(tones.accent), 2)
        elif hover or focus:
            pen = QPen(QColor(tones.border_hover), 1.5)
        else:
            pen = QPen(QColor(tones.border), 1)
        painter.setPen(pen)
        painter.setBrush(QColor(tones.card))
        painter.drawRoundedRect(card, 12, 12)

        if sold_out:
            painter.setOpacity(0.45)
        pic = self.picture_rect(cell)
        self._paint_picture(painter, item, pic, ratio, tones)

        text_left = pic.x()
        width = pic.width()
        y = pic.bottom() + 10
        name_font = QFont(painter.font())
        name_font.setPixelSize(15)
        name_font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(name_font)
        painter.setFont(name_font)
        painter.setPen(QColor(tones.text))
        for line in wrap_lines(fm, item.name, width):
            painter.drawText(
                QRect(text_left, y, width, fm.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
            y += fm.height()

        price_font = QFont(name_font)
        price_font.setPixelSize(16)
        price_font.setWeight(QFont.Weight.Bold)
        painter.setFont(price_font)
        pfm = QFontMetrics(price_font)
        bottom = pic.bottom() + TEXT_BLOCK
        price_rect = QRect(text_left, bottom - pfm.height(), width, pfm.height())
        price = price_text(item, self._money)
        painter.setPen(QColor(tones.text if not sold_out else tones.muted))
        painter.drawText(
            price_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            pfm.elidedText(price, Qt.TextElideMode.ElideRight, width),
        )
        painter.setOpacity(1.0)
        text, kind = stock_text(item.stock_left)
        stock_font = QFont(name_font)
        stock_font.setPixelSize(13)
        stock_font.setWeight(QFont.Weight.Normal)
        sfm = QFontMetrics(stock_font)
        room = width - pfm.horizontalAdvance(price) - 10
        if kind == "stock" and sfm.horizontalAdvance(text) <= room:
            # Plenty left: a quiet note beside the price; scarcity gets a badge on the picture.
            painter.setFont(stock_font)
            painter.setPen(QColor(tones.muted))
            painter.drawText(
                price_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )
        elif kind != "none":
            self._paint_badge(painter, item.stock, pic, tones)
        if members_badge(item, datetime.now()):
            self._paint_pill(
                painter,
                translate("sell/tiles", "Members"),
                pic,
                QColor(tones.member_bg),
                QColor(tones.member_fg),
                True,
            )
        painter.restore()

    def _paint_picture(
        self, painter: QPainter, item: CatalogItem, pic: QRect, ratio: float, tones: Tones
    ) -> None:
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(pic), 8, 8)
        painter.save()
        painter.setClipPath(clip)
        pixmap = self._images.get(item.image, pic.size(), ratio)
        if pixmap is not None and not pixmap.isNull():
            painter.drawPixmap(pic.topLeft(), pixmap)
        elif item.category == PASSES_CATEGORY:  # a pass: a member card, not initials
            painter.fillRect(pic, QColor(tones.member_bg))
            side = max(24, min(pic.width(), pic.height()) // 2)
            glyph = icon("member", tones.member_fg, 96).pixmap(QSize(side, side))
            painter.drawPixmap(pic.center().x() - side // 2, pic.center().y() - side // 2, glyph)
        else:
            painter.fillRect(pic, QColor(tones.placeholder))
            initials = "".join(w[0] for w in item.name.split()[:2]).upper()
            font = QFont(painter.font())
            font.setPixelSize(max(18, pic.height() // 4))
            font.setWeight(QFont.Weight.Bold)
            painter.setFont(font)
            painter.setPen(QColor(tones.muted))
            painter.drawText(pic, int(Qt.AlignmentFlag.AlignCenter), initials)
        painter.restore()

    def _paint_badge(self, painter: QPainter, stock: int, pic: QRect, tones: Tones) -> None:
        text, kind = stock_text(stock)
        if kind == "soldout":
            bg, fg = QColor(tones.out_bg), QColor(tones.out_fg)
        elif kind == "low":
            bg, fg = QColor(tones.low_bg), QColor(tones.low_fg)
        else:
            bg, fg = QColor(tones.card), QColor(tones.muted)
            bg.setAlpha(225)
        self._paint_pill(painter, text, pic, bg, fg)

    def _paint_pill(
        self, painter: QPainter, text: str, pic: QRect, bg: QColor, fg: QColor, right: bool = False
    ) -> None:
        paint_pill(painter, text, pic, bg, fg, right=right)


def picture_rect(cell: QRect) -> QRect:
    """Where a tile's picture goes in its grid cell (the text block is under it)."""
    card = cell.adjusted(TILE_MARGIN, TILE_MARGIN, -TILE_MARGIN, -TILE_MARGIN)
    inner = card.adjusted(TILE_PAD, TILE_PAD, -TILE_PAD, -TILE_PAD)
    return QRect(inner.x(), inner.y(), inner.width(), max(40, inner.height() - TEXT_BLOCK))


def paint_pill(
    painter: QPainter,
    text: str,
    pic: QRect,
    bg: QColor,
    fg: QColor,
    *,
    right: bool = False,
    bottom: bool = False,
) -> None:
    """A badge on a corner of the picture: top left (or right), or bottom left."""
    font = QFont(painter.font())
    font.setPixelSize(12)
    font.setWeight(QFont.Weight.Bold)
    fm = QFontMetrics(font)
    w = min(fm.horizontalAdvance(text) + 20, pic.width() - 16)
    h = 24
    x = pic.right() - 8 - w if right else pic.x() + 8
    y = pic.bottom() - 8 - h if bottom else pic.y() + 8
    rect = QRectF(x, y, w, h)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(bg)
    painter.drawRoundedRect(rect, h / 2, h / 2)
    painter.setFont(font)
    painter.setPen(fg)
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignCenter),
        fm.elidedText(text, Qt.TextElideMode.ElideRight, w - 12),
    )
