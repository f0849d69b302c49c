"""Draw the demo shop's product tiles and the app icon's PNG, deterministically.

Usage (from the repository root)::

    .venv/bin/python scripts/make_demo_images.py            # write the PNGs
    .venv/bin/python scripts/make_demo_images.py --sheet /tmp/contact.png

Each tile is a 320 x 320 PNG: a soft pastel background, a lighter "spotlight"
disc, a gentle ground shadow and a flat illustration of the object drawn with
QPainter paths. Colours come from one small palette so the grid reads as one
shop. Nothing random, no timestamps: running it twice gives identical bytes on
the same Qt version.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "src" / "popuppos" / "resources"
IMAGES = RESOURCES / "demo" / "images"
ICONS = RESOURCES / "icons"

SIZE = 320

# --- palette -------------------------------------------------------------------------------
BG = {
    "peach": "#f6e7dc",
    "sage": "#e4ede5",
    "sky": "#e3eaf3",
    "lilac": "#ece6f3",
    "butter": "#f6efd8",
    "mint": "#e0efec",
    "rose": "#f5e3e6",
    "sand": "#efe8dd",
}
OAT = "#eadcc4"
SAGE = "#9db7a0"
SAGE_DARK = "#6f8f74"
TEAL = "#0f766e"
CREAM = "#f7f1e6"
TERRACOTTA = "#c9826b"
DUSK = "#6f8fae"
AMBER = "#b86f2c"
GOLD = "#d6a43a"
CORAL = "#ee8a6a"
SUN = "#f2b65a"
INK = "#334155"
LAVENDER = "#b9a7d6"
KRAFT = "#d8bf98"
FOREST = "#55735f"
SAND = "#d9c7a7"
WHITE = "#ffffff"


def c(hex_colour: str, alpha: int = 255) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


def shade(hex_colour: str, factor: int) -> QColor:
    """factor > 100 darkens, < 100 lightens (QColor semantics)."""
    base = QColor(hex_colour)
    return base.darker(factor) if factor >= 100 else base.lighter(int(10000 / factor))


# --- tile scaffolding ----------------------------------------------------------------------
def new_tile(bg: str) -> tuple[QImage, QPainter]:
    image = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    image.fill(c(bg))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    # a lighter disc behind the object: reads as a soft studio spotlight
    glow = QRadialGradient(QPointF(160, 150), 150)
    glow.setColorAt(0.0, c(WHITE, 120))
    glow.setColorAt(0.7, c(WHITE, 50))
    glow.setColorAt(1.0, c(WHITE, 0))
    p.setBrush(QBrush(glow))
    p.drawEllipse(QPointF(160, 150), 150, 150)
    return image, p


def ground_shadow(p: QPainter, cx: float, cy: float, rx: float, ry: float) -> None:
    grad = QRadialGradient(QPointF(cx, cy), rx)
    grad.setColorAt(0.0, c("#3b2f25", 60))
    grad.setColorAt(0.6, c("#3b2f25", 25))
    grad.setColorAt(1.0, c("#3b2f25", 0))
    p.save()
    p.translate(cx, cy)
    p.scale(1.0, ry / rx)
    p.translate(-cx, -cy)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawEllipse(QPointF(cx, cy), rx, rx)
    p.restore()


def fill(p: QPainter, path: QPainterPath, colour: QColor | str) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c(colour) if isinstance(colour, str) else colour)
    p.drawPath(path)


def stroke(
    p: QPainter,
    path: QPainterPath,
    colour: QColor | str,
    width: float,
    dash: list[float] | None = None,
    cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap,
) -> None:
    pen = QPen(c(colour) if isinstance(colour, str) else colour, width)
    pen.setCapStyle(cap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setDashPattern(dash)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)


def rrect(x: float, y: float, w: float, h: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), r, r)
    return path


def ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def poly(*pts: tuple[float, float]) -> QPainterPath:
    path = QPainterPath(QPointF(*pts[0]))
    for pt in pts[1:]:
        path.lineTo(QPointF(*pt))
    path.closeSubpath()
    return path


def clip_fill(p: QPainter, clip: QPainterPath, path: QPainterPath, colour: QColor | str) -> None:
    p.save()
    p.setClipPath(clip)
    fill(p, path, colour)
    p.restore()


def sun_mark(p: QPainter, cx: float, cy: float, r: float, colour: str, width: float) -> None:
    """The studio's mark: a half sun on a horizon with three short rays."""
    arc = QPainterPath()
    arc.moveTo(cx - r, cy)
    arc.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), 180, -180)
    stroke(p, arc, colour, width)
    horizon = QPainterPath(QPointF(cx - r * 1.6, cy))
    horizon.lineTo(cx + r * 1.6, cy)
    stroke(p, horizon, colour, width)
    for angle in (45, 90, 135):
        a = math.radians(angle)
        ray = QPainterPath(QPointF(cx + math.cos(a) * r * 1.35, cy - math.sin(a) * r * 1.35))
        ray.lineTo(cx + math.cos(a) * r * 1.75, cy - math.sin(a) * r * 1.75)
        stroke(p, ray, colour, width)


# --- the objects ---------------------------------------------------------------------------
def draw_tee(p: QPainter) -> None:
    ground_shadow(p, 160, 268, 100, 14)
    body = QPainterPath(QPointF(130, 72))
    body.lineTo(96, 84)
    body.lineTo(50, 124)
    body.lineTo(76, 160)
    body.lineTo(98, 144)
    body.lineTo(98, 262)
    body.quadTo(160, 268, 222, 262)
    body.lineTo(222, 144)
    body.lineTo(244, 160)
    body.lineTo(270, 124)
    body.lineTo(224, 84)
    body.lineTo(190, 72)
    body.quadTo(160, 100, 130, 72)
    fill(p, body, OAT)
    # the back of the neck, seen through the collar
    back = QPainterPath(QPointF(130, 72))
    back.quadTo(160, 84, 190, 72)
    back.quadTo(160, 100, 130, 72)
    fill(p, back, shade(OAT, 118))
    collar = QPainterPath(QPointF(130, 72))
    collar.quadTo(160, 100, 190, 72)
    stroke(p, collar, shade(OAT, 112), 7)
    # soft fold shadow on the right side and sleeve hems
    fold = QPainterPath(QPointF(222, 140))
    fold.cubicTo(204, 170, 200, 220, 206, 270)
    fold.lineTo(240, 270)
    fold.lineTo(240, 140)
    fold.closeSubpath()
    clip_fill(p, body, fold, shade(OAT, 106))
    for hem in ((58, 135, 82, 151), (262, 135, 238, 151)):
        line = QPainterPath(QPointF(hem[0], hem[1]))
        line.lineTo(hem[2], hem[3])
        stroke(p, line, shade(OAT, 112), 2.5)
    sun_mark(p, 160, 140, 15, TEAL, 4)


def draw_hoodie(p: QPainter) -> None:
    ground_shadow(p, 160, 274, 104, 13)
    colour = SAGE
    # hood behind the shoulders
    hood = QPainterPath(QPointF(118, 92))
    hood.cubicTo(112, 40, 208, 40, 202, 92)
    hood.closeSubpath()
    fill(p, hood, shade(colour, 112))
    inner = QPainterPath(QPointF(130, 92))
    inner.cubicTo(128, 62, 192, 62, 190, 92)
    inner.closeSubpath()
    fill(p, inner, shade(colour, 140))
    body = QPainterPath(QPointF(122, 84))
    body.lineTo(94, 94)
    body.cubicTo(72, 104, 60, 150, 54, 238)
    body.lineTo(80, 244)
    body.lineTo(96, 162)
    body.lineTo(98, 266)
    body.quadTo(160, 272, 222, 266)
    body.lineTo(224, 162)
    body.lineTo(240, 244)
    body.lineTo(266, 238)
    body.cubicTo(260, 150, 248, 104, 226, 94)
    body.lineTo(198, 84)
    body.quadTo(160, 122, 122, 84)
    fill(p, body, colour)
    clip_fill(p, body, poly((200, 150), (226, 140), (230, 280), (204, 280)), shade(colour, 106))
    # ribbed cuffs and hem
    fill(p, rrect(52, 228, 30, 18, 4), shade(colour, 112))
    fill(p, rrect(238, 228, 30, 18, 4), shade(colour, 112))
    hem = QPainterPath(QPointF(98, 252))
    hem.lineTo(222, 252)
    hem.lineTo(222, 266)
    hem.quadTo(160, 272, 98, 266)
    hem.closeSubpath()
    fill(p, hem, shade(colour, 112))
    # kangaroo pocket
    pocket = QPainterPath(QPointF(118, 246))
    pocket.lineTo(126, 198)
    pocket.lineTo(194, 198)
    pocket.lineTo(202, 246)
    stroke(p, pocket, shade(colour, 122), 3)
    # drawstrings
    for x, end in ((146, 150), (174, 156)):
        cord = QPainterPath(QPointF(x, 108))
        cord.quadTo(x - 2, 130, x + 1, end)
        stroke(p, cord, CREAM, 3.5)
        fill(p, rrect(x - 2.5, end - 2, 7, 10, 3), shade(CREAM, 108))
    sun_mark(p, 160, 180, 11, CREAM, 3.5)


def draw_cap(p: QPainter) -> None:
    ground_shadow(p, 168, 232, 116, 14)
    colour = "#4f6b7d"
    # three-quarter view: crown on the left, the bill reaching out to the front right
    brim = QPainterPath(QPointF(150, 194))
    brim.cubicTo(204, 176, 264, 184, 286, 208)
    brim.cubicTo(260, 228, 196, 232, 146, 216)
    brim.closeSubpath()
    fill(p, brim, shade(colour, 122))
    under = QPainterPath(QPointF(150, 212))
    under.cubicTo(196, 226, 256, 224, 284, 210)
    under.cubicTo(262, 226, 198, 234, 146, 218)
    under.closeSubpath()
    fill(p, under, shade(colour, 150))
    crown = QPainterPath(QPointF(58, 204))
    crown.cubicTo(50, 120, 118, 80, 166, 92)
    crown.cubicTo(214, 104, 232, 150, 226, 200)
    crown.cubicTo(172, 216, 108, 218, 58, 204)
    fill(p, crown, colour)
    clip_fill(p, crown, ellipse(40, 200, 60, 120), shade(colour, 110))
    clip_fill(p, crown, ellipse(200, 220, 70, 16), c("#000000", 40))
    # panel seams meeting at the button
    for end, ctrl in (((190, 208), (196, 130)), ((112, 212), (118, 130)), ((70, 180), (90, 110))):
        seam = QPainterPath(QPointF(150, 92))
        seam.quadTo(QPointF(*ctrl), QPointF(*end))
        stroke(p, seam, shade(colour, 122), 2)
    fill(p, ellipse(150, 92, 9, 5), shade(colour, 125))
    # sweatband stitching and the embroidered sunrise on the front panel
    stitch = QPainterPath(QPointF(62, 196))
    stitch.cubicTo(110, 208, 170, 208, 222, 192)
    stroke(p, stitch, shade(colour, 80), 1.6, dash=[2, 2.5])
    stitch = QPainterPath(QPointF(162, 205))
    stitch.cubicTo(206, 194, 256, 196, 274, 210)
    stroke(p, stitch, shade(colour, 95), 1.6, dash=[2, 2.5])
    sun_mark(p, 164, 166, 13, SUN, 4)


def draw_mug(p: QPainter) -> None:
    ground_shadow(p, 158, 256, 96, 13)
    colour = CREAM
    glaze = SAGE
    handle = QPainterPath()
    handle.addEllipse(QPointF(214, 182), 34, 40)
    hole = QPainterPath()
    hole.addEllipse(QPointF(214, 182), 20, 25)
    fill(p, handle.subtracted(hole), shade(colour, 112))
    body = QPainterPath(QPointF(96, 118))
    body.lineTo(96, 232)
    body.cubicTo(96, 262, 220, 262, 220, 232)
    body.lineTo(220, 118)
    body.closeSubpath()
    fill(p, body, colour)
    # dipped glaze on the lower half, with a wavy edge
    dip = QPainterPath(QPointF(90, 196))
    for i in range(8):
        x0 = 90 + i * 18
        dip.quadTo(x0 + 9, 204 if i % 2 else 190, x0 + 18, 196)
    dip.lineTo(230, 280)
    dip.lineTo(90, 280)
    dip.closeSubpath()
    clip_fill(p, body, dip, glaze)
    clip_fill(p, body, rrect(196, 100, 40, 180, 0), c("#000000", 16))
    # rim
    fill(p, ellipse(158, 118, 62, 16), shade(colour, 106))
    fill(p, ellipse(158, 120, 54, 12), "#7a5a43")
    fill(p, ellipse(158, 122, 48, 9), "#8c6a50")
    # steam
    for x, ph in ((140, 0.0), (168, 1.0)):
        wisp = QPainterPath(QPointF(x, 96))
        wisp.cubicTo(x - 12 + ph * 4, 80, x + 12, 70, x, 52)
        stroke(p, wisp, c(WHITE, 230), 4.5)
    sun_mark(p, 158, 168, 12, TEAL, 3.5)


def draw_bottle(p: QPainter) -> None:
    ground_shadow(p, 160, 280, 58, 9)
    colour = DUSK
    body = QPainterPath(QPointF(128, 120))
    body.cubicTo(128, 104, 138, 98, 142, 92)
    body.lineTo(178, 92)
    body.cubicTo(182, 98, 192, 104, 192, 120)
    body.lineTo(192, 262)
    body.cubicTo(192, 282, 128, 282, 128, 262)
    body.closeSubpath()
    fill(p, body, colour)
    clip_fill(p, body, rrect(172, 80, 30, 220, 0), shade(colour, 112))
    clip_fill(p, body, rrect(138, 110, 8, 150, 4), shade(colour, 80))
    # steel collar and cap with a carry loop
    fill(p, rrect(142, 84, 36, 12, 2), "#c9d1d9")
    fill(p, rrect(140, 56, 40, 30, 6), "#2f3e4d")
    loop = QPainterPath()
    loop.addRoundedRect(QRectF(148, 36, 24, 26), 11, 11)
    inner = QPainterPath()
    inner.addRoundedRect(QRectF(154, 42, 12, 16), 6, 6)
    fill(p, loop.subtracted(inner), "#2f3e4d")
    fill(p, rrect(142, 58, 36, 4, 2), c(WHITE, 40))
    sun_mark(p, 160, 190, 12, CREAM, 3.5)


def draw_journal(p: QPainter) -> None:
    ground_shadow(p, 162, 262, 104, 14)
    colour = TERRACOTTA
    p.save()
    p.translate(160, 160)
    p.rotate(-6)
    p.translate(-160, -160)
    # page block peeking out on the right and bottom
    fill(p, rrect(92, 62, 148, 196, 8), "#f4efe6")
    for i in range(4):
        line = QPainterPath(QPointF(236, 72 + i * 2))
        line.lineTo(236, 250 - i * 2)
        stroke(p, line, shade("#f4efe6", 108), 1)
    cover = rrect(84, 56, 148, 196, 10)
    fill(p, cover, colour)
    clip_fill(p, cover, rrect(84, 56, 20, 196, 0), shade(colour, 112))
    # elastic band and ribbon
    fill(p, rrect(204, 56, 9, 196, 0), shade(colour, 135))
    ribbon = QPainterPath(QPointF(150, 248))
    ribbon.lineTo(150, 286)
    ribbon.lineTo(156, 280)
    ribbon.lineTo(162, 286)
    ribbon.lineTo(162, 248)
    ribbon.closeSubpath()
    fill(p, ribbon, TEAL)
    # debossed label panel with the mark
    fill(p, rrect(118, 104, 74, 50, 6), shade(colour, 92))
    sun_mark(p, 155, 138, 11, CREAM, 3)
    bar = QPainterPath(QPointF(128, 178))
    bar.lineTo(182, 178)
    stroke(p, bar, shade(colour, 92), 4)
    bar = QPainterPath(QPointF(138, 190))
    bar.lineTo(172, 190)
    stroke(p, bar, shade(colour, 92), 4)
    p.restore()


def draw_stickers(p: QPainter) -> None:
    ground_shadow(p, 162, 268, 102, 12)
    p.save()
    p.translate(160, 160)
    p.rotate(4)
    p.translate(-160, -160)
    sheet = rrect(80, 50, 160, 214, 10)
    fill(p, sheet, WHITE)
    clip_fill(p, sheet, rrect(80, 240, 160, 30, 0), "#f1f1f1")

    def die_cut(path: QPainterPath, colour: str) -> None:
        stroke(p, path, "#e7e2da", 9)
        fill(p, path, colour)

    # row 1: breath square, sun, cloud
    die_cut(rrect(98, 70, 36, 36, 6), TEAL)
    square = rrect(108, 80, 16, 16, 2)
    stroke(p, square, WHITE, 2.5)
    die_cut(ellipse(160, 88, 19, 19), SUN)
    sun_mark(p, 160, 94, 8, WHITE, 2.5)
    cloud = ellipse(197, 94, 11, 10).united(ellipse(210, 86, 13, 13))
    cloud = cloud.united(ellipse(223, 95, 9, 9)).united(rrect(188, 92, 42, 13, 6))
    die_cut(cloud, DUSK)
    # row 2: leaf, heart, teacup
    leaf = QPainterPath(QPointF(100, 164))
    leaf.cubicTo(100, 130, 130, 124, 136, 124)
    leaf.cubicTo(136, 150, 124, 166, 100, 164)
    die_cut(leaf, SAGE_DARK)
    heart = QPainterPath(QPointF(160, 168))
    heart.cubicTo(134, 150, 140, 124, 160, 136)
    heart.cubicTo(180, 124, 186, 150, 160, 168)
    die_cut(heart, CORAL)
    cup = QPainterPath(QPointF(194, 140))
    cup.lineTo(224, 140)
    cup.cubicTo(224, 158, 218, 166, 209, 166)
    cup.cubicTo(200, 166, 194, 158, 194, 140)
    ring = ellipse(226, 148, 8, 7).subtracted(ellipse(226, 148, 4, 3.5))
    saucer = rrect(188, 164, 42, 6, 3)
    die_cut(cup.united(ring).united(saucer), TERRACOTTA)
    # row 3: moon, wave, star
    moon = ellipse(116, 214, 18, 18).subtracted(ellipse(126, 206, 15, 15))
    die_cut(moon, LAVENDER)
    wave = QPainterPath()
    wave.addRoundedRect(QRectF(144, 200, 34, 28), 8, 8)
    die_cut(wave, "#7fb8c9")
    crest = QPainterPath(QPointF(148, 216))
    crest.cubicTo(154, 206, 160, 226, 166, 214)
    crest.cubicTo(170, 208, 174, 216, 176, 214)
    stroke(p, crest, WHITE, 2.5)
    star = QPainterPath()
    for i in range(10):
        r = 20 if i % 2 == 0 else 9
        a = math.radians(-90 + i * 36)
        pt = QPointF(212 + math.cos(a) * r, 216 + math.sin(a) * r)
        if i == 0:
            star.moveTo(pt)
        else:
            star.lineTo(pt)
    star.closeSubpath()
    die_cut(star, GOLD)
    p.restore()


def draw_print(p: QPainter) -> None:
    ground_shadow(p, 160, 276, 100, 10)
    # a print in a thin oak frame, leaning slightly
    frame = rrect(78, 40, 164, 230, 4)
    fill(p, frame, "#c9a27a")
    clip_fill(p, frame, rrect(78, 40, 10, 230, 0), shade("#c9a27a", 110))
    fill(p, rrect(90, 52, 140, 206, 1), "#fbf8f2")
    art = QRectF(104, 66, 112, 150)
    art_clip = QPainterPath()
    art_clip.addRect(art)
    clip_fill(p, art_clip, rrect(104, 66, 112, 150, 0), "#f8d9c4")
    clip_fill(p, art_clip, ellipse(160, 160, 30, 30), SUN)
    hills_back = QPainterPath(QPointF(100, 170))
    hills_back.cubicTo(130, 140, 160, 150, 180, 162)
    hills_back.cubicTo(196, 152, 210, 150, 222, 156)
    hills_back.lineTo(222, 220)
    hills_back.lineTo(100, 220)
    hills_back.closeSubpath()
    clip_fill(p, art_clip, hills_back, TERRACOTTA)
    hills_front = QPainterPath(QPointF(100, 196))
    hills_front.cubicTo(140, 172, 180, 198, 222, 182)
    hills_front.lineTo(222, 220)
    hills_front.lineTo(100, 220)
    hills_front.closeSubpath()
    clip_fill(p, art_clip, hills_front, shade(TERRACOTTA, 130))
    for i, y in enumerate((94, 104)):
        bird = QPainterPath(QPointF(126 + i * 14, y))
        bird.quadTo(131 + i * 14, y - 5, 136 + i * 14, y)
        bird.quadTo(141 + i * 14, y - 5, 146 + i * 14, y)
        stroke(p, bird, INK, 1.8)
    # signature and edition number in pencil
    sig = QPainterPath(QPointF(176, 236))
    sig.cubicTo(184, 228, 188, 242, 196, 232)
    sig.cubicTo(200, 228, 206, 238, 214, 232)
    stroke(p, sig, "#9aa3ad", 1.5)
    ed = QPainterPath(QPointF(106, 236))
    ed.lineTo(124, 232)
    stroke(p, ed, "#9aa3ad", 1.5)


def draw_cards(p: QPainter) -> None:
    ground_shadow(p, 162, 262, 100, 12)
    colours: tuple[QColor | str, ...] = (shade(CREAM, 104), shade(CREAM, 102), CREAM)
    for angle, colour in zip((-14, -5, 5), colours, strict=True):
        p.save()
        p.translate(160, 170)
        p.rotate(angle)
        p.translate(-160, -170)
        card = rrect(104, 74, 112, 164, 10)
        stroke(p, card, c("#000000", 18), 2)
        fill(p, card, colour)
        p.restore()
    p.save()
    p.translate(160, 170)
    p.rotate(5)
    p.translate(-160, -170)
    fill(p, rrect(114, 84, 92, 144, 6), TEAL)
    # the breath square diagram: four sides, a dot travelling round
    square = rrect(134, 112, 52, 52, 4)
    stroke(p, square, c(WHITE, 235), 4)
    fill(p, ellipse(186, 112, 7, 7), SUN)
    for i, width in enumerate((44, 30)):
        line = QPainterPath(QPointF(160 - width / 2, 190 + i * 12))
        line.lineTo(160 + width / 2, 190 + i * 12)
        stroke(p, line, c(WHITE, 150), 4)
    p.restore()


def draw_candle(p: QPainter) -> None:
    ground_shadow(p, 160, 264, 84, 12)
    glass = QPainterPath(QPointF(100, 112))
    glass.lineTo(100, 236)
    glass.cubicTo(100, 262, 220, 262, 220, 236)
    glass.lineTo(220, 112)
    glass.closeSubpath()
    fill(p, glass, AMBER)
    clip_fill(p, glass, rrect(196, 100, 30, 180, 0), shade(AMBER, 115))
    clip_fill(p, glass, rrect(110, 120, 8, 120, 4), c(WHITE, 70))
    # the wax surface, seen through the top
    fill(p, ellipse(160, 112, 60, 14), shade(AMBER, 120))
    fill(p, ellipse(160, 116, 52, 10), "#efe4cf")
    wick = QPainterPath(QPointF(160, 116))
    wick.lineTo(161, 102)
    stroke(p, wick, "#3b3128", 2.5)
    flame = QPainterPath(QPointF(161, 100))
    flame.cubicTo(150, 90, 156, 76, 162, 64)
    flame.cubicTo(170, 78, 172, 90, 161, 100)
    glow = QRadialGradient(QPointF(161, 84), 34)
    glow.setColorAt(0.0, c(SUN, 90))
    glow.setColorAt(1.0, c(SUN, 0))
    p.setBrush(QBrush(glow))
    p.drawEllipse(QPointF(161, 84), 34, 34)
    fill(p, flame, SUN)
    inner = QPainterPath(QPointF(161, 98))
    inner.cubicTo(156, 92, 158, 84, 162, 78)
    inner.cubicTo(166, 86, 166, 92, 161, 98)
    fill(p, inner, "#fff1cf")
    # label
    fill(p, rrect(122, 160, 76, 64, 4), CREAM)
    sun_mark(p, 160, 192, 10, INK, 3)
    line = QPainterPath(QPointF(142, 210))
    line.lineTo(178, 210)
    stroke(p, line, shade(CREAM, 130), 3)


def draw_tea(p: QPainter) -> None:
    ground_shadow(p, 160, 262, 84, 12)
    colour = FOREST
    tin = QPainterPath(QPointF(104, 100))
    tin.lineTo(104, 238)
    tin.cubicTo(104, 262, 216, 262, 216, 238)
    tin.lineTo(216, 100)
    tin.closeSubpath()
    fill(p, tin, colour)
    clip_fill(p, tin, rrect(194, 90, 30, 180, 0), shade(colour, 115))
    # lid
    lid = QPainterPath(QPointF(100, 80))
    lid.lineTo(100, 110)
    lid.cubicTo(100, 128, 220, 128, 220, 110)
    lid.lineTo(220, 80)
    lid.closeSubpath()
    fill(p, lid, GOLD)
    clip_fill(p, lid, rrect(196, 70, 30, 60, 0), shade(GOLD, 112))
    fill(p, ellipse(160, 80, 60, 15), shade(GOLD, 90))
    fill(p, ellipse(160, 80, 46, 10), shade(GOLD, 104))
    # label band with a sprig of chamomile
    band = QPainterPath(QPointF(104, 150))
    band.cubicTo(104, 166, 216, 166, 216, 150)
    band.lineTo(216, 214)
    band.cubicTo(216, 230, 104, 230, 104, 214)
    band.closeSubpath()
    fill(p, band, CREAM)
    stem = QPainterPath(QPointF(160, 214))
    stem.cubicTo(158, 200, 164, 190, 160, 178)
    stroke(p, stem, SAGE_DARK, 2.5)
    leaf = QPainterPath(QPointF(160, 204))
    leaf.cubicTo(148, 204, 142, 196, 140, 190)
    leaf.cubicTo(150, 190, 158, 196, 160, 204)
    fill(p, leaf, SAGE_DARK)
    for i in range(8):
        a = math.radians(i * 45)
        fill(p, ellipse(160 + math.cos(a) * 8, 176 + math.sin(a) * 8, 5, 5), WHITE)
    fill(p, ellipse(160, 176, 5, 5), SUN)


def draw_eye_pillow(p: QPainter) -> None:
    ground_shadow(p, 160, 222, 122, 14)
    colour = LAVENDER
    p.save()
    p.translate(160, 170)
    p.rotate(-5)
    p.translate(-160, -170)
    # a soft, slightly puffed rectangle: edges bow out, corners pinch in
    pillow = QPainterPath(QPointF(54, 126))
    pillow.cubicTo(110, 116, 210, 116, 266, 126)
    pillow.cubicTo(276, 150, 276, 190, 266, 214)
    pillow.cubicTo(210, 224, 110, 224, 54, 214)
    pillow.cubicTo(44, 190, 44, 150, 54, 126)
    fill(p, pillow, colour)
    clip_fill(p, pillow, ellipse(160, 236, 140, 34), shade(colour, 110))
    clip_fill(p, pillow, ellipse(150, 126, 110, 12), c(WHITE, 70))
    seam = QPainterPath(QPointF(64, 136))
    seam.cubicTo(114, 127, 206, 127, 256, 136)
    seam.cubicTo(264, 156, 264, 186, 256, 204)
    seam.cubicTo(206, 213, 114, 213, 64, 204)
    seam.cubicTo(56, 186, 56, 156, 64, 136)
    stroke(p, seam, shade(colour, 128), 1.6, dash=[2.5, 2.5])
    # woven label stitched into the left seam
    fill(p, rrect(40, 154, 22, 30, 3), CREAM)
    fill(p, rrect(44, 160, 3, 18, 1), shade(CREAM, 120))
    p.restore()
    # a sprig of lavender lying in front
    stem = QPainterPath(QPointF(96, 268))
    stem.cubicTo(140, 258, 180, 246, 232, 238)
    stroke(p, stem, SAGE_DARK, 3)
    for i in range(9):
        t = i / 8
        x = 182 + t * 56
        y = 246 - t * 9
        side = -1 if i % 2 else 1
        p.save()
        p.translate(x, y + side * 3)
        p.rotate(-20 + side * 28)
        fill(p, ellipse(0, 0, 6, 3.6), "#8a72b8" if i % 2 else "#9d87c8")
        p.restore()
    fill(p, ellipse(240, 237, 4, 3), "#9d87c8")


def draw_tote(p: QPainter) -> None:
    ground_shadow(p, 160, 272, 100, 12)
    colour = "#efe3cc"
    for x0, x1 in ((112, 144), (176, 208)):
        handle = QPainterPath(QPointF(x0, 126))
        handle.cubicTo(x0 - 6, 36, x1 + 6, 36, x1, 126)
        stroke(p, handle, shade(colour, 115), 11, cap=Qt.PenCapStyle.FlatCap)
    bag = QPainterPath(QPointF(84, 118))
    bag.lineTo(236, 118)
    bag.lineTo(244, 262)
    bag.quadTo(160, 270, 76, 262)
    bag.closeSubpath()
    fill(p, bag, colour)
    clip_fill(p, bag, rrect(200, 110, 60, 170, 0), shade(colour, 104))
    fill(p, rrect(84, 118, 152, 12, 0), shade(colour, 106))
    for x in (112, 144, 176, 208):
        fill(p, rrect(x - 6, 118, 12, 16, 2), shade(colour, 115))
    # screen-printed mark, one ink
    sun_mark(p, 160, 206, 26, TEAL, 6)


def draw_pin(p: QPainter) -> None:
    ground_shadow(p, 160, 264, 86, 12)
    # kraft backing card with a hang hole
    card = rrect(96, 56, 128, 196, 8)
    card = card.subtracted(rrect(144, 68, 32, 8, 4))
    fill(p, card, KRAFT)
    clip_fill(p, card, rrect(200, 50, 30, 210, 0), shade(KRAFT, 106))
    dashed = rrect(106, 92, 108, 150, 5)
    stroke(p, dashed, shade(KRAFT, 120), 1.4, dash=[3, 3])
    # the pin: gold outline, coral enamel sun over a teal horizon
    cx, cy = 160, 176
    outline = QPainterPath()
    outline.moveTo(cx - 46, cy + 12)
    outline.arcTo(QRectF(cx - 46, cy - 46, 92, 92), 180, -180)
    outline.lineTo(cx + 46, cy + 12)
    outline.closeSubpath()
    for i in range(5):
        a = math.radians(20 + i * 35)
        ray = rrect(-5, -62, 10, 14, 4)
        p.save()
        p.translate(cx, cy)
        p.rotate(90 - math.degrees(a))
        fill(p, ray, GOLD)
        fill(p, rrect(-2.5, -59, 5, 8, 2), CORAL)
        p.restore()
    fill(p, outline, GOLD)
    sun = QPainterPath()
    sun.moveTo(cx - 38, cy)
    sun.arcTo(QRectF(cx - 38, cy - 38, 76, 76), 180, -180)
    sun.closeSubpath()
    fill(p, sun, CORAL)
    fill(p, rrect(cx - 40, cy + 2, 80, 6, 2), TEAL)
    shine = QPainterPath()
    shine.moveTo(cx - 26, cy - 10)
    shine.arcTo(QRectF(cx - 26, cy - 26, 52, 52), 160, -50)
    stroke(p, shine, c(WHITE, 150), 3.5)


def draw_seat(p: QPainter) -> None:
    """A 1:1 session seat: a round floor cushion with a 20-minute timer beside it."""
    ground_shadow(p, 146, 262, 118, 14)
    colour = TEAL
    # the cushion: a plump disc seen from the side, with a pleated band
    side = QPainterPath(QPointF(40, 190))
    side.lineTo(40, 222)
    side.cubicTo(40, 272, 232, 272, 232, 222)
    side.lineTo(232, 190)
    side.closeSubpath()
    fill(p, side, shade(colour, 118))
    for i in range(9):
        x = 56 + i * 20
        pleat = QPainterPath(QPointF(x, 212 + abs(4 - i) * 1.5))
        pleat.lineTo(x + 2, 250 - abs(4 - i) * 2)
        stroke(p, pleat, shade(colour, 140), 2)
    top = ellipse(136, 190, 96, 40)
    fill(p, top, colour)
    clip_fill(p, top, ellipse(112, 176, 64, 18), c(WHITE, 40))
    fill(p, ellipse(136, 190, 8, 4), shade(colour, 130))
    # the timer: a round face showing twenty minutes, standing on the floor
    cx, cy, r = 252, 206, 38
    fill(p, rrect(cx - 24, cy + r - 4, 48, 14, 5), shade(SUN, 115))
    fill(p, ellipse(cx, cy, r + 4, r + 4), SUN)
    fill(p, ellipse(cx, cy, r - 4, r - 4), CREAM)
    wedge = QPainterPath(QPointF(cx, cy))
    wedge.arcTo(QRectF(cx - r + 8, cy - r + 8, 2 * r - 16, 2 * r - 16), 90, -120)
    wedge.closeSubpath()
    fill(p, wedge, c(CORAL, 200))
    for i in range(12):
        a = math.radians(i * 30)
        tick = QPainterPath(QPointF(cx + math.sin(a) * (r - 10), cy - math.cos(a) * (r - 10)))
        tick.lineTo(cx + math.sin(a) * (r - 6), cy - math.cos(a) * (r - 6))
        stroke(p, tick, INK, 2)
    a = math.radians(120)
    hand = QPainterPath(QPointF(cx, cy))
    hand.lineTo(cx + math.sin(a) * (r - 14), cy - math.cos(a) * (r - 14))
    stroke(p, hand, INK, 3)
    fill(p, ellipse(cx, cy, 4, 4), INK)
    fill(p, rrect(cx - 7, cy - r - 12, 14, 8, 3), INK)


PRODUCTS: dict[str, tuple[str, Callable[[QPainter], None]]] = {
    "tee": ("sage", draw_tee),
    "hoodie": ("sand", draw_hoodie),
    "cap": ("peach", draw_cap),
    "mug": ("sky", draw_mug),
    "bottle": ("butter", draw_bottle),
    "journal": ("mint", draw_journal),
    "stickers": ("lilac", draw_stickers),
    "print": ("sky", draw_print),
    "cards": ("rose", draw_cards),
    "candle": ("sage", draw_candle),
    "tea": ("peach", draw_tea),
    "eye_pillow": ("butter", draw_eye_pillow),
    "tote": ("mint", draw_tote),
    "pin": ("lilac", draw_pin),
    "seat": ("peach", draw_seat),
}


def render_tile(name: str) -> QImage:
    bg, draw = PRODUCTS[name]
    image, p = new_tile(BG[bg])
    draw(p)
    p.end()
    return image


def save_png(image: QImage, path: Path) -> None:
    # Qt writes no timestamp chunks, so identical pixels give identical bytes
    if not image.save(str(path), quality=0):  # format from the suffix; max compression
        raise OSError(f"could not write {path}")


def render_icon(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    if not renderer.isValid():
        raise ValueError(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    renderer.render(p)
    p.end()
    return image


def contact_sheet(names: list[str], out: Path) -> None:
    cols, pad, thumb = 5, 16, SIZE
    rows = math.ceil(len(names) / cols)
    sheet = QImage(
        cols * (thumb + pad) + pad, rows * (thumb + pad) + pad, QImage.Format.Format_RGB32
    )
    sheet.fill(c("#f7f5f2"))
    p = QPainter(sheet)
    for i, name in enumerate(names):
        tile = QImage(str(IMAGES / f"{name}.png"))
        x = pad + (i % cols) * (thumb + pad)
        y = pad + (i // cols) * (thumb + pad)
        p.drawImage(QPointF(x, y), tile)
    p.end()
    sheet.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet of all tiles")
    args = parser.parse_args(argv)

    app = QGuiApplication(sys.argv[:1])
    IMAGES.mkdir(parents=True, exist_ok=True)
    for name in PRODUCTS:
        path = IMAGES / f"{name}.png"
        save_png(render_tile(name), path)
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1024:.1f} KB")
    icon_svg = ICONS / "popuppos.svg"
    if icon_svg.exists():
        icon_png = ICONS / "popuppos-256.png"
        save_png(render_icon(icon_svg, 256), icon_png)
        print(f"{icon_png.relative_to(ROOT)}  {icon_png.stat().st_size / 1024:.1f} KB")
    if args.sheet:
        contact_sheet(list(PRODUCTS), args.sheet)
        print(f"contact sheet: {args.sheet}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
