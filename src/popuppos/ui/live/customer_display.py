"""The customer-facing display: the drop on sale, read from across a room.

A second top-level window: full screen on a second screen when one is attached, else a
normal window the host can place (double-click toggles full screen, Esc leaves it). It
shows the featured drop (:func:`~popuppos.services.live_events.display_pick`): its
picture, name, story hook, price, the true count ("12 of 30 left", "Only 3 left of 30",
"Sold out"), one computed social proof when the data has one, the time to its real end
(when the host allows it), and its terms (edition size, what a buyer gets, the host's
terms). With nothing on sale it calmly names the next drop, or just the shop.

It re-reads at once on every ``ctx.events.sale_completed`` (a read that was already on its
way is followed by a fresh one) and once a second, never two reads at a time. Nothing is
shown that the host has not set or the data does not say: an empty line is hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from popuppos.services.drops import DropStatus
from popuppos.services.live_events import DisplayPick, display_pick
from popuppos.services.shop import ShopSettings
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.live import words
from popuppos.ui.live.display_parts import CountLabel, HeroImage, display_tones
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QFrame,
    QGuiApplication,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QMouseEvent,
    QRect,
    QResizeEvent,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.tiles import TileImages
from popuppos.ui.sell.widgets import fast_money, set_prop, show_if

log = logging.getLogger(__name__)
TICK_MS = 1000


class _Screen(Protocol):
    def name(self) -> str: ...
    def geometry(self) -> QRect: ...


S = TypeVar("S", bound=_Screen)


def pick_screen(screens: Sequence[S], host: S | None) -> S | None:
    """The screen for the display: one that is not the host's, when there are several."""
    if len(screens) < 2:
        return None
    for s in screens:
        if host is None or (s.name(), s.geometry()) != (host.name(), host.geometry()):
            return s
    return None


def _text(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class CustomerDisplay(QWidget):
    shown = Signal(object)  # each DisplayPick put on screen
    painted = Signal(int)  # a new remaining count reached the screen (from its paint)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
        featured_id: str | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("CustomerDisplay")
        self.setWindowTitle(translate("live/customer_display", "PopupPOS · customer display"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.now = now
        self.money = fast_money(ctx)
        self.featured_id = featured_id
        self.pick: DisplayPick | None = None
        self.reads = 0  # reads that arrived (tests wait on it)
        self._reading = False
        self._again = False
        self._scale = 0.0
        self.images = TileImages(self)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_idle())
        self.stack.addWidget(self._build_drop())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.count_label.painted.connect(self.painted)
        self._apply_style()

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        ctx.events.sale_completed.connect(self._sale_event)
        ctx.events.refund_completed.connect(self._sale_event)
        ctx.events.settings_changed.connect(self._settings_changed)
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _build_idle(self) -> QWidget:
        page = QWidget()
        page.setObjectName("DisplayIdle")
        column = QVBoxLayout(page)
        column.setContentsMargins(64, 64, 64, 64)
        column.addStretch(2)
        self.idle_shop = _text("DisplayShop")
        self.idle_next = _text("DisplayNext")
        self.idle_name = _text("DisplayIdleName")
        self.idle_when = _text("DisplayWhen")
        for w in (self.idle_shop, self.idle_next, self.idle_name, self.idle_when):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(w)
        column.addStretch(3)
        return page

    def _build_drop(self) -> QWidget:
        page = QWidget()
        page.setObjectName("DisplayDrop")
        row = QHBoxLayout(page)
        row.setContentsMargins(56, 48, 56, 40)
        row.setSpacing(56)
        self.hero = HeroImage(self.images)
        row.addWidget(self.hero, 5)
        column = QVBoxLayout()
        column.setSpacing(6)
        self.kicker = _text("DisplayKicker")
        self.name_label = _text("DisplayName")
        self.hook_label = _text("DisplayHook")
        self.price_label = _text("DisplayPrice")
        self.members_label = _text("DisplayMembers")
        self.count_label = CountLabel()
        self.count_label.setObjectName("DisplayCount")
        self.proof_label = _text("DisplayProof")
        self.time_label = _text("DisplayTime")
        column.addStretch(1)
        for w in (self.kicker, self.name_label, self.hook_label):
            column.addWidget(w)
        column.addSpacing(14)
        column.addWidget(self.price_label)
        column.addWidget(self.members_label)
        column.addSpacing(18)
        for w in (self.count_label, self.proof_label, self.time_label):
            column.addWidget(w)
        column.addSpacing(26)
        self.terms_card = QFrame()
        self.terms_card.setObjectName("DisplayTerms")
        terms = QVBoxLayout(self.terms_card)
        terms.setContentsMargins(24, 18, 24, 18)
        terms.setSpacing(6)
        self.edition_label = _text("DisplayEdition")
        self.gets_label = _text("DisplayGets")
        self.terms_label = _text("DisplayTermsText")
        for w in (self.edition_label, self.gets_label, self.terms_label):
            terms.addWidget(w)
        column.addWidget(self.terms_card)
        column.addStretch(1)
        self.shop_label = _text("DisplayFooter")
        self.shop_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.shop_label)
        row.addLayout(column, 6)
        return page

    def _apply_style(self) -> None:
        """Type sized to the window: the 1280 x 800 sizes, scaled to the screen it is on."""
        scale = max(0.6, min(2.5, min(self.width() / 1280, self.height() / 800)))
        if abs(scale - self._scale) < 0.02:
            return
        self._scale = scale
        t = display_tones()

        def px(n: int) -> int:
            return round(n * scale)

        self.setStyleSheet(
            f"QWidget#CustomerDisplay, QWidget#DisplayIdle, QWidget#DisplayDrop"
            f" {{ background: {t.page}; }}"
            f" QLabel {{ color: {t.text}; background: transparent; }}"
            f" QLabel#DisplayKicker {{ color: {t.accent}; font-size: {px(20)}px;"
            f" font-weight: 800; letter-spacing: 2px; }}"
            f" QLabel#DisplayName {{ font-size: {px(56)}px; font-weight: 800; }}"
            f" QLabel#DisplayHook {{ color: {t.muted}; font-size: {px(26)}px; }}"
            f" QLabel#DisplayPrice {{ font-size: {px(44)}px; font-weight: 700; }}"
            f" QLabel#DisplayMembers {{ color: {t.accent}; font-size: {px(22)}px;"
            f" font-weight: 600; }}"
            f" QLabel#DisplayCount {{ color: {t.accent}; font-size: {px(64)}px;"
            f" font-weight: 800; }}"
            f' QLabel#DisplayCount[tone="low"] {{ color: {t.low}; }}'
            f' QLabel#DisplayCount[tone="soldout"] {{ color: {t.sold_out}; }}'
            f" QLabel#DisplayProof {{ font-size: {px(26)}px; font-weight: 600; }}"
            f" QLabel#DisplayTime {{ color: {t.muted}; font-size: {px(24)}px; }}"
            f" QFrame#DisplayTerms {{ background: {t.card}; border: 1px solid {t.border};"
            f" border-radius: {px(18)}px; }}"
            f" QLabel#DisplayEdition {{ font-size: {px(24)}px; font-weight: 700; }}"
            f" QLabel#DisplayGets {{ font-size: {px(22)}px; }}"
            f" QLabel#DisplayTermsText {{ color: {t.muted}; font-size: {px(20)}px; }}"
            f" QLabel#DisplayFooter {{ color: {t.muted}; font-size: {px(18)}px; }}"
            f" QLabel#DisplayShop {{ font-size: {px(64)}px; font-weight: 800; }}"
            f" QLabel#DisplayNext {{ color: {t.accent}; font-size: {px(24)}px;"
            f" font-weight: 800; letter-spacing: 2px; margin-top: {px(36)}px; }}"
            f" QLabel#DisplayIdleName {{ font-size: {px(44)}px; font-weight: 700; }}"
            f" QLabel#DisplayWhen {{ color: {t.muted}; font-size: {px(28)}px; }}"
        )

    # -- placing -------------------------------------------------------------------------------
    def place(self) -> bool:
        """Show it: full screen on another screen if there is one (True), else a window."""
        host_widget = self.parentWidget()
        host = host_widget.window().screen() if host_widget is not None else None
        target = pick_screen(QGuiApplication.screens(), host)
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
            return True
        room = (host or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1280, room.width() * 3 // 4), min(800, room.height() * 3 // 4))
        self.show()
        return False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_style()

    # -- reading -------------------------------------------------------------------------------
    def set_featured(self, drop_id: str | None) -> None:
        """The drop the host chose to show (None: the display picks, see display_pick)."""
        self.featured_id = drop_id
        self.refresh()

    def refresh(self) -> None:
        """Read now; if a read is on its way, read again as soon as it is back."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        db, preferred, now = self.ctx.db, self.featured_id, self.now()
        run_operation(
            self,
            lambda: display_pick(db, preferred=preferred, now=now),
            on_success=self._arrived,
            on_failure=self._failed,
        )

    def _tick(self) -> None:
        if not self._reading:  # a slow read skips a tick rather than piling up
            self.refresh()

    def _sale_event(self, _what: object) -> None:
        self.refresh()

    def _arrived(self, pick: DisplayPick) -> None:
        self._reading = False
        self.reads += 1
        self.show_pick(pick)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        log.warning("customer display: read failed: %s", exc)  # the next tick tries again
        if self._again:
            self._again = False
            self.refresh()

    def _settings_changed(self, settings: object) -> None:
        if isinstance(settings, ShopSettings):
            self.ctx.settings = settings
        if self.pick is not None:
            self.show_pick(self.pick)

    # -- showing -------------------------------------------------------------------------------
    def show_pick(self, pick: DisplayPick) -> None:
        self.pick = pick
        if pick.drop is None:
            self._show_idle(pick)
        else:
            self._show_drop(pick.drop, pick.now)
        self.shown.emit(pick)

    def _show_idle(self, pick: DisplayPick) -> None:
        self.idle_shop.setText(self.ctx.settings.shop_name)
        nxt = pick.next_drop
        self.idle_next.setText(translate("live/customer_display", "NEXT DROP") if nxt else "")
        self.idle_name.setText(nxt.name if nxt else "")
        self.idle_when.setText(words.opens_text(nxt, pick.now) if nxt else "")
        for w in (self.idle_next, self.idle_name, self.idle_when):
            show_if(w, bool(w.text()))
        self.stack.setCurrentIndex(0)

    def _show_drop(self, d: DropStatus, now: datetime) -> None:
        settings = self.ctx.settings
        self.hero.set_image(d.image)
        show_if(self.hero, bool(d.image))
        members = words.members_note(d, now)
        self.kicker.setText(
            translate("live/customer_display", "MEMBERS FIRST")
            if members
            else translate("live/customer_display", "LIVE DROP")
        )
        self.name_label.setText(d.name)
        self.hook_label.setText(d.story_hook)
        self.price_label.setText(self.money(d.price))
        self.members_label.setText(members)
        tone = "soldout" if d.remaining <= 0 else "low" if d.low else "normal"
        self.count_label.show_count(d.remaining, d.scarcity)
        set_prop(self.count_label, "tone", tone)
        self.proof_label.setText(
            words.social_proof(d.sold_recently) if settings.display_social_proof else ""
        )
        self.time_label.setText(words.time_left(d, now) if settings.display_time_left else "")
        self.edition_label.setText(words.edition_text(d))
        self.gets_label.setText(
            translate("live/customer_display", "You get: {what_you_get}").format(
                what_you_get=d.what_you_get
            )
            if d.what_you_get
            else ""
        )
        self.terms_label.setText(d.terms_text)
        self.shop_label.setText(settings.shop_name)
        for w in (
            self.hook_label,
            self.members_label,
            self.proof_label,
            self.time_label,
            self.gets_label,
            self.terms_label,
        ):
            show_if(w, bool(w.text()))
        self.stack.setCurrentIndex(1)

    # -- for tests and the bench ---------------------------------------------------------------
    @property
    def showing_drop(self) -> DropStatus | None:
        return self.pick.drop if self.pick is not None else None

    @property
    def last_painted_remaining(self) -> int | None:
        return self.count_label.painted_count

    def visible_text(self) -> list[str]:
        """Every line a customer can read now, top to bottom."""
        page = self.stack.currentWidget()
        if page is None:
            return []
        return [
            w.text()
            for w in page.findChildren(QLabel)
            if w.isVisibleTo(self) and w.text() and w.objectName().startswith("Display")
        ]
