"""The hub's own tables (typed SQLAlchemy 2.0), separate from a stall's database.

Portable by design: nothing here or in the queries is SQLite-only, so the same code runs
on PostgreSQL for a shop that outgrows one file. Times are naive UTC. Secrets (owner and
device tokens, pairing codes) are stored only as SHA-256 hex digests.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Bumped with every change of these tables; a hub refuses a database from a newer one.
HUB_SCHEMA_VERSION = 2  # 2: drop allocations, conflicts and their keys

# SQLite makes an INTEGER PRIMARY KEY the rowid (auto-numbered); elsewhere a BIGINT.
_Seq = BigInteger().with_variant(Integer(), "sqlite")


class HubBase(DeclarativeBase):
    pass


class HubMeta(HubBase):
    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Shop(HubBase):
    __tablename__ = "shops"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    owner_token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Device(HubBase):
    """A stall paired to one shop. Its id is the stall's own; unique within the shop."""

    __tablename__ = "devices"
    shop_id: Mapped[str] = mapped_column(ForeignKey("shops.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    signing_key_id: Mapped[str] = mapped_column(String(8))
    signing_public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519, hex
    paired_at: Mapped[datetime] = mapped_column(DateTime)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    __table_args__ = (UniqueConstraint("shop_id", "signing_key_id", name="uq_device_key"),)


class PairingCodeRow(HubBase):
    __tablename__ = "pairing_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    shop_id: Mapped[str] = mapped_column(ForeignKey("shops.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    used_by_device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class HubEvent(HubBase):
    """An applied event, in hub order (``hub_seq``): what pulls hand out.

    ``device_id`` is the origin: a paired device, or ``"hub"`` for the events the hub
    makes itself (a device paired or retired, with its signing key).
    """

    __tablename__ = "events"
    hub_seq: Mapped[int] = mapped_column(_Seq, primary_key=True, autoincrement=True)
    shop_id: Mapped[str] = mapped_column(ForeignKey("shops.id"))
    event_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    event_type: Mapped[str] = mapped_column(String(40))
    aggregate_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)  # compact JSON, money as integers
    created_at: Mapped[datetime] = mapped_column(DateTime)  # the origin's clock
    received_at: Mapped[datetime] = mapped_column(DateTime)  # the hub's clock
    __table_args__ = (
        UniqueConstraint("shop_id", "event_id", name="uq_event_once"),
        Index("ix_events_shop_seq", "shop_id", "hub_seq"),
    )


class DropAllocationRow(HubBase):
    """A device's share of a drop: units it may sell in all (its net sales count)."""

    __tablename__ = "drop_allocations"
    shop_id: Mapped[str] = mapped_column(ForeignKey("shops.id"), primary_key=True)
    drop_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    units: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ConflictKey(HubBase):
    """What the conflict rules look up: a check-in of a pass in a session, a use or a
    revocation of a pass, an edit of a SKU, each with its event's hub and device order."""

    __tablename__ = "conflict_keys"
    id: Mapped[int] = mapped_column(_Seq, primary_key=True, autoincrement=True)
    shop_id: Mapped[str] = mapped_column(ForeignKey("shops.id"))
    kind: Mapped[str] = mapped_column(String(16))  # checkin, use, revoked, sku
    key: Mapped[str] = mapped_column(String(140))
    hub_seq: Mapped[int] = mapped_column(BigInteger)
    event_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    device_time: Mapped[datetime] = mapped_column(DateTime)  # the origin's clock
    __table_args__ = (Index("ix_conflict_keys_lookup", "shop_id", "kind", "key"),)


class Conflict(HubBase):
    """A conflict the hub decided: ``loser_event_id`` is the fact that did not win."""

    __tablename__ = "conflicts"
    shop_id: Mapped[str] = mapped_column(ForeignKey("shops.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[str] = mapped_column(String(64))
    loser_event_id: Mapped[str] = mapped_column(String(36))
    winner_event_id: Mapped[str | None] = mapped_column(String(36), default=None)
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text)  # compact JSON
    flagged_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(80), default=None)
    __table_args__ = (UniqueConstraint("shop_id", "kind", "loser_event_id", name="uq_conflict"),)
