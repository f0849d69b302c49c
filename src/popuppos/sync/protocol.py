"""The sync protocol between a stall and the shop hub: defined once, used by both sides.

Every request to ``/v1/...`` carries the header ``X-PopupPOS-Protocol: <version>``. A hub
answers requests of versions ``OLDEST_SUPPORTED_PROTOCOL..PROTOCOL_VERSION``; any other
version gets HTTP 426 with a sentence that says which side to upgrade
(:func:`mismatch`), and the client raises ``ProtocolMismatch`` with that sentence.

Money inside event payloads is always an integer number of minor units: the hub refuses
(per event, status ``rejected``) a payload holding a decimal number anywhere.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
#: The oldest stall protocol this hub still answers (raise it only with a migration story).
OLDEST_SUPPORTED_PROTOCOL = 1
PROTOCOL_HEADER = "X-PopupPOS-Protocol"

#: The most events one push may carry (the benchmark tunes batch sizes below this).
MAX_PUSH_EVENTS = 500
#: The most changes one pull may ask for, and how many it gets when it does not say.
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 500
#: A single event's payload, serialised as compact JSON, may not exceed this.
MAX_PAYLOAD_BYTES = 64 * 1024

#: Event types only the hub makes (a device pushing one is refused): the shop's trusted
#: pass-signing keys, each device's share of a limited drop, and the conflicts it decided.
DEVICE_PAIRED = "device.paired"
DEVICE_RETIRED = "device.retired"
DROP_ALLOCATED = "drop.allocated"
CONFLICT_FLAGGED = "conflict.flagged"
HUB_EVENT_PREFIX = "device."
HUB_ONLY_EVENTS = frozenset({DEVICE_PAIRED, DEVICE_RETIRED, DROP_ALLOCATED, CONFLICT_FLAGGED})
#: Device events the hub reads as well as relays: a manager's sale beyond the device's
#: allocation (the hub flags an oversell), and a person marking a conflict resolved.
DROP_OVERSOLD = "drop.oversold"
CONFLICT_RESOLVED = "conflict.resolved"


def hub_only(event_type: str) -> bool:
    return event_type in HUB_ONLY_EVENTS or event_type.startswith(HUB_EVENT_PREFIX)


#: ``Change.origin_device_id`` of the events the hub makes itself.
HUB_ORIGIN = "hub"

UpgradeSide = Literal["hub", "stall"]


def mismatch(client_version: int, hub_version: int = PROTOCOL_VERSION) -> tuple[UpgradeSide, str]:
    """Which side must be upgraded when a stall of ``client_version`` meets this hub."""
    if client_version > hub_version:
        return "hub", (
            f"This stall speaks protocol {client_version}; the hub speaks {hub_version}: "
            "upgrade the hub."
        )
    return "stall", (
        f"This stall speaks protocol {client_version}; the hub speaks {hub_version}: "
        "upgrade PopupPOS on this stall."
    )


def is_supported(client_version: int) -> bool:
    return OLDEST_SUPPORTED_PROTOCOL <= client_version <= PROTOCOL_VERSION


# -- field types ---------------------------------------------------------------------------
def _canonical_uuid(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValueError("must be a UUID such as 0190f3c2-7a4e-7b1d-9c3e-5a1b2c3d4e5f") from None


def _as_utc(value: datetime) -> datetime:
    """Aware UTC; a naive time is taken as UTC (the stall's outbox stores naive UTC)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:  # e.g. 9999-12-31T23:59-05:00 is after the last representable day
        raise ValueError("is outside the years 1 to 9999 once taken to UTC") from None


def _unicode(value: str) -> str:
    """Text that can be stored as UTF-8: JSON may carry lone surrogates (\\ud800)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (it holds a lone surrogate)") from None
    return value


#: A UUID as canonical lowercase text: the event's idempotency key at the hub.
UuidText = Annotated[str, Field(max_length=40), AfterValidator(_canonical_uuid)]
#: A device's own id (the UUID the stall made for itself on first start).
DeviceId = UuidText
UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]
#: Text the hub stores (names, ids chosen by the stall): valid Unicode only.
StoredText = Annotated[str, AfterValidator(_unicode)]
#: The largest integer a 64-bit database column holds (device_seq is one).
MAX_INT64 = 2**63 - 1
EventType = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$", max_length=40)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


# -- health --------------------------------------------------------------------------------
class Health(_Model):
    status: Literal["ok", "degraded"]
    protocol: int
    oldest_protocol: int = OLDEST_SUPPORTED_PROTOCOL
    version: str


# -- pairing -------------------------------------------------------------------------------
#: A pairing QR holds ``POPUPPOS-PAIR:<hub url>:<code>`` (the URL has colons of its own).
PAIRING_QR_PREFIX = "POPUPPOS-PAIR"


def pairing_qr_text(hub_url: str, code: str) -> str:
    return f"{PAIRING_QR_PREFIX}:{hub_url.rstrip('/')}:{code}"


def parse_pairing_qr(text: str) -> tuple[str, str] | None:
    """(hub url, code) from a pairing QR's text, or None when it is not one."""
    head, sep, rest = text.strip().partition(":")
    if not sep or head.upper() != PAIRING_QR_PREFIX:
        return None
    url, sep, code = rest.rpartition(":")
    if not sep or not code.strip() or not url.lower().startswith(("http://", "https://")):
        return None
    return url.rstrip("/"), code.strip()


class PairingCode(_Model):
    """A one-time code the owner shows a new device (as text and as a QR of ``qr_text``)."""

    code: str = Field(description="10 characters shown grouped, e.g. K7QM-2XWP-9F")
    expires_at: UtcDatetime
    qr_text: str = Field(description="POPUPPOS-PAIR:<hub url>:<code>")


class PairRequest(_Model):
    code: str = Field(min_length=1, max_length=32)
    device_id: DeviceId
    device_name: StoredText = Field(min_length=1, max_length=80)
    signing_key_id: str = Field(pattern=r"^[0-9a-f]{8}$", description="8 lowercase hex digits")
    signing_public_key: str = Field(
        pattern=r"^[0-9a-f]{64}$", description="raw 32-byte Ed25519 public key, lowercase hex"
    )


class PairResponse(_Model):
    shop_id: str
    shop_name: str
    device_token: str = Field(description="shown once: the hub keeps only its hash")


class DeviceInfo(_Model):
    device_id: str
    name: str
    signing_key_id: str
    signing_public_key: str
    paired_at: UtcDatetime
    retired_at: UtcDatetime | None = None


class DeviceList(_Model):
    devices: list[DeviceInfo]


# -- push ----------------------------------------------------------------------------------
class PushEvent(_Model):
    """One outbox event of a stall."""

    event_id: UuidText
    event_type: EventType
    aggregate_id: StoredText = Field(min_length=1, max_length=64)
    payload: dict[str, Any]
    created_at: UtcDatetime = Field(description="the device's clock when the fact happened")
    device_seq: int = Field(
        ge=0, le=MAX_INT64, description="the event's position in the device's outbox"
    )


class PushBatch(_Model):
    device_id: DeviceId
    events: list[PushEvent] = Field(max_length=MAX_PUSH_EVENTS)
    cursor: str = Field(
        "",
        max_length=64,
        description="the device's pull cursor when it sent the batch: what it had seen, "
        "so the hub can tell a concurrent catalogue edit from a later one",
    )


PushStatus = Literal["applied", "duplicate", "rejected"]


class PushResult(_Model):
    event_id: str
    status: PushStatus
    reason: str | None = None


class PushResponse(_Model):
    results: list[PushResult] = Field(description="one per pushed event, in the batch's order")


# -- pull ----------------------------------------------------------------------------------
class Change(_Model):
    hub_seq: int
    event_id: str
    event_type: str
    aggregate_id: str
    origin_device_id: str = Field(description=f'a device id, or "{HUB_ORIGIN}" for hub events')
    payload: dict[str, Any]
    created_at: UtcDatetime = Field(description="the origin device's clock (may be wrong)")
    received_at: UtcDatetime = Field(description="the hub's clock when it applied the event")


class PullResponse(_Model):
    changes: list[Change]
    cursor: str = Field(description="opaque: send it back as ?cursor= for the next page")
    more: bool = Field(description="true when more changes wait after this page")


# -- drop allocations (owner) -------------------------------------------------------------
Units = Annotated[int, Field(ge=0, le=10_000)]


class AllocationSplit(_Model):
    """The host's split of a drop: units each device may sell in all (sold ones included)."""

    units: dict[UuidText, Units] = Field(max_length=200)


class RebalanceRequest(_Model):
    device_ids: list[UuidText] | None = Field(
        None,
        max_length=200,
        description="the devices to share the unsold units (default: those of the current "
        "split, else every paired device)",
    )


class DeviceAllocation(_Model):
    device_id: str
    name: str
    units: int
    sold: int = Field(description="net units the hub knows this device sold")


class DropAllocation(_Model):
    drop_id: str
    name: str
    edition_size: int
    sold: int
    unallocated: int
    allocations: list[DeviceAllocation]


# -- errors --------------------------------------------------------------------------------
class ErrorBody(_Model):
    """Every error the hub answers: one readable sentence, plus details for some kinds."""

    detail: str
    upgrade: UpgradeSide | None = None
    hub_protocol: int | None = None
    client_protocol: int | None = None
