"""What a venue statement is made of, read from the facts: one partner, one period.

``compose`` reads, inside the caller's transaction, every agreement (rule 2 of
``core.revenue_share`` is decided across all partners), the plan events, the sale lines
sold and the refund lines given in the period, and turns the core's figures into the
``StatementData`` the PDF and CSV are rendered from.

Which facts count:

* sales made in the period (the host's local days, first and last included), in the
  shop's currency, not voided (a voided sale never happened); sales synced from other
  stalls count like this stall's own;
* refunds given in the period, whenever the sale they undo was made (rule 4);
* a line's category is its product's category now (a sale line keeps its name, not its
  category); an issued statement keeps the category it printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from babel.dates import format_date
from sqlalchemy import Connection, select

from popuppos.core.revenue_share import (
    Agreement,
    Event,
    Period,
    RefundLineFact,
    SaleLineFact,
    day_category_summary,
    partner_share,
    refund_base,
    sale_base,
)
from popuppos.documents.statement_data import (
    AgreementRow,
    DetailLine,
    PartnerHeader,
    StatementData,
    SummaryRow,
)
from popuppos.services.calendar import as_utc
from popuppos.services.partners import AgreementInfo, load_agreements, load_partner
from popuppos.services.receipts import local_time, shop_header
from popuppos.services.shop import load_settings
from popuppos.store.drop_models import PlanEvent
from popuppos.store.models import (
    Category,
    Product,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    SaleVoid,
    Variant,
)

UNCATEGORISED = "Uncategorised"


@dataclass(frozen=True, slots=True)
class Heading:
    """What the statement says about itself (not computed from sales)."""

    number: str
    issued_at: datetime  # naive UTC
    issued_by: str
    corrects: str | None = None
    corrects_owed: int | None = None
    preview: bool = False


def utc_bounds(period: Period) -> tuple[datetime, datetime]:
    """[first local midnight, the midnight after the last day) as naive UTC."""
    start = as_utc(datetime.combine(period.start, time()).astimezone())
    end = as_utc(
        datetime.combine(date.fromordinal(period.end.toordinal() + 1), time()).astimezone()
    )
    return start, end


def _events(conn: Connection) -> list[Event]:
    rows = conn.execute(
        select(
            PlanEvent.id, PlanEvent.title, PlanEvent.starts_at, PlanEvent.ends_at, PlanEvent.venue
        )
    )
    return [
        Event(r.id, r.title, r.starts_at, r.ends_at, local_time(r.starts_at).date(), r.venue)
        for r in rows
    ]


_LINE_COLUMNS = (
    SaleLine.id,
    SaleLine.product_name,
    SaleLine.variant_name,
    SaleLine.quantity,
    SaleLine.gross,
    SaleLine.tax,
    Sale.created_at,
    Sale.number,
    Sale.device_id,
    Product.category_id,
)


def _sales(conn: Connection, start: datetime, end: datetime, currency: str) -> list[Any]:
    voided = select(SaleVoid.sale_id)
    stmt = (
        select(*_LINE_COLUMNS)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .join(Variant, Variant.id == SaleLine.variant_id)
        .join(Product, Product.id == Variant.product_id)
        .where(
            Sale.created_at >= start,
            Sale.created_at < end,
            Sale.currency == currency,
            Sale.id.not_in(voided),
        )
        .order_by(Sale.created_at, Sale.id, SaleLine.position)
    )
    return list(conn.execute(stmt))


def _refunds(conn: Connection, start: datetime, end: datetime, currency: str) -> list[Any]:
    stmt = (
        select(
            RefundLine.id.label("refund_line_id"),
            RefundLine.quantity.label("refunded_qty"),
            RefundLine.amount,
            RefundLine.tax.label("refunded_tax"),
            Refund.created_at.label("refunded_at"),
            *_LINE_COLUMNS,
        )
        .join(Refund, Refund.id == RefundLine.refund_id)
        .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .join(Variant, Variant.id == SaleLine.variant_id)
        .join(Product, Product.id == Variant.product_id)
        .where(Refund.created_at >= start, Refund.created_at < end, Sale.currency == currency)
        .order_by(Refund.created_at, Refund.id, RefundLine.id)
    )
    return list(conn.execute(stmt))


class LocalClock:
    """Stored (naive UTC) times as this machine's local time, fast for thousands of lines:
    the zone's offset is looked up once per UTC hour (offsets only change on the hour)."""

    def __init__(self) -> None:
        self._zones: dict[datetime, tzinfo] = {}

    def __call__(self, utc_naive: datetime) -> datetime:
        hour = utc_naive.replace(minute=0, second=0, microsecond=0)
        zone = self._zones.get(hour)
        if zone is None:
            found = local_time(hour).tzinfo
            assert found is not None
            zone = self._zones[hour] = found
        return utc_naive.replace(tzinfo=UTC).astimezone(zone)


def _fact(r: Any, clock: LocalClock) -> SaleLineFact:
    at: datetime = r.created_at
    return SaleLineFact(r.id, at, clock(at).date(), r.category_id, r.gross, r.tax)


def _item(r: Any, quantity: int) -> str:
    name = f"{r.product_name} · {r.variant_name}" if r.variant_name else r.product_name
    return f"{name} × {quantity}"


def _sale_ref(r: Any, device: str) -> str:
    return f"Sale {r.number}" if r.device_id == device else f"Sale {r.number} ({r.device_id[:4]})"


def compose(
    conn: Connection, device: str, partner_id: str, period: Period, heading: Heading
) -> StatementData:
    """The statement of ``partner_id`` for ``period``, from the facts as they are now."""
    settings = load_settings(conn)
    partner = load_partner(conn, partner_id)
    infos = load_agreements(conn)
    agreements = [i.terms for i in infos]
    events = _events(conn)
    categories: dict[str, str] = {
        r.id: r.name for r in conn.execute(select(Category.id, Category.name))
    }
    start, end = utc_bounds(period)
    sale_rows = _sales(conn, start, end, settings.currency)
    refund_rows = _refunds(conn, start, end, settings.currency)
    clock = LocalClock()
    sales = [_fact(r, clock) for r in sale_rows]
    refunds = [
        RefundLineFact(
            r.refund_line_id,
            clock(r.refunded_at).date(),
            _fact(r, clock),
            r.amount,
            r.refunded_tax,
        )
        for r in refund_rows
    ]
    share = partner_share(partner_id, partner.name, period, agreements, events, sales, refunds)
    codes = {r.agreement.id: f"A{n}" for n, r in enumerate(share.results, start=1)}
    by_id = {i.id: i for i in infos}
    counted = {a.id: 0 for a in agreements}
    for _line, a in share.sales:
        counted[a.id] += 1
    rows = tuple(
        _agreement_row(
            codes[r.agreement.id],
            by_id[r.agreement.id],
            r,
            counted[r.agreement.id],
            settings.locale,
        )
        for r in share.results
    )

    def category(cid: str | None) -> str:
        return categories.get(cid, UNCATEGORISED) if cid else UNCATEGORISED

    sale_by_id = {r.id: r for r in sale_rows}
    refund_by_id = {r.refund_line_id: r for r in refund_rows}
    detail: list[tuple[datetime, int, DetailLine]] = []
    for n, (line, a) in enumerate(share.sales):
        r = sale_by_id[line.id]
        detail.append((line.at, n, DetailLine(
            "sale", clock(line.at), _sale_ref(r, device), _item(r, r.quantity),
            category(line.category_id), codes[a.id], line.gross, line.tax, sale_base(a, line),
        )))  # fmt: skip
    for n, (back, a) in enumerate(share.refunds):
        r = refund_by_id[back.id]
        detail.append((r.refunded_at, len(detail) + n, DetailLine(
            "refund", clock(r.refunded_at), f"Refund, {_sale_ref(r, device).lower()}",
            _item(r, r.refunded_qty), category(back.line.category_id), codes[a.id],
            -back.amount, -back.tax, refund_base(a, back),
        )))  # fmt: skip
    detail.sort(key=lambda d: (d[0], d[1]))
    summary = tuple(
        SummaryRow(s.day, category(s.category_id), s.sales, s.gross, s.refunds, s.base)
        for s in day_category_summary(share)
    )
    return StatementData(
        number=heading.number,
        issued_at=local_time(heading.issued_at),
        issued_by=heading.issued_by,
        shop=shop_header(settings),
        partner=PartnerHeader(
            partner.name,
            partner.contact_name,
            partner.email,
            partner.phone,
            partner.address_lines,
            partner.tax_id,
        ),
        period_start=period.start,
        period_end=period.end,
        agreements=rows,
        lines=tuple(d for _, _, d in detail),
        summary=summary,
        gross=share.total("gross"),
        refunds=share.total("refunds"),
        base=share.total("base"),
        share=share.total("share"),
        fees=share.total("fees"),
        top_up=share.total("top_up"),
        owed=share.owed,
        corrects=heading.corrects,
        corrects_owed=heading.corrects_owed,
        preview=heading.preview,
    )


def _agreement_row(code: str, info: AgreementInfo, r: Any, lines: int, locale: str) -> AgreementRow:
    a: Agreement = r.agreement
    return AgreementRow(
        code=code,
        label=a.label,
        terms=info.words(locale),
        lines=lines,
        gross=r.gross,
        tax=r.tax,
        refunds=r.refunds,
        refund_tax=r.refund_tax,
        base=r.base,
        rate_bp=a.rate_bp,
        share=r.share,
        events=tuple(f"{format_date(e.day, 'd MMM', locale=locale)} · {e.title}" for e in r.events),
        fee_per_event=a.fee_per_event,
        fees=r.fees,
        guarantee=r.guarantee,
        top_up=r.top_up,
        owed=r.owed,
    )
