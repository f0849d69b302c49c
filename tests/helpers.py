"""Seeding and counting helpers shared by the database-backed tests (real SQLite files)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from popuppos.core.cart import Cart, CartLine
from popuppos.core.pricing import Discount
from popuppos.services import catalog
from popuppos.store.db import Database

MANAGER_PIN = "2468"

#: Every table the app writes, for before/after row counts.
ALL_TABLES = (
    "settings",
    "categories",
    "products",
    "variants",
    "members",
    "parked_sales",
    "shifts",
    "shift_closes",
    "sales",
    "sale_lines",
    "sale_tenders",
    "refunds",
    "refund_lines",
    "refund_tenders",
    "sale_voids",
    "line_voids",
    "stock_movements",
    "audit_log",
    "outbox",
)

#: (product name, category, tax rate bp, ((variant name, sku, price, stock), ...))
DEFAULT_PRODUCTS: tuple[tuple[str, str, int, tuple[tuple[str, str, int, int], ...]], ...] = (
    ("Tee", "Apparel", 2300, (("S", "TEE-S", 2500, 10), ("M", "TEE-M", 2500, 10))),
    ("Mug", "Home", 2300, (("", "MUG", 1200, 20),)),
    ("Tea", "Pantry", 900, (("", "TEA", 850, 30),)),
    ("Stickers", "Paper", 0, (("", "STK", 300, 100),)),
)


@dataclass(frozen=True)
class Item:
    """A sellable variant as the sell screen knows it."""

    variant_id: str
    name: str
    variant_name: str
    sku: str
    price: int
    tax_rate_bp: int

    def line(self, quantity: int = 1, discount: Discount | None = None) -> CartLine:
        return CartLine(
            variant_id=self.variant_id,
            name=self.name,
            variant_name=self.variant_name,
            sku=self.sku,
            unit_price=self.price,
            tax_rate_bp=self.tax_rate_bp,
            quantity=quantity,
            discount=discount,
        )


def seed_products(
    db: Database,
    products: tuple[
        tuple[str, str, int, tuple[tuple[str, str, int, int], ...]], ...
    ] = DEFAULT_PRODUCTS,
) -> dict[str, Item]:
    """Save ``products`` through the catalogue service; returns the variants by SKU."""
    for name, category, rate, variants in products:
        catalog.save_product(
            db,
            catalog.ProductSpec(
                name=name,
                category=category,
                tax_rate_bp=rate,
                variants=tuple(catalog.VariantSpec(v, sku, p, s) for v, sku, p, s in variants),
            ),
        )
    items: dict[str, Item] = {}
    for product in catalog.catalog_items(db):
        for v in product.variants:
            items[v.sku] = Item(v.id, product.name, v.name, v.sku, v.price, product.tax_rate_bp)
    return items


def cart_of(*lines: CartLine, tax_inclusive: bool = True) -> Cart:
    cart = Cart(tax_inclusive=tax_inclusive)
    for ln in lines:
        cart.add(ln)
    return cart


def count_rows(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()) for t in ALL_TABLES
        }


def stock_by_sku(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {sku: int(s) for sku, s in conn.execute(text("SELECT sku, stock FROM variants"))}


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def payloads(db: Database, event_type: str) -> list[dict[str, Any]]:
    return [
        json.loads(p)
        for (p,) in rows(
            db, "SELECT payload FROM outbox WHERE event_type = :t ORDER BY seq", t=event_type
        )
    ]
