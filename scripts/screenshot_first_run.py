"""Screenshots of the first-run setup (a middle step) and of Settings, rendered offscreen.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_first_run.py              # docs/screenshots/
    .venv/bin/python scripts/screenshot_first_run.py --out /tmp/shots --extra --theme dark

Writes ``first-run.png`` (step 2 of 7: the currency, on a new database) and
``settings.png`` (the Shop page, on the demo shop). ``--extra`` also writes every other
first-run step and every Settings page (``first-run-*.png``, ``settings-*.png``).
Databases are throwaway files in a temporary folder; nothing else is touched.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from shot_support import ROOT, SIZE, save, settle, wait_until

from popuppos.services.demo import load_demo_shop
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.app import apply_theme, make_application
from popuppos.ui.context import AppContext
from popuppos.ui.first_run import FirstRunWizard
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QLabel, QVBoxLayout, QWidget
from popuppos.ui.settings.dialog import SettingsDialog


def printer_placeholder(parent: QWidget) -> None:
    """Stands in for the printer helper's dialog: the step only calls it."""


def first_run(db: Database, out: Path, extra: bool, size: tuple[int, int]) -> None:
    ctx = AppContext(db=db, settings=get_settings(db))
    wizard = FirstRunWizard(ctx, printer_setup=printer_placeholder)
    wizard.resize(*size)
    wizard.show()
    settle()
    if extra:
        save(wizard, out / "first-run-welcome.png")
    wizard.welcome.own_button.click()
    wizard.name_page.edit.setText("Kiln & Thread")
    if extra:
        save(wizard, out / "first-run-name.png")
    wizard.next()
    wizard.money_page.currency_box.set_code("EUR")
    wizard.money_page.locale_box.set_code("en_IE")
    save(wizard, out / "first-run.png")
    if extra:
        names = ("tax-mode", "tax-rate", "pin", "hub", "printer", "done")
        wizard.next()
        for name in names:
            if name == "tax-rate":
                wizard.tax_rate_page.rate.edit.setText("23")
            if name == "pin":
                wizard.pin_page.pin.setText("246810")
                wizard.pin_page.again.setText("246810")
            save(wizard, out / f"first-run-{name}.png")
            if name == "hub":
                wizard.skip()
            elif name != "done":
                wizard.next()
    wizard.scanner.uninstall()
    wizard.hide()
    wizard.deleteLater()


def printer_page() -> QWidget:
    """Where the printer helper's page goes (``add_page``), for the picture only."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.addWidget(QLabel("The printer page is added here by the app."))
    box.addStretch(1)
    return page


def settings(db: Database, out: Path, extra: bool, size: tuple[int, int]) -> None:
    ctx = AppContext(db=db, settings=get_settings(db))
    dialog = SettingsDialog(ctx)
    dialog.resize(*size)
    dialog.show()
    wait_until(lambda: dialog.loaded)
    settle()
    save(dialog, out / "settings.png")
    if extra:
        for index in range(1, dialog.pages.count()):
            dialog.pages.setCurrentRow(index)
            settle()
            title = dialog.pages.item(index).text().lower().replace(" ", "-")
            save(dialog, out / f"settings-{title}.png")
    dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--extra", action="store_true")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--locale", default="", help="the shop's locale, e.g. de_DE (German)")
    parser.add_argument("--only-settings", action="store_true", help="skip the first-run pages")
    args = parser.parse_args()
    app = make_application(["screenshot"])
    if args.theme != "light":
        apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory() as tmp:
        new = open_database(Path(tmp) / "new.sqlite")
        demo = open_database(Path(tmp) / "demo.sqlite")
        try:
            if args.locale:
                from popuppos.services.shop import save_settings
                from popuppos.ui.i18n import apply_language

                apply_language(args.locale)
            if not args.only_settings:
                first_run(new, args.out, args.extra, SIZE)
            load_demo_shop(demo)
            if args.locale:
                save_settings(demo, locale=args.locale)
            settings(demo, args.out, args.extra, (1180, 780))
            wait_for_operations()
        finally:
            new.close()
            demo.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
