"""The one style sheet and its two palettes: same names, every token filled, readable.

Contrast is WCAG 2.x's ratio of relative luminances. Body text (15 px, most labels,
badges at 12-13 px bold) needs 4.5:1 on what it sits on; input borders and focus rings
(what shows where a field is, and which control has the keyboard) need 3:1 on the page and
the card. Disabled states are exempt, as WCAG allows; decorative hairlines are too.
"""

from __future__ import annotations

import re

import pytest

from popuppos.ui.qt import QApplication, QPalette
from popuppos.ui.theme import (
    COMMENT,
    TOKEN,
    apply_theme,
    colour,
    fill,
    palettes,
    qpalette,
    render_stylesheet,
    resolve,
    template,
)

# (text, background): every pair the sheet puts text on, each state included.
BODY_TEXT = [
    ("text", "window"), ("text", "surface"), ("text-strong", "window"),
    ("text-strong", "surface"), ("text-soft", "window"), ("text-soft", "surface"),
    ("text-muted", "window"), ("text-muted", "surface"), ("icon", "surface"),
    ("icon", "window"), ("accent", "window"), ("accent", "surface"),
    ("danger-text", "window"), ("danger-text", "surface"), ("warning-text", "surface"),
    ("on-accent", "accent"), ("on-accent", "accent-hover"), ("on-accent", "accent-pressed"),
    ("on-danger", "danger"), ("on-danger", "danger-hover"), ("on-danger", "danger-pressed"),
    ("warning-text", "warning-badge"), ("danger-badge-text", "danger-badge"),
    ("accent", "accent-soft"), ("text-soft", "info-soft"), ("selection-text", "selection"),
    ("text-strong", "accent-soft"), ("tooltip-text", "tooltip"), ("text", "control-hover"),
    ("text", "control-pressed"), ("text-soft", "quiet-hover"), ("text-soft", "quiet-pressed"),
    ("danger-text", "danger-soft"), ("danger-text", "danger-soft-pressed"),
    ("text", "info-soft"), ("text", "accent-soft"), ("text", "warning-soft"),
    ("text", "danger-soft"), ("text-muted", "info-soft"), ("text-muted", "accent-soft"),
    ("text-muted", "warning-soft"), ("text-muted", "danger-soft"),
    ("text-muted", "placeholder"), ("text", "weekend"), ("text-muted", "weekend"),
]  # fmt: skip
# (line or large text, background): borders that identify a control, focus rings, big figures.
UI_AND_LARGE = [
    ("input-border", "window"), ("input-border", "surface"), ("accent", "window"),
    ("accent", "surface"), ("accent", "control-hover"), ("danger-line", "surface"),
    ("danger-line", "window"), ("accent-focus", "window"), ("accent-focus", "surface"),
    ("danger-focus", "window"), ("danger-focus", "surface"), ("text-strong", "surface"),
]  # fmt: skip


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the AA grey
    assert contrast("#777777", "#ffffff") < 4.5


def test_both_palettes_have_the_same_names_and_only_colours() -> None:
    light, dark = palettes()["light"], palettes()["dark"]
    assert set(light) == set(dark)
    for value in [*light.values(), *dark.values()]:
        assert re.fullmatch(r"#[0-9a-f]{6}", value), value


def test_the_template_uses_only_palette_tokens_and_every_token_is_used() -> None:
    used = set(TOKEN.findall(COMMENT.sub("", template())))
    names = set(palettes()["light"])
    assert used - names == set()
    # for code that paints: icon (recoloured SVG icons), placeholder (a picture's empty
    # square), weekend (the planner's weekend columns)
    assert names - used == {"icon", "placeholder", "weekend"}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_rendered_sheet_has_no_token_left_and_says_which_theme(theme: str) -> None:
    sheet = render_stylesheet(theme)
    assert "@" not in sheet
    assert f"{theme} theme" in sheet[:200]  # ui.sell.widgets.dark_theme() reads this
    assert palettes()[theme]["window"] in sheet


def test_a_token_missing_from_the_palette_is_named_and_comments_are_dropped() -> None:
    sheet = "/* @whatever */ QLabel { color: @text; background: @no-such-colour; }"
    with pytest.raises(ValueError, match=r"lacks: \['no-such-colour'\]"):
        fill(sheet, {"text": "#000000"})
    assert fill("/* @x */ QLabel { color: @text; }", {"text": "#123456"}) == (
        "QLabel { color: #123456; }"
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(("fg", "bg"), BODY_TEXT)
def test_body_text_is_at_least_4_5_to_1(theme: str, fg: str, bg: str) -> None:
    p = palettes()[theme]
    ratio = contrast(p[fg], p[bg])
    assert ratio >= 4.5, f"{theme}: {fg} {p[fg]} on {bg} {p[bg]} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(("fg", "bg"), UI_AND_LARGE)
def test_borders_focus_rings_and_large_text_are_at_least_3_to_1(
    theme: str, fg: str, bg: str
) -> None:
    p = palettes()[theme]
    ratio = contrast(p[fg], p[bg])
    assert ratio >= 3.0, f"{theme}: {fg} {p[fg]} against {bg} {p[bg]} is {ratio:.2f}:1"


@pytest.fixture
def app(qapp: QApplication):  # type: ignore[no-untyped-def]
    yield qapp
    apply_theme(qapp, "light")  # what every other test expects


def test_apply_theme_sets_sheet_palette_and_property(app: QApplication) -> None:
    assert apply_theme(app, "dark") == "dark"
    assert app.property("theme") == "dark"
    assert app.styleSheet() == render_stylesheet("dark")
    assert app.palette().color(QPalette.ColorRole.Window).name() == colour("window", "dark")
    assert colour("accent") == palettes()["dark"]["accent"]  # the theme on screen now
    assert apply_theme(app, "light") == "light"
    assert colour("accent") == palettes()["light"]["accent"]
    assert app.palette().color(QPalette.ColorRole.Text).name() == colour("text", "light")


def test_system_follows_the_platform_and_nonsense_falls_back_to_light(
    app: QApplication,
) -> None:
    # the offscreen platform reports no colour scheme: the light theme
    assert resolve("system") == "light"
    assert apply_theme(app, "system") == "light"
    assert app.property("theme_choice") == "system"
    assert apply_theme(app, "purple") == "light"
    assert app.property("theme_choice") == "light"


def test_qpalette_greys_disabled_text() -> None:
    pal = qpalette("dark")
    disabled = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    assert disabled == palettes()["dark"]["text-disabled"]
