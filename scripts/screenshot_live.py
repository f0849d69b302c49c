"""Render live mode mid-sale and the customer display showing its drop (demo shop).

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_live.py           # -> docs/screenshots/live-mode.png,
                                                          #    customer-display.png
    .venv/bin/python scripts/screenshot_live.py --out /tmp/shots --theme dark --extra

A throwaway database gets the demo shop, an open shift and two drops that opened twenty
minutes ago (a hand-bound journal, 20 made, and a tote + cap bundle, 12 made); a live
stream started fourteen minutes ago, and nine of each drop sold since. Live mode is shown
with the journal featured, then the customer display showing it; each at 1280 x 800.
``--extra`` also writes ``go-live.png``, ``transparency.png`` and ``display-idle.png``
from a second database where nothing is on sale and one drop opens later tonight.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import timedelta
from pathlib import Path

from shot_support import ROOT, SIZE, save, settle, wait_until

from popuppos.core.cart import Cart
from popuppos.core.drop_rules import DropState
from popuppos.core.tender import cash_for
from popuppos.services import checkout, drops, live
from popuppos.services.catalog import catalog_items
from popuppos.services.demo import DEMO_MANAGER_PIN, load_demo_shop
from popuppos.services.shifts import open_shift
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.store.models import utcnow
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.live.customer_display import CustomerDisplay
from popuppos.ui.live.live_screen import LiveScreen
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QMainWindow, QWidget


def variant_ids(db: Database) -> dict[str, str]:
    """Each product's first variant, by product name."""
    return {item.name: item.variants[0].id for item in catalog_items(db)}


def sell(db: Database, drop_id: str, count: int) -> None:
    """``count`` cash sales of one unit of the drop (fewer if it sells out first)."""
    inclusive = get_settings(db).tax_inclusive
    for _ in range(count):
        status = drops.drop_status(db, drop_id)
        if status.remaining <= 0:
            return
        cart = Cart(tax_inclusive=inclusive)
        cart.add(status.cart_line())
        total = cart.priced().total
        checkout.complete_sale(db, cart, [cash_for(total, total)], cashier="Aoife")


def seed_live(db: Database) -> str:
    """The demo shop live for fourteen minutes, two drops selling; returns the journal's id."""
    load_demo_shop(db)
    open_shift(db, opened_by="Aoife", opening_float=15_000)
    variants = variant_ids(db)
    now = utcnow()
    journal = drops.save_drop(
        db,
        drops.DropSpec(
            name="Hand-bound Breath Journal",
            price=3500,
            edition_size=20,
            public_start=now - timedelta(minutes=20),
            public_end=now + timedelta(minutes=47, seconds=30),
            parts=((variants["Four-Count Breath Journal"], 1),),
            low_stock_threshold=5,
            story_hook=(
                "Stitched live tonight, one signature at a time: 96 pages for four-count mornings."
            ),
            terms="Numbered and signed inside the cover. One per person.",
            image="demo/images/journal.png",
        ),
    )
    tote = drops.save_drop(
        db,
        drops.DropSpec(
            name="Studio Tote + Cap",
            price=2800,
            edition_size=12,
            public_start=now - timedelta(minutes=20),
            public_end=now + timedelta(hours=2),
            parts=((variants["Market Tote"], 1), (variants["Sunrise Cap"], 1)),
            low_stock_threshold=3,
            story_hook="The tote we carry clay in, with this season's cap.",
        ),
    )
    live.start_live(db, "Candle pour, live", "stream", now=now - timedelta(minutes=14, seconds=12))
    sell(db, journal, 9)
    sell(db, tote, 9)
    return journal


def seed_idle(db: Database) -> None:
    """The demo shop with every drop ended, and one that opens in two hours."""
    load_demo_shop(db)
    for status in drops.list_drops(db):
        if status.state is not DropState.ENDED:
            drops.end_drop(db, status.id, actor="Aoife", manager_pin=DEMO_MANAGER_PIN)
    now = utcnow()
    drops.save_drop(
        db,
        drops.DropSpec(
            name="Hand-bound Breath Journal",
            price=3500,
            edition_size=20,
            public_start=now + timedelta(hours=2),
            public_end=now + timedelta(hours=4),
            parts=((variant_ids(db)["Four-Count Breath Journal"], 1),),
            members_first_minutes=30,
        ),
    )


def show_window(screen: QWidget) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(screen)
    window.resize(*SIZE)
    window.show()
    return window


def live_shots(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            journal = seed_live(db)
            screen = LiveScreen(build_context(db))
            window = show_window(screen)
            wait_until(lambda: screen.board is not None and screen.board.live is not None)
            screen.feature(journal, True)
            settle()
            save(window, out / "live-mode.png")

            display = screen.open_customer_display()
            display.resize(*SIZE)
            wait_until(lambda: display.showing_drop is not None)
            settle()  # the drop's picture loads off the GUI thread
            save(display, out / "customer-display.png")
            display.close()
            window.close()
            wait_for_operations()
        finally:
            db.close()


def idle_shots(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            seed_idle(db)
            ctx = build_context(db)
            screen = LiveScreen(ctx)
            window = show_window(screen)
            wait_until(lambda: screen.loads > 0)
            settle()
            save(window, out / "go-live.png")

            dialog = screen.open_transparency()
            settle()
            save(dialog, out / "transparency.png")
            dialog.reject()

            display = CustomerDisplay(ctx)
            display.resize(*SIZE)
            display.show()
            wait_until(lambda: display.reads > 0)
            settle()
            save(display, out / "display-idle.png")
            display.close()
            window.close()
            wait_for_operations()
        finally:
            db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--extra", action="store_true", help="also the go-live form, transparency, idle display"
    )
    args = parser.parse_args()
    app = make_application(["screenshot"])
    if args.theme != "light":
        apply_theme(app, args.theme)
    live_shots(args.out)
    if args.extra:
        idle_shots(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
