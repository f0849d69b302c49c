"""The 80 mm receipt: right numbers, right paper, one page, same bytes, nothing off the edge."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_datetime
from pypdf import PdfReader
from reportlab.lib.units import mm

from popuppos.core.money import format_money
from popuppos.documents.data import (
    ReceiptData,
    ReceiptLine,
    ReceiptTender,
    ShopHeader,
    TaxRow,
)
from popuppos.documents.receipt_pdf import render_receipt_pdf
from popuppos.documents.styles import (
    BOLD,
    RECEIPT,
    REGULAR,
    printable,
    register_fonts,
    text_width,
    wrap_text,
)

MEMBER = "Zoë Müller-Łukasiewicz"
LONG_NAME = (
    "Hand-printed organic cotton tote bag with extra-long shoulder straps "
    "(limited collaboration edition with the Smithfield print studio)"
)
SHOP = ShopHeader(
    name="Kiln & Thread Pop-up",
    address_lines=("Unit 4, Smithfield Market", "Dublin 7, D07 X2V3"),
    tax_id="IE3456789OH",
    locale="en_IE",
    currency="EUR",
    tax_id_label="VAT no.",
)


def make_receipt(**changes: Any) -> ReceiptData:
    """A tax-inclusive sale at 23 % and 13.5 %: a member discount, a tip, cash + card."""
    lines = (
        ReceiptLine("Limited Drop Hoodie", "Black / M", 1, 6500, 650, 5850, 2300),
        ReceiptLine("Enamel pin set", "", 2, 1200, 0, 2400, 2300),
        ReceiptLine("Oat flat white", "", 2, 380, 0, 760, 1350),
        ReceiptLine(LONG_NAME, "Natural", 1, 2200, 0, 2200, 2300),
    )
    data = ReceiptData(
        title="Receipt",
        shop=SHOP,
        sale_number="KT1-0042",
        sale_id="0193a4c2-7f1e-7b3a-9d5e-2c8f41b6a9e0",
        created_at=datetime(2025, 11, 24, 14, 32, 5, tzinfo=timezone(timedelta(hours=1))),
        device_name="Stall laptop",
        cashier="Aoife",
        member_name=MEMBER,
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
        footer="Returns within 30 days with this receipt. Thank you!",
    )
    return dataclasses.replace(data, **changes)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def flat(text: str) -> str:
    """Extracted text with the no-break spaces Babel uses turned into plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def page_text(pdf: bytes) -> str:
    return flat(reader(pdf).pages[0].extract_text())


def text_lines(pdf: bytes) -> list[str]:
    return [ln.strip() for ln in page_text(pdf).splitlines()]


def money(minor: int, locale: str = "en_IE", currency: str = "EUR") -> str:
    return flat(format_money(minor, currency, locale))


def test_every_amount_on_the_receipt_is_the_datas() -> None:
    data = make_receipt()
    lines = text_lines(render_receipt_pdf(data))
    text = "\n".join(lines)

    for line in data.lines:
        assert money(line.total) in lines, line.name
        if line.quantity != 1 or line.discount:
            assert f"{line.quantity} × {money(line.unit_price)}" in lines
    assert "Discount " + money(-650) in lines
    pairs = [
        ("Subtotal (6 items)", data.subtotal),
        ("Discounts", -data.discount_total),
        ("TOTAL", data.total),
        ("incl. tax", data.tax_total),
        ("Tip", data.tip),
        ("Grand total", data.grand_total),
        ("Cash", 4000),
        ("Tendered", 5000),
        ("Change", 1000),
        ("Card", 7710),
    ]
    for label, amount in pairs:
        i = lines.index(label)
        assert lines[i + 1] == money(amount), label
    assert data.grand_total == 11710
    assert "Ref. AUTH 492817" in lines
    for row in data.taxes:
        for amount in (row.net, row.tax, row.gross):
            assert money(amount) in text
    assert "A 23%" in lines and "B 13.5%" in lines


def test_header_names_the_shop_sale_member_and_moment() -> None:
    data = make_receipt()
    lines = text_lines(render_receipt_pdf(data))
    assert lines[0] == "Kiln & Thread Pop-up"
    assert "VAT no. IE3456789OH" in lines
    assert "RECEIPT" in lines and "No. KT1-0042" in lines
    assert flat(format_datetime(data.created_at, "medium", locale="en_IE")) in lines
    assert "24 Nov 2025, 14:32:05" in lines
    assert f"Member: {MEMBER}" in lines
    assert "Till: Stall laptop · Served by: Aoife" in lines
    assert f"Sale ID {data.sale_id}" in lines


def test_tax_exclusive_prices_add_the_tax_before_the_total() -> None:
    data = make_receipt(tax_inclusive=False, tip=0, member_name=None)
    lines = text_lines(render_receipt_pdf(data))
    assert lines[lines.index("Tax") + 1] == money(data.tax_total)
    assert lines.index("Tax") < lines.index("TOTAL")
    assert "incl. tax" not in lines
    assert "Tip" not in lines and "Grand total" not in lines
    assert not any(ln.startswith("Member:") for ln in lines)


def test_refund_receipt_says_refund() -> None:
    lines = text_lines(render_receipt_pdf(make_receipt(title="Refund")))
    assert "REFUND" in lines


def test_other_locales_format_amounts_and_dates_their_way() -> None:
    shop = dataclasses.replace(SHOP, locale="de_DE", name="Café Ñandú Σπίτι")
    data = make_receipt(shop=shop)
    text = page_text(render_receipt_pdf(data))
    assert "112,10 €" in text and "-6,50 €" in text
    assert "24.11.2025, 14:32:05" in text
    assert "Café Ñandú Σπίτι" in text


def test_page_is_80mm_wide_and_one_page() -> None:
    pdf = render_receipt_pdf(make_receipt())
    pages = reader(pdf).pages
    assert len(pages) == 1
    assert float(pages[0].mediabox.width) == pytest.approx(226.77, abs=0.5)
    assert float(pages[0].mediabox.width) == pytest.approx(80 * mm, abs=0.01)


def test_sixty_lines_make_one_longer_page() -> None:
    short = reader(render_receipt_pdf(make_receipt()))
    many = tuple(ReceiptLine(f"Sticker {i}", "", 1, 300, 0, 300, 2300) for i in range(1, 61))
    long_data = make_receipt(lines=many)
    long = reader(render_receipt_pdf(long_data))
    assert len(long.pages) == 1
    assert float(long.pages[0].mediabox.height) > 2 * float(short.pages[0].mediabox.height)
    text = flat(long.pages[0].extract_text())
    assert "Sticker 1\n" in text and "Sticker 60\n" in text


def test_same_data_gives_the_same_bytes() -> None:
    data = make_receipt()
    first = render_receipt_pdf(data)
    assert render_receipt_pdf(data) == first
    assert render_receipt_pdf(make_receipt(sale_number="KT1-0043")) != first


def test_same_bytes_in_a_fresh_process(tmp_path: Path) -> None:
    """No clock, random or hash-order leaks in: another interpreter writes the same file."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from test_receipt_pdf import make_receipt;"
        "from popuppos.documents.receipt_pdf import render_receipt_pdf;"
        "sys.stdout.buffer.write(render_receipt_pdf(make_receipt()))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "TZ": "America/Los_Angeles"}
    env.pop("SOURCE_DATE_EPOCH", None)
    out = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        env=env,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    assert out == render_receipt_pdf(make_receipt())


def test_pdf_dates_and_title_come_from_the_sale() -> None:
    meta = reader(render_receipt_pdf(make_receipt())).metadata
    assert meta is not None
    assert str(meta["/CreationDate"]) == "D:20251124143205+01'00'"
    assert str(meta["/Title"]) == "Receipt KT1-0042 — Kiln & Thread Pop-up"
    assert str(meta["/Subject"]) == "0193a4c2-7f1e-7b3a-9d5e-2c8f41b6a9e0"


def _drawn_runs(pdf: bytes) -> list[tuple[str, float, float]]:
    """Every text run on page one as (text, left x, right x), measured in our fonts."""
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        text = text.strip("\n")
        if not text.strip() or font is None:
            return
        name = BOLD if "Bold" in str(font["/BaseFont"]) else REGULAR
        x = tm[4] * cm[0] + cm[4]
        runs.append((text, x, x + text_width(text, name, size)))

    reader(pdf).pages[0].extract_text(visitor_text=visit)
    return runs


def test_nothing_is_drawn_past_the_printable_width() -> None:
    huge = 987_654_321_09
    unbroken = "Supercalifragilistic-sonderedition-" + "X" * 40
    lines = (
        ReceiptLine(LONG_NAME, "Natural", 3, 2200, 100, 6500, 2300),
        ReceiptLine(unbroken, "", 1, huge, 0, huge, 2300),
    )
    data = make_receipt(
        lines=lines,
        shop=dataclasses.replace(SHOP, name="The Very Long Name Pop-up Collective of Dublin"),
        footer="A long footer " * 12,
        total=huge,
    )
    pdf = render_receipt_pdf(data)
    runs = _drawn_runs(pdf)
    assert runs
    for text, left, right in runs:
        assert left >= RECEIPT.margin_x - 0.5, text
        assert right <= RECEIPT.page_width - RECEIPT.margin_x + 0.5, text
    text = page_text(pdf)
    # The long name wrapped over several lines and lost no word.
    assert LONG_NAME.split()[-1] + " · Natural" in text
    assert LONG_NAME not in text.replace("\n", "")
    assert " ".join(text.split()).count("Smithfield print studio)") == 1
    assert money(huge) in text


def test_wrap_text_keeps_every_line_inside_the_width() -> None:
    width = RECEIPT.printable_width - 60
    for size in (7.0, 8.0, 10.5):
        lines = wrap_text(LONG_NAME, REGULAR, size, width)
        assert len(lines) > 1
        assert all(text_width(ln, REGULAR, size) <= width for ln in lines)
        assert " ".join(lines).split() == LONG_NAME.split()


def test_wrap_text_splits_a_word_wider_than_the_line() -> None:
    word = "ABCDEFGHIJ-KLMNOPQRSTUVWXYZ" * 3
    lines = wrap_text(word, BOLD, 8, 60)
    assert "".join(lines) == word
    assert all(text_width(ln, BOLD, 8) <= 60 for ln in lines)
    assert wrap_text("", REGULAR, 8, 60) == [""]
    assert wrap_text("a\nb", REGULAR, 8, 60) == ["a", "b"]


def test_fonts_print_the_euro_sign_and_accents() -> None:
    files = register_fonts()
    assert files.regular.is_file() and files.bold.is_file()
    for ch in "€ëüŁ×·":
        assert printable(ch) == ch
        assert printable(ch, BOLD) == ch
    assert printable("\uffe5") == "¥"  # ja_JP writes a full-width yen sign


def embedded_fonts(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(pdf).pages:
        resources: Any = page["/Resources"]
        fonts = resources["/Font"]
        names |= {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    return names


def test_only_the_embedded_unicode_fonts_are_used() -> None:
    fonts = embedded_fonts(render_receipt_pdf(make_receipt()))
    assert len(fonts) == 2
    assert all("+DejaVuSans" in f or "+BitstreamVera" in f for f in fonts), fonts
