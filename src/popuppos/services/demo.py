"""The demo shop: a believable pop-up to try PopupPOS on (``popuppos --demo``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from popuppos.core.ids import new_id
from popuppos.resources import resource_path
from popuppos.services.catalog import ProductSpec, VariantSpec, ensure_category, upsert_product
from popuppos.services.shop import has_manager_pin, save_settings, set_manager_pin
from popuppos.store.db import Database
from popuppos.store.models import Member, Product, utcnow

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
    if not has_manager_pin(db):
        set_manager_pin(db, DEMO_MANAGER_PIN, current_pin=None, actor="demo")
    _member_programme(db)
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
