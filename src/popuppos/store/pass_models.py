"""Member passes and the member calendar: tiers, signing keys, passes, sessions, check-ins.

Issued passes, revocations, bookings, booking cancellations and check-ins are facts
(immutable rows; triggers from migration 0002). Tiers, sessions and signing keys are the
shop's configuration, edited by the host.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from popuppos.store.models import Base, utcnow


class PassTier(Base):
    __tablename__ = "pass_tiers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)  # A-Z0-9, goes in the QR
    variant_id: Mapped[str | None] = mapped_column(ForeignKey("variants.id"))  # what is sold
    validity_days: Mapped[int] = mapped_column(Integer)
    discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    discount_categories: Mapped[str] = mapped_column(Text, default="[]")  # JSON names; [] = all
    early_access_minutes: Mapped[int] = mapped_column(Integer, default=0)
    included_sessions: Mapped[int] = mapped_column(Integer, default=0)
    one_to_one_minutes: Mapped[int] = mapped_column(Integer, default=0)
    transferable: Mapped[bool] = mapped_column(default=False)
    refund_terms: Mapped[str] = mapped_column(Text, default="")
    transfer_terms: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class SigningKey(Base):
    """A device's pass-signing key. The private half is kept only on its own device."""

    __tablename__ = "signing_keys"
    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    public_key: Mapped[str] = mapped_column(Text)  # hex
    private_key: Mapped[str | None] = mapped_column(Text)  # hex, this device's key only
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class MemberPass(Base):
    __tablename__ = "passes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    tier_id: Mapped[str] = mapped_column(ForeignKey("pass_tiers.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    valid_from: Mapped[date]  # calendar days, as the signed token carries them
    valid_until: Mapped[date]  # inclusive
    key_id: Mapped[str] = mapped_column(String(32))
    token: Mapped[str] = mapped_column(Text)
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"), index=True)
    sale_line_id: Mapped[str | None] = mapped_column(ForeignKey("sale_lines.id"))
    replaces_pass_id: Mapped[str | None] = mapped_column(ForeignKey("passes.id"))


class PassRevocation(Base):
    __tablename__ = "pass_revocations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    pass_id: Mapped[str] = mapped_column(ForeignKey("passes.id"), unique=True)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(16))  # transferred, refunded, manual
    actor: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text, default="")


class MemberSession(Base):
    """A session on the member calendar (a class, a circle, a 1:1 slot...)."""

    __tablename__ = "member_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    venue: Mapped[str] = mapped_column(String(120), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    tier_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON; [] = every tier
    priority_tier_ids: Mapped[str] = mapped_column(Text, default="[]")  # may book early
    opens_to_all_at: Mapped[datetime | None] = mapped_column(default=None)
    minutes_cost: Mapped[int] = mapped_column(Integer, default=0)  # 1:1 minutes debited
    cancelled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Booking(Base):
    __tablename__ = "bookings"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("member_sessions.id"), index=True)
    pass_id: Mapped[str] = mapped_column(ForeignKey("passes.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    waitlisted: Mapped[bool] = mapped_column(default=False)


class BookingCancellation(Base):
    __tablename__ = "booking_cancellations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"), unique=True)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")


class CheckIn(Base):
    """A pass scanned in at a session. Two devices offline may both record one for the
    same pass and session; the later is flagged as a duplicate, never merged away.

    ``pass_id`` is the signed pass's id, with no foreign key: a stall that was offline all
    day checks in passes issued elsewhere on the strength of the signature alone, before
    their rows (and their holder) have synced here; ``member_id`` is set when known.
    """

    __tablename__ = "check_ins"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("member_sessions.id"))
    pass_id: Mapped[str] = mapped_column(String(36))
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_name: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    minutes_debited: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        Index("ix_check_ins_pass_session", "pass_id", "session_id"),
        Index("ix_check_ins_session_member", "session_id", "member_id"),
    )


PASS_FACT_TABLES: tuple[str, ...] = (
    "passes",
    "pass_revocations",
    "bookings",
    "booking_cancellations",
    "check_ins",
)
