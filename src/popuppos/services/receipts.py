"""Documents from the facts: sale and refund receipts, the shift's Z report."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, select

from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.core.pricing import PricedLine, summarise_taxes
from popuppos.core.tender import TenderMethod
from popuppos.documents.data import (
    ReceiptData,
    ReceiptLine,
    ReceiptTender,
    ShopHeader,
    TaxRow,
    TenderSummary,
    ZReportData,
)
from popuppos.services.errors import ServiceError
from popuppos.services.shifts import last_closed
from popuppos.services.shop import ShopSettings, load_settings
from popuppos.store.db import Database
from popuppos.store.models import (
    Member,
    Refund,
    RefundLine,
    RefundTender,
    Sale,
    SaleLine,
    SaleTender,
    SaleVoid,
)


def local_time(utc_naive: datetime) -> datetime:
    """A stored (naive UTC) timestamp as an aware datetime in this machine's zone."""
    return utc_naive.replace(tzinfo=UTC).astimezone()


def shop_header(settings: ShopSettings) -> ShopHeader:
    return ShopHeader(
        name=settings.shop_name,
        address_lines=settings.address_lines,
        tax_id=settings.tax_id or None,
        locale=settings.locale,
        currency=settings.currency,
    )


def _label(method: str) -> str:
    try:
        return TenderMethod(method).label
    except ValueError:
        return method.title()


def _taxes(lines: list[PricedLine]) -> tuple[TaxRow, ...]:
    return tuple(TaxRow(t.rate_bp, t.net, t.tax, t.gross) for t in summarise_taxes(lines))


def _priced(rate: int, net: int, tax: int, gross: int) -> PricedLine:
    return PricedLine(0, 0, rate, 0, 0, 0, net, tax, gross)


def _receipt(conn: Connection, sale_id: str) -> ReceiptData:
    settings = load_settings(conn)
    sale = conn.execute(
        select(
            Sale.number,
            Sale.created_at,
            Sale.cashier,
            Member.name,
            Sale.subtotal,
            Sale.discount_total,
            Sale.tax_total,
            Sale.tax_inclusive,
            Sale.total,
            Sale.tip,
        )
        .outerjoin(Member, Member.id == Sale.member_id)
        .where(Sale.id == sale_id)
    ).first()
    if sale is None:
        raise ServiceError(translate("services/receipts", "that sale is not on this device"))
    rows = conn.execute(
        select(
            SaleLine.product_name,
            SaleLine.variant_name,
            SaleLine.quantity,
            SaleLine.unit_price,
            SaleLine.line_discount,
            SaleLine.cart_discount,
            SaleLine.gross,
            SaleLine.tax_rate_bp,
            SaleLine.net,
            SaleLine.tax,
        )
        .where(SaleLine.sale_id == sale_id)
        .order_by(SaleLine.position)
    ).all()
    tenders = conn.execute(
        select(
            SaleTender.method,
            SaleTender.amount,
            SaleTender.tendered,
            SaleTender.change,
            SaleTender.reference,
        )
        .where(SaleTender.sale_id == sale_id)
        .order_by(SaleTender.position)
    ).all()
    return ReceiptData(
        title=QT_TRANSLATE_NOOP("documents/receipt_text", "Receipt"),  # translated when shown
        shop=shop_header(settings),
        sale_number=str(sale.number),
        sale_id=sale_id,
        created_at=local_time(sale.created_at),
        device_name=settings.device_name,
        cashier=sale.cashier,
        member_name=sale.name,
        lines=tuple(
            ReceiptLine(
                r.product_name,
                r.variant_name,
                r.quantity,
                r.unit_price,
                r.line_discount + r.cart_discount,
                r.gross,
                r.tax_rate_bp,
            )
            for r in rows
        ),
        subtotal=sale.subtotal,
        discount_total=sale.discount_total,
        tax_total=sale.tax_total,
        tax_inclusive=sale.tax_inclusive,
        total=sale.total,
        tip=sale.tip,
        tenders=tuple(
            ReceiptTender(_label(t.method), t.amount, t.tendered, t.change, t.reference)
            for t in tenders
        ),
        taxes=_taxes([_priced(r.tax_rate_bp, r.net, r.tax, r.gross) for r in rows]),
        footer=settings.receipt_footer,
    )


def receipt_data(db: Database, sale_id: str) -> ReceiptData:
    with db.read() as conn:
        return _receipt(conn, sale_id)


def receipt_pdf(db: Database, sale_id: str) -> bytes:
    from popuppos.documents.receipt_pdf import render_receipt_pdf

    return render_receipt_pdf(receipt_data(db, sale_id))


def refund_receipt_data(db: Database, refund_id: str) -> ReceiptData:
    with db.read() as conn:
        settings = load_settings(conn)
        refund = conn.execute(
            select(
                Refund.sale_id,
                Refund.created_at,
                Refund.cashier,
                Refund.amount,
                Refund.tax,
                Refund.tip,
                Sale.number,
                Member.name,
            )
            .join(Sale, Sale.id == Refund.sale_id)
            .outerjoin(Member, Member.id == Sale.member_id)
            .where(Refund.id == refund_id)
        ).first()
        if refund is None:
            raise ServiceError(translate("services/receipts", "that refund is not on this device"))
        lines = conn.execute(
            select(
                SaleLine.product_name,
                SaleLine.variant_name,
                RefundLine.quantity,
                SaleLine.unit_price,
                RefundLine.amount,
                RefundLine.tax,
                SaleLine.tax_rate_bp,
            )
            .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
            .where(RefundLine.refund_id == refund_id)
            .order_by(SaleLine.position)
        ).all()
        tenders = conn.execute(
            select(RefundTender.method, RefundTender.amount).where(
                RefundTender.refund_id == refund_id
            )
        ).all()
    goods = refund.amount - refund.tip
    return ReceiptData(
        title=QT_TRANSLATE_NOOP("documents/receipt_text", "Refund"),  # translated when shown
        shop=shop_header(settings),
        sale_number=translate("services/receipts", "{number} (refund)").format(
            number=refund.number
        ),
        sale_id=refund.sale_id,
        created_at=local_time(refund.created_at),
        device_name=settings.device_name,
        cashier=refund.cashier,
        member_name=refund.name,
        lines=tuple(
            ReceiptLine(
                r.product_name,
                r.variant_name,
                r.quantity,
                r.unit_price,
                max(0, r.unit_price * r.quantity - r.amount),
                r.amount,
                r.tax_rate_bp,
            )
            for r in lines
        ),
        subtotal=goods,
        discount_total=0,
        tax_total=refund.tax,
        tax_inclusive=True,
        total=goods,
        tip=refund.tip,
        tenders=tuple(ReceiptTender(_label(t.method), t.amount, None, 0, None) for t in tenders),
        taxes=_taxes([_priced(r.tax_rate_bp, r.amount - r.tax, r.tax, r.amount) for r in lines]),
        footer=settings.receipt_footer,
    )


def z_report_data(db: Database, shift_id: str) -> ZReportData:
    """The Z report of a closed shift, computed from its facts."""
    closed = last_closed(db, shift_id)
    t = closed.totals
    with db.read() as conn:
        settings = load_settings(conn)
        voided = select(SaleVoid.sale_id).where(SaleVoid.shift_id == shift_id)
        sold = conn.execute(
            select(SaleLine.tax_rate_bp, SaleLine.net, SaleLine.tax, SaleLine.gross)
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(Sale.shift_id == shift_id, Sale.id.not_in(voided))
        ).all()
        refunded = conn.execute(
            select(SaleLine.tax_rate_bp, RefundLine.amount, RefundLine.tax)
            .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
            .join(Refund, Refund.id == RefundLine.refund_id)
            .where(Refund.shift_id == shift_id)
        ).all()
    # The tax table covers what "net sales" covers: kept sales less refunded goods.
    tax_lines = [_priced(*r) for r in sold] + [
        _priced(rate, -(amount - tax), -tax, -amount) for rate, amount, tax in refunded
    ]
    return ZReportData(
        shop=shop_header(settings),
        shift_number=str(t.shift.number),
        device_name=settings.device_name,
        opened_at=local_time(t.shift.opened_at),
        closed_at=local_time(closed.closed_at),
        opened_by=t.shift.opened_by,
        closed_by=closed.closed_by,
        sales_count=t.sales_count,
        items_sold=t.items_sold,
        gross_sales=t.gross_sales,
        discounts=t.discounts,
        refunds_count=t.refunds_count,
        refunds_total=t.refunds_total,
        voids_count=t.voids_count,
        voids_total=t.voids_total,
        net_sales=t.net_sales,
        tax_total=t.tax_total,
        tips_total=t.tips_total,
        tenders=tuple(TenderSummary(_label(m), c, a) for m, c, a in t.tenders),
        taxes=_taxes(tax_lines),
        opening_float=closed.drawer.opening_float,
        cash_sales=closed.drawer.cash_sales,
        cash_refunds=closed.drawer.cash_refunds,
        expected_cash=closed.drawer.expected,
        counted_cash=closed.drawer.counted,
        difference=closed.drawer.difference,
        note=closed.note or None,
    )


def z_report_pdf(db: Database, shift_id: str) -> bytes:
    from popuppos.documents.z_report_pdf import render_z_report_pdf

    return render_z_report_pdf(z_report_data(db, shift_id))
