"""The app's look: one style sheet template, a light and a dark palette, applied live.

``resources/style/theme.qss`` names every colour as a token (``@accent``, ``@surface``...);
``resources/style/palettes.json`` gives each token a colour per theme, with the same names
in both, so the themes cannot drift apart. :func:`apply_theme` fills the template in, sets
it on the application with a matching ``QPalette`` (for what the sheet does not style:
scroll areas, calendars, painted widgets) and remembers the theme on
``app.property("theme")`` (``"light"`` or ``"dark"``), where ``ui.sell.widgets.dark_theme``
reads it. ``"system"`` follows the platform's colour scheme and keeps following it while
the app runs. Code that needs a colour asks :func:`colour` rather than writing a literal
(tests/ui/test_no_colour_literals.py keeps it so), reads it when painting, and for what a
widget sets for itself once (a style sheet line, a recoloured icon) uses
:func:`follow_theme`, which calls it again on each change of theme.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache

from popuppos.resources import resource_path
from popuppos.ui.qt import (
    QApplication,
    QColor,
    QFont,
    QGuiApplication,
    QObject,
    QPalette,
    Qt,
    QWidget,
    Signal,
)

THEMES = ("light", "dark")
CHOICES = (*THEMES, "system")
TOKEN = re.compile(r"@([a-z][a-z0-9-]*)")
COMMENT = re.compile(r"/\*.*?\*/", re.S)
_NAMES = {"light": "light theme (Morning)", "dark": "dark theme (Evening)"}


@lru_cache(maxsize=1)
def palettes() -> dict[str, dict[str, str]]:
    """Every theme's tokens: ``{"light": {"accent": "#0f766e", ...}, "dark": {...}}``."""
    raw = json.loads(resource_path("style", "palettes.json").read_text("utf-8"))
    return {name: dict(raw[name]) for name in THEMES}


def template() -> str:
    return resource_path("style", "theme.qss").read_text("utf-8")


@lru_cache(maxsize=4)
def render_stylesheet(theme: str) -> str:
    """The style sheet of ``theme`` ("light" or "dark"), its tokens filled in.

    A token the palette does not have is a mistake in the sheet: ValueError names it.
    """
    filled = fill(template(), palettes()[theme])
    return f"/* PopupPOS - {_NAMES[theme]}, rendered from theme.qss */\n{filled}\n"


def fill(sheet: str, colours: dict[str, str]) -> str:
    """``sheet`` without its comments, each ``@token`` replaced by its colour."""
    body = COMMENT.sub("", sheet)
    missing = sorted({m for m in TOKEN.findall(body) if m not in colours})
    if missing:
        raise ValueError(f"theme.qss uses colours the palette lacks: {missing}")
    return TOKEN.sub(lambda m: colours[m.group(1)], body).strip()


def system_theme() -> str:
    """ "dark" when the platform asks for dark colours, else "light"."""
    hints = QGuiApplication.styleHints()
    if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def resolve(choice: str) -> str:
    """The theme a choice ("light", "dark", "system") shows now."""
    if choice == "system":
        return system_theme()
    return choice if choice in THEMES else "light"


def current_theme() -> str:
    app = QApplication.instance()
    theme = app.property("theme") if isinstance(app, QApplication) else None
    return theme if isinstance(theme, str) and theme in THEMES else "light"


def colour(token: str, theme: str | None = None) -> str:
    """A palette colour ("#rrggbb") of ``theme``, or of the theme on screen now."""
    return palettes()[theme or current_theme()][token]


def qpalette(theme: str) -> QPalette:
    """A QPalette from the theme's tokens, for widgets the style sheet does not reach."""
    c = {k: QColor(v) for k, v in palettes()[theme].items()}
    role = QPalette.ColorRole
    pal = QPalette()
    for r, token in (
        (role.Window, "window"),
        (role.WindowText, "text"),
        (role.Base, "surface"),
        (role.AlternateBase, "window"),
        (role.Text, "text"),
        (role.Button, "surface"),
        (role.ButtonText, "text"),
        (role.BrightText, "on-danger"),
        (role.Highlight, "accent"),
        (role.HighlightedText, "on-accent"),
        (role.ToolTipBase, "tooltip"),
        (role.ToolTipText, "tooltip-text"),
        (role.PlaceholderText, "text-muted"),
        (role.Link, "accent"),
        (role.LinkVisited, "accent-hover"),
        (role.Light, "surface"),
        (role.Midlight, "hairline"),
        (role.Mid, "control-border"),
        (role.Dark, "input-border"),
        (role.Shadow, "text-strong"),
    ):
        pal.setColor(r, c[token])
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, c["text-disabled"])
    return pal


class ThemeNotifier(QObject):
    """Sends ``changed(theme)`` after another theme was put on screen."""

    changed = Signal(str)


_NOTIFIER: list[ThemeNotifier] = []


def theme_changes() -> ThemeNotifier:
    """The one notifier of this process (made on first use, on the GUI thread)."""
    if not _NOTIFIER:
        _NOTIFIER.append(ThemeNotifier())
    return _NOTIFIER[0]


class _Follower(QObject):
    """A widget's listener: a child of the widget, so it goes (and is disconnected) with it."""

    def __init__(self, widget: QWidget, refresh: Callable[[], object]) -> None:
        super().__init__(widget)
        self._refresh = refresh
        theme_changes().changed.connect(self.follow)

    def follow(self, _theme: str) -> None:
        self._refresh()


def follow_theme(widget: QWidget, refresh: Callable[[], object]) -> None:
    """Call ``refresh`` now and each time the theme changes while ``widget`` lives: for
    colours a widget sets for itself (a style sheet line, a recoloured icon)."""
    refresh()
    _Follower(widget, refresh)


def _follow_system(app: QApplication) -> None:
    """Once per app: when the platform's colour scheme changes and the host chose
    "system", show the matching theme."""
    if app.property("theme_follows"):
        return
    hints = QGuiApplication.styleHints()
    if hints is None:
        return
    app.setProperty("theme_follows", True)

    def changed(_scheme: object) -> None:
        if app.property("theme_choice") == "system":
            _apply(app, system_theme())

    hints.colorSchemeChanged.connect(changed)


def _apply(app: QApplication, theme: str) -> None:
    if app.property("theme") == theme and app.styleSheet():
        return
    changed = app.property("theme") != theme
    app.setProperty("theme", theme)
    app.setPalette(qpalette(theme))
    app.setStyleSheet(render_stylesheet(theme))
    if changed:
        theme_changes().changed.emit(theme)


def apply_theme(app: QApplication, theme: str = "light") -> str:
    """Show ``theme`` ("light", "dark" or "system") on every window; returns the theme
    shown. Changing it while windows are open re-styles them at once; colours a widget
    set for itself follow through :func:`follow_theme` (or are read when painting)."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(15)
    if app.font() != font:
        app.setFont(font)
    choice = theme if theme in CHOICES else "light"
    app.setProperty("theme_choice", choice)
    if choice == "system":
        _follow_system(app)
    shown = resolve(choice)
    _apply(app, shown)
    return shown
