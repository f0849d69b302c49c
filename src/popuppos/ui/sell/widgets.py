"""Small pieces the sell screen's modules share: buttons, icons, the message banner.

Names and properties follow the theme's documented selectors (resources/style/theme.qss):
roles ``primary`` / ``danger`` / ``danger-quiet`` / ``quiet`` / ``key``, ``scale="large"``,
``QFrame#Banner[tone=...]``, ``QLabel#Muted``, ``QLabel[badge=...]``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from popuppos.core.money import format_money
from popuppos.resources import resource_path
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QApplication,
    QColor,
    QFrame,
    QHBoxLayout,
    QIcon,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPainter,
    QPalette,
    QPixmap,
    QPushButton,
    QShortcut,
    QSize,
    Qt,
    QTimer,
    QToolButton,
    QWidget,
)
from popuppos.ui.theme import colour as theme_colour
from popuppos.ui.theme import current_theme, follow_theme, palettes

MIN_TOUCH = 44  # px: the smallest thing a thumb should have to hit


def fast_money(ctx: AppContext) -> Callable[[int], str]:
    """``ctx.money``, remembered per (amount, currency, locale): Babel takes ~0.2 ms a call,
    and a cart refresh or a grid paint formats a dozen amounts on the GUI thread."""

    @lru_cache(maxsize=4096)
    def fmt(minor: int, currency: str, locale: str) -> str:
        return format_money(minor, currency, locale)

    return lambda minor: fmt(minor, ctx.settings.currency, ctx.settings.locale)


def shortcut(
    owner: QWidget,
    seq: QKeySequence | Qt.Key | str,
    slot: Callable[[], object],
    *,
    enabled: bool = True,
) -> QShortcut:
    """A key for the whole window while ``owner`` is in it."""
    sc = QShortcut(QKeySequence(seq), owner)
    sc.setContext(Qt.ShortcutContext.WindowShortcut)
    sc.activated.connect(slot)
    sc.setEnabled(enabled)
    return sc


def key_name(seq: str) -> str:
    """A key as the host's keyboard names it ("F4", "Shift+F8", "Ctrl+N"; "Strg+N" in
    German), from Qt's portable form; "Enter" is the sell screen's own word."""
    if seq == "Enter":
        return translate("sell/receipt_view", "Enter")
    return QKeySequence(seq).toString(QKeySequence.SequenceFormat.NativeText)


def with_key(text: str, *keys: str) -> str:
    """A tooltip that names a button's keys: "Discount (F3)", "One more (Ctrl+=)"."""
    return f"{text} ({', '.join(key_name(k) for k in keys)})"


def show_if(widget: QWidget, visible: bool) -> None:
    """``setVisible`` only when it changes something (each call re-polishes otherwise)."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_prop(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)


def dark_theme() -> bool:
    """Whether the dark style sheet is loaded (``app.setProperty("theme", "dark")`` or the
    sheet's own header), so that painted colours and icons follow it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    theme = app.property("theme")
    if isinstance(theme, str) and theme:
        return theme == "dark"
    return "dark theme" in app.styleSheet()[:200]


def danger_colour() -> str:
    return theme_colour("danger-text")


def accent_colour() -> str:
    return theme_colour("accent")


def error_qss() -> str:
    """For inline "why this cannot be read" text (the theme has no selector for it)."""
    return f"color: {danger_colour()}; font-weight: 600;"


def icon(name: str, colour: str | None = None, size: int = 48) -> QIcon:
    """An icon from resources/icons, recoloured (the SVGs are drawn in slate).

    Without a colour it takes the theme's ``icon`` colour (slate, or light grey when dark).
    """
    return _icon(name, colour or theme_colour("icon"), size)


@lru_cache(maxsize=128)
def _icon(name: str, colour: str, size: int) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    src = QIcon(str(path)).pixmap(QSize(size, size))
    if src.isNull():
        return QIcon()
    out = QPixmap(src.size())
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.drawPixmap(0, 0, src)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), QColor(colour))
    painter.end()
    return QIcon(out)


def _icon_colour_on(role: str | None) -> str | None:
    """An icon's colour on a button of ``role`` (None: the theme's icon colour)."""
    token = {"primary": "on-accent", "danger": "on-danger", "danger-quiet": "danger-text"}
    return theme_colour(token[role]) if role in token else None


def make_button(
    text: str,
    *,
    role: str | None = None,
    large: bool = False,
    icon_name: str | None = None,
    object_name: str | None = None,
    tooltip: str | None = None,
) -> QPushButton:
    b = QPushButton(text)
    if role:
        b.setProperty("role", role)
    if large:
        # "scale", not "size": size is QWidget's own property and cannot hold a string.
        b.setProperty("scale", "large")
    b.setMinimumHeight(60 if large else MIN_TOUCH)
    b.setAutoDefault(False)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    if icon_name:
        follow_theme(b, lambda: b.setIcon(icon(icon_name, _icon_colour_on(role))))
        b.setIconSize(QSize(22, 22) if large else QSize(18, 18))
    if object_name:
        b.setObjectName(object_name)
    if tooltip:
        b.setToolTip(tooltip)
    return b


def label(text: str = "", object_name: str | None = None, *, wrap: bool = False) -> QLabel:
    lab = QLabel(text)
    if object_name:
        lab.setObjectName(object_name)
    lab.setWordWrap(wrap)
    return lab


def badge(text: str, kind: str) -> QLabel:
    lab = QLabel(text)
    lab.setProperty("badge", kind)
    lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return lab


@dataclass(frozen=True, slots=True)
class Tones:
    """Colours for what the sell screen paints itself (tiles), per theme.

    The style sheet cannot reach into a delegate's painting, so these are the theme's own
    tokens (``resources/style/palettes.json``), read per theme by :func:`tones`.
    """

    card: str
    border: str
    border_hover: str
    text: str
    muted: str
    accent: str
    placeholder: str
    low_bg: str
    low_fg: str
    out_bg: str
    out_fg: str
    member_bg: str  # the theme's QLabel[badge="member"]
    member_fg: str


def tones(theme: str | None = None) -> Tones:
    """The painted tones of ``theme`` ("light", "dark"), or of the theme on screen now."""
    p = palettes()[theme or current_theme()]
    return Tones(
        card=p["surface"],
        border=p["card-border"],
        border_hover=p["control-border-hover"],
        text=p["text"],
        muted=p["text-muted"],
        accent=p["accent"],
        placeholder=p["placeholder"],
        low_bg=p["warning-badge"],
        low_fg=p["warning-text"],
        out_bg=p["danger-badge"],
        out_fg=p["danger-badge-text"],
        member_bg=p["accent-soft"],
        member_fg=p["accent"],
    )


LIGHT = tones("light")
DARK = tones("dark")


def tones_for(palette: QPalette) -> Tones:
    """The dark tones when the widget's text is light (the dark style sheet is loaded)."""
    return DARK if palette.color(QPalette.ColorRole.Text).lightness() > 160 else LIGHT


class Banner(QFrame):
    """A non-blocking message strip (the theme's ``QFrame#Banner``), hidden while empty.

    Information fades by itself after a few seconds; problems stay until closed or
    replaced, so the host can read them after serving the customer.
    """

    INFO_MS = 4000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("tone", "info")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 2, 4, 2)
        row.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("BannerText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.close_button = close = QToolButton()
        follow_theme(close, lambda: close.setIcon(icon("close")))
        self.close_button.setToolTip(translate("sell/widgets", "Dismiss"))
        self.close_button.setAccessibleName(translate("sell/widgets", "Dismiss message"))
        self.close_button.clicked.connect(self.clear)
        row.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.hide()

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")

    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str, tone: str = "info") -> None:
        self.label.setText(text)
        set_prop(self, "tone", tone)
        self.show()
        if tone in ("info", "success"):
            self._timer.start(self.INFO_MS)
        else:
            self._timer.stop()

    def clear(self) -> None:
        self._timer.stop()
        self.label.setText("")
        self.hide()


def search_field(placeholder: str, accessible: str) -> QLineEdit:
    """The theme's pill-shaped search box (``QLineEdit#Search``) with a magnifier."""
    edit = QLineEdit()
    edit.setObjectName("Search")
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    glass = edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    follow_theme(edit, lambda: glass.setIcon(icon("search")))
    edit.setAccessibleName(accessible)
    return edit
