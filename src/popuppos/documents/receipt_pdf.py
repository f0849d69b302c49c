"""An 80 mm roll receipt as PDF bytes: one page, as long as the sale.

The receipt is laid out in two passes: first every visual line becomes a row that knows its
height and how to draw itself, then a page exactly as tall as those rows is made and they
are drawn top-down. Long names wrap inside the 72 mm printable width; an amount too wide
for its column shrinks a little rather than overflow. Everything is black (thermal paper).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from popuppos.documents.data import ReceiptData, ReceiptTender
from popuppos.documents.receipt_text import (
    WORDS,
    discount_text,
    issued_at,
    item_name,
    member_text,
    method_text,
    money,
    number_text,
    rate_text,
    reference_text,
    sale_id_text,
    subtotal_label,
    tax_codes,
    tax_id_text,
    till_text,
    title_text,
    unit_text,
)
from popuppos.documents.styles import (
    BOLD,
    INK,
    RECEIPT,
    REGULAR,
    ReceiptStyle,
    fit_size,
    printable,
    register_fonts,
    stamp_metadata,
    text_width,
    wrap_text,
)

_GUTTER = 6.0  # space between a label and its amount
_INDENT = 8.0  # detail lines under an item


@dataclass(frozen=True, slots=True)
class _Row:
    height: float
    draw: Callable[[Canvas, float], None]  # called with the y of the row's top edge


def _baseline(top: float, height: float, size: float) -> float:
    """Baseline that centres capitals vertically in a row."""
    return top - height / 2 - size * 0.36


class _Layout:
    """Rows of a receipt, built top-down; measures as it goes."""

    def __init__(self, style: ReceiptStyle, code_width: float) -> None:
        self.s = style
        self.left = style.margin_x
        self.right = style.page_width - style.margin_x
        self.amount_right = self.right - code_width  # amounts line up here
        self.rows: list[_Row] = []

    @property
    def height(self) -> float:
        return sum(r.height for r in self.rows)

    def gap(self, height: float) -> None:
        self.rows.append(_Row(height, lambda c, y: None))

    def rule(self, *, heavy: bool = False) -> None:
        left, right = self.left, self.right

        def draw(c: Canvas, top: float) -> None:
            c.setStrokeColor(INK)
            c.setLineWidth(1.0 if heavy else 0.5)
            c.setDash([] if heavy else [1.5, 1.5])
            c.line(left, top - 4, right, top - 4)
            c.setDash([])

        self.rows.append(_Row(8, draw))

    def centered(self, text: str, font: str = REGULAR, size: float | None = None) -> None:
        size = size or self.s.body
        height = size * self.s.leading
        mid = (self.left + self.right) / 2
        for line in wrap_text(printable(text, font), font, size, self.right - self.left):

            def draw(c: Canvas, top: float, line: str = line) -> None:
                c.setFont(font, size)
                c.drawCentredString(mid, _baseline(top, height, size), line)

            self.rows.append(_Row(height, draw))

    def pair(
        self,
        label: str,
        amount: str = "",
        *,
        font: str = REGULAR,
        size: float | None = None,
        amount_font: str | None = None,
        indent: float = 0,
        code: str = "",
        to_edge: bool = False,
    ) -> None:
        """``label`` on the left (wrapped), ``amount`` right-aligned on its first line.

        Amounts line up at the amount column (left of the tax codes) unless ``to_edge``.
        """
        size = size or self.s.body
        amount_font = amount_font or font
        amount = printable(amount, amount_font)
        left = self.left + indent
        right = self.right if to_edge else self.amount_right
        room = right - left
        amount_size = fit_size(amount, amount_font, size, room * 0.6, self.s.min_fit)
        amount_w = text_width(amount, amount_font, amount_size) if amount else 0.0
        label_room = room - amount_w - (_GUTTER if amount else 0.0)
        lines = wrap_text(printable(label, font), font, size, label_room)
        height = size * self.s.leading
        for i, line in enumerate(lines):
            first = i == 0

            def draw(c: Canvas, top: float, line: str = line, first: bool = first) -> None:
                base = _baseline(top, height, size)
                c.setFont(font, size)
                c.drawString(left, base, line)
                if first and amount:
                    c.setFont(amount_font, amount_size)
                    c.drawRightString(right, base, amount)
                if first and code:
                    c.setFont(REGULAR, self.s.small)
                    c.drawRightString(self.right, base, code)

            self.rows.append(_Row(height, draw))

    def columns(self, cells: list[str], edges: list[float], font: str, size: float) -> None:
        """One table row: the first cell left-aligned, the rest right-aligned at ``edges``."""
        height = size * self.s.leading
        starts = [self.left, *edges[:-1]]
        fitted: list[tuple[str, float]] = []
        for i, cell in enumerate(cells):
            room = edges[i] - starts[i] - (0 if i == 0 else 3)
            text = printable(cell, font)
            fitted.append((text, fit_size(text, font, size, room, self.s.min_fit)))

        def draw(c: Canvas, top: float) -> None:
            base = _baseline(top, height, size)
            for i, (text, fsize) in enumerate(fitted):
                c.setFont(font, fsize)
                if i == 0:
                    c.drawString(self.left, base, text)
                else:
                    c.drawRightString(edges[i], base, text)

        self.rows.append(_Row(height, draw))


def render_receipt_pdf(data: ReceiptData, style: ReceiptStyle = RECEIPT) -> bytes:
    """The receipt for ``data`` as PDF bytes; equal data gives equal bytes."""
    register_fonts()
    codes = tax_codes(data)
    code_width = text_width("M", REGULAR, style.small) + 3 if codes else 0.0
    layout = _Layout(style, code_width)
    _header(layout, data)
    _items(layout, data, codes)
    _totals(layout, data)
    _tenders(layout, data)
    _tax_summary(layout, data, codes)
    _footer(layout, data)

    buffer = BytesIO()
    page_height = style.margin_top + layout.height + style.margin_bottom
    canvas = Canvas(
        buffer,
        pagesize=(style.page_width, page_height),
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        initialFontSize=style.body,
    )
    stamp_metadata(
        canvas,
        title=f"{title_text(data)} {data.sale_number} — {data.shop.name}",
        subject=data.sale_id,
        when=data.created_at,
    )
    canvas.setFillColor(INK)
    top = page_height - style.margin_top
    for row in layout.rows:
        row.draw(canvas, top)
        top -= row.height
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _header(layout: _Layout, data: ReceiptData) -> None:
    s, shop = layout.s, data.shop
    layout.centered(shop.name, BOLD, s.shop_name)
    layout.gap(2)
    for line in shop.address_lines:
        layout.centered(line, REGULAR, s.small)
    if shop.tax_id:
        layout.centered(tax_id_text(data), REGULAR, s.small)
    layout.gap(3)
    layout.rule(heavy=True)
    layout.pair(title_text(data).upper(), number_text(data), font=BOLD, size=s.title, to_edge=True)
    layout.pair(issued_at(data))
    layout.pair(till_text(data), size=s.small)
    if data.member_name:
        layout.pair(member_text(data.member_name), size=s.small)
    layout.rule()


def _items(layout: _Layout, data: ReceiptData, codes: dict[int, str]) -> None:
    s = layout.s
    for i, line in enumerate(data.lines):
        if i:
            layout.gap(2)
        layout.pair(item_name(line), money(data, line.total), code=codes.get(line.tax_rate_bp, ""))
        if line.quantity != 1 or line.discount:
            layout.pair(unit_text(data, line), size=s.small, indent=_INDENT)
        if line.discount:
            layout.pair(discount_text(data, line), size=s.small, indent=_INDENT)
    layout.rule()


def _totals(layout: _Layout, data: ReceiptData) -> None:
    s = layout.s
    layout.pair(subtotal_label(data), money(data, data.subtotal))
    if data.discount_total:
        layout.pair(WORDS.discounts, money(data, -data.discount_total))
    if not data.tax_inclusive:
        layout.pair(WORDS.tax, money(data, data.tax_total))
    layout.gap(2)
    layout.pair(WORDS.total, money(data, data.total), font=BOLD, size=s.total)
    if data.tax_inclusive:
        layout.pair(WORDS.incl_tax, money(data, data.tax_total), size=s.small)
    if data.tip:
        layout.gap(2)
        layout.pair(WORDS.tip, money(data, data.tip))
        layout.pair(WORDS.grand_total, money(data, data.grand_total), font=BOLD, size=s.title)
    layout.rule()


def _tenders(layout: _Layout, data: ReceiptData) -> None:
    if not data.tenders:
        return
    for tender in data.tenders:
        layout.pair(method_text(tender.method), money(data, tender.amount))
        _tender_details(layout, data, tender)
    layout.rule()


def _tender_details(layout: _Layout, data: ReceiptData, tender: ReceiptTender) -> None:
    small = layout.s.small
    if tender.tendered is not None:
        layout.pair(WORDS.tendered, money(data, tender.tendered), size=small, indent=_INDENT)
        layout.pair(WORDS.change, money(data, tender.change), size=small, indent=_INDENT)
    elif tender.change:
        layout.pair(WORDS.change, money(data, tender.change), size=small, indent=_INDENT)
    if tender.reference:
        layout.pair(reference_text(tender.reference), size=small, indent=_INDENT)


def _tax_summary(layout: _Layout, data: ReceiptData, codes: dict[int, str]) -> None:
    if not data.taxes:
        return
    s = layout.s
    width = layout.amount_right - layout.left
    edges = [layout.left + width * f for f in (0.22, 0.48, 0.74, 1.0)]
    layout.columns([WORDS.tax_rate, WORDS.net, WORDS.tax, WORDS.gross], edges, BOLD, s.small)
    for row in data.taxes:
        rate = rate_text(row.rate_bp, codes.get(row.rate_bp))
        cells = [rate, money(data, row.net), money(data, row.tax), money(data, row.gross)]
        layout.columns(cells, edges, REGULAR, s.small)
    layout.rule()


def _footer(layout: _Layout, data: ReceiptData) -> None:
    s = layout.s
    if data.footer:
        layout.gap(2)
        layout.centered(data.footer, REGULAR, s.body)
        layout.gap(4)
    layout.centered(sale_id_text(data), REGULAR, s.small - 0.5)
