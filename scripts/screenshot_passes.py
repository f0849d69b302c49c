"""Render the member-pass screens with the demo shop and save PNGs, for looking at them.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshot_passes.py            # the two docs screenshots:
        # docs/screenshots/member-sale.png  a sale with a member pass scanned
        # docs/screenshots/pass-qr.png      the pass QR, full screen
    .venv/bin/python scripts/screenshot_passes.py --state sheet --out /tmp/sheet.png
        # states: member-sale, pass-qr, sheet (selling a pass), receipt (a pass sold),
        #         member-passes, tiers
    .venv/bin/python scripts/screenshot_passes.py --theme dark --state member-sale --out /tmp/d.png

A throwaway database gets the demo shop, an open shift, a Gold tier (10 % off Apparel and
Home, early access, two sessions) and a pass for Zoë; everything is shown offscreen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from shot_support import ROOT, wait_until

from popuppos.services import passes
from popuppos.services.catalog import catalog_items
from popuppos.services.demo import load_demo_shop
from popuppos.services.members import search_members
from popuppos.services.passes import IssuedPass, TierSpec
from popuppos.services.shifts import open_shift
from popuppos.store.db import Database, open_database
from popuppos.ui.app import apply_theme, build_context, make_application
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.passes.member_passes import MemberPassesDialog
from popuppos.ui.passes.qr_view import FullScreenQr
from popuppos.ui.passes.tiers_dialog import TiersDialog
from popuppos.ui.qt import QApplication, QImage, QMainWindow, QWidget
from popuppos.ui.sell.sell_screen import SellScreen

SHOTS = ROOT / "docs" / "screenshots"
GOLD = TierSpec(
    name="Gold membership",
    code="GOLD",
    price=6000,
    validity_days=365,
    discount_bp=1000,
    discount_categories=("Apparel", "Home"),
    early_access_minutes=30,
    included_sessions=2,
    transferable=True,
    refund_terms="Refundable in full within 14 days if no member session was used.",
    transfer_terms="Transferable once, at the stall, with the new holder present.",
)


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def sell_screen(ctx: AppContext, width: int, height: int) -> tuple[QMainWindow, SellScreen]:
    window = QMainWindow()
    screen = SellScreen(ctx)
    window.setCentralWidget(screen)
    window.resize(width, height)
    window.show()
    wait_until(lambda: screen.loaded)
    return window, screen


def member_sale(db: Database, ctx: AppContext, pass_: IssuedPass, size: tuple[int, int]) -> QImage:
    window, screen = sell_screen(ctx, *size)
    items = {i.name: i for i in catalog_items(db)}
    tee = items["Slow Mornings Tee"]
    screen.controller.add(tee, tee.variants[4])  # M / Sage: Apparel
    mug = items["Morning Ritual Mug"]
    screen.controller.add(mug, mug.variants[0])  # Drinkware: no member price
    pillow = items["Lavender Eye Pillow"]
    screen.controller.add(pillow, pillow.variants[0])  # Home
    screen.handle_scan(pass_.token + "\r\n")
    wait_until(lambda: screen.controller.attached is not None)
    settle(0.6)  # pictures load on a worker
    wait_for_operations()
    settle(0.3)
    return window.grab().toImage()


def sold_pass(db: Database, ctx: AppContext, size: tuple[int, int], state: str) -> QImage:
    window, screen = sell_screen(ctx, *size)
    items = {i.name: i for i in catalog_items(db)}
    kwame = search_members(db, "Kwame")[0]
    screen.controller.set_member(kwame)
    gold = items["Gold membership"]
    screen.tap_product(gold)
    wait_until(lambda: screen.dialog is not None)
    settle(0.3)
    if state == "sheet":
        image = window.grab().toImage()
        dialog = screen.dialog
        assert dialog is not None
        return _with_dialog(image, window, dialog)
    assert screen.dialog is not None
    screen.dialog.ok_button.click()  # type: ignore[attr-defined]
    screen.ask_tip = False
    screen.pay()
    tender = screen.tender_dialog()
    assert tender is not None
    tender.card_button.click()
    tender.card_done_button.click()
    wait_until(lambda: screen.showing_receipt and len(screen.receipt.passes.rows) == 1)
    settle(0.6)
    wait_for_operations()
    settle(0.3)
    return window.grab().toImage()


def _with_dialog(image: QImage, window: QWidget, dialog: QWidget) -> QImage:
    """The window with the dialog painted over it, centred, on a dimmed backdrop."""
    from popuppos.ui.qt import QColor, QPainter

    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(15, 23, 42, 90))
    shot = dialog.grab()
    x = (window.width() - shot.width()) // 2
    y = (window.height() - shot.height()) // 2
    painter.drawPixmap(x, y, shot)
    painter.end()
    return image


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--state",
        choices=("member-sale", "pass-qr", "sheet", "receipt", "member-passes", "tiers"),
        help="one screen (default: the two docs screenshots)",
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    wanted = (
        [(args.state, args.out or Path(f"/tmp/{args.state}.png"))]
        if args.state
        else [("member-sale", SHOTS / "member-sale.png"), ("pass-qr", SHOTS / "pass-qr.png")]
    )

    app = make_application(["screenshot"])
    if args.theme != "light":
        apply_theme(app, args.theme)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shop.sqlite")
        try:
            load_demo_shop(db)
            open_shift(db, opened_by="Aoife", opening_float=15_000)
            tier_id = passes.save_tier(db, GOLD)
            zoe = search_members(db, "Zoë")[0]
            pass_ = passes.issue_pass(db, tier_id=tier_id, member_id=zoe.id, actor="Aoife")
            ctx = build_context(db)
            for state, out in wanted:
                image = render(state, db, ctx, pass_, zoe.id, (width, height))
                out.parent.mkdir(parents=True, exist_ok=True)
                if not image.save(str(out)):
                    print(f"could not write {out}", file=sys.stderr)
                    return 1
                print(f"{out} ({image.width()}x{image.height()})")
                for w in QApplication.topLevelWidgets():
                    w.close()
                wait_for_operations()
                settle(0.1)
        finally:
            db.close()
    return 0


def render(
    state: str,
    db: Database,
    ctx: AppContext,
    pass_: IssuedPass,
    member_id: str,
    size: tuple[int, int],
) -> QImage:
    if state == "member-sale":
        return member_sale(db, ctx, pass_, size)
    if state in ("sheet", "receipt"):
        return sold_pass(db, ctx, size, state)
    if state == "pass-qr":
        info = passes.pass_card_data(db, pass_.pass_id)
        qr = FullScreenQr(
            pass_.token,
            holder_name=info.holder_name,
            tier_name=info.tier_name,
            valid_until=info.valid_until,
            caption=f"{info.shop_name} · member pass",
        )
        qr.resize(*size)
        qr.show()
        settle(0.3)
        return qr.grab().toImage()
    dialog: MemberPassesDialog | TiersDialog = (
        MemberPassesDialog(ctx, member_id) if state == "member-passes" else TiersDialog(ctx)
    )
    dialog.show()
    wait_until(lambda: dialog.loaded)
    if isinstance(dialog, TiersDialog):
        dialog.select("GOLD")
    settle(0.3)
    return dialog.grab().toImage()


if __name__ == "__main__":
    raise SystemExit(main())
