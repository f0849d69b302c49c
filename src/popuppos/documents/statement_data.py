"""What a venue statement shows, as frozen values, and their canonical JSON.

The services compute every figure (integer minor units of ``shop.currency``; rates in basis
points); the PDF and CSV renderers only lay them out (and add integer column totals). An
issued statement stores :func:`to_json` of its data: :func:`from_json` gives the same data
back, so the same renderer gives the same bytes.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from popuppos.core.i18n import translate
from popuppos.documents.data import ShopHeader

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PartnerHeader:
    """Who the statement is for."""

    name: str
    contact_name: str
    email: str
    phone: str
    address_lines: tuple[str, ...]
    tax_id: str


@dataclass(frozen=True, slots=True)
class AgreementRow:
    """One agreement's figures on the statement; ``code`` ("A1") keys the detail lines."""

    code: str
    label: str
    terms: str  # the deal in words
    lines: int  # sold lines it covers on this statement
    gross: int
    tax: int
    refunds: int
    refund_tax: int
    base: int
    rate_bp: int
    share: int
    events: tuple[str, ...]  # the events its fee counts, in words ("7 Mar · Spring fair")
    fee_per_event: int
    fees: int
    guarantee: int  # the part of the minimum guarantee for this period
    top_up: int
    owed: int


@dataclass(frozen=True, slots=True)
class DetailLine:
    """A sold line (positive amounts) or a refund line (negative amounts)."""

    kind: str  # "sale" or "refund"
    at: datetime  # aware, the shop's local time
    reference: str  # "Sale 12" / "Refund, sale 12"
    item: str  # "Sunrise print · A3 × 2"
    category: str
    agreement: str  # the AgreementRow code
    gross: int
    tax: int
    base: int  # what the line adds to its agreement's base


@dataclass(frozen=True, slots=True)
class SummaryRow:
    day: date
    category: str
    sales: int  # sold lines
    gross: int
    refunds: int
    base: int


@dataclass(frozen=True, slots=True)
class StatementData:
    number: str  # "ST-2026-0001"; "Preview" before it is issued
    issued_at: datetime  # aware, the shop's local time
    issued_by: str
    shop: ShopHeader
    partner: PartnerHeader
    period_start: date
    period_end: date  # included
    agreements: tuple[AgreementRow, ...]
    lines: tuple[DetailLine, ...]  # in time order, sales and refunds together
    summary: tuple[SummaryRow, ...]  # by day and category
    gross: int
    refunds: int
    base: int
    share: int
    fees: int
    top_up: int
    owed: int  # > 0: the shop owes the partner; < 0: the partner owes the shop
    corrects: str | None = None  # the number of the statement this one corrects
    corrects_owed: int | None = None  # what that one said was owed
    preview: bool = False

    @property
    def sale_count(self) -> int:
        return sum(1 for ln in self.lines if ln.kind == "sale")

    @property
    def refund_count(self) -> int:
        return sum(1 for ln in self.lines if ln.kind == "refund")


def owed_sentence(data: StatementData, money: typing.Callable[[int], str]) -> str:
    """Who owes whom: "Sunrise Studio owes Kiln & Co €12.50." (or the other way, or nothing)."""
    if data.owed > 0:
        return translate("documents/statement_data", "{debtor} owes {creditor} {amount}.").format(
            debtor=data.shop.name, creditor=data.partner.name, amount=money(data.owed)
        )
    if data.owed < 0:
        return translate("documents/statement_data", "{debtor} owes {creditor} {amount}.").format(
            debtor=data.partner.name, creditor=data.shop.name, amount=money(-data.owed)
        )
    return translate("documents/statement_data", "Nothing is owed either way for this period.")


# -- canonical JSON --------------------------------------------------------------------------------
def to_json(data: StatementData) -> str:
    """The data as canonical JSON (sorted keys, no spaces): equal data, equal text."""
    return json.dumps(_plain(data), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def from_json(text: str) -> StatementData:
    return _build(StatementData, json.loads(text))


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        raise TypeError("a statement holds no decimal numbers")
    return value


def _build(cls: type[T], raw: dict[str, Any]) -> T:
    hints = typing.get_type_hints(cls)
    assert is_dataclass(cls)
    return cls(**{f.name: _value(hints[f.name], raw[f.name]) for f in fields(cls)})


def _value(kind: Any, raw: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        if raw is None:
            return None
        (inner,) = [k for k in typing.get_args(kind) if k is not type(None)]
        return _value(inner, raw)
    if origin is tuple:
        inner = typing.get_args(kind)[0]
        return tuple(_value(inner, v) for v in raw)
    if kind is datetime:
        return datetime.fromisoformat(raw)
    if kind is date:
        return date.fromisoformat(raw)
    if isinstance(kind, type) and is_dataclass(kind):
        return _build(kind, raw)
    return raw
