"""Shops, pairing codes, devices and their pass-signing keys.

A shop is created from the command line (``popuppos hub create-shop``), which prints its
owner token once. The owner asks for a one-time pairing code (valid 15 minutes); a stall
sends it with its own id and its pass-signing public key and receives its device token
once. Pairing and retiring a device are also events every other device pulls
(``device.paired`` / ``device.retired``), which is how the shop's trusted signing keys
travel: a pass signed by a retired key before its retirement stays valid.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from popuppos.core.i18n import QT_TRANSLATE_NOOP
from popuppos.core.ids import new_id
from popuppos.core.pass_token import key_id_for
from popuppos.hub.auth import (
    CODE_LIFETIME,
    DEVICE_PREFIX,
    OWNER_PREFIX,
    AttemptLimiter,
    digest,
    group_code,
    new_pairing_code,
    new_token,
    normalise_code,
)
from popuppos.hub.events import append_hub_event, lock_shop
from popuppos.hub.models import Device, PairingCodeRow, Shop
from popuppos.hub.problems import HubProblem, unauthorised
from popuppos.hub.store import HubStore, as_aware_utc
from popuppos.sync.protocol import (
    DEVICE_PAIRED,
    DEVICE_RETIRED,
    DeviceInfo,
    DeviceList,
    PairingCode,
    PairRequest,
    PairResponse,
    pairing_qr_text,
)


def create_shop(store: HubStore, name: str) -> tuple[str, str]:
    """A new shop: returns (shop id, owner token). The token is shown once, kept hashed."""
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise HubProblem(422, "A shop name is 1 to 120 characters.")
    shop_id, token = new_id(), new_token(OWNER_PREFIX)
    with store.write() as session:
        session.add(
            Shop(id=shop_id, name=name, owner_token_hash=digest(token), created_at=store.now())
        )
    return shop_id, token


def shop_of_owner(store: HubStore, owner_token: str) -> str:
    """The shop an owner token opens (for the command line; the API uses auth.identify)."""
    with store.read() as session:
        shop_id = session.scalar(
            select(Shop.id).where(Shop.owner_token_hash == digest(owner_token))
        )
    if shop_id is None:
        raise unauthorised("This owner token is not known to this hub database.")
    return shop_id


def create_pairing_code(store: HubStore, shop_id: str, hub_url: str) -> PairingCode:
    code = new_pairing_code()
    now = store.now()
    expires = now + CODE_LIFETIME
    with store.write() as session:
        session.add(
            PairingCodeRow(
                code_hash=digest(code), shop_id=shop_id, created_at=now, expires_at=expires
            )
        )
    shown = group_code(code)
    return PairingCode(
        code=shown,
        expires_at=as_aware_utc(expires),
        qr_text=pairing_qr_text(hub_url, shown),
    )


def pair(
    store: HubStore, request: PairRequest, limiter: AttemptLimiter, client: str
) -> PairResponse:
    """Pair a device with the code's shop; its token is returned once."""
    now = store.now()
    limiter.check(client, as_aware_utc(now))
    public_key = bytes.fromhex(request.signing_public_key)
    if key_id_for(public_key) != request.signing_key_id:
        raise HubProblem(
            422,
            QT_TRANSLATE_NOOP(
                "hub", "signing_key_id does not match signing_public_key (its SHA-256, 4 bytes)."
            ),
        )
    code_hash = digest(normalise_code(request.code))
    token = new_token(DEVICE_PREFIX)
    try:
        with store.write() as session:
            row = session.get(PairingCodeRow, code_hash)
            problem = _code_problem(row, now)
            if problem is not None or row is None:
                limiter.failed(client, as_aware_utc(now))
                raise HubProblem(
                    400, problem or QT_TRANSLATE_NOOP("hub", "This pairing code is not valid.")
                )
            lock_shop(session, row.shop_id)
            shop = session.get(Shop, row.shop_id)
            assert shop is not None
            used = session.execute(
                update(PairingCodeRow)
                .where(PairingCodeRow.code_hash == code_hash, PairingCodeRow.used_at.is_(None))
                .values(used_at=now, used_by_device_id=request.device_id)
            )
            if cast(CursorResult[Any], used).rowcount != 1:  # a concurrent pair took it
                raise HubProblem(
                    400,
                    QT_TRANSLATE_NOOP(
                        "hub", "This pairing code was already used; ask for a new one."
                    ),
                )
            _check_new_device(session, shop.id, request)
            session.add(
                Device(
                    shop_id=shop.id,
                    id=request.device_id,
                    name=request.device_name,
                    token_hash=digest(token),
                    signing_key_id=request.signing_key_id,
                    signing_public_key=request.signing_public_key,
                    paired_at=now,
                )
            )
            append_hub_event(
                session,
                shop.id,
                DEVICE_PAIRED,
                request.device_id,
                {
                    "device_id": request.device_id,
                    "name": request.device_name,
                    "key_id": request.signing_key_id,
                    "public_key": request.signing_public_key,
                    "paired_at": as_aware_utc(now).isoformat(),
                },
                now,
            )
            shop_id, shop_name = shop.id, shop.name
    except IntegrityError:  # a concurrent pairing of the same device or key got in first
        raise HubProblem(
            409,
            QT_TRANSLATE_NOOP(
                "hub", "Another pairing of this device or its key got in first; pair again."
            ),
        ) from None
    return PairResponse(shop_id=shop_id, shop_name=shop_name, device_token=token)


def _code_problem(row: PairingCodeRow | None, now: datetime) -> str | None:
    if row is None:
        return QT_TRANSLATE_NOOP(
            "hub", "This pairing code is not valid; check it, or ask the owner for a new one."
        )
    if row.used_at is not None:
        return QT_TRANSLATE_NOOP(
            "hub", "This pairing code was already used; ask the owner for a new one."
        )
    if now >= row.expires_at:
        return QT_TRANSLATE_NOOP(
            "hub",
            "This pairing code expired (codes last 15 minutes); ask the owner for a new one.",
        )
    return None


def _check_new_device(session: Session, shop_id: str, request: PairRequest) -> None:
    known = session.get(Device, (shop_id, request.device_id))
    if known is not None and known.retired_at is not None:
        raise HubProblem(
            409,
            QT_TRANSLATE_NOOP(
                "hub",
                "This device was retired by the shop owner; it cannot pair again under its id.",
            ),
        )
    if known is not None:
        raise HubProblem(
            409, QT_TRANSLATE_NOOP("hub", "This device is already paired with this shop.")
        )
    same_key = session.scalar(
        select(Device.id).where(
            Device.shop_id == shop_id, Device.signing_key_id == request.signing_key_id
        )
    )
    if same_key is not None:
        raise HubProblem(
            409,
            QT_TRANSLATE_NOOP(
                "hub",
                "Another device of this shop already uses this pass-signing key; "
                "let the stall make a new key and pair again.",
            ),
        )


def _info(device: Device) -> DeviceInfo:
    return DeviceInfo(
        device_id=device.id,
        name=device.name,
        signing_key_id=device.signing_key_id,
        signing_public_key=device.signing_public_key,
        paired_at=as_aware_utc(device.paired_at),
        retired_at=as_aware_utc(device.retired_at) if device.retired_at else None,
    )


def list_devices(store: HubStore, shop_id: str) -> DeviceList:
    with store.read() as session:
        devices = session.scalars(
            select(Device).where(Device.shop_id == shop_id).order_by(Device.paired_at, Device.id)
        ).all()
        return DeviceList(devices=[_info(device) for device in devices])


def retire_device(store: HubStore, shop_id: str, device_id: str) -> DeviceInfo:
    """Retire a device of the owner's shop: its token stops working at once (idempotent)."""
    with store.write() as session:
        lock_shop(session, shop_id)
        device = session.get(Device, (shop_id, device_id))
        if device is None:
            raise HubProblem(404, "No device with this id is paired with your shop.")
        if device.retired_at is None:
            now = store.now()
            device.retired_at = now
            append_hub_event(
                session,
                shop_id,
                DEVICE_RETIRED,
                device.id,
                {
                    "device_id": device.id,
                    "key_id": device.signing_key_id,
                    "public_key": device.signing_public_key,
                    "retired_at": as_aware_utc(now).isoformat(),
                },
                now,
            )
        return _info(device)
