"""A database too big to check before the window shows is checked on a thread: reads go
ahead, every write waits for the verdict, a damaged file is never written to, and the
open window then offers the newest good backup as at start.

The threshold is lowered to 0 bytes so the small test shops take the big-file path; the
damage is real (see ``backup_support.damage``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from test_damaged_database_start import Damaged, damaged_shop, when_shown

from backup_support import counts, digest, sell, stock_shop
from popuppos.store import db as db_module
from popuppos.store.db import DamagedDatabase, Database, open_database
from popuppos.ui.app import build_context
from popuppos.ui.backups.damaged import DamagedDatabaseDialog
from popuppos.ui.main_window import MainWindow
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QWidget


@pytest.fixture(autouse=True)
def every_file_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_module, "CHECK_BEFORE_OPEN_BYTES", 0)


@pytest.fixture
def shop(tmp_path: Path) -> Damaged:
    return damaged_shop(tmp_path)


def test_a_damaged_big_file_opens_for_reading_but_refuses_every_write(shop: Damaged) -> None:
    db = open_database(shop.path)
    try:
        assert db.integrity is not None
        with db.read() as conn:  # the sell screen can show meanwhile
            assert conn.execute(text("SELECT COUNT(*) FROM sales")).scalar() == 5
        with (
            pytest.raises(DamagedDatabase, match="PopupPOS has not written to it"),
            db.write() as conn,
        ):
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('x', '1')"))
        assert db.integrity.done.is_set() and db.integrity.problems
    finally:
        db.close()
    assert digest(shop.path) == shop.digest


def test_a_sound_big_file_takes_writes_once_checked(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    first = open_database(path)
    items = stock_shop(first)
    first.close()
    db = open_database(path)
    try:
        assert db.integrity is not None
        sell(db, items, 2)  # waits for the check, which passes
        assert db.integrity.problems == []
    finally:
        db.close()
    assert counts(path)["sales"] == 2


@pytest.fixture
def window_on(shop: Damaged) -> Iterator[tuple[MainWindow, Database]]:
    db = open_database(shop.path)
    window = MainWindow(build_context(db))
    yield window, db
    wait_for_operations()


def test_the_open_window_offers_the_newest_good_backup_and_reopens_on_it(
    qtbot: QtBot, shop: Damaged, window_on: tuple[MainWindow, Database]
) -> None:
    window, damaged_db = window_on
    window.show()  # closed and deleted by the reopen (so not handed to qtbot)

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
    window.start()
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=15_000)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, MainWindow) and w is not window and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=10_000,
    )
    reopened = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w is not window and w.isVisible()
    ]
    new = reopened[0]
    assert new.ctx.db is not damaged_db
    assert counts(shop.path)["sales"] == 2  # the backup's sales
    kept = [p for p in shop.path.parent.iterdir() if p.name.startswith("shop.damaged-")]
    assert len(kept) == 1 and digest(kept[0]) == shop.digest  # the damaged file, untouched
    new.close()
    wait_for_operations()
    new.ctx.db.close()
