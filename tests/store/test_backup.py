"""Backup files: made with the online backup API while the app writes, checked, listed,
pruned, refused when unfit, and never a risk to the live database."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from backup_support import counts, damage, integrity, sell, stock_shop
from helpers import Item
from popuppos.store import backup, migrate
from popuppos.store.backup import BackupProblem
from popuppos.store.db import Database, open_database

T0 = datetime(2026, 5, 12, 14, 2, 33, 123_000, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def items(db: Database) -> dict[str, Item]:
    found = stock_shop(db)
    sell(db, found, 3)
    return found


# -- making a copy --------------------------------------------------------------------------
def test_a_backup_has_the_same_rows_passes_its_check_and_is_one_private_file(
    db: Database, items: dict[str, Item]
) -> None:
    made = backup.make_backup(db.path, "manual", now=T0)
    assert made.path == db.path.parent / "backups" / "shop_20260512T140233.123Z_manual.sqlite"
    assert made.size == made.path.stat().st_size > 0
    assert integrity(made.path) == ["ok"]
    assert counts(made.path) == counts(db.path)
    assert counts(made.path)["sales"] == 3
    # One self-contained file: rollback journal, nothing beside it, readable by this user only.
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    conn = sqlite3.connect(made.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    if os.name == "posix":
        assert made.path.stat().st_mode & 0o077 == 0


def test_a_backup_while_a_write_transaction_is_open_takes_only_what_was_committed(
    db: Database, items: dict[str, Item]
) -> None:
    with db.write() as conn:  # an open, uncommitted write (a sale half-way)
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('half_way', '1')"))
        made = backup.make_backup(db.path, "manual", now=T0)  # does not wait for it
    conn2 = sqlite3.connect(made.path)
    try:
        assert conn2.execute("SELECT COUNT(*) FROM settings WHERE key = 'half_way'").fetchone() == (
            0,
        )
    finally:
        conn2.close()
    assert integrity(made.path) == ["ok"]


def test_a_backup_while_sales_keep_being_committed_is_a_consistent_snapshot(
    db: Database, items: dict[str, Item]
) -> None:
    stop = threading.Event()
    sold: list[str] = []
    failures: list[BaseException] = []

    def till() -> None:
        try:
            while not stop.is_set():
                sold.extend(sell(db, items, skus=("BADGE", "CARD")))
        except BaseException as exc:  # reported below
            failures.append(exc)

    writer = threading.Thread(target=till)
    writer.start()
    try:
        made = [
            backup.make_backup(db.path, "manual", now=T0 + timedelta(seconds=i)) for i in range(4)
        ]
    finally:
        stop.set()
        writer.join()
    assert not failures
    assert len(sold) > 0  # the till really sold while the copies were taken
    for copy in made:
        assert integrity(copy.path) == ["ok"]
        c = counts(copy.path)
        # Each sale is whole in the copy: two lines, one tender, one sale event.
        assert c["sale_lines"] == 2 * c["sales"]
        assert c["sale_tenders"] == c["sales"]
    assert counts(db.path)["sales"] == 3 + len(sold)


# -- names, listing, keep N -------------------------------------------------------------------
def test_names_sort_by_time_and_the_list_is_newest_first(
    db: Database, items: dict[str, Item]
) -> None:
    times = [T0 + timedelta(days=d, minutes=m) for d, m in ((0, 5), (2, 0), (0, 0), (1, 59))]
    for i, when in enumerate(times):
        backup.make_backup(db.path, ("daily", "shift", "manual", "daily")[i], now=when)
    # Another database's backup in the same folder, and a stray file, are not listed.
    other = backup.backup_folder(db.path) / backup.backup_name(Path("other.sqlite"), T0, "daily")
    other.write_bytes(b"")
    (backup.backup_folder(db.path) / "notes.txt").write_text("hello")
    listed = backup.list_backups(db.path)
    assert [b.taken_at for b in listed] == sorted(times, reverse=True)
    assert [b.reason for b in listed] == ["shift", "daily", "daily", "manual"]
    names = [b.path.name for b in listed]
    assert names == sorted(names, reverse=True)  # file names alone sort by time


def test_keep_n_deletes_the_oldest_and_keeps_the_newest(
    db: Database, items: dict[str, Item]
) -> None:
    made = [backup.make_backup(db.path, "daily", now=T0 + timedelta(days=d)) for d in range(5)]
    removed = backup.prune(db.path, 3)
    assert sorted(removed) == sorted(m.path for m in made[:2])
    assert [b.path for b in backup.list_backups(db.path)] == [m.path for m in made[:1:-1]]
    assert backup.prune(db.path, 3) == []
    assert len(backup.prune(db.path, 0)) == 2  # never fewer than one is kept
    assert [b.path for b in backup.list_backups(db.path)] == [made[4].path]


# -- when it cannot be written ------------------------------------------------------------------
def unwritable_folder(tmp_path: Path) -> Path:
    """A folder PopupPOS cannot create or write: read-only for a normal user; for root
    (which chmod cannot stop), a path under a regular file, which nobody can create."""
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        return locked / "backups"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return blocker / "backups"


def test_an_unwritable_backup_folder_is_a_clear_sentence_and_the_sales_are_untouched(
    db: Database, items: dict[str, Item], tmp_path: Path
) -> None:
    before = counts(db.path)
    folder = unwritable_folder(tmp_path)
    with pytest.raises(BackupProblem) as refused:
        backup.make_backup(db.path, "manual", folder=folder)
    message = str(refused.value)
    assert message.startswith(f"PopupPOS could not write to {folder}")
    assert "No backup was made; the shop's data is untouched." in message
    assert "Traceback" not in message and "Errno" not in message
    assert counts(db.path) == before
    assert integrity(db.path) == ["ok"]
    sell(db, items)  # the till carries on
    assert counts(db.path)["sales"] == before["sales"] + 1


def test_a_full_disk_leaves_no_half_backup_and_says_so(
    db: Database, items: dict[str, Item]
) -> None:
    before = counts(db.path)
    # SQLite reports a copy that outgrows its page limit exactly as a full disk (SQLITE_FULL).
    with pytest.raises(BackupProblem, match=r"the disk is full\. No backup was made"):
        backup.make_backup(db.path, "manual", max_pages=3)
    assert list(backup.backup_folder(db.path).iterdir()) == []  # no .part left behind
    assert counts(db.path) == before


# -- checking a file before restoring it --------------------------------------------------------
def test_check_accepts_a_good_backup_and_names_its_revision(
    db: Database, items: dict[str, Item]
) -> None:
    made = backup.make_backup(db.path, "manual")
    check = backup.check_backup(made.path)
    assert check.ok and check.problem == ""
    assert check.revision == migrate.HEAD
    assert check.device_id == db.device_id
    assert migrate.HEAD in backup.known_revisions() and "0001" in backup.known_revisions()


def test_check_refuses_what_cannot_be_restored(
    db: Database, items: dict[str, Item], tmp_path: Path
) -> None:
    made = backup.make_backup(db.path, "manual")
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("shopping list")
    foreign = tmp_path / "other-app.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.sqlite"
    backup.copy_database(made.path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.sqlite"
    backup.copy_database(made.path, damaged)
    damage(damaged, "sale_lines")
    assert integrity(damaged) != ["ok"]

    problems = {p.name: backup.check_backup(p).problem for p in (text_file, foreign, newer)}
    assert problems == {
        "notes.sqlite": "notes.sqlite is not a PopupPOS database.",
        "other-app.sqlite": "other-app.sqlite is not a PopupPOS database.",
        "newer.sqlite": "newer.sqlite was written by a newer PopupPOS (schema 9999); "
        "install that version to restore it.",
    }
    assert backup.check_backup(damaged).problem.startswith("damaged.sqlite is damaged (")
    assert (
        backup.check_backup(tmp_path / "gone.sqlite").problem
        == "gone.sqlite is not there any more."
    )


def test_the_newest_good_backup_passes_over_a_damaged_newer_one(
    db: Database, items: dict[str, Item]
) -> None:
    good = backup.make_backup(db.path, "daily", now=T0)
    bad = backup.make_backup(db.path, "daily", now=T0 + timedelta(days=1))
    damage(bad.path, "sales")
    assert integrity(bad.path) != ["ok"]
    found = backup.newest_good_backup(db.path)
    assert found is not None and found[0].path == good.path


# -- putting a backup back ----------------------------------------------------------------------
def test_restore_into_the_open_database_replaces_its_content_in_one_go(
    db: Database, items: dict[str, Item]
) -> None:
    made = backup.make_backup(db.path, "manual")
    sell(db, items, 2)
    assert counts(db.path)["sales"] == 5
    with db.engine.connect() as other:  # another connection of the app stays open throughout
        other.execute(text("SELECT 1"))
        with db.engine.connect() as conn:
            backup.restore_into(conn.connection.dbapi_connection, made.path)  # type: ignore[arg-type]
        assert other.execute(text("SELECT COUNT(*) FROM sales")).scalar() == 3
    assert counts(db.path) == counts(made.path)
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    sell(db, items)  # and the app keeps selling on it
    assert counts(db.path)["sales"] == 4


def test_swap_in_keeps_the_old_file_and_its_wal_aside(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    db = open_database(path)
    items = stock_shop(db)
    sell(db, items, 2)
    made = backup.make_backup(path, "manual")
    sell(db, items, 1)
    db.close()
    old = counts(path)
    Path(str(path) + "-wal").write_bytes(b"stale wal of the old file")
    aside = tmp_path / "shop.damaged-x.sqlite"
    backup.swap_in(path, made.path, aside)
    assert counts(path)["sales"] == 2
    assert counts(aside) == old  # the file that was there, whole
    assert Path(str(aside) + "-wal").read_bytes() == b"stale wal of the old file"
    assert not Path(str(path) + "-wal").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "restoring" in p.name) == []
