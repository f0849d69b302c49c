"""Venue partners, their revenue-share agreements, and the statements issued to them.

Partners and agreements are the host's configuration, edited freely (an issued statement
keeps the terms it used in its own inputs). An issued statement is a fact: an immutable row
(triggers from migration 0008) holding its number, partner, period, the exact PDF bytes
handed over, and the inputs that render it again byte for byte; a correction is a new
statement whose ``corrects_id`` names the one it corrects.

``agreements.event_id`` names a plan event without a foreign key: the planner may delete
an event, and an agreement whose event is gone then covers nothing (it says so).
Days are the host's local calendar days; times are naive UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from popuppos.store.models import Base, utcnow


class VenuePartner(Base):
    __tablename__ = "partners"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")  # lines separated by "\n"
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class VenueAgreement(Base):
    """A revenue-share deal (see core.revenue_share for what each term means)."""

    __tablename__ = "agreements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    label: Mapped[str] = mapped_column(String(120))
    basis: Mapped[str] = mapped_column(String(8))  # gross, net
    rate_bp: Mapped[int] = mapped_column(Integer)
    scope: Mapped[str] = mapped_column(String(10))  # all, category, event
    category_id: Mapped[str | None] = mapped_column(ForeignKey("categories.id"), default=None)
    event_id: Mapped[str | None] = mapped_column(String(36), default=None)  # a plan event
    fee_per_event: Mapped[int] = mapped_column(Integer, default=0)
    minimum_guarantee: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    starts_on: Mapped[date]
    ends_on: Mapped[date]  # included
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class IssuedStatement(Base):
    """A statement handed to a partner: a fact, never edited."""

    __tablename__ = "statements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    number: Mapped[str] = mapped_column(String(20), unique=True)  # ST-2026-0001
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id"), index=True)
    period_start: Mapped[date]
    period_end: Mapped[date]
    currency: Mapped[str] = mapped_column(String(3))
    amount_owed: Mapped[int] = mapped_column(Integer)  # > 0: the shop owes the partner
    corrects_id: Mapped[str | None] = mapped_column(
        ForeignKey("statements.id"), unique=True, default=None
    )
    page_size: Mapped[str] = mapped_column(String(8))  # A4, Letter: the PDF stored
    inputs: Mapped[str] = mapped_column(Text)  # canonical JSON the PDF and CSV render from
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    __table_args__ = (UniqueConstraint("year", "sequence"),)


PARTNER_FACT_TABLES: tuple[str, ...] = ("statements",)
