"""Micro-drops, the 12-week planner and live sessions.

A drop and its parts are the host's configuration (editable until it sells); which sale
line sold a drop is ``sale_lines.drop_id`` (a fact, like the line). Waitlist sign-ups are
facts (immutable rows; triggers from migration 0003). Plan events are the host's plan,
edited freely. A live session is started once and ended once.

Times are naive UTC.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from popuppos.store.models import Base, utcnow


class Drop(Base):
    __tablename__ = "drops"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(120))
    price: Mapped[int] = mapped_column(Integer)  # per drop unit (a bundle: the bundle)
    tax_rate_bp: Mapped[int] = mapped_column(Integer)
    edition_size: Mapped[int] = mapped_column(Integer)  # the unit cap
    public_start: Mapped[datetime] = mapped_column(index=True)
    public_end: Mapped[datetime]
    members_first_minutes: Mapped[int] = mapped_column(Integer, default=0)
    member_tier_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON; [] = all tiers
    per_customer_limit: Mapped[int | None] = mapped_column(Integer, default=None)
    low_stock_threshold: Mapped[int] = mapped_column(Integer, default=0)
    story_hook: Mapped[str] = mapped_column(Text, default="")  # at most 30 words
    terms: Mapped[str] = mapped_column(Text, default="")  # what a buyer gets, in words
    image: Mapped[str | None] = mapped_column(Text, default=None)  # else the first part's
    ended_at: Mapped[datetime | None] = mapped_column(default=None)  # ended early by host
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class DropItem(Base):
    """A part of a drop: ``quantity`` of a variant in every drop unit sold."""

    __tablename__ = "drop_items"
    drop_id: Mapped[str] = mapped_column(ForeignKey("drops.id"), primary_key=True)
    variant_id: Mapped[str] = mapped_column(ForeignKey("variants.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)


class DropWaitlistEntry(Base):
    """Someone who asked to hear about a sold-out drop, with their consent."""

    __tablename__ = "drop_waitlist"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    drop_id: Mapped[str] = mapped_column(ForeignKey("drops.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    consent_text: Mapped[str] = mapped_column(Text)  # the words they agreed to
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PlanEvent(Base):
    """One item of the host's plan: a free micro-event, a live drop, a pop-up day..."""

    __tablename__ = "plan_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # see services.planner.EventKind
    title: Mapped[str] = mapped_column(String(120))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    venue: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    drop_id: Mapped[str | None] = mapped_column(ForeignKey("drops.id"), default=None)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("member_sessions.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class LiveSession(Base):
    """A "go live" moment (a stream, a workshop, a Q&A) this device sold through."""

    __tablename__ = "live_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(24))  # stream, workshop, qa, other
    plan_event_id: Mapped[str | None] = mapped_column(ForeignKey("plan_events.id"), default=None)
    started_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(default=None)


class DropAllocation(Base):
    """This device's share of a drop, as the hub last set it (migration 0005).

    ``units`` is how many units this device may sell in all (its net sales count against
    it); a device left out of the hub's split has 0. No row: the drop has no split, and
    the edition size is the limit (a single stall, or one not paired with a hub).
    """

    __tablename__ = "drop_allocations"
    drop_id: Mapped[str] = mapped_column(ForeignKey("drops.id"), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))  # this device
    units: Mapped[int] = mapped_column(Integer)
    edition_size: Mapped[int] = mapped_column(Integer)  # the split's edition size
    event_id: Mapped[str] = mapped_column(String(36))  # the hub's drop.allocated event
    set_at: Mapped[datetime] = mapped_column(default=utcnow)


class DropOverride(Base):
    """A sale a manager approved beyond this device's allocation (a fact; the hub flags it
    as an oversell for the host to resolve)."""

    __tablename__ = "drop_overrides"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    drop_id: Mapped[str] = mapped_column(String(36), index=True)
    sale_id: Mapped[str] = mapped_column(String(36))
    units_over: Mapped[int] = mapped_column(Integer)
    allocated: Mapped[int] = mapped_column(Integer)
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


DROP_FACT_TABLES: tuple[str, ...] = ("drop_waitlist", "drop_overrides")
