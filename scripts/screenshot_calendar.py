"""Screenshots of the member calendar, the check-in screen and the kiosk, rendered offscreen.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_calendar.py                 # docs/screenshots/
    .venv/bin/python scripts/screenshot_calendar.py --out /tmp/shots --extra

Writes ``calendar-week.png``, ``checkin.png``, ``kiosk-ok.png`` and ``kiosk-refused.png``
at 1280 x 800; ``--extra`` also writes ``calendar-month.png``, ``session-panel.png``,
``session-dialog.png`` and ``duplicates.png``. A throwaway database gets the demo shop,
two pass tiers, passes for the demo members and a week of sessions with bookings. The
screens' clock is set to this week's Tuesday (18:02 for the check-in), so the pictures
look the same whatever day they are made.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from shot_support import ROOT, SIZE, save, wait_until
from sqlalchemy import insert

from popuppos.core.ids import new_id
from popuppos.services import bookings, calendar, checkin, members, passes
from popuppos.services.calendar import SessionSpec, as_utc
from popuppos.services.demo import load_demo_shop
from popuppos.services.shop import get_settings, save_settings
from popuppos.store.db import Database, open_database
from popuppos.store.pass_models import CheckIn
from popuppos.ui.app import make_application
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QMainWindow, QWidget

EXTRA_MEMBERS = (
    "Aoife Byrne", "Ciarán Walsh", "Niamh Doyle", "Tomás Ruiz", "Lucía Fernández",
    "Ravi Menon", "Hana Sato", "Oisín Kelly", "Grace Okafor", "Jonas Berg",
)  # fmt: skip


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time as the naive UTC the services take."""
    return as_utc(datetime(day.year, day.month, day.day, hour, minute).astimezone())


class Demo:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.monday = date.today() - timedelta(days=date.today().weekday())
        self.tuesday = self.monday + timedelta(days=1)
        self.seeded_at = local(self.monday - timedelta(days=3), 9)
        self.tokens: dict[str, str] = {}
        self.sessions: dict[str, str] = {}

    def seed(self) -> None:
        db = self.db
        load_demo_shop(db)
        save_settings(db, device_name="Stall 1")
        circle = passes.save_tier(
            db,
            passes.TierSpec(
                name="Circle", code="CIRCLE", price=4500, validity_days=30, included_sessions=8
            ),
        )
        gold = passes.save_tier(
            db,
            passes.TierSpec(
                name="Gold", code="GOLD", price=12000, validity_days=90, one_to_one_minutes=120,
                discount_bp=1000,
            ),
        )  # fmt: skip
        people = [m.name for m in members.search_members(db, "", limit=50)]
        people += [members.create_member(db, name=n).name for n in EXTRA_MEMBERS]
        found = {m.name: m.id for m in members.search_members(db, "", limit=50)}
        start = self.monday - timedelta(days=10)
        for i, name in enumerate(people):
            tier = gold if i % 3 == 0 else circle
            valid_from = start - timedelta(days=60) if name.startswith("Mateus") else start
            issued = passes.issue_pass(
                db, tier_id=tier, member_id=found[name], actor="Aoife", valid_from=valid_from
            )
            self.tokens[name.split()[0]] = issued.token
        week = [self.monday + timedelta(days=n) for n in range(7)]
        plan = [
            ("Sunrise Breathwork", week[0], 7, 30, 45, "Studio 2", 10, (), ()),
            ("Beginners' Breath", week[0], 18, 30, 60, "Studio 1", 12, (), ()),
            ("Morning Pages Circle", week[1], 8, 0, 45, "The Courtyard", 10, (circle,), ()),
            ("Tuesday Breathwork", week[1], 18, 0, 60, "Studio 2", 12, (circle, gold), (gold,)),
            ("Lunchtime Reset", week[2], 12, 30, 30, "The Courtyard", 8, (), ()),
            ("Breath for Sleep", week[2], 20, 0, 45, "Studio 1", 14, (), ()),
            ("1:1 Breath Coaching", week[3], 16, 0, 30, "Back room", 1, (gold,), ()),
            ("Evening Wind-down Circle", week[3], 19, 0, 75, "Studio 2", 14, (circle,), ()),
            ("Sunrise Breathwork ", week[4], 7, 30, 45, "Studio 2", 10, (), ()),
            ("Friday Sound Bath", week[4], 18, 30, 60, "Studio 1", 16, (), ()),
            ("Saturday Slow Morning", week[5], 10, 0, 90, "The Courtyard", 20, (), ()),
            ("Breath & Journal", week[5], 14, 0, 60, "Studio 2", 6, (circle, gold), (gold,)),
            ("Sunday Stillness", week[6], 11, 0, 60, "Studio 1", 12, (), ()),
            ("Slow Sunday Walk", week[6], 15, 0, 90, "Meet at the Courtyard", 20, (), ()),
        ]
        for title, day, h, m, minutes, venue, cap, tiers, priority in plan:
            self.sessions[title] = calendar.save_session(
                db,
                SessionSpec(
                    title=title, starts_at=local(day, h, m), duration_minutes=minutes,
                    capacity=cap, venue=venue, tier_ids=tiers, priority_tier_ids=priority,
                    opens_to_all_at=local(day - timedelta(days=2), 9) if priority else None,
                    minutes_cost=30 if title.startswith("1:1") else 0,
                ),
                now=self.seeded_at,
            )  # fmt: skip
        names = list(self.tokens)
        self.book("Tuesday Breathwork", names[:8])
        self.book("Sunrise Breathwork", names[3:9])
        self.book("Lunchtime Reset", names[:10])  # 8 seats: two on the waitlist
        self.book("1:1 Breath Coaching", ["Zoë"])
        self.book("Evening Wind-down Circle", names[5:11])
        self.book("Friday Sound Bath", names[2:13])
        self.book("Saturday Slow Morning", names[1:5])
        self.book("Beginners' Breath", names[8:12])
        self.book("Morning Pages Circle", names[2:7])
        self.book("Breath for Sleep", names[4:13])
        self.book("Sunrise Breathwork ", names[0:3])
        self.book("Slow Sunday Walk", names[6:16])
        self.book("Breath & Journal", names[:6] + names[10:12])
        calendar.cancel_session(db, self.sessions["Sunday Stillness"], reason="venue closed")

    def book(self, title: str, people: list[str]) -> None:
        for name in people:
            if name.startswith("Mateus"):
                continue  # his pass has expired
            moment = local(self.monday - timedelta(days=1), 12)  # Sunday noon
            try:
                bookings.book_seat(
                    self.db, self.sessions[title], pass_text_or_id=self.tokens[name], now=moment
                )
            except Exception as exc:  # a tier not allowed: the picture does without them
                print(f"  ({name} not booked on {title}: {exc})")

    def door(self) -> datetime:
        return local(self.tuesday, 18, 2)

    def check_in_some(self) -> None:
        """A few people through the door, and one duplicate from an offline second stall."""
        sid = self.sessions["Tuesday Breathwork"]
        for i, name in enumerate(("Kwame", "Priya", "Siobhán", "Aoife")):
            checkin.check_in(
                self.db,
                sid,
                self.tokens[name],
                now=self.door() - timedelta(minutes=20 - 3 * i),
                device_name="Stall 2" if i % 2 else "Stall 1",
            )
        first = next(
            b for b in bookings.bookings_for(self.db, sid) if b.member_name.startswith("Kwame")
        )
        with self.db.write() as conn:  # as sync would bring it in from the other stall
            conn.execute(
                insert(CheckIn),
                {
                    "id": new_id(), "session_id": sid, "pass_id": first.pass_id,
                    "member_id": first.member_id, "device_name": "Stall 3",
                    "minutes_debited": 0, "device_id": new_id(),
                    "created_at": self.door() - timedelta(minutes=11),
                },
            )  # fmt: skip


def in_window(screen: QWidget) -> QMainWindow:
    """A screen as the main window hosts it (the window gives the page its background)."""
    window = QMainWindow()
    window.setCentralWidget(screen)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--extra", action="store_true", help="also month, panel, dialog ...")
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    parser.add_argument("--locale", default="", help="the shop's locale, e.g. de_DE (German)")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()

    from popuppos.ui.app import apply_theme
    from popuppos.ui.calendar.calendar_screen import CalendarScreen
    from popuppos.ui.calendar.checkin_screen import CheckInScreen
    from popuppos.ui.calendar.kiosk import KioskWindow

    app = make_application([sys.argv[0]])
    apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            demo = Demo(db)
            demo.seed()
            if args.locale:
                from popuppos.services.shop import save_settings
                from popuppos.ui.i18n import apply_language

                save_settings(db, locale=args.locale)
                apply_language(args.locale)
            ctx = AppContext(db=db, settings=get_settings(db), cashier="Aoife")
            noon = local(demo.tuesday, 12)

            screen = CalendarScreen(ctx, now=lambda: noon)
            calendar_window = in_window(screen)
            wait_until(lambda: screen.loads >= 1)
            save(calendar_window, out / "calendar-week.png", size=SIZE)

            demo.check_in_some()
            door = CheckInScreen(ctx, demo.sessions["Tuesday Breathwork"], now=demo.door)
            wait_until(lambda: door.loads >= 1)
            for name in ("Mateus", "Kwame", "Zoë"):
                door.handle_scan(demo.tokens[name])
            wait_until(lambda: door.recent.count() >= 3 and not door.queue.busy)
            wait_until(lambda: door.loads >= 2)
            door_window = in_window(door)
            save(door_window, out / "checkin.png", size=SIZE)

            sid = demo.sessions["Tuesday Breathwork"]
            kiosk = KioskWindow(ctx, sid, result_ms=600_000, now=demo.door)
            kiosk.resize(*SIZE)
            kiosk.show()
            kiosk.handle_scan(demo.tokens["Lucía"])
            wait_until(lambda: kiosk.showing_result)
            save(kiosk, out / "kiosk-ok.png", size=SIZE)
            kiosk.handle_scan(demo.tokens["Mateus"])
            wait_until(lambda: kiosk.last_result is not None and not kiosk.last_result.ok)
            save(kiosk, out / "kiosk-refused.png", size=SIZE)
            if args.extra:
                kiosk.show_ready()
                save(kiosk, out / "kiosk-ready.png", size=SIZE)
                _extra(screen, calendar_window, door, out)
            kiosk.shutdown()
            for w in (calendar_window, door_window):
                w.close()
        finally:
            wait_for_operations()
            db.close()
    return 0


def _extra(screen: QWidget, window: QMainWindow, door: QWidget, out: Path) -> None:
    from popuppos.ui.calendar.calendar_screen import MONTH, CalendarScreen
    from popuppos.ui.calendar.checkin_screen import CheckInScreen

    assert isinstance(screen, CalendarScreen) and isinstance(door, CheckInScreen)
    sid = door.session_id
    panel = screen.open_session(sid)
    wait_until(lambda: panel.loads >= 1)
    save(panel, out / "session-panel.png", size=(820, 640))
    panel.accept()
    dialog = screen.new_session()
    dialog.title_edit.setText("Full Moon Breathwork")
    dialog.venue_edit.setText("The Courtyard")
    wait_until(lambda: dialog.tiers is not None)
    dialog.priority.tick("Gold")
    dialog.allowed.tick("Gold")
    save(dialog, out / "session-dialog.png", size=(900, 600))
    dialog.reject()
    loads = screen.loads
    screen.set_mode(MONTH)
    wait_until(lambda: screen.loads > loads)
    save(window, out / "calendar-month.png", size=SIZE)
    duplicates = door.show_duplicates()
    wait_until(lambda: duplicates.duplicates is not None)
    save(duplicates, out / "duplicates.png", size=(720, 460))
    duplicates.accept()


if __name__ == "__main__":
    raise SystemExit(main())
