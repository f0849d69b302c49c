"""What a drop has left, read honestly: its terms, parts, sales, refunds and share.

:func:`statuses` turns stored drops into :class:`DropStatus` (the count every screen and
the customer display show); the counting statements are built once, because the display
reads them every second. The rules are :mod:`popuppos.core.drop_rules`; planning a drop
is :mod:`popuppos.services.drops`; selling from one, :mod:`popuppos.services.drop_sales`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from babel.dates import format_datetime
from sqlalchemy import (
    BindParameter,
    Connection,
    Row,
    Select,
    bindparam,
    func,
    select,
)

from popuppos.core import drop_rules as rules
from popuppos.core.cart import CartLine
from popuppos.core.drop_rules import DropState, DropTerms
from popuppos.core.i18n import date_locale, translate
from popuppos.services.drop_allocations import allocations_here
from popuppos.services.errors import ServiceError
from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.store.drop_models import Drop, DropItem
from popuppos.store.models import Product, Sale, SaleLine, SaleVoid, Variant, utcnow
from popuppos.store.models import RefundLine as RefundLineRow

DROPS_CATEGORY = "Drops"
SOCIAL_PROOF_MINUTES = 10


@dataclass(frozen=True, slots=True)
class DropPart:
    variant_id: str
    product_name: str
    variant_name: str
    sku: str
    quantity: int  # per drop unit
    stock: int | None  # None: not counted
    image: str | None

    @property
    def display_name(self) -> str:
        name = (
            f"{self.product_name} · {self.variant_name}" if self.variant_name else self.product_name
        )
        return f"{self.quantity} × {name}" if self.quantity != 1 else name


@dataclass(frozen=True, slots=True)
class DropStatus:
    """A drop as it stands now: its terms, parts and the true counts."""

    id: str
    name: str
    price: int
    tax_rate_bp: int
    terms: DropTerms
    parts: tuple[DropPart, ...]
    sold: int  # net: sold - refunded, voids never counted
    remaining: int  # what this device may still sell
    state: DropState
    sold_recently: int  # units sold in the last SOCIAL_PROOF_MINUTES
    story_hook: str
    terms_text: str
    image: str | None  # the drop's image, else its first part's
    member_tier_ids: tuple[str, ...]
    allocated: int | None = None  # this device's share (None: the drop has no split)
    sold_here: int = 0  # this device's net units (counted when there is a share)
    edition_left: int = 0  # what the edition alone leaves (an override's limit)

    @property
    def edition_size(self) -> int:
        return self.terms.cap

    @property
    def is_bundle(self) -> bool:
        return len(self.parts) > 1 or any(p.quantity != 1 for p in self.parts)

    @property
    def scarcity(self) -> str:
        return rules.scarcity_text(self.remaining, self.terms.cap, self.terms.low_stock_threshold)

    @property
    def low(self) -> bool:
        t = self.terms.low_stock_threshold
        return 0 < self.remaining <= t

    @property
    def what_you_get(self) -> str:
        return ", ".join(p.display_name for p in self.parts)

    def cart_line(self) -> CartLine:
        first = self.parts[0]
        return CartLine(
            variant_id=first.variant_id,
            name=self.name,
            variant_name="",
            sku=first.sku,
            unit_price=self.price,
            tax_rate_bp=self.tax_rate_bp,
            category=DROPS_CATEGORY,
            drop_id=self.id,
        )


def local_when(moment: datetime) -> str:
    """ "5 Mar 14:30" in local time; in the shop's own words for a locale that is not
    English ("5. März 14:30")."""
    local = local_time(moment)
    locale = date_locale()
    if locale is None:
        return local.strftime("%d %b %H:%M").lstrip("0")
    #: a Babel/CLDR date pattern: day, short month, 24-hour time
    pattern = translate("services/drop_counts", "d MMM HH:mm")
    return format_datetime(local, pattern, locale=locale)


#: A drop's stored row (Core rows: attribute access by column name).
DROP_ROWS = select(*Drop.__table__.columns)


# -- reading ------------------------------------------------------------------------------
def voided_sales() -> Select[tuple[str]]:
    return select(SaleVoid.sale_id)


# The counting statements, built once: the customer display and the sell screen read them
# every second or so, and building them cost more than running them.
_IDS: BindParameter[list[str]] = bindparam("ids", expanding=True)
_NOT_VOIDED = SaleLine.sale_id.not_in(voided_sales())
_SOLD = (
    select(SaleLine.drop_id, func.sum(SaleLine.quantity))
    .where(SaleLine.drop_id.in_(_IDS), _NOT_VOIDED)
    .group_by(SaleLine.drop_id)
)
_REFUNDED = (
    select(SaleLine.drop_id, func.sum(RefundLineRow.quantity))
    .join(SaleLine, SaleLine.id == RefundLineRow.sale_line_id)
    .where(SaleLine.drop_id.in_(_IDS))
    .group_by(SaleLine.drop_id)
)
_SOLD_SINCE = (
    select(SaleLine.drop_id, func.sum(SaleLine.quantity))
    .join(Sale, Sale.id == SaleLine.sale_id)
    .where(SaleLine.drop_id.in_(_IDS), Sale.created_at > bindparam("since"), _NOT_VOIDED)
    .group_by(SaleLine.drop_id)
)
_PARTS = (
    select(
        DropItem.drop_id,
        DropItem.variant_id,
        Product.name,
        Variant.name,
        Variant.sku,
        DropItem.quantity,
        Variant.stock,
        Variant.track_stock,
        Product.image,
    )
    .join(Variant, Variant.id == DropItem.variant_id)
    .join(Product, Product.id == Variant.product_id)
    .where(DropItem.drop_id.in_(_IDS))
    .order_by(DropItem.drop_id, DropItem.position)
)


def _sums(
    conn: Connection, stmt: Select[str | None, int], drop_ids: Sequence[str], **kw: Any
) -> dict[str, int]:
    return {str(d): int(q) for d, q in conn.execute(stmt, {"ids": list(drop_ids), **kw})}


def _sold(conn: Connection, drop_ids: Sequence[str]) -> dict[str, int]:
    return _sums(conn, _SOLD, drop_ids)


def _refunded(conn: Connection, drop_ids: Sequence[str]) -> dict[str, int]:
    return _sums(conn, _REFUNDED, drop_ids)


def _sold_since(conn: Connection, drop_ids: Sequence[str], since: datetime) -> dict[str, int]:
    return _sums(conn, _SOLD_SINCE, drop_ids, since=since)


def net_sold(conn: Connection, drop_id: str) -> int:
    """Units of the drop sold on any device here, less refunds (voids never count)."""
    return _sold(conn, [drop_id]).get(drop_id, 0) - _refunded(conn, [drop_id]).get(drop_id, 0)


def _parts(conn: Connection, drop_ids: Sequence[str]) -> dict[str, list[DropPart]]:
    rows = conn.execute(_PARTS, {"ids": list(drop_ids)})
    out: dict[str, list[DropPart]] = {}
    for d, vid, pname, vname, sku, qty, stock, tracked, image in rows:
        out.setdefault(str(d), []).append(
            DropPart(vid, pname, vname, sku, int(qty), int(stock) if tracked else None, image)
        )
    return out


def _terms(row: Row[Any]) -> DropTerms:
    return DropTerms(
        cap=row.edition_size,
        public_start=row.public_start,
        public_end=row.public_end,
        members_first_minutes=row.members_first_minutes,
        member_tiers=frozenset(json.loads(row.member_tier_ids)),
        per_customer_limit=row.per_customer_limit,
        low_stock_threshold=row.low_stock_threshold,
        ended_at=row.ended_at,
    )


def statuses(conn: Connection, rows: Sequence[Row[Any]], now: datetime) -> list[DropStatus]:
    ids = [r.id for r in rows]
    if not ids:
        return []
    sold, back = _sold(conn, ids), _refunded(conn, ids)
    recent = _sold_since(conn, ids, now - timedelta(minutes=SOCIAL_PROOF_MINUTES))
    parts = _parts(conn, ids)
    shares = allocations_here(conn, ids)
    out = []
    for r in rows:
        ps = tuple(parts.get(r.id, ()))
        terms = _terms(r)
        allow = rules.parts_allow(
            {p.variant_id: p.quantity for p in ps}, {p.variant_id: p.stock for p in ps}
        )
        edition_left = rules.remaining(terms.cap, sold.get(r.id, 0), back.get(r.id, 0), allow)
        share = shares.get(r.id)
        left = edition_left
        if share is not None:
            left = rules.allocated_remaining(share.units, share.sold_here, edition_left)
        out.append(
            DropStatus(
                id=r.id,
                name=r.name,
                price=r.price,
                tax_rate_bp=r.tax_rate_bp,
                terms=terms,
                parts=ps,
                sold=sold.get(r.id, 0) - back.get(r.id, 0),
                remaining=left,
                state=rules.state(terms, now, left),
                sold_recently=recent.get(r.id, 0),
                story_hook=r.story_hook,
                terms_text=r.terms,
                image=r.image or next((p.image for p in ps if p.image), None),
                member_tier_ids=tuple(json.loads(r.member_tier_ids)),
                allocated=share.units if share is not None else None,
                sold_here=share.sold_here if share is not None else 0,
                edition_left=edition_left,
            )
        )
    return out


def list_drops(db: Database, *, now: datetime | None = None) -> list[DropStatus]:
    """Every drop with its true counts, soonest first."""
    now = now or utcnow()
    with db.read() as conn:
        rows = conn.execute(DROP_ROWS.order_by(Drop.public_start, Drop.name)).all()
        return statuses(conn, rows, now)


def drops_on_sale(db: Database, *, now: datetime | None = None) -> list[DropStatus]:
    """Drops whose window is open now (members-only, live or sold out), soonest end first."""
    return sorted(
        (
            d
            for d in list_drops(db, now=now)
            if d.state in (DropState.MEMBERS_ONLY, DropState.LIVE, DropState.SOLD_OUT)
        ),
        key=lambda d: d.terms.closes_at,
    )


def drop_status(db: Database, drop_id: str, *, now: datetime | None = None) -> DropStatus:
    now = now or utcnow()
    with db.read() as conn:
        row = conn.execute(DROP_ROWS.where(Drop.id == drop_id)).first()
        if row is None:
            raise ServiceError(translate("services/drop_counts", "that drop is not on this device"))
        return statuses(conn, [row], now)[0]
