"""A database damaged on disk, met at start: PopupPOS writes nothing to it, says so, offers
the newest good backup, and, if the host accepts, restores it and opens the shop.

The damage is real: bytes of a page of a copy of the shop are overwritten, and the test
checks that SQLite's ``PRAGMA integrity_check`` fails on the file before going on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backup_support import counts, damage, digest, integrity, sell, stock_shop
from popuppos.cli import main
from popuppos.services import backups
from popuppos.store import backup
from popuppos.store.db import DamagedDatabase, open_database
from popuppos.ui.app import run_app
from popuppos.ui.backups.damaged import DamagedDatabaseDialog, offer_newest_backup
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QDialog, QTimer, QWidget


@dataclass
class Damaged:
    path: Path
    good: backup.BackupFile  # the newest good backup (2 sales)
    digest: str  # the damaged file's bytes, which nothing may change


def damaged_shop(tmp_path: Path, page_of: str = "sale_lines") -> Damaged:
    """A shop with a backup of 2 sales, 3 more sales after it, then damage on disk."""
    path = tmp_path / "shop.sqlite"
    db = open_database(path)
    items = stock_shop(db)
    sell(db, items, 2)
    # Yesterday at noon, worked out when the backup is made (a module-level "now" taken at
    # collection turns into "two days ago" when the run crosses midnight).
    yesterday_noon = datetime.combine(date.today() - timedelta(days=1), time(12)).astimezone()
    good = backups.backup_if_due(db, now=yesterday_noon)
    assert good is not None
    sell(db, items, 3)
    db.close()  # checkpointed: every page is in the file
    assert integrity(path) == ["ok"]
    damage(path, page_of)
    assert integrity(path) != ["ok"], "the damage must be something integrity_check finds"
    return Damaged(path, good.backup, digest(path))


@pytest.fixture
def shop(tmp_path: Path) -> Damaged:
    return damaged_shop(tmp_path)


def test_opening_a_damaged_database_is_refused_and_nothing_is_written(shop: Damaged) -> None:
    # The damage hides from a quick look: the schema reads and the sales count works, so
    # only the integrity check stands between it and the app writing on top of it.
    conn = sqlite3.connect(f"{shop.path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT COUNT(*) FROM sales").fetchone() == (5,)
    finally:
        conn.close()
    with pytest.raises(DamagedDatabase) as refused:
        open_database(shop.path)
    message = str(refused.value)
    assert message.startswith(
        "shop.sqlite is damaged: SQLite's integrity check found problems (On tree page "
    )
    assert "PopupPOS has not written to it." in message
    assert refused.value.path == shop.path and refused.value.problems
    assert digest(shop.path) == shop.digest
    # The lock was let go: a second try says the same, not "already open".
    with pytest.raises(DamagedDatabase):
        open_database(shop.path)


def test_the_command_line_says_it_is_damaged_and_changes_nothing(
    shop: Damaged, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(shop.path), "--self-test"]) == 2
    err = capsys.readouterr().err
    assert "shop.sqlite is damaged" in err and "has not written to it" in err
    assert str(shop.path.parent / "backups") in err
    assert "Traceback" not in err
    assert digest(shop.path) == shop.digest


def test_a_damaged_first_page_is_met_the_same_way(tmp_path: Path) -> None:
    shop = damaged_shop(tmp_path, "sqlite_master")
    with pytest.raises(DamagedDatabase, match="damaged"):
        open_database(shop.path)
    assert digest(shop.path) == shop.digest


def open_offer(qtbot: QtBot, shop: Damaged) -> DamagedDatabaseDialog:
    with pytest.raises(DamagedDatabase) as refused:
        open_database(shop.path)
    dialog = DamagedDatabaseDialog(refused.value)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.done_searching)
    return dialog


def test_the_host_sees_what_happened_and_the_newest_good_backup(
    qtbot: QtBot, shop: Damaged
) -> None:
    dialog = open_offer(qtbot, shop)
    assert dialog.title.text() == "shop.sqlite is damaged"
    assert "has not opened it and has written nothing to it" in dialog.explain.text()
    assert dialog.offer_title.text().startswith("The newest good backup is from yesterday, ")
    assert "Sales made after it are not in it." in dialog.offer_text.text()
    assert dialog.backup == shop.good
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isVisible()
    # Quitting changes nothing.
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.database is None
    assert digest(shop.path) == shop.digest


def test_accepting_restores_the_backup_keeps_the_damaged_file_and_the_app_opens(
    qtbot: QtBot, shop: Damaged
) -> None:
    dialog = open_offer(qtbot, shop)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.database is not None, timeout=10_000)
    db, kept = dialog.database, dialog.kept_aside
    assert db is not None and kept is not None
    try:
        assert dialog.notice.text().startswith("shop.sqlite now holds the backup.")
        assert kept.name.startswith("shop.damaged-") and kept.parent == shop.path.parent
        assert digest(kept) == shop.digest  # the damaged file, byte for byte
        assert counts(shop.path)["sales"] == 2  # the backup's sales
        assert integrity(shop.path) == ["ok"]
        dialog.open_button.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert run_app(db, self_test=True) == 0  # the sell screen renders on it
    finally:
        wait_for_operations()
        db.close()


def test_a_damaged_newest_backup_is_passed_over_for_the_older_good_one(tmp_path: Path) -> None:
    shop = damaged_shop(tmp_path)
    # A newer backup of the shop that is itself damaged:
    newer = backup.backup_folder(shop.path) / backup.backup_name(
        shop.path, datetime.now(UTC), "shift"
    )
    backup.copy_database(shop.good.path, newer)
    damage(newer, "sales")
    assert integrity(newer) != ["ok"]
    found = backups.newest_good_backup(shop.path)
    assert found is not None and found[0] == shop.good


def test_with_no_good_backup_the_host_is_told_and_nothing_changes(
    qtbot: QtBot, shop: Damaged
) -> None:
    shop.good.path.unlink()
    dialog = open_offer(qtbot, shop)
    assert dialog.offer_title.text() == "No good backup was found."
    assert not dialog.restore_button.isEnabled()
    assert dialog.quit_button.text() == "Quit"
    dialog.quit_button.click()
    assert dialog.database is None
    assert digest(shop.path) == shop.digest


def when_shown(find: Callable[[], QWidget | None], act: Callable[[QWidget], bool]) -> QTimer:
    """Poll the event loop (a modal exec() is running) and act on the dialog once ready."""
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        widget = find()
        if widget is not None and act(widget):
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_offer_newest_backup_as_the_app_calls_it_at_start(qtbot: QtBot, shop: Damaged) -> None:
    """What ``popuppos`` does on a screen: the modal offer, then the opened database."""
    with pytest.raises(DamagedDatabase) as refused:
        open_database(shop.path)

    def the_dialog() -> QWidget | None:
        modal = QApplication.activeModalWidget()
        return modal if isinstance(modal, DamagedDatabaseDialog) else None

    def host(widget: QWidget) -> bool:
        assert isinstance(widget, DamagedDatabaseDialog)
        if widget.restore_button.isEnabled() and widget.restore_button.isVisible():
            widget.restore_button.click()
        elif widget.open_button.isVisible():
            widget.open_button.click()
            return True
        return False

    timer = when_shown(the_dialog, host)
    db = offer_newest_backup(refused.value)
    timer.stop()
    assert db is not None
    try:
        assert counts(db.path)["sales"] == 2
        assert run_app(db, self_test=True) == 0
    finally:
        wait_for_operations()
        db.close()
