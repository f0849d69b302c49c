"""The category chips above the grid: "All" plus one checkable pill per category."""

from __future__ import annotations

from collections.abc import Sequence

from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    Qt,
    QWidget,
    Signal,
)


class CategoryChips(QScrollArea):
    """One exclusive chip per category (scrolls sideways when there are many)."""

    chosen = Signal(object)  # str | None (None = all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CategoryChips")
        self.box = QWidget()
        self.row = QHBoxLayout(self.box)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.setWidget(self.box)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedHeight(52)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        self.categories: list[str] = []
        self.current: str | None = None
        self.set_categories([])

    def set_categories(self, categories: Sequence[str]) -> None:
        """Show these chips; the chosen one stays chosen while it still exists."""
        for b in self.group.buttons():
            self.group.removeButton(b)
            b.deleteLater()
        while self.row.count():
            self.row.takeAt(0)
        self.categories = list(categories)
        was = self.current
        if self.current not in self.categories:
            self.current = None
        for name in [None, *self.categories]:
            chip = QPushButton(name or translate("sell/category_chips", "All"))
            chip.setObjectName("CategoryChip")
            chip.setCheckable(True)
            chip.setMinimumHeight(44)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setProperty("category", name or "")
            chip.setChecked(name == self.current)
            chip.toggled.connect(lambda on, c=name: self._toggled(on, c))
            self.group.addButton(chip)
            self.row.addWidget(chip)
        self.row.addStretch(1)
        if was != self.current:
            self.chosen.emit(None)

    def _toggled(self, on: bool, category: str | None) -> None:
        if on and category != self.current:
            self.current = category
            self.chosen.emit(category)
