"""A member pass's QR code on screen: a reusable widget, and a full-screen view to photograph.

The QR matrix comes from ``segno`` (error correction M, as the token format promises:
version 7 holds the 163-character alphanumeric text); the widget paints the modules
itself with QPainter, on white with the 4-module quiet zone the standard asks for, at a
whole number of device pixels per module so every module edge is crisp for a phone
camera. Dark theme or not, a QR is always black on white.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from popuppos.core.pass_token import format_day
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.qt import (
    QColor,
    QDialog,
    QKeyEvent,
    QLabel,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRectF,
    QSize,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.theme import colour

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)
INK = QColor("#000000")  # a QR is black on white in every theme
PAPER = QColor("#ffffff")
PAPER_PAGE = PAPER.name()  # the full-screen pass: light colours on white, for a camera


def light(token: str) -> str:
    """A colour of the light theme (the full-screen pass is always on white)."""
    return colour(token, "light")


@lru_cache(maxsize=64)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of ``text`` (True = dark), row by row, without the quiet zone."""
    import segno  # loaded when a QR is first shown, not at start-up

    qr = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(module) for module in row) for row in qr.matrix)


def _runs(row: tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules in a row: one rectangle per run."""
    runs: list[tuple[int, int]] = []
    start = -1
    for x, dark in enumerate((*row, False)):
        if dark and start < 0:
            start = x
        elif not dark and start >= 0:
            runs.append((start, x - start))
            start = -1
    return runs


class QrWidget(QWidget):
    """A square QR code, as large as the widget allows, centred; empty until ``set_text``."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, minimum: int = 96) -> None:
        super().__init__(parent)
        self.setObjectName("PassQr")
        self.setAccessibleName(translate("passes/qr_view", "Member pass QR code"))
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._text = ""
        self._rows: tuple[tuple[tuple[int, int], ...], ...] = ()
        self._size = 0
        self.align_bottom = False  # sit on the bottom edge (above a caption) or centre
        self.set_text(text)

    @property
    def text(self) -> str:
        return self._text

    @property
    def modules(self) -> int:
        """Modules per side, without the quiet zone (45 for a pass: version 7)."""
        return self._size

    def set_text(self, text: str) -> None:
        self._text = text
        matrix = qr_matrix(text) if text else ()
        self._size = len(matrix)
        self._rows = tuple(tuple(_runs(row)) for row in matrix)
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def symbol_rect(self) -> QRectF:
        """Where the symbol and its quiet zone are painted: a whole number of device pixels
        per module, on device-pixel boundaries, so no module edge is blurred."""
        if not self._size:
            return QRectF()
        side = self._size + 2 * QUIET_ZONE
        ratio = self.devicePixelRatioF()
        module_px = max(1, int(min(self.width(), self.height()) * ratio) // side)
        extent_px = module_px * side
        x_px = (round(self.width() * ratio) - extent_px) // 2
        spare_px = round(self.height() * ratio) - extent_px
        y_px = spare_px if self.align_bottom else spare_px // 2
        return QRectF(x_px / ratio, y_px / ratio, extent_px / ratio, extent_px / ratio)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._size:
            return
        painter = QPainter(self)
        try:
            rect = self.symbol_rect()
            painter.fillRect(rect, PAPER)
            module = rect.width() / (self._size + 2 * QUIET_ZONE)
            left = rect.x() + QUIET_ZONE * module
            top = rect.y() + QUIET_ZONE * module
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            for y, runs in enumerate(self._rows):
                for x, length in runs:
                    painter.fillRect(
                        QRectF(left + x * module, top + y * module, length * module, module), INK
                    )
        finally:
            painter.end()


class FullScreenQr(QDialog):
    """The pass QR filling the screen, with who it belongs to; Esc or a tap closes it."""

    def __init__(
        self,
        token: str,
        *,
        holder_name: str,
        tier_name: str,
        valid_until: date | None,
        caption: str = QT_TRANSLATE_NOOP("passes/qr_view", "Member pass"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FullScreenQr")
        self.setWindowTitle(
            translate("passes/qr_view", "Pass of {holder_name}").format(holder_name=holder_name)
        )
        self.setModal(True)
        # Always black on white, whatever the theme: this is for a phone camera.
        self.setStyleSheet(
            f"QDialog#FullScreenQr {{ background: {PAPER_PAGE}; }}"
            f" QDialog#FullScreenQr QLabel {{ color: {light('text-strong')};"
            " background: transparent; }"
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(40, 28, 40, 28)
        box.setSpacing(10)
        self.caption = QLabel(translate("passes/qr_view", caption).upper())
        self.caption.setObjectName("QrCaption")
        self.caption.setStyleSheet(
            f"font-size: 14px; font-weight: 700; letter-spacing: 3px; color: {light('accent')};"
        )
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.caption)
        self.qr = QrWidget(token, minimum=220)
        self.qr.align_bottom = True
        box.addWidget(self.qr, 1)
        box.addSpacing(8)
        self.name_label = QLabel(holder_name)
        self.name_label.setObjectName("QrHolder")
        self.name_label.setStyleSheet("font-size: 34px; font-weight: 800;")
        self.tier_label = QLabel(
            translate("passes/qr_view", "{tier_name} · valid until {valid_until}").format(
                tier_name=tier_name, valid_until=format_day(valid_until)
            )
            if valid_until
            else tier_name
        )
        self.tier_label.setObjectName("QrTier")
        self.tier_label.setStyleSheet(
            f"font-size: 20px; font-weight: 600; color: {light('accent')};"
        )
        self.hint = QLabel(
            translate(
                "passes/qr_view",
                "Take a photo of the code to keep your pass. Tap or press Esc to close.",
            )
        )
        self.hint.setObjectName("QrHint")
        self.hint.setStyleSheet(f"font-size: 15px; color: {light('text-muted')};")
        for w in (self.name_label, self.tier_label, self.hint):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            w.setWordWrap(True)
            box.addWidget(w)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def show_full_screen(self) -> None:
        """Open over everything (modal); ``finished`` fires when it is closed."""
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (
            Qt.Key.Key_Escape,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.accept()
            return
        super().mouseReleaseEvent(event)
