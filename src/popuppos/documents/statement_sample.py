"""A made-up statement of any length, for the benchmark and the sample documents.

The figures are computed with the same core rules the services use (``core.revenue_share``),
from a deterministic stream of sales over March 2026, so the sample adds up like a real one.
``statement_pdf_of(lines)`` is what ``bench/reports.py`` times as ``statement_10k_s``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from popuppos.core.revenue_share import (
    Agreement,
    Basis,
    Event,
    Period,
    RefundLineFact,
    SaleLineFact,
    Scope,
    day_category_summary,
    format_percent,
    partner_share,
    refund_base,
    sale_base,
)
from popuppos.documents.data import ShopHeader
from popuppos.documents.statement_data import (
    AgreementRow,
    DetailLine,
    PartnerHeader,
    StatementData,
    SummaryRow,
)
from popuppos.documents.statement_pdf import render_statement_pdf

_CATEGORIES = {"c1": "Prints", "c2": "Ceramics", "c3": "Stationery", "c4": "Apparel"}
_ITEMS = {
    "c1": [("Sunrise print · A3", 4500), ("Golden hour print · A4", 3200)],
    "c2": [("Cream mug", 1800), ("Dusk bowl", 2600)],
    "c3": [("Four-Count Breath Journal", 2400), ("Sticker sheet", 400)],
    "c4": [("Organic tee · M", 2900), ("Sand cap", 2200)],
}
_TZ = UTC


def sample_statement(lines: int = 10_000, *, number: str = "ST-2026-0042") -> StatementData:
    """A statement for March 2026 with about ``lines`` sale and refund lines."""
    period = Period(date(2026, 3, 1), date(2026, 3, 31))
    fair = Event(
        "fair", "Spring fair", datetime(2026, 3, 14, 9), datetime(2026, 3, 14, 18),
        date(2026, 3, 14), "Kiln & Co",
    )  # fmt: skip
    deals = [
        Agreement("a1", "kiln", "All sales at the shop", Basis.NET, 1250, Scope.ALL, period,
                  fee_per_event=5000, minimum_guarantee=20_000),
        Agreement("a2", "kiln", "Prints on the gallery wall", Basis.GROSS, 2000, Scope.CATEGORY,
                  period, category_id="c1"),
        Agreement("a3", "kiln", "Spring fair", Basis.GROSS, 1500, Scope.EVENT,
                  Period(date(2026, 3, 14), date(2026, 3, 14)), event_id="fair"),
    ]  # fmt: skip
    sales: list[SaleLineFact] = []
    refunds: list[RefundLineFact] = []
    names: dict[str, str] = {}
    start = datetime(2026, 3, 1, 9)
    step = (31 * 24 * 3600) // max(lines, 1)
    cats = list(_CATEGORIES)
    i = 0
    while len(sales) + len(refunds) < lines:
        cat = cats[(i * 7) % len(cats)]
        item, price = _ITEMS[cat][i % 2]
        qty = 1 + (i % 3 == 0)
        gross = price * qty
        tax = gross * 2000 // 12000
        at = start + timedelta(seconds=step * i)
        line = SaleLineFact(f"s{i}", at, at.date(), cat, gross, tax)
        sales.append(line)
        names[line.id] = f"{item} × {qty}"
        if i % 40 == 39 and len(sales) + len(refunds) < lines:
            back_day = min(at.date() + timedelta(days=1), period.end)
            refunds.append(RefundLineFact(f"r{i}", back_day, line, gross, tax))
        i += 1
    share = partner_share("kiln", "Kiln & Co", period, deals, [fair], sales, refunds)
    codes = {r.agreement.id: f"A{n}" for n, r in enumerate(share.results, start=1)}
    rows = tuple(
        AgreementRow(
            code=codes[r.agreement.id],
            label=r.agreement.label,
            terms=f"{format_percent(r.agreement.rate_bp)} {r.agreement.basis.label}",
            lines=sum(1 for _, a in share.sales if a.id == r.agreement.id),
            gross=r.gross,
            tax=r.tax,
            refunds=r.refunds,
            refund_tax=r.refund_tax,
            base=r.base,
            rate_bp=r.agreement.rate_bp,
            share=r.share,
            events=tuple(f"{e.day:%d %b} · {e.title}" for e in r.events),
            fee_per_event=r.agreement.fee_per_event,
            fees=r.fees,
            guarantee=r.guarantee,
            top_up=r.top_up,
            owed=r.owed,
        )
        for r in share.results
    )
    detail = [
        (
            ln.at,
            DetailLine(
                "sale", ln.at.replace(tzinfo=_TZ), f"Sale {n + 1}", names[ln.id],
                _CATEGORIES[ln.category_id or "c1"], codes[a.id], ln.gross, ln.tax,
                sale_base(a, ln),
            ),
        )
        for n, (ln, a) in enumerate(share.sales)
    ]  # fmt: skip
    for rf, a in share.refunds:
        at = datetime.combine(rf.day, datetime.min.time()).replace(hour=17)
        detail.append(
            (
                at,
                DetailLine(
                    "refund", at.replace(tzinfo=_TZ), f"Refund, {rf.line.id}", names[rf.line.id],
                    _CATEGORIES[rf.line.category_id or "c1"], codes[a.id], -rf.amount, -rf.tax,
                    refund_base(a, rf),
                ),
            )
        )  # fmt: skip
    detail.sort(key=lambda pair: pair[0])
    summary = tuple(
        SummaryRow(r.day, _CATEGORIES[r.category_id or "c1"], r.sales, r.gross, r.refunds, r.base)
        for r in day_category_summary(share)
    )
    return StatementData(
        number=number,
        issued_at=datetime(2026, 4, 2, 10, 30, tzinfo=_TZ),
        issued_by="Aoife",
        shop=ShopHeader(
            "Sunrise Market Studio",
            ("12 Harbour Lane", "Galway H91 X2Y4"),
            "IE1234567T",
            "en_IE",
            "EUR",
            "VAT no.",
        ),
        partner=PartnerHeader(
            "Kiln & Co",
            "Róisín Walsh",
            "hello@kilnandco.ie",
            "+353 91 555 0199",
            ("3 Quay Street", "Galway H91 A1B2"),
            "IE7654321K",
        ),
        period_start=period.start,
        period_end=period.end,
        agreements=rows,
        lines=tuple(d for _, d in detail),
        summary=summary,
        gross=share.total("gross"),
        refunds=share.total("refunds"),
        base=share.total("base"),
        share=share.total("share"),
        fees=share.total("fees"),
        top_up=share.total("top_up"),
        owed=share.owed,
    )


def statement_pdf_of(lines: int = 10_000, page_size: str = "A4") -> bytes:
    """Build and render a ``lines``-line statement (the benchmark's ``statement_10k_s``)."""
    return render_statement_pdf(sample_statement(lines), page_size)
