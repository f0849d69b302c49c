"""Parking a sale to serve the next customer, and picking a parked sale up again.

The two dialogs only ask; :class:`ParkingFlow` runs ``services.parking`` on a worker and
changes the sell screen's cart. Resuming while a sale is open parks that one first.
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.core.cart import Cart
from popuppos.services.parking import ParkedCart, park_cart, parked_carts, resume_cart
from popuppos.store.db import Database
from popuppos.ui.backoffice.common import local_time_text
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.cart_controller import CartController
from popuppos.ui.sell.widgets import Banner, icon, label, make_button

Money = Callable[[int], str]
PARKED_ROLE = Qt.ItemDataRole.UserRole + 1


class ParkDialog(QDialog):
    """Ask for an optional label ("Blue jacket", a name); ``park(label)`` when confirmed."""

    park = Signal(str)

    def __init__(self, summary: str, parent: QWidget | None = None, *, suggested: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("ParkDialog")
        self.setWindowTitle(translate("sell/parked", "Park the sale"))
        self.setModal(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        box.addWidget(label(translate("sell/parked", "Park this sale"), "Heading"))
        box.addWidget(label(summary, "Muted", wrap=True))
        self.label_edit = QLineEdit(suggested)
        self.label_edit.setObjectName("ParkLabel")
        self.label_edit.setPlaceholderText(
            translate("sell/parked", "A label to find it again (optional)")
        )
        self.label_edit.setMaxLength(120)
        self.label_edit.returnPressed.connect(self._confirm)
        box.addWidget(self.label_edit)
        row = QHBoxLayout()
        cancel = make_button(translate("sell/parked", "Cancel"), role="quiet")
        cancel.clicked.connect(self.reject)
        self.park_button = make_button(
            translate("sell/parked", "Park sale"), role="primary", icon_name="park"
        )
        self.park_button.setObjectName("ConfirmParkButton")
        self.park_button.clicked.connect(self._confirm)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.park_button)
        box.addLayout(row)
        self.setMinimumWidth(440)
        self.label_edit.setFocus()

    def _confirm(self) -> None:
        self.park.emit(self.label_edit.text().strip())
        self.accept()


def items_text(n: int) -> str:
    if n == 1:
        return translate("sell/parked", "1 item")
    return translate("sell/parked", "{n} items").format(n=n)


def parked_text(p: ParkedCart, money: Money, when: str) -> str:
    name = p.label or translate("sell/parked", "Parked sale")
    items = items_text(p.item_count)
    return translate("sell/parked", "{name}\n{items} · {amount} · parked {when}").format(
        name=name, items=items, amount=money(p.total), when=when
    )


class ResumeDialog(QDialog):
    """The parked sales (loaded on a worker); a tap emits ``resume(parked_id)``."""

    resume = Signal(str)

    def __init__(
        self,
        db: Database,
        money: Money,
        when: Callable[[ParkedCart], str],
        parent: QWidget | None = None,
        *,
        current_summary: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ResumeDialog")
        self.setWindowTitle(translate("sell/parked", "Parked sales"))
        self.setModal(True)
        self._money = money
        self._when = when
        self.loaded = False
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        box.addWidget(label(translate("sell/parked", "Parked sales"), "Heading"))
        self.park_first = label("", "Muted", wrap=True)
        if current_summary:
            self.park_first.setText(
                translate(
                    "sell/parked",
                    "The sale on screen ({current_summary}) will be parked first, so "
                    "nothing is lost.",
                ).format(current_summary=current_summary)
            )
        self.park_first.setVisible(bool(current_summary))
        box.addWidget(self.park_first)
        self.list = QListWidget()
        self.list.setObjectName("ParkedList")
        self.list.setIconSize(QSize(24, 24))
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        box.addWidget(self.list, 1)
        self.empty_label = label(translate("sell/parked", "Loading…"), "Muted")
        box.addWidget(self.empty_label)
        self.banner = Banner()
        box.addWidget(self.banner)
        row = QHBoxLayout()
        row.addStretch(1)
        close = make_button(translate("sell/parked", "Close"), role="quiet")
        close.clicked.connect(self.reject)
        row.addWidget(close)
        box.addLayout(row)
        self.setMinimumSize(520, 480)
        run_operation(
            self,
            lambda: parked_carts(db),
            on_success=self._show,
            on_failure=lambda exc: self.banner.show_message(message_for(exc), "danger"),
        )

    def _show(self, parked: list[ParkedCart]) -> None:
        self.list.clear()
        for p in reversed(parked):  # the latest first: usually the one coming back
            item = QListWidgetItem(icon("park"), parked_text(p, self._money, self._when(p)))
            item.setData(PARKED_ROLE, p.id)
            item.setSizeHint(QSize(0, 64))
            self.list.addItem(item)
        self.empty_label.setText("" if parked else translate("sell/parked", "No parked sales."))
        self.empty_label.setVisible(not parked)
        self.loaded = True

    def _clicked(self, item: QListWidgetItem) -> None:
        parked_id = item.data(PARKED_ROLE)
        if isinstance(parked_id, str):
            self.resume.emit(parked_id)
            self.accept()


class ParkingFlow(QObject):
    """Park and resume for the sell screen; ``message(text, tone)``, ``resumed()`` report."""

    message = Signal(str, str)
    resumed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        controller: CartController,
        host: QWidget,
        open_dialog: Callable[[QDialog], None],
    ) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.controller = controller
        self.host = host
        self._open = open_dialog

    @property
    def cart(self) -> Cart:
        return self.controller.cart

    def summary(self) -> str:
        n = self.cart.item_count
        return translate("sell/parked", "{items}, {amount}").format(
            items=items_text(n), amount=self.ctx.money(self.cart.priced().total)
        )

    def park(self) -> None:
        if self.cart.is_empty:
            self.message.emit(translate("sell/parked", "There is nothing to park."), "info")
            return
        dialog = ParkDialog(self.summary(), self.host, suggested=self.cart.member_name or "")
        dialog.park.connect(self.park_as)
        self._open(dialog)

    def park_as(self, label: str, then: str | None = None) -> None:
        """Park the cart under ``label``; then resume ``then`` when given."""
        cart, db = self.controller.snapshot(), self.ctx.db
        self.controller.locked = True
        run_operation(
            self,
            lambda: park_cart(db, cart, label),
            on_success=lambda _id: self._parked(then),
            on_failure=self._park_failed,
        )

    def _parked(self, then: str | None) -> None:
        self.controller.locked = False
        self.controller.reset()
        self.message.emit(translate("sell/parked", "Sale parked. Resume it any time."), "info")
        if then is not None:
            self.resume_parked(then)

    def _park_failed(self, exc: BaseException) -> None:
        self.controller.locked = False
        self.message.emit(message_for(exc), "danger")

    def resume(self) -> None:
        summary = "" if self.cart.is_empty else self.summary()
        dialog = ResumeDialog(
            self.ctx.db,
            self.ctx.money,
            lambda p: local_time_text(p.created_at),
            self.host,
            current_summary=summary,
        )
        dialog.resume.connect(self._resume_chosen)
        self._open(dialog)

    def _resume_chosen(self, parked_id: str) -> None:
        if self.cart.is_empty:
            self.resume_parked(parked_id)
        else:  # nothing on screen is lost: it is parked first
            self.park_as(self.cart.member_name or "", then=parked_id)

    def resume_parked(self, parked_id: str) -> None:
        db = self.ctx.db
        run_operation(
            self,
            lambda: resume_cart(db, parked_id),
            on_success=self._resumed,
            on_failure=lambda exc: self.message.emit(message_for(exc), "danger"),
        )

    def _resumed(self, cart: Cart) -> None:
        self.controller.replace(cart)
        self.message.emit(translate("sell/parked", "Parked sale resumed."), "info")
        self.resumed.emit()
