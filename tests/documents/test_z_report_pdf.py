"""The shift-close Z report: the figures are the data's, the drawer verdict is right, A4."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from popuppos.core.money import format_money
from popuppos.documents.data import ShopHeader, TaxRow, TenderSummary, ZReportData
from popuppos.documents.z_report_pdf import render_z_report_pdf

CLOSER = "Zoë Müller-Łukasiewicz"
TZ = timezone(timedelta(hours=1))


def make_z_report(**changes: Any) -> ZReportData:
    """A day at the stall: 48 sales, refunds, a void, two VAT rates; the drawer is €5.20 short."""
    data = ZReportData(
        shop=ShopHeader(
            name="Kiln & Thread Pop-up",
            address_lines=("Unit 4, Smithfield Market", "Dublin 7, D07 X2V3"),
            tax_id="IE3456789OH",
            locale="en_IE",
            currency="EUR",
        ),
        shift_number="17",
        device_name="Stall laptop",
        opened_at=datetime(2025, 11, 24, 9, 55, 0, tzinfo=TZ),
        closed_at=datetime(2025, 11, 24, 18, 12, 30, tzinfo=TZ),
        opened_by="Aoife",
        closed_by=CLOSER,
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
        tenders=(TenderSummary("Card", 39, 174630), TenderSummary("Cash", 11, 52350)),
        taxes=(TaxRow(2300, 158918, 36551, 195469), TaxRow(1350, 21111, 2850, 23961)),
        opening_float=15000,
        cash_sales=52350,
        cash_refunds=1200,
        expected_cash=66150,
        counted_cash=65630,
        difference=-520,
        note="Two €5 notes set aside for the bank.",
    )
    return dataclasses.replace(data, **changes)


def money(minor: int) -> str:
    return format_money(minor, "EUR", "en_IE")


def lines_of(pdf: bytes) -> list[str]:
    reader = PdfReader(BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return [ln.strip() for ln in text.replace("\u00a0", " ").splitlines() if ln.strip()]


def after(lines: list[str], label: str) -> str:
    """The text printed right after ``label`` (its figure, in a two-column table)."""
    return lines[lines.index(label) + 1]


def test_the_drawer_reconciliation_shows_the_datas_amounts() -> None:
    data = make_z_report()
    lines = lines_of(render_z_report_pdf(data))
    assert after(lines, "Opening float") == money(data.opening_float)
    assert after(lines, "+ Cash sales") == money(data.cash_sales)
    assert after(lines, "− Cash refunds") == money(-data.cash_refunds)
    assert after(lines, "= Expected in drawer") == money(data.expected_cash)
    assert after(lines, "Counted") == money(data.counted_cash)
    assert after(lines, "Difference: Short") == money(data.difference) == "-€5.20"


def test_a_short_drawer_says_short_and_an_over_or_even_one_says_so() -> None:
    short = lines_of(render_z_report_pdf(make_z_report()))
    assert "Short -€5.20" in short and "Difference: Short" in short
    over = lines_of(render_z_report_pdf(make_z_report(counted_cash=66400, difference=250)))
    assert "Over €2.50" in over and "Difference: Over" in over
    assert not any("Short" in ln for ln in over)
    even = lines_of(render_z_report_pdf(make_z_report(counted_cash=66150, difference=0)))
    assert "Balanced" in even and after(even, "Difference: Balanced") == money(0)


def test_sales_tender_and_tax_figures_are_the_datas() -> None:
    data = make_z_report()
    lines = lines_of(render_z_report_pdf(data))
    assert after(lines, "Gross sales") == money(data.gross_sales)
    assert after(lines, "Discounts") == money(-data.discounts)
    assert after(lines, "Refunds (2)") == money(-data.refunds_total)
    headline = lines.index("Net sales")
    assert lines[headline : headline + 8] == [
        "Net sales",
        "Sales",
        "Items sold",
        "Cash drawer",
        money(data.net_sales),
        "48",
        "97",
        "Short -€5.20",
    ]
    assert after(lines[headline + 1 :], "Net sales") == money(data.net_sales)
    assert after(lines, "Tax") == money(data.tax_total)
    assert after(lines, "Tips") == money(data.tips_total)
    assert after(lines, "Voided sales (1)") == money(data.voids_total)
    assert lines[lines.index("Card") : lines.index("Card") + 3] == ["Card", "39", money(174630)]
    assert lines[lines.index("Cash") : lines.index("Cash") + 3] == ["Cash", "11", money(52350)]
    assert ["Total", "50", money(174630 + 52350)] == lines[
        lines.index("Total") : lines.index("Total") + 3
    ]
    assert ["23%", money(158918), money(36551), money(195469)] == lines[
        lines.index("23%") : lines.index("23%") + 4
    ]
    assert ["13.5%", money(21111), money(2850), money(23961)] == lines[
        lines.index("13.5%") : lines.index("13.5%") + 4
    ]
    tax_total_row = len(lines) - 1 - lines[::-1].index("Total")
    assert lines[tax_total_row + 1 : tax_total_row + 4] == [
        money(158918 + 21111),
        money(data.tax_total),
        money(data.net_sales),
    ]


def test_header_names_the_shift_device_and_people() -> None:
    lines = lines_of(render_z_report_pdf(make_z_report()))
    text = " ".join(lines)
    assert "Z report — shift 17" in lines
    assert "Stall laptop" in lines
    assert "24 Nov 2025, 09:55:00 by Aoife" in lines
    assert f"24 Nov 2025, 18:12:30 by {CLOSER}" in text
    assert "8 h 17 min" in lines
    assert f"Counted and closed by {CLOSER}" in lines
    assert "Two €5 notes set aside for the bank." in lines
    assert "Page 1 of 1" in lines


def test_a4_one_page_and_the_same_bytes_every_time() -> None:
    data = make_z_report()
    pdf = render_z_report_pdf(data)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.01)
    assert render_z_report_pdf(data) == pdf
    assert reader.metadata is not None
    assert str(reader.metadata["/CreationDate"]) == "D:20251124181230+01'00'"


def test_many_tenders_run_onto_numbered_pages() -> None:
    tenders = tuple(TenderSummary(f"Voucher batch {i}", 1, 1000) for i in range(80))
    pdf = render_z_report_pdf(make_z_report(tenders=tenders, note=None))
    pages = len(PdfReader(BytesIO(pdf)).pages)
    lines = lines_of(pdf)
    assert pages > 1
    assert [ln for ln in lines if ln.startswith("Page ")] == [
        f"Page {n} of {pages}" for n in range(1, pages + 1)
    ]
    assert "Voucher batch 79" in lines
    assert lines.count("Method") >= 2  # the payments header repeats on the next page
    assert "Difference: Short" in lines and "23%" in lines


def test_only_the_embedded_unicode_fonts_are_used() -> None:
    reader = PdfReader(BytesIO(render_z_report_pdf(make_z_report())))
    resources: Any = reader.pages[0]["/Resources"]
    fonts = resources["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert len(names) == 2
    assert all("+DejaVuSans" in n or "+BitstreamVera" in n for n in names), names


def test_worker_threads_starting_cold_all_get_the_same_bytes() -> None:
    """Documents render on worker threads; the first renders race to register the fonts."""
    script = """
import sys
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, sys.argv[1])
from test_z_report_pdf import make_z_report
from test_receipt_pdf import make_receipt
from popuppos.documents.receipt_pdf import render_receipt_pdf
from popuppos.documents.z_report_pdf import render_z_report_pdf
z, r = make_z_report(), make_receipt()
def render(i):
    return render_z_report_pdf(z) if i % 2 else render_receipt_pdf(r)
with ThreadPoolExecutor(8) as pool:
    pdfs = list(pool.map(render, range(32)))
print(len(set(pdfs[1::2])), len(set(pdfs[0::2])), pdfs[1] == render_z_report_pdf(z))
"""
    out = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        capture_output=True,
        check=True,
        text=True,
        timeout=120,
    ).stdout
    assert out.split() == ["1", "1", "True"]
