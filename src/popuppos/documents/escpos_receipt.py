"""A sale's (or refund's) receipt as the ESC/POS bytes a thermal printer prints.

Pure: the same ``ReceiptData`` and ``ThermalOptions`` give the same bytes, and nothing is
read or sent here (``services.printing`` does that). The receipt says what the PDF roll
says, in the same order, with the same words and figures (``documents.receipt_text``):
the shop, the sale, its lines with tax codes, the totals, the tip, the tenders with change,
the tax table and the footer, plus the shop's logo on top and a QR code (the member pass
the sale issued, or a link to the receipt online) when there is one.

58 mm paper has 32 characters a line in font A, 80 mm has 48; no line is ever longer.
Lines the printer's code pages cannot print become images (see ``escpos_writer``).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from popuppos.documents.data import ReceiptData, ReceiptTender
from popuppos.documents.escpos_writer import PAPERS, Paper, Row, Size, ThermalWriter
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

INDENT = 2  # detail lines under an item or a tender
DEFAULT_CODE_PAGES = ("CP858", "CP852")


@dataclass(frozen=True, slots=True)
class ThermalOptions:
    """How this shop's printer prints (from ``services.printer_settings``)."""

    paper_mm: int = 80
    code_pages: tuple[str, ...] = DEFAULT_CODE_PAGES
    model: str = "default"  # python-escpos's printer profile: code page slots
    logo_png: bytes | None = None
    qr: str | None = None  # what the QR code holds; None prints none
    qr_caption: str = ""
    kick_drawer: bool = False  # open the cash drawer as the receipt starts
    drawer_pin: int = 2
    cut: bool = True

    @property
    def paper(self) -> Paper:
        return PAPERS[self.paper_mm]


def new_writer(options: ThermalOptions) -> ThermalWriter:
    return ThermalWriter(options.paper, options.code_pages, model=options.model)


def receipt_escpos(data: ReceiptData, options: ThermalOptions) -> bytes:
    """The whole receipt, from reset to cut."""
    return build_receipt(data, options).output


def build_receipt(data: ReceiptData, options: ThermalOptions) -> ThermalWriter:
    """The receipt written into a fresh writer (tests read ``raster_rows`` off it)."""
    w = new_writer(options)
    w.start()
    if options.kick_drawer:
        w.kick_drawer(options.drawer_pin)
    r = _Receipt(w, data)
    if options.logo_png:
        w.logo(options.logo_png)
    r.header()
    r.items()
    r.totals()
    r.tenders()
    r.tax_table()
    r.footer(options.qr, options.qr_caption)
    if options.cut:
        w.cut()
    else:
        w.feed()
    return w


def drawer_kick_escpos(pin: int = 2, model: str = "default") -> bytes:
    """Only the drawer pulse (``ESC p``): the drawer opens and nothing is printed."""
    w = ThermalWriter(PAPERS[80], (), model=model)
    w.kick_drawer(pin)
    return w.output


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters (long words are split);
    newlines start a new line; never an empty list."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, max(1, width), break_on_hyphens=False) or [""]
    return lines


class _Receipt:
    def __init__(self, w: ThermalWriter, data: ReceiptData) -> None:
        self.w = w
        self.data = data
        self.codes = tax_codes(data)
        self.code_room = 2 if self.codes else 0  # " A" after an item's amount

    def money(self, minor: int) -> str:
        return self.w.plain(money(self.data, minor))

    def centred(self, text: str, *, bold: bool = False, size: Size = Size.NORMAL) -> None:
        for line in wrap(self.w.plain(text), self.w.columns(size)):
            self.w.row(Row(line, centre=True, bold=bold, size=size))

    def pair(
        self,
        label: str,
        amount: str = "",
        *,
        indent: int = 0,
        bold: bool = False,
        size: Size = Size.NORMAL,
        code: str = "",
        to_edge: bool = False,
    ) -> None:
        """``label`` left (wrapped), ``amount`` flush right on its first line; amounts
        line up left of the tax codes unless ``to_edge``."""
        width = self.w.columns(size)
        label = self.w.plain(label)
        right = amount
        if amount and not to_edge and self.code_room:
            right = f"{amount} {code}" if code else amount + " " * self.code_room
        pad = " " * indent
        room = width - indent - (len(right) + 1 if right else 0)
        if room < 8:  # an amount too long to share a line: it gets its own
            for line in wrap(label, width - indent):
                self.w.row(Row(pad + line, bold=bold, size=size))
            self.w.row(Row("", right, bold=bold, size=size))
            return
        for i, line in enumerate(wrap(label, room)):
            self.w.row(Row(pad + line, right if i == 0 else "", bold=bold, size=size))

    # -- the parts, top to bottom ---------------------------------------------------------
    def header(self) -> None:
        data, w = self.data, self.w
        name = w.plain(data.shop.name)
        big = len(name) <= w.columns(Size.BIG)
        self.centred(name, bold=True, size=Size.BIG if big else Size.TALL)
        for line in data.shop.address_lines:
            self.centred(line)
        if data.shop.tax_id:
            self.centred(tax_id_text(data))
        w.rule(heavy=True)
        self.pair(title_text(data).upper(), w.plain(number_text(data)), bold=True, to_edge=True)
        self.pair(issued_at(data))
        self.pair(till_text(data))
        if data.member_name:
            self.pair(member_text(data.member_name))
        w.rule()

    def items(self) -> None:
        data = self.data
        for line in data.lines:
            code = self.codes.get(line.tax_rate_bp, "")
            self.pair(item_name(line), self.money(line.total), code=code)
            if line.quantity != 1 or line.discount:
                self.pair(unit_text(data, line), indent=INDENT)
            if line.discount:
                self.pair(discount_text(data, line), indent=INDENT)
        self.w.rule()

    def totals(self) -> None:
        data = self.data
        self.pair(subtotal_label(data), self.money(data.subtotal))
        if data.discount_total:
            self.pair(WORDS.discounts, self.money(-data.discount_total))
        if not data.tax_inclusive:
            self.pair(WORDS.tax, self.money(data.tax_total))
        self.pair(WORDS.total, self.money(data.total), bold=True, size=Size.TALL)
        if data.tax_inclusive:
            self.pair(WORDS.incl_tax, self.money(data.tax_total))
        if data.tip:
            self.pair(WORDS.tip, self.money(data.tip))
            self.pair(WORDS.grand_total, self.money(data.grand_total), bold=True)
        self.w.rule()

    def tenders(self) -> None:
        if not self.data.tenders:
            return
        for tender in self.data.tenders:
            self.pair(method_text(tender.method), self.money(tender.amount))
            self._tender_details(tender)
        self.w.rule()

    def _tender_details(self, tender: ReceiptTender) -> None:
        if tender.tendered is not None:
            self.pair(WORDS.tendered, self.money(tender.tendered), indent=INDENT)
            self.pair(WORDS.change, self.money(tender.change), indent=INDENT)
        elif tender.change:
            self.pair(WORDS.change, self.money(tender.change), indent=INDENT)
        if tender.reference:
            self.pair(reference_text(tender.reference), indent=INDENT)

    def tax_table(self) -> None:
        data = self.data
        if not data.taxes:
            return
        header = [WORDS.tax_rate, WORDS.net, WORDS.tax, WORDS.gross]
        rows = [
            [
                self.w.plain(rate_text(t.rate_bp, self.codes.get(t.rate_bp))),
                self.money(t.net),
                self.money(t.tax),
                self.money(t.gross),
            ]
            for t in data.taxes
        ]
        width = self.w.columns()
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
        spare = width - sum(widths) - 3
        if spare >= 0:
            widths = [widths[0] + spare % 3] + [n + spare // 3 for n in widths[1:]]
            for i, cells in enumerate([header, *rows]):
                text = cells[0].ljust(widths[0]) + "".join(
                    " " + c.rjust(n) for c, n in zip(cells[1:], widths[1:], strict=True)
                )
                self.w.row(Row(text, bold=i == 0))
        else:  # too narrow for four columns (58 mm, big amounts): one block per rate
            for cells in rows:
                self.pair(f"{WORDS.tax_rate} {cells[0]}", bold=True)
                for word, amount in zip(header[1:], cells[1:], strict=True):
                    self.pair(word, amount, indent=INDENT, to_edge=True)
        self.w.rule()

    def footer(self, qr: str | None, qr_caption: str) -> None:
        data, w = self.data, self.w
        if data.footer:
            self.centred(data.footer)
        w.blank()
        if qr:
            w.qr(qr)
            if qr_caption:
                self.centred(qr_caption)
            w.blank()
        self.centred(sale_id_text(data))
