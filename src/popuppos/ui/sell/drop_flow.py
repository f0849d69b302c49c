"""Drops on the sell screen: their tiles kept true, a tap on one, and the host's notices.

* **Loading.** ``services.drops.drops_on_sale`` runs on a worker after every sale and refund
  (the shop's event hub), every :data:`REFRESH_MS` while the screen is shown, and at the
  next moment a window opens or closes (:func:`~popuppos.ui.sell.drop_checks.next_change`),
  so a drop appears when it opens and "Members only" turns "Live" on time. An older answer
  arriving after a newer one is dropped.
* **Tapping.** A sold-out drop offers its waitlist (:class:`WaitlistDialog`). Otherwise the
  drop's rules are asked as checkout asks them
  (:meth:`~popuppos.ui.sell.cart_controller.CartController.add_drop`); for a member the
  units they already hold and their pass tiers are read first, on a worker. Checkout has
  the final word inside the sale's transaction, and its refusal shows on the screen.
* **Notices.** After a sale, the drops it took to their low-stock mark or sold out are
  told to the host ("Sunrise print: only 3 left."), and stay until dismissed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from popuppos.core.drop_rules import DropState
from popuppos.services.checkout import CompletedSale
from popuppos.services.drops import DropStatus, drops_on_sale, list_drops
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.drops.waitlist_dialog import WaitlistDialog
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QDialog, QObject, Qt, QTimer, QWidget, Signal
from popuppos.ui.sell.browser import ProductBrowser
from popuppos.ui.sell.cart_controller import CartController
from popuppos.ui.sell.drop_checks import MemberStanding, member_standing, next_change
from popuppos.ui.sell.drop_override import ShareUsedDialog

REFRESH_MS = 20_000  # the tiles' counts and states, re-read while the screen is shown
MAX_WAIT_MS = 6 * 3600 * 1000  # the state-change timer never waits longer than this

Loaded = tuple[int, datetime, list[DropStatus], datetime | None]


class SellDrops(QObject):
    """``message(text, tone)`` goes to the browser's banner; ``loaded`` after each load."""

    message = Signal(str, str)
    loaded = Signal()

    def __init__(
        self,
        ctx: AppContext,
        controller: CartController,
        browser: ProductBrowser,
        host: QWidget,
        open_dialog: Callable[[QDialog], None],
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.controller = controller
        self.browser = browser
        self.host = host
        self._open = open_dialog
        self.now = now
        self.statuses: list[DropStatus] = []
        self.loads = 0
        self.looking_up = 0  # member standings being read (tests wait on it)
        self.next_change: datetime | None = None
        self._asked = 0
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._tick)
        self.refresh_timer.start()
        self.change_timer = QTimer(self)
        self.change_timer.setSingleShot(True)
        self.change_timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse may be 5 % late
        self.change_timer.timeout.connect(self.reload)
        ctx.events.sale_completed.connect(self.reload)
        ctx.events.refund_completed.connect(self.reload)
        self.message.connect(browser.banner.show_message)

    # -- loading ------------------------------------------------------------------------------
    def reload(self, *_: object) -> None:
        self._asked += 1
        ask, db, now = self._asked, self.ctx.db, self.now()

        def work() -> Loaded:
            on_sale = drops_on_sale(db, now=now)
            return ask, now, on_sale, next_change(list_drops(db, now=now), now)

        run_operation(self, work, on_success=self._arrived, on_failure=self._failed)

    def _tick(self) -> None:
        if self.host.isVisible():
            self.reload()

    def _arrived(self, loaded: Loaded) -> None:
        ask, now, statuses, change = loaded
        if ask != self._asked:
            return  # a newer load is on its way
        self.statuses = statuses
        self.controller.update_drops(statuses)
        self.controller.standings.clear()  # what members hold may have changed with a sale
        self.browser.show_drops(statuses)
        self.next_change = change
        if change is None:
            self.change_timer.stop()
        else:
            wait = int((change - now).total_seconds() * 1000) + 250
            self.change_timer.start(max(250, min(wait, MAX_WAIT_MS)))
        self.loads += 1
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(
            translate("sell/drop_flow", "The drops could not be read: {problem}").format(
                problem=message_for(exc)
            ),
            "danger",
        )

    def image_for(self, variant_id: str) -> str | None:
        """The picture of the drop whose line carries ``variant_id`` (for the cart)."""
        return next((s.image for s in self.statuses if s.parts[0].variant_id == variant_id), None)

    def status(self, drop_id: str) -> DropStatus | None:
        return next((s for s in self.statuses if s.id == drop_id), None)

    # -- tapping ------------------------------------------------------------------------------
    def tap(self, tapped: DropStatus) -> None:
        """A drop's tile was tapped: add a unit, offer the waitlist, or say why not."""
        status = self.status(tapped.id) or tapped
        if status.state is DropState.SOLD_OUT:
            if status.allocated is not None and status.edition_left > 0:
                self.offer_beyond_share(status)
            else:
                self.offer_waitlist(status)
            return
        cart = self.controller.cart
        member = cart.member_id
        terms = status.terms
        needs = member is not None and (
            terms.per_customer_limit is not None
            or (not cart.member_tier_id and terms.members_first_minutes > 0)
        )
        if member is not None and needs and (status.id, member) not in self.controller.standings:
            db, now, drop_id = self.ctx.db, self.now(), status.id
            self.looking_up += 1
            run_operation(
                self,
                lambda: member_standing(db, drop_id, member, now),
                on_success=lambda found: self._standing(found, status),
                on_failure=self._lookup_failed,
            )
            return
        self._add(status)

    def _standing(self, found: MemberStanding, status: DropStatus) -> None:
        self.looking_up -= 1
        self.controller.standings[(found.drop_id, found.member_id)] = found
        if self.controller.cart.member_id == found.member_id:
            self._add(status)

    def _lookup_failed(self, exc: BaseException) -> None:
        self.looking_up -= 1
        self.message.emit(message_for(exc), "danger")

    def _add(self, status: DropStatus) -> None:
        if not self.controller.add_drop(status) and self.controller.why_not_drop(status):
            now = self.now()
            if now >= status.terms.closes_at or now < status.terms.members_from:
                self.reload()  # the tile is out of date: its window opened or closed

    def offer_beyond_share(self, status: DropStatus) -> ShareUsedDialog:
        """This stall's share is sold, the edition is not: a unit may go in the cart beyond
        the share (checkout then asks a manager, see ``drop_override``), or the waitlist."""
        dialog = ShareUsedDialog(status.name, status.allocated or 0, status.edition_left, self.host)
        # What the cart may hold: the edition's units left, not this stall's share.
        wider = replace(status, remaining=status.edition_left)
        dialog.accepted.connect(lambda: self.controller.add_drop(wider))
        dialog.waitlist.connect(lambda: self.offer_waitlist(status))
        self._open(dialog)
        return dialog

    def offer_waitlist(self, status: DropStatus) -> WaitlistDialog:
        dialog = WaitlistDialog(self.ctx, status.id, status.name, self.host)
        dialog.joined.connect(
            lambda _id, name: self.message.emit(
                translate("sell/drop_flow", "{name} is on the waitlist for {drop}.").format(
                    name=name, drop=status.name
                ),
                "success",
            )
        )
        self._open(dialog)
        return dialog

    # -- after a sale -------------------------------------------------------------------------
    def show_alerts(self, sale: CompletedSale) -> None:
        """Tell the host which drops this sale took to their low-stock mark or sold out."""
        if sale.drop_alerts:
            self.message.emit(" ".join(a.text for a in sale.drop_alerts), "warning")
