"""The buttons under the cart: Discount, Park, Resume, Clear sale (tap twice) and Pay."""

from __future__ import annotations

from popuppos.ui.i18n import translate
from popuppos.ui.qt import QGridLayout, QTimer, QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.widgets import make_button

CLEAR_CONFIRM_MS = 3000


class SaleActions(QWidget):
    discount = Signal()
    park = Signal()
    resume = Signal()
    clear = Signal()  # after the confirming second tap
    pay = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SaleActions")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.discount_button = make_button(
            translate("sell/sale_actions", "Discount"),
            icon_name="receipt",
            object_name="DiscountButton",
        )
        self.park_button = make_button(
            translate("sell/sale_actions", "Park"),
            icon_name="park",
            object_name="ParkButton",
            tooltip=translate("sell/sale_actions", "Park the sale (F8)"),
        )
        self.resume_button = make_button(
            translate("sell/sale_actions", "Resume"),
            icon_name="resume",
            object_name="ResumeButton",
            tooltip=translate("sell/sale_actions", "Parked sales"),
        )
        self.clear_button = make_button(
            translate("sell/sale_actions", "Clear sale"),
            role="danger-quiet",
            icon_name="void",
            object_name="ClearSaleButton",
        )
        self.discount_button.clicked.connect(self.discount)
        self.park_button.clicked.connect(self.park)
        self.resume_button.clicked.connect(self.resume)
        self.clear_button.clicked.connect(self._clear_clicked)
        grid.addWidget(self.discount_button, 0, 0)
        grid.addWidget(self.park_button, 0, 1)
        grid.addWidget(self.resume_button, 1, 0)
        grid.addWidget(self.clear_button, 1, 1)
        box.addLayout(grid)
        self.pay_button = make_button(
            translate("sell/sale_actions", "Pay"),
            role="primary",
            large=True,
            object_name="PayButton",
            tooltip=translate("sell/sale_actions", "Pay (F4)"),
        )
        self.pay_button.setMinimumHeight(64)
        self.pay_button.clicked.connect(self.pay)
        box.addWidget(self.pay_button)
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(self.disarm_clear)

    def show_state(self, *, empty: bool, total: str, recording: bool = False) -> None:
        if recording:
            self.pay_button.setText(translate("sell/sale_actions", "Recording the sale…"))
        else:
            self.pay_button.setText(
                translate("sell/sale_actions", "Pay")
                if empty
                else translate("sell/sale_actions", "Pay {total}").format(total=total)
            )
        self.pay_button.setEnabled(not empty and not recording)
        for b in (self.discount_button, self.park_button, self.clear_button):
            b.setEnabled(not empty and not recording)
        if empty:
            self.disarm_clear()

    def _clear_clicked(self) -> None:
        if self._clear_timer.isActive():
            self.disarm_clear()
            self.clear.emit()
            return
        self.clear_button.setText(translate("sell/sale_actions", "Tap again to clear"))
        self._clear_timer.start(CLEAR_CONFIRM_MS)

    def disarm_clear(self) -> None:
        self._clear_timer.stop()
        self.clear_button.setText(translate("sell/sale_actions", "Clear sale"))
