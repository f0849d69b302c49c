"""Writing ESC/POS for a thermal printer with python-escpos: text in code pages, images
for what the code pages lack.

A printer prints text from a code page (one byte per character: CP858 has é, ü, ß and €;
CP852 has ł, ő, ř; CP866 Cyrillic; CP737 Greek). The writer knows which code pages this
printer has (its model's slots, narrowed to the character set the host chose) and, for
each printed line:

* first swaps characters that have a plain equivalent the printer has (a narrow no-break
  space, a typographic minus, the full-width yen sign) for that equivalent;
* prints the line as text when every character is in one of the code pages (python-escpos
  switches code page mid-line with ``ESC t`` as needed);
* otherwise renders the whole line as a 1-bit raster image (``GS v 0``) in the documents'
  TrueType font (``documents.styles``), with a fallback font for scripts it lacks when the
  system has one, so "Δήμητρα", "Дмитрий" or "さくら" print as themselves, never as "?".

Everything is built on python-escpos's ``Dummy`` printer, so the result is the exact byte
stream a network, USB or file printer is then sent.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pickle
import platform
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from platformdirs import user_cache_path

from popuppos.documents.styles import register_fonts

DOT_ROW = 30  # dots one text line takes with the printer's default line spacing
FONT_PX = 19  # the raster font's size in dots: its letters look as big as font A's
MIN_FONT_PX = 13  # a raster line too long for the paper shrinks down to this
LOGO_MAX_HEIGHT = 0.45  # of the paper's dot width
MISSING = "\U0010ffff"  # never assigned: every font draws its "missing glyph" box for it

# Characters printers' code pages rarely have, and what to print instead.
_PLAIN = {
    "\u202f": " ",  # narrow no-break space (French thousands, some times)
    "\u2009": " ",
    "\u2007": " ",
    "\u00a0": " ",
    "\u2212": "-",  # minus sign
    "\u2013": "-",
    "\u2014": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
    "\u00b7": "-",  # middle dot, when the code page lacks it
    "\u00d7": "x",  # multiplication sign, idem
}

# Fonts with scripts the document font lacks (CJK), used for raster lines when present.
FALLBACK_FONTS = (
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf"),
    Path("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
)


@dataclass(frozen=True, slots=True)
class Paper:
    """A roll width: characters per line in font A (12 x 24 dots) and printable dots."""

    mm: int
    columns: int
    dots: int


PAPERS = {58: Paper(58, 32, 384), 80: Paper(80, 48, 576)}


class Size(StrEnum):
    NORMAL = "normal"
    TALL = "tall"  # double height: as many characters fit as in NORMAL
    BIG = "big"  # double width and height: half as many


@dataclass(frozen=True, slots=True)
class Row:
    """One printed line: ``left`` (leading spaces indent it) and ``right`` flush right."""

    left: str
    right: str = ""
    centre: bool = False
    bold: bool = False
    size: Size = Size.NORMAL


def escpos_cache_dir() -> Path:
    """Where python-escpos keeps its parsed printer database (its default is a new
    temporary folder in every process, never cleaned up)."""
    path = user_cache_path("PopupPOS", appauthor=False) / "escpos"
    path.mkdir(parents=True, exist_ok=True)
    return path


def prepare_escpos() -> None:
    """Point python-escpos at our cache before it is first imported, with its printer
    database already written there in one atomic step: python-escpos writes the file in
    place, and a second process (or a test run beside the app) could read half of it."""
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" in os.environ:
        return
    folder = escpos_cache_dir()
    spec = importlib.util.find_spec("escpos")
    if spec is not None and spec.origin is not None:
        source = Path(spec.origin).parent / "capabilities.json"
        target = folder / f"{platform.python_version()}.capabilities.pickle"
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            partial = folder / f"{target.name}.{os.getpid()}.part"
            with partial.open("wb") as out:
                pickle.dump(json.loads(source.read_text("utf-8")), out, protocol=2)
            os.replace(partial, target)
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)


def printer_models() -> list[str]:
    """The printer models python-escpos knows (``default``: a generic Epson-compatible)."""
    prepare_escpos()
    from escpos.capabilities import CAPABILITIES  # type: ignore[import-untyped]

    return sorted(CAPABILITIES["profiles"])


def model_code_pages(model: str) -> dict[str, int]:
    """The code pages ``model`` has, by name, with the slot ``ESC t`` selects them by."""
    prepare_escpos()
    from escpos.capabilities import get_profile

    pages = get_profile(model).get_code_pages()
    return {name: int(slot) for name, slot in pages.items() if name != "Unknown"}


def _profile(model: str, paper: Paper) -> Any:
    """The model's escpos profile, told this roll's width (images centre on it)."""
    from escpos.capabilities import Profile, get_profile_class

    base = get_profile_class(model).profile_data
    profile = Profile(columns=paper.columns, features=dict(base.get("features", {})))
    media = {"dpi": 203, "width": {"mm": paper.mm, "pixels": paper.dots}}
    profile.profile_data = {**base, "media": media}
    return profile


class ThermalWriter:
    """Builds one ESC/POS byte stream line by line (see the module docstring)."""

    def __init__(
        self, paper: Paper, code_pages: tuple[str, ...], *, model: str = "default"
    ) -> None:
        prepare_escpos()
        from escpos.magicencode import Encoder, MagicEncode  # type: ignore[import-untyped]
        from escpos.printer import Dummy  # type: ignore[import-untyped]

        self.paper = paper
        have = model_code_pages(model)
        self.pages = {name: have[name] for name in code_pages if name in have}
        self.printer = Dummy(profile=_profile(model, paper))
        self.encoder = Encoder({name: str(slot) for name, slot in self.pages.items()})
        self.printer.magic = MagicEncode(self.printer, encoder=self.encoder)
        self.raster_rows = 0  # lines printed as images (a test and the preview read it)
        self._style: tuple[str, bool, Size] | None = None  # what the printer is set to

    # -- characters ----------------------------------------------------------------------
    def can_print(self, ch: str) -> bool:
        if ord(ch) < 128:
            return ch.isprintable()
        return any(self.encoder.can_encode(page, ch) for page in self.pages)

    def plain(self, text: str) -> str:
        """``text`` with characters the code pages lack swapped for plain equivalents
        where one exists (the rest are left for the raster fallback)."""
        if all(self.can_print(ch) for ch in text):
            return text
        out: list[str] = []
        for ch in text:
            if self.can_print(ch):
                out.append(ch)
            elif ch in _PLAIN:
                out.append(_PLAIN[ch])
            else:
                nfkc = unicodedata.normalize("NFKC", ch)
                ok = nfkc != ch and all(self.can_print(c) for c in nfkc)
                out.append(nfkc if ok else ch)
        return "".join(out)

    def encodable(self, text: str) -> bool:
        return all(self.can_print(ch) for ch in text)

    def columns(self, size: Size = Size.NORMAL) -> int:
        return self.paper.columns // 2 if size is Size.BIG else self.paper.columns

    # -- commands ------------------------------------------------------------------------
    def start(self) -> None:
        """Reset the printer and select the first code page, so the stream is the same
        whatever the printer printed before."""
        self.printer.hw("INIT")
        self._style = ("left", False, Size.NORMAL)
        if self.pages:
            self.printer.magic.write_with_encoding(next(iter(self.pages)), None)

    def kick_drawer(self, pin: int = 2) -> None:
        self.printer.cashdraw(pin)

    def row(self, row: Row) -> None:
        width = self.columns(row.size)
        if self.encodable(row.left + row.right):
            self._text_row(row, width)
        else:
            self._raster_row(row, width)

    def set_style(self, align: str = "left", bold: bool = False, size: Size = Size.NORMAL) -> None:
        """Send only the text settings that change (alignment, emphasis, size)."""
        was = self._style
        if was is not None and was == (align, bold, size):
            return
        if was is None or was[2] is not size:
            self.printer.set(
                normal_textsize=size is Size.NORMAL,
                double_height=size is not Size.NORMAL,
                double_width=size is Size.BIG,
            )
        if was is None or was[1] != bold:
            self.printer.set(bold=bold)
        if was is None or was[0] != align:
            self.printer.set(align=align)
        self._style = (align, bold, size)

    def _text_row(self, row: Row, width: int) -> None:
        self.set_style("center" if row.centre else "left", row.bold, row.size)
        if row.centre or not row.right:
            line = (row.left + row.right).rstrip()
        else:
            gap = max(1, width - len(row.left) - len(row.right))
            line = row.left + " " * gap + row.right
        self.printer.text(line + "\n")

    def _raster_row(self, row: Row, width: int) -> None:
        self.set_style()
        image = render_row(row, self.paper, width)
        self.printer.image(image, center=False)
        self.raster_rows += 1

    def blank(self, lines: int = 1) -> None:
        self.set_style()
        self.printer.text("\n" * lines)

    def rule(self, *, heavy: bool = False) -> None:
        self.set_style()
        self.printer.text(("=" if heavy else "-") * self.paper.columns + "\n")

    def logo(self, png: bytes) -> None:
        """The shop's logo, scaled to fit the roll (never wider than its dots), centred."""
        image = fit_logo(png, self.paper)
        self.set_style()
        self.printer.image(image, center=True)

    def qr(self, content: str) -> None:
        """A QR code as an image (every printer prints images; not all have a QR
        command), centred, about 60 % of the roll wide, at least 2 dots a module."""
        self.set_style()
        self.printer.image(qr_image(content, self.paper), center=True)

    def cut(self) -> None:
        self.printer.cut()

    def feed(self, lines: int = 4) -> None:
        self.printer.print_and_feed(lines)

    @property
    def output(self) -> bytes:
        return bytes(self.printer.output)


# -- images --------------------------------------------------------------------------------
def fit_logo(png: bytes, paper: Paper) -> Image.Image:
    """The logo on white, scaled (up or down) to fit the roll's width and a short band."""
    with Image.open(BytesIO(png)) as opened:
        source = opened.convert("RGBA")
    flat = Image.new("RGB", source.size, (255, 255, 255))
    flat.paste(source, mask=source.split()[3])
    max_w, max_h = paper.dots, int(paper.dots * LOGO_MAX_HEIGHT)
    scale = min(max_w / flat.width, max_h / flat.height)
    size = (max(1, min(max_w, round(flat.width * scale))), max(1, round(flat.height * scale)))
    return flat.resize(size, Image.Resampling.LANCZOS).convert("L")


def qr_image(content: str, paper: Paper) -> Image.Image:
    """``content`` as a QR code (error correction M, one module of quiet zone: the paper
    around it is white anyway), scaled to a whole number of dots per module."""
    import segno

    code = segno.make(content, error="m", micro=False, boost_error=False)
    matrix = code.matrix
    modules = len(matrix) + 2
    box = max(2, min(8, int(paper.dots * 0.62) // modules))
    image = Image.new("L", (modules, modules), 255)
    image.putdata([0 if dark else 255 for dark in _with_border(matrix)])
    return image.resize((modules * box, modules * box), Image.Resampling.NEAREST)


def _with_border(matrix: tuple[bytearray, ...]) -> list[int]:
    size = len(matrix) + 2
    blank = [0] * size
    rows = [blank, *([0, *(1 if m else 0 for m in row), 0] for row in matrix), blank]
    return [cell for row in rows for cell in row]


@cache
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def _glyph(path: str, ch: str) -> tuple[tuple[int, int], bytes]:
    mask = _font(path, 20).getmask(ch, mode="1")
    return mask.size, bytes(mask)


@cache
def _has_glyph(path: str, ch: str) -> bool:
    """Whether the font draws ``ch`` as itself rather than as its missing-glyph box."""
    return ch.isspace() or _glyph(path, ch) != _glyph(path, MISSING)


def raster_font_files(bold: bool) -> list[str]:
    """The document font (bold or regular) first, then installed fallbacks."""
    files = register_fonts()
    first = files.bold if bold else files.regular
    return [str(first), *(str(p) for p in FALLBACK_FONTS if p.is_file())]


def font_for(text: str, bold: bool) -> str:
    """The first font with a glyph for every character of ``text`` (else the one with most)."""
    candidates = raster_font_files(bold)
    best, best_count = candidates[0], -1
    for path in candidates:
        count = sum(_has_glyph(path, ch) for ch in text)
        if count == len(text):
            return path
        if count > best_count:
            best, best_count = path, count
    return best


def render_row(row: Row, paper: Paper, columns: int) -> Image.Image:
    """``row`` drawn as a 1-bit image as wide as the roll: indent, alignment and size as
    a text line would have (leading spaces indent by a character's width)."""
    tall = row.size is not Size.NORMAL
    height = DOT_ROW * (2 if tall else 1)
    char_w = paper.dots / columns
    stripped = row.left.lstrip(" ")
    indent = round((len(row.left) - len(stripped)) * char_w)
    text = stripped + row.right
    path = font_for(text, row.bold)
    size = FONT_PX * (2 if tall else 1)
    room = paper.dots - indent - (char_w if row.right and stripped else 0)
    font = _font(path, size)
    while size > MIN_FONT_PX and font.getlength(stripped) + font.getlength(row.right) > room:
        size -= 1
        font = _font(path, size)
    image = Image.new("1", (paper.dots, height), 1)
    draw = ImageDraw.Draw(image)
    draw.fontmode = "1"  # no grey edges: thermal dots are on or off
    ascent, descent = font.getmetrics()
    top = (height - ascent - descent) // 2
    if row.centre:
        whole = stripped + row.right
        x = max(0.0, (paper.dots - font.getlength(whole)) / 2)
        draw.text((x, top), whole, font=font, fill=0)
    else:
        draw.text((indent, top), stripped, font=font, fill=0)
        if row.right:
            draw.text((paper.dots - font.getlength(row.right), top), row.right, font=font, fill=0)
    return image
