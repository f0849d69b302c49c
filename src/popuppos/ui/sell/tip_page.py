"""Asking for a tip before payment: preset percentages, a custom amount, or no tip."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from popuppos.core.tender import TenderError, check_tip, tip_for
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QGridLayout, QHBoxLayout, QPushButton, Qt, QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.keypad import AmountField
from popuppos.ui.sell.widgets import label, make_button


class TipPage(QWidget):
    """``chosen(tip)`` in minor units (0 for no tip); a tip above the rules shows why."""

    chosen = Signal(int)

    def __init__(
        self,
        total: int,
        money: Callable[[int], str],
        currency: str,
        presets: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TipPage")
        self.total = total
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        box.addWidget(label(translate("sell/tip_page", "Add a tip?"), "Heading"))
        grid = QGridLayout()
        grid.setSpacing(10)
        self.buttons: dict[int, QPushButton] = {}
        for n, bp in enumerate(presets):
            amount = tip_for(total, bp)
            b = make_button(f"{bp // 100} %\n{money(amount)}", large=True)
            b.setObjectName("TipButton")
            b.setMinimumHeight(84)
            b.clicked.connect(lambda _=False, a=amount: self.choose(a))
            grid.addWidget(b, 0, n)
            self.buttons[bp] = b
        box.addLayout(grid)
        self.custom = AmountField(
            currency, translate("sell/tip_page", "Another tip amount"), keypad=False
        )
        self.custom.edit.setObjectName("TipEdit")
        self.custom.submitted.connect(self._custom)
        row = QHBoxLayout()
        row.addWidget(self.custom, 1)
        self.custom_button = make_button(translate("sell/tip_page", "Add tip"))
        self.custom_button.setObjectName("CustomTipButton")
        self.custom_button.clicked.connect(self._custom)
        row.addWidget(self.custom_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(label(translate("sell/tip_page", "Custom"), "Muted"))
        box.addLayout(row)
        box.addStretch(1)
        self.no_tip_button = make_button(
            translate("sell/tip_page", "No tip"), role="primary", large=True
        )
        self.no_tip_button.setObjectName("NoTipButton")
        self.no_tip_button.clicked.connect(lambda: self.choose(0))
        box.addWidget(self.no_tip_button)

    def choose(self, amount: int) -> None:
        try:
            check_tip(amount, self.total)
        except TenderError as exc:
            self.custom.show_error(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return
        self.chosen.emit(amount)

    def _custom(self) -> None:
        amount = self.custom.amount()
        if amount is not None:
            self.choose(amount)
