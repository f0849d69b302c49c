"""Render the metrics screen on the demo shop (30 days, the whole period).

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_metrics.py            # -> docs/screenshots/metrics.png
    .venv/bin/python scripts/screenshot_metrics.py --out /tmp/shots --theme dark --event

A throwaway database gets the demo shop (its opening hour streamed live and sold from
its drops, a breath class four members checked in to); the metrics screen is shown at
1280 x 800. ``--event`` also writes ``metrics-event.png`` with the opening hour chosen.
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
from popuppos.store.db import open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.metrics.metrics_screen import MetricsScreen
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QMainWindow, QWidget

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


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
    if focused is not None:
        focused.clearFocus()
    image = widget.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"{path} ({image.width()}x{image.height()})")


def shots(out: Path, event: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            load_demo_shop(db)
            screen = MetricsScreen(build_context(db))
            window = QMainWindow()
            window.setCentralWidget(screen)
            window.resize(*SIZE)
            window.show()
            wait_until(lambda: screen.loads > 0)
            settle()
            save(window, out / "metrics.png")
            if event and screen.report is not None and screen.report.events:
                loads = screen.loads
                screen.event_box.setCurrentIndex(1)
                wait_until(lambda: screen.loads > loads)
                settle()
                save(window, out / "metrics-event.png")
            window.close()
            wait_for_operations()
        finally:
            db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--event", action="store_true", help="also the opening hour's view")
    args = parser.parse_args()
    app = make_application(["screenshot"])
    if args.theme != "light":
        apply_theme(app, args.theme)
    shots(args.out, args.event)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
