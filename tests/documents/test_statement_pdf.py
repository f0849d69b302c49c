"""The statement PDF and CSV renderers on made-up statements: equal data, equal bytes; short
statements list every line, long ones summarise by day and category with an appendix; the
numbers printed are the data's; the CSV writes integers as exact decimals."""

from __future__ import annotations

import csv
from dataclasses import replace
from io import BytesIO

import pytest
from pypdf import PdfReader

from popuppos.core.money import format_money
from popuppos.documents.statement_csv import decimal_text, render_statement_csv
from popuppos.documents.statement_data import from_json, to_json
from popuppos.documents.statement_pdf import DETAIL_LIMIT, page_style, render_statement_pdf
from popuppos.documents.statement_sample import sample_statement


def euro(minor: int) -> str:
    return format_money(minor, "EUR", "en_IE")


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def test_a_short_statement_lists_every_line_and_renders_the_same_bytes_twice() -> None:
    data = sample_statement(30)
    pdf = render_statement_pdf(data)
    assert render_statement_pdf(from_json(to_json(data))) == pdf
    text = text_of(pdf)
    assert "Every sale and refund (30 lines)" in text and "Appendix" not in text
    assert "Statement ST-2026-0042" in text and "1 Mar 2026 – 31 Mar 2026" in text
    assert f"Sunrise Market Studio owes Kiln & Co {euro(data.owed)}." in text
    for line in data.lines:
        assert euro(line.gross) in text
    # The column totals printed are the sums of the agreements' figures.
    assert data.gross == sum(a.gross for a in data.agreements)
    assert euro(sum(a.tax for a in data.agreements)) in text


def test_a_long_statement_summarises_by_day_and_category_with_every_line_in_an_appendix() -> None:
    data = sample_statement(DETAIL_LIMIT * 10)
    pdf = render_statement_pdf(data)
    reader = PdfReader(BytesIO(pdf))
    text = text_of(pdf)
    assert "By day and category" in text
    assert f"Appendix: every sale and refund ({len(data.lines):,} lines)" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    rows = [
        ln for ln in text.splitlines() if ln.startswith(tuple(f"{d} Mar " for d in range(1, 32)))
    ]
    detail = [ln for ln in rows if ":" in ln.split(" ")[2]]  # "3 Mar 09:40 Sale 12 ..."
    assert len(detail) == len(data.lines)
    assert sum(r.gross for r in data.summary) == data.gross


def test_page_sizes_and_a_preview_is_marked() -> None:
    data = sample_statement(5)
    for size, (w, h) in (("A4", (595, 842)), ("Letter", (612, 792))):
        box = PdfReader(BytesIO(render_statement_pdf(data, size))).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (w, h)
    with pytest.raises(ValueError, match="A4 or Letter"):
        page_style("A5")
    preview = text_of(render_statement_pdf(replace(data, preview=True, number="Preview")))
    assert "Preview, not issued" in preview and "ST-2026" not in preview


def test_the_csv_writes_the_same_numbers_as_exact_decimals() -> None:
    assert [decimal_text(n, 2) for n in (0, 5, -5, 1250, -123456)] == [
        "0.00", "0.05", "-0.05", "12.50", "-1234.56",
    ]  # fmt: skip
    assert decimal_text(700, 0) == "700" and decimal_text(-1, 3) == "-0.001"
    data = sample_statement(50)
    records = list(csv.DictReader(render_statement_csv(data).decode("utf-8").splitlines()))
    assert records[0]["record"] == "statement"
    assert records[0]["owed"] == decimal_text(data.owed, 2)
    lines = [r for r in records if r["record"] in ("sale", "refund")]
    assert len(lines) == len(data.lines)
    assert sum(int(r["gross"].replace(".", "")) for r in lines) == data.gross - data.refunds
