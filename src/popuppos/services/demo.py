"""The demo shop: a believable pop-up to try PopupPOS on (``popuppos --demo``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
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
    return DemoLoaded(len(data["products"]), len(data["members"]), already_there=False)
