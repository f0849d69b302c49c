"""Colours come from the theme's tokens, so the light and dark themes cannot drift.

A ``#rrggbb`` literal in ui/ is a colour one theme got and the other did not: only the few
places that keep their own sets on purpose may have them (counted, so the list only
shrinks). What a widget sets for itself once (a style sheet line, a recoloured icon)
follows a change of theme while it is open; painted tones are the palettes' own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from popuppos.ui.qt import QApplication, QIcon, QLabel, QSize
from popuppos.ui.sell.widgets import DARK, LIGHT, make_button, search_field, tones
from popuppos.ui.theme import apply_theme, colour, follow_theme, palettes

UI = Path(__file__).resolve().parents[2] / "src" / "popuppos" / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")

# file under ui/ -> how many lines keep a literal, and why. Lower a number when you can.
ALLOWED = {
    "planner/look.py": 14,  # the planner's event-kind hues, a light and a dark set
    "calendar/look.py": 11,  # check-in verdicts (green, amber, red), light, dark and kiosk
    "passes/qr_view.py": 2,  # a QR code is black on white in every theme
    "printing/preview.py": 1,  # the receipt preview is paper: white in every theme
}


def literal_lines() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name == "theme.py":
            continue  # it reads the palettes; a literal there would be a mistake too, but
            # its docstring names the format
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if HEX.search(line):
                found.setdefault(name, []).append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_colour_literals_outside_the_allow_list() -> None:
    found = literal_lines()
    new = [line for name, lines in found.items() if name not in ALLOWED for line in lines]
    assert not new, "use theme.colour('<token>') instead of:\n" + "\n".join(new)
    for name, allowed in ALLOWED.items():
        count = len(found.get(name, []))
        assert count <= allowed, f"{name} has new colour literals:\n" + "\n".join(found[name])
        assert count == allowed, f"{name}: {count} literal lines now, lower ALLOWED to it"


def test_the_check_sees_a_literal() -> None:
    assert HEX.search('self.setStyleSheet("color: #b42318;")')
    assert HEX.search("QColor('#FFFFFF')")
    assert not HEX.search('QLabel("Order #12345")')


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_painted_tones_are_the_palette(theme: str) -> None:
    p = palettes()[theme]
    t = tones(theme)
    assert (t.card, t.text, t.muted, t.accent) == (
        p["surface"],
        p["text"],
        p["text-muted"],
        p["accent"],
    )
    assert (t.low_fg, t.out_fg, t.member_bg) == (
        p["warning-text"],
        p["danger-badge-text"],
        p["accent-soft"],
    )
    assert (LIGHT if theme == "light" else DARK) == t


def _ink(icon: QIcon) -> str:
    """The colour of an icon's most opaque pixel (the glyph's ink)."""
    image = icon.pixmap(QSize(48, 48)).toImage()
    best, ink = -1, ""
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() > best:
                best, ink = c.alpha(), c.name()
    return ink


def test_widgets_follow_a_change_of_theme(qapp: QApplication) -> None:
    apply_theme(qapp, "light")
    try:
        pay = make_button("Pay", role="primary", icon_name="cart")
        plain = make_button("Find", icon_name="search")
        search = search_field("Search", "Search products")
        line = QLabel("row")
        follow_theme(line, lambda: line.setStyleSheet(f"color: {colour('danger-text')};"))
        assert _ink(pay.icon()) == palettes()["light"]["on-accent"]
        assert _ink(plain.icon()) == palettes()["light"]["icon"]
        assert palettes()["light"]["danger-text"] in line.styleSheet()

        apply_theme(qapp, "dark")

        assert _ink(pay.icon()) == palettes()["dark"]["on-accent"]  # dark ink on light teal
        assert _ink(plain.icon()) == palettes()["dark"]["icon"]  # light grey, not slate
        assert _ink(search.actions()[0].icon()) == palettes()["dark"]["icon"]
        assert palettes()["dark"]["danger-text"] in line.styleSheet()
        for w in (pay, plain, search, line):
            w.deleteLater()
    finally:
        apply_theme(qapp, "light")


def test_screens_built_before_a_switch_take_the_new_accent(qapp: QApplication) -> None:
    """The metric figures, the live clock and "● LIVE" are built once, with the screen;
    switching to dark recolours them (they were light-theme teal on dark before)."""
    from popuppos.core.metrics import MetricName
    from popuppos.ui.live.board_view import LiveBoardView
    from popuppos.ui.metrics.metric_card import MetricCard

    apply_theme(qapp, "light")
    try:
        card = MetricCard(MetricName.CONVERSION)
        board = LiveBoardView(str)
        light, dark = palettes()["light"], palettes()["dark"]
        assert light["accent"] in card.value.styleSheet()
        assert light["accent"] in board.clock_label.styleSheet()
        apply_theme(qapp, "dark")
        assert dark["accent"] in card.value.styleSheet()
        assert dark["accent"] in board.clock_label.styleSheet()
        assert dark["danger-text"] in board.on_air.styleSheet()
        for w in (card, board):
            w.deleteLater()
    finally:
        apply_theme(qapp, "light")
