"""The live board, what the host sees while live: the session and a big clock, its figures
(purchases, live minutes, conversion per live minute, revenue), one card per drop on sale,
and "End live" (the first tap arms it, a second within a few seconds ends the session).

The view writes nothing: ``sell(drop id)``, ``feature(drop id, on)`` and ``end_confirmed``
go to :class:`~popuppos.ui.live.live_screen.LiveScreen`. The clock, the time live and the
countdowns move on every :meth:`tick` from the last board read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from popuppos.services.live import LIVE_KINDS, LiveStats
from popuppos.services.live_events import LiveBoard
from popuppos.services.receipts import local_time
from popuppos.ui.i18n import translate
from popuppos.ui.live import words
from popuppos.ui.live.drop_card import DropCard, Figure
from popuppos.ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import accent_colour, danger_colour, label, make_button
from popuppos.ui.theme import follow_theme

ARM_MS = 4000  # "Tap again to end live" stays armed this long
COLUMNS = 3


def big(css: str, text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setStyleSheet(css)
    return lab


class LiveBoardView(QWidget):
    sell = Signal(str)
    feature = Signal(str, bool)
    end_confirmed = Signal()

    def __init__(self, money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money
        self.board: LiveBoard | None = None
        self.cards: dict[str, DropCard] = {}
        self.armed = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(self._build_head())
        figures = QHBoxLayout()
        figures.setSpacing(12)
        self.purchases_figure = Figure(translate("live/board_view", "Purchases"))
        self.minutes_figure = Figure(translate("live/board_view", "Live minutes"))
        self.conversion_figure = Figure(
            translate("live/board_view", "Conversion"),
            translate("live/words", words.CONVERSION_TIP),
        )
        self.revenue_figure = Figure(translate("live/board_view", "Revenue while live"))
        for f in (
            self.purchases_figure,
            self.minutes_figure,
            self.conversion_figure,
            self.revenue_figure,
        ):
            figures.addWidget(f, 1)
        column.addLayout(figures)
        self.no_drops = label("", "Muted", wrap=True)
        column.addWidget(self.no_drops)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        for w in (scroll, scroll.viewport(), holder):  # the page's own background shows
            w.setAutoFillBackground(False)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        holder.setObjectName("DropGrid")
        holder.setStyleSheet("QWidget#DropGrid { background: transparent; }")
        column.addWidget(scroll, 1)

    def _build_head(self) -> QFrame:
        head = QFrame()
        head.setObjectName("Card")
        row = QHBoxLayout(head)
        row.setContentsMargins(24, 14, 24, 14)
        who = QVBoxLayout()
        who.setSpacing(2)
        self.on_air = big("", translate("live/board_view", "● LIVE"))
        follow_theme(
            self.on_air,
            lambda: self.on_air.setStyleSheet(
                f"font-size: 15px; font-weight: 800; color: {danger_colour()};"
            ),
        )
        self.title_label = big("font-size: 24px; font-weight: 800;")
        self.since_label = QLabel("")
        self.since_label.setObjectName("Muted")
        for w in (self.on_air, self.title_label, self.since_label):
            who.addWidget(w)
        row.addLayout(who, 1)
        self.clock_label = big("")
        follow_theme(
            self.clock_label,
            lambda: self.clock_label.setStyleSheet(
                f"font-size: 64px; font-weight: 800; color: {accent_colour()};"
            ),
        )
        self.clock_label.setObjectName("LiveClock")
        row.addWidget(self.clock_label)
        row.addSpacing(24)
        self.end_button = make_button(
            translate("live/board_view", "End live"), role="danger-quiet", object_name="EndLive"
        )
        self.end_button.clicked.connect(self._end_tapped)
        row.addWidget(self.end_button)
        return head

    # -- showing -------------------------------------------------------------------------------
    def show_board(self, b: LiveBoard, *, featured: str | None, busy: bool) -> None:
        self.board = b
        if b.live is None:
            return
        kind = translate("services/live", LIVE_KINDS.get(b.live.kind, b.live.kind))
        self.title_label.setText(f"{b.live.title} · {kind}")
        if b.stats is not None:
            self._show_stats(b.stats)
        self.show_cards(featured=featured, busy=busy)
        self.tick(b.now)

    def _show_stats(self, s: LiveStats) -> None:
        self.purchases_figure.set(
            str(s.purchases),
            translate("live/board_view", "{units} items sold while live").format(units=s.units),
        )
        self.minutes_figure.set(
            words.minutes_text(s.seconds), translate("live/board_view", "minutes live")
        )
        self.conversion_figure.set(
            words.conversion_text(s.conversion),
            translate("live/board_view", "purchases / live minute"),
        )
        tips = (
            translate("live/board_view", " + {tips} tips").format(tips=self.money(s.tips))
            if s.tips
            else translate("live/board_view", ", tips apart")
        )
        self.revenue_figure.set(
            self.money(s.revenue),
            translate("live/board_view", "sales totals{tips}").format(tips=tips),
        )

    def show_cards(self, *, featured: str | None, busy: bool) -> None:
        b = self.board
        if b is None or b.live is None:
            return
        ids = [d.id for d in b.on_sale]
        if ids != list(self.cards):
            for card in self.cards.values():
                card.setParent(None)
                card.deleteLater()
            self.cards = {}
            columns = max(2, min(COLUMNS, len(ids)))  # one drop: half the width, not all
            for r in range(self.grid.rowCount()):
                self.grid.setRowStretch(r, 0)
            for c in range(COLUMNS):
                self.grid.setColumnStretch(c, 1 if c < columns else 0)
            for i, d in enumerate(b.on_sale):
                card = DropCard(self.money)
                card.sell.connect(self.sell)
                card.feature.connect(self.feature)
                self.grid.addWidget(card, i // columns, i % columns)
                self.cards[d.id] = card
            self.grid.setRowStretch(len(ids) // columns + 1, 1)
        sold_live = b.stats.drop_units if b.stats is not None else {}
        for d in b.on_sale:
            self.cards[d.id].show_status(
                d, b.now, sold_live=sold_live.get(d.id, 0), featured=d.id == featured, busy=busy
            )
        self.no_drops.setText(
            ""
            if ids
            else translate(
                "live/board_view",
                "No drop is on sale now. Purchases from the Sell screen still count.",
            )
        )
        self.no_drops.setVisible(not ids)

    def tick(self, now: datetime) -> None:
        self.clock_label.setText(local_time(now).strftime("%H:%M:%S"))
        b = self.board
        if b is None or b.live is None:
            return
        started = b.live.started_at
        since = local_time(started).strftime("%H:%M")
        live_for = words.hms((now - started).total_seconds())
        self.since_label.setText(
            translate("live/board_view", "Started {since} · live for {live_for}").format(
                since=since, live_for=live_for
            )
        )
        for card in self.cards.values():
            card.tick(now)

    def conversion_text(self) -> str:
        f = self.conversion_figure
        return f"{f.value.text()} {f.unit.text()}"

    # -- ending --------------------------------------------------------------------------------
    def _end_tapped(self) -> None:
        if not self.armed:
            self.armed = True
            self.end_button.setText(translate("live/board_view", "Tap again to end live"))
            QTimer.singleShot(ARM_MS, self.disarm)
            return
        self.disarm()
        self.end_button.setEnabled(False)
        self.end_confirmed.emit()

    def disarm(self) -> None:
        self.armed = False
        self.end_button.setText(translate("live/board_view", "End live"))


class EndedView(QWidget):
    """The final figures of a live session that has just ended; "Done" goes back."""

    done = Signal()

    def __init__(self, money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money = money
        column = QVBoxLayout(self)
        column.addStretch(1)
        card = QFrame()
        card.setObjectName("Card")
        card.setMaximumWidth(760)
        box = QVBoxLayout(card)
        box.setContentsMargins(32, 28, 32, 28)
        box.setSpacing(12)
        self.title = big("font-size: 26px; font-weight: 800;")
        self.detail = label("", "Muted", wrap=True)
        box.addWidget(self.title)
        box.addWidget(self.detail)
        row = QHBoxLayout()
        self.figures = [
            Figure(c)
            for c in (
                translate("live/board_view", "Purchases"),
                translate("live/board_view", "Live minutes"),
                translate("live/board_view", "Conversion"),
            )
        ]
        self.figures[2].setToolTip(translate("live/words", words.CONVERSION_TIP))
        for f in self.figures:
            row.addWidget(f, 1)
        box.addLayout(row)
        self.done_button = make_button(
            translate("live/board_view", "Done"), role="primary", large=True
        )
        self.done_button.clicked.connect(self.done)
        box.addWidget(self.done_button)
        column.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

    def show_stats(self, stats: LiveStats) -> None:
        self.title.setText(
            translate("live/board_view", "{title} has ended").format(title=stats.live.title)
        )
        revenue = self.money(stats.revenue)
        self.detail.setText(
            translate(
                "live/board_view", "Live for {seconds} · {units} items sold · {revenue} in sales"
            ).format(seconds=words.hms(stats.seconds), units=stats.units, revenue=revenue)
        )
        values = (
            (str(stats.purchases), "purchases"),
            (words.minutes_text(stats.seconds), translate("live/board_view", "minutes live")),
            (
                words.conversion_text(stats.conversion),
                translate("live/board_view", "purchases / live minute"),
            ),
        )
        for figure, (value, unit) in zip(self.figures, values, strict=True):
            figure.set(value, unit)
