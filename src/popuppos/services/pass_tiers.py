"""Pass tiers: what a pass gives (discounts, early access, sessions, 1:1 minutes) and
the catalogue item that sells it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select, update

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.member_pricing import PASSES_CATEGORY, MemberBenefits
from popuppos.core.pricing import MAX_UNIT_PRICE
from popuppos.services import catalog
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.shop import load_settings
from popuppos.store.db import Database
from popuppos.store.models import Product, Variant, utcnow
from popuppos.store.pass_models import MemberPass, PassTier

if TYPE_CHECKING:
    pass

MAX_VALIDITY_DAYS = 3660
_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,7}")


# -- tiers ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TierSpec:
    name: str
    code: str
    price: int
    validity_days: int
    discount_bp: int = 0
    discount_categories: tuple[str, ...] = ()
    early_access_minutes: int = 0
    included_sessions: int = 0
    one_to_one_minutes: int = 0
    transferable: bool = False
    refund_terms: str = ""
    transfer_terms: str = ""


@dataclass(frozen=True, slots=True)
class TierInfo:
    id: str
    name: str
    code: str
    variant_id: str | None
    sku: str | None
    price: int
    validity_days: int
    discount_bp: int
    discount_categories: tuple[str, ...]
    early_access_minutes: int
    included_sessions: int
    one_to_one_minutes: int
    transferable: bool
    refund_terms: str
    transfer_terms: str
    active: bool

    @property
    def benefits(self) -> MemberBenefits:
        return MemberBenefits(
            self.discount_bp, frozenset(self.discount_categories), self.early_access_minutes
        )


def _validate(spec: TierSpec) -> None:
    if not spec.name.strip():
        raise ServiceError(translate("services/pass_tiers", "a pass tier needs a name"))
    if len(spec.name.strip()) > 80:
        raise ServiceError(translate("services/pass_tiers", "a tier name is at most 80 characters"))
    if not _CODE.fullmatch(spec.code):
        raise ServiceError(
            translate(
                "services/pass_tiers",
                "a tier code is 1 to 8 of A-Z 0-9 - _ (like GOLD); it goes in the QR",
            )
        )
    if not 0 <= spec.price <= MAX_UNIT_PRICE:
        raise ServiceError(translate("services/pass_tiers", "that price cannot be sold"))
    if not 1 <= spec.validity_days <= MAX_VALIDITY_DAYS:
        raise ServiceError(
            translate("services/pass_tiers", "a pass is valid for 1 to {n} days").format(
                n=MAX_VALIDITY_DAYS
            )
        )
    if not 0 <= spec.discount_bp <= 10_000:
        raise ServiceError(
            translate("services/pass_tiers", "the member discount must be between 0 and 100 %")
        )
    for value, what in (
        (spec.early_access_minutes, translate("services/pass_tiers", "early access")),
        (spec.included_sessions, translate("services/pass_tiers", "included sessions")),
        (spec.one_to_one_minutes, translate("services/pass_tiers", "1:1 minutes")),
    ):
        if not 0 <= value <= 100_000:
            raise ServiceError(
                translate(
                    "services/pass_tiers", "{what} must be a number from 0 to 100,000"
                ).format(what=what)
            )


def save_tier(db: Database, spec: TierSpec) -> str:
    """Create or update (matched by code) a tier and the catalogue item that sells it."""
    _validate(spec)
    categories = sorted({c.strip() for c in spec.discount_categories if c.strip()})
    with db.write() as conn:
        settings = load_settings(conn)
        sku = f"PASS-{spec.code}"
        clash = conn.scalar(
            select(PassTier.code).where(
                PassTier.name == spec.name.strip(), PassTier.code != spec.code
            )
        )
        if clash is not None:
            raise ServiceError(
                translate("services/pass_tiers", "the tier {code} already has that name").format(
                    code=clash
                )
            )
        taken = conn.execute(
            select(Variant.id, PassTier.code)
            .outerjoin(PassTier, PassTier.variant_id == Variant.id)
            .where(Variant.sku == sku)
        ).first()
        if taken is not None and taken[1] != spec.code:
            raise ServiceError(
                translate(
                    "services/pass_tiers", "the SKU {sku} is already used by another product"
                ).format(sku=sku)
            )
        tax_rate = settings.default_tax_rate_bp
        current = conn.scalar(
            select(Product.tax_rate_bp)
            .join(Variant, Variant.product_id == Product.id)
            .where(Variant.sku == sku)
        )
        product_id = catalog.upsert_product(
            conn,
            db.device_id,
            catalog.ProductSpec(
                name=spec.name.strip(),
                category=PASSES_CATEGORY,
                tax_rate_bp=tax_rate if current is None else current,
                variants=(catalog.VariantSpec("", sku, spec.price),),
                story_hook=_hook(spec, categories),
            ),
        )
        variant_id = conn.scalar(select(Variant.id).where(Variant.sku == sku))
        conn.execute(update(Variant).where(Variant.id == variant_id).values(track_stock=False))
        conn.execute(update(Product).where(Product.id == product_id).values(active=True))
        values = {
            "name": spec.name.strip(),
            "variant_id": variant_id,
            "validity_days": spec.validity_days,
            "discount_bp": spec.discount_bp,
            "discount_categories": json.dumps(categories),
            "early_access_minutes": spec.early_access_minutes,
            "included_sessions": spec.included_sessions,
            "one_to_one_minutes": spec.one_to_one_minutes,
            "transferable": spec.transferable,
            "refund_terms": spec.refund_terms.strip(),
            "transfer_terms": spec.transfer_terms.strip(),
            "active": True,
            "updated_at": utcnow(),
        }
        tier_id = conn.scalar(select(PassTier.id).where(PassTier.code == spec.code))
        if tier_id is None:
            tier_id = new_id()
            conn.execute(
                insert(PassTier),
                {"id": tier_id, "code": spec.code, "created_at": utcnow(), **values},
            )
        else:
            conn.execute(update(PassTier).where(PassTier.id == tier_id).values(**values))
        append_event(
            conn,
            db.device_id,
            "pass_tier.saved",
            tier_id,
            {"tier_id": tier_id, "code": spec.code, "price": spec.price, **values},
        )
        return str(tier_id)


def _hook(spec: TierSpec, categories: list[str]) -> str:
    parts = []
    if spec.discount_bp:
        where = ", ".join(categories) if categories else "everything"
        parts.append(f"{spec.discount_bp / 100:g}% off {where}")
    if spec.early_access_minutes:
        parts.append("early access to drops")
    if spec.included_sessions:
        parts.append(f"{spec.included_sessions} sessions")
    words = " · ".join(parts).split()
    return " ".join(words[: catalog.MAX_STORY_WORDS])


_TIER_COLUMNS = (
    PassTier.id,
    PassTier.name,
    PassTier.code,
    PassTier.variant_id,
    Variant.sku,
    Variant.price,
    PassTier.validity_days,
    PassTier.discount_bp,
    PassTier.discount_categories,
    PassTier.early_access_minutes,
    PassTier.included_sessions,
    PassTier.one_to_one_minutes,
    PassTier.transferable,
    PassTier.refund_terms,
    PassTier.transfer_terms,
    PassTier.active,
)


def tiers_in(conn: Connection, *, tier_id: str | None = None) -> list[TierInfo]:
    stmt = select(*_TIER_COLUMNS).outerjoin(Variant, Variant.id == PassTier.variant_id)
    if tier_id is not None:
        stmt = stmt.where(PassTier.id == tier_id)
    out = []
    for r in conn.execute(stmt.order_by(Variant.price, PassTier.name)):
        out.append(
            TierInfo(
                id=r[0],
                name=r[1],
                code=r[2],
                variant_id=r[3],
                sku=r[4],
                price=r[5] or 0,
                validity_days=r[6],
                discount_bp=r[7],
                discount_categories=tuple(json.loads(r[8] or "[]")),
                early_access_minutes=r[9],
                included_sessions=r[10],
                one_to_one_minutes=r[11],
                transferable=bool(r[12]),
                refund_terms=r[13],
                transfer_terms=r[14],
                active=bool(r[15]),
            )
        )
    return out


def list_tiers(db: Database) -> list[TierInfo]:
    """Every tier, cheapest first."""
    with db.read() as conn:
        return tiers_in(conn)


def benefits_for_tier(conn: Connection, tier_id: str) -> MemberBenefits:
    found = tiers_in(conn, tier_id=tier_id)
    if not found:
        raise ServiceError(translate("services/pass_tiers", "that pass tier is not on this device"))
    return found[0].benefits


def benefits_for(conn_or_db: Connection | Database, pass_id: str) -> MemberBenefits:
    """What a pass's holder gets at checkout (use benefits_for_tier(holder.tier_id) for a
    pass issued on another stall that is not in this device's passes table yet)."""
    if isinstance(conn_or_db, Database):
        with conn_or_db.read() as conn:
            return benefits_for(conn, pass_id)
    tier_id = conn_or_db.scalar(select(MemberPass.tier_id).where(MemberPass.id == pass_id))
    if tier_id is None:
        raise ServiceError(translate("services/pass_tiers", "that pass is not on this device"))
    return benefits_for_tier(conn_or_db, tier_id)


def benefit_lines(tier: TierInfo) -> tuple[str, ...]:
    """A tier's benefits in plain words, for the sell screen and the printed card."""
    lines = []
    if tier.discount_bp:
        cats = tier.discount_categories
        where = (
            translate("services/pass_tiers", "{first} and {last}").format(
                first=", ".join(cats[:-1]), last=cats[-1]
            )
            if len(cats) > 1
            else "".join(cats)
        )
        lines.append(
            translate("services/pass_tiers", "{percent}% off {where}").format(
                percent=f"{tier.discount_bp / 100:g}",
                where=where or translate("services/pass_tiers", "everything in the shop"),
            )
        )
    if tier.early_access_minutes:
        lines.append(
            translate(
                "services/pass_tiers", "Early access to drops: {duration} before everyone"
            ).format(duration=_minutes(tier.early_access_minutes))
        )
    if tier.included_sessions:
        n = tier.included_sessions
        sessions = (
            translate("services/pass_tiers", "{n} member session included")
            if n == 1
            else translate("services/pass_tiers", "{n} member sessions included")
        )
        lines.append(sessions.format(n=n))
    if tier.one_to_one_minutes:
        lines.append(
            translate("services/pass_tiers", "{duration} of 1:1 time").format(
                duration=_minutes(tier.one_to_one_minutes)
            )
        )
    lines.append(
        translate("services/pass_tiers", "Can be transferred to another member")
        if tier.transferable
        else translate("services/pass_tiers", "Personal: cannot be transferred")
    )
    return tuple(lines)


def _minutes(n: int) -> str:
    if n % 60 == 0 and n >= 60:
        if n == 60:
            return translate("services/pass_tiers", "1 hour")
        return translate("services/pass_tiers", "{n} hours").format(n=n // 60)
    if n == 1:
        return translate("services/pass_tiers", "1 minute")
    return translate("services/pass_tiers", "{n} minutes").format(n=n)
