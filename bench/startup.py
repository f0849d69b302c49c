"""Time from process start to the sell screen shown with its catalogue (offscreen).

The database holds 5,000 products and 200,000 past sales (built once by bench/bigdb.py and
kept in the temp folder for later runs). Each run starts a fresh Python process that
opens the database, builds the main window, shows it and waits until the product grid
holds the catalogue; the parent measures from just before spawning the process, so
interpreter start and imports count. Like a host's second start, the runs find the OS
file cache and Python's bytecode cache warm (one untimed run first). The baseline, in
the same run, is a process that only starts Python, imports PySide6 and shows an empty
QMainWindow.

Prints the figures, then one JSON line with ``startup_s`` (median of the runs),
``baseline_s`` and ``ratio``.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bigdb

PRODUCTS, SALES = 5_000, 200_000

APP = """
import sys
from pathlib import Path
from popuppos.store.db import open_database
from popuppos.ui.app import build_context, make_application
app = make_application()
from popuppos.ui.main_window import MainWindow
db = open_database(Path(sys.argv[1]))
window = MainWindow(build_context(db))
window.resize(1280, 800)
window.show()
ok = window.sell_screen_ready(timeout_ms=20_000)
count = window.sell_screen.product_view.source.rowCount()
print("READY" if ok else "TIMEOUT", count, flush=True)
"""

BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
app.processEvents()
print("READY", 0, flush=True)
"""


def timed(code: str, *args: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # A host's second start finds Python's bytecode cache written by the first; some
    # sandboxes set PYTHONDONTWRITEBYTECODE, which would recompile every module each run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    elapsed = time.perf_counter() - t0
    proc.wait(timeout=30)
    return elapsed, line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = Path(tempfile.gettempdir(), f"popuppos-bench-{PRODUCTS}-{SALES}-v1.sqlite")
    if not db.exists():
        t0 = time.perf_counter()
        part = db.with_suffix(".part")
        for stale in part.parent.glob(part.name + "*"):
            stale.unlink()
        bigdb.build(part, products=PRODUCTS, sales=SALES)
        for suffix in ("-wal", "-shm", ".lock"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        part.rename(db)
        print(f"built {db} in {time.perf_counter() - t0:.1f} s")
    timed(APP, str(db))  # warm the OS file cache once, as a host's second start would be
    app_times, base_times = [], []
    for _ in range(args.runs):
        elapsed, line = timed(APP, str(db))
        if not line.startswith("READY"):
            print(f"the app did not get ready: {line!r}")
            return 1
        app_times.append(elapsed)
        base_times.append(timed(BASELINE)[0])
    shown = int(line.split()[1])
    result = {
        "startup_s": round(statistics.median(app_times), 3),
        "startup_max_s": round(max(app_times), 3),
        "baseline_s": round(statistics.median(base_times), 3),
        "ratio": round(statistics.median(app_times) / statistics.median(base_times), 2),
        "products_shown": shown,
        "products": PRODUCTS,
        "past_sales": SALES,
    }
    print(f"{PRODUCTS} products, {SALES} past sales; {args.runs} runs, offscreen")
    print(
        f"  process start -> sell screen with {shown} products: median "
        f"{result['startup_s']} s, max {result['startup_max_s']} s"
    )
    print(f"  baseline (Python + PySide6 + empty window): median {result['baseline_s']} s")
    print(f"  ratio: {result['ratio']}x")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
