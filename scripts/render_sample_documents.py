"""Write a sample receipt, refund receipt and Z report into a folder, for reviewers.

    .venv/bin/python scripts/render_sample_documents.py /tmp/docs

Prints each file written and how long it took to render. The amounts are hand-worked so
that they add up the way the services will compute them (23 % and 13.5 % VAT, prices
tax-inclusive, a member discount, a tip, cash + card).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from popuppos.documents.data import (
    ReceiptData,
    ReceiptLine,
    ReceiptTender,
    ShopHeader,
    TaxRow,
    TenderSummary,
    ZReportData,
)
from popuppos.documents.receipt_pdf import render_receipt_pdf
from popuppos.documents.z_report_pdf import render_z_report_pdf

DUBLIN = timezone(timedelta(hours=0), "Europe/Dublin")

SHOP = ShopHeader(
    name="Kiln & Thread Pop-up",
    address_lines=("Unit 4, Smithfield Market", "Dublin 7, D07 X2V3", "kilnandthread.ie"),
    tax_id="IE3456789OH",
    locale="en_IE",
    currency="EUR",
    tax_id_label="VAT no.",
)


def sample_receipt() -> ReceiptData:
    lines = (
        ReceiptLine("Limited Drop Hoodie", "Black / M", 1, 6500, 650, 5850, 2300),
        ReceiptLine("Enamel pin set", "", 2, 1200, 0, 2400, 2300),
        ReceiptLine("Oat flat white", "", 2, 380, 0, 760, 1350),
        ReceiptLine(
            "Hand-printed organic cotton tote bag with extra-long shoulder straps "
            "(limited collaboration edition)",
            "Natural",
            1,
            2200,
            0,
            2200,
            2300,
        ),
    )
    return ReceiptData(
        title="Receipt",
        shop=SHOP,
        sale_number="KT1-0042",
        sale_id="0193a4c2-7f1e-7b3a-9d5e-2c8f41b6a9e0",
        created_at=datetime(2025, 11, 24, 14, 32, 5, tzinfo=DUBLIN),
        device_name="Stall laptop",
        cashier="Aoife",
        member_name="Zoë Müller-Łukasiewicz",
        lines=lines,
        subtotal=11860,
        discount_total=650,
        tax_total=2044,
        tax_inclusive=True,
        total=11210,
        tip=500,
        tenders=(
            ReceiptTender("Cash", 4000, 5000, 1000, None),
            ReceiptTender("Card", 7710, None, 0, "AUTH 492817"),
        ),
        taxes=(TaxRow(2300, 8496, 1954, 10450), TaxRow(1350, 670, 90, 760)),
        footer="Returns within 30 days with this receipt. Drop items are final sale. "
        "Thank you for supporting local makers!",
    )


def sample_refund() -> ReceiptData:
    line = ReceiptLine("Enamel pin set", "", 1, 1200, 0, 1200, 2300)
    return ReceiptData(
        title="Refund",
        shop=SHOP,
        sale_number="KT1-0047",
        sale_id="0193a4d9-11b0-7c44-8a01-5e2b7d90c3f1",
        created_at=datetime(2025, 11, 24, 16, 5, 40, tzinfo=DUBLIN),
        device_name="Stall laptop",
        cashier="Aoife",
        member_name=None,
        lines=(line,),
        subtotal=1200,
        discount_total=0,
        tax_total=224,
        tax_inclusive=True,
        total=1200,
        tip=0,
        tenders=(ReceiptTender("Cash", 1200, None, 0, None),),
        taxes=(TaxRow(2300, 976, 224, 1200),),
        footer="Refund of sale KT1-0042.",
    )


def sample_z_report() -> ZReportData:
    return ZReportData(
        shop=SHOP,
        shift_number="17",
        device_name="Stall laptop",
        opened_at=datetime(2025, 11, 24, 9, 55, 0, tzinfo=DUBLIN),
        closed_at=datetime(2025, 11, 24, 18, 12, 30, tzinfo=DUBLIN),
        opened_by="Aoife",
        closed_by="Zoë Müller-Łukasiewicz",
        sales_count=48,
        items_sold=97,
        gross_sales=231450,
        discounts=8620,
        refunds_count=2,
        refunds_total=3400,
        voids_count=1,
        voids_total=2200,
        net_sales=219430,
        tax_total=39401,
        tips_total=4150,
        tenders=(
            TenderSummary("Card", 39, 174630),
            TenderSummary("Cash", 11, 52350),
        ),
        taxes=(TaxRow(2300, 158918, 36551, 195469), TaxRow(1350, 21111, 2850, 23961)),
        opening_float=15000,
        cash_sales=52350,
        cash_refunds=1200,
        expected_cash=66150,
        counted_cash=65630,
        difference=-520,
        note="Two €5 notes set aside for the bank; one card payment retried after a timeout.",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where to write the PDFs")
    folder: Path = parser.parse_args().folder
    folder.mkdir(parents=True, exist_ok=True)
    jobs: tuple[tuple[str, Callable[[], bytes]], ...] = (
        ("receipt.pdf", lambda: render_receipt_pdf(sample_receipt())),
        ("refund.pdf", lambda: render_receipt_pdf(sample_refund())),
        ("z_report.pdf", lambda: render_z_report_pdf(sample_z_report())),
    )
    for name, render in jobs:
        start = time.perf_counter()
        pdf = render()
        elapsed_ms = (time.perf_counter() - start) * 1000
        (folder / name).write_bytes(pdf)
        print(f"{folder / name}: {len(pdf):,} bytes in {elapsed_ms:.1f} ms")


if __name__ == "__main__":
    main()
