"""The sync engine's own tables: where this device syncs, and which changes it applied.

``sync_conflicts`` are the conflicts the hub flagged (one row per hub conflict, as the
hub described it); ``conflict_resolutions`` are facts: a person marked one resolved, on
this device or another (migration 0005).

``sync_state`` is one row (id 1) once the device is paired; ``token_store`` says where the
device token is: the OS keyring, or, where there is none, ``hub_credential`` (migration
0006), in this database file that only its user may read (mode 0600). The token is never
in ``settings``, ``sync_state``, the outbox or any export. ``sync_applied`` logs every
change pulled from the hub by its event id, so applying a page again (a crash between
apply and cursor) is a no-op.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from popuppos.store.models import Base, utcnow


class SyncState(Base):
    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    hub_url: Mapped[str] = mapped_column(Text)
    shop_id: Mapped[str] = mapped_column(String(36))
    shop_name: Mapped[str] = mapped_column(String(120), default="")
    token_store: Mapped[str] = mapped_column(String(16))  # "keyring", "database" (or "file")
    cursor: Mapped[str] = mapped_column(String(64), default="")
    paired_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_push_at: Mapped[datetime | None] = mapped_column(default=None)
    last_pull_at: Mapped[datetime | None] = mapped_column(default=None)
    last_success_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    stopped_reason: Mapped[str | None] = mapped_column(Text, default=None)


class HubCredential(Base):
    """This device's hub token when no OS keyring is available (see ``sync.state``)."""

    __tablename__ = "hub_credential"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncApplied(Base):
    """A change from another device (or the hub) that this device has taken in."""

    __tablename__ = "sync_applied"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hub_seq: Mapped[int] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(String(40))
    origin_device_id: Mapped[str] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String(8))  # applied, skipped, waiting, failed
    detail: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    # the change as pulled (JSON) while it cannot apply: "waiting" ones are retried
    change: Mapped[str | None] = mapped_column(Text, default=None)  # migration 0007


class SyncConflict(Base):
    """A conflict the hub decided and flagged (``conflict.flagged``), for a person to see."""

    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the hub's conflict id
    kind: Mapped[str] = mapped_column(String(24))  # oversell, double_check_in, ...
    subject_id: Mapped[str] = mapped_column(String(64))  # the drop, pass or product
    summary: Mapped[str] = mapped_column(Text)  # the hub's sentence (times in UTC)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, as the hub sent it
    flagged_at: Mapped[datetime] = mapped_column(default=utcnow)  # the hub's clock
    event_id: Mapped[str] = mapped_column(String(36))  # the hub event that carried it


class ConflictResolution(Base):
    """Someone marked a flagged conflict resolved (a fact, synced to every stall)."""

    __tablename__ = "conflict_resolutions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    conflict_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    resolved_by: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


SYNC_FACT_TABLES: tuple[str, ...] = ("conflict_resolutions",)
