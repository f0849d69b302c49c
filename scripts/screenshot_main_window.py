"""Render the whole main window (top bar and screen) once per top-bar screen (demo shop).

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_main_window.py    # -> /tmp/main-sell.png, main-drops.png,
                                                          #    main-live.png, main-calendar.png,
                                                          #    main-planner.png
    .venv/bin/python scripts/screenshot_main_window.py --out /tmp/shots --theme dark

A throwaway database gets the demo shop and an open shift; the main window is shown
offscreen at 1280 x 800 (``--width`` / ``--height`` to try another size) and grabbed on
each of its five screens, as a check that the top bar fits.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from shot_support import save, settle, wait_until

from popuppos.services.demo import load_demo_shop
from popuppos.services.shifts import open_shift
from popuppos.store.db import open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.main_window import MainWindow
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QWidget

SCREENS = ("sell", "drops", "live", "calendar", "planner")


def loads(screen: QWidget | None) -> int:
    """How many times a screen has loaded (its ``loads`` counter; 0 before the first)."""
    return int(getattr(screen, "loads", 0))


def show(window: MainWindow, name: str) -> QWidget:
    """Show screen ``name`` as its top-bar tab does, and wait for its first load."""
    if name == "sell":
        window.show_sell()
        window.sell_screen_ready()
        return window.sell_screen
    if name == "calendar":
        window.show_calendar()
        calendar = window.calendar_screen
        wait_until(lambda: loads(calendar) > 0)
        assert calendar is not None
        return calendar
    screen = window.show_screen(name)
    wait_until(lambda: loads(screen) > 0)
    return screen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args()
    app = make_application(["screenshot"])
    if args.theme != "light":
        apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            load_demo_shop(db)
            open_shift(db, opened_by="Aoife", opening_float=15_000)
            window = MainWindow(build_context(db))
            window.resize(args.width, args.height)
            window.show()
            if not window.sell_screen_ready():
                raise SystemExit("the sell screen did not load")
            wait_until(lambda: window.shift is not None)
            for name in SCREENS:
                show(window, name)
                settle()
                save(window, args.out / f"main-{name}.png")
            window.close()
            wait_for_operations()
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
