"""Reading an ESC/POS byte stream back: what a printer would print, as lines and a picture.

A small interpreter for the commands PopupPOS sends (reset, code page, text size,
emphasis, alignment, raster images, feed, cut, drawer pulse, status queries). It turns a
stream into printed lines (text with its style, or an image) so tests can check widths
and words, and the printer dialog can show the test receipt before paper is spent. An
unknown command stops the reading with ``EscposParseError`` rather than guessing.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from popuppos.documents.escpos_writer import Paper

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A
MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
MONO_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf")


class EscposParseError(ValueError):
    """The stream holds a command this reader does not know."""


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    bold: bool
    align: int  # 0 left, 1 centre, 2 right
    double_width: bool
    double_height: bool

    @property
    def columns(self) -> int:
        """How many font-A character cells the line takes."""
        return len(self.text) * (2 if self.double_width else 1)


@dataclass(frozen=True, slots=True)
class RasterImage:
    width: int  # dots
    height: int
    image: Image.Image  # mode "1", black = printed


@dataclass
class Printout:
    """What the printer did with a stream, in order."""

    items: list[TextLine | RasterImage | str] = field(default_factory=list)  # str: feeds
    cuts: int = 0
    drawer_pulses: list[int] = field(default_factory=list)  # pin of each pulse
    code_pages: list[int] = field(default_factory=list)  # ESC t slots, in order
    status_queries: int = 0

    @property
    def lines(self) -> list[TextLine]:
        return [i for i in self.items if isinstance(i, TextLine)]

    @property
    def images(self) -> list[RasterImage]:
        return [i for i in self.items if isinstance(i, RasterImage)]

    def text(self) -> str:
        """The printout as plain text ("[image 384x30]" for an image)."""
        out: list[str] = []
        for item in self.items:
            if isinstance(item, TextLine):
                pad = {1: "^ ", 2: "> "}.get(item.align, "")
                out.append(pad + item.text)
            elif isinstance(item, RasterImage):
                out.append(f"[image {item.width}x{item.height}]")
        return "\n".join(out)


def _codec(slot: int, pages: dict[int, str]) -> str:
    name = pages.get(slot, "CP437")
    try:
        return codecs.lookup(name.replace("_", "-").lower()).name
    except LookupError:
        return "cp437"


def read_escpos(data: bytes, pages: dict[int, str] | None = None) -> Printout:
    """Interpret ``data``; ``pages`` maps ``ESC t`` slots to code page names (the
    printer model's; Epson's numbering when not given)."""
    from popuppos.documents.escpos_writer import model_code_pages

    slots = pages if pages is not None else {v: k for k, v in model_code_pages("default").items()}
    out = Printout()
    bold = dw = dh = False
    align = 0
    codec = "cp437"
    line = bytearray()  # bytes in the current code page, not yet decoded
    decoded: list[str] = []  # the line so far, in earlier code pages
    i, n = 0, len(data)

    def switch(new_codec: str) -> None:
        nonlocal codec
        decoded.append(line.decode(codec, "replace"))
        line.clear()
        codec = new_codec

    def flush() -> None:
        switch(codec)
        out.items.append(TextLine("".join(decoded), bold, align, dw, dh))
        decoded.clear()

    while i < n:
        b = data[i]
        if b == LF:
            flush()
            i += 1
        elif b == ESC:
            cmd = data[i + 1]
            if cmd == ord("@"):
                bold = dw = dh = False
                align = 0
                switch("cp437")
                i += 2
            elif cmd == ord("t"):
                out.code_pages.append(data[i + 2])
                switch(_codec(data[i + 2], slots))
                i += 3
            elif cmd == ord("!"):
                mode = data[i + 2]
                bold, dh, dw = bool(mode & 0x08), bool(mode & 0x10), bool(mode & 0x20)
                i += 3
            elif cmd == ord("E"):
                bold = bool(data[i + 2] & 1)
                i += 3
            elif cmd == ord("a"):
                align = data[i + 2] % 48
                i += 3
            elif cmd == ord("d"):
                if line or "".join(decoded):
                    flush()
                out.items.extend(["feed"] * data[i + 2])
                i += 3
            elif cmd == ord("p"):
                out.drawer_pulses.append(2 if data[i + 2] in (0, 48) else 5)
                i += 5
            elif cmd in (ord("M"), ord("-"), ord("{"), ord("3"), ord("r")):
                i += 3
            elif cmd == ord("2"):
                i += 2
            else:
                raise EscposParseError(f"ESC {cmd:#04x} at byte {i}")
        elif b == GS:
            cmd = data[i + 1]
            if cmd == ord("v") and data[i + 2] == ord("0"):
                wb = data[i + 4] | data[i + 5] << 8
                h = data[i + 6] | data[i + 7] << 8
                raw = data[i + 8 : i + 8 + wb * h]
                img = Image.frombytes("1", (wb * 8, h), bytes(b ^ 0xFF for b in raw))
                out.items.append(RasterImage(wb * 8, h, img))
                i += 8 + wb * h
            elif cmd == ord("V"):
                out.cuts += 1
                i += 4 if data[i + 2] in (65, 66) else 3
            elif cmd == ord("!"):
                size = data[i + 2]
                dw, dh = bool(size & 0x70), bool(size & 0x07)
                i += 3
            elif cmd in (ord("B"), ord("b"), ord("|")):
                i += 3
            elif cmd == ord("("):
                length = data[i + 3] | data[i + 4] << 8
                i += 5 + length
            else:
                raise EscposParseError(f"GS {cmd:#04x} at byte {i}")
        elif b == DLE and i + 1 < n and data[i + 1] == 0x04:
            out.status_queries += 1
            i += 3
        else:
            line.append(b)
            i += 1
    if line or "".join(decoded):
        flush()
    return out


def render_png(data: bytes, paper: Paper, pages: dict[int, str] | None = None) -> bytes:
    """The printout as a PNG the width of the roll (8 dots a mm at 203 dpi), text drawn
    in a monospace font at font A's 12 x 24 dot cell."""
    printout = read_escpos(data, pages)
    margin = 16
    row = 30
    heights: list[int] = []
    for item in printout.items:
        if isinstance(item, TextLine):
            heights.append(row * (2 if item.double_height else 1))
        elif isinstance(item, RasterImage):
            heights.append(item.height)
        else:
            heights.append(row)
    canvas = Image.new("L", (paper.dots + 2 * margin, sum(heights) + 2 * margin), 255)
    y = margin
    for item, height in zip(printout.items, heights, strict=True):
        if isinstance(item, TextLine):
            _draw_text(canvas, item, paper, margin, y)
        elif isinstance(item, RasterImage):
            canvas.paste(item.image.convert("L"), (margin, y))
        y += height
    if printout.cuts:
        ImageDraw.Draw(canvas).line(
            (0, y + margin // 2, canvas.width, y + margin // 2), fill=160, width=1
        )
    buffer = BytesIO()
    canvas.save(buffer, "PNG")
    return buffer.getvalue()


def _mono(bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = MONO_BOLD if bold else MONO
    if path.is_file():
        return ImageFont.truetype(str(path), 19)
    return ImageFont.load_default(19)


def _draw_text(canvas: Image.Image, line: TextLine, paper: Paper, left: int, y: int) -> None:
    """Each character in a 12 x 24 cell, stretched as the printer stretches font A."""
    if not line.text.strip():
        return
    font = _mono(line.bold)
    strip = Image.new("L", (12 * len(line.text), 24), 255)
    draw = ImageDraw.Draw(strip)
    for k, ch in enumerate(line.text):
        draw.text((k * 12, 2), ch, font=font, fill=0)
    scale_w = 2 if line.double_width else 1
    scale_h = 2 if line.double_height else 1
    strip = strip.resize((strip.width * scale_w, 24 * scale_h))
    x = left
    if line.align == 1:
        x = left + (paper.dots - strip.width) // 2
    elif line.align == 2:
        x = left + paper.dots - strip.width
    canvas.paste(strip, (x, y + 3 * scale_h))
