"""A venue partner's revenue-share statement as PDF bytes (A4 or US Letter).

Page one: the shop and the partner, the statement number and period, four headline
figures, who owes whom, how each agreement's base is made (gross, tax, refunds) and what it
comes to (share, fees per event, minimum-guarantee top-up), the terms in words, and, for a
correction, what the corrected statement said. Then every sale and refund the statement
covers — or, when there are more than ``DETAIL_LIMIT`` lines, a summary by day and category
with every line in an appendix. Pages are numbered "Page n of m"; equal data, equal bytes.

The appendix rows are drawn by one light flowable (fixed row height, split by counting
rows), so a 10,000-line statement renders in about a second.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_datetime
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from popuppos.core.i18n import number_text, translate
from popuppos.core.revenue_share import format_percent
from popuppos.documents.statement_data import StatementData, owed_sentence
from popuppos.documents.statement_rows import Formats, LineRows
from popuppos.documents.styles import (
    BAND,
    BOLD,
    INK,
    MUTED,
    PAGE,
    REGULAR,
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

DETAIL_LIMIT = 40  # at most this many lines: listed on the statement itself
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
_PLAIN_FONT = ("FONT", (0, 0), (-1, -1), REGULAR, PAGE.body)
_HEADLINE_SIZE = 14.0


def page_style(page_size: str) -> PageStyle:
    """The shared page look on ``page_size`` ("A4" or "Letter")."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r} (A4 or Letter)")
    return replace(PAGE, page_size=PAGE_SIZES[page_size])


def render_statement_pdf(data: StatementData, page_size: str = "A4") -> bytes:
    """The statement for ``data`` as PDF bytes; equal data and size give equal bytes."""
    register_fonts()
    style = page_style(page_size)
    f = Formats(data)
    period = f.period()
    kind = (
        translate("documents/statement_pdf", "Preview")
        if data.preview
        else translate("documents/statement_pdf", "Statement {number}").format(number=data.number)
    )
    return build_page_document(
        _story(data, f, style),
        title=f"{kind} — {data.partner.name} — {period}",
        subject=translate(
            "documents/statement_pdf", "Revenue share, {shop} and {partner}, {period}"
        ).format(shop=data.shop.name, partner=data.partner.name, period=period),
        footer=f"{data.shop.name} · {kind} · {data.partner.name} · {period}",
        when=data.issued_at,
        style=style,
    )


_text = paragraph_text


def _story(data: StatementData, f: Formats, style: PageStyle) -> list[Flowable]:
    ps = page_paragraph_styles()
    story: list[Flowable] = [_header(data, f, style), Spacer(1, 12), _headline(data, f, style)]
    story += [Spacer(1, 8), _owed_box(data, f, style)]
    if data.corrects:
        story += [Spacer(1, 6), Paragraph(_text(_correction_text(data, f)), ps.body)]
    story += _agreements(data, f, style)
    if not data.lines:
        story += [
            Paragraph(translate("documents/statement_pdf", "Sales and refunds"), ps.heading),
            Paragraph(
                translate(
                    "documents/statement_pdf",
                    "No sale or refund in this period falls under these agreements.",
                ),
                ps.body,
            ),
        ]
    elif len(data.lines) <= DETAIL_LIMIT:
        story += [
            CondPageBreak(80),
            Paragraph(
                _text(
                    translate(
                        "documents/statement_pdf", "Every sale and refund ({n} lines)"
                    ).format(n=len(data.lines))
                ),
                ps.heading,
            ),
            LineRows(data, f, style),
        ]
    else:
        story += _summary(data, f, style)
        story += [
            CondPageBreak(120),
            Paragraph(
                _text(
                    translate(
                        "documents/statement_pdf", "Appendix: every sale and refund ({n} lines)"
                    ).format(n=number_text(len(data.lines)))
                ),
                ps.heading,
            ),
            LineRows(data, f, style),
        ]
    return story


def _header(data: StatementData, f: Formats, style: PageStyle) -> Table:
    ps = page_paragraph_styles()
    shop, partner = data.shop, data.partner
    left: list[Flowable] = [Paragraph(_text(shop.name), ps.title)]
    details = list(shop.address_lines)
    if shop.tax_id:
        details.append(f"{shop.tax_id_label} {shop.tax_id}")
    left += [Paragraph(_text(line), ps.small) for line in details]
    left += [
        Spacer(1, 10),
        Paragraph(translate("documents/statement_pdf", "Statement for"), ps.small),
    ]
    left += [Paragraph(f"<b>{_text(partner.name)}</b>", ps.body)]
    who = [partner.contact_name, *partner.address_lines]
    who += [x for x in (partner.email, partner.phone) if x]
    if partner.tax_id:
        who.append(f"{shop.tax_id_label} {partner.tax_id}")
    left += [Paragraph(_text(line), ps.small) for line in who if line]
    title = (
        translate("documents/statement_pdf", "Preview, not issued")
        if data.preview
        else translate("documents/statement_pdf", "Revenue-share statement")
    )
    facts = [
        (translate("documents/statement_pdf", "Number"), "—" if data.preview else data.number),
        (translate("documents/statement_pdf", "Period"), f.period()),
        (
            translate("documents/statement_pdf", "Issued"),
            printable(str(format_datetime(data.issued_at, "medium", locale=shop.locale))),
        ),
        (translate("documents/statement_pdf", "By"), data.issued_by),
    ]
    if data.corrects:
        facts.append((translate("documents/statement_pdf", "Corrects"), data.corrects))
    heading = Paragraph(f"<b>{_text(title)}</b>", ps.heading)
    return page_header(left, heading, facts, style, label_width=54, right_share=0.46)


def _headline(data: StatementData, f: Formats, style: PageStyle) -> Table:
    labels = [
        translate("documents/statement_pdf", "Gross sales"),
        translate("documents/statement_pdf", "Refunds"),
        translate("documents/statement_pdf", "Base"),
        translate("documents/statement_pdf", "Amount owed"),
    ]
    values = [f.money(data.gross), f.money(-data.refunds), f.money(data.base), f.money(data.owed)]
    width = style.frame_width / 4
    sizes = [fit_size(v, BOLD, _HEADLINE_SIZE, width - 20, style.small) for v in values]
    table = Table([labels, values], colWidths=[width] * 4)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), REGULAR, style.small),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                *(("FONT", (i, 1), (i, 1), BOLD, size) for i, size in enumerate(sizes)),
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, "white"),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _owed_box(data: StatementData, f: Formats, style: PageStyle) -> Table:
    sentence = owed_sentence(data, f.money)
    table = Table([[printable(sentence)]], colWidths=[style.frame_width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), BOLD, style.heading),
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _correction_text(data: StatementData, f: Formats) -> str:
    before = data.corrects_owed or 0
    diff = data.owed - before
    if diff == 0:
        text = translate(
            "documents/statement_pdf",
            "This statement corrects {number} and replaces it. That statement said {before}; "
            "the amount owed is now {now}, unchanged.",
        )
    elif diff > 0:
        text = translate(
            "documents/statement_pdf",
            "This statement corrects {number} and replaces it. That statement said {before}; "
            "the amount owed is now {now}, {difference} more to {partner}.",
        )
    else:
        text = translate(
            "documents/statement_pdf",
            "This statement corrects {number} and replaces it. That statement said {before}; "
            "the amount owed is now {now}, {difference} less to {partner}.",
        )
    return text.format(
        number=data.corrects,
        before=_owed_words(data, before, f),
        now=_owed_words(data, data.owed, f),
        difference=f.money(abs(diff)),
        partner=data.partner.name,
    )


def _owed_words(data: StatementData, owed: int, f: Formats) -> str:
    if owed > 0:
        return translate("documents/statement_pdf", "{amount} owed to {name}").format(
            amount=f.money(owed), name=data.partner.name
        )
    if owed < 0:
        return translate("documents/statement_pdf", "{amount} owed to {name}").format(
            amount=f.money(-owed), name=data.shop.name
        )
    return translate("documents/statement_pdf", "nothing owed")


def _agreements(data: StatementData, f: Formats, style: PageStyle) -> list[Flowable]:
    ps = page_paragraph_styles()
    out: list[Flowable] = []
    w = style.frame_width
    # How each base is made.
    made = [
        [
            translate("documents/statement_pdf", "Agreement"),
            translate("documents/statement_pdf", "Lines"),
            translate("documents/statement_pdf", "Gross"),
            translate("documents/statement_pdf", "Tax"),
            translate("documents/statement_pdf", "Refunds"),
            translate("documents/statement_pdf", "Base"),
        ]
    ]
    for a in data.agreements:
        made.append(
            [
                _cell(f"{a.code} {a.label}", w * 0.3),
                number_text(a.lines),
                f.money(a.gross),
                f.money(a.tax),
                f.money(-a.refunds),
                f.money(a.base),
            ]
        )
    made.append(
        [
            translate("documents/statement_pdf", "Total"),
            number_text(sum(a.lines for a in data.agreements)),
            f.money(data.gross),
            f.money(sum(a.tax for a in data.agreements)),
            f.money(-data.refunds),
            f.money(data.base),
        ]
    )
    widths = [w * 0.3, w * 0.1, w * 0.15, w * 0.15, w * 0.15, w * 0.15]
    out += [
        Paragraph(translate("documents/statement_pdf", "Sales covered"), ps.heading),
        _figures(made, widths),
    ]
    # What each comes to.
    owed = [
        [
            translate("documents/statement_pdf", "Agreement"),
            translate("documents/statement_pdf", "Rate"),
            translate("documents/statement_pdf", "Share"),
            translate("documents/statement_pdf", "Fees"),
            translate("documents/statement_pdf", "Guarantee top-up"),
            translate("documents/statement_pdf", "Owed"),
        ]
    ]
    for a in data.agreements:
        owed.append(
            [
                _cell(f"{a.code} {a.label}", w * 0.31),
                format_percent(a.rate_bp),
                f.money(a.share),
                f.money(a.fees),
                f.money(a.top_up),
                f.money(a.owed),
            ]
        )
    owed.append(
        [
            translate("documents/statement_pdf", "Total"),
            "",
            f.money(data.share),
            f.money(data.fees),
            f.money(data.top_up),
            f.money(data.owed),
        ]
    )
    widths = [w * 0.31, w * 0.08, w * 0.15, w * 0.12, w * 0.19, w * 0.15]
    out += [
        Paragraph(translate("documents/statement_pdf", "Amount owed"), ps.heading),
        _figures(owed, widths),
    ]
    # The terms in words.
    terms: list[Flowable] = [
        Paragraph(translate("documents/statement_pdf", "The agreements"), ps.heading)
    ]
    for a in data.agreements:
        text = f"<b>{_text(a.code + ' ' + a.label)}</b>: {_text(a.terms)}."
        if a.fee_per_event:
            held = (
                "; ".join(a.events)
                if a.events
                else translate("documents/statement_pdf", "none in this period")
            )
            text += " " + translate("documents/statement_pdf", "Events counted: {events}.").format(
                events=_text(held)
            )
        if a.guarantee:
            text += " " + translate(
                "documents/statement_pdf", "This period's part of the minimum guarantee: {amount}."
            ).format(amount=_text(f.money(a.guarantee)))
        terms.append(Paragraph(text, ps.body))
        terms.append(Spacer(1, 3))
    terms.append(
        Paragraph(
            _text(
                translate(
                    "documents/statement_pdf",
                    "Share = base × rate, rounded to the nearest cent (halves away from zero), "
                    "once per agreement. Gross: what customers paid for the lines, tax included, "
                    "before refunds. Net: after tax and refunds. Tips are not shared.",
                )
            ),
            ps.small,
        )
    )
    out.append(KeepTogether(terms))  # splits by itself when longer than a page
    return out


def _cell(text: str, width: float) -> str | Paragraph:
    text = printable(text)
    if text_width(text, REGULAR, PAGE.body) <= width - 12:
        return text
    return Paragraph(escape(text), page_paragraph_styles().cell)


def _figures(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(data_table_commands(len(rows), total=True)))
    return table


def _summary(data: StatementData, f: Formats, style: PageStyle) -> list[Flowable]:
    ps = page_paragraph_styles()
    w = style.frame_width
    rows: list[list[Any]] = [
        [
            translate("documents/statement_pdf", "Day"),
            translate("documents/statement_pdf", "Category"),
            translate("documents/statement_pdf", "Sales"),
            translate("documents/statement_pdf", "Gross"),
            translate("documents/statement_pdf", "Refunds"),
            translate("documents/statement_pdf", "Base"),
        ]
    ]
    for r in data.summary:
        rows.append(
            [
                f.day(r.day),
                _cell(r.category, w * 0.26),
                number_text(r.sales),
                f.money(r.gross),
                f.money(-r.refunds),
                f.money(r.base),
            ]
        )
    rows.append(
        [
            translate("documents/statement_pdf", "Total"),
            "",
            number_text(sum(r.sales for r in data.summary)),
            f.money(sum(r.gross for r in data.summary)),
            f.money(-sum(r.refunds for r in data.summary)),
            f.money(sum(r.base for r in data.summary)),
        ]
    )
    widths = [w * 0.17, w * 0.26, w * 0.11, w * 0.16, w * 0.14, w * 0.16]
    table = _figures(rows, widths)
    table.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "LEFT")]))
    return [
        CondPageBreak(120),
        Paragraph(translate("documents/statement_pdf", "By day and category"), ps.heading),
        Paragraph(
            _text(
                translate(
                    "documents/statement_pdf",
                    "{lines} lines ({sold} sold, {refunded} refunded), summed by day; "
                    "every line is in the appendix.",
                ).format(
                    lines=number_text(len(data.lines)),
                    sold=number_text(data.sale_count),
                    refunded=number_text(data.refund_count),
                )
            ),
            ps.small,
        ),
        Spacer(1, 4),
        table,
    ]
