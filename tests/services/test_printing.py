"""Printing receipts on a thermal printer, against a real SQLite file and a real socket.

The network printer is ``FakePrinter``: a TCP listener on 127.0.0.1 that receives the bytes
as a printer on port 9100 would and answers status queries like one. A printer that is
off is an address where nothing listens (the connection is refused at once).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image

from fake_printer import COVER_OPEN, PAPER_LOW, PAPER_OUT, SILENT, FakePrinter, refusing_address
from helpers import cart_of, count_rows, rows, seed_products
from popuppos.core.cart import CartLine
from popuppos.core.tender import Tender, TenderMethod, cash_for
from popuppos.documents.escpos_preview import read_escpos
from popuppos.services import (
    catalog,
    checkout,
    members,
    pass_admin,
    passes,
    receipts,
    refunds,
    shifts,
)
from popuppos.services.checkout import CompletedSale
from popuppos.services.errors import ServiceError
from popuppos.services.passes import TierSpec
from popuppos.services.printer_settings import (
    PrinterSettings,
    get_printer_settings,
    prepare_logo,
    save_printer_settings,
)
from popuppos.services.printing import (
    PrinterNotConfigured,
    PrinterNotReady,
    PrinterUnreachable,
    open_drawer,
    print_refund_receipt,
    print_sale_receipt,
    print_test_page,
    sale_receipt_bytes,
)
from popuppos.services.shop import save_settings, set_manager_pin
from popuppos.store.db import Database, open_database

PULSE = b"\x1bp\x00\x32\x32"


@dataclass
class Shop:
    db: Database
    sale: CompletedSale  # paid in cash: 2 tees and a mug, €62.00


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    db = open_database(tmp_path / "shop.sqlite")
    save_settings(db, shop_name="Kiln & Thread", currency="EUR", locale="en_IE")
    items = seed_products(db)
    shifts.open_shift(db, opened_by="Aoife", opening_float=5000)
    cart = cart_of(items["TEE-S"].line(2), items["MUG"].line())
    sale = checkout.complete_sale(db, cart, [cash_for(6200, 7000)], cashier="Aoife")
    yield Shop(db, sale)
    db.close()


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def network(db: Database, address: str, **changes: object) -> PrinterSettings:
    settings = PrinterSettings(kind="network", network_address=address)
    return save_printer_settings(db, dataclasses.replace(settings, **changes))  # type: ignore[arg-type]


def sales_in_db(db: Database) -> list[tuple[object, ...]]:
    return [tuple(r) for r in rows(db, "SELECT id, total FROM sales")]


# -- a printer that prints ------------------------------------------------------------------
def test_the_receipt_reaches_a_network_printer_byte_for_byte(
    shop: Shop, printer: FakePrinter
) -> None:
    settings = network(shop.db, printer.address)
    result = print_sale_receipt(shop.db, shop.sale.id, first_print=True)
    [job] = printer.wait_for_jobs(1)
    assert result.message == "Printed." and result.target == printer.address
    assert printer.queries == [1, 4]  # online? paper? then the receipt
    assert job == sale_receipt_bytes(shop.db, shop.sale.id, settings, first_print=True)
    assert result.bytes_sent == len(job)
    out = read_escpos(job)
    assert out.drawer_pulses == [2]  # a cash sale opens the drawer on its first print
    assert out.cuts == 1
    text = out.text()
    assert "Kiln & Thread" in text
    assert next(ln for ln in text.splitlines() if ln.startswith("TOTAL")).endswith("€62.00")
    assert "Change" in text and "€8.00" in text

    print_sale_receipt(shop.db, shop.sale.id)  # a reprint: same receipt, drawer stays shut
    reprint = printer.wait_for_jobs(2)[1]
    assert PULSE not in reprint
    assert reprint == job.replace(PULSE, b"", 1)


def test_a_printer_without_status_support_still_prints(shop: Shop) -> None:
    silent = FakePrinter(SILENT)
    try:
        network(shop.db, silent.address)
        started = time.monotonic()
        result = print_sale_receipt(shop.db, shop.sale.id)
        assert time.monotonic() - started < 5  # one unanswered query costs one second
        assert not result.status.answered
        assert silent.wait_for_jobs(1)[0].startswith(b"\x1b@")
    finally:
        silent.close()


def test_paper_running_low_prints_and_says_so(shop: Shop) -> None:
    low = FakePrinter(PAPER_LOW)
    try:
        network(shop.db, low.address)
        result = print_sale_receipt(shop.db, shop.sale.id)
        assert result.message == "Printed. The paper is running low: have a new roll ready."
        assert len(low.wait_for_jobs(1)[0]) == result.bytes_sent
    finally:
        low.close()


def test_the_drawer_opens_without_printing(shop: Shop, printer: FakePrinter) -> None:
    settings = network(shop.db, printer.address, drawer_pin=5)
    open_drawer(settings)
    assert printer.wait_for_jobs(1) == [b"\x1bp\x01\x32\x32"]


def test_a_file_target_gets_the_raw_stream(shop: Shop, tmp_path: Path) -> None:
    target = tmp_path / "receipt.bin"
    settings = save_printer_settings(
        shop.db, PrinterSettings(kind="file", file_path=str(target), paper_mm=58)
    )
    result = print_sale_receipt(shop.db, shop.sale.id)
    assert result.target == str(target)
    assert target.read_bytes() == sale_receipt_bytes(shop.db, shop.sale.id, settings)
    assert max(ln.columns for ln in read_escpos(target.read_bytes()).lines) <= 32

    missing = tmp_path / "no such folder" / "receipt.bin"
    bad = dataclasses.replace(settings, file_path=str(missing))
    with pytest.raises(PrinterUnreachable) as caught:
        print_sale_receipt(shop.db, shop.sale.id, settings=bad)
    assert str(caught.value) == (
        f"The receipts file {missing} cannot be written (No such file or directory). "
        "The sale is saved; print the receipt again with Reprint."
    )


def test_a_refund_receipt_prints(shop: Shop, tmp_path: Path) -> None:
    set_manager_pin(shop.db, "2468", current_pin=None, actor="Owner")
    sold = refunds.sale_for_refund(shop.db, shop.sale.id)
    mug = next(ln for ln in sold.lines if ln.name == "Mug")
    refund = refunds.refund_sale(
        shop.db,
        shop.sale.id,
        {mug.sale_line_id: 1},
        refund_tip=False,
        reason="Chipped",
        cashier="Aoife",
        manager_pin="2468",
    )
    target = tmp_path / "refund.bin"
    save_printer_settings(shop.db, PrinterSettings(kind="file", file_path=str(target)))
    print_refund_receipt(shop.db, refund.id)
    text = read_escpos(target.read_bytes()).text()
    assert "REFUND" in text and "Mug" in text and "Tee" not in text
    assert next(ln for ln in text.splitlines() if ln.startswith("TOTAL")).split()[-1] == "€12.00"


def test_the_test_page_prints_accents_as_text(shop: Shop, printer: FakePrinter) -> None:
    settings = network(shop.db, printer.address)
    print_test_page(shop.db, settings)
    [job] = printer.wait_for_jobs(1)
    assert "Crème brûlée".encode("cp858") in job
    assert "Grüße aus München".encode("cp858") in job
    assert b"\x1dv0" in job  # the Greek and Cyrillic member name, as an image


# -- a printer that cannot print: a sentence, and the sale stays -----------------------------
def test_a_printer_that_is_off_says_so_and_the_sale_stays(shop: Shop) -> None:
    held, address = refusing_address()
    try:
        network(shop.db, address)
        before = count_rows(shop.db)
        with pytest.raises(PrinterUnreachable) as caught:
            print_sale_receipt(shop.db, shop.sale.id, first_print=True)
    finally:
        held.close()
    assert str(caught.value) == (
        f"The receipt printer at {address} refused the connection: is it switched on, and "
        "is that its address? The sale is saved; print the receipt again with Reprint."
    )
    assert count_rows(shop.db) == before
    assert sales_in_db(shop.db) == [(shop.sale.id, 6200)]
    assert receipts.receipt_data(shop.db, shop.sale.id).total == 6200


@pytest.mark.parametrize(
    ("status", "words"),
    [(PAPER_OUT, "is out of paper. Load a new roll."), (COVER_OPEN, "cover is open")],
)
def test_out_of_paper_is_said_before_anything_is_sent(
    shop: Shop, status: dict[int, int], words: str
) -> None:
    fake = FakePrinter(status)
    try:
        network(shop.db, fake.address)
        with pytest.raises(PrinterNotReady) as caught:
            print_sale_receipt(shop.db, shop.sale.id)
        assert words in str(caught.value)
        assert str(caught.value).endswith(
            "The sale is saved; print the receipt again with Reprint."
        )
        assert fake.wait_for_jobs(1) == [b""]  # asked for its status, sent nothing to print
        fake.status = {1: 0x12, 2: 0x12, 4: 0x12}  # a new roll is in
        print_sale_receipt(shop.db, shop.sale.id)
        assert fake.wait_for_jobs(2)[1].startswith(b"\x1b@")
    finally:
        fake.close()
    assert sales_in_db(shop.db) == [(shop.sale.id, 6200)]


def test_a_usb_printer_that_is_not_there_says_so(shop: Shop) -> None:
    save_printer_settings(shop.db, PrinterSettings(kind="usb", usb_ids="04B8:0202"))
    with pytest.raises(PrinterUnreachable) as caught:
        print_sale_receipt(shop.db, shop.sale.id)
    message = str(caught.value)
    assert "USB" in message
    # without libusb the sentence says how to get it; with it, that nothing is plugged in
    assert "libusb" in message or "No USB printer 04b8:0202 is connected" in message


def test_no_printer_set_up_is_said_plainly(shop: Shop) -> None:
    with pytest.raises(PrinterNotConfigured, match="no receipt printer is set up"):
        print_sale_receipt(shop.db, shop.sale.id)
    with pytest.raises(PrinterNotConfigured):
        open_drawer(get_printer_settings(shop.db))


# -- settings --------------------------------------------------------------------------------
def test_settings_are_kept_and_checked(shop: Shop, tmp_path: Path) -> None:
    logo_file = tmp_path / "logo.png"
    Image.new("RGBA", (1600, 400), (10, 10, 10, 255)).save(logo_file)
    logo = prepare_logo(logo_file)
    with Image.open(BytesIO(logo)) as stored:
        assert stored.size == (576, 144) and stored.mode == "L"
    wanted = PrinterSettings(
        kind="network",
        network_address="printer.local",
        paper_mm=58,
        character_set="cyrillic",
        logo_png=logo,
        qr="pass",
        receipt_link="https://shop.example/r/{sale_id}",
        drawer_on_cash=False,
        drawer_pin=5,
    )
    assert save_printer_settings(shop.db, wanted) == wanted
    assert get_printer_settings(shop.db) == wanted
    assert wanted.code_pages == ("CP858", "CP866")
    assert wanted.target_text() == "printer.local:9100"

    bad = {
        "network_address": ("1.2.3.4:99999", "99999 is not a network port"),
        "usb_ids": ("epson", "vendor:product in hexadecimal"),
        "paper_mm": (60, "58 mm or 80 mm"),
        "receipt_link": ("shop.example/{id}", "starting with https://"),
        "drawer_pin": (3, "pin 2 or pin 5"),
    }
    before = rows(shop.db, "SELECT key, value FROM settings ORDER BY key")
    for name, (value, words) in bad.items():
        kind = "usb" if name == "usb_ids" else "network"
        attempt = dataclasses.replace(wanted, kind=kind, **{name: value})
        with pytest.raises(ServiceError, match=words):
            save_printer_settings(shop.db, attempt)
    with pytest.raises(ServiceError, match=r"only use \{sale_id\} and \{number\}"):
        save_printer_settings(shop.db, dataclasses.replace(wanted, receipt_link="https://x/{id}"))
    assert rows(shop.db, "SELECT key, value FROM settings ORDER BY key") == before

    not_image = tmp_path / "notes.png"
    not_image.write_text("not a picture")
    with pytest.raises(ServiceError, match=r"notes\.png is not an image PopupPOS can read"):
        prepare_logo(not_image)


# -- the QR code -----------------------------------------------------------------------------
def qr_text(stream: bytes) -> list[str]:
    images = [img for img in read_escpos(stream).images if img.height > 100]
    return [
        b.text for img in images for b in zxingcpp.read_barcodes(np.asarray(img.image.convert("L")))
    ]


def test_the_qr_is_the_pass_the_sale_issued_else_the_receipt_link(shop: Shop) -> None:
    db = shop.db
    passes.save_tier(db, TierSpec(name="Friend", code="FRIEND", price=1500, validity_days=30))
    member = members.create_member(db, name="Zoë")
    found = catalog.find_by_code(db, "PASS-FRIEND")
    assert found is not None
    p, v = found.product, found.variant
    cart = cart_of(CartLine(v.id, p.name, v.name, v.sku, v.price, p.tax_rate_bp, 1))
    cart.set_member(member.id, member.name)
    sale = checkout.complete_sale(db, cart, [Tender(TenderMethod.CARD, 1500)], cashier="Aoife")
    [pass_id] = sale.passes
    token = pass_admin.pass_info(db, pass_id).token

    settings = PrinterSettings(
        kind="file", file_path="x", receipt_link="https://s.example/r/{sale_id}"
    )
    assert qr_text(sale_receipt_bytes(db, sale.id, settings)) == [token]
    caption = "Your member pass: show this code at the door"
    assert caption in read_escpos(sale_receipt_bytes(db, sale.id, settings)).text()
    # a sale without a pass: the link, when the shop set one
    assert qr_text(sale_receipt_bytes(db, shop.sale.id, settings)) == [
        f"https://s.example/r/{shop.sale.id}"
    ]
    no_link = dataclasses.replace(settings, receipt_link="")
    assert qr_text(sale_receipt_bytes(db, shop.sale.id, no_link)) == []
    assert qr_text(sale_receipt_bytes(db, sale.id, dataclasses.replace(settings, qr="none"))) == []
