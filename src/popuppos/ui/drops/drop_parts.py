"""What is in a drop: find products and variants, set how many of each go in one unit.

One part is a single-product drop; two or more (or one part at a quantity above one) make
a bundle, sold as one unit whose every part moves stock. The search lists the catalogue's
variants (passes are not drop material) with their price and the true stock, so the host
sees when a part's stock, not the edition size, will be what limits the drop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from popuppos.core.member_pricing import PASSES_CATEGORY
from popuppos.core.pricing import format_rate
from popuppos.services.catalog import CatalogItem
from popuppos.services.drops import DropPart
from popuppos.ui.calendar.session_fields import spin_box
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import icon, search_field
from popuppos.ui.theme import colour

MAX_RESULTS = 40


@dataclass(frozen=True, slots=True)
class PartChoice:
    """A variant the host can put in a drop."""

    variant_id: str
    name: str  # "Slow Mornings Tee · M / Sage"
    price: int
    stock: int | None  # None: not counted
    tax_rate_bp: int | None  # None: not known here (a part no longer in the catalogue)
    image: str | None = None

    @property
    def stock_text(self) -> str:
        if self.stock is None:
            return translate("drops/drop_parts", "not counted")
        return (
            translate("drops/drop_parts", "sold out")
            if self.stock <= 0
            else translate("drops/drop_parts", "{stock} in stock").format(stock=self.stock)
        )


def choices(items: Sequence[CatalogItem]) -> list[PartChoice]:
    out = []
    for item in items:
        if item.category == PASSES_CATEGORY:
            continue
        for v in item.variants:
            name = f"{item.name} · {v.name}" if v.name else item.name
            out.append(PartChoice(v.id, name, v.price, v.stock_left, item.tax_rate_bp, item.image))
    return out


def from_drop_part(p: DropPart, tax_rate_bp: int | None) -> PartChoice:
    name = f"{p.product_name} · {p.variant_name}" if p.variant_name else p.product_name
    return PartChoice(p.variant_id, name, 0, p.stock, tax_rate_bp, p.image)


class PartRow(QFrame):
    """One chosen part: its name and stock, how many go in a unit, and a remove button."""

    def __init__(self, choice: PartChoice, quantity: int) -> None:
        super().__init__()
        self.choice = choice
        self.setObjectName("PartRow")
        rule = colour("divider")
        self.setStyleSheet(f"QFrame#PartRow {{ border-bottom: 1px solid {rule}; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 0, 2)
        row.setSpacing(10)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.name = QLabel(choice.name)
        self.name.setStyleSheet("font-weight: 600;")
        texts.addWidget(self.name)
        self.stock = QLabel(choice.stock_text)
        self.stock.setObjectName("Muted")
        texts.addWidget(self.stock)
        row.addLayout(texts, 1)
        self.quantity = spin_box(1, 100, quantity, translate("drops/drop_parts", " per unit"))
        self.quantity.setAccessibleName(
            translate("drops/drop_parts", "How many {name} in one unit").format(name=choice.name)
        )
        self.quantity.setFixedWidth(130)
        row.addWidget(self.quantity)
        self.remove = QToolButton()
        self.remove.setIcon(icon("trash"))
        self.remove.setToolTip(
            translate("drops/drop_parts", "Take {name} out of the drop").format(name=choice.name)
        )
        self.remove.setAccessibleName(
            translate("drops/drop_parts", "Remove {name}").format(name=choice.name)
        )
        row.addWidget(self.remove)


class PartsEditor(QWidget):
    """``changed`` after a part was added, removed or its quantity changed."""

    changed = Signal()

    def __init__(self, money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._money = money
        self._choices: list[PartChoice] = []
        self.rows: list[PartRow] = []
        self.locked = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.search = search_field(
            translate("drops/drop_parts", "Find a product to add…"),
            translate("drops/drop_parts", "Find a product for the drop"),
        )
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._take_first)
        box.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("PartResults")
        self.results.setAccessibleName(translate("drops/drop_parts", "Products found"))
        self.results.setFixedHeight(150)
        self.results.setStyleSheet("QListWidget#PartResults::item { min-height: 34px; }")
        self.results.itemClicked.connect(self._picked)
        self.results.hide()
        box.addWidget(self.results)
        self.parts_frame = QFrame()
        self.parts_frame.setObjectName("Card")
        self.parts_box = QVBoxLayout(self.parts_frame)
        self.parts_box.setContentsMargins(12, 6, 8, 6)
        self.parts_box.setSpacing(0)
        self.empty = QLabel(
            translate("drops/drop_parts", "Nothing in the drop yet: find a product above.")
        )
        self.empty.setObjectName("Muted")
        self.empty.setMinimumHeight(44)
        self.parts_box.addWidget(self.empty)
        box.addWidget(self.parts_frame)
        self.note = QLabel("")
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        self._update()

    # -- the catalogue ------------------------------------------------------------------------
    def set_catalog(self, items: Sequence[CatalogItem]) -> None:
        self._choices = choices(items)
        known = {c.variant_id: c for c in self._choices}
        for row in self.rows:  # parts shown before the catalogue arrived get its price and tax
            if row.choice.variant_id in known and row.choice.tax_rate_bp is None:
                row.choice = known[row.choice.variant_id]
        self._search(self.search.text())
        self._update()

    def _search(self, text: str) -> None:
        terms = text.casefold().split()
        self.results.clear()
        if not terms:
            self.results.hide()
            return
        chosen = {r.choice.variant_id for r in self.rows}
        found = [
            c
            for c in self._choices
            if all(t in c.name.casefold() for t in terms) and c.variant_id not in chosen
        ]
        for c in found[:MAX_RESULTS]:
            item = QListWidgetItem(f"{c.name}   ·   {self._money(c.price)}   ·   {c.stock_text}")
            item.setData(Qt.ItemDataRole.UserRole, c.variant_id)
            self.results.addItem(item)
        if not found:
            self.results.addItem(
                QListWidgetItem(translate("drops/drop_parts", "No product matches."))
            )
        self.results.show()

    def _picked(self, item: QListWidgetItem) -> None:
        vid = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(vid, str):
            self.add(vid)

    def _take_first(self) -> None:
        if self.results.count():
            self._picked(self.results.item(0))

    # -- the parts ----------------------------------------------------------------------------
    def add(self, variant_id: str, quantity: int = 1) -> bool:
        """Put a catalogue variant in the drop (or one more of it when it is there)."""
        if self.locked:
            return False
        for row in self.rows:
            if row.choice.variant_id == variant_id:
                row.quantity.setValue(row.quantity.value() + quantity)
                return True
        choice = next((c for c in self._choices if c.variant_id == variant_id), None)
        if choice is None:
            return False
        self._add_row(choice, quantity)
        self.search.clear()
        self.changed.emit()
        return True

    def set_parts(self, parts: Sequence[tuple[PartChoice, int]]) -> None:
        for row in list(self.rows):
            self._remove_row(row, emit=False)
        for choice, quantity in parts:
            self._add_row(choice, quantity)
        self.changed.emit()

    def _add_row(self, choice: PartChoice, quantity: int) -> None:
        row = PartRow(choice, quantity)
        row.quantity.valueChanged.connect(lambda _v: self._edited())
        row.remove.clicked.connect(lambda: self._remove_row(row))
        row.quantity.setEnabled(not self.locked)
        row.remove.setVisible(not self.locked)
        self.rows.append(row)
        self.parts_box.addWidget(row)
        self._update()

    def _remove_row(self, row: PartRow, emit: bool = True) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update()
        if emit:
            self.changed.emit()

    def _edited(self) -> None:
        self._update()
        self.changed.emit()

    def parts(self) -> tuple[tuple[str, int], ...]:
        return tuple((r.choice.variant_id, r.quantity.value()) for r in self.rows)

    def set_locked(self, locked: bool, why: str = "") -> None:
        """Parts cannot change once the drop has sold (the service says so too)."""
        self.locked = locked
        self.search.setVisible(not locked)
        for r in self.rows:
            r.quantity.setEnabled(not locked)
            r.remove.setVisible(not locked)
        if locked and why:
            self.note.setText(why)

    @property
    def is_bundle(self) -> bool:
        return len(self.rows) > 1 or any(r.quantity.value() > 1 for r in self.rows)

    def allows(self) -> int | None:
        """How many whole units the parts' stock makes now (None: nothing counted)."""
        counts = [
            max(r.choice.stock, 0) // r.quantity.value()
            for r in self.rows
            if r.choice.stock is not None
        ]
        return min(counts) if counts else None

    def _update(self) -> None:
        self.empty.setVisible(not self.rows)
        if self.locked:
            return
        rates = {r.choice.tax_rate_bp for r in self.rows if r.choice.tax_rate_bp is not None}
        text = ""
        if self.is_bundle:
            text = translate("drops/drop_parts", "A bundle: each unit sells all of these together.")
            if len(rates) > 1 and self.rows[0].choice.tax_rate_bp is not None:
                first = format_rate(self.rows[0].choice.tax_rate_bp)
                text += translate(
                    "drops/drop_parts",
                    " The parts' tax rates differ; the drop is taxed at the first's ({first}).",
                ).format(first=first)
        allow = self.allows()
        if allow is not None and self.rows:
            text += (
                translate("drops/drop_parts", " The parts' stock makes {allow} unit now.").format(
                    allow=allow
                )
                if allow == 1
                else translate(
                    "drops/drop_parts", " The parts' stock makes {allow} units now."
                ).format(allow=allow)
            )
        self.note.setText(text.strip())
        self.note.setVisible(bool(text))
