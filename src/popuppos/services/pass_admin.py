"""Pass tiers and the host's pass desk: what a tier gives, a member's passes and their
status, transfers and manual revocation (manager actions), and a pass card's data.

Issuing, revoking inside a transaction and checking a scan live in
:mod:`popuppos.services.passes` (which re-exports the tier names, so either import works).
This module is imported by that one, so it reaches ``passes`` only inside the two
functions that issue or revoke (``transfer_pass``, ``revoke_pass``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, update

from popuppos.core.ids import new_id
from popuppos.core.member_pricing import PASSES_CATEGORY, MemberBenefits
from popuppos.core.pass_token import RevocationReason, format_day
from popuppos.core.pricing import MAX_UNIT_PRICE
from popuppos.documents.pass_card_pdf import PassCardData
from popuppos.services import audit, catalog
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.receipts import local_time
from popuppos.services.shop import check_manager_pin, load_settings
from popuppos.store.db import Database
from popuppos.store.models import Member, Product, Variant, utcnow
from popuppos.store.pass_models import MemberPass, PassRevocation, PassTier, SigningKey

if TYPE_CHECKING:
    from popuppos.services.passes import IssuedPass

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
        raise ServiceError("a pass tier needs a name")
    if len(spec.name.strip()) > 80:
        raise ServiceError("a tier name is at most 80 characters")
    if not _CODE.fullmatch(spec.code):
        raise ServiceError("a tier code is 1 to 8 of A-Z 0-9 - _ (like GOLD); it goes in the QR")
    if not 0 <= spec.price <= MAX_UNIT_PRICE:
        raise ServiceError("that price cannot be sold")
    if not 1 <= spec.validity_days <= MAX_VALIDITY_DAYS:
        raise ServiceError(f"a pass is valid for 1 to {MAX_VALIDITY_DAYS} days")
    if not 0 <= spec.discount_bp <= 10_000:
        raise ServiceError("the member discount must be between 0 and 100 %")
    for value, what in (
        (spec.early_access_minutes, "early access"),
        (spec.included_sessions, "included sessions"),
        (spec.one_to_one_minutes, "1:1 minutes"),
    ):
        if not 0 <= value <= 100_000:
            raise ServiceError(f"{what} must be a number from 0 to 100,000")


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
            raise ServiceError(f"the tier {clash} already has that name")
        taken = conn.execute(
            select(Variant.id, PassTier.code)
            .outerjoin(PassTier, PassTier.variant_id == Variant.id)
            .where(Variant.sku == sku)
        ).first()
        if taken is not None and taken[1] != spec.code:
            raise ServiceError(f"the SKU {sku} is already used by another product")
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
        raise ServiceError("that pass tier is not on this device")
    return found[0].benefits


def benefits_for(conn_or_db: Connection | Database, pass_id: str) -> MemberBenefits:
    """What a pass's holder gets at checkout (use benefits_for_tier(holder.tier_id) for a
    pass issued on another stall that is not in this device's passes table yet)."""
    if isinstance(conn_or_db, Database):
        with conn_or_db.read() as conn:
            return benefits_for(conn, pass_id)
    tier_id = conn_or_db.scalar(select(MemberPass.tier_id).where(MemberPass.id == pass_id))
    if tier_id is None:
        raise ServiceError("that pass is not on this device")
    return benefits_for_tier(conn_or_db, tier_id)


def benefit_lines(tier: TierInfo) -> tuple[str, ...]:
    """A tier's benefits in plain words, for the sell screen and the printed card."""
    lines = []
    if tier.discount_bp:
        cats = tier.discount_categories
        where = " and ".join([", ".join(cats[:-1]), cats[-1]] if len(cats) > 1 else cats)
        lines.append(f"{tier.discount_bp / 100:g}% off {where or 'everything in the shop'}")
    if tier.early_access_minutes:
        lines.append(
            f"Early access to drops: {_minutes(tier.early_access_minutes)} before everyone"
        )
    if tier.included_sessions:
        s = "" if tier.included_sessions == 1 else "s"
        lines.append(f"{tier.included_sessions} member session{s} included")
    if tier.one_to_one_minutes:
        lines.append(f"{_minutes(tier.one_to_one_minutes)} of 1:1 time")
    lines.append(
        "Can be transferred to another member"
        if tier.transferable
        else "Personal: cannot be transferred"
    )
    return tuple(lines)


def _minutes(n: int) -> str:
    if n % 60 == 0 and n >= 60:
        return f"{n // 60} hour{'s' if n > 60 else ''}"
    return f"{n} minute{'s' if n != 1 else ''}"


# -- a member's passes ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PassInfo:
    pass_id: str
    member_id: str
    member_name: str
    tier_id: str
    tier_name: str
    tier_code: str
    valid_from: date
    valid_until: date
    issued_at: datetime  # naive UTC
    token: str
    status: str  # "active", "not_yet_valid", "expired", "revoked" or "retired_key"
    why: str  # the status in a sentence for the host
    revocation: RevocationReason | None
    transferable: bool
    replaces_pass_id: str | None
    sale_id: str | None
    sale_line_id: str | None

    @property
    def active(self) -> bool:
        return self.status == "active"


_INFO = (
    select(
        MemberPass.id,
        MemberPass.member_id,
        Member.name,
        MemberPass.tier_id,
        PassTier.name,
        PassTier.code,
        MemberPass.valid_from,
        MemberPass.valid_until,
        MemberPass.issued_at,
        MemberPass.token,
        PassRevocation.reason,
        PassRevocation.created_at,
        PassRevocation.note,
        SigningKey.retired_at,
        PassTier.transferable,
        MemberPass.replaces_pass_id,
        MemberPass.sale_id,
        MemberPass.sale_line_id,
    )
    .join(Member, Member.id == MemberPass.member_id)
    .join(PassTier, PassTier.id == MemberPass.tier_id)
    .outerjoin(PassRevocation, PassRevocation.pass_id == MemberPass.id)
    .outerjoin(SigningKey, SigningKey.key_id == MemberPass.key_id)
)


def _status(r: Any, today: date) -> tuple[str, str, RevocationReason | None]:
    if r[10] is not None:
        reason = revocation_reason(r[10])
        when = format_day(local_time(r[11]).date())
        if reason is RevocationReason.TRANSFERRED:
            return "revoked", f"Transferred to another member on {when}", reason
        if reason is RevocationReason.REFUNDED:
            return "revoked", f"Refunded on {when}", reason
        note = f": {r[12]}" if r[12] else ""
        return "revoked", f"Revoked by the shop on {when}{note}", reason
    if r[13] is not None and r[8].date() >= r[13].date():
        return "retired_key", "Issued on a device this shop no longer trusts", None
    if today < r[6]:
        return "not_yet_valid", f"Valid from {format_day(r[6])}", None
    if today > r[7]:
        return "expired", f"Expired on {format_day(r[7])}", None
    return "active", f"Valid until {format_day(r[7])}", None


def revocation_reason(stored: str) -> RevocationReason:
    try:
        return RevocationReason(stored)
    except ValueError:
        return RevocationReason.REVOKED  # "manual" or older wording: revoked by hand


def _info(r: Any, today: date) -> PassInfo:
    status, why, reason = _status(r, today)
    return PassInfo(
        pass_id=r[0],
        member_id=r[1],
        member_name=r[2],
        tier_id=r[3],
        tier_name=r[4],
        tier_code=r[5],
        valid_from=r[6],
        valid_until=r[7],
        issued_at=r[8],
        token=r[9],
        status=status,
        why=why,
        revocation=reason,
        transferable=bool(r[14]),
        replaces_pass_id=r[15],
        sale_id=r[16],
        sale_line_id=r[17],
    )


def today_local() -> date:
    """The stall's calendar day."""
    return local_time(utcnow()).date()


def pass_info_in(conn: Connection, pass_id: str, today: date | None = None) -> PassInfo:
    row = conn.execute(_INFO.where(MemberPass.id == pass_id)).first()
    if row is None:
        raise ServiceError("that pass is not on this device")
    return _info(row, today or today_local())


def pass_info(db: Database, pass_id: str, today: date | None = None) -> PassInfo:
    with db.read() as conn:
        return pass_info_in(conn, pass_id, today)


def passes_of_member(db: Database, member_id: str, today: date | None = None) -> list[PassInfo]:
    """A member's passes, newest first, each with its status and why."""
    day = today or today_local()
    with db.read() as conn:
        rows = conn.execute(
            _INFO.where(MemberPass.member_id == member_id).order_by(MemberPass.id.desc())
        ).all()
    return [_info(r, day) for r in rows]


def pass_chain(conn: Connection, pass_id: str) -> list[str]:
    """``pass_id`` and every pass it replaced by transfer, newest first (what a balance
    of sessions or 1:1 minutes follows across transfers)."""
    chain = [pass_id]
    while len(chain) < 1000:
        previous = conn.scalar(
            select(MemberPass.replaces_pass_id).where(MemberPass.id == chain[-1])
        )
        if previous is None:
            break
        chain.append(previous)
    return chain


# -- manager actions ------------------------------------------------------------------------
def transfer_pass(
    db: Database, pass_id: str, *, to_member_id: str, actor: str, manager_pin: str | None
) -> IssuedPass:
    """Give a pass to another member: the old QR stops working, a new one is issued with
    the same tier and dates. Manager-approved and audited; refused when the tier does not
    allow it or the pass is revoked or expired."""
    from popuppos.services import passes

    with db.write() as conn:
        approver = check_manager_pin(conn, manager_pin)
        info = pass_info_in(conn, pass_id)
        if info.revocation is not None:
            raise ServiceError(f"this pass cannot be transferred: {info.why.lower()}")
        if info.status == "expired":
            raise ServiceError(f"this pass expired on {format_day(info.valid_until)}")
        if not info.transferable:
            terms = conn.scalar(select(PassTier.transfer_terms).where(PassTier.id == info.tier_id))
            tail = f" ({terms})" if terms else ""
            raise ServiceError(f"{info.tier_name} passes cannot be transferred{tail}")
        to_name = conn.scalar(select(Member.name).where(Member.id == to_member_id))
        if to_name is None:
            raise ServiceError("that member is not on this device")
        if to_member_id == info.member_id:
            raise ServiceError(f"{to_name} already holds this pass")
        passes.revoke_pass_in(
            conn,
            db.device_id,
            pass_id,
            RevocationReason.TRANSFERRED,
            actor=actor,
            note=f"to {to_member_id}",
        )
        issued = passes.issue_replacement_in(conn, db.device_id, info, to_member_id=to_member_id)
        audit.record(
            conn,
            db.device_id,
            actor=actor,
            action="pass.transfer",
            subject_id=pass_id,
            approved_by=approver,
            details={
                "new_pass_id": issued.pass_id,
                "from_member_id": info.member_id,
                "to_member_id": to_member_id,
            },
        )
    return issued


def revoke_pass(
    db: Database, pass_id: str, *, actor: str, reason_note: str, manager_pin: str | None
) -> None:
    """Revoke a pass by hand (lost card, abuse...): manager-approved, audited, and said why."""
    from popuppos.services import passes

    note = reason_note.strip()
    if not note:
        raise ServiceError("say why the pass is revoked")
    with db.write() as conn:
        approver = check_manager_pin(conn, manager_pin)
        passes.revoke_pass_in(
            conn, db.device_id, pass_id, RevocationReason.REVOKED, actor=actor, note=note
        )
        audit.record(
            conn,
            db.device_id,
            actor=actor,
            action="pass.revoke",
            subject_id=pass_id,
            approved_by=approver,
            reason=note,
        )


# -- the card -------------------------------------------------------------------------------
def pass_card_data(db: Database, pass_id: str) -> PassCardData:
    """What the printed card shows; refused for a revoked pass (its QR no longer works)."""
    with db.read() as conn:
        info = pass_info_in(conn, pass_id)
        if info.revocation is not None:
            raise ServiceError(f"this pass no longer works ({info.why.lower()})")
        tier = tiers_in(conn, tier_id=info.tier_id)[0]
        settings = load_settings(conn)
    return PassCardData(
        shop_name=settings.shop_name,
        shop_lines=settings.address_lines,
        holder_name=info.member_name,
        tier_name=tier.name,
        tier_code=tier.code,
        valid_from=info.valid_from,
        valid_until=info.valid_until,
        benefits=benefit_lines(tier),
        refund_terms=tier.refund_terms,
        transfer_terms=tier.transfer_terms,
        token=info.token,
        pass_id=info.pass_id,
        issued_at=info.issued_at,
    )
