"""When backups are made and kept, restoring one while the app runs, and exporting everything."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from backup_support import SALE_TABLES, counts, damage, integrity, sell, stock_shop
from helpers import MANAGER_PIN, Item, rows, scalar
from popuppos import __version__
from popuppos.services import backups, shifts
from popuppos.services.errors import PinRefused, ServiceError
from popuppos.services.export import export_everything
from popuppos.services.shop import set_manager_pin
from popuppos.store import backup, migrate
from popuppos.store.backup import BackupProblem
from popuppos.store.db import Database, make_engine, open_database

#: A stall in Berlin in summer (UTC+2): "today" is that day on that clock.
BERLIN = timezone(timedelta(hours=2))
MORNING = datetime(2026, 7, 3, 9, 15, tzinfo=BERLIN)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


@pytest.fixture
def items(db: Database) -> dict[str, Item]:
    found = stock_shop(db)
    sell(db, found, 2)
    return found


def reasons(db: Database) -> list[str]:
    return [b.reason for b in backups.list_backups(db)]


# -- settings -----------------------------------------------------------------------------
def test_settings_default_to_daily_and_shift_close_keeping_14(db: Database) -> None:
    assert backups.get_backup_settings(db) == backups.BackupSettings(14, True, True)
    saved = backups.save_backup_settings(db, keep=5, daily=False)
    assert saved == backups.BackupSettings(5, False, True)
    assert backups.get_backup_settings(db) == saved
    assert scalar(db, "SELECT value FROM settings WHERE key = 'backup_keep'") == "5"


@pytest.mark.parametrize("keep", [0, -1, 366])
def test_keep_outside_1_to_365_is_refused_and_nothing_changes(db: Database, keep: int) -> None:
    with pytest.raises(ServiceError, match="keep between 1 and 365 backups"):
        backups.save_backup_settings(db, keep=keep, daily=False)
    assert backups.get_backup_settings(db) == backups.BackupSettings()


# -- daily --------------------------------------------------------------------------------
def test_the_first_start_of_a_day_makes_one_daily_backup(
    db: Database, items: dict[str, Item]
) -> None:
    made = backups.backup_if_due(db, now=MORNING)
    assert made is not None and made.backup.reason == "daily"
    assert counts(made.backup.path) == counts(db.path)
    # Later the same day (a second start, or the timer): nothing more.
    assert backups.backup_if_due(db, now=MORNING + timedelta(hours=14, minutes=44)) is None
    # Just after midnight on the stall's clock (still the 3rd in UTC): a new day.
    next_day = datetime(2026, 7, 4, 0, 5, tzinfo=BERLIN)
    assert next_day.astimezone(UTC).day == 3
    again = backups.backup_if_due(db, now=next_day)
    assert again is not None
    assert reasons(db) == ["daily", "daily"]


def test_a_backup_already_made_today_counts_as_the_daily_one(
    db: Database, items: dict[str, Item]
) -> None:
    backups.back_up_now(db, now=MORNING)
    assert backups.backup_if_due(db, now=MORNING + timedelta(hours=3)) is None
    assert reasons(db) == ["manual"]


def test_daily_backups_switched_off_make_none(db: Database, items: dict[str, Item]) -> None:
    backups.save_backup_settings(db, daily=False)
    assert backups.backup_if_due(db, now=MORNING) is None
    assert backups.list_backups(db) == []


# -- shift close ----------------------------------------------------------------------------
def test_closing_a_shift_then_backing_up_keeps_the_closed_shift(
    db: Database, items: dict[str, Item]
) -> None:
    closed = shifts.close_shift(db, counted_cash=5_000 + 2 * 2050, closed_by="Ann")
    made = backups.backup_after_shift_close(db)
    assert made is not None and made.backup.reason == "shift"
    assert counts(made.backup.path, ("shift_closes", "sales")) == {"shift_closes": 1, "sales": 2}
    conn = sqlite3.connect(made.backup.path)
    try:
        assert conn.execute("SELECT id FROM shift_closes").fetchone() == (closed.close_id,)
    finally:
        conn.close()
    backups.save_backup_settings(db, at_shift_close=False)
    assert backups.backup_after_shift_close(db) is None
    assert reasons(db) == ["shift"]


# -- keep N -----------------------------------------------------------------------------------
def test_keep_n_prunes_the_oldest_after_each_new_backup(
    db: Database, items: dict[str, Item]
) -> None:
    backups.save_backup_settings(db, keep=3)
    made = [backups.backup_if_due(db, now=MORNING + timedelta(days=d)) for d in range(5)]
    kept = [b.path for b in backups.list_backups(db)]
    assert kept == [m.backup.path for m in reversed(made[2:]) if m]
    assert made[4] is not None and made[4].removed == (made[1].backup.path,)  # type: ignore[union-attr]
    # Lowering keep deletes nothing at once (a slip of the finger costs nothing): the next
    # backup prunes down to the new number, and the overview says how many will go.
    backups.save_backup_settings(db, keep=1)
    assert [b.path for b in backups.list_backups(db)] == kept
    assert backups.overview(db).to_prune == 3
    newest = backups.back_up_now(db).backup
    assert [b.path for b in backups.list_backups(db)] == [newest.path]


# -- restoring while the app runs ----------------------------------------------------------------
def test_restore_puts_the_backup_back_and_keeps_the_current_database_aside(
    db: Database, items: dict[str, Item]
) -> None:
    made = backups.back_up_now(db, now=MORNING).backup
    at_backup = counts(db.path)
    sell(db, items, 3)
    before_restore = counts(db.path)
    device = db.device_id

    restored = backups.restore_backup(db, made.path, pin=None, actor="Ann")

    assert counts(db.path) == at_backup
    assert restored.taken_at == MORNING.astimezone(UTC)
    assert restored.revision == migrate.HEAD
    # The database as it was just before is kept (a backup named "before-restore").
    assert restored.kept_aside.name.endswith("_before-restore.sqlite")
    assert counts(restored.kept_aside) == before_restore
    assert integrity(restored.kept_aside) == ["ok"]
    assert db.device_id == device
    audit = rows(
        db, "SELECT actor, action, details FROM audit_log WHERE action = 'backup.restored'"
    )
    assert len(audit) == 1 and audit[0][0] == "Ann"
    assert json.loads(audit[0][2])["kept_aside"] == restored.kept_aside.name
    sell(db, items)  # the till works on the restored data
    assert counts(db.path)["sales"] == at_backup["sales"] + 1


def test_restore_needs_the_manager_pin_when_the_shop_has_one(
    db: Database, items: dict[str, Item]
) -> None:
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    made = backups.back_up_now(db).backup
    sell(db, items)
    before = counts(db.path)
    assert backups.restore_needs_pin(db)
    for wrong in (None, "0000"):
        with pytest.raises(PinRefused):
            backups.restore_backup(db, made.path, pin=wrong, actor="Ann")
    assert counts(db.path) == before
    assert reasons(db) == ["manual"]  # nothing was even set aside
    backups.restore_backup(db, made.path, pin=MANAGER_PIN, actor="Ann")
    assert counts(db.path)["sales"] == before["sales"] - 1
    assert scalar(db, "SELECT approved_by FROM audit_log WHERE action = 'backup.restored'") == (
        "manager"
    )


def test_restore_refuses_an_unfit_file_and_changes_nothing(
    db: Database, items: dict[str, Item], tmp_path: Path
) -> None:
    made = backups.back_up_now(db).backup
    damaged = tmp_path / "damaged.sqlite"
    backup.copy_database(made.path, damaged)
    damage(damaged, "sales")
    assert integrity(damaged) != ["ok"]
    newer = tmp_path / "newer.sqlite"
    backup.copy_database(made.path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    sell(db, items)
    before = counts(db.path)
    for unfit, words in ((damaged, "is damaged"), (newer, r"newer PopupPOS \(schema 0099\)")):
        with pytest.raises(BackupProblem, match=words):
            backups.restore_backup(db, unfit, pin=None, actor="Ann")
    assert counts(db.path) == before
    assert reasons(db) == ["manual"]


def test_restoring_a_backup_from_an_older_version_upgrades_it(
    db: Database, items: dict[str, Item], tmp_path: Path
) -> None:
    old = tmp_path / "old.sqlite"
    engine = make_engine(old)
    migrate.upgrade(engine, "0006")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('shop_name', '\"Old\"')"))
    engine.dispose()
    assert backups.check_backup(old).revision == "0006"
    device = db.device_id
    restored = backups.restore_backup(db, old, pin=None, actor="Ann")
    assert restored.revision == "0006"
    assert migrate.current_revision(db.engine) == migrate.HEAD
    assert scalar(db, "SELECT value FROM settings WHERE key = 'shop_name'") == '"Old"'
    assert scalar(db, "SELECT value FROM settings WHERE key = 'device_id'") == device
    assert counts(db.path)["sales"] == 0


# -- export -----------------------------------------------------------------------------------
def test_export_has_every_table_as_csv_with_a_manifest_of_row_counts(
    db: Database, items: dict[str, Item], tmp_path: Path
) -> None:
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    when = datetime(2026, 7, 3, 18, 0, tzinfo=UTC)
    result = export_everything(db, tmp_path / "everything.zip", now=when)

    tables = [
        r[0]
        for r in rows(
            db,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
    ]
    with zipfile.ZipFile(result.path) as zf:
        assert sorted(zf.namelist()) == sorted([f"{t}.csv" for t in tables] + ["manifest.json"])
        manifest = json.loads(zf.read("manifest.json"))
        csvs = {
            t: list(csv.reader(io.StringIO(zf.read(f"{t}.csv").decode("utf-8")))) for t in tables
        }
    assert manifest["app_version"] == __version__
    assert manifest["migration_revision"] == migrate.HEAD
    assert manifest["exported_at"] == "2026-07-03T18:00:00.000000Z"
    assert manifest["device_id"] == db.device_id
    for entry in manifest["tables"]:
        live = scalar(db, f'SELECT COUNT(*) FROM "{entry["name"]}"')
        assert entry["rows"] == live == len(csvs[entry["name"]]) - 1  # header + rows
        assert csvs[entry["name"]][0] == entry["columns"]
    assert result.tables["sales"] == 2 and result.rows == sum(result.tables.values())

    # Money stays in integer minor units: 2050 for a mug and a tea, never "20.50".
    sales = csvs["sales"]
    total_at = sales[0].index("total")
    assert [r[total_at] for r in sales[1:]] == ["2050", "2050"]
    lines = csvs["sale_lines"]
    price_at = lines[0].index("unit_price")
    assert sorted(r[price_at] for r in lines[1:]) == ["1200", "1200", "850", "850"]

    # Secrets never leave the device: the PIN's hash (and keys, tokens) are blanked.
    settings = {r[0]: r[1] for r in csvs["settings"][1:]}
    assert settings["manager_pin_hash"] == ""
    assert "settings: value of manager_pin_hash" in manifest["withheld"]


def test_export_to_a_place_that_cannot_be_written_says_so_and_leaves_no_file(
    db: Database, items: dict[str, Item], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    target = blocker / "everything.zip"
    with pytest.raises(
        BackupProblem, match=r"could not write to .*\. Nothing in the shop was changed\."
    ):
        export_everything(db, target)
    assert blocker.read_text() == "x"
    assert set(counts(db.path, SALE_TABLES)) == set(SALE_TABLES)
