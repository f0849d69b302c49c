"""Screenshots of the back-office dialogs on a seeded demo shop, rendered offscreen.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_backoffice.py                # docs/screenshots/
    .venv/bin/python scripts/screenshot_backoffice.py --out /tmp/shots --extra

Writes ``close-shift.png`` (a shift with a few sales, counted €4.50 short, with a note) and
``refund.png`` (a split-tender sale with a tip, part of it chosen for refund). ``--extra``
also writes ``pin.png``, ``history.png``, ``void.png`` and ``catalog-import.png``.
The database is a throwaway file in a temporary folder; nothing else is touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from shot_support import ROOT, save, sku_line, wait_until

from popuppos.core.cart import Cart, CartLine
from popuppos.core.tender import Tender, TenderMethod, cash_for
from popuppos.services import checkout, members, refunds, shifts
from popuppos.services.checkout import CompletedSale
from popuppos.services.demo import DEMO_MANAGER_PIN, load_demo_shop
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.app import make_application
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations

CASHIER = "Aoife"


def sell(
    db: Database,
    lines: list[CartLine],
    pay: Callable[[int], list[Tender]],
    tip: int = 0,
    member: str = "",
) -> CompletedSale:
    cart = Cart(tax_inclusive=True)
    for ln in lines:
        cart.add(ln)
    if member:
        found = members.search_members(db, member, limit=1)
        if found:
            cart.set_member(found[0].id, found[0].name)
    return checkout.complete_sale(
        db, cart, pay(cart.priced().total + tip), tip=tip, cashier=CASHIER
    )


def card(due: int) -> list[Tender]:
    return [Tender(TenderMethod.CARD, due, reference="•••• 4242")]


def cash(due: int) -> list[Tender]:
    return [cash_for(due, ((due + 999) // 1000) * 1000)]


def split(due: int) -> list[Tender]:
    return [Tender(TenderMethod.CARD, due - 2000, reference="•••• 1881"), cash_for(2000, 2000)]


def seed(db: Database) -> dict[str, CompletedSale]:
    load_demo_shop(db)
    shifts.open_shift(db, opened_by=CASHIER, opening_float=15_000)
    sales = {
        "tee_mugs": sell(
            db,
            [sku_line(db, "SMS-TEE-M-OAT"), sku_line(db, "SMS-MUG-CREAM", 2)],
            card,
            tip=300,
            member="Zoë",
        ),
        "hoodie": sell(db, [sku_line(db, "SMS-HOOD-L-SAGE")], cash),
        "gifts": sell(
            db,
            [
                sku_line(db, "SMS-TOTE-NAT"),
                sku_line(db, "SMS-PIN-SUN", 2),
                sku_line(db, "SMS-STK-SHEET", 3),
                sku_line(db, "SMS-CRD-40"),
            ],
            split,
            tip=200,
            member="Kwame",
        ),
        "bottle_tea": sell(
            db, [sku_line(db, "SMS-BTL-500-DUSK"), sku_line(db, "SMS-TEA-CALM", 2)], card
        ),
        "journal": sell(db, [sku_line(db, "SMS-JRN-90D")], cash, member="Mateus"),
        "cap": sell(db, [sku_line(db, "SMS-CAP-SAND")], cash),
    }
    first = refunds.sale_for_refund(db, sales["tee_mugs"].id)
    mug = next(ln for ln in first.lines if ln.name.endswith("Mug"))
    refunds.refund_sale(
        db,
        sales["tee_mugs"].id,
        {mug.sale_line_id: 1},
        refund_tip=False,
        reason="Chipped rim",
        cashier=CASHIER,
        manager_pin=DEMO_MANAGER_PIN,
    )
    gifts = refunds.sale_for_refund(db, sales["gifts"].id)
    pins = next(ln for ln in gifts.lines if "Pin" in ln.name)
    refunds.refund_sale(
        db,
        sales["gifts"].id,
        {pins.sale_line_id: 1},
        refund_tip=False,
        reason="Clasp bent",
        cashier=CASHIER,
        manager_pin=DEMO_MANAGER_PIN,
    )
    return sales


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--extra", action="store_true", help="also the PIN, history, void ...")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()

    from popuppos.ui.backoffice.refund_dialog import RefundDialog
    from popuppos.ui.backoffice.shift_dialogs import CloseShiftDialog

    _app = make_application([sys.argv[0]])  # kept while the dialogs are drawn
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            sales = seed(db)
            ctx = AppContext(db=db, settings=get_settings(db), cashier=CASHIER)

            close = CloseShiftDialog(ctx)
            wait_until(lambda: close.totals is not None)
            expected = close.totals.drawer(0).expected if close.totals else 0
            close.drawer_panel.count_edit.setText(_plain(expected - 450))
            close.drawer_panel.note_edit.setText("Recounted twice; two €2 coins short")
            save(close, out / "close-shift.png", size=(980, 660))

            refund = RefundDialog(ctx, sales["gifts"].id)
            wait_until(lambda: refund.sale is not None)
            assert refund.sale is not None
            for ln in refund.sale.lines:
                if "Sticker" in ln.name:
                    refund.lines_panel.set_quantity(ln.sale_line_id, 2)
                if "Pin" in ln.name:
                    refund.lines_panel.set_quantity(ln.sale_line_id, 1)
            refund.tip_check.setChecked(True)
            save(refund, out / "refund.png", size=(1000, 620))

            if args.extra:
                _extra(ctx, sales, out)
            for w in (close, refund):
                w.close()
        finally:
            wait_for_operations()
            db.close()
    return 0


def _extra(ctx: AppContext, sales: dict[str, CompletedSale], out: Path) -> None:
    from popuppos.ui.backoffice.catalog_io_dialog import CatalogImportDialog
    from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
    from popuppos.ui.backoffice.sales_history import SalesHistoryDialog
    from popuppos.ui.backoffice.void_dialog import VoidSaleDialog

    pin = ManagerPinDialog(
        title="Approve the refund",
        prompt="Refund €15.00 on sale 3. A manager enters the PIN to approve.",
        reason="Clasp bent",
    )
    pin.pin_edit.setText("12")
    save(pin, out / "pin.png", size=(420, 640))

    history = SalesHistoryDialog(ctx)
    wait_until(lambda: history.loads >= 1)
    save(history, out / "history.png", size=(1100, 620))

    void = VoidSaleDialog(ctx, sales["journal"].id)
    wait_until(lambda: void.sale is not None)
    save(void, out / "void.png", size=(620, 480))

    csv = Path(tempfile.mkdtemp()) / "catalogue.csv"
    csv.write_text(
        "product,variant,sku,price,stock,category\n"
        "Linen Apron,,LIN-APR,34.00,8,Apparel\n"
        "Rain Poncho,,PONCHO-1,abc,5,Apparel\n"
        "Rain Poncho,Kids,PONCHO-K,18.00,4,Apparel\n"
        "Seed Paper Cards,,SEED-6,12,40,Paper\n",
        encoding="utf-8",
    )
    importer = CatalogImportDialog(ctx)
    importer.read(csv)
    wait_until(lambda: importer.report is not None)
    save(importer, out / "catalog-import.png", size=(820, 640))
    for w in (pin, history, void, importer):
        w.close()


def _plain(minor: int) -> str:
    whole, cents = divmod(minor, 100)
    return f"{whole}.{cents:02d}"


if __name__ == "__main__":
    raise SystemExit(main())
