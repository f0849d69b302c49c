"""The customer display's painted parts: the hero picture, the count that reports its
paints, and the display's colours (per theme, like the sell screen's tiles).

* :class:`HeroImage` paints the drop's picture crop-filled into a rounded square, scaled
  off the GUI thread by :class:`~popuppos.ui.sell.tiles.TileImages`; while a new size
  loads it shows the last one stretched, so a resize never flashes empty.
* :class:`CountLabel` is the scarcity line. It emits ``painted(count)`` from its own
  ``paintEvent`` the first time a new count reaches the screen: tests and
  ``bench/live_drop.py`` use it to know what a customer can see, and when.
"""

from __future__ import annotations

from dataclasses import dataclass

from popuppos.ui.qt import (
    QColor,
    QLabel,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QRect,
    QRectF,
    QSize,
    Qt,
    QWidget,
    Signal,
)
from popuppos.ui.sell.tiles import TileImages
from popuppos.ui.theme import current_theme, palettes


@dataclass(frozen=True, slots=True)
class DisplayTones:
    page: str
    card: str
    border: str
    text: str
    muted: str
    accent: str
    low: str  # "Only 3 left of 30" (amber text, AA on the page)
    sold_out: str  # "Sold out" (red text, AA on the page)


def display_tones(theme: str | None = None) -> DisplayTones:
    """The customer display's colours: the theme's tokens (of ``theme``, or on screen)."""
    p = palettes()[theme or current_theme()]
    return DisplayTones(
        page=p["window"],
        card=p["surface"],
        border=p["hairline"],
        text=p["text"],
        muted=p["text-muted"],
        accent=p["accent"],
        low=p["warning-text"],
        sold_out=p["danger-badge-text"],
    )


class HeroImage(QWidget):
    """The drop's picture, a rounded square as large as the space allows."""

    RADIUS = 28

    def __init__(self, images: TileImages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images = images
        self._image: str | None = None
        self._last: QPixmap | None = None
        self.setMinimumSize(160, 160)
        images.loaded.connect(self.update)

    @property
    def image(self) -> str | None:
        return self._image

    def set_image(self, image: str | None) -> None:
        if image != self._image:
            self._image = image
            self._last = None
            self.update()

    def square(self) -> QRect:
        side = min(self.width(), self.height())
        return QRect(0, (self.height() - side) // 2, side, side)

    def pixmap(self) -> QPixmap | None:
        """The picture at the current size, or None while it loads (or when unreadable)."""
        rect = self.square()
        return self._images.get(self._image, rect.size(), self.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.square()
        if not self._image or rect.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(rect), self.RADIUS, self.RADIUS)
        painter.setClipPath(clip)
        pixmap = self.pixmap()
        if pixmap is not None and not pixmap.isNull():
            self._last = pixmap
            painter.drawPixmap(rect.topLeft(), pixmap)
        elif self._last is not None:  # the previous size, stretched, until this one loads
            painter.drawPixmap(rect, self._last)
        else:
            painter.fillRect(rect, QColor(display_tones().border))
        painter.end()

    def sizeHint(self) -> QSize:
        return QSize(520, 520)


class CountLabel(QLabel):
    """The true scarcity line ("12 of 30 left", "Sold out"); reports each new count painted."""

    painted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.count: int | None = None  # the count the text says
        self.painted_count: int | None = None  # the count last painted on screen

    def show_count(self, count: int, text: str) -> None:
        changed = count != self.count
        self.count = count
        self.setText(text)
        if changed:
            self.update()  # even when the words are the same, the paint must report it

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count is not None and self.count != self.painted_count:
            self.painted_count = self.count
            self.painted.emit(self.count)
