"""The lines of a sale with how many units of each to refund (touch steppers)."""

from __future__ import annotations

from collections.abc import Callable

from popuppos.services.refunds import RefundableLine, RefundableSale
from popuppos.ui.backoffice.common import muted
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.theme import colour, follow_theme

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def clear_layout(layout: QGridLayout | QVBoxLayout) -> None:
    """Remove and delete every widget in ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone now, not only when the event loop deletes it
            widget.deleteLater()


class QuantityStepper(QWidget):
    """− [n] + with 44 px touch targets; ``spin`` holds the value (0 .. what is left)."""

    def __init__(self, maximum: int) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.spin = QSpinBox()
        self.spin.setRange(0, maximum)
        # Not NoButtons: under the theme's padding that collapses the text field to 1 px.
        # The arrows are hidden instead; the 44 px − / + keys beside it do the stepping.
        self.spin.setStyleSheet(
            "QSpinBox { font-size: 18px; font-weight: 600; }"
            "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
            "QSpinBox::up-arrow, QSpinBox::down-arrow { image: none; width: 0px; height: 0px; }"
        )
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spin.setFixedWidth(64)
        self.spin.setMinimumHeight(44)
        self.spin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.minus = self._key("−", self.spin.stepDown)
        self.plus = self._key("+", self.spin.stepUp)
        row.addWidget(self.minus)
        row.addWidget(self.spin)
        row.addWidget(self.plus)
        self.spin.valueChanged.connect(self._limits)
        self._limits()
        self.setEnabled(maximum > 0)

    def _key(self, text: str, action: Callable[[], None]) -> QPushButton:
        key = QPushButton(text)
        key.setFixedSize(44, 44)
        # The theme's 44 px minimum is the content's: with the border it would be 46 px and
        # lose its bottom edge in this 44 px box.
        key.setStyleSheet("padding: 0px; font-size: 20px; min-height: 42px; min-width: 42px;")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.clicked.connect(action)
        return key

    def _limits(self) -> None:
        self.minus.setEnabled(self.spin.value() > self.spin.minimum())
        self.plus.setEnabled(self.spin.value() < self.spin.maximum())


class RefundLinesPanel(QFrame):
    """A card listing item / price / sold / refunded / a stepper for each line of the sale."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("Card")
        self.steppers: dict[str, QuantityStepper] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 12, 12, 12)
        self.holder = QWidget()
        self.grid = QGridLayout(self.holder)
        self.grid.setContentsMargins(0, 0, 6, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        follow_theme(
            scroll,
            lambda: scroll.setStyleSheet(
                "QScrollArea, QScrollArea > QWidget > QWidget"
                f" {{ background: {colour('surface')}; }}"
            ),
        )
        scroll.setWidget(self.holder)
        outer.addWidget(scroll)

    def fill(self, sale: RefundableSale, keep: dict[str, int]) -> None:
        """Show ``sale``'s lines; ``keep`` restores chosen quantities still possible."""
        clear_layout(self.grid)
        self.steppers.clear()
        for col, text in enumerate(
            (
                translate("backoffice/refund_lines", "Item"),
                "Price",
                translate("backoffice/refund_lines", "Sold"),
                translate("backoffice/refund_lines", "Refunded"),
                translate("backoffice/refund_lines", "Refund now"),
            )
        ):
            label = muted(text)
            if col in (1, 2, 3):
                label.setAlignment(RIGHT)
            elif col == 4:
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, 0, col)
        for row, line in enumerate(sale.lines, start=1):
            self._add_line(row, line, keep.get(line.sale_line_id, 0))
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(len(sale.lines) + 1, 1)

    def _add_line(self, row: int, line: RefundableLine, keep: int) -> None:
        name = line.name + (f" · {line.variant_name}" if line.variant_name else "")
        item = QLabel(name)
        item.setWordWrap(True)
        cells = [
            item,
            QLabel(self.ctx.money(line.unit_price)),
            QLabel(str(line.quantity)),
            QLabel(str(line.refunded_qty) if line.refunded_qty else "—"),
        ]
        for col, cell in enumerate(cells):
            if col:
                cell.setAlignment(RIGHT)
            self.grid.addWidget(cell, row, col)
        stepper = QuantityStepper(line.refundable_qty)
        stepper.spin.setValue(min(keep, line.refundable_qty))
        stepper.spin.setAccessibleName(
            translate("backoffice/refund_lines", "Units of {name} to refund").format(name=name)
        )
        stepper.spin.valueChanged.connect(self.changed)
        self.grid.addWidget(stepper, row, 4)
        self.steppers[line.sale_line_id] = stepper

    def quantities(self) -> dict[str, int]:
        """Units to refund per sale line id (lines with none are left out)."""
        return {lid: s.spin.value() for lid, s in self.steppers.items() if s.spin.value() > 0}

    def set_quantity(self, sale_line_id: str, quantity: int) -> None:
        self.steppers[sale_line_id].spin.setValue(quantity)

    def choose_everything(self) -> None:
        for stepper in self.steppers.values():
            stepper.spin.setValue(stepper.spin.maximum())
