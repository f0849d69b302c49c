"""A one-line label that shortens its text with "…" to the width the layout gives it."""

from __future__ import annotations

from popuppos.ui.qt import Property, QLabel, QResizeEvent, QSize, QSizePolicy, Qt


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it is given.

    By default it takes only the room left over. With ``preferWhole`` (set from the style
    sheet, ``qproperty-preferWhole: true``, as the top bar's shop name is) it asks for its
    whole text first and shortens only when the row has no more room.
    """

    def __init__(self, text: str, object_name: str | None = None) -> None:
        super().__init__()
        if object_name:
            self.setObjectName(object_name)
        self.full_text = text
        self._prefer_whole = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)
        self._elide()

    def _get_prefer_whole(self) -> bool:
        return self._prefer_whole

    def _set_prefer_whole(self, prefer: bool) -> None:
        if prefer != self._prefer_whole:
            self._prefer_whole = prefer
            wide = QSizePolicy.Policy.Preferred if prefer else QSizePolicy.Policy.Ignored
            self.setSizePolicy(wide, QSizePolicy.Policy.Preferred)
            self.updateGeometry()

    preferWhole = Property(bool, _get_prefer_whole, _set_prefer_whole)  # noqa: N815 (Qt name)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._prefer_whole:  # the whole text (a few px for the style's margins)
            hint.setWidth(self.fontMetrics().horizontalAdvance(self.full_text) + 4)
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._prefer_whole:  # may shorten down to its minimum width
            hint.setWidth(self.minimumWidth())
        return hint

    def set_full_text(self, text: str) -> None:
        if text != self.full_text:
            self.full_text = text
            self.setToolTip(text)
            self._elide()
            if self._prefer_whole:
                self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(20, self.width())
        elided = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width)
        if elided != self.text():
            self.setText(elided)
