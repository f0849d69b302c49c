"""Render throwaway windows that show off the Qt style sheet, for eyeballing the theme.

Usage (from the repository root)::

    .venv/bin/python scripts/preview_theme.py                 # /tmp/theme_preview.png
    .venv/bin/python scripts/preview_theme.py --all            # light + dark, both screens
    .venv/bin/python scripts/preview_theme.py --theme dark --screen payment --out /tmp/x.png

"sell" is a mock of the sell screen (top bar, category chips, product grid, cart, total);
"payment" shows the rest of the vocabulary (keypad keys, banners, badges, inputs, danger
buttons, tabs). Nothing here is app code: it only exercises the selectors documented at the
top of resources/style/theme.qss, with the demo shop's data and images.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "src" / "popuppos" / "resources"
SHOP: dict[str, Any] = json.loads((RES / "demo" / "shop.json").read_text("utf-8"))
ICON_COLOURS = {"light": "#334155", "dark": "#cbd5e1"}


def euro(minor: int) -> str:
    sign = "−" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}€{whole:,}.{cents:02d}"


def icon(name: str, colour: str) -> QIcon:
    """An icon from resources/icons, recoloured (the SVGs are drawn in slate #334155)."""
    src = QIcon(str(RES / "icons" / f"{name}.svg")).pixmap(QSize(48, 48))
    out = QPixmap(src.size())
    out.fill(Qt.GlobalColor.transparent)
    p = QPainter(out)
    p.drawPixmap(0, 0, src)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    p.fillRect(out.rect(), QColor(colour))
    p.end()
    return QIcon(out)


def label(text: str, name: str | None = None, **props: str) -> QLabel:
    w = QLabel(text)
    if name:
        w.setObjectName(name)
    for key, value in props.items():
        w.setProperty(key, value)
    return w


def button(text: str, role: str | None = None, size: str | None = None) -> QPushButton:
    b = QPushButton(text)
    if role:
        b.setProperty("role", role)
    if size:
        b.setProperty("size", size)
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return b


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(18, 16, 18, 16)
    lay.setSpacing(10)
    return frame, lay


def hrow(*widgets: QWidget | None, spacing: int = 10) -> QHBoxLayout:
    """A row; None stands for a stretch."""
    lay = QHBoxLayout()
    lay.setSpacing(spacing)
    for w in widgets:
        if w is None:
            lay.addStretch(1)
        else:
            lay.addWidget(w)
    return lay


def divider() -> QFrame:
    line = QFrame()
    line.setObjectName("Divider")
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFixedHeight(1)
    return line


def top_bar(theme: str) -> QFrame:
    ink = ICON_COLOURS[theme]
    bar = QFrame()
    bar.setObjectName("TopBar")
    lay = QHBoxLayout(bar)
    lay.setContentsMargins(20, 10, 16, 10)
    lay.setSpacing(12)
    logo = QLabel()
    logo.setPixmap(QIcon(str(RES / "icons" / "popuppos.svg")).pixmap(QSize(40, 40)))
    lay.addWidget(logo)
    names = QVBoxLayout()
    names.setSpacing(0)
    names.addWidget(label(SHOP["shop"]["name"], "ShopName"))
    names.addWidget(label("The Courtyard pop-up  ·  Shift open since 09:12", "Muted"))
    lay.addLayout(names)
    lay.addStretch(1)
    search = QLineEdit()
    search.setObjectName("Search")
    search.setPlaceholderText("Search or scan a product")
    search.setFixedWidth(360)
    search.addAction(icon("search", "#64748b"), QLineEdit.ActionPosition.LeadingPosition)
    lay.addWidget(search)
    lay.addSpacing(8)
    lay.addWidget(label("Offline · 3 to sync", "SyncStatus", state="offline"))
    for name, tip in (("member", "Members"), ("shift", "Shift"), ("settings", "Settings")):
        tb = QToolButton()
        tb.setIcon(icon(name, ink))
        tb.setIconSize(QSize(24, 24))
        tb.setToolTip(tip)
        lay.addWidget(tb)
    return bar


def product_grid() -> QListWidget:
    grid = QListWidget()
    grid.setObjectName("ProductGrid")
    grid.setViewMode(QListView.ViewMode.IconMode)
    grid.setMovement(QListView.Movement.Static)
    grid.setResizeMode(QListView.ResizeMode.Adjust)
    grid.setIconSize(QSize(148, 148))
    grid.setGridSize(QSize(190, 264))
    grid.setSpacing(0)
    grid.setWordWrap(True)
    grid.setUniformItemSizes(True)
    grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for product in SHOP["products"]:
        variants = product["variants"]
        prices = {v["price_minor"] for v in variants}
        price = euro(min(prices)) if len(prices) == 1 else f"from {euro(min(prices))}"
        stock = sum(v["stock"] for v in variants)
        note = "  ·  Sold out" if stock == 0 else f"  ·  Only {stock} left" if stock <= 3 else ""
        tile = QIcon(str(RES / "demo" / product["image"]))
        # the default delegate tints a selected icon with the highlight colour; a real grid
        # uses its own delegate, here the same pixmap is simply registered for Selected
        tile.addFile(str(RES / "demo" / product["image"]), QSize(), QIcon.Mode.Selected)
        item = QListWidgetItem(tile, f"{product['name']}\n{price}{note}")
        item.setSizeHint(QSize(178, 252))
        item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        grid.addItem(item)
    grid.setCurrentRow(0)
    return grid


def cart_line(
    theme: str, image: str, name: str, detail: str, qty: int, total: int, badge: str = ""
) -> QWidget:
    ink = ICON_COLOURS[theme]
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(2, 4, 2, 4)
    lay.setSpacing(12)
    thumb = QLabel()
    thumb.setPixmap(
        QPixmap(str(RES / "demo" / "images" / f"{image}.png")).scaled(
            52, 52, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )
    lay.addWidget(thumb, 0, Qt.AlignmentFlag.AlignTop)
    text = QVBoxLayout()
    text.setSpacing(2)
    text.addWidget(label(name))
    sub = QHBoxLayout()
    sub.setSpacing(6)
    if detail:
        sub.addWidget(label(detail, "Muted"))
    if badge:
        sub.addWidget(label(badge, badge="low"))
    sub.addStretch(1)
    text.addLayout(sub)
    text.addStretch(1)
    lay.addLayout(text, 1)
    right = QVBoxLayout()
    right.setSpacing(4)
    price = label(euro(total), "Price")
    price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    right.addWidget(price)
    stepper = QHBoxLayout()
    stepper.setSpacing(4)
    for part in ("minus", None, "plus"):
        if part is None:
            q = label(str(qty))
            q.setFixedWidth(24)
            q.setAlignment(Qt.AlignmentFlag.AlignCenter)
            stepper.addWidget(q)
            continue
        tb = QToolButton()
        tb.setProperty("role", "stepper")
        tb.setIcon(icon(part, ink))
        tb.setIconSize(QSize(16, 16))
        stepper.addWidget(tb)
    right.addLayout(stepper)
    lay.addLayout(right)
    return row


def cart_panel(theme: str) -> QFrame:
    ink = ICON_COLOURS[theme]
    frame, lay = card()
    frame.setFixedWidth(440)
    lay.addLayout(hrow(label("Current sale", "Heading"), None, label("Member", badge="member")))
    lay.addWidget(label("Zoë Brennan  ·  Founding member, 10% off", "Muted"))
    cart = QListWidget()
    cart.setObjectName("Cart")
    cart.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    lines = (
        ("tee", "Slow Mornings Tee", "M / Sage", 1, 3200, ""),
        ("mug", "Morning Ritual Mug", "Cream", 2, 3600, ""),
        ("pin", "Golden Hour Enamel Pin", "", 1, 900, "Only 2 left"),
    )
    for image, name, detail, qty, total, badge in lines:
        item = QListWidgetItem()
        widget = cart_line(theme, image, name, detail, qty, total, badge)
        item.setSizeHint(QSize(380, 88))
        cart.addItem(item)
        cart.setItemWidget(item, widget)
    lay.addWidget(cart, 1)
    lay.addWidget(divider())
    lay.addLayout(hrow(label("Subtotal", "Muted"), None, label(euro(7700))))
    lay.addLayout(hrow(label("Member discount (10%)", "Muted"), None, label(euro(-770))))
    lay.addLayout(hrow(label("Includes VAT", "Muted"), None, label(euro(1296), "Muted")))
    total_row = QHBoxLayout()
    total_row.addWidget(label("Total", "TotalCaption"), 0, Qt.AlignmentFlag.AlignBottom)
    total_row.addStretch(1)
    total_row.addWidget(label(euro(6930), "TotalAmount"))
    lay.addLayout(total_row)
    park = button("Park", "quiet")
    park.setIcon(icon("park", ink))
    park.setIconSize(QSize(20, 20))
    void = button("Void sale", "danger-quiet")
    void.setIcon(icon("void", "#b42318" if theme == "light" else "#fca5a5"))
    void.setIconSize(QSize(20, 20))
    lay.addLayout(hrow(park, void, None))
    cash = button("Cash", size="large")
    cash.setIcon(icon("cash", ink))
    cash.setIconSize(QSize(24, 24))
    pay = button(f"Card  {euro(6930)}", "primary", "large")
    pay.setIcon(icon("card", "#ffffff" if theme == "light" else "#042f2e"))
    pay.setIconSize(QSize(24, 24))
    pay_row = QHBoxLayout()
    pay_row.setSpacing(10)
    pay_row.addWidget(cash, 2)
    pay_row.addWidget(pay, 3)
    lay.addLayout(pay_row)
    return frame


def chips() -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    group = QButtonGroup(row)
    for i, name in enumerate(["All", *SHOP["categories"]]):
        chip = QPushButton(name)
        chip.setObjectName("CategoryChip")
        chip.setCheckable(True)
        chip.setChecked(i == 0)
        chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        group.addButton(chip)
        row.addWidget(chip)
    row.addStretch(1)
    return row


def sell_screen(theme: str) -> QWidget:
    root = QWidget()
    outer = QVBoxLayout(root)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(top_bar(theme))
    body = QHBoxLayout()
    body.setContentsMargins(20, 16, 20, 20)
    body.setSpacing(20)
    left = QVBoxLayout()
    left.setSpacing(12)
    left.addLayout(chips())
    left.addWidget(product_grid(), 1)
    body.addLayout(left, 1)
    body.addWidget(cart_panel(theme))
    outer.addLayout(body, 1)
    return root


def payment_screen(theme: str) -> QWidget:
    ink = ICON_COLOURS[theme]
    root = QWidget()
    outer = QVBoxLayout(root)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    outer.addWidget(top_bar(theme))
    tabs = QTabBar()
    for name in ("Sell", "Passes", "Check-in", "Sales", "Shift"):
        tabs.addTab(name)
    tabs.setCurrentIndex(3)
    tabs.setDrawBase(False)
    tab_row = QHBoxLayout()
    tab_row.setContentsMargins(20, 6, 20, 0)
    tab_row.addWidget(tabs)
    tab_row.addStretch(1)
    outer.addLayout(tab_row)
    body = QHBoxLayout()
    body.setContentsMargins(20, 12, 20, 20)
    body.setSpacing(20)

    # left: cash keypad
    pay, lay = card()
    pay.setFixedWidth(420)
    lay.addWidget(label("Cash payment", "Heading"))
    lay.addLayout(hrow(label("To pay", "TotalCaption"), None, label(euro(6930), "TotalAmount")))
    tendered = QLineEdit("70.00")
    tendered.setAlignment(Qt.AlignmentFlag.AlignRight)
    tendered.setFixedWidth(180)
    lay.addLayout(hrow(label("Cash received", "Muted"), None, tendered))
    quick = QHBoxLayout()
    quick.setSpacing(8)
    for i, amount in enumerate((6930, 7000, 10000)):
        chip = QPushButton(euro(amount))
        chip.setObjectName("CategoryChip")
        chip.setCheckable(True)
        chip.setChecked(i == 1)
        quick.addWidget(chip)
    lay.addLayout(quick)
    keys = QGridLayout()
    keys.setSpacing(8)
    for i, key in enumerate("789456123"):
        keys.addWidget(button(key, "key"), i // 3, i % 3)
    keys.addWidget(button("00", "key"), 3, 0)
    keys.addWidget(button("0", "key"), 3, 1)
    back = button("", "key")
    back.setIcon(icon("close", ink))
    back.setIconSize(QSize(24, 24))
    keys.addWidget(back, 3, 2)
    lay.addLayout(keys)
    lay.addLayout(hrow(label("Change due", "Muted"), None, label(euro(70), "Price")))
    done = button("Take cash and finish", "primary", "large")
    done.setIcon(icon("check", "#ffffff" if theme == "light" else "#042f2e"))
    done.setIconSize(QSize(24, 24))
    lay.addWidget(done)
    body.addWidget(pay)

    # right: vocabulary - banners, refund card, badges, form inputs
    right = QVBoxLayout()
    right.setSpacing(14)
    for tone, text in (
        ("warning", "Working offline. Sales are saved on this device and sync later."),
        ("danger", "Printer not found. Receipts will be offered by email instead."),
    ):
        banner = QFrame()
        banner.setObjectName("Banner")
        banner.setProperty("tone", tone)
        b_lay = QHBoxLayout(banner)
        b_lay.setContentsMargins(14, 10, 14, 10)
        b_lay.addWidget(QLabel(text))
        right.addWidget(banner)

    refund, r_lay = card()
    r_lay.addLayout(
        hrow(label("Refund  ·  Sale #0139", "Heading"), None, label("Receipt found", badge="new"))
    )
    r_lay.addWidget(
        label(
            "Exhale Hoodie, L / Sage, paid by card at 10:41 today. Refunds go back to the card.",
            "Muted",
        )
    )
    reason = QLineEdit()
    reason.setPlaceholderText("Reason (required)")
    reason.setProperty("invalid", "true")
    r_lay.addWidget(reason)
    r_lay.addWidget(label("Please give a reason for the refund.", "Muted"))
    cancel = button("Cancel", "quiet")
    do_refund = button(f"Refund {euro(5800)}", "danger")
    do_refund.setIcon(icon("refund", "#ffffff"))
    do_refund.setIconSize(QSize(20, 20))
    receipt = button("Reprint receipt")
    receipt.setIcon(icon("receipt", ink))
    receipt.setIconSize(QSize(20, 20))
    disabled = button("Email receipt")
    disabled.setEnabled(False)
    r_lay.addLayout(hrow(receipt, disabled, None, cancel, do_refund))
    right.addWidget(refund)

    stock, s_lay = card()
    s_lay.addWidget(label("Stock on this device", "Heading"))
    for name, badge, text in (
        ("Golden Hour Enamel Pin", "low", "Only 2 left"),
        ("Stillness Soy Candle", "soldout", "Sold out"),
        ("Exhale Hoodie", "new", "Drop"),
        ("Members' early access", "member", "Member"),
    ):
        s_lay.addLayout(hrow(QLabel(name), None, label(text, badge=badge)))
    sync_row = hrow(
        label("Synced", "SyncStatus", state="online"),
        label("Syncing…", "SyncStatus", state="syncing"),
        label("Sync failed", "SyncStatus", state="error"),
        None,
    )
    s_lay.addLayout(sync_row)
    right.addWidget(stock)
    right.addStretch(1)
    body.addLayout(right, 1)
    outer.addLayout(body, 1)
    return root


SCREENS = {"sell": sell_screen, "payment": payment_screen}


def render(app: QApplication, theme: str, screen: str, out: Path) -> None:
    from popuppos.ui.theme import render_stylesheet

    app.setStyleSheet(render_stylesheet(theme))
    window = QMainWindow()
    window.setWindowTitle("PopupPOS theme preview")
    window.setCentralWidget(SCREENS[screen](theme))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    shot = window.grab()
    if shot.width() != 1280 or shot.height() != 800:
        print(f"warning: content needs {shot.width()}x{shot.height()}, not 1280x800")
    if not shot.save(str(out)):
        raise OSError(f"could not write {out}")
    print(f"{theme}/{screen}: {out}")
    window.close()
    window.deleteLater()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--screen", choices=tuple(SCREENS), default="sell")
    parser.add_argument("--out", type=Path, default=Path("/tmp/theme_preview.png"))
    parser.add_argument(
        "--all", action="store_true", help="render every theme and screen to /tmp/theme_*.png"
    )
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.all:
        for theme in ("light", "dark"):
            for screen in SCREENS:
                suffix = "" if (theme, screen) == ("light", "sell") else f"_{theme}_{screen}"
                render(app, theme, screen, Path(f"/tmp/theme_preview{suffix}.png"))
    else:
        render(app, args.theme, args.screen, args.out)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
