"""The camera panel the check-in and sell screens embed: a live preview with a target box
while a camera is there, "No camera found ..." otherwise, and a "Decode a photo..." button
either way. It emits ``decoded``; what a code is for is the screen's business. The camera
runs only while the panel is visible. The scanning itself is :class:`CameraScanner`.
"""

from __future__ import annotations

from pathlib import Path

from popuppos.ui.camera_scanner import CameraScanner
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.qt import (
    QColor,
    QFileDialog,
    QHideEvent,
    QLabel,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPushButton,
    QRectF,
    QShowEvent,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QVideoFrame,
    QWidget,
    Signal,
)

NO_CAMERA_TEXT = QT_TRANSLATE_NOOP(
    "camera_panel", "No camera found — scan with the hand scanner, or type or paste the code"
)
_TARGET_SHARE = 0.6  # the target box's side, as a share of the preview's shorter side


class CameraPreview(QWidget):
    """The live picture, scaled to fit, with a target box to hold the code in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame: QVideoFrame | None = None
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_frame(self, frame: QVideoFrame) -> None:
        self._frame = frame
        self.update()  # converted when painted: Qt paints at most once per screen refresh

    def clear(self) -> None:
        self._frame = None
        self.update()

    def has_frame(self) -> bool:
        return self._frame is not None

    def target_rect(self) -> QRectF:
        """The target box, in widget coordinates."""
        side = min(self.width(), self.height()) * _TARGET_SHARE
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(20, 20, 20))
            image = self._frame.toImage() if self._frame is not None else None
            if image is not None and not image.isNull():
                scale = min(self.width() / image.width(), self.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(
                    QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h), image
                )
            self._paint_target(painter)
        finally:
            painter.end()

    def _paint_target(self, painter: QPainter) -> None:
        box = self.target_rect()
        shade = QPainterPath()
        shade.addRect(QRectF(self.rect()))
        hole = QPainterPath()
        hole.addRoundedRect(box, 12, 12)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(shade.subtracted(hole), QColor(0, 0, 0, 110))
        painter.setPen(QPen(QColor(255, 255, 255, 230), 3))
        painter.drawRoundedRect(box, 12, 12)
        painter.drawText(
            QRectF(box.left(), box.bottom() + 6, box.width(), 24),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            translate("camera_panel", "Hold the code inside the box"),
        )


class CameraPanel(QWidget):
    """Camera preview or the no-camera message, plus "Decode a photo…"; emits ``decoded``."""

    decoded = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, scanner: CameraScanner | None = None):
        super().__init__(parent)
        self.scanner = scanner if scanner is not None else CameraScanner(self)
        self.preview = CameraPreview(self)
        self.message = QLabel(translate("camera_panel", NO_CAMERA_TEXT), self)
        self.message.setObjectName("cameraMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel("", self)
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)
        self.photo_button = QPushButton(translate("camera_panel", "Decode a photo…"), self)
        self.photo_button.setObjectName("decodePhotoButton")
        self.photo_button.clicked.connect(self.choose_photo)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.preview)
        self._pages.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.photo_button)

        self.scanner.decoded.connect(self._on_decoded)
        self.scanner.nothing_found.connect(self.status.setText)
        self.scanner.camera_error.connect(self._on_camera_error)
        self.scanner.cameras_changed.connect(self._on_cameras_changed)
        self._refresh()

    def camera_shown(self) -> bool:
        """True when the live preview is showing (False: the no-camera message)."""
        return self._pages.currentWidget() is self.preview

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("camera_panel", "Decode a photo"),
            "",
            translate(
                "camera_panel",
                "Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)",
            ),
        )
        if path:
            self.decode_photo(path)

    def decode_photo(self, path: str | Path) -> None:
        self.status.setText(translate("camera_panel", "Reading the photo…"))
        self.scanner.decode_file(path)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.scanner.stop()

    def _refresh(self, message: str = NO_CAMERA_TEXT) -> None:
        started = self.isVisible() and self.scanner.start(self.preview)
        if started or (not self.isVisible() and self.scanner.available()):
            self._pages.setCurrentWidget(self.preview)
        else:
            self.message.setText(translate("camera_panel", message))
            self._pages.setCurrentWidget(self.message)

    def _on_decoded(self, text: str) -> None:
        self.status.setText("")
        self.decoded.emit(text)

    def _on_camera_error(self, message: str) -> None:
        self.message.setText(
            translate(
                "camera_panel", "{message} Scan with the hand scanner, or type or paste the code."
            ).format(message=message)
        )
        self._pages.setCurrentWidget(self.message)

    def _on_cameras_changed(self, _available: bool) -> None:
        self._refresh()
