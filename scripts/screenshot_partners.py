"""Screenshots of Venue partners on the demo shop, and a statement it issued, rendered offscreen.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_partners.py              # docs/screenshots/
    .venv/bin/python scripts/screenshot_partners.py --out /tmp/shots --pdf /tmp/statement.pdf

Writes ``partners.png`` (the Statements tab: today's figures, the statements issued, one
corrected), ``partners-agreements.png`` (the agreements editor, a share typed "12.5 %") and
``statement.png`` (page 1 of the issued correction, drawn by Qt PDF). ``--pdf`` also saves
that statement's PDF. The sales are real checkouts made now, in a throwaway database.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from shot_support import ROOT, save, say, sku_line, wait_until

from popuppos.core.cart import Cart
from popuppos.core.tender import Tender, TenderMethod, cash_for
from popuppos.services import checkout, partners, planner, refunds, shifts, statements
from popuppos.services.demo import DEMO_MANAGER_PIN, load_demo_shop
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.ui.app import make_application
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QBuffer, QByteArray, QIODevice, QPdfDocument, QSize, QWidget

HOST = "Aoife"


def _sell(db: Database, *lines: tuple[str, int], card: bool = False) -> str:
    cart = Cart(tax_inclusive=True)
    for sku, qty in lines:
        cart.add(sku_line(db, sku, qty))
    due = cart.priced().total
    pay = [Tender(TenderMethod.CARD, due, reference="•••• 4242")] if card else [cash_for(due, due)]
    return checkout.complete_sale(db, cart, pay, cashier=HOST).id


def seed(db: Database) -> str:
    """The demo shop, Kiln & Co's agreements, a day of sales and a corrected statement."""
    load_demo_shop(db)
    shifts.open_shift(db, opened_by=HOST, opening_float=15_000)
    now = datetime.now().astimezone()
    today = now.date()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    planner.save_event(
        db,
        planner.PlanEventSpec(
            "popup_day", "Saturday pop-up", start, start + timedelta(days=1), venue="Kiln & Co"
        ),
    )
    kiln = partners.save_partner(
        db,
        partners.PartnerSpec(
            "Kiln & Co", "Róisín Walsh", "hello@kilnandco.ie", "+353 91 555 0199",
            ("3 Quay Street", "Galway H91 A1B2"), "IE7654321K",
        ),
    )  # fmt: skip
    partners.save_partner(db, partners.PartnerSpec("The Reading Room", "Sam Okafor"))
    partners.save_partner(db, partners.PartnerSpec("Harbour Yoga Studio", active=False))
    first = today.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    paper = next(c.id for c in partners.category_choices(db) if c.name == "Paper goods")
    partners.save_agreement(
        db,
        partners.AgreementSpec(
            kiln, "All sales at the shop", "net", 1250, "all", first, last,
            fee_per_event=5000, minimum_guarantee=15_000,
        ),
    )  # fmt: skip
    partners.save_agreement(
        db,
        partners.AgreementSpec(
            kiln, "Prints on the gallery wall", "gross", 2000, "category", first, last,
            category_id=paper,
        ),
    )  # fmt: skip
    _sell(db, ("SMS-TEE-M-OAT", 1), ("SMS-MUG-CREAM", 2), card=True)
    _sell(db, ("SMS-HOOD-L-SAGE", 1))
    mixed = _sell(db, ("SMS-JRN-90D", 1), ("SMS-STK-SHEET", 3), card=True)
    _sell(db, ("SMS-TOTE-NAT", 1), ("SMS-PIN-SUN", 2))
    _sell(db, ("SMS-BTL-500-DUSK", 1), ("SMS-TEA-CALM", 2), card=True)
    sale = refunds.sale_for_refund(db, mixed)
    sticker = next(ln for ln in sale.lines if "Sticker" in ln.name)
    refunds.refund_sale(
        db, mixed, {sticker.sale_line_id: 1}, refund_tip=False, reason="Torn",
        cashier=HOST, manager_pin=DEMO_MANAGER_PIN,
    )  # fmt: skip
    issued = statements.issue_statement(db, kiln, today, today, actor=HOST)
    _sell(db, ("SMS-JRN-90D", 2), card=True)  # a sale rung up after the statement went out
    return statements.issue_correction(db, issued.id, actor=HOST).id


def pdf_page_png(pdf: bytes, path: Path, width: int = 1000) -> None:
    """Page 1 of ``pdf`` as a PNG, drawn by Qt PDF (the same renderer Print uses)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(0)
    image = document.render(0, QSize(width, round(width * size.height() / size.width())))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    say(path, image.size())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pdf", type=Path, help="also save the issued statement's PDF here")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()

    from popuppos.ui.partners import open_venue_partners
    from popuppos.ui.partners.partners_dialog import AGREEMENTS, STATEMENTS

    _app = make_application([sys.argv[0]])  # kept while the dialog is drawn
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            statement_id = seed(db)
            ctx = AppContext(db=db, settings=get_settings(db), cashier=HOST)
            host = QWidget()
            dialog = open_venue_partners(host, ctx)
            dialog.resize(1240, 800)
            wait_until(lambda: dialog.loaded and dialog.current is not None)
            dialog.tabs.setCurrentIndex(STATEMENTS)
            panel = dialog.statements
            panel.set_period(datetime.now().date(), datetime.now().date())
            wait_until(
                lambda: (
                    panel.issued_list.listed and not panel.previewing and panel.preview is not None
                ),
            )
            panel.issued_list.list.setFocus()  # not a date field with its caret (save clears it)
            save(dialog, out / "partners.png")

            dialog.tabs.setCurrentIndex(AGREEMENTS)
            wait_until(lambda: dialog.agreements.loaded)
            dialog.agreements.list.setCurrentRow(0)
            save(dialog, out / "partners-agreements.png")

            pdf = statements.statement_pdf(db, statement_id)
            pdf_page_png(pdf, out / "statement.png")
            if args.pdf:
                args.pdf.write_bytes(pdf)
                print(f"wrote {args.pdf}")
            dialog.close()
        finally:
            wait_for_operations()
            db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
