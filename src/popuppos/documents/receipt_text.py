"""The words and figures every receipt prints, in one place.

The 80 mm PDF roll (``receipt_pdf``) and the thermal printer's byte stream
(``escpos_receipt``) lay the same sale out on different media; both take their labels,
amounts, dates and tax codes from here, so a label changed once reads the same on both
and the figures can never disagree. The look (fonts, sizes, colours) stays in
``documents.styles``.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.dates import format_datetime

from popuppos.core.money import format_money
from popuppos.core.pricing import format_rate
from popuppos.documents.data import ReceiptData, ReceiptLine


@dataclass(frozen=True, slots=True)
class ReceiptWords:
    """Every fixed word a receipt prints (English today; one object to translate)."""

    number: str = "No."
    till: str = "Till"
    served_by: str = "Served by"
    member: str = "Member"
    subtotal: str = "Subtotal"
    item: str = "item"
    items: str = "items"
    discount: str = "Discount"
    discounts: str = "Discounts"
    tax: str = "Tax"
    total: str = "TOTAL"
    incl_tax: str = "incl. tax"
    tip: str = "Tip"
    grand_total: str = "Grand total"
    tendered: str = "Tendered"
    change: str = "Change"
    reference: str = "Ref."
    tax_rate: str = "Tax rate"
    net: str = "Net"
    gross: str = "Gross"
    sale_id: str = "Sale ID"
    pass_caption: str = "Your member pass: show this code at the door"
    link_caption: str = "This receipt online"


WORDS = ReceiptWords()


def money(data: ReceiptData, minor: int) -> str:
    """An amount in the shop's currency and locale (``€12.50``, ``12,50 €``)."""
    return format_money(minor, data.shop.currency, data.shop.locale)


def issued_at(data: ReceiptData) -> str:
    """When the sale (or refund) was made, in the shop's locale."""
    return str(format_datetime(data.created_at, "medium", locale=data.shop.locale))


def number_text(data: ReceiptData) -> str:
    return f"{WORDS.number} {data.sale_number}"


def till_text(data: ReceiptData) -> str:
    return f"{WORDS.till}: {data.device_name} · {WORDS.served_by}: {data.cashier}"


def member_text(name: str) -> str:
    return f"{WORDS.member}: {name}"


def tax_id_text(data: ReceiptData) -> str:
    shop = data.shop
    return f"{shop.tax_id_label} {shop.tax_id}" if shop.tax_id else ""


def item_name(line: ReceiptLine) -> str:
    return f"{line.name} · {line.variant}" if line.variant else line.name


def unit_text(data: ReceiptData, line: ReceiptLine) -> str:
    """ "2 × €12.00": shown under an item bought more than once or discounted."""
    return f"{line.quantity} × {money(data, line.unit_price)}"


def discount_text(data: ReceiptData, line: ReceiptLine) -> str:
    return f"{WORDS.discount} {money(data, -line.discount)}"


def subtotal_label(data: ReceiptData) -> str:
    """ "Subtotal (3 items)"."""
    count = sum(line.quantity for line in data.lines)
    return f"{WORDS.subtotal} ({count} {WORDS.item if count == 1 else WORDS.items})"


def reference_text(reference: str) -> str:
    return f"{WORDS.reference} {reference}"


def sale_id_text(data: ReceiptData) -> str:
    return f"{WORDS.sale_id} {data.sale_id}"


def tax_codes(data: ReceiptData) -> dict[int, str]:
    """A letter per tax rate (A, B ...) when the receipt has more than one rate."""
    rates: list[int] = []
    for rate in [row.rate_bp for row in data.taxes] + [ln.tax_rate_bp for ln in data.lines]:
        if rate not in rates:
            rates.append(rate)
    if len(rates) < 2:
        return {}
    return {rate: chr(ord("A") + i) if i < 26 else "?" for i, rate in enumerate(rates)}


def rate_text(rate_bp: int, code: str | None) -> str:
    """ "A 23 %" when the receipt has tax codes, else "23 %"."""
    return f"{code} {format_rate(rate_bp)}" if code else format_rate(rate_bp)
