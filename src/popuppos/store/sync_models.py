"""The sync engine's own tables: where this device syncs, and which changes it applied.

``sync_state`` is one row (id 1) once the device is paired. The device token is never
here: it lives in the OS keyring or in a 0600 file beside the database
(``token_store`` says which). ``sync_applied`` logs every change pulled from the hub by
its event id, so applying a page again (a crash between apply and cursor) is a no-op.
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
    token_store: Mapped[str] = mapped_column(String(16))  # "keyring" or "file"
    cursor: Mapped[str] = mapped_column(String(64), default="")
    paired_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_push_at: Mapped[datetime | None] = mapped_column(default=None)
    last_pull_at: Mapped[datetime | None] = mapped_column(default=None)
    last_success_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    stopped_reason: Mapped[str | None] = mapped_column(Text, default=None)


class SyncApplied(Base):
    """A change from another device (or the hub) that this device has taken in."""

    __tablename__ = "sync_applied"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hub_seq: Mapped[int] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(String(40))
    origin_device_id: Mapped[str] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String(8))  # applied, skipped, failed
    detail: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
