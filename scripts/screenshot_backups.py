"""Screenshots of "Backups and data" and of the damaged-database offer at start.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_backups.py              # docs/screenshots/
    .venv/bin/python scripts/screenshot_backups.py --out /tmp/shots

Writes ``backups.png`` (the demo shop with a week of backups: daily ones, shift closes and
one made by hand) and ``damaged-database.png`` (a copy of the shop damaged on disk, as
PopupPOS meets it at start, offering the newest good backup). Everything happens in a
temporary folder; nothing else is touched.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from shot_support import ROOT, save, wait_until

from popuppos.services import demo, shifts
from popuppos.services.shop import get_settings
from popuppos.store import backup
from popuppos.store.db import DamagedDatabase, open_database
from popuppos.ui.app import make_application
from popuppos.ui.backups.backups_dialog import BackupsDialog
from popuppos.ui.backups.damaged import DamagedDatabaseDialog
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations


def a_week_of_backups(db_path: Path) -> None:
    """The backups a stall would have after a week: daily, at shift closes, one by hand."""
    today = datetime.now().astimezone().replace(second=12, microsecond=0)
    plan = [
        (6, 8, 58, "daily"),
        (5, 9, 2, "daily"),
        (5, 18, 41, "shift"),
        (3, 10, 15, "daily"),
        (3, 19, 5, "shift"),
        (1, 9, 0, "daily"),
        (1, 17, 48, "shift"),
        (0, 8, 55, "daily"),
        (0, 0, 0, "manual"),  # "Back up now", a moment ago
    ]
    for days_ago, hour, minute, reason in plan:
        when = (
            today - timedelta(minutes=3)
            if reason == "manual"
            else (today - timedelta(days=days_ago)).replace(hour=hour, minute=minute)
        )
        backup.make_backup(db_path, reason, now=when)


def damage_a_page(path: Path, table: str) -> None:
    """Overwrite the cells at the end of ``table``'s root page (as a failing disk might)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    finally:
        conn.close()
    with path.open("r+b") as fh:
        fh.seek(root * page_size - 512)
        fh.write(bytes(range(256)) * 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()

    _app = make_application([sys.argv[0]])  # kept while the dialogs are drawn
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "popuppos.sqlite"
        db = open_database(path)
        try:
            demo.load_demo_shop(db)
            shifts.open_shift(db, opened_by="Aoife", opening_float=15_000)
            a_week_of_backups(path)
            ctx = AppContext(db=db, settings=get_settings(db), cashier="Aoife")
            dialog = BackupsDialog(ctx)
            panel = dialog.panel
            wait_until(lambda: panel.loads >= 1)
            panel.notice.show_message(
                "Backed up: " + panel.table.item(0, 2).text() + ", checked and kept.",
                "success",
            )
            save(dialog, out / "backups.png", size=(1000, 640))
            dialog.close()
        finally:
            wait_for_operations()
            db.close()

        # The same shop, damaged on disk, as PopupPOS meets it at the next start.
        damage_a_page(path, "sale_lines")
        try:
            open_database(path).close()
        except DamagedDatabase as exc:
            offer = DamagedDatabaseDialog(exc)
            wait_until(lambda: offer.done_searching)
            save(offer, out / "damaged-database.png", size=(700, 400))
            offer.close()
        else:
            print("the damage was not found; no damaged-database.png", file=sys.stderr)
        wait_for_operations()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
