"""The detail of a venue statement: every sale and refund as table rows, drawn fast.

One flowable draws the rows (fixed row height, split across pages by counting rows, the
header repeated on each page), writing the page's text operators directly: each distinct
string is encoded for the embedded font and measured once per document. Through
``canvas.drawString`` a 10,000-line statement took ten times as long. ``Formats`` is how the
statement writes amounts, days and times (cached: a statement repeats them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from babel.dates import format_date
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.flowables import Flowable

from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.core.money import format_money
from popuppos.documents.statement_data import StatementData
from popuppos.documents.styles import (
    BAND,
    BOLD,
    INK,
    MUTED,
    PAGE,
    REGULAR,
    RULE,
    PageStyle,
    printable,
)


class Formats:
    """Amounts, days and times as the shop writes them (cached: a statement repeats them)."""

    def __init__(self, data: StatementData) -> None:
        shop = data.shop
        self.data = data
        self.money: Callable[[int], str] = lru_cache(maxsize=None)(
            lambda minor: printable(format_money(minor, shop.currency, shop.locale))
        )
        self.day: Callable[[date], str] = lru_cache(maxsize=None)(
            lambda d: printable(str(format_date(d, "d MMM yyyy", locale=shop.locale)))
        )
        self.short_day: Callable[[date], str] = lru_cache(maxsize=None)(
            lambda d: printable(str(format_date(d, "d MMM", locale=shop.locale)))
        )
        self._writers: dict[str, _Writer] = {}
        self._clipped: dict[tuple[str, float], str] = {}

    def writer(self, font: str) -> _Writer:
        """This document's writer for ``font`` at the detail size (caches live per document)."""
        found = self._writers.get(font)
        if found is None:
            found = self._writers[font] = _Writer(font, PAGE.small)
        return found

    def clip(self, text: str, width: float) -> str:
        """``text`` cut with "…" to fit ``width`` at the detail size."""
        key = (text, width)
        found = self._clipped.get(key)
        if found is None:
            found = printable(text)
            measure = self.writer(REGULAR).width
            if measure(found) > width:
                while found and measure(found + "…") > width:
                    found = found[:-1]
                found += "…"
            self._clipped[key] = found
        return found

    def period(self) -> str:
        d = self.data
        if d.period_start == d.period_end:
            return self.day(d.period_start)
        return f"{self.day(d.period_start)} – {self.day(d.period_end)}"


_ROW_H = 13.0
_HEAD_H = 16.0
_PAD = 4.0


class _Writer:
    """Short strings in one TrueType font and size, written straight into a page's content
    stream. Each character is encoded for the font's subset (and measured) once per
    document, each distinct string's operators built once.

    A 10,000-line appendix is ~80,000 strings; through ``canvas.drawString`` each costs a
    text object and pure-Python number formatting, ten times this. Characters are assigned
    subset codes in the order they are first met, as ``splitString`` on whole strings does,
    so equal documents still give equal bytes.
    """

    def __init__(self, font: str, size: float) -> None:
        self.font = pdfmetrics.getFont(font)
        self.size = size
        self._tf = f"{size:g} Tf"
        self._chars: dict[str, tuple[int, str]] = {}  # char -> (subset, escaped code)
        self._char_widths: dict[str, float] = {}
        self._subset_names: dict[int, str] = {}
        self._encoded: dict[str, str] = {}
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            widths, total = self._char_widths, 0.0
            for ch in text:
                w = widths.get(ch)
                if w is None:
                    w = widths[ch] = float(self.font.stringWidth(ch, self.size))
                total += w
            found = self._widths[text] = total
        return found

    def _operators(self, text: str, canvas: Any) -> str:
        doc = canvas._doc
        runs: list[tuple[int, list[str]]] = []
        for ch in text:
            code = self._chars.get(ch)
            if code is None:
                ((subset, chunk),) = self.font.splitString(ch, doc)
                code = self._chars[ch] = (subset, canvas._escape(chunk))
                if subset not in self._subset_names:
                    self._subset_names[subset] = self.font.getSubsetInternalName(subset, doc)
            if runs and runs[-1][0] == code[0]:
                runs[-1][1].append(code[1])
            else:
                runs.append((code[0], [code[1]]))
        return " ".join(
            f"{self._subset_names[subset]} {self._tf} ({''.join(codes)}) Tj"
            for subset, codes in runs
        )

    def show(self, out: list[str], canvas: Any, x: float, y: float, text: str) -> None:
        """Append the operators that show ``text`` at (x, y) inside a BT ... ET block."""
        ops = self._encoded.get(text)
        if ops is None:
            ops = self._encoded[text] = self._operators(text, canvas)
        out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {ops}")


def _rgb(colour: Any) -> str:
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f} rg"


class LineRows(Flowable):  # type: ignore[misc]
    """Sales and refunds as table rows of fixed height; splits across pages by row count,
    the header repeated on every page."""

    COLUMNS = (  # title, share of the width, right-aligned
        (QT_TRANSLATE_NOOP("documents/statement_rows", "When"), 0.13, False),
        (QT_TRANSLATE_NOOP("documents/statement_rows", "Sale"), 0.17, False),
        (QT_TRANSLATE_NOOP("documents/statement_rows", "Item"), 0.25, False),
        (QT_TRANSLATE_NOOP("documents/statement_rows", "Category"), 0.12, False),
        (QT_TRANSLATE_NOOP("documents/statement_rows", "Agr."), 0.06, False),
        (QT_TRANSLATE_NOOP("documents/statement_rows", "Gross"), 0.1, True),
        (QT_TRANSLATE_NOOP("documents/statement_rows", "Tax"), 0.08, True),
        (QT_TRANSLATE_NOOP("documents/statement_rows", "Base"), 0.09, True),
    )

    def __init__(
        self, data: StatementData, f: Formats, style: PageStyle, start: int = 0, end: int = -1
    ) -> None:
        super().__init__()
        self.data, self.f, self.style = data, f, style
        self.start = start
        self.end = len(data.lines) if end < 0 else end

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = _HEAD_H + _ROW_H * (self.end - self.start)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        n = max(0, int((avail_height - _HEAD_H) // _ROW_H))
        if n <= 0:
            return []
        if n >= self.end - self.start:
            return [self]
        cut = self.start + n
        return [
            LineRows(self.data, self.f, self.style, self.start, cut),
            LineRows(self.data, self.f, self.style, cut, self.end),
        ]

    def draw(self) -> None:
        canvas, f = self.canv, self.f
        regular, bold = f.writer(REGULAR), f.writer(BOLD)
        width, top = self.width, self.height
        xs: list[float] = []
        widths: list[float] = []
        x = 0.0
        for _title, share, _right in self.COLUMNS:
            xs.append(x)
            widths.append(share * width)
            x += share * width
        head_y = top - _HEAD_H
        out = [
            "q",
            f"{_rgb(BAND)} 0 {head_y:.2f} {width:.2f} {_HEAD_H:.2f} re f",
            f"0.8 w {_rgb(INK).replace('rg', 'RG')} 0 {head_y:.2f} m {width:.2f} {head_y:.2f} l S",
            f"0.3 w {_rgb(RULE).replace('rg', 'RG')}",
        ]
        y = head_y
        for _ln in range(self.end - self.start):
            y -= _ROW_H
            out.append(f"0 {y:.2f} m {width:.2f} {y:.2f} l S")
        out += ["BT", _rgb(MUTED)]
        for (source, _s, right), x0, w in zip(self.COLUMNS, xs, widths, strict=True):
            title = translate("documents/statement_rows", source)
            tx = x0 + w - _PAD - bold.width(title) if right else x0 + _PAD
            bold.show(out, canvas, tx, head_y + 5, title)
        colour = ""
        y = head_y
        for ln in self.data.lines[self.start : self.end]:
            y -= _ROW_H
            base_y = y + 4
            wanted = _rgb(MUTED if ln.kind == "refund" else INK)
            if wanted != colour:
                out.append(wanted)
                colour = wanted
            when = f"{f.short_day(ln.at.date())} {ln.at.hour:02d}:{ln.at.minute:02d}"
            texts = (when, ln.reference, ln.item, ln.category, ln.agreement)
            for i, text in enumerate(texts):
                clipped = f.clip(text, widths[i] - 2 * _PAD)
                regular.show(out, canvas, xs[i] + _PAD, base_y, clipped)
            for i, amount in ((5, ln.gross), (6, ln.tax), (7, ln.base)):
                shown = f.money(amount)
                regular.show(
                    out, canvas, xs[i] + widths[i] - _PAD - regular.width(shown), base_y, shown
                )
        out += ["ET", "Q"]
        canvas._code.append("\n".join(out))
