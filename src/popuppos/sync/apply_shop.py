"""Other stalls' shop data, taken in here: catalogue, members, pass tiers, passes and
revocations, trusted signing keys, the member calendar, check-ins, bookings and drops.

Configuration (products, tiers, sessions, drops) is upserted by id, falling back to its
natural key (SKU, tier code) when this stall made its own row for the same thing; facts
are inserted once with their original ids.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from popuppos.core.i18n import translate
from popuppos.services.catalog import ensure_category
from popuppos.store.drop_models import Drop, DropItem, DropWaitlistEntry
from popuppos.store.models import Member, Product, Sale, SaleLine, Variant
from popuppos.store.pass_models import (
    Booking,
    BookingCancellation,
    CheckIn,
    MemberPass,
    MemberSession,
    PassRevocation,
    PassTier,
    SigningKey,
)
from popuppos.sync.apply_common import (
    NotArrived,
    SkipChange,
    created,
    day,
    exists,
    insert_once,
    local_variant,
    move_stock,
    require_variant,
    when,
    when_or_none,
)
from popuppos.sync.apply_sales import Applier
from popuppos.sync.protocol import DEVICE_PAIRED, DEVICE_RETIRED, Change


# -- trusted signing keys --------------------------------------------------------------
def _key_added(conn: Connection, change: Change) -> None:
    p = change.payload
    if not exists(conn, SigningKey.key_id, p["key_id"]):
        insert_once(
            conn,
            SigningKey,
            {
                "key_id": p["key_id"],
                "device_id": p.get("device_id", change.origin_device_id),
                "public_key": p["public_key"],
                "private_key": None,
                "created_at": created(change),
                "retired_at": None,
            },
        )


def _device_retired(conn: Connection, change: Change) -> None:
    p = change.payload
    _key_added(conn, change)
    conn.execute(
        update(SigningKey)
        .where(SigningKey.key_id == p["key_id"], SigningKey.retired_at.is_(None))
        .values(retired_at=when(p.get("retired_at"), created(change)))
    )


# -- catalogue ---------------------------------------------------------------------------
def _product_upserted(conn: Connection, change: Change) -> None:
    p = change.payload
    variants: list[dict[str, Any]] = p.get("variants", [])
    owners = {
        str(o)
        for o in conn.scalars(
            select(Variant.product_id).where(Variant.sku.in_([v["sku"] for v in variants]))
        )
    }
    if len(owners) > 1:
        raise SkipChange(
            translate("sync/apply", "those SKUs belong to different products on this stall")
        )
    product_id = owners.pop() if owners else str(p["product_id"])
    fields = {
        "name": p["name"],
        "category_id": ensure_category(conn, p.get("category", "")),
        "tax_rate_bp": int(p["tax_rate_bp"]),
        "updated_at": created(change),
    }
    fields |= {k: p[k] for k in ("story_hook", "why_now") if k in p}
    if exists(conn, Product.id, product_id):
        conn.execute(update(Product).where(Product.id == product_id).values(**fields))
    else:
        conn.execute(insert(Product), {"id": product_id, "created_at": created(change), **fields})
    skus: dict[str, str] = {}
    for i, v in enumerate(variants):
        values = {
            "name": v.get("name", ""),
            "barcode": v.get("barcode") or None,
            "price": int(v["price"]),
            "position": int(v.get("position", i)),
        }
        local = local_variant(conn, v.get("id"), v["sku"])
        if local is None:
            local = str(v.get("id") or change.event_id)
            conn.execute(
                insert(Variant),
                {"id": local, "product_id": product_id, "sku": v["sku"], "stock": 0, **values},
            )
        else:
            conn.execute(update(Variant).where(Variant.id == local).values(**values))
        skus[str(v.get("id", local))] = v["sku"]
    move_stock(conn, change, p.get("stock", []), None, skus)


def _tier_saved(conn: Connection, change: Change) -> None:
    p = change.payload
    code = p["code"]
    variant = local_variant(conn, p.get("variant_id"), f"PASS-{code}")
    if variant is not None:
        conn.execute(update(Variant).where(Variant.id == variant).values(track_stock=False))
    keys = (
        "name",
        "validity_days",
        "discount_bp",
        "discount_categories",
        "early_access_minutes",
        "included_sessions",
        "one_to_one_minutes",
        "transferable",
        "refund_terms",
        "transfer_terms",
        "active",
    )
    values = {k: p[k] for k in keys if k in p} | {"variant_id": variant}
    values["updated_at"] = created(change)
    tier_id = conn.scalar(select(PassTier.id).where(PassTier.code == code))
    if tier_id is None:
        row = {"id": p["tier_id"], "code": code, "created_at": created(change), **values}
        conn.execute(insert(PassTier), row)
    else:
        conn.execute(update(PassTier).where(PassTier.id == tier_id).values(**values))


# -- members and passes ----------------------------------------------------------------
def _member_created(conn: Connection, change: Change) -> None:
    p = change.payload
    insert_once(
        conn,
        Member,
        {
            "id": p["member_id"],
            "device_id": change.origin_device_id,
            "name": p["name"],
            "email": p.get("email", ""),
            "phone": p.get("phone", ""),
            "note": "",
            "created_at": created(change),
        },
    )


def _optional(conn: Connection, column: Any, value: Any) -> Any:
    """``value`` when its row is here, else None (a link that has not synced here)."""
    return value if exists(conn, column, value) else None


def _pass_issued(conn: Connection, change: Change) -> None:
    p = change.payload
    tier = _optional(conn, PassTier.id, p.get("tier_id")) or conn.scalar(
        select(PassTier.id).where(PassTier.code == p.get("tier_code"))
    )
    if tier is None:
        raise NotArrived(
            translate("sync/apply", "the pass tier {tier} is not on this stall").format(
                tier=p.get("tier_code")
            )
        )
    if not exists(conn, Member.id, p["member_id"]):
        raise NotArrived(translate("sync/apply", "the pass holder has not reached this stall"))
    insert_once(
        conn,
        MemberPass,
        {
            "id": p["pass_id"],
            "device_id": change.origin_device_id,
            "tier_id": tier,
            "member_id": p["member_id"],
            "issued_at": when(p.get("issued_at"), created(change)),
            "valid_from": day(p["valid_from"]),
            "valid_until": day(p["valid_until"]),
            "key_id": p["key_id"],
            "token": p["token"],
            "sale_id": _optional(conn, Sale.id, p.get("sale_id")),
            "sale_line_id": _optional(conn, SaleLine.id, p.get("sale_line_id")),
            "replaces_pass_id": _optional(conn, MemberPass.id, p.get("replaces_pass_id")),
        },
    )


def _pass_revoked(conn: Connection, change: Change) -> None:
    p = change.payload
    if not exists(conn, MemberPass.id, p["pass_id"]):
        raise NotArrived(translate("sync/apply", "the revoked pass has not reached this stall"))
    if exists(conn, PassRevocation.pass_id, p["pass_id"]):
        return  # revoked here too (both stalls refunded it): one revocation is the fact
    insert_once(
        conn,
        PassRevocation,
        {
            "id": change.event_id,
            "pass_id": p["pass_id"],
            "device_id": change.origin_device_id,
            "created_at": when(p.get("at"), created(change)),
            "reason": p["reason"],
            "actor": p.get("actor", ""),
            "note": p.get("note", ""),
        },
    )


# -- the member calendar -----------------------------------------------------------------
def _session_saved(conn: Connection, change: Change) -> None:
    p = change.payload
    values = {
        "title": p["title"],
        "starts_at": when(p["starts_at"]),
        "duration_minutes": int(p["duration_minutes"]),
        "venue": p.get("venue", ""),
        "capacity": int(p["capacity"]),
        "tier_ids": p.get("tier_ids", "[]"),
        "priority_tier_ids": p.get("priority_tier_ids", "[]"),
        "opens_to_all_at": when_or_none(p.get("opens_to_all_at")),
        "minutes_cost": int(p.get("minutes_cost", 0)),
    }
    session_id = p["session_id"]
    if exists(conn, MemberSession.id, session_id):
        conn.execute(update(MemberSession).where(MemberSession.id == session_id).values(values))
    else:
        row = {"id": session_id, "cancelled": False, "created_at": created(change), **values}
        conn.execute(insert(MemberSession), row)


def _session_cancelled(conn: Connection, change: Change) -> None:
    session_id = change.payload["session_id"]
    conn.execute(update(MemberSession).where(MemberSession.id == session_id).values(cancelled=True))


def _checkin_recorded(conn: Connection, change: Change) -> None:
    p = change.payload
    if not exists(conn, MemberSession.id, p["session_id"]):
        raise NotArrived(translate("sync/apply", "the session has not reached this stall"))
    insert_once(
        conn,
        CheckIn,
        {
            "id": p["check_in_id"],
            "session_id": p["session_id"],
            "pass_id": p["pass_id"],
            "member_id": _optional(conn, Member.id, p.get("member_id")),
            "device_id": change.origin_device_id,
            "device_name": p.get("device_name", ""),
            "created_at": when(p.get("at"), created(change)),
            "minutes_debited": int(p.get("minutes_debited", 0)),
        },
    )


def _booking_created(conn: Connection, change: Change) -> None:
    p = change.payload
    for column, key in ((MemberSession.id, "session_id"), (MemberPass.id, "pass_id")):
        if not exists(conn, column, p[key]):
            raise NotArrived(
                translate("sync/apply", "the booking's session is not on this stall")
                if key == "session_id"
                else translate("sync/apply", "the booking's pass is not on this stall")
            )
    insert_once(
        conn,
        Booking,
        {
            "id": p["booking_id"],
            "session_id": p["session_id"],
            "pass_id": p["pass_id"],
            "member_id": p["member_id"],
            "device_id": change.origin_device_id,
            "created_at": when(p.get("at"), created(change)),
            "waitlisted": bool(p.get("waitlisted", False)),
        },
    )


def _booking_cancelled(conn: Connection, change: Change) -> None:
    p = change.payload
    if not exists(conn, Booking.id, p["booking_id"]):
        raise NotArrived(translate("sync/apply", "the booking has not reached this stall"))
    if exists(conn, BookingCancellation.booking_id, p["booking_id"]):
        return
    insert_once(
        conn,
        BookingCancellation,
        {
            "id": p["cancellation_id"],
            "booking_id": p["booking_id"],
            "device_id": change.origin_device_id,
            "created_at": when(p.get("at"), created(change)),
            "reason": p.get("reason", ""),
        },
    )


# -- drops -------------------------------------------------------------------------------
_DROP_KEYS = (
    "name",
    "price",
    "tax_rate_bp",
    "edition_size",
    "members_first_minutes",
    "member_tier_ids",
    "per_customer_limit",
    "low_stock_threshold",
    "story_hook",
    "terms",
)


def _drop_saved(conn: Connection, change: Change) -> None:
    p = change.payload
    drop_id = p["drop_id"]
    parts = [(require_variant(conn, v["variant_id"]), int(v["quantity"])) for v in p["parts"]]
    values = {k: p[k] for k in _DROP_KEYS if k in p}
    if not isinstance(values.get("member_tier_ids", ""), str):
        values["member_tier_ids"] = json.dumps(values["member_tier_ids"])
    values |= {
        "public_start": when(p["public_start"]),
        "public_end": when(p["public_end"]),
        "updated_at": created(change),
    }
    if exists(conn, Drop.id, drop_id):
        conn.execute(update(Drop).where(Drop.id == drop_id).values(**values))
        conn.execute(delete(DropItem).where(DropItem.drop_id == drop_id))
    else:
        row = {"id": drop_id, "device_id": change.origin_device_id, **values}
        conn.execute(insert(Drop), {**row, "created_at": created(change)})
    conn.execute(
        insert(DropItem),
        [
            {"drop_id": drop_id, "variant_id": v, "quantity": q, "position": i}
            for i, (v, q) in enumerate(parts)
        ],
    )


def _drop_ended(conn: Connection, change: Change) -> None:
    p = change.payload
    at = when(p.get("at"), created(change))
    conn.execute(
        update(Drop)
        .where(Drop.id == p["drop_id"], Drop.ended_at.is_(None))
        .values(ended_at=at, updated_at=at)
    )


def _waitlist_joined(conn: Connection, change: Change) -> None:
    p = change.payload
    if not exists(conn, Drop.id, p["drop_id"]):
        raise NotArrived(translate("sync/apply", "the drop has not reached this stall"))
    keys = ("drop_id", "name", "email", "phone", "consent_text")
    row = {k: p.get(k, "") for k in keys}
    fact = {"id": p["id"], "device_id": change.origin_device_id, "created_at": created(change)}
    insert_once(conn, DropWaitlistEntry, {**row, **fact})


APPLIERS: dict[str, Applier] = {
    DEVICE_PAIRED: _key_added,
    DEVICE_RETIRED: _device_retired,
    "signing_key.added": _key_added,
    "product.upserted": _product_upserted,
    "pass_tier.saved": _tier_saved,
    "member.created": _member_created,
    "pass.issued": _pass_issued,
    "pass.revoked": _pass_revoked,
    "session.saved": _session_saved,
    "session.cancelled": _session_cancelled,
    "checkin.recorded": _checkin_recorded,
    "booking.created": _booking_created,
    "booking.cancelled": _booking_cancelled,
    "drop.saved": _drop_saved,
    "drop.ended": _drop_ended,
    "drop.waitlist_joined": _waitlist_joined,
}
