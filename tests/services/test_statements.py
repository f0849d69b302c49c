"""Revenue-share statements against a real SQLite file: the figures (worked out by hand
below), the PDF read back with pypdf, byte-for-byte reprints, corrections, A4 and Letter,
the CSV, the sync event, and every refusal (which writes nothing).

March 2026 at Kiln & Co (local times; prints carry no tax, mugs and journals 23 %):

* A1 "February deal": 10 % of net, all sales, 1-28 Feb.
* A2 "All sales": 12.5 % of net, all sales, March, €50.00 per event, guarantee €200.00.
* A3 "Prints sales": 20 % of gross, category Prints, March.
* A4 "Spring fair": 15 % of gross, the fair (14 Mar 10:00-18:00 at Kiln & Co), 14 Mar.
* The Hall: 10 % of gross at "Hall night" (20 Mar 18:00-22:00 at The Hall).

Sales: 3 Mar 11:00 print x2 (90.00: A3); 3 Mar 15:00 mug (12.30, tax 2.30: A2); 14 Mar
12:00 print + journal (45.00 + 24.60, tax 4.60: A4, the event wins); 14 Mar 19:00 mug x2
(24.60, tax 4.60: A2); 20 Mar 19:00 journal (The Hall's event); 25 Mar mug, voided; 27 Feb
journal (24.60, tax 4.60: A1) refunded 2 Mar; the 3 Mar mug refunded 10 Mar.

A1: base -(24.60 - 4.60) = -20.00, share -2.00.
A2: base (36.90 - 6.90) - (12.30 - 2.30) = 20.00, share 2.50, 1 event x 50.00, guarantee
    200.00 -> top-up 200.00 - 52.50 = 147.50, owed 200.00.
A3: base 90.00, share 18.00.      A4: base 69.60, share 10.44.
Gross 196.50, refunds 36.90, base 159.60, shares 28.94, fees 50.00, top-up 147.50;
owed 18.00 + 200.00 + 10.44 - 2.00 = 226.44.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from helpers import cart_of, payloads, rows, scalar
from popuppos.core.tender import cash_for
from popuppos.documents.statement_csv import render_statement_csv
from popuppos.documents.statement_data import from_json, to_json
from popuppos.documents.statement_pdf import DETAIL_LIMIT, render_statement_pdf
from popuppos.services import checkout, refunds
from popuppos.services.errors import ServiceError
from popuppos.services.partners import AgreementSpec, PartnerSpec, save_agreement, save_partner
from popuppos.services.receipts import local_time
from popuppos.services.statements import (
    default_page_size,
    issue_correction,
    issue_statement,
    list_statements,
    preview_statement,
    statement_csv,
    statement_data,
    statement_pdf,
)
from popuppos.store.models import utcnow
from venue_shop import VenueShop, euro, local, open_venue_shop, pdf_text

MAR1, MAR31 = date(2026, 3, 1), date(2026, 3, 31)
APRIL = date(2026, 4, 2)
YEAR = local_time(utcnow()).year


@dataclass
class March:
    shop: VenueShop
    hall: str
    late_mug: str  # the 3 Mar mug's line


@pytest.fixture
def march(tmp_path: Path) -> Iterator[March]:
    shop = open_venue_shop(tmp_path)
    db = shop.db
    fair = shop.event("Spring fair", date(2026, 3, 14), 10, 18)
    night = shop.event("Hall night", date(2026, 3, 20), 18, 22, venue="The Hall")
    hall = save_partner(db, PartnerSpec("The Hall"))

    def deal(
        label: str, basis: str, rate: int, scope: str, start: date, end: date, **kw: object
    ) -> None:
        save_agreement(
            db,
            AgreementSpec(
                kw.pop("partner", shop.kiln), label, basis, rate, scope, start, end, **kw
            ),
        )  # type: ignore[arg-type]

    deal("February deal", "net", 1000, "all", date(2026, 2, 1), date(2026, 2, 28))
    deal("All sales", "net", 1250, "all", MAR1, MAR31, fee_per_event=5000, minimum_guarantee=20_000)
    deal(
        "Prints sales",
        "gross",
        2000,
        "category",
        MAR1,
        MAR31,
        category_id=shop.category_id("Prints"),
    )
    deal("Spring fair", "gross", 1500, "event", date(2026, 3, 14), date(2026, 3, 14), event_id=fair)
    deal("Hall night", "gross", 1000, "event", MAR1, MAR31, event_id=night, partner=hall)

    (feb,) = shop.sale(local(date(2026, 2, 27), 12), ("JRN", 1))
    shop.sale(local(date(2026, 3, 3), 11), ("PRT-A3", 2))
    (mug,) = shop.sale(local(date(2026, 3, 3), 15), ("MUG", 1))
    shop.sale(local(date(2026, 3, 14), 12), ("PRT-A3", 1), ("JRN", 1))
    shop.sale(local(date(2026, 3, 14), 19), ("MUG", 2))
    shop.sale(local(date(2026, 3, 20), 19), ("JRN", 1))
    (voided,) = shop.sale(local(date(2026, 3, 25), 12), ("MUG", 1))
    shop.void(local(date(2026, 3, 25), 12, 5), voided)
    shop.refund(local(date(2026, 3, 2), 10), feb)
    shop.refund(local(date(2026, 3, 10), 10), mug)
    yield March(shop, hall, mug)
    db.close()


def counts(shop: VenueShop) -> tuple[int, int]:
    return (
        scalar(shop.db, "SELECT COUNT(*) FROM statements"),
        scalar(shop.db, "SELECT COUNT(*) FROM outbox"),
    )


# --- the figures ------------------------------------------------------------------------------
def test_the_preview_has_the_hand_worked_figures(march: March) -> None:
    data = preview_statement(march.shop.db, march.shop.kiln, MAR1, MAR31, actor="Aoife")
    assert data.preview and data.number == "Preview"
    rows_ = [(a.code, a.label, a.base, a.share, a.fees, a.top_up, a.owed) for a in data.agreements]
    assert rows_ == [
        ("A1", "February deal", -2000, -200, 0, 0, -200),
        ("A2", "All sales", 2000, 250, 5000, 14_750, 20_000),
        ("A3", "Prints sales", 9000, 1800, 0, 0, 1800),
        ("A4", "Spring fair", 6960, 1044, 0, 0, 1044),
    ]
    assert data.agreements[1].events == ("14 Mar · Spring fair",)
    assert (data.gross, data.refunds, data.base, data.share, data.fees, data.top_up, data.owed) == (
        19_650, 3_690, 15_960, 2_894, 5_000, 14_750, 22_644,
    )  # fmt: skip
    kinds = [(ln.kind, ln.agreement, ln.gross, ln.base) for ln in data.lines]
    assert kinds == [
        ("refund", "A1", -2460, -2000),  # 2 Mar: February's journal
        ("sale", "A3", 9000, 9000),  # 3 Mar prints
        ("sale", "A2", 1230, 1000),  # 3 Mar mug
        ("refund", "A2", -1230, -1000),  # 10 Mar: that mug back
        ("sale", "A4", 4500, 4500),  # the fair
        ("sale", "A4", 2460, 2460),
        ("sale", "A2", 2460, 2000),  # after the fair
    ]
    assert data.lines[1].item == "Sunrise print · A3 × 2" and data.lines[1].category == "Prints"
    hall = preview_statement(march.shop.db, march.hall, MAR1, MAR31)
    assert (hall.gross, hall.share, hall.owed) == (2460, 246, 246)  # the voided mug is nobody's


def test_issuing_stores_a_numbered_fact_whose_pdf_shows_the_databases_amounts(march: March) -> None:
    db = march.shop.db
    info = issue_statement(db, march.shop.kiln, MAR1, MAR31, actor="Aoife", today=APRIL)
    assert info.number == f"ST-{YEAR}-0001"
    assert (info.partner_name, info.period_start, info.period_end) == ("Kiln & Co", MAR1, MAR31)
    (row,) = rows(db, "SELECT * FROM statements")
    assert (row.number, row.amount_owed, row.corrects_id, row.page_size) == (
        info.number,
        22_644,
        None,
        "A4",
    )
    assert row.pdf_sha256 == hashlib.sha256(row.pdf).hexdigest()

    pdf = statement_pdf(db, info.id)
    assert pdf == row.pdf
    text_ = pdf_text(pdf)
    reader = PdfReader(BytesIO(pdf))
    assert f"Page 1 of {len(reader.pages)}" in text_
    for words in (
        "Sunrise Market Studio", "12 Harbour Lane", "IE1234567T",
        "Kiln & Co", "Róisín Walsh", "3 Quay Street", "IE7654321K",
        info.number, "1 Mar 2026 – 31 Mar 2026", "Every sale and refund (7 lines)",
        f"Sunrise Market Studio owes Kiln & Co {euro(row.amount_owed)}.",
    ):  # fmt: skip
        assert words in text_, words
    # The headline and the totals are the database's figures.
    data = statement_data(db, info.id)
    for amount in (
        data.gross,
        -data.refunds,
        data.base,
        data.owed,
        data.share,
        data.fees,
        data.top_up,
    ):
        assert euro(amount) in text_, amount
    for a in data.agreements:
        assert f"{a.code} {a.label}" in text_
        assert euro(a.share) in text_ and euro(a.owed) in text_
    # Every covered sale line, as the sale_lines table holds it, is printed with its gross.
    sold = rows(
        db,
        "SELECT l.gross, l.tax, l.product_name FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "WHERE s.number IN (2, 3, 4, 5) ORDER BY s.created_at, l.position",
    )
    printed = [ln for ln in text_.splitlines() if ln.startswith(("3 Mar", "14 Mar"))]
    assert len(printed) == len(sold) == 5
    for line, fact in zip(printed, sold, strict=True):
        assert fact.product_name in line and euro(fact.gross) in line and euro(fact.tax) in line
    assert len([ln for ln in text_.splitlines() if "Refund, sale" in ln]) == 2


def test_a_reprint_is_the_same_bytes_and_the_inputs_render_them_again(march: March) -> None:
    db = march.shop.db
    info = issue_statement(db, march.shop.kiln, MAR1, MAR31, actor="Aoife", today=APRIL)
    first = statement_pdf(db, info.id)
    assert statement_pdf(db, info.id) == first
    assert statement_pdf(db, info.id, "A4") == first
    data = statement_data(db, info.id)
    assert render_statement_pdf(data, "A4") == first  # the inputs reproduce it byte for byte
    assert from_json(to_json(data)) == data
    # Facts that arrive later change a preview, never the issued statement.
    march.shop.sale(local(date(2026, 3, 28), 12), ("PRT-A3", 1))
    assert statement_pdf(db, info.id) == first
    assert hashlib.sha256(first).hexdigest() == info.pdf_sha256
    assert preview_statement(db, march.shop.kiln, MAR1, MAR31).owed == 22_644 + 900


def test_a4_and_letter(march: March) -> None:
    db = march.shop.db
    info = issue_statement(
        db, march.shop.kiln, MAR1, MAR31, actor="Aoife", today=APRIL, page_size="Letter"
    )
    letter = statement_pdf(db, info.id)
    a4 = statement_pdf(db, info.id, "A4")
    assert statement_pdf(db, info.id, "A4") == a4  # rendered from the inputs, the same each time
    box = PdfReader(BytesIO(letter)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    box = PdfReader(BytesIO(a4)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert euro(22_644) in pdf_text(letter) and euro(22_644) in pdf_text(a4)
    assert default_page_size("en_US") == "Letter" and default_page_size("en_IE") == "A4"
    assert default_page_size("fr_CA") == "Letter" and default_page_size("de") == "A4"


def test_the_csv_has_the_same_numbers(march: March) -> None:
    db = march.shop.db
    info = issue_statement(db, march.shop.kiln, MAR1, MAR31, actor="Aoife", today=APRIL)
    csv_text = statement_csv(db, info.id).decode("utf-8")
    assert statement_csv(db, info.id) == render_statement_csv(statement_data(db, info.id))
    lines = csv_text.splitlines()
    assert lines[0].startswith("record,statement,partner,period_start,period_end,currency,when")
    records = list(csv.DictReader(lines))
    head = records[0]
    assert (head["record"], head["statement"], head["partner"]) == (
        "statement",
        info.number,
        "Kiln & Co",
    )
    assert (head["gross"], head["refunds"], head["base"], head["share"], head["fees"]) == (
        "196.50", "-36.90", "159.60", "28.94", "50.00",
    )  # fmt: skip
    assert (head["guarantee_top_up"], head["owed"], head["lines"]) == ("147.50", "226.44", "7")
    agreements = [
        (r["agreement"], r["rate_percent"], r["share"], r["owed"])
        for r in records
        if r["record"] == "agreement"
    ]
    assert agreements == [
        ("A1", "10.00", "-2.00", "-2.00"),
        ("A2", "12.50", "2.50", "200.00"),
        ("A3", "20.00", "18.00", "18.00"),
        ("A4", "15.00", "10.44", "10.44"),
    ]
    details = [
        (r["record"], r["gross"], r["base"]) for r in records if r["record"] in ("sale", "refund")
    ]
    assert details[0] == ("refund", "-24.60", "-20.00") and len(details) == 7
    assert sum(int(r["gross"].replace(".", "")) for r in records if r["record"] == "sale") == 19_650


# --- corrections --------------------------------------------------------------------------------
def test_a_correction_is_a_new_statement_that_refers_to_the_one_it_corrects(march: March) -> None:
    db, kiln = march.shop.db, march.shop.kiln
    first = issue_statement(db, kiln, MAR1, MAR31, actor="Aoife", today=APRIL)
    original_pdf = statement_pdf(db, first.id)
    hall = issue_statement(db, march.hall, MAR1, MAR31, actor="Aoife", today=APRIL)
    assert hall.number == f"ST-{YEAR}-0002"
    # A sale from another stall, made on 28 Mar, arrives after the statement was issued.
    march.shop.sale(local(date(2026, 3, 28), 12), ("PRT-A3", 1))
    fixed = issue_correction(db, first.id, actor="Ben", today=APRIL)
    assert fixed.number == f"ST-{YEAR}-0003"
    assert (fixed.corrects_id, fixed.corrects_number, fixed.amount_owed) == (
        first.id,
        first.number,
        23_544,
    )
    assert (fixed.period_start, fixed.period_end, fixed.partner_id) == (MAR1, MAR31, kiln)
    listed = {s.number: s for s in list_statements(db, kiln)}
    assert listed[first.number].corrected_by_number == fixed.number
    assert statement_pdf(db, first.id) == original_pdf  # the original is never edited
    text_ = pdf_text(statement_pdf(db, fixed.id))
    assert f"This statement corrects {first.number}" in text_
    assert (
        f"This statement corrects {first.number} and replaces it. That statement said €226.44 "
        "owed to Kiln & Co; the amount owed is now €235.44 owed to Kiln & Co, €9.00 more to "
        "Kiln & Co."
    ) in " ".join(text_.split())
    with pytest.raises(
        ServiceError, match=f"{first.number} was already corrected by {fixed.number}"
    ):
        issue_correction(db, first.id, actor="Ben", today=APRIL)
    again = issue_correction(db, fixed.id, actor="Ben", today=APRIL)  # correct the correction
    assert again.corrects_number == fixed.number and again.amount_owed == 23_544
    events = payloads(db, "statement.issued")
    assert [(e["number"], e["owed"], e["corrects_number"]) for e in events] == [
        (first.number, 22_644, None),
        (hall.number, 246, None),
        (fixed.number, 23_544, first.number),
        (again.number, 23_544, fixed.number),
    ]
    assert all(
        type(e[k]) is int
        for e in events
        for k in ("gross", "refunds", "base", "share", "fees", "top_up", "owed")
    )
    assert events[0]["pdf_sha256"] == first.pdf_sha256 and events[0]["lines"] == 7


def test_an_issued_statement_cannot_be_edited_or_deleted(march: March) -> None:
    db = march.shop.db
    info = issue_statement(db, march.shop.kiln, MAR1, MAR31, actor="Aoife", today=APRIL)
    for sql in ("UPDATE statements SET amount_owed = 0", "DELETE FROM statements"):
        with (
            pytest.raises(DatabaseError, match="statements rows are facts"),
            db.engine.begin() as conn,
        ):
            conn.execute(text(sql))
    assert scalar(db, "SELECT amount_owed FROM statements WHERE id = :i", i=info.id) == 22_644


# --- refusals -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "end", "kw", "reason"),
    [
        (MAR31, MAR1, {}, r"the period ends \(2026-03-01\) before it starts \(2026-03-31\)"),
        (MAR1, MAR31, {"today": date(2026, 3, 20)}, "the period ends on 2026-03-31, after today"),
        (
            date(2026, 1, 1),
            date(2026, 1, 31),
            {},
            "has no agreement in force from 2026-01-01 to 2026-01-31",
        ),
        (MAR1, MAR31, {"page_size": "A5"}, "'A5' is not a paper size PopupPOS prints"),
        (MAR1, MAR31, {"actor": "  "}, "say who issues the statement"),
    ],
)
def test_a_statement_that_cannot_be_issued_says_why_and_writes_nothing(
    march: March, start: date, end: date, kw: dict[str, object], reason: str
) -> None:
    before = counts(march.shop)
    args: dict[str, object] = {"actor": "Aoife", "today": APRIL, **kw}
    with pytest.raises(ServiceError, match=reason):
        issue_statement(march.shop.db, march.shop.kiln, start, end, **args)  # type: ignore[arg-type]
    assert counts(march.shop) == before


def test_a_partners_statements_never_overlap(march: March) -> None:
    db, kiln = march.shop.db, march.shop.kiln
    first = issue_statement(db, kiln, MAR1, MAR31, actor="Aoife", today=APRIL)
    before = counts(march.shop)
    with pytest.raises(ServiceError) as refused:
        issue_statement(db, kiln, date(2026, 3, 31), date(2026, 4, 1), actor="Aoife", today=APRIL)
    assert str(refused.value) == (
        f"{first.number} already covers 2026-03-01 to 2026-03-31 for Kiln & Co; "
        "issue a correction of it instead"
    )
    assert counts(march.shop) == before
    # Another partner's statement for the same days is fine.
    issue_statement(db, march.hall, MAR1, MAR31, actor="Aoife", today=APRIL)


# --- sizes and the real sale path ---------------------------------------------------------
def test_a_long_statement_has_a_summary_by_day_and_category_and_an_appendix(march: March) -> None:
    shop = march.shop
    for minute in range(DETAIL_LIMIT):
        shop.sale(local(date(2026, 3, 5), 9, minute), ("MUG", 1))
    info = issue_statement(shop.db, shop.kiln, MAR1, MAR31, actor="Aoife", today=APRIL)
    pdf = statement_pdf(shop.db, info.id)
    text_ = pdf_text(pdf)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    assert pages >= 2 and f"Page {pages} of {pages}" in text_
    assert "By day and category" in text_
    assert f"Appendix: every sale and refund ({DETAIL_LIMIT + 7} lines)" in text_
    assert len([ln for ln in text_.splitlines() if ln.startswith("5 Mar 09:")]) == DETAIL_LIMIT
    data = statement_data(shop.db, info.id)
    (day5,) = [r for r in data.summary if r.day == date(2026, 3, 5)]
    assert (day5.category, day5.sales, day5.gross, day5.base) == (
        "Ceramics",
        40,
        40 * 1230,
        40 * 1000,
    )


def test_todays_sales_through_checkout_and_refund_are_stated(march: March) -> None:
    shop = march.shop
    today = local_time(utcnow()).date()
    save_agreement(
        shop.db,
        AgreementSpec(
            shop.kiln,
            "Today",
            "gross",
            1000,
            "category",
            today,
            today,
            category_id=shop.category_id("Stationery"),
        ),
    )
    item = shop.items["JRN"]
    cart = cart_of(item.line(2))  # 49.20
    sale = checkout.complete_sale(shop.db, cart, [cash_for(4920, 5000)], cashier="Aoife")
    refundable = refunds.sale_for_refund(shop.db, sale.id)
    refunds.refund_sale(
        shop.db, sale.id, {refundable.lines[0].sale_line_id: 1}, refund_tip=False, reason="Gift",
        cashier="Aoife", manager_pin="2468",
    )  # fmt: skip
    info = issue_statement(shop.db, shop.kiln, today, today, actor="Aoife")
    data = statement_data(shop.db, info.id)
    # 10 % of the gross 49.20 = 4.92 (a gross base ignores the refund, which is listed).
    assert (data.gross, data.refunds, data.share, data.owed) == (4920, 2460, 492, 492)
    assert [ln.kind for ln in data.lines] == ["sale", "refund"]
    assert data.lines[0].reference == f"Sale {sale.number}"
