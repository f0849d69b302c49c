"""The live screen's cards: one per drop on sale (count, countdown, one-tap sell) and the
figures of the live session (purchases, live minutes, conversion, revenue)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from popuppos.core.drop_rules import DropState
from popuppos.services.drops import DropStatus
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.live import words
from popuppos.ui.qt import QFrame, QHBoxLayout, QLabel, Qt, QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.widgets import (
    accent_colour,
    badge,
    make_button,
    set_prop,
    show_if,
    tones,
)

STATE_BADGE = {
    DropState.LIVE: (QT_TRANSLATE_NOOP("live/drop_card", "Live"), "member"),
    DropState.MEMBERS_ONLY: (QT_TRANSLATE_NOOP("live/drop_card", "Members first"), "new"),
    DropState.SOLD_OUT: (QT_TRANSLATE_NOOP("live/drop_card", "Sold out"), "soldout"),
    DropState.ENDED: (QT_TRANSLATE_NOOP("live/drop_card", "Ended"), "new"),
    DropState.SCHEDULED: (QT_TRANSLATE_NOOP("live/drop_card", "Scheduled"), "new"),
}


def _label(text: str, css: str, name: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    lab.setStyleSheet(css)
    if name:
        lab.setObjectName(name)
    return lab


class Figure(QFrame):
    """A caption over a big figure, in a card."""

    def __init__(self, caption: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setObjectName("TotalCaption")
        self.value = _label("—", "font-size: 30px; font-weight: 800;")
        self.unit = QLabel("")
        self.unit.setObjectName("Muted")
        for w in (self.caption, self.value, self.unit):
            box.addWidget(w)
        if tooltip:
            self.setToolTip(tooltip)
            for w in (self.caption, self.value, self.unit):
                w.setToolTip(tooltip)

    def set(self, value: str, unit: str = "") -> None:
        self.value.setText(value)
        self.unit.setText(unit)


class DropCard(QFrame):
    """A drop on sale now: the true count, the countdown, and the one-tap sell button."""

    sell = Signal(str)  # drop id
    feature = Signal(str, bool)  # drop id, show it on the customer display (False: auto)

    def __init__(self, money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.money = money
        self.status: DropStatus | None = None
        self._colour = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(22, 18, 22, 18)
        box.setSpacing(6)
        top = QHBoxLayout()
        self.name_label = _label("", "font-size: 22px; font-weight: 800;", "DropName")
        self.state_badge = badge("", "new")
        top.addWidget(self.name_label, 1)
        top.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        self.count_label = _label("", "", "DropCount")
        self.countdown_label = _label("", "font-size: 20px; font-weight: 600;", "DropCountdown")
        self.live_label = QLabel("")
        self.live_label.setObjectName("Muted")
        self.note_label = QLabel("")
        self.note_label.setObjectName("Muted")
        self.note_label.setWordWrap(True)
        for w in (self.count_label, self.countdown_label, self.live_label, self.note_label):
            box.addWidget(w)
        box.addStretch(1)
        self.sell_button = make_button("", role="primary", large=True, object_name="SellOne")
        self.sell_button.setMinimumHeight(76)
        self.sell_button.setStyleSheet("font-size: 22px; font-weight: 800;")
        self.sell_button.clicked.connect(self._sell)
        box.addWidget(self.sell_button)
        self.feature_button = make_button(
            translate("live/drop_card", "Show on customer display"), role="quiet"
        )
        self.feature_button.setCheckable(True)
        self.feature_button.setObjectName("FeatureButton")
        self.feature_button.clicked.connect(self._feature)
        box.addWidget(self.feature_button)
        self.setMinimumWidth(300)

    def _sell(self) -> None:
        if self.status is not None:
            self.sell.emit(self.status.id)

    def _feature(self, checked: bool) -> None:
        if self.status is not None:
            self.feature.emit(self.status.id, checked)

    def show_status(
        self, d: DropStatus, now: datetime, *, sold_live: int, featured: bool, busy: bool
    ) -> None:
        self.status = d
        self.name_label.setText(d.name)
        text, kind = STATE_BADGE[d.state]
        self.state_badge.setText(translate("live/drop_card", text))
        set_prop(self.state_badge, "badge", kind)
        t = tones()  # AA on the theme's cards
        colour = t.out_fg if d.remaining <= 0 else t.low_fg if d.low else accent_colour()
        if colour != self._colour:  # a style sheet re-polishes: only when it changes
            self._colour = colour
            self.count_label.setStyleSheet(f"font-size: 34px; font-weight: 800; color: {colour};")
        self.count_label.setText(d.scarcity)
        self.live_label.setText(
            translate(
                "live/drop_card",
                "{sold_live} sold while live · {sold} of {edition_size} sold in all",
            ).format(sold_live=sold_live, sold=d.sold, edition_size=d.edition_size)
        )
        members = d.state is DropState.MEMBERS_ONLY
        self.note_label.setText(
            translate(
                "live/drop_card",
                "{members_note}. Members buy from the Sell screen with their pass.",
            ).format(members_note=words.members_note(d, now))
            if members
            else ""
        )
        show_if(self.note_label, members)
        sellable = d.state is DropState.LIVE and d.remaining > 0
        self.sell_button.setText(
            translate("live/drop_card", "Sell one — {price}").format(price=self.money(d.price))
            if d.remaining > 0
            else translate("live/drop_card", "Sold out")
        )
        self.sell_button.setEnabled(sellable and not busy)
        self.feature_button.setChecked(featured)
        set_prop(self, "selected", "true" if featured else "false")  # the theme's teal border
        self.feature_button.setText(
            translate("live/drop_card", "On the customer display")
            if featured
            else translate("live/drop_card", "Show on customer display")
        )
        self.tick(now)

    def tick(self, now: datetime) -> None:
        """The countdown from the last read, moved on to ``now`` (no database)."""
        if self.status is not None:
            self.countdown_label.setText(words.countdown(self.status, now))
            # sold out: the count above says so already, in red
            show_if(self.countdown_label, self.status.remaining > 0)
