"""A one-line label that shortens its text with "…" to the width the layout gives it."""

from __future__ import annotations

from popuppos.ui.qt import QLabel, QResizeEvent, QSizePolicy, Qt


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it is given."""

    def __init__(self, text: str, object_name: str | None = None) -> None:
        super().__init__()
        if object_name:
            self.setObjectName(object_name)
        self.full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)
        self._elide()

    def set_full_text(self, text: str) -> None:
        if text != self.full_text:
            self.full_text = text
            self.setToolTip(text)
            self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(20, self.width())
        elided = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width)
        if elided != self.text():
            self.setText(elided)
