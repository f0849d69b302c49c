"""Render the drops screen, the drop dialog and the sell screen's drop tiles (demo shop).

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_drops.py          # -> docs/screenshots/drops.png,
                                                          #    drop-dialog.png, sell-drops.png
    .venv/bin/python scripts/screenshot_drops.py --out /tmp/shots --theme dark

A throwaway database gets the demo shop (its drops and the opening hour that sold from
them) and an open shift; each screen is shown offscreen at 1280 x 800 and grabbed.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from shot_support import ROOT, wait_until

from popuppos.services.demo import load_demo_shop
from popuppos.services.members import search_members
from popuppos.services.shifts import open_shift
from popuppos.store.db import open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.drops.drops_screen import DropsScreen
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QMainWindow, QWidget
from popuppos.ui.sell.sell_screen import SellScreen


def settle(seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    wait_for_operations()
    QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    image = widget.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"{path} ({image.width()}x{image.height()})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--locale", default="", help="the shop's locale, e.g. de_DE (German)")
    args = parser.parse_args()
    app = make_application(["screenshot"])
    if args.theme != "light":
        apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            load_demo_shop(db)
            open_shift(db, opened_by="Aoife", opening_float=15000)
            if args.locale:
                from popuppos.services.shop import save_settings
                from popuppos.ui.i18n import apply_language

                save_settings(db, locale=args.locale)
                apply_language(args.locale)
            ctx = build_context(db)

            window = QMainWindow()
            drops = DropsScreen(ctx)
            window.setCentralWidget(drops)
            window.resize(1280, 800)
            window.show()
            wait_until(lambda: drops.loads > 0)
            settle(0.8)
            save(window, args.out / "drops.png")

            tea = drops.card("Calm Brew restock — Inner Circle first").status
            dialog = drops.edit_drop(tea)
            wait_until(lambda: dialog.loaded)
            settle(0.5)
            save(dialog, args.out / "drop-dialog.png")
            dialog.reject()
            window.close()

            sell_window = QMainWindow()
            screen = SellScreen(ctx)
            sell_window.setCentralWidget(screen)
            sell_window.resize(1280, 800)
            sell_window.show()
            wait_until(lambda: screen.loaded and screen.drops.loads > 0)
            kwame = search_members(db, "Kwame")
            if kwame:
                screen.controller.set_member(kwame[0])
            sunrise = next(s for s in screen.drops.statuses if s.name.startswith("Sunrise"))
            screen.drops.tap(sunrise)
            settle(0.8)
            screen.banner.show_message("The Reset Kit — journal + 1:1: only 3 left.", "warning")
            settle(0.3)
            save(sell_window, args.out / "sell-drops.png")
            sell_window.close()
            wait_for_operations()
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
