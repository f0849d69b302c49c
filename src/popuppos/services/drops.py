"""Micro-drops: planning one, selling from it under its rules, and its true count.

The rules themselves are :mod:`popuppos.core.drop_rules`; this module reads what they need
(the drop's terms, the units sold, refunded and held by a member, the parts' stock) and, at
checkout, does so inside the sale's own ``BEGIN IMMEDIATE`` transaction
(:func:`check_drop_lines`), so two sales on one device can never both take the last unit.

A drop sells "drop units". A unit of a single-product drop is one of its variant; a unit of
a bundle is every part at its quantity. The sale line of a drop carries ``drop_id`` and the
first part's variant; stock moves for every part (:func:`stock_needs`), on sale, refund
and void alike.

Decisions where the issue is silent:

* The per-customer limit counts a member's units over all their sales on this device
  (net of refunds and voids). A guest, or a pass whose holder is not on this device yet,
  cannot be recognised across sales: such a sale may hold at most the limit on its own.
* Once a drop has sold, its parts cannot change and its edition size cannot go below what
  is sold; everything else (window, price for later sales, words) stays editable.
* Drop lines are in the category "Drops": a tier discount that covers every category
  applies to them, as it would to any product.
* When the shop hub split the drop among stalls (:mod:`.drop_allocations`), ``remaining``
  is what THIS device may sell: its share less its own net sales (and never more than
  the edition's remaining count or the parts' stock), so the count a customer sees is the
  count this stall may honour. ``edition_left`` is the edition's remaining count alone:
  the most a manager's override beyond the share may sell.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    delete,
    insert,
    select,
    update,
)

from popuppos.core import drop_rules as rules
from popuppos.core.drop_rules import DropRuleError, DropTerms
from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.services import audit
from popuppos.services.drop_counts import (  # the counts, re-exported: one place to import
    DROP_ROWS,
    DROPS_CATEGORY,
    SOCIAL_PROOF_MINUTES,
    DropPart,
    DropStatus,
    drop_status,
    drops_on_sale,
    list_drops,
    local_when,
    net_sold,
    statuses,
    voided_sales,
)
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.shop import check_manager_pin
from popuppos.store.db import Database
from popuppos.store.drop_models import Drop, DropItem
from popuppos.store.models import Product, SaleLine, Variant, utcnow

__all__ = [
    "DROPS_CATEGORY",
    "DROP_ROWS",
    "SOCIAL_PROOF_MINUTES",
    "DropPart",
    "DropSpec",
    "DropStatus",
    "drop_status",
    "drops_on_sale",
    "end_drop",
    "list_drops",
    "local_when",
    "save_drop",
    "statuses",
    "voided_sales",
]


@dataclass(frozen=True, slots=True)
class DropSpec:
    """What the host sets for a drop; ``id`` None for a new one. Money in minor units."""

    name: str
    price: int
    edition_size: int
    public_start: datetime  # naive UTC
    public_end: datetime
    parts: tuple[tuple[str, int], ...]  # (variant id, quantity per drop unit)
    members_first_minutes: int = 0
    member_tier_ids: tuple[str, ...] = ()
    per_customer_limit: int | None = None
    low_stock_threshold: int = 0
    story_hook: str = ""
    terms: str = ""
    image: str | None = None
    tax_rate_bp: int | None = None  # None: the first part's product rate
    id: str | None = None


# -- planning -----------------------------------------------------------------------------
def save_drop(db: Database, spec: DropSpec, *, now: datetime | None = None) -> str:
    """Create or edit a drop; refuses terms that cannot work, with the reason."""
    now = now or utcnow()
    name = " ".join(spec.name.split())
    if not name:
        raise ServiceError(translate("services/drops", "give the drop a name"))
    if spec.price < 0:
        raise ServiceError(translate("services/drops", "a price cannot be negative"))
    if not spec.parts:
        raise ServiceError(translate("services/drops", "choose at least one product for the drop"))
    if len({v for v, _ in spec.parts}) != len(spec.parts):
        raise ServiceError(
            translate(
                "services/drops", "a product appears twice in the drop; set its quantity instead"
            )
        )
    if any(not 1 <= q <= 100 for _, q in spec.parts):
        raise ServiceError(translate("services/drops", "each part's quantity must be 1 to 100"))
    try:
        terms = DropTerms(
            cap=spec.edition_size,
            public_start=spec.public_start,
            public_end=spec.public_end,
            members_first_minutes=spec.members_first_minutes,
            member_tiers=frozenset(spec.member_tier_ids),
            per_customer_limit=spec.per_customer_limit,
            low_stock_threshold=spec.low_stock_threshold,
        )
        hook = rules.check_story_hook(spec.story_hook)
    except DropRuleError as exc:
        raise ServiceError(str(exc)) from None
    with db.write() as conn:
        known = dict(
            conn.execute(
                select(Variant.id, Product.tax_rate_bp)
                .join(Product, Product.id == Variant.product_id)
                .where(Variant.id.in_([v for v, _ in spec.parts]))
            ).all()
        )
        missing = [v for v, _ in spec.parts if v not in known]
        if missing:
            raise ServiceError(
                translate("services/drops", "a product of the drop is no longer in the catalogue")
            )
        tax = spec.tax_rate_bp if spec.tax_rate_bp is not None else int(known[spec.parts[0][0]])
        values = {
            "name": name,
            "price": spec.price,
            "tax_rate_bp": tax,
            "edition_size": terms.cap,
            "public_start": terms.public_start,
            "public_end": terms.public_end,
            "members_first_minutes": terms.members_first_minutes,
            "member_tier_ids": json.dumps(sorted(terms.member_tiers)),
            "per_customer_limit": terms.per_customer_limit,
            "low_stock_threshold": terms.low_stock_threshold,
            "story_hook": hook,
            "terms": spec.terms.strip(),
            "image": spec.image,
            "updated_at": now,
        }
        drop_id = spec.id
        if drop_id is None:
            drop_id = new_id()
            conn.execute(
                insert(Drop),
                {"id": drop_id, "device_id": db.device_id, "created_at": now, **values},
            )
        else:
            if conn.scalar(select(Drop.id).where(Drop.id == drop_id)) is None:
                raise ServiceError(translate("services/drops", "that drop is not on this device"))
            net = net_sold(conn, drop_id)
            sold_any = conn.scalar(select(SaleLine.id).where(SaleLine.drop_id == drop_id).limit(1))
            if net > terms.cap:
                raise ServiceError(
                    translate(
                        "services/drops",
                        "{net} are sold already: the edition size cannot be smaller than that",
                    ).format(net=net)
                )
            old_parts = {
                (str(v), int(q))
                for v, q in conn.execute(
                    select(DropItem.variant_id, DropItem.quantity).where(
                        DropItem.drop_id == drop_id
                    )
                )
            }
            if sold_any is not None and old_parts != set(spec.parts):
                raise ServiceError(
                    translate(
                        "services/drops", "this drop has sold: its products can no longer change"
                    )
                )
            conn.execute(update(Drop).where(Drop.id == drop_id).values(**values))
            conn.execute(delete(DropItem).where(DropItem.drop_id == drop_id))
        conn.execute(
            insert(DropItem),
            [
                {"drop_id": drop_id, "variant_id": v, "quantity": q, "position": i}
                for i, (v, q) in enumerate(spec.parts)
            ],
        )
        append_event(
            conn,
            db.device_id,
            "drop.saved",
            drop_id,
            {
                "drop_id": drop_id,
                **{k: v for k, v in values.items() if k not in ("updated_at", "image")},
                "public_start": terms.public_start.isoformat(),
                "public_end": terms.public_end.isoformat(),
                "parts": [{"variant_id": v, "quantity": q} for v, q in spec.parts],
                "at": now.isoformat(),
            },
        )
    return drop_id


def end_drop(
    db: Database, drop_id: str, *, actor: str, manager_pin: str, now: datetime | None = None
) -> None:
    """End a drop now, before its window closes (nothing more can be sold from it).

    A manager approves it with the PIN, checked inside the same transaction; audited."""
    now = now or utcnow()
    with db.write() as conn:
        approved_by = check_manager_pin(conn, manager_pin)
        row = conn.execute(
            select(Drop.ended_at, Drop.public_end, Drop.name).where(Drop.id == drop_id)
        ).first()
        if row is None:
            raise ServiceError(translate("services/drops", "that drop is not on this device"))
        if row.ended_at is not None or row.public_end <= now:
            raise ServiceError(translate("services/drops", "this drop has ended already"))
        conn.execute(update(Drop).where(Drop.id == drop_id).values(ended_at=now, updated_at=now))
        audit.record(
            conn,
            db.device_id,
            actor=actor,
            approved_by=approved_by,
            action="drop.end",
            subject_id=drop_id,
            reason="ended early",
            details={"name": row.name},
        )
        append_event(
            conn,
            db.device_id,
            "drop.ended",
            drop_id,
            {"drop_id": drop_id, "at": now.isoformat(), "by": actor},
        )
