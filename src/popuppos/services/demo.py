"""The demo shop: a believable pop-up to try PopupPOS on (``popuppos --demo``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from popuppos.core.ids import new_id
from popuppos.resources import resource_path
from popuppos.services.catalog import ProductSpec, VariantSpec, ensure_category, upsert_product
from popuppos.services.shop import get_settings, has_manager_pin, save_settings, set_manager_pin
from popuppos.store.db import Database
from popuppos.store.models import Member, Product, Variant, utcnow

DEMO_MANAGER_PIN = "1234"


@dataclass(frozen=True, slots=True)
class DemoLoaded:
    products: int
    members: int
    already_there: bool


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("demo", "shop.json").read_text("utf-8"))
    return data


def load_demo_shop(db: Database) -> DemoLoaded:
    """Fill an empty database with the demo shop; a shop that has products is left alone."""
    data = demo_data()
    with db.read() as conn:
        if conn.scalar(select(func.count(Product.id))):
            return DemoLoaded(0, 0, already_there=True)
    shop = data["shop"]
    save_settings(
        db,
        shop_name=shop["name"],
        address_lines=tuple(shop["address_lines"]),
        tax_id=shop["tax_id"],
        currency=shop["currency"],
        locale=shop["locale"],
        tax_inclusive=bool(shop["tax_inclusive"]),
        default_tax_rate_bp=int(shop["default_tax_rate_bp"]),
        receipt_footer=shop["receipt_footer"],
    )
    with db.write() as conn:
        for name in data["categories"]:
            ensure_category(conn, name)
        for p in data["products"]:
            upsert_product(
                conn,
                db.device_id,
                ProductSpec(
                    name=p["name"],
                    category=p["category"],
                    tax_rate_bp=int(p["tax_rate_bp"]),
                    story_hook=p["story_hook"],
                    why_now=p["why_now"],
                    image=f"demo/{p['image']}",
                    variants=tuple(
                        VariantSpec(
                            name=v["name"],
                            sku=v["sku"],
                            barcode=v["barcode"],
                            price=int(v["price_minor"]),
                            stock=int(v["stock"]),
                        )
                        for v in p["variants"]
                    ),
                ),
            )
        for m in data["members"]:
            conn.execute(
                insert(Member),
                {
                    "id": new_id(),
                    "device_id": db.device_id,
                    "name": m["name"],
                    "email": m["email"],
                    "phone": m["phone"],
                    "note": m["note"],
                    "created_at": utcnow(),
                },
            )
        drop_only = [p["name"] for p in data["products"] if p.get("drop_only")]
        if drop_only:  # sold only through its drop: no tile of its own on the sell screen
            conn.execute(update(Product).where(Product.name.in_(drop_only)).values(active=False))
    if not has_manager_pin(db):
        set_manager_pin(db, DEMO_MANAGER_PIN, current_pin=None, actor="demo")
    _member_programme(db)
    live_id = _go_live(db)  # the opening hour, streamed: what the metrics screen reads
    _drops(db, data["drops"])
    _opening_hour_done(db, live_id)
    return DemoLoaded(len(data["products"]), len(data["members"]), already_there=False)


# (title, days from today, local hour, minute, minutes long, venue, capacity, tiers, 1:1 cost)
_WEEK = (
    ("Sunrise Breathwork", 1, 7, 30, 45, "Studio 2", 10, "", 0),
    ("Evening Breathwork", 2, 18, 0, 60, "Studio 2", 12, "", 0),
    ("Morning Pages Circle", 3, 8, 0, 45, "The Courtyard", 10, "MORNING", 0),
    ("1:1 Breath Coaching", 4, 16, 0, 30, "Back room", 1, "INNER", 30),
    ("Sound Bath", 5, 18, 30, 60, "Studio 1", 16, "", 0),
    ("Slow Morning Walk", 6, 10, 0, 90, "The Courtyard", 20, "", 0),
)


def _member_programme(db: Database) -> None:
    """Two pass tiers, a pass for each demo member, and the coming week's sessions."""
    from popuppos.services import calendar, members, passes

    morning = passes.save_tier(
        db,
        passes.TierSpec(
            name="Morning Circle", code="MORNING", price=4500, validity_days=30,
            discount_bp=1000, discount_categories=("Apparel", "Home"), included_sessions=8,
            early_access_minutes=30,
            refund_terms="Refundable in full within 14 days if no session has been attended.",
            transfer_terms="Not transferable.",
        ),
    )  # fmt: skip
    inner = passes.save_tier(
        db,
        passes.TierSpec(
            name="Inner Circle", code="INNER", price=12000, validity_days=90, discount_bp=1500,
            early_access_minutes=60, one_to_one_minutes=120, transferable=True,
            refund_terms="Refundable pro rata for unused months.",
            transfer_terms="Transferable once, at the stall.",
        ),
    )  # fmt: skip
    codes = {"MORNING": morning, "INNER": inner}
    for i, member in enumerate(members.search_members(db, "", limit=50)):
        tier = inner if i % 3 == 0 else morning
        passes.issue_pass(db, tier_id=tier, member_id=member.id, actor="demo")
    today = datetime.now().astimezone().replace(second=0, microsecond=0)
    for title, days, hour, minute, length, venue, capacity, tier, cost in _WEEK:
        start = (today + timedelta(days=days)).replace(hour=hour, minute=minute)
        calendar.save_session(
            db,
            calendar.SessionSpec(
                title=title, starts_at=start, duration_minutes=length, capacity=capacity,
                venue=venue, tier_ids=(codes[tier],) if tier else (), minutes_cost=cost,
            ),
        )  # fmt: skip


def _drops(db: Database, drops: list[dict[str, Any]]) -> None:
    """The demo's drops, relative to now, and the opening hour that sold from them.

    The sales are real: a first shift (opened and closed by the demo host, paid by card)
    records them, so every count the screens show is what was sold.
    """
    from popuppos.core.cart import Cart
    from popuppos.core.tender import Tender, TenderMethod
    from popuppos.services import checkout, members, shifts
    from popuppos.services import drops as drop_service
    from popuppos.services.pass_admin import list_tiers

    with db.read() as conn:
        variant_of = dict(conn.execute(select(Variant.sku, Variant.id)).all())
    tiers = {t.code: t.id for t in list_tiers(db)}
    people = {m.name: m.id for m in members.search_members(db, "", limit=50)}
    now = utcnow().replace(second=0, microsecond=0)
    now -= timedelta(minutes=now.minute % 15)  # drops start on the quarter hour
    planned = []
    for d in drops:
        start = now + timedelta(minutes=int(d["starts_in_minutes"]))
        drop_id = drop_service.save_drop(
            db,
            drop_service.DropSpec(
                name=d["name"], price=int(d["price_minor"]), edition_size=int(d["edition_size"]),
                public_start=start, public_end=start + timedelta(minutes=int(d["lasts_minutes"])),
                parts=tuple((variant_of[p["sku"]], int(p["quantity"])) for p in d["parts"]),
                members_first_minutes=int(d["members_first_minutes"]),
                member_tier_ids=tuple(tiers[code] for code in d["member_tiers"]),
                per_customer_limit=d["per_customer_limit"],
                low_stock_threshold=int(d["low_stock_threshold"]),
                story_hook=d["story_hook"], terms=d["terms"], tax_rate_bp=d.get("tax_rate_bp"),
            ),
        )  # fmt: skip
        planned.append((drop_id, d))
    if not any(d["sales"] for _id, d in planned):
        return
    inclusive = get_settings(db).tax_inclusive
    shifts.open_shift(db, opened_by="Aoife", opening_float=0)
    for drop_id, d in planned:
        status = drop_service.drop_status(db, drop_id)
        for sale in d["sales"]:
            cart = Cart(tax_inclusive=inclusive)
            cart.add(replace(status.cart_line(), quantity=int(sale["quantity"])))
            if sale["member"]:
                cart.set_member(people[sale["member"]], sale["member"])
            total = cart.priced().total
            tender = Tender(TenderMethod.CARD, total)
            checkout.complete_sale(db, cart, [tender], cashier="Aoife")
        if d.get("end_after_sales"):
            drop_service.end_drop(db, drop_id, actor="Aoife", manager_pin=DEMO_MANAGER_PIN)
    shifts.close_shift(db, counted_cash=0, closed_by="Aoife", note="Opening hour (demo)")


def _go_live(db: Database) -> str:
    """The opening hour as a plan event (a free micro-event) streamed live since 45 minutes
    ago; the drops' opening sales (``_drops``) are made while it runs."""
    from popuppos.services import live, planner

    now = utcnow()
    event_id = planner.save_event(
        db,
        planner.PlanEventSpec(
            kind=planner.EventKind.FREE_EVENT.value, title="Opening hour at The Courtyard",
            starts_at=now - timedelta(minutes=50), ends_at=now + timedelta(minutes=2),
            venue="The Courtyard",
        ),
    )  # fmt: skip
    return live.start_live(
        db, "Opening hour, live", "stream", plan_event_id=event_id,
        now=now - timedelta(minutes=45),
    ).id  # fmt: skip


def _opening_hour_done(db: Database, live_id: str) -> None:
    """End the stream, and check four members in to the breath class held before it."""
    from popuppos.services import calendar, checkin, live
    from popuppos.store.pass_models import MemberPass

    live.end_live(db, live_id)
    now = utcnow()
    start = now - timedelta(minutes=75)
    session_id = calendar.save_session(
        db,
        calendar.SessionSpec(
            title="Opening Breathwork", starts_at=start, duration_minutes=45, capacity=12,
            venue="Studio 2",
        ),
        now=start - timedelta(hours=1),
    )  # fmt: skip
    with db.read() as conn:
        tokens = conn.scalars(select(MemberPass.token).order_by(MemberPass.issued_at)).all()
    for token in tokens[:4]:  # a pass not valid yet (just after midnight) is refused: fine
        checkin.check_in(
            db, session_id, token, now=start + timedelta(minutes=5), device_name="Stall 1"
        )
