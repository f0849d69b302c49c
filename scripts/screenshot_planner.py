"""Render the 12-week planner with a plan applied (demo shop).

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_planner.py        # -> docs/screenshots/planner.png
    .venv/bin/python scripts/screenshot_planner.py --out /tmp/shots --theme dark --extra

A throwaway database gets the demo shop (its drops and sessions), the default 12-week
template applied from this week's Monday, two more plan events (a zine swap, a winter
market weekend), two drop windows and a run of member sessions; the planner is shown
offscreen at 1280 x 800 and grabbed. ``--extra`` also writes ``planner-template.png`` (the
"Plan 12 weeks from a template" dialog) and ``planner-event.png`` (a plan event open to
edit). Everything is saved as if planned last Monday, so nothing is refused as past.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

from shot_support import ROOT, SIZE, settle, wait_until

from popuppos.services import calendar, drops, planner
from popuppos.services.calendar import SessionSpec
from popuppos.services.catalog import catalog_items
from popuppos.services.demo import load_demo_shop
from popuppos.services.planner import EventKind, PlanEventSpec, at_local, monday_of
from popuppos.store.db import Database, open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.planner.planner_screen import PlannerScreen
from popuppos.ui.qt import QMainWindow, QWidget


def save(widget: QWidget, path: Path) -> None:
    image = widget.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"{path} ({image.width()}x{image.height()})")


def seed(db: Database) -> None:
    """The demo shop and twelve weeks of plan from this week's Monday."""
    load_demo_shop(db)
    today = date.today()
    monday = monday_of(today)
    seeded = at_local(monday - timedelta(days=7), clock(9))
    planner.apply_cadence(db, monday, now=seeded)
    for title, kind, first, last, starts, ends, venue in (
        ("Zine swap & tea", EventKind.FREE_EVENT, 16, 16, clock(17), clock(19), "The Courtyard"),
        ("Winter market weekend", EventKind.POPUP_DAY, 26, 27, clock(10), clock(17), "Old Mill"),
    ):
        spec = PlanEventSpec(
            kind,
            title,
            at_local(monday + timedelta(days=first), starts),
            at_local(monday + timedelta(days=last), ends),
            venue=venue,
        )
        planner.save_event(db, spec, now=seeded)

    variants = {item.name: item.variants[0].id for item in catalog_items(db)}
    drops.save_drop(
        db,
        drops.DropSpec(
            name="Riso print drop",
            price=2500,
            edition_size=40,
            public_start=at_local(today - timedelta(days=1), clock(12)),
            public_end=at_local(today + timedelta(days=4), clock(20)),
            parts=((variants["Morning Pages A3 Print"], 1),),
        ),
        now=seeded,
    )
    drops.save_drop(
        db,
        drops.DropSpec(
            name="Candle trio",
            price=4200,
            edition_size=25,
            members_first_minutes=24 * 60,
            public_start=at_local(monday + timedelta(days=24), clock(18)),
            public_end=at_local(monday + timedelta(days=31), clock(18)),
            parts=((variants["Stillness Soy Candle"], 1),),
        ),
        now=seeded,
    )
    for week in range(planner.PLAN_WEEKS):
        tuesday = monday + timedelta(weeks=week, days=1)
        if week % 2 == 0:
            breathwork = SessionSpec(
                "Tuesday Breathwork", at_local(tuesday, clock(18)), 60, 12, venue="Studio 2"
            )
            calendar.save_session(db, breathwork, now=seeded)
        if week in (1, 5, 9):
            supper = SessionSpec(
                "Members' supper club",
                at_local(tuesday + timedelta(days=3), clock(19, 30)),
                120,
                20,
                venue="Back room",
            )
            calendar.save_session(db, supper, now=seeded)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--extra", action="store_true", help="also the template dialog and an event dialog"
    )
    parser.add_argument("--locale", default="", help="the shop's locale, e.g. de_DE (German)")
    args = parser.parse_args()
    app = make_application(["screenshot"])
    if args.theme != "light":
        apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            seed(db)
            if args.locale:
                from popuppos.services.shop import save_settings
                from popuppos.ui.i18n import apply_language

                save_settings(db, locale=args.locale)
                apply_language(args.locale)
            window = QMainWindow()
            screen = PlannerScreen(build_context(db))
            window.setCentralWidget(screen)
            window.resize(*SIZE)
            window.show()
            wait_until(lambda: screen.loads > 0)
            settle()
            save(window, args.out / "planner.png")

            if args.extra:
                template = screen.plan_from_template()
                settle()
                save(template, args.out / "planner-template.png")
                template.reject()
                chip = next(c for c in screen.view.chips() if c.item.title == "Zine swap & tea")
                screen.open_item(chip.item)
                event = screen.dialog
                if event is None:
                    raise SystemExit("the plan event did not open")
                settle()
                save(event, args.out / "planner-event.png")
                event.reject()
            window.close()
            wait_for_operations()
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
