"""The member calendar end to end: real widgets, a real SQLite file, the services underneath."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import scalar
from popuppos.services import calendar, members, passes
from popuppos.services.calendar import SessionSpec, as_utc
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.calendar.calendar_screen import MONTH, CalendarScreen
from popuppos.ui.calendar.session_dialog import SessionDialog
from popuppos.ui.calendar.session_panel import SessionPanel
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QDate, Qt, QTime

TOMORROW = date.today() + timedelta(days=1)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return as_utc(datetime.combine(day, time(hour, minute)).astimezone())


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    wait_for_operations()
    database.close()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, settings=get_settings(db))


@pytest.fixture
def tiers(db: Database) -> dict[str, str]:
    return {
        code: passes.save_tier(
            db, passes.TierSpec(name=code.title(), code=code, price=5000, validity_days=30)
        )
        for code in ("GOLD", "CIRCLE")
    }


def holder(db: Database, name: str, tier_id: str) -> str:
    """A member with a pass of ``tier_id``; returns the pass's token (what a scan reads)."""
    member = members.create_member(db, name=name)
    return passes.issue_pass(db, tier_id=tier_id, member_id=member.id, actor="Ann").token


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, tiers: dict[str, str]) -> CalendarScreen:
    widget = CalendarScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.show_week_of(TOMORROW)  # tomorrow's week (next week's, on a Sunday)
    qtbot.waitUntil(lambda: widget.loads >= 1)
    return widget


def reload_done(qtbot: QtBot, screen: CalendarScreen, before: int) -> None:
    qtbot.waitUntil(lambda: screen.loads > before)


def seats_on_card(screen: CalendarScreen, day: date = TOMORROW) -> str:
    cards = screen.week_view.cards.get(day, [])
    return cards[0].seats_label.text() if cards else ""


def fill(dialog: SessionDialog, title: str, day: date, *, capacity: int = 12) -> None:
    dialog.title_edit.setText(title)
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.time_edit.setTime(QTime(18, 0))
    dialog.duration.setValue(60)
    dialog.venue_edit.setText("Studio 2")
    dialog.capacity.setValue(capacity)


def saved_session(db: Database, title: str) -> calendar.SessionInfo:
    found = calendar.sessions_between(db, local(TOMORROW, 0), local(TOMORROW + timedelta(2), 0))
    return next(s for s in found if s.title == title)


def open_panel(qtbot: QtBot, screen: CalendarScreen, session_id: str) -> SessionPanel:
    panel = screen.open_session(session_id)
    qtbot.waitUntil(lambda: panel.loads >= 1)
    return panel


def book(qtbot: QtBot, panel: SessionPanel, token: str) -> None:
    loads = panel.loads
    panel.entry.field.setText(token)
    qtbot.keyClick(panel.entry.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.loads > loads)


# -- creating a session --------------------------------------------------------------------
def test_a_session_made_in_the_dialog_shows_on_its_day_with_counts_and_tiers(
    qtbot: QtBot, screen: CalendarScreen, db: Database
) -> None:
    dialog = screen.new_session()
    qtbot.waitUntil(lambda: dialog.allowed.count() == 2)
    fill(dialog, "Tuesday Breathwork", TOMORROW, capacity=12)
    dialog.allowed.tick("Gold")
    loads = screen.loads
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    reload_done(qtbot, screen, loads)

    assert not dialog.isVisible()
    s = saved_session(db, "Tuesday Breathwork")
    assert s.capacity == 12 and s.venue == "Studio 2" and s.duration_minutes == 60
    assert s.starts_at == local(TOMORROW, 18)
    assert screen.mode == "week" and TOMORROW in screen.week_view.cards
    [card] = screen.week_view.cards[TOMORROW]
    assert card.title_label.text() == "Tuesday Breathwork"
    assert card.time_label.text() == "18:00–19:00"
    assert card.seats_label.text() == "0/12 booked"
    assert card.chip_texts == ["Gold"]
    others = [d for d, cards in screen.week_view.cards.items() if cards and d != TOMORROW]
    assert others == []
    assert "Saved Tuesday Breathwork" in screen.banner.text()


def test_the_month_view_shows_the_session_on_its_day(
    qtbot: QtBot, screen: CalendarScreen, db: Database
) -> None:
    calendar.save_session(
        db, SessionSpec("Full Moon Circle", local(TOMORROW, 19, 30), 60, capacity=8)
    )
    loads = screen.loads
    screen.set_mode(MONTH)
    reload_done(qtbot, screen, loads)
    assert screen.stack.currentWidget() is screen.month_view
    cell = screen.month_view.cells[TOMORROW]
    assert [line.plain for line in cell.lines] == ["19:30 Full Moon Circle"]
    assert screen.range_label.text().startswith(screen.anchor.strftime("%B"))
    # a day's cell opens its week
    loads = screen.loads
    cell.chosen.emit(TOMORROW)
    reload_done(qtbot, screen, loads)
    assert screen.mode == "week" and len(screen.week_view.cards[TOMORROW]) == 1


def test_the_dialog_says_what_is_wrong_inline_and_saves_nothing(
    qtbot: QtBot, screen: CalendarScreen, db: Database, tiers: dict[str, str]
) -> None:
    dialog = screen.new_session()
    qtbot.waitUntil(lambda: dialog.allowed.count() == 2)
    yesterday = date.today() - timedelta(days=1)
    fill(dialog, "", yesterday)
    dialog.allowed.tick("Circle")
    dialog.priority.tick("Gold")  # priority for a tier the session does not allow
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.title_error.text() == "Give the session a title."
    assert dialog.when_error.text() == "Pick a start in the future."
    assert "must also be ticked" in dialog.priority_error.text()
    assert not dialog.save_button.isEnabled()
    # fixing a field clears its message as the host types
    dialog.title_edit.setText("Breath & Journal")
    assert dialog.title_error.isHidden()
    dialog.date_edit.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))
    dialog.allowed.tick("Gold")
    assert dialog.when_error.isHidden() and dialog.priority_error.isHidden()
    assert dialog.save_button.isEnabled()
    assert scalar(db, "SELECT COUNT(*) FROM member_sessions") == 0


def test_a_refusal_from_the_service_shows_in_the_dialog(
    qtbot: QtBot, screen: CalendarScreen, db: Database, tiers: dict[str, str]
) -> None:
    dialog = screen.new_session()
    qtbot.waitUntil(lambda: dialog.allowed.count() == 2)
    fill(dialog, "Gold Hour", TOMORROW)
    dialog.allowed.tick("Gold")
    with db.write() as conn:  # the tier goes while the dialog is open (another stall synced)
        conn.exec_driver_sql("UPDATE pass_tiers SET id = 'gone' WHERE code = 'GOLD'")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notice.isVisible() and dialog.notice.tone == "danger")
    assert "no longer exists" in dialog.notice.text()
    assert dialog.isVisible()
    assert scalar(db, "SELECT COUNT(*) FROM member_sessions") == 0


# -- booking ---------------------------------------------------------------------------------
def test_booking_by_pasting_a_pass_then_the_waitlist_when_full(
    qtbot: QtBot, screen: CalendarScreen, db: Database, tiers: dict[str, str]
) -> None:
    sid = calendar.save_session(
        db, SessionSpec("Tuesday Breathwork", local(TOMORROW, 18), 60, capacity=2)
    )
    tokens = [holder(db, name, tiers["GOLD"]) for name in ("Ana Lopez", "Ben Ode", "Cy Li")]
    panel = open_panel(qtbot, screen, sid)

    book(qtbot, panel, tokens[0])
    assert panel.notice.tone == "success"
    assert panel.notice.text().startswith("Ana has a seat at Tuesday Breathwork")
    assert panel.lines()[0].startswith("Ana Lopez — booked")
    assert panel.seats_value.text() == "1/2 booked"
    panel.accept()
    qtbot.waitUntil(lambda: seats_on_card(screen) == "1/2 booked")  # the calendar reloaded

    panel = open_panel(qtbot, screen, sid)
    book(qtbot, panel, tokens[1])
    book(qtbot, panel, tokens[2])
    assert panel.notice.tone == "warning"
    assert panel.notice.text() == "Tuesday Breathwork is full: Cy is number 1 on the waitlist."
    assert panel.lines()[2].startswith("Waitlist 1 · Cy Li")
    assert panel.waiting_value.text() == "1"
    panel.accept()
    qtbot.waitUntil(lambda: seats_on_card(screen) == "2/2 booked · 1 waiting")
    [card] = screen.week_view.cards[TOMORROW]
    assert card.chip_texts == ["All members"]
    assert scalar(db, "SELECT COUNT(*) FROM bookings") == 3


def test_cancelling_a_booking_asks_twice_and_promotes_the_waitlist(
    qtbot: QtBot, screen: CalendarScreen, db: Database, tiers: dict[str, str]
) -> None:
    sid = calendar.save_session(db, SessionSpec("Sound Bath", local(TOMORROW, 18), 60, capacity=1))
    ana, ben = (holder(db, n, tiers["CIRCLE"]) for n in ("Ana Lopez", "Ben Ode"))
    panel = open_panel(qtbot, screen, sid)
    book(qtbot, panel, ana)
    book(qtbot, panel, ben)
    panel.list.setCurrentRow(0)
    assert panel.cancel_booking_button.isVisibleTo(panel)
    qtbot.mouseClick(panel.cancel_booking_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_booking_button.text() == "Yes, cancel Ana's booking"
    assert scalar(db, "SELECT COUNT(*) FROM booking_cancellations") == 0
    loads = panel.loads
    qtbot.mouseClick(panel.cancel_booking_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.loads > loads)
    assert panel.notice.text() == (
        "Cancelled Ana's booking. Ben moved up from the waitlist to a seat."
    )
    assert [line.split(" — ")[0] for line in panel.lines()] == ["Ben Ode"]


def test_a_scan_books_into_the_open_session_and_priority_tiers_book_first(
    qtbot: QtBot, screen: CalendarScreen, db: Database, tiers: dict[str, str]
) -> None:
    sid = calendar.save_session(
        db,
        SessionSpec(
            "Breath & Journal",
            local(TOMORROW, 18),
            60,
            capacity=6,
            tier_ids=(tiers["GOLD"], tiers["CIRCLE"]),
            priority_tier_ids=(tiers["GOLD"],),
            opens_to_all_at=local(TOMORROW, 9),
        ),
    )
    gold, circle = holder(db, "Zoë Brennan", tiers["GOLD"]), holder(db, "Kwame", tiers["CIRCLE"])
    screen.handle_scan(gold)  # no session open: nothing booked, the host is told how
    assert "open a session first" in screen.banner.text()
    panel = open_panel(qtbot, screen, sid)
    assert "Priority tiers book first" in panel.priority_label.text()
    loads = panel.loads
    screen.handle_scan(gold)
    qtbot.waitUntil(lambda: panel.loads > loads)
    assert panel.lines()[0].startswith("Zoë Brennan — booked")
    screen.handle_scan(circle)
    qtbot.waitUntil(lambda: panel.notice.tone == "danger")
    assert "Circle passes cannot book before then" in panel.notice.text()
    assert scalar(db, "SELECT COUNT(*) FROM bookings") == 1


def test_start_check_in_leaves_the_calendar_with_the_session(
    qtbot: QtBot, screen: CalendarScreen, db: Database
) -> None:
    sid = calendar.save_session(db, SessionSpec("Sound Bath", local(TOMORROW, 18), 60, capacity=4))
    panel = open_panel(qtbot, screen, sid)
    with qtbot.waitSignal(screen.check_in_requested) as blocker:
        qtbot.mouseClick(panel.check_in_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [sid]
    assert not panel.isVisible()


def test_a_cancelled_session_is_marked_on_the_calendar(
    qtbot: QtBot, screen: CalendarScreen, db: Database
) -> None:
    sid = calendar.save_session(db, SessionSpec("Sound Bath", local(TOMORROW, 18), 60, capacity=4))
    panel = open_panel(qtbot, screen, sid)
    qtbot.mouseClick(panel.cancel_session_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_session_button.text() == "Yes, cancel the session"
    qtbot.mouseClick(panel.cancel_session_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seats_on_card(screen) == "Cancelled")
    qtbot.waitUntil(lambda: not panel.check_in_button.isEnabled())
    assert panel.title.text() == "Sound Bath  (cancelled)"
    assert screen.week_view.cards[TOMORROW][0].session.cancelled


def test_editing_a_session_from_its_panel(
    qtbot: QtBot, screen: CalendarScreen, db: Database, tiers: dict[str, str]
) -> None:
    sid = calendar.save_session(
        db, SessionSpec("Sound Bath", local(TOMORROW, 18), 45, capacity=4, venue="Studio 1")
    )
    panel = open_panel(qtbot, screen, sid)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_edit.text() == "Sound Bath" and dialog.capacity.value() == 4
    assert dialog.duration.value() == 45 and dialog.venue_edit.text() == "Studio 1"
    assert dialog.time_edit.time() == QTime(18, 0)
    dialog.capacity.setValue(6)
    loads = panel.loads
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.loads > loads)
    assert panel.seats_value.text() == "0/6 booked"
    qtbot.waitUntil(lambda: seats_on_card(screen) == "0/6 booked")
    assert scalar(db, "SELECT COUNT(*) FROM member_sessions") == 1
