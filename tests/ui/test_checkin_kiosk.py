"""Check-in by scan on the host's screen and on the attendee kiosk: real widgets, a real
SQLite file, a real keyboard-wedge filter, the services underneath."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from helpers import MANAGER_PIN, rows, scalar
from popuppos.core.ids import new_id
from popuppos.core.pass_token import RevocationReason, format_day
from popuppos.services import calendar, members, passes
from popuppos.services.calendar import SessionSpec, as_utc
from popuppos.services.checkin import CheckInKind
from popuppos.services.receipts import local_time
from popuppos.services.shop import get_settings, save_settings, set_manager_pin
from popuppos.store.db import Database, open_database
from popuppos.store.pass_models import CheckIn
from popuppos.ui.calendar.checkin_screen import CheckInScreen
from popuppos.ui.calendar.kiosk import KioskWindow
from popuppos.ui.calendar.look import KIOSK_TONES, tone
from popuppos.ui.calendar.scan_input import PASS_WEDGE_SETTINGS
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, Qt
from popuppos.ui.wedge_filter import WedgeScannerFilter

START = as_utc(datetime.combine(date.today() + timedelta(days=1), time(18, 0)).astimezone())
DOOR = START + timedelta(minutes=2)  # the screens' clock: the session has just begun


def hhmm(moment: datetime) -> str:
    return local_time(moment).strftime("%H:%M")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    save_settings(database, device_name="Stall 2")
    set_manager_pin(database, MANAGER_PIN, current_pin=None, actor="test")
    yield database
    wait_for_operations()
    database.close()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, settings=get_settings(db))


@pytest.fixture
def gold(db: Database) -> str:
    spec = passes.TierSpec(
        name="Gold", code="GOLD", price=9000, validity_days=30, one_to_one_minutes=60
    )
    return passes.save_tier(db, spec)


@pytest.fixture
def session_id(db: Database, gold: str) -> str:
    return calendar.save_session(
        db, SessionSpec("Tuesday Breathwork", START, 60, capacity=10, venue="Studio 2")
    )


@pytest.fixture
def issue(db: Database, gold: str) -> Callable[..., passes.IssuedPass]:
    def make(name: str, valid_from: date | None = None) -> passes.IssuedPass:
        member = members.create_member(db, name=name)
        return passes.issue_pass(
            db, tier_id=gold, member_id=member.id, actor="Ann", valid_from=valid_from
        )

    return make


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, session_id: str) -> CheckInScreen:
    widget = CheckInScreen(ctx, session_id, camera=False, now=lambda: DOOR)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.loads >= 1)
    return widget


def scan(qtbot: QtBot, screen: CheckInScreen, code: str) -> None:
    """Type or paste ``code`` into the field and press Enter, as a host would."""
    with qtbot.waitSignal(screen.checked, timeout=5000):
        screen.entry.field.setText(code)
        qtbot.keyClick(screen.entry.field, Qt.Key.Key_Return)


# -- the host's check-in screen ------------------------------------------------------------
def test_a_pasted_pass_checks_in_green_with_the_first_name_and_a_row(
    qtbot: QtBot, screen: CheckInScreen, db: Database, issue: Callable[..., passes.IssuedPass]
) -> None:
    zoe = issue("Zoë Brennan")
    assert screen.title.text() == "Tuesday Breathwork"
    assert screen.seats.text() == "0 / 10"
    scan(qtbot, screen, zoe.token)

    assert screen.result.kind is CheckInKind.CHECKED_IN
    assert screen.result.name.text() == "Welcome, Zoë"
    assert screen.result.headline.text() == "Checked in to Tuesday Breathwork"
    assert screen.result.detail.text() == ""
    assert tone("ok").background in screen.result.styleSheet()
    assert screen.entry.field.text() == ""
    [row] = rows(db, "SELECT pass_id, device_name, created_at FROM check_ins")
    assert row.pass_id == zoe.pass_id and row.device_name == "Stall 2"
    assert screen.recent.lines() == [f"{hhmm(DOOR)}  ✓ Zoë · Checked in to Tuesday Breathwork"]
    qtbot.waitUntil(lambda: screen.seats.text() == "1 / 10")


def test_the_same_pass_again_says_already_with_time_and_device(
    qtbot: QtBot, screen: CheckInScreen, db: Database, issue: Callable[..., passes.IssuedPass]
) -> None:
    ana = issue("Ana Lopez")
    scan(qtbot, screen, ana.token)
    scan(qtbot, screen, ana.token)
    assert screen.result.kind is CheckInKind.ALREADY
    assert screen.result.name.text() == "Ana is already in"
    assert screen.result.headline.text() == f"Already checked in at {hhmm(DOOR)} on Stall 2"
    assert tone("already").background in screen.result.styleSheet()
    assert scalar(db, "SELECT COUNT(*) FROM check_ins") == 1
    assert len(screen.recent.lines()) == 2


def test_an_expired_or_revoked_pass_is_red_with_the_reason(
    qtbot: QtBot, screen: CheckInScreen, db: Database, issue: Callable[..., passes.IssuedPass]
) -> None:
    old = issue("Mateus Oliveira", valid_from=date.today() - timedelta(days=60))
    scan(qtbot, screen, old.token)
    assert screen.result.kind is CheckInKind.REFUSED
    assert screen.result.name.text() == "Sorry, Mateus"
    assert screen.result.headline.text() == f"Pass expired on {format_day(old.valid_until)}"
    assert tone("refused").background in screen.result.styleSheet()

    kwame = issue("Kwame Asante")
    with db.write() as conn:
        passes.revoke_pass_in(
            conn, db.device_id, kwame.pass_id, RevocationReason.REFUNDED, actor="A"
        )
    scan(qtbot, screen, kwame.token)
    assert screen.result.headline.text() == "Pass refunded"
    scan(qtbot, screen, "not a pass at all")
    assert screen.result.headline.text() == "Not a member pass"
    assert screen.result.name.text() == "Not checked in"
    assert scalar(db, "SELECT COUNT(*) FROM check_ins") == 0
    assert [line.split("  ", 1)[1] for line in screen.recent.lines()] == [
        "✕ Unknown pass · Not a member pass",
        "✕ Kwame · Pass refunded",
        f"✕ Mateus · Pass expired on {format_day(old.valid_until)}",
    ]


def test_a_wedge_scan_while_the_field_has_focus_checks_in_and_types_nothing(
    qtbot: QtBot, screen: CheckInScreen, db: Database, issue: Callable[..., passes.IssuedPass]
) -> None:
    priya = issue("Priya Raghunathan")
    scanner = WedgeScannerFilter(PASS_WEDGE_SETTINGS)
    scanner.install()
    scanner.scanned.connect(screen.handle_scan)
    try:
        screen.activateWindow()
        screen.entry.field.setFocus()
        with qtbot.waitSignal(screen.checked, timeout=5000):
            qtbot.keyClicks(screen.entry.field, priya.token)  # a scanner: all keys at once
            qtbot.keyClick(screen.entry.field, Qt.Key.Key_Return)
        assert screen.entry.field.text() == ""
        assert screen.result.name.text() == "Welcome, Priya"
        assert scalar(db, "SELECT COUNT(*) FROM check_ins") == 1
    finally:
        scanner.uninstall()


def test_the_default_wedge_burst_takes_a_whole_pass(qtbot: QtBot) -> None:
    """The main window's one scanner uses the default settings: a pass (163 characters)
    must fit, or a scanned pass would be typed into whatever field has focus."""
    from popuppos.core.pass_token import TEXT_LENGTH
    from popuppos.scanning.wedge import WedgeSettings

    assert TEXT_LENGTH <= WedgeSettings().max_length <= PASS_WEDGE_SETTINGS.max_length


def test_duplicates_from_offline_devices_are_flagged_and_listed(
    qtbot: QtBot, ctx: AppContext, db: Database, session_id: str,
    issue: Callable[..., passes.IssuedPass],
) -> None:  # fmt: skip
    ana = issue("Ana Lopez")
    calendar_day_first = DOOR - timedelta(minutes=5)
    from popuppos.services.checkin import check_in

    check_in(db, session_id, ana.token, now=calendar_day_first, device_name="Stall 1")
    with db.write() as conn:  # the other stall's check-in, as sync brings it in
        member_id = conn.exec_driver_sql("SELECT id FROM members").scalar_one()
        conn.execute(
            insert(CheckIn),
            {
                "id": new_id(), "session_id": session_id, "pass_id": ana.pass_id,
                "member_id": member_id, "device_name": "Stall 3", "minutes_debited": 0,
                "device_id": new_id(), "created_at": DOOR - timedelta(minutes=3),
            },
        )  # fmt: skip
    screen = CheckInScreen(ctx, session_id, camera=False, now=lambda: DOOR)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.loads >= 1)
    assert screen.duplicates_button.text() == "Duplicates · 1"
    assert screen.banner.tone == "warning" and "1 duplicate check-in" in screen.banner.text()
    assert screen.seats.text() == "1 / 10"  # counted once
    dialog = screen.show_duplicates()
    qtbot.waitUntil(lambda: dialog.duplicates is not None)
    [line] = dialog.lines()
    assert line.startswith(
        f"Ana Lopez was checked in twice to Tuesday Breathwork: {hhmm(calendar_day_first)} "
        f"on Stall 1 (counted) and {hhmm(DOOR - timedelta(minutes=3))} on Stall 3 (duplicate)"
    )
    dialog.accept()


# -- the kiosk -----------------------------------------------------------------------------
@pytest.fixture
def kiosk(qtbot: QtBot, ctx: AppContext, session_id: str) -> Iterator[KioskWindow]:
    window = KioskWindow(ctx, session_id, result_ms=150, camera=False, now=lambda: DOOR)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.showFullScreen()
    yield window
    if not window.unlocked:  # an unlocked kiosk closed and deleted itself
        if window.pin_dialog is not None:
            window.pin_dialog.set_busy(False)
            window.pin_dialog.reject()
        window.shutdown()


def test_the_kiosk_shows_the_result_then_is_ready_for_the_next_person(
    qtbot: QtBot, kiosk: KioskWindow, db: Database, issue: Callable[..., passes.IssuedPass]
) -> None:
    zoe, old = issue("Zoë Brennan"), issue("Mateus", valid_from=date.today() - timedelta(60))
    assert kiosk.isFullScreen()
    assert kiosk.prompt.text() == "Scan your pass"
    assert kiosk.session_title.text() == "Tuesday Breathwork"
    with qtbot.waitSignal(kiosk.checked, timeout=5000):
        kiosk.handle_scan(zoe.token)
    assert kiosk.showing_result
    assert kiosk.result_text() == "Welcome, Zoë\nChecked in to Tuesday Breathwork"
    assert KIOSK_TONES["ok"].background in kiosk.result_page.styleSheet()
    with qtbot.waitSignal(kiosk.ready, timeout=3000):
        pass  # the shortened result time runs out
    assert not kiosk.showing_result
    assert scalar(db, "SELECT COUNT(*) FROM check_ins") == 1

    with qtbot.waitSignal(kiosk.checked, timeout=5000):  # the hidden field: typed, then Enter
        kiosk.paste_field.setText(old.token)
        qtbot.keyClick(kiosk.paste_field, Qt.Key.Key_Return)
    assert kiosk.paste_field.text() == ""
    assert kiosk.result_text() == (
        f"Sorry, Mateus\nPass expired on {format_day(old.valid_until)}\nPlease see the host."
    )
    assert KIOSK_TONES["refused"].background in kiosk.result_page.styleSheet()
    qtbot.waitSignal(kiosk.ready, timeout=3000).wait()


def escape(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.activateWindow()
    qtbot.keyClick(kiosk.paste_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: kiosk.pin_dialog is not None and kiosk.pin_dialog.isVisible())


def test_leaving_the_kiosk_needs_the_manager_pin(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.close()  # a window manager's close: ignored, it asks for the PIN instead
    assert kiosk.isVisible()
    qtbot.waitUntil(lambda: kiosk.pin_dialog is not None)
    assert kiosk.pin_dialog is not None
    kiosk.pin_dialog.reject()
    qtbot.waitUntil(lambda: kiosk.pin_dialog is None)

    escape(qtbot, kiosk)
    dialog = kiosk.pin_dialog
    assert dialog is not None and not dialog.reason_edit.isVisibleTo(dialog)
    dialog.pin_edit.setText("0000")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notice.tone == "danger")
    assert dialog.notice.text() == "That manager PIN is not right."
    assert kiosk.isVisible() and not kiosk.unlocked and dialog.isVisible()

    dialog.pin_edit.setText(MANAGER_PIN)
    with qtbot.waitSignal(kiosk.exited, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert kiosk.unlocked and not kiosk.isVisible()


def test_the_check_in_screen_opens_the_kiosk_and_hands_it_the_scans(
    qtbot: QtBot, screen: CheckInScreen, issue: Callable[..., passes.IssuedPass]
) -> None:
    ana = issue("Ana Lopez")
    with qtbot.waitSignal(screen.kiosk_opened) as blocker:
        kiosk = screen.open_kiosk(result_ms=150)
    assert blocker.args == [kiosk] and isinstance(kiosk, KioskWindow)
    qtbot.waitUntil(kiosk.isVisible)
    try:
        with qtbot.waitSignal(kiosk.checked, timeout=5000):
            screen.handle_scan(ana.token)  # the wedge still feeds the screen: the kiosk answers
        assert kiosk.result_text().startswith("Welcome, Ana")
        qtbot.waitUntil(lambda: screen.recent.count() == 1)  # the host sees it too
        qtbot.waitUntil(lambda: screen.seats.text() == "1 / 10")
    finally:
        kiosk.shutdown()
    assert QApplication.activeModalWidget() is None


@pytest.mark.qt_log_ignore("Couldn't (load|resolve) ", "Qt multimedia", "FFmpeg")
def test_the_camera_panel_feeds_the_same_handler(
    qtbot: QtBot,
    ctx: AppContext,
    db: Database,
    session_id: str,
    issue: Callable[..., passes.IssuedPass],
    tmp_path: Path,
) -> None:
    """A photo of a member's QR read by the embedded CameraPanel checks them in; with no
    camera on this machine the panel says so and the other two ways stay on screen."""
    camera = pytest.importorskip("popuppos.ui.camera_panel")
    scanner_module = pytest.importorskip("popuppos.ui.camera_scanner")
    segno = pytest.importorskip("segno")
    kwame = issue("Kwame Asante")
    photo = tmp_path / "pass.png"
    segno.make(kwame.token, error="m").save(str(photo), kind="png", scale=6, border=4)
    screen = CheckInScreen(ctx, session_id, now=lambda: DOOR)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.loads >= 1)
    panel = screen.camera.panel
    assert isinstance(panel, camera.CameraPanel)
    assert screen.entry.isVisible()  # typing or pasting is always there
    if not panel.camera_shown():
        assert panel.message.text() == camera.NO_CAMERA_TEXT
    try:
        with qtbot.waitSignal(screen.checked, timeout=10_000):
            panel.decode_photo(photo)
        assert screen.result.name.text() == "Welcome, Kwame"
        assert scalar(db, "SELECT COUNT(*) FROM check_ins") == 1
    finally:
        scanner_module.wait_for_decodes()
