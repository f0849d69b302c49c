"""The host's drops: on sale now, coming up, and ended, each with its true count.

A card per drop (:class:`~popuppos.ui.drops.drop_card.DropCard`): state, window in local
time, members first, what is in it, "12 of 30 left" and what sold, and its actions: Edit
(:class:`~popuppos.ui.drops.drop_dialog.DropDialog`), Waitlist (N) and End now, which a
manager approves with the PIN (``services.drops.end_drop`` checks it in its own
transaction, on a worker). The list is re-read on :meth:`refresh`, after
every sale and refund, when the screen is shown, and every :data:`REFRESH_MS` while shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from popuppos.core.drop_rules import DropState
from popuppos.services.drop_waitlist import waitlist
from popuppos.services.drops import DropSpec, DropStatus, end_drop, list_drops
from popuppos.services.errors import PinRefused
from popuppos.services.pass_admin import list_tiers
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.context import AppContext
from popuppos.ui.drops.drop_card import DropCard
from popuppos.ui.drops.drop_dialog import DropDialog
from popuppos.ui.drops.waitlist_dialog import WaitlistView
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QShowEvent,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.tiles import TileImages
from popuppos.ui.sell.widgets import Banner, fast_money, make_button

REFRESH_MS = 30_000
SECTIONS = (
    (
        QT_TRANSLATE_NOOP("drops/drops_screen", "On sale now"),
        (DropState.MEMBERS_ONLY, DropState.LIVE, DropState.SOLD_OUT),
    ),
    (QT_TRANSLATE_NOOP("drops/drops_screen", "Coming up"), (DropState.SCHEDULED,)),
    (QT_TRANSLATE_NOOP("drops/drops_screen", "Ended"), (DropState.ENDED,)),
)


@dataclass(frozen=True, slots=True)
class DropsLoaded:
    drops: list[DropStatus]
    waiting: dict[str, int]  # drop id -> people on its waitlist
    tier_names: dict[str, str]


def load_drops(db: Database, now: datetime) -> DropsLoaded:
    """For a worker: every drop with its true counts, waitlist sizes and tier names."""
    drops = list_drops(db, now=now)
    waiting = {d.id: len(waitlist(db, d.id)) for d in drops}
    return DropsLoaded(drops, waiting, {t.id: t.name for t in list_tiers(db)})


def end_with_pin(db: Database, drop_id: str, pin: str, actor: str) -> None:
    """For a worker: end the drop now; the service checks ``pin`` in its transaction."""
    end_drop(db, drop_id, actor=actor, manager_pin=pin)


class DropsScreen(QWidget):
    loaded = Signal()  # after each (re)load

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DropsScreen")
        self.ctx = ctx
        self.now = now
        self.money = fast_money(ctx)
        self.images = TileImages(self)
        self.drops: list[DropStatus] = []
        self.cards: dict[str, DropCard] = {}
        self.dialog: QDialog | None = None  # the dialog open on top, for tests
        self.loads = 0
        self._asked = 0

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)
        bar = QHBoxLayout()
        title = QLabel(translate("drops/drops_screen", "Drops"))
        title.setObjectName("Heading")
        title.setStyleSheet("font-size: 22px;")
        bar.addWidget(title)
        bar.addSpacing(12)
        self.summary = QLabel("")
        self.summary.setObjectName("Muted")
        bar.addWidget(self.summary)
        bar.addStretch(1)
        self.new_button = make_button(
            translate("drops/drops_screen", "New drop"), role="primary", icon_name="plus"
        )
        self.new_button.clicked.connect(self.new_drop)
        bar.addWidget(self.new_button)
        root.addLayout(bar)
        self.banner = Banner()
        root.addWidget(self.banner)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        self.list_box = QWidget()
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setContentsMargins(0, 0, 6, 0)
        self.list_layout.setSpacing(10)
        self.scroller.setWidget(self.list_box)
        root.addWidget(self.scroller, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        ctx.events.sale_completed.connect(self.refresh)
        ctx.events.refund_completed.connect(self.refresh)
        self.refresh()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        """Re-read every drop (on a worker); an older answer is dropped."""
        self._asked += 1
        ask, db, now = self._asked, self.ctx.db, self.now()
        run_operation(
            self,
            lambda: (ask, load_drops(db, now)),
            on_success=self._loaded,
            on_failure=lambda exc: self.banner.show_message(message_for(exc), "danger"),
        )

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loads:
            self.refresh()

    def _loaded(self, answer: tuple[int, DropsLoaded]) -> None:
        ask, found = answer
        if ask != self._asked:
            return
        self.drops = found.drops
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = {}
        for title, states in SECTIONS:
            shown = [d for d in found.drops if d.state in states]
            if not shown:
                continue
            header = QLabel(translate("drops/drops_screen", title))
            header.setObjectName("Muted")
            header.setStyleSheet("font-size: 15px; font-weight: 700; padding-top: 4px;")
            self.list_layout.addWidget(header)
            for d in shown:
                card = DropCard(
                    d, found.waiting.get(d.id, 0), found.tier_names, self.money, self.images
                )
                card.edit.connect(self.edit_drop)
                card.waitlist.connect(self.show_waitlist)
                card.end.connect(self.end_now)
                self.cards[d.id] = card
                self.list_layout.addWidget(card)
        if not found.drops:
            self.list_layout.addWidget(self._empty())
        self.list_layout.addStretch(1)
        on_sale = sum(d.state.on_sale for d in found.drops)
        self.summary.setText(
            translate("drops/drops_screen", "{on_sale} on sale now · {drops} in all").format(
                on_sale=on_sale, drops=len(found.drops)
            )
            if found.drops
            else ""
        )
        self.loads += 1
        self.loaded.emit()

    def _empty(self) -> QWidget:
        box = QFrame()
        box.setObjectName("Card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 28, 28, 28)
        head = QLabel(translate("drops/drops_screen", "No drops yet"))
        head.setObjectName("Heading")
        layout.addWidget(head)
        text = QLabel(
            translate(
                "drops/drops_screen",
                "A drop is a small, limited run: a signed print, a restock "
                "members see first, a journal with a 1:1 seat. Set the edition "
                "size, when it opens, who may buy first, and the sell screen "
                "counts down what is truly left.",
            )
        )
        text.setObjectName("Muted")
        text.setWordWrap(True)
        layout.addWidget(text)
        return box

    def card(self, name: str) -> DropCard:
        """The card of the drop called ``name`` (tests and the main window)."""
        return next(c for c in self.cards.values() if c.status.name == name)

    # -- actions -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def new_drop(self) -> DropDialog:
        dialog = DropDialog(self.ctx, self, now=self.now)
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def edit_drop(self, d: DropStatus) -> DropDialog:
        dialog = DropDialog(self.ctx, self, drop=d, now=self.now)
        dialog.saved.connect(self._saved)
        self._open(dialog)
        return dialog

    def _saved(self, _drop_id: str, spec: DropSpec) -> None:
        self.banner.show_message(
            translate("drops/drops_screen", "Saved {name}.").format(name=spec.name), "success"
        )
        self.refresh()

    def show_waitlist(self, d: DropStatus) -> WaitlistView:
        view = WaitlistView(self.ctx, d.id, d.name, self)
        view.changed.connect(self.refresh)
        self._open(view)
        return view

    def end_now(self, d: DropStatus) -> ManagerPinDialog:
        left = (
            translate("drops/drops_screen", " The {remaining} left stay unsold.").format(
                remaining=d.remaining
            )
            if d.remaining
            else ""
        )
        pin = ManagerPinDialog(
            self,
            title=translate("drops/drops_screen", "End {name} now").format(name=d.name),
            prompt=translate(
                "drops/drops_screen",
                "Selling stops at once, on this stall.{left} This cannot be undone.",
            ).format(left=left),
            ask_reason=False,
        )
        pin.submitted.connect(lambda code, _reason: self._end_with(pin, d, code))
        self._open(pin)
        return pin

    def _end_with(self, pin: ManagerPinDialog, d: DropStatus, code: str) -> None:
        db, actor = self.ctx.db, self.ctx.cashier or "host"
        pin.set_busy(True)
        run_operation(
            self,
            lambda: end_with_pin(db, d.id, code, actor),
            on_success=lambda _none: self._ended(pin, d),
            on_failure=lambda exc: self._not_ended(pin, exc),
        )

    def _ended(self, pin: ManagerPinDialog, d: DropStatus) -> None:
        pin.set_busy(False)
        pin.accept()
        self.banner.show_message(
            translate("drops/drops_screen", "{name} has ended; nothing more sells from it.").format(
                name=d.name
            ),
            "success",
        )
        self.refresh()

    def _not_ended(self, pin: ManagerPinDialog, exc: BaseException) -> None:
        pin.show_problem(message_for(exc))
        if not isinstance(exc, PinRefused):  # not the PIN: say so here, with the facts re-read
            pin.reject()
            self.banner.show_message(message_for(exc), "danger")
            self.refresh()
