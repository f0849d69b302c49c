"""The test receipt as the thermal printer will print it, rendered on a worker."""

from __future__ import annotations

from popuppos.services.printer_settings import PrinterSettings
from popuppos.store.db import Database
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QFrame, QLabel, QPixmap, QResizeEvent, QScrollArea, Qt, QWidget, Signal


def _render(db: Database, settings: PrinterSettings) -> bytes:
    from popuppos.services.printing import test_page_preview

    return test_page_preview(db, settings)


class ReceiptPreview(QScrollArea):
    """A scrollable picture of the printout; ``show_settings`` redraws it."""

    rendered = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReceiptPreview")
        self._db = db
        self._generation = 0
        self.png: bytes | None = None
        self._pixmap = QPixmap()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.image = QLabel(translate("printing/preview", "Drawing the test receipt…"))
        self.image.setObjectName("Muted")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setStyleSheet("background: #ffffff; padding: 8px;")
        self.setWidget(self.image)
        self.setMinimumWidth(300)

    def show_settings(self, settings: PrinterSettings) -> None:
        self._generation += 1
        generation, db = self._generation, self._db
        run_operation(
            self,
            lambda: _render(db, settings),
            on_success=lambda png: self._show(generation, png),
            on_failure=lambda exc: self._problem(generation, exc),
        )

    def _show(self, generation: int, png: bytes) -> None:
        if generation != self._generation:
            return  # a later choice is being drawn
        self.png = png
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(png)
        self._fit()
        self.rendered.emit()

    def _problem(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.image.setPixmap(QPixmap())
            self.image.setText(
                translate("printing/preview", "The preview cannot be drawn: {exc}").format(
                    exc=message_for(exc)
                )
            )

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        width = min(self._pixmap.width(), max(120, self.viewport().width() - 20))
        self.image.setPixmap(
            self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
