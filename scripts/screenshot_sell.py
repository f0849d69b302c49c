"""Render the sell screen with the demo shop and save a PNG, for looking at it.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_sell.py    # -> docs/screenshots/sell-screen.png
    .venv/bin/python scripts/screenshot_sell.py --theme dark --out /tmp/sell-dark.png
    .venv/bin/python scripts/screenshot_sell.py --state receipt --out /tmp/receipt.png
    .venv/bin/python scripts/screenshot_sell.py --state tender --out /tmp/tender.png
    .venv/bin/python scripts/screenshot_sell.py --locale de_DE --main-window \
        --out docs/screenshots/sell-screen-de.png     # German

A throwaway database in a temporary folder gets the demo shop and an open shift; the
screen is shown offscreen at 1280 x 800 with a few items in the cart and a member attached.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from shot_support import ROOT, wait_until

from popuppos.services.catalog import catalog_items
from popuppos.services.demo import load_demo_shop
from popuppos.services.members import search_members
from popuppos.services.shifts import open_shift
from popuppos.services.shop import save_settings
from popuppos.store.db import open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.i18n import use_shop_language
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QMainWindow
from popuppos.ui.sell.sell_screen import SellScreen

DEFAULT_OUT = ROOT / "docs" / "screenshots" / "sell-screen.png"


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--state", choices=("cart", "receipt", "tender"), default="cart")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--locale", default="", help="the shop's locale, e.g. de_DE (German)")
    parser.add_argument(
        "--main-window", action="store_true", help="inside the app's main window (with top bar)"
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))

    app = make_application(["screenshot"])
    if args.theme != "light":
        apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            load_demo_shop(db)
            open_shift(db, opened_by="Aoife", opening_float=15000)
            if args.locale:
                save_settings(db, locale=args.locale)
            ctx = build_context(db)
            use_shop_language(ctx)
            window: QMainWindow
            if args.main_window:
                from popuppos.ui.main_window import MainWindow

                window = MainWindow(ctx)
                screen = window.sell_screen
            else:
                window = QMainWindow()
                screen = SellScreen(ctx)
                window.setCentralWidget(screen)
            window.resize(width, height)
            window.show()
            wait_until(lambda: screen.loaded)

            items = {i.name: i for i in catalog_items(db)}
            tee = items["Slow Mornings Tee"]
            screen.controller.add(tee, tee.variants[4])  # M / Sage
            mug = items["Morning Ritual Mug"]
            screen.controller.add(mug, mug.variants[0])
            screen.controller.add(mug, mug.variants[0])
            pin = items["Golden Hour Enamel Pin"]
            screen.controller.add(pin, pin.variants[0])
            members = search_members(db, "Zoë")
            if members:
                screen.controller.set_member(members[0])
            if args.state == "receipt":
                screen.ask_tip = False
                screen.pay()
                dialog = screen.tender_dialog()
                assert dialog is not None
                dialog.cash_button.click()
                dialog.quick_buttons[-1].click()
                wait_until(lambda: screen.showing_receipt and screen.receipt.data is not None)
            settle(0.6)  # pictures load on a worker
            wait_for_operations()
            settle(0.3)
            target = window
            if args.state == "tender":
                screen.pay()
                settle(0.3)
                dialog = screen.tender_dialog()
                assert dialog is not None
                dialog.tip_buttons[1000].click()
                dialog.cash_button.click()
                dialog.cash_field.set_text("50")
                settle(0.3)
                image = dialog.grab()
            else:
                image = target.grab()
            args.out.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(args.out)):
                print(f"could not write {args.out}", file=sys.stderr)
                return 1
            print(f"{args.out} ({image.width()}x{image.height()})")
            window.close()
            wait_for_operations()
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
