"""The shift-close "Z report" as A4 PDF bytes.

One page for any ordinary shift: the shop and shift, four headline figures, the sales
summary next to the cash drawer reconciliation, payments next to taxes, the host's note,
and lines to sign. Pages are numbered "Page n of m" in the footer. The renderer shows the
figures it is given; the only arithmetic it does is integer column totals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_datetime
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from popuppos.core.i18n import translate
from popuppos.core.money import format_money
from popuppos.core.pricing import format_rate
from popuppos.documents.data import ZReportData
from popuppos.documents.receipt_text import method_text
from popuppos.documents.styles import (
    BALANCED,
    BAND,
    BOLD,
    CELL_PAD,
    INK,
    MUTED,
    NUMBER_LEFT_PAD,
    OVER,
    PAGE,
    REGULAR,
    SHORT,
    PageStyle,
    build_page_document,
    data_table_commands,
    fit_size,
    page_header,
    page_paragraph_styles,
    paragraph_text,
    printable,
    register_fonts,
    text_width,
)

_COLUMN_GAP = 18.0
_HEADLINE_SIZE = 15.0
# Layout tables hold paragraphs, but their empty cells still name a font: make it ours.
_PLAIN_FONT = ("FONT", (0, 0), (-1, -1), REGULAR, PAGE.body)


def render_z_report_pdf(data: ZReportData, style: PageStyle = PAGE) -> bytes:
    """The Z report for ``data`` as PDF bytes; equal data gives equal bytes."""
    register_fonts()
    return build_page_document(
        _story(data, style),
        title=translate("documents/z_report_pdf", "Z report — shift {shift} — {shop}").format(
            shift=data.shift_number, shop=data.shop.name
        ),
        subject=translate("documents/z_report_pdf", "{device}, shift {shift}").format(
            device=data.device_name, shift=data.shift_number
        ),
        footer=translate(
            "documents/z_report_pdf", "{shop} · Z report · shift {shift} · {device}"
        ).format(shop=data.shop.name, shift=data.shift_number, device=data.device_name),
        when=data.closed_at,
        style=style,
    )


def _story(data: ZReportData, style: PageStyle) -> list[Flowable]:
    story: list[Flowable] = [
        _header(data, style),
        Spacer(1, 14),
        _headline(data, style),
        Spacer(1, 4),
        *_side_by_side(partial(_sales, data), partial(_drawer, data), style),
        *_side_by_side(partial(_payments, data), partial(_taxes, data), style),
    ]
    ps = page_paragraph_styles()
    if data.note:
        story += [
            Paragraph(translate("documents/z_report_pdf", "Note"), ps.heading),
            Paragraph(_text(data.note), ps.body),
        ]
    story += [Spacer(1, 30), _signatures(data, style)]
    return story


def _money(data: ZReportData, minor: int) -> str:
    return printable(format_money(minor, data.shop.currency, data.shop.locale))


def _count(data: ZReportData, n: int) -> str:
    return printable(str(format_decimal(n, locale=data.shop.locale)))


def _when(data: ZReportData, moment: datetime) -> str:
    return printable(str(format_datetime(moment, "medium", locale=data.shop.locale)))


_text = paragraph_text


def _header(data: ZReportData, style: PageStyle) -> Table:
    ps = page_paragraph_styles()
    shop = data.shop
    left: list[Flowable] = [Paragraph(_text(shop.name), ps.title)]
    details = list(shop.address_lines)
    if shop.tax_id:
        details.append(f"{shop.tax_id_label} {shop.tax_id}")
    left += [Paragraph(_text(line), ps.small) for line in details]
    title = Paragraph(
        translate("documents/z_report_pdf", "<b>Z report</b> — shift {shift}").format(
            shift=_text(data.shift_number)
        ),
        ps.heading,
    )
    facts = [
        (translate("documents/z_report_pdf", "Device"), data.device_name),
        (
            translate("documents/z_report_pdf", "Opened"),
            translate("documents/z_report_pdf", "{when} by {host}").format(
                when=_when(data, data.opened_at), host=data.opened_by
            ),
        ),
        (
            translate("documents/z_report_pdf", "Closed"),
            translate("documents/z_report_pdf", "{when} by {host}").format(
                when=_when(data, data.closed_at), host=data.closed_by
            ),
        ),
        (translate("documents/z_report_pdf", "Length"), _duration(data.opened_at, data.closed_at)),
    ]
    return page_header(left, title, facts, style, label_width=48, right_share=0.52)


def _duration(start: datetime, end: datetime) -> str:
    minutes = max(0, int((end - start).total_seconds()) // 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return translate("documents/z_report_pdf", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
    return translate("documents/z_report_pdf", "{minutes} min").format(minutes=minutes)


def _verdict(difference: int) -> tuple[str, colors.Color]:
    if difference < 0:
        return translate("documents/z_report_pdf", "Short"), SHORT
    if difference > 0:
        return translate("documents/z_report_pdf", "Over"), OVER
    return translate("documents/z_report_pdf", "Balanced"), BALANCED


def _headline(data: ZReportData, style: PageStyle) -> Table:
    """Four figures a host reads first: net sales, sales, items, the drawer's verdict."""
    verdict, colour = _verdict(data.difference)
    labels = [
        translate("documents/z_report_pdf", "Net sales"),
        translate("documents/z_report_pdf", "Sales"),
        translate("documents/z_report_pdf", "Items sold"),
        translate("documents/z_report_pdf", "Cash drawer"),
    ]
    values = [
        _money(data, data.net_sales),
        _count(data, data.sales_count),
        _count(data, data.items_sold),
        f"{verdict} {_money(data, data.difference)}" if data.difference else verdict,
    ]
    width = style.frame_width / 4
    sizes = [fit_size(v, BOLD, _HEADLINE_SIZE, width - 20, style.small) for v in values]
    table = Table([labels, values], colWidths=[width] * 4)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), REGULAR, style.small),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                *(("FONT", (i, 1), (i, 1), BOLD, size) for i, size in enumerate(sizes)),
                ("TEXTCOLOR", (3, 1), (3, 1), colour),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _side_by_side(
    left: Callable[[float], list[Flowable]],
    right: Callable[[float], list[Flowable]],
    style: PageStyle,
) -> list[Flowable]:
    """Two sections in two columns; one above the other if either is too long for a page.

    A two-column table cannot break across pages, a full-width figures table can (its
    header row repeats), so a shift with very many payment methods or rates still prints.
    """
    half = (style.frame_width - _COLUMN_GAP) / 2
    lefts, rights = left(half), right(half)
    limit = (style.page_size[1] - style.margin_top - style.margin_bottom) * 0.6
    if max(_height(lefts, half), _height(rights, half)) > limit:
        return [*left(style.frame_width), *right(style.frame_width)]
    table = Table([[lefts, "", rights]], colWidths=[half, _COLUMN_GAP, half])
    table.setStyle(
        TableStyle(
            [
                _PLAIN_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for f in flowables:
        total += float(f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter())
    return total


def _section(
    title: str, rows: list[list[Any]], widths: list[float], cmds: list[Any], *, header: bool
) -> list[Any]:
    """A heading over a figures table; a figure too wide for its column is set smaller."""
    for r, row in enumerate(rows):
        if header and r == 0:
            continue
        for c, cell in enumerate(row[1:], start=1):
            if isinstance(cell, str):
                room = widths[c] - CELL_PAD - NUMBER_LEFT_PAD
                size = fit_size(cell, BOLD, PAGE.body, room, PAGE.small - 1)
                if size < PAGE.body:
                    cmds.append(("FONTSIZE", (c, r), (c, r), size))
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(TableStyle(cmds))
    return [Paragraph(escape(title), page_paragraph_styles().heading), table]


def _sales(data: ZReportData, width: float) -> list[Flowable]:
    rows = [
        [translate("documents/z_report_pdf", "Sales"), _count(data, data.sales_count)],
        [translate("documents/z_report_pdf", "Items sold"), _count(data, data.items_sold)],
        [translate("documents/z_report_pdf", "Gross sales"), _money(data, data.gross_sales)],
        [translate("documents/z_report_pdf", "Discounts"), _money(data, -data.discounts)],
        [
            translate("documents/z_report_pdf", "Refunds ({count})").format(
                count=_count(data, data.refunds_count)
            ),
            _money(data, -data.refunds_total),
        ],
        [translate("documents/z_report_pdf", "Net sales"), _money(data, data.net_sales)],
        [translate("documents/z_report_pdf", "Tax"), _money(data, data.tax_total)],
        [translate("documents/z_report_pdf", "Tips"), _money(data, data.tips_total)],
        [
            translate("documents/z_report_pdf", "Voided sales ({count})").format(
                count=_count(data, data.voids_count)
            ),
            _money(data, data.voids_total),
        ],
    ]
    cmds = data_table_commands(len(rows), header=False)
    cmds += [
        ("FONT", (0, 5), (-1, 5), BOLD, PAGE.body),
        ("LINEABOVE", (0, 5), (-1, 5), 0.8, INK),
        ("TEXTCOLOR", (0, 6), (-1, -1), MUTED),
    ]
    return _section(
        translate("documents/z_report_pdf", "Sales summary"),
        rows,
        [width * 0.6, width * 0.4],
        cmds,
        header=False,
    )


def _drawer(data: ZReportData, width: float) -> list[Flowable]:
    verdict, colour = _verdict(data.difference)
    rows = [
        [translate("documents/z_report_pdf", "Opening float"), _money(data, data.opening_float)],
        [translate("documents/z_report_pdf", "+ Cash sales"), _money(data, data.cash_sales)],
        [translate("documents/z_report_pdf", "− Cash refunds"), _money(data, -data.cash_refunds)],
        [
            translate("documents/z_report_pdf", "= Expected in drawer"),
            _money(data, data.expected_cash),
        ],
        [translate("documents/z_report_pdf", "Counted"), _money(data, data.counted_cash)],
        [
            translate("documents/z_report_pdf", "Difference: {verdict}").format(verdict=verdict),
            _money(data, data.difference),
        ],
    ]
    cmds = data_table_commands(len(rows), header=False)
    cmds += [
        ("FONT", (0, 3), (-1, 3), BOLD, PAGE.body),
        ("LINEABOVE", (0, 3), (-1, 3), 0.8, INK),
        ("FONT", (0, 5), (-1, 5), BOLD, PAGE.body + 1),
        ("TEXTCOLOR", (0, 5), (-1, 5), colour if data.difference < 0 else INK),
        ("BACKGROUND", (0, 5), (-1, 5), BAND),
        ("LINEBELOW", (0, 5), (-1, 5), 1.2, colour),
        ("TOPPADDING", (0, 5), (-1, 5), 6),
        ("BOTTOMPADDING", (0, 5), (-1, 5), 6),
    ]
    return _section(
        translate("documents/z_report_pdf", "Cash drawer"),
        rows,
        [width * 0.6, width * 0.4],
        cmds,
        header=False,
    )


def _payments(data: ZReportData, width: float) -> list[Flowable]:
    widths = [width * 0.44, width * 0.2, width * 0.36]
    rows: list[list[Any]] = [
        [
            translate("documents/z_report_pdf", "Method"),
            translate("documents/z_report_pdf", "Payments"),
            translate("documents/z_report_pdf", "Amount"),
        ]
    ]
    rows += [
        [_label(method_text(t.method), widths[0]), _count(data, t.count), _money(data, t.amount)]
        for t in data.tenders
    ]
    total_count = sum(t.count for t in data.tenders)
    total_amount = sum(t.amount for t in data.tenders)
    rows.append(
        [
            translate("documents/z_report_pdf", "Total"),
            _count(data, total_count),
            _money(data, total_amount),
        ]
    )
    cmds = data_table_commands(len(rows), total=True)
    return _section(
        translate("documents/z_report_pdf", "Payments"), rows, widths, cmds, header=True
    )


def _label(text: str, width: float) -> str | Paragraph:
    """A first-column label: plain text when it fits (rows line up), else a wrapping one."""
    text = printable(text)
    if text_width(text, REGULAR, PAGE.body) <= width - 2 * CELL_PAD:
        return text
    return Paragraph(escape(text), page_paragraph_styles().cell)


def _taxes(data: ZReportData, width: float) -> list[Flowable]:
    rows = [
        [
            translate("documents/z_report_pdf", "Rate"),
            translate("documents/z_report_pdf", "Net"),
            translate("documents/z_report_pdf", "Tax"),
            translate("documents/z_report_pdf", "Gross"),
        ]
    ]
    for t in data.taxes:
        rows.append([format_rate(t.rate_bp), *(_money(data, v) for v in (t.net, t.tax, t.gross))])
    totals = [sum(getattr(t, f) for t in data.taxes) for f in ("net", "tax", "gross")]
    rows.append([translate("documents/z_report_pdf", "Total"), *(_money(data, v) for v in totals)])
    cmds = data_table_commands(len(rows), total=True)
    widths = [width * 0.19, width * 0.27, width * 0.27, width * 0.27]
    return _section(translate("documents/z_report_pdf", "Taxes"), rows, widths, cmds, header=True)


def _signatures(data: ZReportData, style: PageStyle) -> Table:
    """Room to sign under the count: the host who closed the shift, and whoever checks it."""
    ps = page_paragraph_styles()
    closed = Paragraph(
        _text(
            translate("documents/z_report_pdf", "Counted and closed by {host}").format(
                host=data.closed_by
            )
        ),
        ps.small,
    )
    checked = Paragraph(
        translate("documents/z_report_pdf", "Checked by (name and signature)"), ps.small
    )
    half = (style.frame_width - _COLUMN_GAP) / 2
    table = Table([["", "", ""], [closed, "", checked]], colWidths=[half, _COLUMN_GAP, half])
    table.setStyle(
        TableStyle(
            [
                _PLAIN_FONT,
                ("LINEABOVE", (0, 1), (0, 1), 0.6, INK),
                ("LINEABOVE", (2, 1), (2, 1), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 16),
            ]
        )
    )
    return table
