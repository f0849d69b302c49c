"""One drop in the drops screen's list: picture, name and state, its window in local time,
who may buy first, what is in it, the true count and what sold, and its actions."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from popuppos.core.drop_rules import DropState
from popuppos.services.drops import DropStatus
from popuppos.services.receipts import local_time
from popuppos.ui.backoffice.common import button
from popuppos.ui.calendar.look import short_date
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPainterPath,
    QPixmap,
    QProgressBar,
    QRectF,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.tiles import TileImages
from popuppos.ui.sell.widgets import accent_colour, badge
from popuppos.ui.theme import colour

THUMB = 72
CHIP_KIND = {
    DropState.SCHEDULED: "new",
    DropState.MEMBERS_ONLY: "member",
    DropState.SOLD_OUT: "soldout",
    DropState.ENDED: "new",
}


def window_text(d: DropStatus) -> str:
    """ "Sat 3 May, 14:00 – Tue 6 May, 18:00" (local), or "… – 18:00" on the same day; an
    early end says when it was."""
    t = d.terms
    start, end = local_time(t.public_start), local_time(t.public_end)
    first = f"{short_date(start, weekday=True)}, {start:%H:%M}"
    last = (
        f"{end:%H:%M}"
        if end.date() == start.date()
        else f"{short_date(end, weekday=True)}, {end:%H:%M}"
    )
    text = f"{first} – {last}"
    if t.ended_at is not None and t.ended_at < t.public_end:
        ended = local_time(t.ended_at)
        text += translate("drops/drop_card", " · ended early at {ended:%H:%M}").format(
            ended=ended
        ) + (
            ""
            if ended.date() == start.date()
            else translate("drops/drop_card", " on {day}").format(day=short_date(ended))
        )
    return text


def members_text(d: DropStatus, tier_names: Mapping[str, str]) -> str:
    """ "Members first: Inner Circle from 13:00 (60 min early)", or "" without a window."""
    t = d.terms
    if t.members_first_minutes <= 0:
        return ""
    who = ", ".join(
        tier_names.get(i, translate("drops/drop_card", "a tier no longer here"))
        for i in d.member_tier_ids
    )
    who = who or translate("drops/drop_card", "every member tier")
    start = local_time(t.members_from)
    return translate(
        "drops/drop_card", "Members first: {who} from {start:%H:%M} ({members_first_minutes} early)"
    ).format(who=who, start=start, members_first_minutes=duration(t.members_first_minutes))


def duration(minutes: int) -> str:
    if minutes < 120 or minutes % 60:
        return translate("drops/drop_card", "{minutes} min").format(minutes=minutes)
    hours = minutes // 60
    return (
        f"{hours} h"
        if hours < 48
        else translate("drops/drop_card", "{value} days").format(value=hours // 24)
    )


def count_text(d: DropStatus) -> str:
    """The true count: "12 of 30 left" / "Only 3 left of 30" / "Sold out"; once ended,
    what it sold."""
    if d.state is DropState.ENDED:
        return translate("drops/drop_card", "{sold} of {edition_size} sold").format(
            sold=d.sold, edition_size=d.edition_size
        )
    return d.scarcity


def rules_text(d: DropStatus) -> str:
    t = d.terms
    bits = [d.what_you_get]
    if t.per_customer_limit:
        bits.append(
            translate("drops/drop_card", "limit {per_customer_limit} each").format(
                per_customer_limit=t.per_customer_limit
            )
        )
    if t.low_stock_threshold:
        bits.append(
            translate("drops/drop_card", "alert at {low_stock_threshold} left").format(
                low_stock_threshold=t.low_stock_threshold
            )
        )
    return " · ".join(bits)


def rounded(pixmap: QPixmap, radius: float) -> QPixmap:
    """``pixmap`` with rounded corners (a style sheet's radius does not clip a picture)."""
    out = QPixmap(pixmap.size())
    out.setDevicePixelRatio(pixmap.devicePixelRatio())
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    ratio = pixmap.devicePixelRatio()
    path.addRoundedRect(QRectF(0, 0, out.width() / ratio, out.height() / ratio), radius, radius)
    painter.setClipPath(path)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return out


def placeholder() -> str:
    """The picture placeholder's colour (the tiles' tone, per theme)."""
    return colour("placeholder")


def state_chip(state: DropState) -> QLabel:
    chip = badge(state.label, CHIP_KIND.get(state, "new"))
    if state is DropState.LIVE:  # the one chip in the accent itself
        chip.setStyleSheet(f"background: {accent_colour()}; color: {colour('on-accent')};")
    return chip


class DropCard(QFrame):
    """``edit``, ``waitlist`` and ``end`` carry the card's ``DropStatus``."""

    edit = Signal(object)
    waitlist = Signal(object)
    end = Signal(object)

    def __init__(
        self,
        d: DropStatus,
        waiting: int,
        tier_names: Mapping[str, str],
        money: Callable[[int], str],
        images: TileImages,
    ) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.status = d
        self._images = images
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)

        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet(f"background: {placeholder()}; border-radius: 8px;")
        grid.addWidget(self.thumb, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        images.loaded.connect(self._show_thumb)
        self._show_thumb()

        top = QHBoxLayout()
        top.setSpacing(10)
        self.name = QLabel(d.name)
        self.name.setStyleSheet("font-size: 17px; font-weight: 700;")
        top.addWidget(self.name)
        self.chip = state_chip(d.state)
        top.addWidget(self.chip)
        if d.is_bundle:
            top.addWidget(badge(translate("drops/drop_card", "Bundle"), "new"))
        top.addStretch(1)
        grid.addLayout(top, 0, 1)
        self.window_label = self._muted(window_text(d))
        grid.addWidget(self.window_label, 1, 1)
        details = [members_text(d, tier_names), rules_text(d)]
        self.details = self._muted("\n".join(x for x in details if x))
        grid.addWidget(self.details, 2, 1)

        figures = QVBoxLayout()
        figures.setSpacing(0)
        self.count = QLabel(count_text(d))
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        low = d.low and d.state is not DropState.ENDED
        ink = f"color: {colour('warning-text')};" if low else ""
        self.count.setStyleSheet(f"font-size: 18px; font-weight: 700; {ink}")
        figures.addWidget(self.count)
        self.bar = QProgressBar()
        self.bar.setRange(0, d.edition_size)
        self.bar.setValue(min(d.sold, d.edition_size))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(
            translate("drops/drop_card", "{sold} of {edition_size} sold").format(
                sold=d.sold, edition_size=d.edition_size
            )
        )
        figures.addSpacing(4)
        figures.addWidget(self.bar)
        figures.addSpacing(4)
        self.sold = self._muted(
            translate("drops/drop_card", "{sold} sold · {price} each").format(
                sold=d.sold, price=money(d.price)
            )
        )
        self.sold.setAlignment(Qt.AlignmentFlag.AlignRight)
        figures.addWidget(self.sold)
        figures.addStretch(1)
        holder = QWidget()
        holder.setFixedWidth(190)
        holder.setLayout(figures)
        grid.addWidget(holder, 0, 2, 3, 1)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.edit_button = button(translate("drops/drop_card", "Edit"))
        self.edit_button.clicked.connect(lambda: self.edit.emit(self.status))
        self.waitlist_button = button(
            translate("drops/drop_card", "Waitlist ({waiting})").format(waiting=waiting)
        )
        self.waitlist_button.setToolTip(
            translate("drops/drop_card", "Who asked to hear when more come")
        )
        self.waitlist_button.clicked.connect(lambda: self.waitlist.emit(self.status))
        self.end_button = button(translate("drops/drop_card", "End now"), role="danger-quiet")
        self.end_button.setToolTip(translate("drops/drop_card", "Stop selling now (manager PIN)"))
        self.end_button.clicked.connect(lambda: self.end.emit(self.status))
        self.end_button.setVisible(d.state is not DropState.ENDED)
        for b in (self.edit_button, self.waitlist_button, self.end_button):
            actions.addWidget(b)
        box = QWidget()
        box.setLayout(actions)
        box.setFixedWidth(max(330, actions.sizeHint().width()))  # German words are longer
        actions.setContentsMargins(0, 0, 0, 0)
        actions.insertStretch(0, 1)
        grid.addWidget(box, 0, 3, 3, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)

    @staticmethod
    def _muted(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("Muted")
        label.setWordWrap(True)
        return label

    def _show_thumb(self) -> None:
        ratio = self.devicePixelRatioF()
        pixmap: QPixmap | None = self._images.get(self.status.image, QSize(THUMB, THUMB), ratio)
        if pixmap is not None and not pixmap.isNull():
            self.thumb.setPixmap(rounded(pixmap, 8))
        elif not self.status.image:
            self.thumb.setText("".join(w[0] for w in self.status.name.split()[:2]).upper())
