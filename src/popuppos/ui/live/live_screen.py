"""Live mode: go live for an event, sell the drops on sale with one tap, watch the running
conversion per live minute, and open the customer display.

Pages: the "Go live" form (nothing live), the live board (a big clock, time live, the
session's figures, one card per drop on sale with its true count, countdown and a "Sell
one" button), and the final figures once the host ends the session.

Reads go through ``run_operation`` (``services.live_events.live_board``): at once after
every sale or refund (``ctx.events``), and once a second while the screen is visible. A
read never overlaps another: a tick is skipped while one is on its way, and an event that
arrives meanwhile asks for one fresh read afterwards. The clock and the countdowns move
every second from the last read (no database needed for them).

``now`` is injectable (naive UTC, like the store): tests drive the live minutes with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from popuppos.services.checkout import CompletedSale
from popuppos.services.live import LiveStats, end_live, start_live
from popuppos.services.live_events import LiveBoard, live_board, upcoming_plan_events
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.live.board_view import EndedView, LiveBoardView
from popuppos.ui.live.customer_display import CustomerDisplay
from popuppos.ui.live.drop_card import DropCard
from popuppos.ui.live.go_live_form import GoLiveForm
from popuppos.ui.live.one_tap import OneTapSale
from popuppos.ui.live.transparency_dialog import TransparencyDialog
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QDialog,
    QHBoxLayout,
    QShowEvent,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import Banner, fast_money, label, make_button

TICK_MS = 1000


class LiveScreen(QWidget):
    loaded = Signal()  # after each board read
    went_live = Signal(object)  # LiveInfo
    ended = Signal(object)  # the final LiveStats
    display_opened = Signal(object)  # CustomerDisplay

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LiveScreen")
        self.ctx = ctx
        self.now = now
        self.money = fast_money(ctx)
        self.board: LiveBoard | None = None
        self.final: LiveStats | None = None
        self.loads = 0
        self.featured_id: str | None = None
        self.display: CustomerDisplay | None = None
        self.dialog: QDialog | None = None  # the dialog open on top, for tests
        self._reading = False
        self._again = False
        self.seller = OneTapSale(ctx, self)
        self.seller.recorded.connect(self._sold)
        self.seller.failed.connect(self._not_sold)
        self.seller.busy_changed.connect(lambda _b: self._show_cards())

        root = QVBoxLayout(self)
        root.setContentsMargins(20, 16, 20, 16)
        root.setSpacing(12)
        root.addLayout(self._build_top())
        self.banner = Banner()
        root.addWidget(self.banner)
        self.pages = QStackedWidget()
        self.form = GoLiveForm()
        self.form.go.connect(self.go_live)
        form_page = QWidget()
        centred = QVBoxLayout(form_page)
        centred.addStretch(1)
        centred.addWidget(self.form, 0, Qt.AlignmentFlag.AlignHCenter)
        centred.addStretch(2)
        self.pages.addWidget(form_page)
        self.live_view = LiveBoardView(self.money)
        self.live_view.sell.connect(self.sell_one)
        self.live_view.feature.connect(self.feature)
        self.live_view.end_confirmed.connect(self.end_live)
        self.pages.addWidget(self.live_view)
        self.ended_view = EndedView(self.money)
        self.ended_view.done.connect(self._back_to_form)
        self.pages.addWidget(self.ended_view)
        root.addWidget(self.pages, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        ctx.events.sale_completed.connect(self._sale_event)
        ctx.events.refund_completed.connect(self._refund_event)  # dropped with the screen
        self.refresh()
        self._load_events()

    # -- building ------------------------------------------------------------------------------
    def _build_top(self) -> QHBoxLayout:
        row = QHBoxLayout()
        heading = label(translate("live/live_screen", "Live"), "Heading")
        heading.setStyleSheet("font-size: 24px; font-weight: 800;")
        row.addWidget(heading)
        row.addStretch(1)
        self.transparency_button = make_button(
            translate("live/live_screen", "Transparency"),
            tooltip=translate(
                "live/live_screen", "What the customer display shows, and what it never does"
            ),
        )
        self.transparency_button.clicked.connect(self.open_transparency)
        self.display_button = make_button(
            translate("live/live_screen", "Open customer display"),
            icon_name="member",
            tooltip=translate(
                "live/live_screen",
                "A second window for customers: a second screen when one is attached",
            ),
        )
        self.display_button.clicked.connect(self.open_customer_display)
        row.addWidget(self.transparency_button)
        row.addWidget(self.display_button)
        return row

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._reading:
            self._again = True
            return
        self._reading = True
        db, now = self.ctx.db, self.now()
        run_operation(
            self,
            lambda: live_board(db, now=now),
            on_success=self._arrived,
            on_failure=self._read_failed,
        )

    def _load_events(self) -> None:
        db, now = self.ctx.db, self.now()
        run_operation(
            self,
            lambda: upcoming_plan_events(db, now=now),
            on_success=lambda events: self.form.set_events(events, now),
            on_failure=self._problem,
        )

    def _tick(self) -> None:
        self.live_view.tick(self.now())
        if self.isVisible() and not self._reading:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _sale_event(self, sale: object) -> None:
        if isinstance(sale, CompletedSale) and sale.drop_alerts:
            self.banner.show_message(" ".join(a.text for a in sale.drop_alerts), "warning")
        self.refresh()

    def _refund_event(self, _refund: object) -> None:
        self.refresh()

    def _arrived(self, board: LiveBoard) -> None:
        self._reading = False
        self.board = board
        self.loads += 1
        self._show_board()
        self.loaded.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _read_failed(self, exc: BaseException) -> None:
        self._reading = False
        self._problem(exc)
        if self._again:
            self._again = False
            self.refresh()

    # -- showing -------------------------------------------------------------------------------
    @property
    def stats(self) -> LiveStats | None:
        return self.board.stats if self.board is not None else None

    @property
    def cards(self) -> dict[str, DropCard]:
        return self.live_view.cards

    def conversion_text(self) -> str:
        return self.live_view.conversion_text()

    def _show_board(self) -> None:
        b = self.board
        if b is None or self.pages.currentIndex() == 2:  # the final figures stay until "Done"
            return
        if b.live is None:
            self.form.set_on_sale(b.on_sale, b.next_drop, b.now)
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self.live_view.show_board(b, featured=self.featured_id, busy=self.seller.busy)

    def _show_cards(self) -> None:
        self.live_view.show_cards(featured=self.featured_id, busy=self.seller.busy)

    # -- going live and ending -----------------------------------------------------------------
    def go_live(self, title: str, kind: str, plan_event_id: str | None) -> None:
        db, now = self.ctx.db, self.now()
        self.form.set_busy(True)
        run_operation(
            self,
            lambda: start_live(db, title, kind, plan_event_id=plan_event_id, now=now),
            on_success=self._went_live,
            on_failure=self._not_live,
        )

    def _went_live(self, info: object) -> None:
        self.form.reset()
        self.banner.clear()
        self.went_live.emit(info)
        self.refresh()

    def _not_live(self, exc: BaseException) -> None:
        self.form.set_busy(False)
        self.form.show_problem(message_for(exc))
        self.refresh()

    def end_live(self) -> None:
        """End the running session (the board's button asks for a second tap first)."""
        b = self.board
        if b is None or b.live is None:
            return
        db, live_id, now = self.ctx.db, b.live.id, self.now()
        run_operation(
            self,
            lambda: end_live(db, live_id, now=now),
            on_success=self._ended,
            on_failure=self._not_ended,
        )

    def _ended(self, stats: LiveStats) -> None:
        self.live_view.end_button.setEnabled(True)
        self.final = stats
        self.ended_view.show_stats(stats)
        self.pages.setCurrentIndex(2)
        self.ended.emit(stats)
        self.refresh()

    def _not_ended(self, exc: BaseException) -> None:
        self.live_view.end_button.setEnabled(True)
        self._problem(exc)

    def _back_to_form(self) -> None:
        self.final = None
        self.pages.setCurrentIndex(0)
        self._load_events()
        self.refresh()

    # -- selling -------------------------------------------------------------------------------
    def sell_one(self, drop_id: str) -> None:
        b = self.board
        status = next((d for d in b.on_sale if d.id == drop_id), None) if b else None
        if status is None:
            return
        dialog = self.seller.start(status)
        if dialog is not None:
            self.dialog = dialog
            dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
            self._show_cards()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _sold(self, sale: CompletedSale) -> None:
        change = (
            translate("live/live_screen", " · change {change}").format(
                change=self.money(sale.change)
            )
            if sale.change
            else ""
        )
        self.banner.show_message(
            translate("live/live_screen", "Sale {number} recorded{change}.").format(
                number=sale.number, change=change
            ),
            "success",
        )

    def _not_sold(self, exc: BaseException) -> None:
        self.banner.show_message(
            translate("live/live_screen", "The sale was not recorded: {exc}").format(
                exc=message_for(exc)
            ),
            "danger",
        )
        self.refresh()

    # -- the customer display ------------------------------------------------------------------
    def feature(self, drop_id: str, on: bool) -> None:
        """Show ``drop_id`` on the customer display (off: it picks the soonest ending)."""
        self.featured_id = drop_id if on else None
        if self.display is not None:
            self.display.set_featured(self.featured_id)
        self._show_cards()

    def open_customer_display(self) -> CustomerDisplay:
        if self.display is not None:
            self.display.raise_()
            self.display.activateWindow()
            return self.display
        display = CustomerDisplay(self.ctx, self, now=self.now, featured_id=self.featured_id)
        display.destroyed.connect(self._display_gone)
        self.display = display
        display.place()
        self.display_opened.emit(display)
        return display

    def _display_gone(self) -> None:
        self.display = None

    def open_transparency(self) -> TransparencyDialog:
        dialog = TransparencyDialog(self.ctx, self)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _problem(self, exc: BaseException) -> None:
        self.banner.show_message(message_for(exc), "danger")
