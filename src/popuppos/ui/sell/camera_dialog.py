"""Scanning with the camera at the till: a member holds up their pass (a QR code) on a phone.

The dialog shows the camera preview (or, with no camera, says so and offers a photo);
the first code it reads is handed to the sell screen's one scan handler, and it closes.
"""

from __future__ import annotations

from popuppos.ui.i18n import translate
from popuppos.ui.qt import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget, Signal


class CameraScanDialog(QDialog):
    code_read = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from popuppos.ui.camera_panel import CameraPanel  # Qt Multimedia loads on demand

        self.setObjectName("CameraScanDialog")
        self.setWindowTitle(translate("sell/camera_dialog", "Scan with the camera"))
        self.resize(560, 520)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 20, 20, 20)
        column.setSpacing(12)
        title = QLabel(
            translate("sell/camera_dialog", "Hold the member pass (its QR code) up to the camera")
        )
        title.setObjectName("Heading")
        column.addWidget(title)
        self.panel = CameraPanel(self)
        self.panel.decoded.connect(self._decoded)
        column.addWidget(self.panel, 1)
        close = QPushButton(translate("sell/camera_dialog", "Cancel"))
        close.setProperty("role", "quiet")
        close.setMinimumHeight(44)
        close.clicked.connect(self.reject)
        column.addWidget(close)

    def _decoded(self, code: str) -> None:
        self.code_read.emit(code)
        self.accept()
