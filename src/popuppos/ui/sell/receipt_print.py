"""Printing a receipt on an 80 mm roll (or any QPrinter) with QPainter, from ReceiptData.

``receipt_rows`` turns the data into text rows (no Qt); ``print_receipt`` sizes a page as
long as the rows and paints them. The PDF for saving comes from ``services.receipts``.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import datetime

from popuppos.core.money import format_money
from popuppos.core.pricing import format_rate
from popuppos.documents.data import ReceiptData
from popuppos.ui.i18n import date_text, english_dates, translate
from popuppos.ui.qt import (
    QFont,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPointF,
    QPrinter,
    QRectF,
    QSizeF,
    Qt,
)

ROLL_WIDTH_MM = 80.0
MARGIN_MM = 4.0
LINE_MM = 4.6  # one 8 pt text line with its leading
FOOTER_CHARS = 44


@dataclass(frozen=True, slots=True)
class Row:
    left: str
    right: str = ""
    bold: bool = False
    big: bool = False
    centre: bool = False
    rule: bool = False


def receipt_time(moment: datetime) -> str:
    """ "05 Mar 2026 14:30"; in another locale its own month names and order."""
    if english_dates():
        return moment.strftime("%d %b %Y %H:%M")
    return date_text(moment, time=True)


def receipt_rows(data: ReceiptData) -> list[Row]:
    shop = data.shop

    def money(minor: int) -> str:
        return format_money(minor, shop.currency, shop.locale)

    rows = [Row(shop.name, bold=True, big=True, centre=True)]
    rows += [Row(line, centre=True) for line in shop.address_lines]
    if shop.tax_id:
        rows.append(Row(f"{shop.tax_id_label} {shop.tax_id}", centre=True))
    rows.append(Row("", rule=True))
    rows.append(Row(f"{data.title} {data.sale_number}", receipt_time(data.created_at)))
    rows.append(Row(f"{data.device_name} · {data.cashier}".strip(" ·")))
    if data.member_name:
        rows.append(
            Row(
                translate("sell/receipt_print", "Member: {member_name}").format(
                    member_name=data.member_name
                )
            )
        )
    rows.append(Row("", rule=True))
    for line in data.lines:
        name = f"{line.name} · {line.variant}" if line.variant else line.name
        rows.append(Row(name, money(line.total)))
        detail = f"  {line.quantity} × {money(line.unit_price)}"
        if line.discount:
            detail += f"  (−{money(line.discount)})"
        rows.append(Row(detail))
    rows.append(Row("", rule=True))
    rows.append(Row(translate("sell/receipt_print", "Subtotal"), money(data.subtotal)))
    if data.discount_total:
        rows.append(
            Row(translate("sell/receipt_print", "Discounts"), f"−{money(data.discount_total)}")
        )
    rows.append(
        Row(translate("sell/receipt_print", "TOTAL"), money(data.total), bold=True, big=True)
    )
    if data.tip:
        rows.append(Row(translate("sell/receipt_print", "Tip"), money(data.tip)))
        rows.append(
            Row(translate("sell/receipt_print", "Paid"), money(data.grand_total), bold=True)
        )
    for t in data.tenders:
        method = f"{t.method} ({t.reference})" if t.reference else t.method
        rows.append(Row(method, money(t.tendered if t.tendered is not None else t.amount)))
        if t.change:
            rows.append(Row(translate("sell/receipt_print", "Change"), money(t.change), bold=True))
    rows.append(Row("", rule=True))
    for tax in data.taxes:
        word = (
            translate("sell/receipt_print", "incl.")
            if data.tax_inclusive
            else translate("sell/receipt_print", "on")
        )
        rows.append(
            Row(
                translate("sell/receipt_print", "Tax {rate} {word} {amount}").format(
                    rate=format_rate(tax.rate_bp), word=word, amount=money(tax.net)
                ),
                money(tax.tax),
            )
        )
    if data.footer:
        rows.append(Row(""))
        rows += [Row(part, centre=True) for part in textwrap.wrap(data.footer, FOOTER_CHARS)]
    return rows


def _row_lines(row: Row) -> int:
    return 2 if row.big else 1


def page_height_mm(rows: list[Row]) -> float:
    return 2 * MARGIN_MM + LINE_MM * sum(_row_lines(r) for r in rows) + LINE_MM


def print_receipt(printer: QPrinter, data: ReceiptData) -> None:
    """Paint ``data`` on ``printer``: one page of 80 mm width and just the needed length."""
    rows = receipt_rows(data)
    size = QPageSize(
        QSizeF(ROLL_WIDTH_MM, page_height_mm(rows)),
        QPageSize.Unit.Millimeter,
        translate("sell/receipt_print", "Receipt roll"),
    )
    printer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(printer)
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        px_per_mm = printer.resolution() / 25.4
        line_h = LINE_MM * px_per_mm
        width = float(area.width())
        y = 0.0
        for row in rows:
            font = QFont("DejaVu Sans")
            font.setPointSizeF(11.0 if row.big else 8.0)
            font.setBold(row.bold)
            painter.setFont(font)
            h = line_h * _row_lines(row)
            rect = QRectF(0.0, y, width, h)
            if row.rule:
                mid = rect.center().y()
                painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.right(), mid))
            elif row.centre:
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), row.left)
            else:
                left_flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                right_flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                right_w = painter.fontMetrics().horizontalAdvance(row.right) + 4
                text = painter.fontMetrics().elidedText(
                    row.left, Qt.TextElideMode.ElideRight, int(width - right_w - 8)
                )
                painter.drawText(rect, int(left_flags), text)
                painter.drawText(rect, int(right_flags), row.right)
            y += h
    finally:
        painter.end()
