"""Painting a drop's tile in the product grid: the drop's picture (a bundle shows its parts
side by side), its state chip ("Live", "Members only", "Sold out"), the true count on the
picture ("Only 3 left of 30" in amber at or under the host's mark, "12 of 30 left"
otherwise: exactly ``DropStatus.scarcity``), the name and the price.

A live drop's card has a teal edge and a members-only one the member colour, so drops read
as drops among the products; a sold-out drop is dimmed and says "Join the waitlist".
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.core.drop_rules import DropState
from popuppos.services.drops import DropStatus
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QRect,
    QRectF,
    QSize,
    QStyle,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)
from popuppos.ui.sell.drop_checks import tile_texts
from popuppos.ui.sell.tiles import (
    TEXT_BLOCK,
    TILE_MARGIN,
    TileImages,
    paint_pill,
    picture_rect,
    wrap_lines,
)
from popuppos.ui.sell.widgets import Tones, tones_for

WAITLIST_TEXT = QT_TRANSLATE_NOOP("sell/drop_tiles", "Join the waitlist")
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def state_colours(state: DropState, tones: Tones) -> tuple[QColor, QColor]:
    """(background, text) of a drop's state chip."""
    if state is DropState.LIVE:
        return QColor(tones.accent), QColor(tones.card)
    if state is DropState.MEMBERS_ONLY:
        return QColor(tones.member_bg), QColor(tones.member_fg)
    if state is DropState.SOLD_OUT:
        return QColor(tones.out_bg), QColor(tones.out_fg)
    return QColor(tones.placeholder), QColor(tones.muted)


def side_note(status: DropStatus) -> str:
    """The quiet note beside the price: the limit per customer, or the waitlist."""
    if status.state is DropState.SOLD_OUT:
        return translate("sell/drop_tiles", WAITLIST_TEXT)
    limit = status.terms.per_customer_limit
    return translate("sell/drop_tiles", "Limit {limit} each").format(limit=limit) if limit else ""


class DropTilePainter:
    """Paints a ``DropStatus`` in a product-grid cell (see the module docstring)."""

    def __init__(self, money: Callable[[int], str], images: TileImages) -> None:
        self._money = money
        self._images = images

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, status: DropStatus, flashing: bool
    ) -> None:
        tones = tones_for(option.palette)
        cell: QRect = option.rect
        widget = option.widget
        ratio = widget.devicePixelRatioF() if isinstance(widget, QWidget) else 1.0
        sold_out = status.state is DropState.SOLD_OUT
        chip, count = tile_texts(status)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(cell.adjusted(TILE_MARGIN, TILE_MARGIN, -TILE_MARGIN, -TILE_MARGIN))
        card = card.adjusted(0.75, 0.75, -0.75, -0.75)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if flashing:
            pen = QPen(QColor(tones.accent), 2.5)
        elif status.state is DropState.LIVE:
            pen = QPen(QColor(tones.accent), 2 if hover else 1.5)
        elif status.state is DropState.MEMBERS_ONLY:
            pen = QPen(QColor(tones.member_fg), 2 if hover else 1.5)
        else:
            pen = QPen(QColor(tones.border_hover if hover else tones.border), 1)
        painter.setPen(pen)
        painter.setBrush(QColor(tones.card))
        painter.drawRoundedRect(card, 12, 12)

        pic = picture_rect(cell)
        if sold_out:
            painter.setOpacity(0.45)
        self._paint_picture(painter, status, pic, ratio, tones)

        width, x = pic.width(), pic.x()
        y = pic.bottom() + 10
        name_font = QFont(painter.font())
        name_font.setPixelSize(15)
        name_font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(name_font)
        painter.setFont(name_font)
        painter.setPen(QColor(tones.text))
        for line in wrap_lines(fm, status.name, width):
            painter.drawText(QRect(x, y, width, fm.height()), LEFT, line)
            y += fm.height()

        price_font = QFont(name_font)
        price_font.setPixelSize(16)
        price_font.setWeight(QFont.Weight.Bold)
        pfm = QFontMetrics(price_font)
        price = self._money(status.price)
        price_rect = QRect(x, pic.bottom() + TEXT_BLOCK - pfm.height(), width, pfm.height())
        painter.setFont(price_font)
        painter.setPen(QColor(tones.muted if sold_out else tones.text))
        painter.drawText(price_rect, LEFT, price)
        painter.setOpacity(1.0)

        note = side_note(status)
        note_font = QFont(name_font)
        note_font.setPixelSize(13)
        note_font.setWeight(QFont.Weight.DemiBold if sold_out else QFont.Weight.Normal)
        room = width - pfm.horizontalAdvance(price) - 10
        if note and QFontMetrics(note_font).horizontalAdvance(note) <= room:
            painter.setFont(note_font)
            painter.setPen(QColor(tones.accent if sold_out else tones.muted))
            painter.drawText(price_rect, RIGHT, note)

        bg, fg = state_colours(status.state, tones)
        paint_pill(painter, chip, pic, bg, fg)
        if status.is_bundle:
            plate = QColor(tones.card)
            plate.setAlpha(230)
            paint_pill(
                painter,
                translate("sell/drop_tiles", "Bundle"),
                pic,
                plate,
                QColor(tones.text),
                right=True,
            )
        if not sold_out:
            if status.low:
                bg, fg = QColor(tones.low_bg), QColor(tones.low_fg)
            else:
                bg, fg = QColor(tones.card), QColor(tones.text)
                bg.setAlpha(235)
            paint_pill(painter, count, pic, bg, fg, bottom=True)
        painter.restore()

    def _paint_picture(
        self, painter: QPainter, status: DropStatus, pic: QRect, ratio: float, tones: Tones
    ) -> None:
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(pic), 8, 8)
        painter.save()
        painter.setClipPath(clip)
        painter.fillRect(pic, QColor(tones.placeholder))
        own = status.image not in {p.image for p in status.parts}
        pictures = [p.image for p in status.parts if p.image]
        if status.is_bundle and not own and len(pictures) >= 2:
            half = QSize((pic.width() - 2) // 2, pic.height())
            for i, image in enumerate(pictures[:2]):
                pixmap = self._images.get(image, half, ratio)
                if pixmap is not None and not pixmap.isNull():
                    painter.drawPixmap(pic.x() + i * (half.width() + 2), pic.y(), pixmap)
            painter.fillRect(
                QRect(pic.x() + half.width(), pic.y(), 2, pic.height()), QColor(tones.card)
            )
            self._plus(painter, pic, tones)
        else:
            pixmap = self._images.get(status.image, pic.size(), ratio)
            if pixmap is not None and not pixmap.isNull():
                painter.drawPixmap(pic.topLeft(), pixmap)
            elif not status.image:
                initials = "".join(w[0] for w in status.name.split()[:2]).upper()
                font = QFont(painter.font())
                font.setPixelSize(max(18, pic.height() // 4))
                font.setWeight(QFont.Weight.Bold)
                painter.setFont(font)
                painter.setPen(QColor(tones.muted))
                painter.drawText(pic, int(Qt.AlignmentFlag.AlignCenter), initials)
        painter.restore()

    @staticmethod
    def _plus(painter: QPainter, pic: QRect, tones: Tones) -> None:
        """A "+" disc where the two halves of a bundle meet."""
        r = 13
        centre = QRectF(pic.center().x() - r + 1, pic.center().y() - r, 2 * r, 2 * r)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(tones.card))
        painter.drawEllipse(centre)
        painter.setPen(QPen(QColor(tones.text), 2.2))
        c = centre.center()
        painter.drawLine(int(c.x()) - 6, int(c.y()), int(c.x()) + 6, int(c.y()))
        painter.drawLine(int(c.x()), int(c.y()) - 6, int(c.x()), int(c.y()) + 6)
