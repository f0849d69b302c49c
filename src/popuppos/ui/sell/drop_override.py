"""Selling beyond this stall's share of a drop, with a manager's approval.

When the shop hub split a drop among the stalls, checkout refuses a sale that goes beyond
this stall's share (``services.drop_allocations.BeyondShare``) even though the edition
still has the units. :class:`ShareOverride` then offers "Sell beyond this stall's share":
a manager enters the PIN and a reason (:class:`ManagerPinDialog`) and the same sale is
tried again with them. Checkout checks the PIN inside the sale's transaction, records the
override, and the hub flags it as an oversell for the owner to resolve; the notice says so.
Declining (or cancelling the PIN) leaves the refusal as it was: nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.services.drop_allocations import BeyondShare
from popuppos.services.errors import PinRefused
from popuppos.ui.backoffice.common import button, heading, muted
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QDialog, QHBoxLayout, QObject, QVBoxLayout, QWidget, Signal

OFFER = QT_TRANSLATE_NOOP("sell/drop_override", "Sell beyond this stall's share")

#: (pin, reason) -> the sale, recorded (runs on a worker).
Retry = Callable[[str, str], object]


def units(n: int) -> str:
    return (
        translate("sell/drop_override", "{n} unit").format(n=n)
        if n == 1
        else translate("sell/drop_override", "{n} units").format(n=n)
    )


def refusal_text(exc: BeyondShare) -> str:
    """Why the sale stopped, and that the edition could still cover it."""
    share = translate("sell/drop_override", "This stall's share of {name} is {units}").format(
        name=exc.name, units=units(exc.share)
    )
    used = (
        translate("sell/drop_override", "all sold here")
        if exc.left_here <= 0
        else translate("sell/drop_override", "only {left_here} left of it").format(
            left_here=exc.left_here
        )
    )
    return translate(
        "sell/drop_override",
        "{share}, {used}; this sale wants {wanted}. The edition still has "
        "{units}, so a manager may approve selling beyond the share. The sale "
        "is then flagged at the shop hub as an oversell for the owner to "
        "resolve.",
    ).format(share=share, used=used, wanted=exc.wanted, units=units(exc.edition_left))


def flagged_notice(exc: BeyondShare) -> str:
    return translate(
        "sell/drop_override",
        "Sold beyond this stall's share of {name} with a manager's approval; "
        "it will be flagged at the shop hub for the owner to resolve.",
    ).format(name=exc.name)


class ShareOfferDialog(QDialog):
    """The refusal, with the way past it (accept) or not (reject)."""

    def __init__(self, exc: BeyondShare, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("sell/drop_override", "This stall's share is used up"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("sell/drop_override", "This stall's share is used up")))
        self.text = muted(refusal_text(exc))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.cancel_button = button(translate("sell/drop_override", "Not now"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.override_button = button(
            translate("sell/drop_override", OFFER), role="primary", default=True
        )
        self.override_button.clicked.connect(self.accept)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.override_button)
        layout.addLayout(row)


def share_used_text(name: str, share: int, edition_left: int) -> str:
    """Why a tapped drop reads "Sold out" here although the edition has units left."""
    return translate(
        "sell/drop_override",
        "This stall's share of {name} ({units}) is sold. The edition still has "
        "{units2}: add one beyond the share? A manager approves it with the "
        "PIN at payment, and the sale is flagged at the shop hub for the owner "
        "to resolve.",
    ).format(name=name, units=units(share), units2=units(edition_left))


class ShareUsedDialog(QDialog):
    """A tap on a drop whose share here is sold but whose edition is not: add a unit
    beyond the share (accept), or put the customer on the waitlist (``waitlist``)."""

    waitlist = Signal()

    def __init__(
        self, name: str, share: int, edition_left: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("sell/drop_override", "This stall's share is sold"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("sell/drop_override", "This stall's share is sold")))
        self.text = muted(share_used_text(name, share, edition_left))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.cancel_button = button(translate("sell/drop_override", "Not now"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.waitlist_button = button(translate("sell/drop_override", "Waitlist…"), role="quiet")
        self.waitlist_button.clicked.connect(self._to_waitlist)
        self.add_button = button(
            translate("sell/drop_override", "Add beyond the share"), role="primary", default=True
        )
        self.add_button.clicked.connect(self.accept)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.waitlist_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def _to_waitlist(self) -> None:
        self.reject()
        self.waitlist.emit()


class ShareOverride(QObject):
    """``recorded(sale, notice)`` when the approved sale is durable; ``declined(exc)``
    when nobody approved it (the refusal, or the retry's own refusal)."""

    recorded = Signal(object, str)
    declined = Signal(object)

    def __init__(
        self, host: QWidget, open_dialog: Callable[[QDialog], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent or host)
        self.host = host
        self._open = open_dialog
        self.offer_dialog: ShareOfferDialog | None = None
        self.pin_dialog: ManagerPinDialog | None = None
        self._outcome: BaseException | None = None

    def offer(self, exc: BeyondShare, retry: Retry) -> None:
        offer = ShareOfferDialog(exc, self.host)
        self.offer_dialog = offer
        offer.accepted.connect(lambda: self._ask(exc, retry))
        offer.rejected.connect(lambda: self._declined(exc))
        self._open(offer)

    def _ask(self, exc: BeyondShare, retry: Retry) -> None:
        self.offer_dialog = None
        self._outcome = exc
        pin = ManagerPinDialog(
            self.host,
            title=translate("sell/drop_override", OFFER),
            prompt=(
                translate(
                    "sell/drop_override",
                    "A manager approves selling {name} beyond this stall's share. The sale "
                    "will be flagged at the shop hub for the owner.",
                ).format(name=exc.name)
            ),
            ask_reason=True,
            reason_placeholder=translate(
                "sell/drop_override", "Why? (kept with the sale and shown at the hub)"
            ),
        )
        self.pin_dialog = pin
        pin.submitted.connect(lambda p, r: self._retry(pin, exc, retry, p, r))
        pin.rejected.connect(lambda: self._declined(self._outcome or exc))
        self._open(pin)

    def _retry(
        self, pin: ManagerPinDialog, exc: BeyondShare, retry: Retry, code: str, reason: str
    ) -> None:
        pin.set_busy(True)
        run_operation(
            self,
            lambda: retry(code, reason),
            on_success=lambda sale: self._done(pin, exc, sale),
            on_failure=lambda problem: self._refused(pin, problem),
        )

    def _done(self, pin: ManagerPinDialog, exc: BeyondShare, sale: object) -> None:
        pin.set_busy(False)
        self.pin_dialog = None
        pin.accept()
        self.recorded.emit(sale, flagged_notice(exc))

    def _refused(self, pin: ManagerPinDialog, problem: BaseException) -> None:
        if isinstance(problem, PinRefused):  # a wrong PIN: try again, the reason is kept
            pin.show_problem(message_for(problem))
            return
        pin.set_busy(False)  # anything else (the edition sold out meanwhile ...) ends it
        self._outcome = problem
        pin.reject()

    def _declined(self, exc: BaseException) -> None:
        self.offer_dialog = None
        self.pin_dialog = None
        self.declined.emit(exc)
