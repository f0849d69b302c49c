"""The words and figures every receipt prints, in one place.

The 80 mm PDF roll (``receipt_pdf``) and the thermal printer's byte stream
(``escpos_receipt``) lay the same sale out on different media; both take their labels,
amounts, dates and tax codes from here, so a label changed once reads the same on both
and the figures can never disagree. The look (fonts, sizes, colours) stays in
``documents.styles``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from babel.dates import format_datetime

from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.core.money import format_money
from popuppos.core.pricing import format_rate
from popuppos.documents.data import ReceiptData, ReceiptLine


@dataclass(frozen=True, slots=True)
class ReceiptWords:
    """Every fixed word a receipt prints, in the shop's language when it is read.

    The defaults are the English source texts (marked for ``pyside6-lupdate``); reading a
    field passes it through ``translate`` so a translator installed after import counts."""

    number: str = QT_TRANSLATE_NOOP("documents/receipt_text", "No.")
    till: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Till")
    served_by: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Served by")
    member: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Member")
    subtotal: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Subtotal")
    item: str = QT_TRANSLATE_NOOP("documents/receipt_text", "item")
    items: str = QT_TRANSLATE_NOOP("documents/receipt_text", "items")
    discount: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Discount")
    discounts: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Discounts")
    tax: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Tax")
    total: str = QT_TRANSLATE_NOOP("documents/receipt_text", "TOTAL")
    incl_tax: str = QT_TRANSLATE_NOOP("documents/receipt_text", "incl. tax")
    tip: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Tip")
    grand_total: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Grand total")
    tendered: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Tendered")
    change: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Change")
    reference: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Ref.")
    tax_rate: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Tax rate")
    net: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Net")
    gross: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Gross")
    sale_id: str = QT_TRANSLATE_NOOP("documents/receipt_text", "Sale ID")
    pass_caption: str = QT_TRANSLATE_NOOP(
        "documents/receipt_text", "Your member pass: show this code at the door"
    )
    link_caption: str = QT_TRANSLATE_NOOP("documents/receipt_text", "This receipt online")

    def __getattribute__(self, name: str) -> Any:
        value = object.__getattribute__(self, name)
        if isinstance(value, str) and not name.startswith("_"):
            return translate("documents/receipt_text", value)
        return value


WORDS = ReceiptWords()

# Fixed words that reach a receipt as data: the document's title (set by
# ``services.receipts``) and the payment methods' labels (``core.tender``). Printed through
# ``translate`` so they read in the shop's language; anything else (a shop's own method
# name) has no translation and prints as it is.
PRINTED_AS_DATA = (
    QT_TRANSLATE_NOOP("documents/receipt_text", "Receipt"),
    QT_TRANSLATE_NOOP("documents/receipt_text", "Refund"),
    QT_TRANSLATE_NOOP("documents/receipt_text", "Cash"),
    QT_TRANSLATE_NOOP("documents/receipt_text", "Card"),
    QT_TRANSLATE_NOOP("documents/receipt_text", "Other"),
)


def money(data: ReceiptData, minor: int) -> str:
    """An amount in the shop's currency and locale (``€12.50``, ``12,50 €``)."""
    return format_money(minor, data.shop.currency, data.shop.locale)


def issued_at(data: ReceiptData) -> str:
    """When the sale (or refund) was made, in the shop's locale."""
    return str(format_datetime(data.created_at, "medium", locale=data.shop.locale))


def title_text(data: ReceiptData) -> str:
    """ "Receipt" or "Refund" in the shop's language."""
    return translate("documents/receipt_text", data.title)


def method_text(method: str) -> str:
    """A payment method's label ("Cash") in the shop's language."""
    return translate("documents/receipt_text", method)


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
