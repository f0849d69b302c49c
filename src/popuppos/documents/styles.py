"""The one look shared by every printed document: fonts, sizes, colours, margins.

Receipts, Z reports, pass cards and venue statements all take their type and colours from
here, so they read as one shop's paperwork. Also here: the few typesetting helpers every
renderer needs (measuring and wrapping text in the document font) and the metadata that
makes a PDF's bytes depend on its data only.

Fonts are TrueType so accents, umlauts, Polish, Greek and Cyrillic names print and the
euro sign renders: DejaVu Sans (the copy inside an installed bundle, else the system's), else
the Bitstream Vera fonts that ship inside reportlab. They are registered once, on first use.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache, partial
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from popuppos.core.i18n import translate
from popuppos.resources import resource_path

REGULAR = "PopupSans"
BOLD = "PopupSans-Bold"

_BUNDLED_DIR = resource_path("fonts")  # DejaVu copied in by packaging/popuppos.spec (bundles)
_DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
_VERA_DIR = Path(reportlab.__file__).parent / "fonts"
_FONT_FILES = (
    (_BUNDLED_DIR / "DejaVuSans.ttf", _BUNDLED_DIR / "DejaVuSans-Bold.ttf"),
    (_DEJAVU_DIR / "DejaVuSans.ttf", _DEJAVU_DIR / "DejaVuSans-Bold.ttf"),
    (_VERA_DIR / "Vera.ttf", _VERA_DIR / "VeraBd.ttf"),
)

# Colours. Receipts go to thermal printers, so they use INK only; A4 documents may use all.
INK = colors.black
MUTED = colors.HexColor("#5F6368")
RULE = colors.HexColor("#9AA0A6")
BAND = colors.HexColor("#F1F3F4")  # table header / total row background
SHORT = colors.HexColor("#B3261E")  # money missing: a short drawer
OVER = colors.HexColor("#8A5A00")  # money unexplained: an over drawer
BALANCED = colors.HexColor("#1E6B34")
# Pass cards: the header band and the benefits panel (a deep ink that prints well).
CARD_ACCENT = colors.HexColor("#1F3A5F")
CARD_TINT = colors.HexColor("#EEF2F7")


@dataclass(frozen=True, slots=True)
class ReceiptStyle:
    """An 80 mm roll receipt: 72 mm printable, height fitted to the content."""

    page_width: float = 80 * mm
    margin_x: float = 4 * mm
    margin_top: float = 5 * mm
    margin_bottom: float = 10 * mm  # room for the printer's cutter
    shop_name: float = 14
    title: float = 10.5
    body: float = 8
    small: float = 7
    total: float = 12
    leading: float = 1.3  # line height as a multiple of the font size
    min_fit: float = 5.5  # smallest size a too-wide amount may shrink to

    @property
    def printable_width(self) -> float:
        return self.page_width - 2 * self.margin_x


@dataclass(frozen=True, slots=True)
class PageStyle:
    """A4 documents: Z reports, venue statements."""

    page_size: tuple[float, float] = A4
    margin_x: float = 18 * mm
    margin_top: float = 16 * mm
    margin_bottom: float = 18 * mm
    title: float = 18
    heading: float = 11
    body: float = 9.5
    small: float = 8

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - 2 * self.margin_x


RECEIPT = ReceiptStyle()
PAGE = PageStyle()


@dataclass(frozen=True, slots=True)
class FontFiles:
    regular: Path
    bold: Path


_REGISTERING = threading.Lock()  # documents render on worker threads
_registered: FontFiles | None = None


def register_fonts() -> FontFiles:
    """Register the document fonts with reportlab (once) and say which files they came from.

    Exactly once, even when worker threads start rendering together: registering again
    would swap the font objects under a document another thread is drawing.
    """
    global _registered
    if _registered is None:
        with _REGISTERING:
            if _registered is None:
                _registered = _register()
    return _registered


def _register() -> FontFiles:
    for regular, bold in _FONT_FILES:
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
            pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
            pdfmetrics.registerFontFamily(
                REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
            )
            return FontFiles(regular, bold)
    raise FileNotFoundError("no Unicode TrueType font found (DejaVu Sans or reportlab's Vera)")


@cache
def _glyphs(font: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(face.charToGlyph)


_SUBSTITUTES = {0x202F: "\u00a0", 0x2009: " ", 0x2007: "\u00a0", 0x2212: "-"}


def printable(text: str, font: str = REGULAR) -> str:
    """``text`` with the characters ``font`` lacks replaced by ones it has.

    Babel writes some amounts and times with characters a font may lack: a narrow no-break
    space (U+202F, missing from Vera) or the full-width yen sign of ``ja_JP`` (U+FFE5).
    Those become their plain equivalents (no-break space, NFKC form: ¥); anything else
    missing prints as "?" rather than as an empty box.
    """
    glyphs = _glyphs(font)
    if all(ord(ch) in glyphs for ch in text):
        return text
    return "".join(_substitute(ch, glyphs) for ch in text)


def _substitute(ch: str, glyphs: frozenset[int]) -> str:
    if ord(ch) in glyphs:
        return ch
    if ord(ch) in _SUBSTITUTES:
        return _SUBSTITUTES[ord(ch)]
    plain = unicodedata.normalize("NFKC", ch)
    if plain != ch and all(ord(c) in glyphs for c in plain):
        return plain
    return "?"


def text_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points; never returns an empty list.

    Words are kept whole where they fit; a word wider than the line (a long SKU, a URL)
    is split between characters. Newlines in ``text`` start a new line.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while text_width(word, font, size) > width:
                cut = _longest_prefix(word, font, size, width)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``word`` to put on a line (at least one).

    As many as fit, but ending after a hyphen or slash when one falls in the second half.
    """
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    soft = max(word.rfind("-", 0, lo), word.rfind("/", 0, lo)) + 1
    return soft if soft > lo // 2 else lo


def fit_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size not above ``size`` (and not below ``smallest``) at which it fits."""
    natural = text_width(text, font, size)
    if natural <= width:
        return size
    return max(smallest, size * width / natural)


@dataclass(frozen=True, slots=True)
class PageParagraphStyles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle  # muted: captions, labels, addresses
    cell: ParagraphStyle  # a table label that may wrap


@cache
def page_paragraph_styles() -> PageParagraphStyles:
    """Paragraph styles for A4 documents built with reportlab's platypus."""
    register_fonts()

    def style(name: str, size: float, font: str = REGULAR, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.3, textColor=INK, **extra
        )

    return PageParagraphStyles(
        title=style("title", PAGE.title, BOLD),
        heading=style("heading", PAGE.heading, BOLD, spaceBefore=14, spaceAfter=5),
        body=style("body", PAGE.body),
        small=style("small", PAGE.small).clone("small", textColor=MUTED),
        cell=style("cell", PAGE.body),
    )


CELL_PAD = 6.0  # left and right padding of a table cell on an A4 page
NUMBER_LEFT_PAD = 2.0  # a right-aligned figure needs little room on its left


def data_table_commands(rows: int, *, header: bool = True, total: bool = False) -> list[object]:
    """TableStyle commands for a figures table on an A4 page (first column is the label).

    A light band behind the header and total rows, hairlines between rows, numbers
    right-aligned; the caller adds its own spans or colours after these.
    """
    cmds: list[object] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, PAGE.body),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (0, -1), CELL_PAD),
        ("LEFTPADDING", (1, 0), (-1, -1), NUMBER_LEFT_PAD),  # numbers sit on the right
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        # hairlines between rows (and under the last one, unless it is a total row)
        ("LINEBELOW", (0, 0), (-1, -2 if total else -1), 0.4, RULE),
    ]
    if header:
        cmds += [
            ("FONT", (0, 0), (-1, 0), BOLD, PAGE.small),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ]
    if total and rows > 0:
        cmds += [
            ("FONT", (0, rows - 1), (-1, rows - 1), BOLD, PAGE.body),
            ("LINEABOVE", (0, rows - 1), (-1, rows - 1), 0.8, INK),
        ]
    return cmds


def stamp_metadata(canvas: Canvas, *, title: str, subject: str, when: datetime) -> None:
    """Give ``canvas`` metadata taken from the data only, so equal data gives equal bytes.

    The canvas must be made with ``invariant=1`` (a fixed file ID seed); the creation
    date is the document's own moment (the sale, the shift close), not the clock.
    """
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setAuthor("PopupPOS")
    canvas.setCreator("PopupPOS")
    canvas.setDateFormatter(lambda *_: pdf_date(when))


def pdf_date(when: datetime) -> str:
    """A PDF date string, e.g. ``D:20251124143205+01'00'`` (``Z`` for UTC or naive)."""
    stamp = when.strftime("D:%Y%m%d%H%M%S")
    offset = when.utcoffset()
    if not offset:
        return stamp + "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{stamp}{sign}{hours:02d}'{mins:02d}'"


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """An A4 canvas that holds pages back until the end so each footer says "Page n of m"."""

    def __init__(
        self, *args: Any, footer: str, when: datetime, style: PageStyle, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.setDateFormatter(lambda *_: pdf_date(when))
        self._footer = printable(footer)
        self._style = style
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        s = self._style
        y = s.margin_bottom * 0.55
        right = s.page_size[0] - s.margin_x
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(s.margin_x, y + 11, right, y + 11)
        self.setFillColor(MUTED)
        page = translate("documents/styles", "Page {page} of {pages}").format(
            page=number, pages=total
        )
        self.setFont(REGULAR, s.small)
        self.drawRightString(right, y, page)
        room = s.frame_width - text_width(page, REGULAR, s.small) - 12
        self.setFont(REGULAR, fit_size(self._footer, REGULAR, s.small, room, 4))
        self.drawString(s.margin_x, y, self._footer)
        self.restoreState()


def build_page_document(
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    footer: str,
    when: datetime,
    style: PageStyle = PAGE,
) -> bytes:
    """Lay ``story`` out on numbered A4 pages (Z reports, venue statements) as PDF bytes.

    The frame has no padding, so a table as wide as ``style.frame_width`` sits exactly
    inside the margins. Metadata and dates come from the arguments only: equal input,
    equal bytes.
    """
    register_fonts()
    frame = Frame(
        style.margin_x,
        style.margin_bottom,
        style.frame_width,
        style.page_size[1] - style.margin_top - style.margin_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=style.page_size,
        pageTemplates=[PageTemplate("page", frames=[frame])],
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=style.body,
        title=title,
        subject=subject,
        author="PopupPOS",
        creator="PopupPOS",
    )
    maker = partial(NumberedCanvas, footer=footer, when=when, style=style)
    doc.build(story, canvasmaker=maker)
    return buffer.getvalue()


def paragraph_text(text: str) -> str:
    """Plain text made safe for a Paragraph (which reads a little XML)."""
    return escape(printable(text)).replace("\n", "<br/>")


def page_header(
    left: list[Flowable],
    title: Flowable,
    facts: list[tuple[str, str]],
    style: PageStyle,
    *,
    label_width: float,
    right_share: float,
) -> Table:
    """The top of an A4/Letter document: the shop's block on the left; on the right the
    document's title over its facts (label, value), ruled off underneath."""
    ps = page_paragraph_styles()
    plain_font = ("FONT", (0, 0), (-1, -1), REGULAR, style.body)
    rows: list[list[Any]] = [["", title]]
    rows += [
        [Paragraph(paragraph_text(k), ps.small), Paragraph(paragraph_text(v), ps.body)]
        for k, v in facts
    ]
    right = Table(rows, colWidths=[label_width, None])
    right.setStyle(
        TableStyle(
            [
                plain_font,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    right_width = style.frame_width * right_share
    outer = Table([[left, right]], colWidths=[style.frame_width - right_width, right_width])
    outer.setStyle(
        TableStyle(
            [
                plain_font,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return outer
