"""The database's tables as typed SQLAlchemy 2.0 models.

Two kinds of table live here:

* the catalogue and working state (products, variants, members, settings, parked
  carts), which the host edits;
* business facts (sales, refunds, voids, shifts, stock movements, the audit log), which
  are immutable rows with a UUIDv7 id and the device id. Triggers created by the first
  migration refuse UPDATE and DELETE on them: a correction is a new fact.

Money columns are integer minor units; rates are basis points.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    """Now, as the naive UTC datetime every timestamp column stores."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


# -- settings and catalogue ---------------------------------------------------------------
class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Product(Base):
    __tablename__ = "products"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    category_id: Mapped[str | None] = mapped_column(ForeignKey("categories.id"))
    story_hook: Mapped[str] = mapped_column(Text, default="")
    why_now: Mapped[str] = mapped_column(Text, default="")
    image: Mapped[str | None] = mapped_column(Text)
    tax_rate_bp: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Sellable only with a member attached (a pass holder) ...
    members_only: Mapped[bool] = mapped_column(default=False, server_default="0")
    # ... or, before this time, only to members whose tier gives early access.
    available_from: Mapped[datetime | None] = mapped_column(default=None)


class Variant(Base):
    __tablename__ = "variants"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    price: Mapped[int] = mapped_column(Integer)
    # Kept equal to the sum of this variant's stock movements by a trigger.
    stock: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # False for what has no stock to count (a pass, a session seat sold as a line).
    track_stock: Mapped[bool] = mapped_column(default=True, server_default="1")


class Member(Base):
    __tablename__ = "members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(120), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ParkedSale(Base):
    """A cart set aside to serve the next customer; working state, not a fact."""

    __tablename__ = "parked_sales"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    label: Mapped[str] = mapped_column(String(120), default="")
    cart_json: Mapped[str] = mapped_column(Text)
    item_count: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    resumed_at: Mapped[datetime | None] = mapped_column(default=None)


# -- business facts -------------------------------------------------------------------------
class Shift(Base):
    __tablename__ = "shifts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    number: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_by: Mapped[str] = mapped_column(String(80))
    opening_float: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    __table_args__ = (UniqueConstraint("device_id", "number"),)


class ShiftClose(Base):
    __tablename__ = "shift_closes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), unique=True)
    closed_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_by: Mapped[str] = mapped_column(String(80))
    expected_cash: Mapped[int] = mapped_column(Integer)
    counted_cash: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class Sale(Base):
    __tablename__ = "sales"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    number: Mapped[int] = mapped_column(Integer)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    cashier: Mapped[str] = mapped_column(String(80))
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    currency: Mapped[str] = mapped_column(String(3))
    tax_inclusive: Mapped[bool]
    subtotal: Mapped[int] = mapped_column(Integer)
    discount_total: Mapped[int] = mapped_column(Integer)
    tax_total: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    tip: Mapped[int] = mapped_column(Integer, default=0)
    cart_discount_kind: Mapped[str | None] = mapped_column(String(8))
    cart_discount_value: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        UniqueConstraint("device_id", "number"),
        # A member's sales in time order (the repeat purchase window; migration 0009).
        Index("ix_sales_member_created_at", "member_id", "created_at"),
    )


class SaleLine(Base):
    __tablename__ = "sale_lines"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    variant_id: Mapped[str] = mapped_column(ForeignKey("variants.id"), index=True)
    product_name: Mapped[str] = mapped_column(String(120))
    variant_name: Mapped[str] = mapped_column(String(80))
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    line_discount: Mapped[int] = mapped_column(Integer)
    cart_discount: Mapped[int] = mapped_column(Integer)
    tax_rate_bp: Mapped[int] = mapped_column(Integer)
    net: Mapped[int] = mapped_column(Integer)
    tax: Mapped[int] = mapped_column(Integer)
    gross: Mapped[int] = mapped_column(Integer)
    # The micro-drop this line sold (its parts' stock moved); no foreign key, so adding
    # the column (migration 0003) kept the table and its fact triggers in place.
    drop_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)


class SaleTender(Base):
    __tablename__ = "sale_tenders"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(Integer)  # what it paid of the sale (incl. tip)
    tendered: Mapped[int | None] = mapped_column(Integer)
    change: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str | None] = mapped_column(String(80))


class Refund(Base):
    __tablename__ = "refunds"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    cashier: Mapped[str] = mapped_column(String(80))
    approved_by: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)
    amount: Mapped[int] = mapped_column(Integer)  # everything returned, tip included
    tax: Mapped[int] = mapped_column(Integer)
    tip: Mapped[int] = mapped_column(Integer, default=0)


class RefundLine(Base):
    __tablename__ = "refund_lines"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    refund_id: Mapped[str] = mapped_column(ForeignKey("refunds.id"), index=True)
    sale_line_id: Mapped[str] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    tax: Mapped[int] = mapped_column(Integer)
    restock: Mapped[bool] = mapped_column(default=True)


class RefundTender(Base):
    __tablename__ = "refund_tenders"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    refund_id: Mapped[str] = mapped_column(ForeignKey("refunds.id"), index=True)
    sale_tender_id: Mapped[str] = mapped_column(ForeignKey("sale_tenders.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(Integer)


class SaleVoid(Base):
    """A paid sale cancelled whole (same shift, manager-approved): everything goes back."""

    __tablename__ = "sale_voids"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), unique=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    cashier: Mapped[str] = mapped_column(String(80))
    approved_by: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)


class LineVoid(Base):
    """A line taken off a cart before payment: recorded, so shrinkage can be seen."""

    __tablename__ = "line_voids"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    shift_id: Mapped[str | None] = mapped_column(ForeignKey("shifts.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    cashier: Mapped[str] = mapped_column(String(80))
    variant_id: Mapped[str] = mapped_column(ForeignKey("variants.id"))
    product_name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")


class StockMovement(Base):
    __tablename__ = "stock_movements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    variant_id: Mapped[str] = mapped_column(ForeignKey("variants.id"), index=True)
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(16))  # sale, refund, void, count, import
    ref_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(80))
    approved_by: Mapped[str | None] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[str] = mapped_column(Text, default="{}")


class OutboxEvent(Base):
    """A sync event, appended in the same transaction as the fact it reports."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    device_id: Mapped[str] = mapped_column(String(36))
    event_type: Mapped[str] = mapped_column(String(40))
    aggregate_id: Mapped[str] = mapped_column(String(36))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    pushed_at: Mapped[datetime | None] = mapped_column(default=None)
    # Set when the hub refused the event (migration 0004): it is set aside, never retried.
    rejected_at: Mapped[datetime | None] = mapped_column(default=None)
    rejected_reason: Mapped[str | None] = mapped_column(Text, default=None)
    __table_args__ = (Index("ix_outbox_unpushed", "pushed_at", "seq"),)


#: Tables whose rows are facts: never updated, never deleted.
IMMUTABLE_TABLES: tuple[str, ...] = (
    "shifts",
    "shift_closes",
    "sales",
    "sale_lines",
    "sale_tenders",
    "refunds",
    "refund_lines",
    "refund_tenders",
    "sale_voids",
    "line_voids",
    "stock_movements",
    "audit_log",
)
