"""The thermal receipt's byte stream: widths, figures, code pages, images, drawer, QR.

The stream is read back with ``documents.escpos_preview`` (an interpreter of the ESC/POS
commands) and, for the raw checks, searched byte by byte.
"""

from __future__ import annotations

import dataclasses
import re
from io import BytesIO

import numpy as np
import pytest
import zxingcpp
from PIL import Image
from test_receipt_pdf import make_receipt, page_text

from popuppos.documents.data import ReceiptData, ReceiptLine, TaxRow
from popuppos.documents.escpos_preview import RasterImage, TextLine, read_escpos, render_png
from popuppos.documents.escpos_receipt import (
    ThermalOptions,
    build_receipt,
    drawer_kick_escpos,
    receipt_escpos,
)
from popuppos.documents.escpos_writer import PAPERS
from popuppos.documents.receipt_pdf import render_receipt_pdf

GS_V_0 = b"\x1dv0"
ESC_T = b"\x1bt"
TOKEN = "PP1" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 5  # 163 characters, like a real pass


def printed(data: ReceiptData, **options: object) -> bytes:
    return receipt_escpos(data, ThermalOptions(**options))  # type: ignore[arg-type]


def text_of(stream: bytes) -> str:
    return read_escpos(stream).text()


def amounts(text: str) -> list[str]:
    """Every euro amount in ``text`` ("€1,234.50", "-€6.50"), in order."""
    return re.findall(r"-?€[\d,]+\.\d\d", text.replace("\u00a0", " "))


def wide_receipt() -> ReceiptData:
    """Long names, big amounts, three tax rates, a tip: the hardest receipt to fit."""
    base = make_receipt()
    lines = (
        *base.lines,
        ReceiptLine("X" * 70, "", 1, 123_456_789, 0, 123_456_789, 0),  # one unbreakable word
    )
    return dataclasses.replace(
        base,
        lines=lines,
        taxes=(*base.taxes, TaxRow(0, 123_456_789, 0, 123_456_789)),
        subtotal=base.subtotal + 123_456_789,
        total=base.total + 123_456_789,
        footer="A footer long enough to wrap on either roll: " + "thank you " * 8,
    )


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_no_line_is_wider_than_the_paper(paper_mm: int) -> None:
    paper = PAPERS[paper_mm]
    for data in (make_receipt(), wide_receipt(), make_receipt(member_name="Дмитрий " * 6)):
        out = read_escpos(printed(data, paper_mm=paper_mm, qr=TOKEN, qr_caption="Your pass"))
        assert out.lines, "the receipt printed no text"
        too_wide = [ln.text for ln in out.lines if ln.columns > paper.columns]
        assert too_wide == [], f"{paper_mm} mm: {too_wide}"
        assert all(img.width <= paper.dots for img in out.images)
        assert out.cuts == 1
    # a long line really is broken up, never cut off: every word of it is printed
    text = text_of(printed(wide_receipt(), paper_mm=paper_mm))
    assert "".join(re.findall(r"X{2,}", text)) == "X" * 70
    assert len(re.findall(r"\bthank\b", text)) == 8


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_every_figure_is_the_receipt_datas_and_the_pdfs(paper_mm: int) -> None:
    data = make_receipt()
    text = text_of(printed(data, paper_mm=paper_mm))
    lines = [ln.rstrip() for ln in text.splitlines()]

    def row(label: str) -> str:
        found = [ln for ln in lines if ln.startswith(label)]
        assert found, f"no line starts with {label!r}"
        return found[0]

    assert row("TOTAL").endswith("€112.10")
    assert data.total == 11210
    assert row("Subtotal (6 items)").endswith("€118.60")
    assert row("Discounts").endswith("-€6.50")
    assert row("incl. tax").endswith("€20.44")
    assert row("Tip").endswith("€5.00")
    assert row("Grand total").endswith("€117.10")
    assert row("Cash").endswith("€40.00") and row("Card").endswith("€77.10")
    assert row("  Tendered").endswith("€50.00") and row("  Change").endswith("€10.00")
    assert "Ref. AUTH 492817" in text
    assert row("A 23%").split() == ["A", "23%", "€84.96", "€19.54", "€104.50"]
    assert row("B 13.5%").split() == ["B", "13.5%", "€6.70", "€0.90", "€7.60"]
    # The PDF roll prints the very same amounts, in the same order.
    assert amounts(text) == amounts(page_text(render_receipt_pdf(data)))


def test_the_refund_receipt_says_refund_and_its_own_figures() -> None:
    data = make_receipt(title="Refund", sale_number="KT1-0042 (refund)", tip=0, tenders=())
    text = text_of(printed(data, paper_mm=58))
    assert text.splitlines()[5].startswith("REFUND")
    assert "No. KT1-0042 (refund)" in text
    assert "Grand total" not in text


def test_latin_text_goes_in_code_pages_and_other_scripts_become_images() -> None:
    data = make_receipt(
        member_name="Δήμητρα",
        lines=(
            ReceiptLine("Crème brûlée", "", 1, 650, 0, 650, 1350),
            ReceiptLine("Grüße aus München", "", 1, 300, 0, 300, 1350),
            ReceiptLine("Дмитрий's mug", "", 1, 1200, 0, 1200, 2300),
            ReceiptLine("さくら tea", "", 1, 900, 0, 900, 1350),
        ),
    )
    writer = build_receipt(data, ThermalOptions(paper_mm=80, code_pages=("CP858", "CP852")))
    stream = writer.output

    # Latin: one byte a character in CP858 (slot 19), selected before the text.
    assert stream.startswith(b"\x1b@" + ESC_T + bytes([19]))
    assert "Crème brûlée".encode("cp858") in stream
    assert "Grüße aus München".encode("cp858") in stream
    assert "€6.50".encode("cp858") in stream
    # Greek, Cyrillic and Japanese: each such line is a raster image, never "?".
    assert writer.raster_rows == 3
    assert stream.count(GS_V_0) == 3
    out = read_escpos(stream)
    text = out.text()
    assert "?" not in text
    for word in ("Δήμητρα", "Дмитрий", "さくら", "Member:"):
        assert word not in text
    assert "Crème brûlée" in text and "Grüße aus München" in text
    rows = [img for img in out.images if img.height == 30]
    assert len(rows) == 3
    assert all(img.width == 576 for img in rows)
    for img in rows:  # something is drawn in each, left-aligned like text
        ink = np.asarray(img.image.convert("L")) < 128
        assert ink.sum() > 40
        assert ink[:, :200].any()


def test_a_code_page_the_printer_has_prints_that_script_as_text() -> None:
    data = make_receipt(member_name="Дмитрий Łukasz")
    stream = printed(data, code_pages=("CP858", "CP866", "CP852"))
    assert GS_V_0 not in stream
    # CP866 (slot 17) for the Cyrillic, CP852 (slot 18) for the Ł, back to CP858 after
    assert ESC_T + bytes([17]) + "Дмитрий ".encode("cp866") in stream
    assert ESC_T + bytes([18]) + "Łukasz".encode("cp852") in stream
    assert "Member: Дмитрий Łukasz" in text_of(stream)
    # the same name on a printer offered only Western European becomes an image
    assert printed(data, code_pages=("CP858",)).count(GS_V_0) == 1


def test_typographic_characters_print_as_their_plain_equivalents() -> None:
    french = dataclasses.replace(make_receipt().shop, locale="fr_FR")
    data = make_receipt(shop=french, member_name="Zoë", footer="Merci \u2014 à bientôt\u2026")
    stream = printed(data, code_pages=("CP858",))
    assert GS_V_0 not in stream
    text = text_of(stream)
    assert "112,10\u00a0€" in text  # CP858 has the no-break space (0xFF)
    assert "1\u202f234\u202f679,99" not in text
    # the narrow no-break space of French thousands (not in CP858) prints as a space
    big = dataclasses.replace(wide_receipt(), shop=french, member_name=None)
    big_stream = printed(big, code_pages=("CP858",))
    assert GS_V_0 not in big_stream
    assert "1 234 679,99\u00a0€" in text_of(big_stream)
    assert "Merci - à bientôt..." in text


def test_the_drawer_pulse_is_only_esc_p() -> None:
    assert drawer_kick_escpos(2) == b"\x1bp\x00\x32\x32"
    assert drawer_kick_escpos(5) == b"\x1bp\x01\x32\x32"
    opened = read_escpos(drawer_kick_escpos(2))
    assert opened.drawer_pulses == [2] and opened.items == [] and opened.cuts == 0
    # a cash receipt can open the drawer as it starts printing; a reprint does not
    kicked = printed(make_receipt(), kick_drawer=True)
    assert kicked.startswith(b"\x1b@" + ESC_T + bytes([19]) + b"\x1bp\x00\x32\x32")
    assert b"\x1bp" not in printed(make_receipt())


def test_the_logo_is_scaled_to_the_roll() -> None:
    logo = Image.new("RGBA", (1200, 300), (0, 0, 0, 0))
    logo.paste((20, 20, 20, 255), (100, 50, 1100, 250))
    buffer = BytesIO()
    logo.save(buffer, "PNG")
    for mm, dots in ((58, 384), (80, 576)):
        out = read_escpos(printed(make_receipt(), paper_mm=mm, logo_png=buffer.getvalue()))
        first = out.items[0]
        assert isinstance(first, RasterImage)
        assert first.width == dots
        assert first.height == round(300 * dots / 1200)
        ink = np.asarray(first.image.convert("L")) < 128
        assert 0.5 < ink.mean() < 0.8  # the dark box, not the transparent margin
        assert isinstance(out.items[1], TextLine) and out.items[1].text == "Kiln & Thread Pop-up"


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_the_qr_code_scans_back_to_the_pass(paper_mm: int) -> None:
    stream = printed(make_receipt(), paper_mm=paper_mm, qr=TOKEN, qr_caption="Your pass")
    out = read_escpos(stream)
    [qr] = [img for img in out.images if img.height > 100]
    assert qr.width == PAPERS[paper_mm].dots
    found = zxingcpp.read_barcodes(np.asarray(qr.image.convert("L")))
    assert [b.text for b in found] == [TOKEN]
    assert "^ Your pass" in out.text()


def test_equal_data_gives_equal_bytes_and_a_picture() -> None:
    data = make_receipt(member_name="Δήμητρα")
    options = ThermalOptions(paper_mm=58, qr=TOKEN)
    assert receipt_escpos(data, options) == receipt_escpos(data, options)
    png = render_png(receipt_escpos(data, options), PAPERS[58])
    with Image.open(BytesIO(png)) as picture:
        assert picture.width == 384 + 32
        assert picture.height > 1000
