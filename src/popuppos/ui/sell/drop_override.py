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
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QDialog, QHBoxLayout, QObject, QVBoxLayout, QWidget, Signal

OFFER = "Sell beyond this stall's share"

#: (pin, reason) -> the sale, recorded (runs on a worker).
Retry = Callable[[str, str], object]


def units(n: int) -> str:
    return f"{n} unit" if n == 1 else f"{n} units"


def refusal_text(exc: BeyondShare) -> str:
    """Why the sale stopped, and that the edition could still cover it."""
    share = f"This stall's share of {exc.name} is {units(exc.share)}"
    used = "all sold here" if exc.left_here <= 0 else f"only {exc.left_here} left of it"
    return (
        f"{share}, {used}; this sale wants {exc.wanted}. The edition still has "
        f"{units(exc.edition_left)}, so a manager may approve selling beyond the share. "
        "The sale is then flagged at the shop hub as an oversell for the owner to resolve."
    )


def flagged_notice(exc: BeyondShare) -> str:
    return (
        f"Sold beyond this stall's share of {exc.name} with a manager's approval; "
        "it will be flagged at the shop hub for the owner to resolve."
    )


class ShareOfferDialog(QDialog):
    """The refusal, with the way past it (accept) or not (reject)."""

    def __init__(self, exc: BeyondShare, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("This stall's share is used up")
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading("This stall's share is used up"))
        self.text = muted(refusal_text(exc))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.cancel_button = button("Not now", role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.override_button = button(OFFER, role="primary", default=True)
        self.override_button.clicked.connect(self.accept)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.override_button)
        layout.addLayout(row)


def share_used_text(name: str, share: int, edition_left: int) -> str:
    """Why a tapped drop reads "Sold out" here although the edition has units left."""
    return (
        f"This stall's share of {name} ({units(share)}) is sold. The edition still has "
        f"{units(edition_left)}: add one beyond the share? A manager approves it with the "
        "PIN at payment, and the sale is flagged at the shop hub for the owner to resolve."
    )


class ShareUsedDialog(QDialog):
    """A tap on a drop whose share here is sold but whose edition is not: add a unit
    beyond the share (accept), or put the customer on the waitlist (``waitlist``)."""

    waitlist = Signal()

    def __init__(
        self, name: str, share: int, edition_left: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("This stall's share is sold")
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading("This stall's share is sold"))
        self.text = muted(share_used_text(name, share, edition_left))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.cancel_button = button("Not now", role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.waitlist_button = button("Waitlist…", role="quiet")
        self.waitlist_button.clicked.connect(self._to_waitlist)
        self.add_button = button("Add beyond the share", role="primary", default=True)
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
            title=OFFER,
            prompt=(
                f"A manager approves selling {exc.name} beyond this stall's share. "
                "The sale will be flagged at the shop hub for the owner."
            ),
            ask_reason=True,
            reason_placeholder="Why? (kept with the sale and shown at the hub)",
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
