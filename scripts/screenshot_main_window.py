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
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if sys.version_info < (3, 12):  # PySide6 6.12.0 on CPython 3.11 (see make_demo_images.py)
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40

from popuppos.services.demo import load_demo_shop
from popuppos.services.shifts import open_shift
from popuppos.store.db import open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.main_window import MainWindow
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QWidget

SCREENS = ("sell", "drops", "live", "calendar", "planner")


def wait_until(test: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not test():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the screen")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    wait_for_operations()
    QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    focused = QApplication.focusWidget()
    if focused is not None:  # no focus ring on whatever took focus first
        focused.clearFocus()
    image = widget.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"{path} ({image.width()}x{image.height()})")


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
