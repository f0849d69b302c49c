"""The top bar: the shop's name and shift, the screens' tabs, the Shop menu and the shift
button. The main window connects its buttons; the bar only shows them."""

from __future__ import annotations

from popuppos.resources import resource_path
from popuppos.services.receipts import local_time
from popuppos.services.shifts import ShiftInfo
from popuppos.ui.context import AppContext
from popuppos.ui.elided_label import ElidedLabel
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QIcon,
    QLabel,
    QPixmap,
    QPushButton,
    QSize,
    Qt,
    QVBoxLayout,
)
from popuppos.ui.theme import follow_theme


def themed_icon(name: str) -> QIcon:
    """An icon in the theme's icon colour (the SVGs are drawn in slate, dim on dark)."""
    from popuppos.ui.sell.widgets import icon

    return icon(name)


class TopBar(QFrame):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("TopBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(12)
        logo = QLabel()
        logo.setPixmap(
            QPixmap(str(resource_path("icons", "popuppos-256.png"))).scaled(
                40,
                40,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        row.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        # Long shop names and shift lines shorten with "…" (full text in the tooltip)
        # rather than pushing the tabs and the shift button off a 1024 px screen.
        self.shop_name = ElidedLabel(ctx.settings.shop_name, "ShopName")
        self.shift_label = ElidedLabel("", "Muted")
        for label in (self.shop_name, self.shift_label):
            label.setMinimumWidth(110)
            label.setMaximumWidth(240)
        names.addWidget(self.shop_name)
        names.addWidget(self.shift_label)
        row.addLayout(names)
        row.addSpacing(24)
        self.sell_nav = self._nav(
            translate("main_window", "Sell"), translate("main_window", "The sell screen (Ctrl+1)")
        )
        self.calendar_nav = self._nav(
            translate("main_window", "Calendar"),
            translate("main_window", "Member sessions and check-in (Ctrl+2)"),
        )
        self.drops_nav = self._nav(
            translate("main_window", "Drops"),
            translate("main_window", "Micro-drops: plan, sell, waitlists (Ctrl+3)"),
        )
        self.live_nav = self._nav(
            translate("main_window", "Live"),
            translate("main_window", "Go live: the live drop, its clock and figures (Ctrl+4)"),
        )
        self.planner_nav = self._nav(
            translate("main_window", "Planner"),
            translate("main_window", "The 12-week plan of drops and events (Ctrl+5)"),
        )
        self.metrics_nav = self._nav(
            translate("main_window", "Metrics"),
            translate(
                "main_window", "The numbers that matter, sales summaries, CSV export (Ctrl+6)"
            ),
        )
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        for b in (
            self.sell_nav,
            self.drops_nav,
            self.live_nav,
            self.calendar_nav,
            self.planner_nav,
            self.metrics_nav,
        ):
            self.nav_group.addButton(b)
            row.addWidget(b)
        self.sell_nav.setChecked(True)
        row.addStretch(1)
        # The back office in one menu, so the top bar fits 1280 px with every screen's tab.
        self.shop_button = self._button(
            translate("main_window", "Shop"),
            "settings",
            translate("main_window", "Sales, pass tiers, members' passes, the catalogue"),
        )
        self.shift_button = self._button(
            translate("main_window", "Open shift"),
            "shift",
            translate("main_window", "Open or close the shift"),
        )
        for b in (self.shop_button, self.shift_button):
            row.addWidget(b)

    def _button(self, text: str, icon: str, tip: str) -> QPushButton:
        b = QPushButton(text)
        follow_theme(b, lambda: b.setIcon(themed_icon(icon)))  # recoloured when the theme changes
        b.setIconSize(QSize(20, 20))
        b.setToolTip(tip)
        b.setAccessibleName(text)
        b.setProperty("role", "quiet")
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return b

    def _nav(self, text: str, tip: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName("CategoryChip")  # the theme's checkable pill
        b.setCheckable(True)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return b

    def show_shift(self, ctx: AppContext, shift: ShiftInfo | None) -> None:
        device = ctx.settings.device_name
        if shift is None:
            self.shift_label.set_full_text(
                translate("main_window", "{device} · No shift open").format(device=device)
            )
            self.shift_button.setText(translate("main_window", "Open shift"))
        else:
            since = local_time(shift.opened_at).strftime("%H:%M")
            self.shift_label.set_full_text(
                translate("main_window", "{device} · Shift {number} · {name} since {since}").format(
                    device=device, number=shift.number, name=shift.opened_by, since=since
                )
            )
            self.shift_button.setText(translate("main_window", "Close shift"))
