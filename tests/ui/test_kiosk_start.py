"""Kiosk mode at start: the real check-in kiosk opens for the session, locked by the PIN."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import MANAGER_PIN
from popuppos.services import calendar
from popuppos.services.calendar import SessionSpec, as_utc
from popuppos.services.kiosk_mode import KioskMode, save_kiosk_mode
from popuppos.services.shop import get_settings, set_manager_pin
from popuppos.store.db import Database, open_database
from popuppos.ui.calendar.checkin_screen import CheckInScreen
from popuppos.ui.calendar.kiosk import KioskWindow
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QWidget
from popuppos.ui.settings.kiosk_start import start_kiosk_if_set

DAY = date.today() + timedelta(days=1)


def local(hour: int, minute: int = 0) -> datetime:
    return as_utc(datetime.combine(DAY, time(hour, minute)).astimezone())


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    set_manager_pin(database, MANAGER_PIN, current_pin=None, actor="Owner")
    yield database
    wait_for_operations()
    database.close()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, settings=get_settings(db))


def test_kiosk_mode_opens_the_check_in_kiosk_that_only_the_pin_leaves(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    session_id = calendar.save_session(
        db, SessionSpec("Sound Bath", local(18, 30), 60, capacity=16), now=local(8)
    )
    save_kiosk_mode(db, KioskMode(enabled=True))
    owner = QWidget()
    qtbot.addWidget(owner)
    screens: list[CheckInScreen] = []
    told: list[str] = []

    def open_kiosk(sid: str) -> None:  # what the main window does: check-in screen, kiosk
        screen = CheckInScreen(ctx, sid, camera=False, now=lambda: local(18, 20))
        qtbot.addWidget(screen)
        screen.open_kiosk()
        screens.append(screen)

    start_kiosk_if_set(owner, ctx, open_kiosk=open_kiosk, tell=told.append, now=lambda: local(18))
    qtbot.waitUntil(lambda: bool(screens), timeout=5000)
    kiosk = screens[0].kiosk
    assert isinstance(kiosk, KioskWindow) and kiosk.isVisible() and kiosk.isFullScreen()
    assert kiosk.session_id == session_id and told == []
    qtbot.waitUntil(lambda: kiosk.session_title.text() == "Sound Bath", timeout=5000)

    kiosk.close()  # an attendee cannot just close it: the PIN is asked for
    assert kiosk.isVisible() and kiosk.pin_dialog is not None
    kiosk.pin_dialog.reject()
    kiosk.shutdown()


def test_no_session_today_opens_the_app_normally_and_says_why(
    qtbot: QtBot, ctx: AppContext, db: Database
) -> None:
    save_kiosk_mode(db, KioskMode(enabled=True))
    owner = QWidget()
    qtbot.addWidget(owner)
    opened: list[str] = []
    told: list[str] = []
    start_kiosk_if_set(owner, ctx, open_kiosk=opened.append, tell=told.append)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == ["Kiosk mode is on, but no session is on or still to come today."]
    assert opened == []
