"""The catalogue as the host sells from it: products, variants, true stock, lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, or_, select, update

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.pricing import MAX_TAX_RATE_BP, MAX_UNIT_PRICE
from popuppos.services import audit
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.store.db import Database
from popuppos.store.models import Category, Product, StockMovement, Variant, utcnow

MAX_STORY_WORDS = 30


@dataclass(frozen=True, slots=True)
class VariantItem:
    id: str
    name: str
    sku: str
    barcode: str | None
    price: int
    stock: int
    track_stock: bool = True  # False: nothing to count (a pass); never "sold out"

    @property
    def stock_left(self) -> int | None:
        """The true count left to sell, or None when this variant has no stock to count."""
        return self.stock if self.track_stock else None


@dataclass(frozen=True, slots=True)
class CatalogItem:
    """A product tile on the sell screen."""

    product_id: str
    name: str
    category: str
    image: str | None
    tax_rate_bp: int
    story_hook: str
    why_now: str
    variants: tuple[VariantItem, ...] = field(default=())
    members_only: bool = False
    available_from: datetime | None = None  # before this, only early-access members

    @property
    def stock(self) -> int:
        return sum(v.stock for v in self.variants if v.track_stock)

    @property
    def stock_left(self) -> int | None:
        """The true count left across variants, or None when none of them is counted."""
        if not any(v.track_stock for v in self.variants):
            return None
        return self.stock

    @property
    def price_from(self) -> int:
        return min((v.price for v in self.variants), default=0)

    @property
    def price_varies(self) -> bool:
        return len({v.price for v in self.variants}) > 1


def catalog_items(db: Database) -> list[CatalogItem]:
    """Every active product with its variants, in category then name order (one query)."""
    stmt = (
        select(
            Product.id,
            Product.name,
            Category.name,
            Product.image,
            Product.tax_rate_bp,
            Product.story_hook,
            Product.why_now,
            Variant.id,
            Variant.name,
            Variant.sku,
            Variant.barcode,
            Variant.price,
            Variant.stock,
            Variant.track_stock,
            Product.members_only,
            Product.available_from,
        )
        .join(Variant, Variant.product_id == Product.id)
        .outerjoin(Category, Category.id == Product.category_id)
        .where(Product.active.is_(True))
        .order_by(Category.position, Category.name, Product.name, Variant.position, Variant.name)
    )
    items: dict[str, tuple[tuple[Any, ...], list[VariantItem]]] = {}
    with db.read() as conn:
        for row in conn.execute(stmt):
            pid = row[0]
            entry = items.get(pid)
            if entry is None:
                head = (pid, row[1], row[2] or "", row[3], row[4], row[5], row[6], row[14], row[15])
                entry = (head, [])
                items[pid] = entry
            entry[1].append(VariantItem(row[7], row[8], row[9], row[10], row[11], row[12], row[13]))
    return [
        CatalogItem(
            head[0],
            head[1],
            head[2],
            head[3],
            head[4],
            head[5],
            head[6],
            tuple(vs),
            head[7],
            head[8],
        )
        for head, vs in items.values()
    ]


def categories(db: Database) -> list[str]:
    with db.read() as conn:
        return list(conn.scalars(select(Category.name).order_by(Category.position, Category.name)))


@dataclass(frozen=True, slots=True)
class ScannedVariant:
    product: CatalogItem
    variant: VariantItem


def find_by_code(db: Database, code: str) -> ScannedVariant | None:
    """The variant whose barcode or SKU is ``code`` (what a scanner or the host typed)."""
    code = code.strip()
    if not code:
        return None
    with db.read() as conn:
        row = conn.execute(
            select(Variant.product_id, Variant.id)
            .where(or_(Variant.barcode == code, Variant.sku == code))
            .limit(1)
        ).first()
        if row is None:
            return None
        item = _item(conn, row[0])
    variant = next(v for v in item.variants if v.id == row[1])
    return ScannedVariant(item, variant)


def _item(conn: Connection, product_id: str) -> CatalogItem:
    p = conn.execute(
        select(
            Product.id,
            Product.name,
            Category.name,
            Product.image,
            Product.tax_rate_bp,
            Product.story_hook,
            Product.why_now,
            Product.members_only,
            Product.available_from,
        )
        .outerjoin(Category, Category.id == Product.category_id)
        .where(Product.id == product_id)
    ).one()
    vs = conn.execute(
        select(
            Variant.id,
            Variant.name,
            Variant.sku,
            Variant.barcode,
            Variant.price,
            Variant.stock,
            Variant.track_stock,
        )
        .where(Variant.product_id == product_id)
        .order_by(Variant.position)
    ).all()
    return CatalogItem(
        p[0],
        p[1],
        p[2] or "",
        p[3],
        p[4],
        p[5],
        p[6],
        tuple(VariantItem(*v) for v in vs),
        members_only=p[7],
        available_from=p[8],
    )


# -- editing ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VariantSpec:
    name: str
    sku: str
    price: int
    stock: int = 0
    barcode: str | None = None


@dataclass(frozen=True, slots=True)
class ProductSpec:
    name: str
    category: str
    tax_rate_bp: int
    variants: tuple[VariantSpec, ...]
    story_hook: str = ""
    why_now: str = ""
    image: str | None = None


def validate_product(spec: ProductSpec) -> None:
    """Raise ServiceError with a reason the host can fix."""
    if not spec.name.strip():
        raise ServiceError(translate("services/catalog", "a product needs a name"))
    if len(spec.name) > 120:
        raise ServiceError(
            translate("services/catalog", "a product name is at most 120 characters")
        )
    if not 0 <= spec.tax_rate_bp <= MAX_TAX_RATE_BP:
        raise ServiceError(
            translate("services/catalog", "the tax rate must be between 0 and 100 %")
        )
    if len(spec.story_hook.split()) > MAX_STORY_WORDS:
        raise ServiceError(
            translate(
                "services/catalog", "the story hook is at most {max_story_words} words"
            ).format(max_story_words=MAX_STORY_WORDS)
        )
    if not spec.variants:
        raise ServiceError(translate("services/catalog", "a product needs at least one variant"))
    skus = [v.sku for v in spec.variants]
    if len(set(skus)) != len(skus):
        raise ServiceError(translate("services/catalog", "each variant needs its own SKU"))
    for v in spec.variants:
        if not v.sku.strip():
            raise ServiceError(translate("services/catalog", "every variant needs a SKU"))
        if v.price < 0:
            raise ServiceError(translate("services/catalog", "a price cannot be negative"))
        if v.price > MAX_UNIT_PRICE:
            raise ServiceError(translate("services/catalog", "that price is too large"))
        if v.stock < 0:
            raise ServiceError(translate("services/catalog", "stock cannot be negative"))
        if v.stock > 1_000_000:
            raise ServiceError(translate("services/catalog", "that stock count is too large"))


def ensure_category(conn: Connection, name: str) -> str | None:
    name = name.strip()
    if not name:
        return None
    existing = conn.scalar(select(Category.id).where(Category.name == name))
    if existing is not None:
        return existing
    position = conn.scalar(select(Category.position).order_by(Category.position.desc())) or 0
    cid = new_id()
    conn.execute(insert(Category), {"id": cid, "name": name, "position": position + 1})
    return cid


def upsert_product(conn: Connection, device_id: str, spec: ProductSpec) -> str:
    """Create the product, or update the one that owns the first variant's SKU.

    Variants are matched by SKU; a changed stock count is recorded as a stock movement
    (reason ``count``) so stock always equals the sum of its movements.
    """
    validate_product(spec)
    category_id = ensure_category(conn, spec.category)
    existing = (
        conn.execute(
            select(Variant.product_id).where(Variant.sku.in_([v.sku for v in spec.variants]))
        )
        .scalars()
        .all()
    )
    owners = set(existing)
    if len(owners) > 1:
        raise ServiceError(translate("services/catalog", "those SKUs belong to different products"))
    now = utcnow()
    fields_ = {
        "name": spec.name.strip(),
        "category_id": category_id,
        "story_hook": spec.story_hook.strip(),
        "why_now": spec.why_now.strip(),
        "image": spec.image,
        "tax_rate_bp": spec.tax_rate_bp,
        "updated_at": now,
    }
    if owners:
        product_id = owners.pop()
        conn.execute(update(Product).where(Product.id == product_id).values(**fields_))
    else:
        product_id = new_id()
        conn.execute(insert(Product), {"id": product_id, "created_at": now, **fields_})
    variant_ids: list[str] = []
    moves: list[dict[str, Any]] = []
    for position, v in enumerate(spec.variants):
        if v.barcode:
            holder = conn.execute(
                select(Variant.sku).where(Variant.barcode == v.barcode, Variant.sku != v.sku)
            ).first()
            if holder is not None:
                raise ServiceError(
                    translate(
                        "services/catalog",
                        "barcode {barcode} is already used by SKU {sku}; each barcode "
                        "belongs to one product",
                    ).format(barcode=v.barcode, sku=holder.sku)
                )
        row = conn.execute(select(Variant.id, Variant.stock).where(Variant.sku == v.sku)).first()
        if row is None:
            vid, current = new_id(), 0
            conn.execute(
                insert(Variant),
                {
                    "id": vid,
                    "product_id": product_id,
                    "name": v.name,
                    "sku": v.sku,
                    "barcode": v.barcode or None,
                    "price": v.price,
                    "stock": 0,
                    "position": position,
                },
            )
        else:
            vid, current = row
            conn.execute(
                update(Variant)
                .where(Variant.id == vid)
                .values(name=v.name, barcode=v.barcode or None, price=v.price, position=position)
            )
        variant_ids.append(vid)
        if v.stock != current:
            moves.append(_move_stock(conn, device_id, vid, v.stock - current, "count", None))
    append_event(
        conn,
        device_id,
        "product.upserted",
        product_id,
        {
            "product_id": product_id,
            "name": spec.name,
            "category": spec.category,
            "tax_rate_bp": spec.tax_rate_bp,
            "story_hook": spec.story_hook.strip(),
            "why_now": spec.why_now.strip(),
            "variants": [
                {
                    "id": vid,
                    "sku": v.sku,
                    "name": v.name,
                    "price": v.price,
                    "barcode": v.barcode,
                    "position": position,
                }
                for position, (vid, v) in enumerate(zip(variant_ids, spec.variants, strict=True))
            ],
            "stock": moves,
        },
    )
    return product_id


def save_product(db: Database, spec: ProductSpec) -> str:
    with db.write() as conn:
        return upsert_product(conn, db.device_id, spec)


def _move_stock(
    conn: Connection, device_id: str, variant_id: str, delta: int, reason: str, ref: str | None
) -> dict[str, Any]:
    """Record a stock movement; returns it as an event carries it."""
    move_id = new_id()
    conn.execute(
        insert(StockMovement),
        {
            "id": move_id,
            "device_id": device_id,
            "variant_id": variant_id,
            "delta": delta,
            "reason": reason,
            "ref_id": ref,
            "created_at": utcnow(),
        },
    )
    return {"id": move_id, "variant_id": variant_id, "delta": delta, "reason": reason}


def count_stock(db: Database, variant_id: str, counted: int, *, actor: str, reason: str) -> int:
    """Set a variant's stock to what the host counted; recorded and audited."""
    if counted < 0:
        raise ServiceError(translate("services/catalog", "a stock count cannot be negative"))
    if counted > 1_000_000:
        raise ServiceError(translate("services/catalog", "that stock count is too large"))
    with db.write() as conn:
        current = conn.scalar(select(Variant.stock).where(Variant.id == variant_id))
        if current is None:
            raise ServiceError(translate("services/catalog", "that product no longer exists"))
        delta = counted - current
        if delta:
            move = _move_stock(conn, db.device_id, variant_id, delta, "count", None)
            audit.record(
                conn,
                db.device_id,
                actor=actor,
                action="stock.count",
                subject_id=variant_id,
                reason=reason,
                details={"from": current, "to": counted},
            )
            append_event(
                conn,
                db.device_id,
                "stock.adjusted",
                variant_id,
                {"variant_id": variant_id, "delta": delta, "counted": counted, "stock": [move]},
            )
        return counted
