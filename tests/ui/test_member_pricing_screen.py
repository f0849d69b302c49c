"""Member pricing in a sale: scan a pass on the real sell screen, over a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from pass_shop import (
    MANAGER_PIN,
    PassShop,
    click,
    days_ago,
    euro,
    items,
    open_pass_shop,
    pdf_text,
    scan_pass,
    show_screen,
    tap,
)
from pytestqt.qtbot import QtBot

from popuppos.core import pass_token as tok
from popuppos.core.pricing import Discount
from popuppos.scanning.wedge import WedgeSettings
from popuppos.services import pass_admin
from popuppos.ui.qt import QLabel, Qt
from popuppos.ui.sell.member_sale import MemberDiscount
from popuppos.ui.sell.sell_screen import SellScreen
from popuppos.ui.sell.tiles import members_badge
from popuppos.ui.wedge_filter import WedgeScannerFilter


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[PassShop]:
    yield from open_pass_shop(tmp_path)


@pytest.fixture
def screen(qtbot: QtBot, shop: PassShop) -> Iterator[SellScreen]:
    yield from show_screen(qtbot, shop)


def fill_cart(qtbot: QtBot, screen: SellScreen, shop: PassShop) -> None:
    found = items(shop.db)
    for name in ("Sunrise Tee", "Ritual Mug", "Soy Candle"):  # 30.00 + 18.00 + 22.00
        tap(qtbot, screen, found[name])
    assert screen.cart.item_count == 3


def member_texts(screen: SellScreen) -> list[str]:
    return [r.discount.text() if r.discount.isVisible() else "" for r in screen.cart_panel.rows]


# -- a good pass -----------------------------------------------------------------------------
def test_a_scanned_pass_attaches_the_member_and_discounts_eligible_lines(
    qtbot: QtBot, screen: SellScreen, shop: PassShop, tmp_path: Path
) -> None:
    fill_cart(qtbot, screen, shop)
    assert screen.total_label.text() == euro(7000)
    token = shop.issue().token
    scan_pass(qtbot, screen, f"  {token.lower()}\r\n")  # caps lock and the scanner's CR/LF
    assert screen.banner.tone == "success"
    assert (
        "Zoë Brennan" in screen.banner.text()
        and "10 % off Apparel and Home" in screen.banner.text()
    )
    cart = screen.cart
    assert (cart.member_id, cart.member_name) == (shop.zoe, "Zoë Brennan")
    panel = screen.cart_panel
    assert panel.member_name.text() == "Zoë Brennan" and panel.member_badge.isVisible()
    assert panel.member_badge.text() == "Gold membership"
    assert panel.member_detail.text().startswith("Pass valid to ")
    # Apparel and Home are the tier's categories; Drinkware is not
    assert [type(ln.discount) for ln in cart.lines] == [MemberDiscount, type(None), MemberDiscount]
    assert member_texts(screen) == [
        f"Member −10 % · −{euro(300)}",
        "",
        f"Member −10 % · −{euro(220)}",
    ]
    assert screen.total_label.text() == euro(2700 + 1800 + 1980)  # 64.80, to the cent
    assert panel.figures["discount"][0].text() == "Discounts (member prices)"
    assert panel.figures["discount"][1].text() == f"−{euro(520)}"

    # a line added later gets the member price too, on the same line
    tap(qtbot, screen, items(shop.db)["Sunrise Tee"])
    assert (cart.lines[0].name, cart.lines[0].quantity) == ("Sunrise Tee", 2)
    assert cart.priced().total == 5400 + 1800 + 1980
    assert screen.pay_button.text() == f"Pay {euro(9180)}"

    # paid: the receipt shows which lines had the member price and the saving
    screen.ask_tip = False
    screen.pay()
    qtbot.waitUntil(lambda: screen.tender_dialog() is not None)
    dialog = screen.tender_dialog()
    assert dialog is not None
    click(qtbot, dialog.card_button)
    click(qtbot, dialog.card_done_button)
    qtbot.waitUntil(lambda: screen.showing_receipt and screen.receipt.data is not None)
    shown = [w.text() for w in screen.receipt.lines_box.findChildren(QLabel)]
    assert "Member saving" in shown and euro(820) in shown
    assert shown.count("Member −10 %") == 2
    target = tmp_path / "receipt.pdf"
    screen.receipt.save_pdf_to(target)
    qtbot.waitUntil(lambda: "Saved" in screen.receipt.status.text())
    assert f"Member saving {euro(820)} with Gold membership" in pdf_text(target)


def test_removing_the_member_removes_member_prices_and_keeps_the_hosts(
    qtbot: QtBot, screen: SellScreen, shop: PassShop
) -> None:
    fill_cart(qtbot, screen, shop)
    screen.controller.set_line_discount(2, Discount.percent(500))  # the host's 5 % on the candle
    before = screen.cart.to_dict()
    scan_pass(qtbot, screen, shop.issue().token)
    lines = screen.cart.lines
    assert isinstance(lines[0].discount, MemberDiscount)
    assert lines[2].discount == Discount.percent(500)  # the host's discount stays as it was
    assert member_texts(screen)[2] == f"5% off · −{euro(110)}"
    click(qtbot, screen.cart_panel.member_clear)
    assert screen.cart.member_id is None and screen.member_button.isVisible()
    assert screen.cart.to_dict() == before
    assert screen.total_label.text() == euro(3000 + 1800 + 2090)


def test_members_only_and_early_access(qtbot: QtBot, screen: SellScreen, shop: PassShop) -> None:
    zine = items(shop.db)["Founders Zine"]
    assert members_badge(zine, datetime.now())  # the tile says "Members"
    tap(qtbot, screen, zine)
    assert screen.cart.is_empty
    assert screen.banner.tone == "warning"
    assert "Members only: scan a pass first" in screen.banner.text()
    scan_pass(qtbot, screen, shop.issue().token)
    tap(qtbot, screen, zine)
    assert [ln.name for ln in screen.cart.lines] == ["Founders Zine"]
    assert screen.cart.lines[0].discount is None  # Paper is not one of the tier's categories

    # a drop on sale to everyone in an hour: Gold members (30 min early) wait 30 more minutes
    drop = replace(zine, members_only=False, available_from=datetime.now() + timedelta(hours=1))
    screen.tap_product(drop)
    assert "On sale to members from" in screen.banner.text()
    screen.controller.now = lambda: datetime.now() + timedelta(minutes=40)
    screen.tap_product(drop)
    assert screen.cart.lines[0].quantity == 2


# -- refused passes change nothing -----------------------------------------------------------
def _forged(token: str) -> str:
    body = token[3:]
    swap = "A" if body[60] != "A" else "B"
    return token[:3] + body[:60] + swap + body[61:]


def _foreign(shop: PassShop) -> str:
    key = tok.SigningKey.generate()
    today = pass_admin.today_local()
    claims = tok.PassClaims(
        UUID(int=7), "GOLD", today, today + timedelta(days=30), today, key.key_id
    )
    return tok.issue_pass(claims, key)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("expired", "This pass expired on"),
        ("revoked", "This pass was revoked by the shop."),
        ("forged", "altered or damaged"),
        ("foreign", "not issued by this shop"),
        ("garbled", "not read completely"),
    ],
)
def test_a_refused_pass_changes_nothing(
    qtbot: QtBot, screen: SellScreen, shop: PassShop, kind: str, reason: str
) -> None:
    fill_cart(qtbot, screen, shop)
    screen.controller.set_line_discount(1, Discount.amount(100))
    before = screen.cart.to_dict()
    good = shop.issue()
    if kind == "expired":
        token = shop.issue(valid_from=days_ago(400)).token
    elif kind == "revoked":
        pass_admin.revoke_pass(
            shop.db, good.pass_id, actor="Aoife", reason_note="lost", manager_pin=MANAGER_PIN
        )
        token = good.token
    elif kind == "forged":
        token = _forged(good.token)
    elif kind == "foreign":
        token = _foreign(shop)
    else:
        token = good.token[:100]
    scan_pass(qtbot, screen, token)
    assert screen.banner.tone == "danger"
    assert reason in screen.banner.text()
    assert screen.cart.to_dict() == before
    assert screen.controller.attached is None
    assert screen.member_button.isVisible()


def test_a_pass_scanned_through_the_keyboard_wedge(
    qtbot: QtBot, screen: SellScreen, shop: PassShop
) -> None:
    """The whole path: keys into the focused search field, the app-wide wedge filter (with
    room for a 163-character pass), the sell screen, the cart."""
    fill_cart(qtbot, screen, shop)
    token = shop.issue().token
    scanner = WedgeScannerFilter(WedgeSettings(max_length=200), parent=screen)
    scanner.scanned.connect(screen.handle_scan)
    scanner.install()
    try:
        screen.search.setFocus()
        with qtbot.waitSignal(scanner.scanned, timeout=2000) as got:
            qtbot.keyClicks(screen.search, token)
            qtbot.keyClick(screen.search, Qt.Key.Key_Return)
        assert got.args == [token]
        qtbot.waitUntil(lambda: screen.controller.attached is not None)
        assert screen.search.text() == ""  # not a letter of it landed in the search box
        assert screen.total_label.text() == euro(2700 + 1800 + 1980)
    finally:
        scanner.uninstall()
