"""Live mode end to end: real widgets, a real SQLite file, the services underneath.

A drop of 5 goes live through the screen and is sold to sold out with the one-tap button
and the real tender dialog, while the customer display is open; after each sale the
display must paint the true count. The screen's clock is injected, so the conversion per
live minute is exact (5 purchases over 2.5 live minutes = 2.0).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import PySide6
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from helpers import Item, cart_of, seed_products
from popuppos.core.tender import cash_for
from popuppos.services import checkout, drops, live, shifts
from popuppos.services.drops import DropSpec, drop_status
from popuppos.services.shop import get_settings, save_settings
from popuppos.store.db import Database, open_database
from popuppos.store.drop_models import PlanEvent
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.live import words
from popuppos.ui.live.customer_display import CustomerDisplay, pick_screen
from popuppos.ui.live.live_screen import LiveScreen
from popuppos.ui.live.transparency_dialog import TransparencyDialog
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QPushButton, QRect, Qt
from popuppos.ui.sell.tender_dialog import TenderDialog

if sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0":  # pragma: no cover
    import ctypes  # see tests/ui/test_qt_binding.py: pin None on the broken release

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


class Clock:
    """The screen's ``now``: naive UTC, moved by the test."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@dataclass
class Shop:
    db: Database
    ctx: AppContext
    items: dict[str, Item]
    clock: Clock
    start: datetime  # real now when the test began (sales are stamped with real time)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    db = open_database(tmp_path / "shop.sqlite")
    items = seed_products(db)
    shifts.open_shift(db, opened_by="Ann", opening_float=0)
    ctx = AppContext(db=db, settings=save_settings(db, ask_for_tip=False))
    ctx.cashier = "Ann"
    start = utcnow()
    yield Shop(db, ctx, items, Clock(start - timedelta(seconds=60)), start)
    wait_for_operations()
    db.close()


def make_drop(shop: Shop, name: str = "Midnight Mug", *, cap: int = 5, **kw: object) -> str:
    start = shop.start
    spec = DropSpec(
        name=name,
        price=3500,
        edition_size=cap,
        public_start=kw.pop("public_start", start - timedelta(hours=1)),  # type: ignore[arg-type]
        public_end=kw.pop("public_end", start + timedelta(hours=1)),  # type: ignore[arg-type]
        parts=((shop.items["MUG"].variant_id, 1),),
        story_hook="Thrown in one night, glazed in midnight blue.",
        terms="Numbered and signed on the base.",
        **kw,  # type: ignore[arg-type]
    )
    return drops.save_drop(shop.db, spec)


def sell_by_service(shop: Shop, drop_id: str) -> checkout.CompletedSale:
    """A sale made elsewhere (the sell screen): the service, then the app-wide event."""
    line = drop_status(shop.db, drop_id).cart_line()
    cart = cart_of(line)
    total = cart.priced().total
    sale = checkout.complete_sale(shop.db, cart, [cash_for(total, total)], cashier="Ann")
    shop.ctx.events.sale_completed.emit(sale)
    return sale


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_screen(qtbot: QtBot, shop: Shop) -> LiveScreen:
    screen = LiveScreen(shop.ctx, now=shop.clock)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.loads >= 1)
    return screen


def go_live(qtbot: QtBot, screen: LiveScreen, title: str = "Glaze night") -> None:
    screen.form.title_edit.setText(title)
    click(qtbot, screen.form.go_button)
    qtbot.waitUntil(lambda: screen.board is not None and screen.board.live is not None)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == 1)


def open_display(qtbot: QtBot, screen: LiveScreen) -> CustomerDisplay:
    display = screen.open_customer_display()
    qtbot.waitExposed(display)
    qtbot.waitUntil(lambda: display.showing_drop is not None)
    return display


def one_tap_sale(qtbot: QtBot, screen: LiveScreen, drop_id: str) -> None:
    qtbot.waitUntil(lambda: screen.cards[drop_id].sell_button.isEnabled())
    click(qtbot, screen.cards[drop_id].sell_button)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, TenderDialog))
    dialog = screen.dialog
    assert isinstance(dialog, TenderDialog)
    assert dialog.due_label.text() == screen.ctx.money(3500)
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.card_button)
    with qtbot.waitSignal(screen.ctx.events.sale_completed, timeout=5000):
        click(qtbot, dialog.card_done_button)


# -- the whole live drop ---------------------------------------------------------------------
def test_a_live_drop_sells_out_and_the_display_shows_each_true_count(
    qtbot: QtBot, shop: Shop
) -> None:
    drop_id = make_drop(shop, cap=5)
    screen = open_screen(qtbot, shop)
    assert screen.pages.currentIndex() == 0  # nothing live: the "Go live" form
    assert "Midnight Mug (5 of 5 left)" in screen.form.on_sale_label.text()
    go_live(qtbot, screen)
    started = shop.clock.at
    assert live.current_live(shop.db) is not None

    display = open_display(qtbot, screen)
    painted: list[int] = []
    display.painted.connect(painted.append)
    qtbot.waitUntil(lambda: display.last_painted_remaining == 5)
    assert display.count_label.text() == "5 of 5 left"
    assert display.name_label.text() == "Midnight Mug"
    assert display.hook_label.text() == "Thrown in one night, glazed in midnight blue."
    assert display.edition_label.text() == "Limited edition of 5"
    assert display.gets_label.text() == "You get: Mug"
    assert display.terms_label.text() == "Numbered and signed on the base."
    assert not display.proof_label.isVisibleTo(display)  # nobody bought yet: no social proof
    card = screen.cards[drop_id]
    assert card.sell_button.text() == f"Sell one — {shop.ctx.money(3500)}"

    for sold in range(1, 6):
        one_tap_sale(qtbot, screen, drop_id)
        qtbot.waitUntil(lambda s=sold: display.last_painted_remaining == 5 - s)  # type: ignore[misc]
        truth = drop_status(shop.db, drop_id, now=shop.clock())
        assert truth.remaining == 5 - sold
        assert display.count_label.text() == truth.scarcity
        assert display.proof_label.text() == f"{sold} sold in the last 10 minutes"

    assert display.count_label.text() == "Sold out"
    assert not display.time_label.isVisibleTo(display)  # nothing left to time
    # Every count the display painted was a true count, in order: never made up, never up.
    assert painted == sorted(painted, reverse=True) and set(painted) <= set(range(6))
    assert painted[-1] == 0
    qtbot.waitUntil(lambda: card.sell_button.text() == "Sold out")
    assert not card.sell_button.isEnabled()
    assert "sold out" in screen.banner.text()  # the sold-out alert of the last sale

    # 5 purchases over exactly 2.5 live minutes.
    shop.clock.at = started + timedelta(seconds=150)
    loads = screen.loads
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads > loads)
    stats = screen.stats
    assert stats is not None
    assert (stats.purchases, stats.seconds, stats.drop_units) == (5, 150.0, {drop_id: 5})
    assert stats.conversion == 2.0
    assert screen.conversion_text() == "2.0 purchases / live minute"
    assert screen.live_view.minutes_figure.value.text() == "2.5"
    assert screen.live_view.since_label.text().endswith("live for 2:30")

    click(qtbot, screen.live_view.end_button)  # arms
    assert screen.live_view.end_button.text() == "Tap again to end live"
    click(qtbot, screen.live_view.end_button)
    qtbot.waitUntil(lambda: screen.final is not None)
    assert screen.final is not None and screen.final.conversion == 2.0
    assert screen.pages.currentIndex() == 2
    assert [f.value.text() for f in screen.ended_view.figures] == ["5", "2.5", "2.0"]
    assert live.current_live(shop.db) is None
    click(qtbot, screen.ended_view.done_button)
    assert screen.pages.currentIndex() == 0


def test_social_proof_is_computed_shown_only_when_true_and_follows_the_clock(
    qtbot: QtBot, shop: Shop
) -> None:
    drop_id = make_drop(shop, cap=10)
    display = CustomerDisplay(shop.ctx, now=shop.clock)
    qtbot.addWidget(display)
    display.place()
    qtbot.waitUntil(lambda: display.last_painted_remaining == 10)
    assert not any("sold in the last" in t for t in display.visible_text())

    sell_by_service(shop, drop_id)
    sell_by_service(shop, drop_id)
    qtbot.waitUntil(lambda: display.last_painted_remaining == 8)
    assert display.proof_label.isVisibleTo(display)
    assert display.proof_label.text() == "2 sold in the last 10 minutes"
    assert drop_status(shop.db, drop_id, now=shop.clock()).sold_recently == 2

    shop.clock.at = shop.start + timedelta(minutes=11)  # those sales are now 11 minutes old
    reads = display.reads
    qtbot.waitUntil(lambda: display.reads > reads + 1)  # the 1 s tick re-reads
    assert not display.proof_label.isVisibleTo(display)
    assert display.count_label.text() == "8 of 10 left"  # the count itself never fades


def test_transparency_settings_are_saved_and_the_display_honours_them(
    qtbot: QtBot, shop: Shop
) -> None:
    drop_id = make_drop(shop, cap=10, public_end=shop.start + timedelta(minutes=42, seconds=30))
    sell_by_service(shop, drop_id)
    screen = open_screen(qtbot, shop)
    display = open_display(qtbot, screen)
    qtbot.waitUntil(lambda: display.last_painted_remaining == 9)
    end = drop_status(shop.db, drop_id).terms.closes_at
    assert display.time_label.text() == words.time_left(display.showing_drop, shop.clock())  # type: ignore[arg-type]
    assert display.time_label.text().startswith(f"Ends at {words.at(end, shop.clock())} · 43 min")
    assert display.proof_label.text() == "1 sold in the last 10 minutes"

    dialog = screen.open_transparency()
    assert isinstance(dialog, TransparencyDialog)
    qtbot.waitExposed(dialog)
    assert all(c.isChecked() and not c.isEnabled() for c in dialog.locked)  # always on
    dialog.time_left.setChecked(False)
    dialog.social_proof.setChecked(False)
    with qtbot.waitSignal(shop.ctx.events.settings_changed, timeout=5000):
        click(qtbot, dialog.save_button)
    saved = get_settings(shop.db)
    assert (saved.display_time_left, saved.display_social_proof) == (False, False)
    qtbot.waitUntil(lambda: not display.time_label.isVisibleTo(display))
    assert not display.proof_label.isVisibleTo(display)
    # Quantities and terms have no switch: still there.
    texts = display.visible_text()
    assert "9 of 10 left" in texts and "Limited edition of 10" in texts
    assert "You get: Mug" in texts


def test_low_stock_says_only_when_true_and_members_first_disables_one_tap(
    qtbot: QtBot, shop: Shop
) -> None:
    low = make_drop(shop, "Low Mug", cap=4, low_stock_threshold=2)
    early = make_drop(
        shop,
        "Members Mug",
        public_start=shop.start + timedelta(minutes=30),
        members_first_minutes=60,
    )
    screen = open_screen(qtbot, shop)
    go_live(qtbot, screen)
    qtbot.waitUntil(lambda: set(screen.cards) == {low, early})
    members_card = screen.cards[early]
    assert not members_card.sell_button.isEnabled()
    assert "Members first" in members_card.note_label.text()
    assert members_card.countdown_label.text().startswith("Ends in ")

    display = open_display(qtbot, screen)
    display.set_featured(low)
    qtbot.waitUntil(lambda: display.showing_drop is not None and display.showing_drop.id == low)
    assert display.count_label.text() == "4 of 4 left"
    sell_by_service(shop, low)
    sell_by_service(shop, low)
    qtbot.waitUntil(lambda: display.last_painted_remaining == 2)
    assert display.count_label.text() == "Only 2 left of 4"
    assert display.count_label.property("tone") == "low"
    assert "only 2 left" in screen.banner.text()  # the low-stock alert

    click(qtbot, members_card.feature_button)  # the host features the members' drop
    qtbot.waitUntil(lambda: display.showing_drop is not None and display.showing_drop.id == early)
    assert display.kicker.text() == "MEMBERS FIRST"
    assert display.members_label.text().startswith("Members first · everyone from ")


def test_nothing_on_sale_the_display_names_the_next_drop_calmly(qtbot: QtBot, shop: Shop) -> None:
    make_drop(
        shop,
        "Winter Mug",
        public_start=shop.start + timedelta(hours=3),
        public_end=shop.start + timedelta(hours=5),
    )
    display = CustomerDisplay(shop.ctx, now=shop.clock)
    qtbot.addWidget(display)
    display.place()
    qtbot.waitUntil(lambda: display.pick is not None)
    assert display.stack.currentIndex() == 0
    texts = display.visible_text()
    assert texts[0] == shop.ctx.settings.shop_name
    assert "Winter Mug" in texts
    assert any(t.startswith("Opens at ") for t in texts)
    assert not any("left" in t for t in texts)  # no count for a drop not on sale


def test_going_live_for_a_plan_event_links_it(qtbot: QtBot, shop: Shop) -> None:
    with shop.db.write() as conn:
        conn.execute(
            insert(PlanEvent),
            {
                "id": "ev-1",
                "kind": "live_drop",
                "title": "Friday glaze stream",
                "starts_at": shop.start - timedelta(minutes=10),
                "ends_at": shop.start + timedelta(minutes=50),
                "venue": "Studio",
            },
        )
    screen = open_screen(qtbot, shop)
    form = screen.form
    qtbot.waitUntil(lambda: form.event_combo.count() == 2)
    assert form.event_combo.currentData() == "ev-1"  # happening now: chosen
    assert form.title_edit.text() == "Friday glaze stream"
    assert form.kind_combo.currentData() == "stream"
    click(qtbot, form.go_button)
    qtbot.waitUntil(lambda: screen.board is not None and screen.board.live is not None)
    info = live.current_live(shop.db)
    assert info is not None and info.plan_event_id == "ev-1" and info.kind == "stream"


def test_the_go_live_form_asks_for_a_title(qtbot: QtBot, shop: Shop) -> None:
    screen = open_screen(qtbot, shop)
    click(qtbot, screen.form.go_button)
    assert screen.form.problem.isVisibleTo(screen)
    assert live.current_live(shop.db) is None


# -- pure parts ------------------------------------------------------------------------------
class FakeScreen:
    def __init__(self, name: str, x: int) -> None:
        self._name, self._rect = name, QRect(x, 0, 1920, 1080)

    def name(self) -> str:
        return self._name

    def geometry(self) -> QRect:
        return self._rect


def test_the_display_goes_to_a_screen_that_is_not_the_hosts() -> None:
    laptop, tv = FakeScreen("eDP-1", 0), FakeScreen("HDMI-1", 1920)
    assert pick_screen([laptop], laptop) is None  # one screen: a normal window
    assert pick_screen([laptop, tv], laptop) is tv
    assert pick_screen([tv, laptop], laptop) is tv


def test_words_never_say_more_than_the_data() -> None:
    assert words.social_proof(0) == "" and words.social_proof(-1) == ""
    assert words.social_proof(3) == "3 sold in the last 10 minutes"
    assert words.hms(59.9) == "0:59" and words.hms(3725) == "1:02:05"
    assert words.conversion_text(None) == "—"
    assert words.conversion_text(0.8) == "0.80" and words.conversion_text(2.0) == "2.0"
