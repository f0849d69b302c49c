"""The "Backups and data" dialog driven like a host: list, back up, keep N, restore (with
the manager PIN), export; automatic backups; the main window reopened after a restore."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backup_support import counts, sell, stock_shop
from helpers import MANAGER_PIN, Item, scalar
from popuppos.services import backups, demo, shifts
from popuppos.services.shop import get_settings, set_manager_pin
from popuppos.store.db import Database, open_database
from popuppos.ui.app import build_context
from popuppos.ui.backups.auto import AutomaticBackups
from popuppos.ui.backups.backups_dialog import (
    BackupsDialog,
    BackupsPanel,
    backups_page,
    open_backups,
)
from popuppos.ui.backups.words import size_text, when_text
from popuppos.ui.context import AppContext
from popuppos.ui.main_window import MainWindow
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QFileDialog, QMainWindow, Qt, QWidget


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    wait_for_operations()
    database.close()


@pytest.fixture
def items(db: Database) -> dict[str, Item]:
    found = stock_shop(db)
    sell(db, found, 2)
    return found


@pytest.fixture
def ctx(db: Database, items: dict[str, Item]) -> AppContext:
    context = AppContext(db=db, settings=get_settings(db))
    context.cashier = "Ann"
    return context


def open_dialog(qtbot: QtBot, ctx: AppContext) -> BackupsPanel:
    """The dialog, shown; returns its panel (where everything is)."""
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.panel.loads >= 1)
    return dialog.panel


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def table_rows(dialog: BackupsPanel) -> list[list[str]]:
    return [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]


def test_the_list_shows_when_why_and_size_newest_first(qtbot: QtBot, ctx: AppContext) -> None:
    now = datetime.now(UTC)
    older = backups.backup_if_due(ctx.db, now=(now - timedelta(days=1)).astimezone())
    newer = backups.back_up_now(ctx.db, now=now)
    assert older is not None
    dialog = open_dialog(qtbot, ctx)
    assert table_rows(dialog) == [
        [when_text(now), "Backed up by hand", size_text(newer.backup.size)],
        [when_text(now - timedelta(days=1)), "Daily", size_text(older.backup.size)],
    ]
    assert table_rows(dialog)[0][0].startswith("Today, ")
    assert table_rows(dialog)[1][0].startswith("Yesterday, ")
    assert str(ctx.db.path.parent / "backups") in dialog.folder_label.text()
    assert dialog.selected() == newer.backup and dialog.restore_button.isEnabled()
    assert dialog.keep_spin.value() == 14
    assert dialog.daily_check.isChecked() and dialog.shift_check.isChecked()


def test_no_backups_yet_says_how_to_make_the_first(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.table.rowCount() == 0
    assert dialog.empty_label.text() == "No backups yet. “Back up now” makes the first one."
    assert not dialog.restore_button.isEnabled()
    window = dialog.window()
    assert isinstance(window, BackupsDialog)
    click(qtbot, dialog.backup_button)
    assert dialog.busy and not window.close_button.isEnabled()  # Close waits for the answer
    qtbot.waitUntil(lambda: dialog.loads >= 2)
    assert window.close_button.isEnabled()
    assert dialog.last_made is not None
    assert dialog.notice.text().startswith("Backed up: ") and dialog.notice.tone == "success"
    assert [r[1] for r in table_rows(dialog)] == ["Backed up by hand"]
    assert counts(dialog.last_made.backup.path) == counts(ctx.db.path)


def test_a_backup_folder_that_cannot_be_made_is_one_clear_sentence(
    qtbot: QtBot, ctx: AppContext
) -> None:
    (ctx.db.path.parent / "backups").write_text("a file where the folder should be")
    before = counts(ctx.db.path)
    dialog = open_dialog(qtbot, ctx)
    click(qtbot, dialog.backup_button)
    qtbot.waitUntil(lambda: dialog.notice.tone == "danger")
    assert dialog.notice.text() == (
        f"PopupPOS could not write to {ctx.db.path.parent / 'backups'}: that folder cannot be "
        "created there. No backup was made; the shop's data is untouched."
    )
    assert counts(ctx.db.path) == before
    assert dialog.backup_button.isEnabled()  # the host can fix it and try again


def test_keep_n_and_the_switches_are_saved_and_a_lower_keep_says_what_will_go(
    qtbot: QtBot, ctx: AppContext
) -> None:
    for d in range(3):
        backups.back_up_now(ctx.db, now=datetime.now(UTC) - timedelta(days=d))
    dialog = open_dialog(qtbot, ctx)
    dialog.keep_spin.setValue(2)
    dialog.shift_check.setChecked(False)
    assert (
        dialog.keep_note.text()
        == "The next backup deletes the 2 oldest backups, keeping the newest 2."
    )
    dialog.save_settings()
    wait_for_operations()
    qtbot.waitUntil(lambda: backups.get_backup_settings(ctx.db).keep == 2)
    assert backups.get_backup_settings(ctx.db) == backups.BackupSettings(2, True, False)
    assert len(backups.list_backups(ctx.db)) == 3  # nothing deleted by the setting itself


def test_restore_asks_first_and_cancel_changes_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    backups.back_up_now(ctx.db)
    dialog = open_dialog(qtbot, ctx)
    click(qtbot, dialog.restore_button)
    confirm = dialog.confirm
    assert confirm is not None and confirm.isVisible()
    assert confirm.what_label.text().startswith("The backup of today, ")
    assert "sales, refunds and changes made since will not be in it" in confirm.body.text()
    assert "PIN" not in confirm.body.text()  # this shop has no manager PIN
    click(qtbot, confirm.cancel_button)
    wait_for_operations()
    assert dialog.last_restore is None
    assert [b.reason for b in backups.list_backups(ctx.db)] == ["manual"]


def test_restore_without_a_pin_puts_the_backup_back(
    qtbot: QtBot, ctx: AppContext, items: dict[str, Item]
) -> None:
    made = backups.back_up_now(ctx.db).backup
    sell(ctx.db, items, 3)
    dialog = open_dialog(qtbot, ctx)
    assert dialog.selected() == made
    click(qtbot, dialog.restore_button)
    assert dialog.confirm is not None
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as sent:
        click(qtbot, dialog.confirm.restore_button)
    result = sent.args[0]
    assert result.backup == made.path
    assert counts(ctx.db.path)["sales"] == 2
    assert dialog.notice.tone == "success" and "kept as a backup" in dialog.notice.text()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert table_rows(dialog)[0][1] == "Before a restore"
    assert counts(result.kept_aside)["sales"] == 5


def test_restore_with_a_pin_refuses_a_wrong_one_then_restores(
    qtbot: QtBot, ctx: AppContext, items: dict[str, Item]
) -> None:
    set_manager_pin(ctx.db, MANAGER_PIN, current_pin=None, actor="Owner")
    backups.back_up_now(ctx.db)
    sell(ctx.db, items)
    dialog = open_dialog(qtbot, ctx)
    click(qtbot, dialog.restore_button)
    assert dialog.confirm is not None
    assert "A manager's PIN is asked next." in dialog.confirm.body.text()
    click(qtbot, dialog.confirm.restore_button)
    pin = dialog.pin_dialog
    assert pin is not None and pin.isVisible() and not pin.reason_edit.isVisible()
    for digit in "1111":
        click(qtbot, pin.keys[digit])
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: pin.notice.tone == "danger" and not pin.busy)
    assert pin.notice.text() == "That manager PIN is not right"
    assert counts(ctx.db.path)["sales"] == 3  # nothing restored
    assert [b.reason for b in backups.list_backups(ctx.db)] == ["manual"]

    qtbot.keyClicks(pin.pin_edit, MANAGER_PIN)
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        click(qtbot, pin.ok_button)
    assert dialog.pin_dialog is None and not pin.isVisible()
    assert counts(ctx.db.path)["sales"] == 2
    assert scalar(ctx.db, "SELECT actor FROM audit_log WHERE action = 'backup.restored'") == "Ann"


def test_restore_from_a_file_that_is_not_a_backup_says_why(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("shopping list")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(notes), ""))
    )
    dialog = open_dialog(qtbot, ctx)
    click(qtbot, dialog.file_button)
    qtbot.waitUntil(lambda: dialog.notice.tone == "danger")
    assert dialog.notice.text() == "notes.sqlite is not a PopupPOS database."
    assert dialog.confirm is None


def test_export_everything_writes_the_zip_and_says_where(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "everything"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = open_dialog(qtbot, ctx)
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.last_export is not None)
    exported = dialog.last_export
    assert exported is not None and exported.path == target.with_suffix(".zip")
    with zipfile.ZipFile(exported.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert {t["name"]: t["rows"] for t in manifest["tables"]}["sales"] == 2
    assert dialog.notice.text().startswith(f"Exported {len(exported.tables)} tables (")
    assert str(exported.path) in dialog.notice.text()


def test_the_same_panel_serves_as_a_settings_page(qtbot: QtBot, ctx: AppContext) -> None:
    backups.back_up_now(ctx.db)
    window = QMainWindow()
    qtbot.addWidget(window)
    page = backups_page(window, ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    assert [r[1] for r in table_rows(page)] == ["Backed up by hand"]
    assert page.restore_button.isEnabled()


# -- automatic backups ---------------------------------------------------------------------
def test_the_daily_backup_is_made_once_and_a_shift_close_makes_another(
    qtbot: QtBot, ctx: AppContext
) -> None:
    auto = AutomaticBackups(ctx, first_look_ms=60_000, interval_ms=60_000)
    made: list[str] = []
    auto.made.connect(lambda m: made.append(m.backup.reason))
    auto.check_daily()  # the first look after start
    assert not auto.idle
    # The shift is closed while the daily backup is under way: the close's backup waits
    # its turn (one backup at a time) and is not lost.
    shifts.close_shift(ctx.db, counted_cash=5_000 + 2 * 2050, closed_by="Ann")
    ctx.events.shift_changed.emit(None)  # what the close dialog says once it is recorded
    qtbot.waitUntil(lambda: auto.idle and len(made) == 2, timeout=10_000)
    assert made == ["daily", "shift"]
    assert [b.reason for b in backups.list_backups(ctx.db)] == ["shift", "daily"]
    shift_copy = backups.list_backups(ctx.db)[0].path
    assert counts(shift_copy, ("shift_closes",)) == {"shift_closes": 1}

    auto.check_daily()  # the half-hourly look again, the same day: nothing new
    qtbot.waitUntil(lambda: auto.idle)
    wait_for_operations()
    QApplication.processEvents()
    assert made == ["daily", "shift"]
    auto.deleteLater()


def test_an_automatic_backup_that_fails_says_so_on_the_status_line(
    qtbot: QtBot, ctx: AppContext
) -> None:
    (ctx.db.path.parent / "backups").write_text("a file where the folder should be")
    with qtbot.waitSignal(ctx.events.problem, timeout=10_000) as said:
        auto = AutomaticBackups(ctx, first_look_ms=0, interval_ms=60_000)
    assert said.args[0].startswith("The daily backup was not made. PopupPOS could not write to")
    assert said.args[0].endswith("No backup was made; the shop's data is untouched.")
    auto.deleteLater()


# -- from the main window -----------------------------------------------------------------
def test_after_a_restore_the_main_window_reopens_on_the_restored_data(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "demo.sqlite")
    demo.load_demo_shop(db)
    shifts.open_shift(db, opened_by="Aoife", opening_float=10_000)
    made = backups.back_up_now(db).backup
    backups.save_backup_settings(db, keep=7)  # after the backup: the restore brings back 14
    window = MainWindow(build_context(db))
    window.resize(1280, 800)
    window.show()
    assert window.sell_screen_ready()
    reopened: list[QMainWindow] = []
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    try:
        dialog = open_backups(window, window.ctx).panel
        qtbot.waitUntil(lambda: dialog.loads >= 1)
        click(qtbot, dialog.restore_button)
        assert dialog.confirm is not None
        click(qtbot, dialog.confirm.restore_button)
        pin = dialog.pin_dialog  # the demo shop has a manager PIN
        assert pin is not None
        for digit in demo.DEMO_MANAGER_PIN:  # the keypad (typing fast reads as a scan here)
            click(qtbot, pin.keys[digit])
        click(qtbot, pin.ok_button)

        # Reopening replaces the window: find the new one once it is shown.

        def new_window() -> bool:
            found = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w is not window and w.isVisible()
            ]
            reopened[:] = found
            return len(found) == 1

        qtbot.waitUntil(new_window, timeout=15_000)
        new = reopened[0]
        assert isinstance(new, MainWindow)
        qtbot.waitUntil(lambda: bool(gone))  # the old window is closed and deleted
        assert new.ctx.db is db
        assert backups.get_backup_settings(db).keep == 14  # the backup's own setting is back
        assert new.statusBar().currentMessage().startswith("Restored the backup of today, ")
        assert made.path.exists()
        assert new.sell_screen_ready()
    finally:
        wait_for_operations()
        for w in reopened:
            w.close()
        db.close()
