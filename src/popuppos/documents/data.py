"""What a printed document shows, as plain frozen values.

The renderers in this package turn these into PDF bytes and do no arithmetic of their own
beyond laying text out: every amount here is already computed by the services (integer
minor units of ``shop.currency``), every tax rate is in basis points (2300 = 23 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ShopHeader:
    """Who issues the document, and how its amounts and dates are written."""

    name: str
    address_lines: tuple[str, ...]
    tax_id: str | None
    locale: str  # a Babel locale, e.g. "en_IE", "de_DE"
    currency: str  # ISO 4217, e.g. "EUR"
    tax_id_label: str = "Tax ID"  # printed before tax_id: "VAT no.", "USt-IdNr." ...


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    name: str
    variant: str  # "" when the product has no variants
    quantity: int
    unit_price: int
    discount: int  # positive minor units taken off this line (its own and its cart share)
    total: int  # what is charged for the line after discounts
    tax_rate_bp: int


@dataclass(frozen=True, slots=True)
class ReceiptTender:
    method: str  # display label: "Cash", "Card", "Voucher" ...
    amount: int  # what this tender paid towards the sale
    tendered: int | None  # cash handed over, None for non-cash tenders
    change: int  # change given back (0 for non-cash tenders)
    reference: str | None  # card terminal reference, voucher code ...


@dataclass(frozen=True, slots=True)
class TaxRow:
    rate_bp: int
    net: int
    tax: int
    gross: int


@dataclass(frozen=True, slots=True)
class ReceiptData:
    """One sale (or refund: same shape, positive amounts, the title says "Refund")."""

    title: str
    shop: ShopHeader
    sale_number: str
    sale_id: str
    created_at: datetime  # timezone-aware, in the shop's local time
    device_name: str
    cashier: str
    member_name: str | None
    lines: tuple[ReceiptLine, ...]
    subtotal: int  # sum of quantity * unit_price, before discounts
    discount_total: int
    tax_total: int
    tax_inclusive: bool
    total: int  # charged for the goods, before any tip
    tip: int
    tenders: tuple[ReceiptTender, ...]
    taxes: tuple[TaxRow, ...]
    footer: str

    @property
    def grand_total(self) -> int:
        return self.total + self.tip


@dataclass(frozen=True, slots=True)
class TenderSummary:
    method: str
    count: int
    amount: int


@dataclass(frozen=True, slots=True)
class ZReportData:
    """A shift's close-out: what was sold, how it was paid, and what the drawer held."""

    shop: ShopHeader
    shift_number: str
    device_name: str
    opened_at: datetime
    closed_at: datetime
    opened_by: str
    closed_by: str
    sales_count: int
    items_sold: int
    gross_sales: int
    discounts: int
    refunds_count: int
    refunds_total: int
    voids_count: int
    voids_total: int
    net_sales: int
    tax_total: int
    tips_total: int
    tenders: tuple[TenderSummary, ...]
    taxes: tuple[TaxRow, ...]
    opening_float: int
    cash_sales: int
    cash_refunds: int
    expected_cash: int
    counted_cash: int
    difference: int  # counted - expected: negative means the drawer is short
    note: str | None
