"""The host's pass desk: a member's passes and their status, transfers and manual
revocation (manager actions), and a pass card's data. Tiers are in ``pass_tiers``.

Issuing, revoking inside a transaction and checking a scan live in
:mod:`popuppos.services.passes` (which re-exports the tier names, so either import works).
This module is imported by that one, so it reaches ``passes`` only inside the two
functions that issue or revoke (``transfer_pass``, ``revoke_pass``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from popuppos.core.i18n import translate
from popuppos.core.pass_token import RevocationReason, format_day
from popuppos.services import audit
from popuppos.services.errors import ServiceError
from popuppos.services.pass_tiers import (
    MAX_VALIDITY_DAYS,
    TierInfo,
    TierSpec,
    benefit_lines,
    benefits_for,
    benefits_for_tier,
    list_tiers,
    save_tier,
    tiers_in,
)
from popuppos.services.receipts import local_time
from popuppos.services.shop import check_manager_pin, load_settings
from popuppos.store.db import Database
from popuppos.store.models import Member, utcnow
from popuppos.store.pass_models import MemberPass, PassRevocation, PassTier, SigningKey

if TYPE_CHECKING:  # reportlab is heavy: the card module loads only to print a card
    from popuppos.documents.pass_card_pdf import PassCardData
    from popuppos.services.passes import IssuedPass

# Tiers used to live here; their names stay importable from this module.
__all__ = [
    "MAX_VALIDITY_DAYS",
    "PassInfo",
    "TierInfo",
    "TierSpec",
    "benefit_lines",
    "benefits_for",
    "benefits_for_tier",
    "list_tiers",
    "pass_card_data",
    "pass_chain",
    "pass_info",
    "pass_info_in",
    "passes_of_member",
    "revocation_reason",
    "revoke_pass",
    "save_tier",
    "tiers_in",
    "today_local",
    "transfer_pass",
]


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
            return (
                "revoked",
                translate("services/pass_admin", "Transferred to another member on {when}").format(
                    when=when
                ),
                reason,
            )
        if reason is RevocationReason.REFUNDED:
            return (
                "revoked",
                translate("services/pass_admin", "Refunded on {when}").format(when=when),
                reason,
            )
        note = f": {r[12]}" if r[12] else ""
        return (
            "revoked",
            translate("services/pass_admin", "Revoked by the shop on {when}{note}").format(
                when=when, note=note
            ),
            reason,
        )
    if r[13] is not None and r[8].date() >= r[13].date():
        return (
            "retired_key",
            translate("services/pass_admin", "Issued on a device this shop no longer trusts"),
            None,
        )
    if today < r[6]:
        return (
            "not_yet_valid",
            translate("services/pass_admin", "Valid from {day}").format(day=format_day(r[6])),
            None,
        )
    if today > r[7]:
        return (
            "expired",
            translate("services/pass_admin", "Expired on {day}").format(day=format_day(r[7])),
            None,
        )
    return (
        "active",
        translate("services/pass_admin", "Valid until {day}").format(day=format_day(r[7])),
        None,
    )


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
        raise ServiceError(translate("services/pass_admin", "that pass is not on this device"))
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
            raise ServiceError(
                translate("services/pass_admin", "this pass cannot be transferred: {why}").format(
                    why=info.why.lower()
                )
            )
        if info.status == "expired":
            raise ServiceError(
                translate("services/pass_admin", "this pass expired on {day}").format(
                    day=format_day(info.valid_until)
                )
            )
        if not info.transferable:
            terms = conn.scalar(select(PassTier.transfer_terms).where(PassTier.id == info.tier_id))
            tail = f" ({terms})" if terms else ""
            raise ServiceError(
                translate(
                    "services/pass_admin", "{tier} passes cannot be transferred{tail}"
                ).format(tier=info.tier_name, tail=tail)
            )
        to_name = conn.scalar(select(Member.name).where(Member.id == to_member_id))
        if to_name is None:
            raise ServiceError(
                translate("services/pass_admin", "that member is not on this device")
            )
        if to_member_id == info.member_id:
            raise ServiceError(
                translate("services/pass_admin", "{name} already holds this pass").format(
                    name=to_name
                )
            )
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
        raise ServiceError(translate("services/pass_admin", "say why the pass is revoked"))
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
    from popuppos.documents.pass_card_pdf import PassCardData

    with db.read() as conn:
        info = pass_info_in(conn, pass_id)
        if info.revocation is not None:
            raise ServiceError(
                translate("services/pass_admin", "this pass no longer works ({why})").format(
                    why=info.why.lower()
                )
            )
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
