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
import tempfile
from pathlib import Path

from shot_support import ROOT, SIZE, save, settle, wait_until

from popuppos.services.demo import load_demo_shop
from popuppos.store.db import open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.metrics.metrics_screen import MetricsScreen
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QMainWindow


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
