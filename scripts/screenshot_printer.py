"""The receipt printer dialog and thermal receipts of the demo shop, rendered offscreen.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_printer.py                # docs/screenshots/
    .venv/bin/python scripts/screenshot_printer.py --out /tmp/shots

Writes ``printer-settings.png`` (Shop → Receipt printer…, a network printer on 80 mm paper
with the shop's logo), ``receipt-printer-off.png`` (the sell screen right after a cash sale
when the receipt printer is switched off: the sale is done, the message and Reprint wait
beside it) and ``thermal-receipt-58.png`` / ``thermal-receipt-80.png``: a demo
sale's receipt as the ESC/POS bytes sent to the printer, read back into a picture by
``documents.escpos_preview`` (the member's name is printed as an image, the rest as text
in code page CP858). The database is a throwaway file; nothing else is touched.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

from shot_support import ROOT, SIZE, save, say, sku_line, wait_until

from popuppos.core.cart import Cart
from popuppos.core.tender import cash_for
from popuppos.documents.escpos_preview import render_png
from popuppos.documents.escpos_writer import PAPERS
from popuppos.resources import resource_path
from popuppos.services import catalog, checkout, members, shifts
from popuppos.services.demo import load_demo_shop
from popuppos.services.printer_settings import (
    PrinterSettings,
    prepare_logo,
    save_printer_settings,
)
from popuppos.services.printing import sale_receipt_bytes
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.app import make_application
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations


def seed(db: Database) -> str:
    """The demo shop, a printer set up, and one cash sale to a member; the sale's id."""
    load_demo_shop(db)
    shifts.open_shift(db, opened_by="Aoife", opening_float=15_000)
    logo = prepare_logo(resource_path("icons", "popuppos-256.png"))
    save_printer_settings(
        db,
        PrinterSettings(
            kind="network",
            network_address="192.168.1.50:9100",
            paper_mm=80,
            logo_png=logo,
            receipt_link="https://sunrise.example/r/{sale_id}",
        ),
    )
    member = members.create_member(db, name="Δήμητρα Παπαδοπούλου")
    cart = Cart(tax_inclusive=True)
    for ln in (sku_line(db, "SMS-TEE-M-OAT"), sku_line(db, "SMS-MUG-CREAM", 2)):
        cart.add(ln)
    cart.set_member(member.id, member.name)
    total = cart.priced().total
    sale = checkout.complete_sale(db, cart, [cash_for(total, 10_000)], cashier="Aoife")
    return sale.id


def printer_off(ctx: AppContext, path: Path) -> None:
    """A cash sale while the printer at localhost:9 is off (nothing listens there)."""
    from popuppos.services.printer_settings import get_printer_settings
    from popuppos.ui.qt import QMainWindow
    from popuppos.ui.sell.sell_screen import SellScreen

    off = dataclasses.replace(get_printer_settings(ctx.db), network_address="localhost:9")
    save_printer_settings(ctx.db, off)
    window = QMainWindow()
    screen = SellScreen(ctx)
    window.setCentralWidget(screen)
    window.resize(*SIZE)
    window.show()
    wait_until(lambda: screen.loaded)
    items = {i.name: i for i in catalog.catalog_items(ctx.db)}
    tee = items["Slow Mornings Tee"]
    screen.controller.add(tee, tee.variants[4])
    mug = items["Morning Ritual Mug"]
    screen.controller.add(mug, mug.variants[0])
    screen.ask_tip = False
    screen.pay()
    tender = screen.tender_dialog()
    assert tender is not None
    tender.cash_button.click()
    tender.quick_buttons[-1].click()
    bar = screen.receipt.thermal
    wait_until(lambda: screen.showing_receipt and bar.banner.tone == "danger")
    save(window, path)
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()

    from popuppos.services.printer_settings import get_printer_settings
    from popuppos.ui.printing.printer_dialog import PrinterSettingsDialog

    _app = make_application([sys.argv[0]])  # kept while the screens are drawn
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            sale_id = seed(db)
            settings = get_printer_settings(db)
            for mm in (58, 80):
                wanted = dataclasses.replace(settings, paper_mm=mm)
                stream = sale_receipt_bytes(db, sale_id, wanted, first_print=True)
                target = out / f"thermal-receipt-{mm}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(render_png(stream, PAPERS[mm]))
                say(target)

            ctx = AppContext(db=db, settings=get_settings(db), cashier="Aoife")
            dialog = PrinterSettingsDialog(ctx)
            dialog.resize(1120, 760)
            wait_until(lambda: dialog.preview.png is not None)
            dialog.show()
            save(dialog, out / "printer-settings.png")
            dialog.close()
            printer_off(ctx, out / "receipt-printer-off.png")
        finally:
            wait_for_operations()
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
