"""Every main screen of PopupPOS at 1280 x 800, light and dark, from the demo shop.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_all.py        # docs/screenshots/{light,dark}/*.png
    .venv/bin/python scripts/screenshot_all.py --theme dark --only sell settings
    .venv/bin/python scripts/screenshot_all.py --out /tmp/shots

Each theme is drawn in a process of its own (nothing built for one theme leaks into the
other). A throwaway database gets the demo shop, an open shift, a day of real sales,
venue partners with a statement (as ``screenshot_partners.py`` seeds them) and a week of
backups (as ``screenshot_backups.py`` makes them); the main window then shows each
top-bar screen (the sale in progress with a member attached), and Settings, Venue
partners, Backups and the first-run setup (on a new, empty database) are opened over it.
Writes: sell, drops, live, calendar, planner, metrics, settings, appearance, partners,
backups, first-run (``<out>/<theme>/<name>.png``).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from shot_support import ROOT, SIZE, save, settle, wait_until

from popuppos.services.appearance import save_appearance
from popuppos.services.catalog import catalog_items
from popuppos.services.members import search_members
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.context import AppContext
from popuppos.ui.main_window import MainWindow
from popuppos.ui.operations import wait_for_operations

SHOTS = ROOT / "docs" / "screenshots"
TABS = ("sell", "drops", "live", "calendar", "planner", "metrics")
DIALOGS = ("settings", "appearance", "partners", "backups", "first-run")
SCREENS = TABS + DIALOGS


def sibling(name: str) -> ModuleType:
    """Another screenshot script of this folder, for its seeding functions."""
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"_shots_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mid_sale(window: MainWindow, db: Database) -> None:
    """Four items in the cart and a member attached, as at a busy moment."""
    screen = window.sell_screen
    items = {i.name: i for i in catalog_items(db)}
    tee = items["Slow Mornings Tee"]
    screen.controller.add(tee, tee.variants[4])
    mug = items["Morning Ritual Mug"]
    screen.controller.add(mug, mug.variants[0])
    screen.controller.add(mug, mug.variants[0])
    stickers = items["Box Breathing Sticker Sheet"]
    screen.controller.add(stickers, stickers.variants[0])
    members = search_members(db, "Zoë")
    if members:
        screen.controller.set_member(members[0])


def show_tab(window: MainWindow, name: str) -> None:
    if name == "sell":
        window.show_sell()
        return
    if name == "calendar":
        window.show_calendar()
        calendar = window.calendar_screen
        wait_until(lambda: int(getattr(calendar, "loads", 0)) > 0)
        return
    screen = window.show_screen(name)
    wait_until(lambda: int(getattr(screen, "loads", 0)) > 0)


def settings_dialog(window: MainWindow, ctx: AppContext, out: Path, wanted: set[str]) -> None:
    from popuppos.ui.settings.appearance_page import AppearancePage
    from popuppos.ui.settings.dialog import PAGE_WIDTH, SettingsDialog

    dialog = SettingsDialog(ctx, window, scanner=window.scanner)
    page = AppearancePage(ctx)
    dialog.add_page("Appearance", page, max_width=PAGE_WIDTH)  # as the main window adds it
    dialog.resize(*SIZE)
    dialog.show()
    wait_until(lambda: dialog.loaded and page.loaded)
    settle()
    if "settings" in wanted:
        save(dialog, out / "settings.png")
    if "appearance" in wanted:
        dialog.show_page("Appearance")
        settle()
        save(dialog, out / "appearance.png")
    dialog.reject()


def partners_dialog(window: MainWindow, ctx: AppContext, out: Path) -> None:
    from popuppos.ui.partners import open_venue_partners

    dialog = open_venue_partners(window, ctx)
    dialog.resize(*SIZE)
    wait_until(lambda: dialog.loaded and dialog.current is not None)
    settle()
    save(dialog, out / "partners.png")
    dialog.close()


def backups_dialog(window: MainWindow, ctx: AppContext, out: Path) -> None:
    from popuppos.ui.backups.backups_dialog import open_backups

    dialog = open_backups(window, ctx)
    dialog.resize(*SIZE)
    wait_until(lambda: dialog.panel.loads >= 1)
    settle()
    save(dialog, out / "backups.png")
    dialog.close()


def first_run(db: Database, out: Path) -> None:
    from popuppos.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(AppContext(db=db, settings=get_settings(db)), printer_setup=print)
    wizard.resize(*SIZE)
    wizard.show()
    settle()
    save(wizard, out / "first-run.png")
    wizard.scanner.uninstall()
    wizard.hide()
    wizard.deleteLater()


def shoot(theme: str, out: Path, wanted: set[str]) -> None:
    app = make_application(["screenshot"])
    apply_theme(app, theme)
    partners_seed = sibling("screenshot_partners")
    backups_seed = sibling("screenshot_backups")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shop.sqlite"
        db = open_database(path)
        new = open_database(Path(tmp) / "new.sqlite")
        try:
            partners_seed.seed(db)  # the demo shop, a shift, sales, partners, a statement
            backups_seed.a_week_of_backups(path)
            save_appearance(db, theme)  # Settings → Appearance shows the theme drawn
            ctx = build_context(db)
            window = MainWindow(ctx)
            window.resize(*SIZE)
            window.show()
            if not window.sell_screen_ready():
                raise SystemExit("the sell screen did not load")
            mid_sale(window, db)
            for name in TABS:
                if name in wanted:
                    show_tab(window, name)
                    settle(0.6)  # product pictures load on a worker
                    save(window, out / f"{name}.png")
            window.show_sell()
            if wanted & {"settings", "appearance"}:
                settings_dialog(window, ctx, out, wanted)
            if "partners" in wanted:
                partners_dialog(window, ctx, out)
            if "backups" in wanted:
                backups_dialog(window, ctx, out)
            if "first-run" in wanted:
                first_run(new, out)
            window.close()
            wait_for_operations()
        finally:
            new.close()
            db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=SHOTS, help="writes <out>/<theme>/*.png")
    parser.add_argument("--theme", choices=("light", "dark", "both"), default="both")
    parser.add_argument("--only", nargs="+", choices=SCREENS, default=list(SCREENS))
    args = parser.parse_args()
    if args.theme == "both":
        for theme in ("light", "dark"):
            command = [sys.executable, __file__, "--theme", theme, "--out", str(args.out)]
            code = subprocess.call([*command, "--only", *args.only])
            if code:
                return code
        return 0
    shoot(args.theme, args.out / args.theme, set(args.only))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
