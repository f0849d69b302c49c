"""Settings saved together (shop, scanner, kiosk mode), the scanner's bounds and which
session kiosk mode opens for, against a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from helpers import MANAGER_PIN, count_rows
from popuppos.services import calendar
from popuppos.services.calendar import SessionSpec, as_utc
from popuppos.services.errors import ServiceError
from popuppos.services.kiosk_mode import (
    KioskMode,
    get_kiosk_mode,
    kiosk_session_at_start,
    save_kiosk_mode,
    session_choices,
)
from popuppos.services.scanner_settings import (
    ScannerSettings,
    get_scanner_settings,
    save_scanner_settings,
)
from popuppos.services.settings_pages import SettingsChanges, read_settings, save_settings_pages
from popuppos.services.shop import get_settings, save_settings, set_manager_pin
from popuppos.store.db import Database, open_database

TODAY = date.today()


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return as_utc(datetime.combine(day, time(hour, minute)).astimezone())


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


def session(db: Database, title: str, starts: datetime, minutes: int = 60) -> str:
    return calendar.save_session(
        db,
        SessionSpec(title, starts, minutes, capacity=10, venue="Studio 2"),
        now=starts - timedelta(days=2),
    )


# -- one transaction ---------------------------------------------------------------------------
def test_all_pages_save_together(db: Database) -> None:
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    snap = save_settings_pages(
        db,
        SettingsChanges(
            shop={"shop_name": "Tea Cart", "ask_for_tip": False},
            scanner=ScannerSettings(max_gap_ms=60, min_length=6, tab_ends_scan=True),
            kiosk=KioskMode(enabled=True),
        ),
    )
    assert snap.shop.shop_name == "Tea Cart" and snap.shop.ask_for_tip is False
    assert get_scanner_settings(db) == ScannerSettings(60, 6, True)
    assert get_kiosk_mode(db) == KioskMode(enabled=True, session_id="")
    assert snap.has_pin and not snap.has_sales


def test_one_refused_page_saves_nothing_of_the_others(db: Database) -> None:
    before = count_rows(db)
    with pytest.raises(ServiceError) as refused:
        save_settings_pages(
            db,
            SettingsChanges(
                shop={"shop_name": "Tea Cart"},
                scanner=ScannerSettings(max_gap_ms=50),
                kiosk=KioskMode(enabled=True),  # no manager PIN yet
            ),
        )
    assert str(refused.value) == (
        "Set a manager PIN first: it is what lets you leave kiosk mode (Settings, Manager PIN)."
    )
    assert count_rows(db) == before
    assert get_settings(db).shop_name == "My pop-up shop"
    assert get_scanner_settings(db) == ScannerSettings()


# -- the scanner ------------------------------------------------------------------------------
def test_scanner_timing_has_bounds_and_becomes_the_detectors_settings(db: Database) -> None:
    for bad, words in (
        (ScannerSettings(max_gap_ms=5), "10 to 100 ms"),
        (ScannerSettings(max_gap_ms=150), "10 to 100 ms"),
        (ScannerSettings(min_length=1), "2 to 20 characters"),
    ):
        with pytest.raises(ServiceError, match=words):
            save_scanner_settings(db, bad)
    assert get_scanner_settings(db) == ScannerSettings()

    wedge = save_scanner_settings(db, ScannerSettings(45, 8, True)).wedge()
    assert wedge.max_gap_ms == 45.0 and wedge.min_length == 8
    assert wedge.terminators == frozenset({"\r", "\t"})
    assert wedge.max_length >= 179  # a member pass (163 characters) is still one scan
    assert ScannerSettings().wedge().terminators == frozenset({"\r"})


def test_a_scanner_value_edited_out_of_bounds_by_hand_reads_as_the_default(
    db: Database,
) -> None:
    with db.write() as conn:
        from sqlalchemy import text

        conn.execute(text("INSERT INTO settings VALUES ('scanner.max_gap_ms', '5000')"))
    assert get_scanner_settings(db) == ScannerSettings()


# -- kiosk mode -------------------------------------------------------------------------------
def test_kiosk_mode_off_opens_nothing(db: Database) -> None:
    assert kiosk_session_at_start(db).session_id is None
    assert kiosk_session_at_start(db).note == ""


def test_kiosk_mode_opens_the_session_on_now_or_next_today(db: Database) -> None:
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    save_kiosk_mode(db, KioskMode(enabled=True))
    early = session(db, "Sunrise Breathwork", local(TODAY, 7, 30), 45)
    late = session(db, "Sound Bath", local(TODAY, 18, 30))
    session(db, "Tomorrow's Walk", local(TODAY + timedelta(days=1), 10))

    at_seven = kiosk_session_at_start(db, now=local(TODAY, 7, 0))
    assert (at_seven.session_id, at_seven.title) == (early, "Sunrise Breathwork")
    during = kiosk_session_at_start(db, now=local(TODAY, 8, 0))  # it ends at 08:15
    assert during.session_id == early
    after = kiosk_session_at_start(db, now=local(TODAY, 8, 16))
    assert after.session_id == late
    night = kiosk_session_at_start(db, now=local(TODAY, 19, 31))
    assert night.session_id is None
    assert night.note == "Kiosk mode is on, but no session is on or still to come today."


def test_kiosk_mode_for_a_chosen_session_until_it_ends(db: Database) -> None:
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    walk = session(db, "Slow Morning Walk", local(TODAY + timedelta(days=2), 10), 90)
    save_kiosk_mode(db, KioskMode(enabled=True, session_id=walk))
    assert kiosk_session_at_start(db, now=local(TODAY, 9)).session_id == walk
    over = kiosk_session_at_start(db, now=local(TODAY + timedelta(days=2), 12))
    assert over.session_id is None
    assert over.note.startswith("Kiosk mode's session, Slow Morning Walk, ended at 11:30;")

    calendar.cancel_session(db, walk, reason="rain")
    cancelled = kiosk_session_at_start(db, now=local(TODAY, 9))
    assert cancelled.note == "Kiosk mode's session, Slow Morning Walk, was cancelled."
    with pytest.raises(ServiceError, match="was cancelled; choose another session"):
        save_kiosk_mode(db, KioskMode(enabled=True, session_id=walk))


def test_kiosk_mode_without_a_pin_is_refused_and_never_opens(db: Database) -> None:
    with pytest.raises(ServiceError, match="Set a manager PIN first"):
        save_kiosk_mode(db, KioskMode(enabled=True))
    with db.write() as conn:  # switched on before the PIN was removed by hand
        from sqlalchemy import text

        conn.execute(text("INSERT INTO settings VALUES ('kiosk.enabled', 'true')"))
    start = kiosk_session_at_start(db)
    assert start.session_id is None and "no manager PIN is set" in start.note


def test_the_sessions_a_host_can_choose_and_the_snapshot(db: Database) -> None:
    session(db, "Yesterday", local(TODAY - timedelta(days=1), 9))
    soon = session(db, "Soon", local(TODAY + timedelta(days=1), 9))
    session(db, "Far", local(TODAY + timedelta(days=30), 9))
    assert [s.id for s in session_choices(db)] == [soon]
    snap = read_settings(db)
    assert [s.title for s in snap.sessions] == ["Soon"]
    assert snap.kiosk == KioskMode() and not snap.has_pin
    save_settings(db, shop_name="Tea Cart")
    assert read_settings(db).shop.shop_name == "Tea Cart"
