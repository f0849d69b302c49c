"""Member passes: this device's signing key, issuing, revoking, checking a scan, and the
hooks checkout and refunds call.

Every issue and revocation is a fact (an immutable row) written in the caller's
transaction together with its outbox event (``pass.issued``, ``pass.revoked``); the
``*_in`` functions and the hooks take that transaction's connection. Tiers, transfers,
manual revocation, a member's passes and the card's data live in
:mod:`popuppos.services.pass_admin` (the tier and card names are re-exported here).

Checking a scan (:func:`verify_scan`, offline and cached) lives in
:mod:`popuppos.services.pass_verify` and is re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, insert, select

from popuppos.core import pass_token as tok
from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.core.ids import new_id, uuid7
from popuppos.core.pass_token import InvalidPass, RevocationReason, SigningKey
from popuppos.services import audit
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.pass_admin import (
    PassInfo,
    pass_card_data,
    revocation_reason,
    today_local,
)
from popuppos.services.pass_tiers import (
    TierInfo,
    TierSpec,
    benefits_for,
    benefits_for_tier,
    list_tiers,
    save_tier,
)
from popuppos.services.pass_verify import PassHolder, verify_scan
from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.store.models import Member, utcnow
from popuppos.store.pass_models import MemberPass, PassRevocation, PassTier
from popuppos.store.pass_models import SigningKey as SigningKeyRow

# Re-exported: the tier and card names live in pass_admin; InvalidPass is what
# verify_scan raises.
__all__ = [
    "InvalidPass",
    "IssuedPass",
    "PassHolder",
    "RevocationReason",
    "TierInfo",
    "TierSpec",
    "benefits_for",
    "benefits_for_tier",
    "ensure_device_key",
    "issue_for_sale",
    "issue_pass",
    "issue_pass_in",
    "list_tiers",
    "pass_card_data",
    "revoke_for_refund",
    "revoke_pass_in",
    "save_tier",
    "verify_scan",
]


@dataclass(frozen=True, slots=True)
class IssuedPass:
    pass_id: str
    token: str
    valid_from: date
    valid_until: date


# -- this device's signing key ------------------------------------------------------------
def ensure_device_key(conn: Connection, device_id: str) -> SigningKey:
    """This device's signing key, created (and its public half queued for sync) on first use."""
    row = conn.execute(
        select(SigningKeyRow.private_key)
        .where(
            SigningKeyRow.device_id == device_id,
            SigningKeyRow.private_key.is_not(None),
            SigningKeyRow.retired_at.is_(None),
        )
        .order_by(SigningKeyRow.created_at.desc())
        .limit(1)
    ).first()
    if row is not None and row[0]:
        return SigningKey.from_private_bytes(bytes.fromhex(row[0]))
    key = SigningKey.generate()
    public_hex = key.public_key_bytes.hex()
    conn.execute(
        insert(SigningKeyRow),
        {
            "key_id": key.key_id,
            "device_id": device_id,
            "public_key": public_hex,
            "private_key": key.private_bytes().hex(),
            "created_at": utcnow(),
            "retired_at": None,
        },
    )
    # The private half never leaves this device: the event carries the public key only.
    append_event(
        conn,
        device_id,
        "signing_key.added",
        key.key_id,
        {"key_id": key.key_id, "device_id": device_id, "public_key": public_hex},
    )
    return key


# -- issuing and revoking ------------------------------------------------------------------
def _tier_row(conn: Connection, tier_id: str) -> tuple[str, str, int]:
    """(id, code, validity_days) of a tier."""
    row = conn.execute(
        select(PassTier.id, PassTier.code, PassTier.validity_days).where(PassTier.id == tier_id)
    ).first()
    if row is None:
        raise ServiceError(translate("services/passes", "that pass tier does not exist"))
    return str(row[0]), str(row[1]), int(row[2])


def _issue(
    conn: Connection,
    device_id: str,
    *,
    tier_id: str,
    tier_code: str,
    member_id: str,
    valid_from: date,
    valid_until: date,
    now: datetime,
    sale_id: str | None,
    sale_line_id: str | None,
    replaces_pass_id: str | None,
) -> IssuedPass:
    key = ensure_device_key(conn, device_id)
    pass_uuid = uuid7()
    pass_id = str(pass_uuid)
    claims = tok.PassClaims(
        pass_id=pass_uuid,
        tier=tier_code,
        valid_from=valid_from,
        valid_until=valid_until,
        issued_on=now.date(),  # the same (UTC) clock as signing_keys.retired_at
        key_id=key.key_id,
    )
    try:
        token = tok.issue_pass(claims, key)
    except ValueError as exc:
        raise ServiceError(
            translate("services/passes", "this pass cannot be issued: {exc}").format(exc=exc)
        ) from None
    conn.execute(
        insert(MemberPass),
        {
            "id": pass_id,
            "device_id": device_id,
            "tier_id": tier_id,
            "member_id": member_id,
            "issued_at": now,
            "valid_from": valid_from,
            "valid_until": valid_until,
            "key_id": key.key_id,
            "token": token,
            "sale_id": sale_id,
            "sale_line_id": sale_line_id,
            "replaces_pass_id": replaces_pass_id,
        },
    )
    append_event(
        conn,
        device_id,
        "pass.issued",
        pass_id,
        {
            "pass_id": pass_id,
            "tier_id": tier_id,
            "tier_code": tier_code,
            "member_id": member_id,
            "valid_from": valid_from.isoformat(),
            "valid_until": valid_until.isoformat(),
            "key_id": key.key_id,
            "token": token,
            "issued_at": now.isoformat(),
            "sale_id": sale_id,
            "sale_line_id": sale_line_id,
            "replaces_pass_id": replaces_pass_id,
        },
    )
    return IssuedPass(pass_id, token, valid_from, valid_until)


def issue_pass_in(
    conn: Connection,
    device_id: str,
    *,
    tier_id: str,
    member_id: str,
    valid_from: date,
    now: datetime,
    sale_id: str | None = None,
    sale_line_id: str | None = None,
    replaces_pass_id: str | None = None,
) -> IssuedPass:
    """Issue a pass inside the caller's transaction (``now``: naive UTC, like utcnow())."""
    tier_id, tier_code, validity_days = _tier_row(conn, tier_id)
    if conn.scalar(select(Member.id).where(Member.id == member_id)) is None:
        raise ServiceError(translate("services/passes", "that member is not on this device"))
    valid_until = valid_from + timedelta(days=validity_days - 1)
    return _issue(
        conn,
        device_id,
        tier_id=tier_id,
        tier_code=tier_code,
        member_id=member_id,
        valid_from=valid_from,
        valid_until=valid_until,
        now=now,
        sale_id=sale_id,
        sale_line_id=sale_line_id,
        replaces_pass_id=replaces_pass_id,
    )


def issue_pass(
    db: Database, *, tier_id: str, member_id: str, actor: str, valid_from: date | None = None
) -> IssuedPass:
    """Issue a complimentary pass (no sale) in its own transaction; audited."""
    start = valid_from or today_local()
    with db.write() as conn:
        issued = issue_pass_in(
            conn, db.device_id, tier_id=tier_id, member_id=member_id, valid_from=start, now=utcnow()
        )
        audit.record(
            conn,
            db.device_id,
            actor=actor,
            action="pass.comp",
            subject_id=issued.pass_id,
            details={"tier_id": tier_id, "member_id": member_id},
        )
    return issued


def issue_replacement_in(
    conn: Connection, device_id: str, old: PassInfo, *, to_member_id: str
) -> IssuedPass:
    """The pass that replaces ``old`` on a transfer: same tier, dates and sale line."""
    return _issue(
        conn,
        device_id,
        tier_id=old.tier_id,
        tier_code=old.tier_code,
        member_id=to_member_id,
        valid_from=old.valid_from,
        valid_until=old.valid_until,
        now=utcnow(),
        sale_id=old.sale_id,
        sale_line_id=old.sale_line_id,
        replaces_pass_id=old.pass_id,
    )


def revoke_pass_in(
    conn: Connection,
    device_id: str,
    pass_id: str,
    reason: RevocationReason,
    *,
    actor: str,
    note: str = "",
) -> None:
    """Revoke a pass inside the caller's transaction; ServiceError if it already is."""
    if conn.scalar(select(MemberPass.id).where(MemberPass.id == pass_id)) is None:
        raise ServiceError(translate("services/passes", "that pass is not on this device"))
    done = conn.scalar(select(PassRevocation.reason).where(PassRevocation.pass_id == pass_id))
    if done is not None:
        raise ServiceError(
            translate("services/passes", "that pass was already {value}").format(
                value=revocation_reason(done).value
            )
        )
    now = utcnow()
    conn.execute(
        insert(PassRevocation),
        {
            "id": new_id(),
            "pass_id": pass_id,
            "device_id": device_id,
            "created_at": now,
            "reason": reason.value,
            "actor": actor,
            "note": note,
        },
    )
    append_event(
        conn,
        device_id,
        "pass.revoked",
        pass_id,
        {
            "pass_id": pass_id,
            "reason": reason.value,
            "actor": actor,
            "note": note,
            "at": now.isoformat(),
        },
    )


# -- the hooks checkout and refunds call inside their transactions --------------------------
_SALE_HOOK_NEEDS_HOLDER = QT_TRANSLATE_NOOP(
    "services/passes", "a pass needs its holder: attach a member to the sale first"
)


def pass_variants(conn: Connection, variant_ids: Sequence[str]) -> dict[str, str]:
    """variant id -> tier id, for those of ``variant_ids`` that sell a pass (one query)."""
    if not variant_ids:
        return {}
    rows = conn.execute(
        select(PassTier.variant_id, PassTier.id).where(PassTier.variant_id.in_(set(variant_ids)))
    )
    return {str(v): str(t) for v, t in rows}


def issue_for_sale(
    conn: Connection,
    device_id: str,
    *,
    sale_id: str,
    member_id: str | None,
    lines: Sequence[tuple[str, str, int]],
    now: datetime,
) -> list[IssuedPass]:
    """Issue the passes a sale sold: ``quantity`` passes per line whose variant is a tier's.

    ``lines`` are (sale_line_id, variant_id, quantity). Call it in checkout's transaction
    after the sale and its lines are inserted (the pass rows refer to them); a refusal
    raises ServiceError and so rolls the whole sale back.
    """
    tiers = pass_variants(conn, [variant for _, variant, _ in lines])
    if not tiers:
        return []
    if member_id is None:
        raise ServiceError(translate("services/passes", _SALE_HOOK_NEEDS_HOLDER))
    start = local_time(now).date()
    issued: list[IssuedPass] = []
    for sale_line_id, variant_id, quantity in lines:
        tier_id = tiers.get(variant_id)
        for _ in range(quantity if tier_id else 0):
            issued.append(
                issue_pass_in(
                    conn,
                    device_id,
                    tier_id=str(tier_id),
                    member_id=member_id,
                    valid_from=start,
                    now=now,
                    sale_id=sale_id,
                    sale_line_id=sale_line_id,
                )
            )
    return issued


def revoke_for_refund(
    conn: Connection, device_id: str, *, sale_line_id: str, quantity: int, actor: str
) -> list[str]:
    """Revoke (REFUNDED) up to ``quantity`` not-yet-revoked passes of a sale line, newest
    first (a transferred pass's replacement carries the same sale line); returns their ids."""
    if quantity <= 0:
        return []
    revoked = select(PassRevocation.pass_id)
    ids = conn.scalars(
        select(MemberPass.id)
        .where(MemberPass.sale_line_id == sale_line_id, MemberPass.id.not_in(revoked))
        .order_by(MemberPass.id.desc())
        .limit(quantity)
    ).all()
    for pass_id in ids:
        revoke_pass_in(
            conn, device_id, pass_id, RevocationReason.REFUNDED, actor=actor, note="refunded"
        )
    return list(ids)
