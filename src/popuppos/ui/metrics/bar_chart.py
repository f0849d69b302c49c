"""A calm bar chart painted with QPainter: one teal bar per label, a hairline baseline,
the highest amount written above its bar, labels thinned out so they never collide.
Hovering a bar shows its own figures as a tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRectF,
    QSize,
    Qt,
    QWidget,
)
from popuppos.ui.sell.widgets import tones_for


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # under the bar
    value: int  # minor units (or a count)
    tip: str = ""  # the hover text


class BarChart(QWidget):
    def __init__(
        self,
        value_text: Callable[[int], str],
        *,
        empty_text: str = QT_TRANSLATE_NOOP("metrics/bar_chart", "Nothing sold in this period"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.value_text = value_text
        self.empty_text = translate("metrics/bar_chart", empty_text)
        self.bars: tuple[Bar, ...] = ()
        self.setMinimumHeight(150)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = tuple(bars)
        self.setToolTip("")
        self.update()

    def _plot(self) -> QRectF:
        return QRectF(self.rect()).adjusted(4, 26, -4, -26)

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(1, len(self.bars))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        plot = self._plot()
        if self.bars:
            i = int((event.position().x() - plot.left()) // self._slot(plot))
            if 0 <= i < len(self.bars):
                bar = self.bars[i]
                self.setToolTip(bar.tip or f"{bar.label}: {self.value_text(bar.value)}")
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        tones = tones_for(self.palette())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPixelSize(13)
        p.setFont(small)
        fm = QFontMetrics(small)
        plot = self._plot()
        muted, text = QColor(tones.muted), QColor(tones.text)
        if not self.bars or max(b.value for b in self.bars) <= 0:
            p.setPen(muted)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        top = max(b.value for b in self.bars)
        slot = self._slot(plot)
        width = max(2.0, min(slot * 0.62, 56.0))
        every = 1
        widest = max(fm.horizontalAdvance(b.label) for b in self.bars) + 10
        while every * slot < widest and every < len(self.bars):
            every += 1
        highest = next(i for i, b in enumerate(self.bars) if b.value == top)
        labelled = {highest} | {
            i for i in range(0, len(self.bars), every) if abs(i - highest) >= every
        }
        p.setPen(QPen(QColor(tones.border), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        accent = QColor(tones.accent)
        for i, bar in enumerate(self.bars):
            x = plot.left() + i * slot + (slot - width) / 2
            h = plot.height() * max(bar.value, 0) / top
            if h > 0:
                colour = QColor(accent)
                if i != highest:
                    colour.setAlpha(170)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.drawRoundedRect(QRectF(x, plot.bottom() - h, width, h), 4, 4)
            if i in labelled:
                p.setPen(muted)
                p.drawText(
                    QRectF(plot.left() + i * slot - 20, plot.bottom() + 4, slot + 40, 20),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    bar.label,
                )
        figure = self.value_text(top)
        p.setPen(text)
        bold = QFont(small)
        bold.setBold(True)
        p.setFont(bold)
        cx = plot.left() + highest * slot + slot / 2
        half = QFontMetrics(bold).horizontalAdvance(figure) / 2 + 4
        cx = min(max(cx, plot.left() + half), plot.right() - half)
        p.drawText(
            QRectF(cx - half, plot.top() - 24, 2 * half, 22),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            figure,
        )
        p.end()
