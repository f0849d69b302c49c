"""Member pass cards as PDF: one card on a card-sized page, or A4 sheets of cards.

A card is 85 x 128 mm, portrait, read top to bottom like a membership card: the shop and
the tier on a coloured band, the holder and the validity, the QR code (44 mm, error
correction M: the 163-character token is a version 7 code, so a module is about 0.8 mm,
easy for a phone or a stall scanner), the benefits on a tinted panel, and the refund and
transfer terms in small print (their size shrinks, down to a floor, so long terms fit).

The sheet holds four cards per A4 page with cut marks at every corner. Both renderers are
deterministic: equal data gives equal bytes (the PDF's date is the pass's issue time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.documents.styles import (
    BOLD,
    CARD_ACCENT,
    CARD_TINT,
    INK,
    MUTED,
    REGULAR,
    RULE,
    fit_size,
    printable,
    register_fonts,
    stamp_metadata,
    text_width,
    wrap_text,
)

CARD_WIDTH = 85 * mm
CARD_HEIGHT = 128 * mm
QR_SIZE = 44 * mm
_PAD = 5 * mm
_BAND = 25 * mm
_LEADING = 1.3
_TERMS_SIZE, _TERMS_FLOOR = 6.0, 4.6
_SHEET_COLUMNS, _SHEET_ROWS = 2, 2
_SHEET_GAP = 12 * mm
_MARK_OFFSET, _MARK_LENGTH = 1.5 * mm, 4 * mm
_MONTHS = (
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Jan"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Feb"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Mar"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Apr"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "May"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Jun"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Jul"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Aug"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Sep"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Oct"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Nov"),
    QT_TRANSLATE_NOOP("documents/pass_card_pdf", "Dec"),
)


@dataclass(frozen=True, slots=True)
class PassCardData:
    """What a printed pass card shows (all text already in the host's words)."""

    shop_name: str
    shop_lines: tuple[str, ...]
    holder_name: str
    tier_name: str
    tier_code: str
    valid_from: date
    valid_until: date
    benefits: tuple[str, ...]
    refund_terms: str
    transfer_terms: str
    token: str
    pass_id: str
    issued_at: datetime  # the PDF's own date, so equal data gives equal bytes


def _day(day: date) -> str:
    month = translate("documents/pass_card_pdf", _MONTHS[day.month - 1])
    return translate("documents/pass_card_pdf", "{day} {month} {year}").format(
        day=day.day, month=month, year=day.year
    )


def _spaced(
    c: Canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool
) -> None:
    """Letter-spaced capitals (labels): drawn from ``x``, or ending at ``x`` when ``right``."""
    space = size * 0.12
    width = text_width(text, font, size) + space * (len(text) - 1)
    c.saveState()  # the character spacing is graphics state: keep it to this label
    t = c.beginText(x - width if right else x, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def _draw_qr(c: Canvas, token: str, x: float, y: float, size: float) -> None:
    widget = QrCodeWidget(token, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, x, y)


def _draw_card(c: Canvas, left: float, bottom: float, data: PassCardData) -> None:
    """One card with its lower left corner at (left, bottom)."""
    top, right = bottom + CARD_HEIGHT, left + CARD_WIDTH
    inner = CARD_WIDTH - 2 * _PAD
    c.saveState()

    # The band: shop, "MEMBER PASS", the tier.
    c.setFillColor(CARD_ACCENT)
    c.rect(left, top - _BAND, CARD_WIDTH, _BAND, stroke=0, fill=1)
    c.setFillColor(colors.white)
    shop = printable(data.shop_name, BOLD)
    label_width = 24 * mm
    c.setFont(BOLD, fit_size(shop, BOLD, 8.5, inner - label_width, 6))
    c.drawString(left + _PAD, top - 8 * mm, shop)
    c.setFillColor(colors.Color(1, 1, 1, alpha=0.75))
    _spaced(
        c,
        right - _PAD,
        top - 8 * mm,
        translate("documents/pass_card_pdf", "MEMBER PASS"),
        BOLD,
        5.5,
        right=True,
    )
    c.setFillColor(colors.white)
    tier = printable(data.tier_name, BOLD)
    c.setFont(BOLD, fit_size(tier, BOLD, 17, inner, 10))
    c.drawString(left + _PAD, top - 19.5 * mm, tier)

    # The holder on the left, the dates on the right.
    y = top - _BAND - 5.5 * mm
    dates_width = 27 * mm
    c.setFillColor(MUTED)
    _spaced(
        c, left + _PAD, y, translate("documents/pass_card_pdf", "MEMBER"), BOLD, 5.5, right=False
    )
    _spaced(
        c, right - _PAD, y, translate("documents/pass_card_pdf", "VALID"), BOLD, 5.5, right=True
    )
    c.setFillColor(INK)
    size, names = _holder_lines(printable(data.holder_name, BOLD), inner - dates_width - 2 * mm)
    c.setFont(BOLD, size)
    for i, line in enumerate(names):
        c.drawString(left + _PAD, y - 5.2 * mm - i * size * 1.15, line)
    dates = (
        translate("documents/pass_card_pdf", "from {day}").format(day=_day(data.valid_from)),
        translate("documents/pass_card_pdf", "until {day}").format(day=_day(data.valid_until)),
    )
    for i, line in enumerate(dates):
        c.setFont(REGULAR, fit_size(line, REGULAR, 7, dates_width, 5.5))
        c.drawRightString(right - _PAD, y - (3.6 + 3.3 * i) * mm, line)

    # The code, centred, with its reference under it.
    y -= 10.5 * mm
    _draw_qr(c, data.token, left + (CARD_WIDTH - QR_SIZE) / 2, y - QR_SIZE, QR_SIZE)
    y -= QR_SIZE + 2.5 * mm
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 5.5)
    ref = data.pass_id.rsplit("-", 1)[-1].upper()
    shown = translate("documents/pass_card_pdf", "Show this code at the stall · {ref}").format(
        ref=ref
    )
    c.drawCentredString(left + CARD_WIDTH / 2, y, shown)

    # The benefits on a tinted panel.
    y -= 3 * mm
    size = 6.8
    lines = [
        (first, line)
        for benefit in data.benefits
        for first, line in _bulleted(printable(benefit), REGULAR, size, inner - 7 * mm)
    ]
    panel = len(lines) * size * _LEADING + 3.4 * mm
    c.setFillColor(CARD_TINT)
    c.roundRect(left + _PAD, y - panel, inner, panel, 1.6 * mm, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont(REGULAR, size)
    line_y = y - 1.7 * mm - size
    for first, line in lines:
        if first:
            c.setFillColor(CARD_ACCENT)
            c.circle(left + _PAD + 3.2 * mm, line_y + size * 0.33, 0.55 * mm, stroke=0, fill=1)
            c.setFillColor(INK)
        c.drawString(left + _PAD + 5.2 * mm, line_y, line)
        line_y -= size * _LEADING
    y -= panel + 2.2 * mm

    # The terms, as large as the space left allows.
    _terms(c, left + _PAD, y, y - (bottom + 3.5 * mm), inner, data)
    c.restoreState()


def _holder_lines(name: str, width: float) -> tuple[float, list[str]]:
    """The holder's name on one line (12 pt, shrinking to 9), else on two (9 pt down to
    7.5); a name longer still keeps its first line whole and ends the second with "…"."""
    size = fit_size(name, BOLD, 12, width, 9)
    if text_width(name, BOLD, size) <= width:
        return size, [name]
    for size in (9.0, 8.5, 8.0, 7.5):
        lines = wrap_text(name, BOLD, size, width)
        if len(lines) <= 2:
            return size, lines
    rest = "".join(ln if ln.endswith("-") else ln + " " for ln in lines[1:]).rstrip()
    while rest and text_width(rest + "…", BOLD, size) > width:
        rest = rest[:-1]
    return size, [lines[0], rest.rstrip() + "…"]


def _bulleted(text: str, font: str, size: float, width: float) -> list[tuple[bool, str]]:
    return [(i == 0, line) for i, line in enumerate(wrap_text(text, font, size, width))]


def _terms(
    c: Canvas, x: float, top: float, height: float, width: float, data: PassCardData
) -> None:
    parts = [
        (label, printable(text))
        for label, text in (
            (translate("documents/pass_card_pdf", "Refunds"), data.refund_terms),
            (translate("documents/pass_card_pdf", "Transfers"), data.transfer_terms),
        )
        if text.strip()
    ]
    if not parts:
        return
    size = _TERMS_SIZE
    while True:
        laid = [wrap_text(f"{label}: {text}", REGULAR, size, width) for label, text in parts]
        count = sum(len(lines) for lines in laid)
        if count * size * _LEADING <= height or size <= _TERMS_FLOOR:
            break
        size = max(_TERMS_FLOOR, size - 0.2)
    fitting = max(0, int(height // (size * _LEADING)))
    c.setFillColor(MUTED)
    y = top - size
    for (label, _), lines in zip(parts, laid, strict=True):
        for i, line in enumerate(lines):
            if fitting <= 0:
                return
            fitting -= 1
            if i == 0 and line.startswith(f"{label}:"):
                c.setFont(BOLD, size)
                c.drawString(x, y, f"{label}:")
                c.setFont(REGULAR, size)
                c.drawString(x + text_width(f"{label}: ", BOLD, size), y, line[len(label) + 2 :])
            else:
                c.setFont(REGULAR, size)
                c.drawString(x, y, line)
            y -= size * _LEADING


def render_pass_card_pdf(data: PassCardData) -> bytes:
    """One pass card on a card-sized page, as PDF bytes; equal data gives equal bytes."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(CARD_WIDTH, CARD_HEIGHT), invariant=1, pageCompression=1)
    _stamp(canvas, [data])
    _draw_card(canvas, 0, 0, data)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_pass_sheet_pdf(cards: Sequence[PassCardData]) -> bytes:
    """Pass cards, four to an A4 page with cut marks, as PDF bytes."""
    if not cards:
        raise ValueError("a sheet needs at least one pass card")
    register_fonts()
    page_w, page_h = A4
    grid_w = _SHEET_COLUMNS * CARD_WIDTH + (_SHEET_COLUMNS - 1) * _SHEET_GAP
    grid_h = _SHEET_ROWS * CARD_HEIGHT + (_SHEET_ROWS - 1) * _SHEET_GAP
    x0, y0 = (page_w - grid_w) / 2, (page_h + grid_h) / 2  # the grid's top left corner
    per_page = _SHEET_COLUMNS * _SHEET_ROWS
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    _stamp(canvas, cards)
    for start in range(0, len(cards), per_page):
        for i, card in enumerate(cards[start : start + per_page]):
            row, col = divmod(i, _SHEET_COLUMNS)
            left = x0 + col * (CARD_WIDTH + _SHEET_GAP)
            bottom = y0 - (row + 1) * CARD_HEIGHT - row * _SHEET_GAP
            _draw_card(canvas, left, bottom, card)
            _cut_marks(canvas, left, bottom)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        page = start // per_page + 1
        pages = (len(cards) + per_page - 1) // per_page
        footer = translate(
            "documents/pass_card_pdf",
            "Member pass cards · cut along the marks · page {page} of {pages}",
        ).format(page=page, pages=pages)
        canvas.drawCentredString(page_w / 2, 8 * mm, footer)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cut_marks(c: Canvas, left: float, bottom: float) -> None:
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    for x, dx in ((left, -1), (left + CARD_WIDTH, 1)):
        for y, dy in ((bottom, -1), (bottom + CARD_HEIGHT, 1)):
            # one mark along each edge's line, just outside the corner
            c.line(x + dx * _MARK_OFFSET, y, x + dx * (_MARK_OFFSET + _MARK_LENGTH), y)
            c.line(x, y + dy * _MARK_OFFSET, x, y + dy * (_MARK_OFFSET + _MARK_LENGTH))
    c.restoreState()


def _stamp(canvas: Canvas, cards: Sequence[PassCardData]) -> None:
    first = cards[0]
    if len(cards) == 1:
        title = translate("documents/pass_card_pdf", "{tier} pass — {holder} — {shop}").format(
            tier=first.tier_name, holder=first.holder_name, shop=first.shop_name
        )
        subject = first.pass_id
    else:
        title = translate("documents/pass_card_pdf", "{n} member pass cards — {shop}").format(
            n=len(cards), shop=first.shop_name
        )
        subject = ",".join(card.pass_id for card in cards)
    canvas.setFont(REGULAR, 8)
    stamp_metadata(canvas, title=title, subject=subject, when=max(c.issued_at for c in cards))
