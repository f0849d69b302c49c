"""Revenue-share agreements with venue partners: saving, editing, removing, listing.

What the terms mean and which agreement applies to a sale is ``core.revenue_share``; this
module checks a request against those rules and the data:

* an agreement needs a partner, a share from 0 to 100 %, no negative fee or guarantee, a
  period that does not end before it starts, its category or event, and it must give the
  partner something;
* two agreements with the same scope and target (all sales; the same category; the same
  event) may not be in force on the same day, whoever they are with: which one would take
  the sale would be a coin toss. Different scopes may overlap: the more specific wins.

Each write appends its sync event (``venue_agreement.saved``, ``venue_agreement.removed``)
in the same transaction. Every refusal is a ``ServiceError`` with a sentence for the host.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.money import format_money
from popuppos.core.revenue_share import (
    Agreement,
    Basis,
    Period,
    Scope,
    agreement_problems,
    clashes,
    format_percent,
)
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.planner import kind_label, local_day
from popuppos.services.shop import load_settings
from popuppos.store.db import Database
from popuppos.store.drop_models import PlanEvent
from popuppos.store.models import Category, utcnow
from popuppos.store.partner_models import VenueAgreement, VenuePartner

MAX_LABEL = 120


def _tidy(text: str) -> str:
    return " ".join(text.split())


# -- agreements -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AgreementSpec:
    """An agreement as the host edits it; ``id`` None creates one. Amounts in minor units
    of the shop's currency; ``rate_bp`` in basis points (12.5 % = 1250)."""

    partner_id: str
    label: str
    basis: str  # Basis value
    rate_bp: int
    scope: str  # Scope value
    starts_on: date
    ends_on: date
    category_id: str | None = None
    event_id: str | None = None
    fee_per_event: int = 0
    minimum_guarantee: int = 0
    id: str | None = None


@dataclass(frozen=True, slots=True)
class AgreementInfo:
    id: str
    partner_id: str
    partner_name: str
    label: str
    basis: Basis
    rate_bp: int
    scope: Scope
    category_id: str | None
    category_name: str
    event_id: str | None
    event_title: str  # "" when the plan no longer has the event
    event_day: date | None
    fee_per_event: int
    minimum_guarantee: int
    currency: str
    starts_on: date
    ends_on: date

    @property
    def terms(self) -> Agreement:
        return Agreement(
            self.id, self.partner_id, self.label, self.basis, self.rate_bp, self.scope,
            Period(self.starts_on, self.ends_on), self.category_id, self.event_id,
            self.fee_per_event, self.minimum_guarantee,
        )  # fmt: skip

    def spec(self) -> AgreementSpec:
        return AgreementSpec(
            self.partner_id, self.label, self.basis.value, self.rate_bp, self.scope.value,
            self.starts_on, self.ends_on, self.category_id, self.event_id, self.fee_per_event,
            self.minimum_guarantee, self.id,
        )  # fmt: skip

    def scope_words(self) -> str:
        if self.scope is Scope.CATEGORY:
            name = self.category_name or translate(
                "services/venue_agreements", "a removed category"
            )
            return translate("services/venue_agreements", "in {category}").format(category=name)
        if self.scope is Scope.EVENT:
            if not self.event_title:
                return translate(
                    "services/venue_agreements",
                    "at an event no longer in the plan (covers nothing)",
                )
            if not self.event_day:
                return ""
            return translate("services/venue_agreements", "at {event} ({day})").format(
                event=self.event_title, day=_day(self.event_day)
            )
        return translate("services/venue_agreements", "on all sales")

    def words(self, locale: str = "en_IE") -> str:
        """The deal in one line: "12.5 % of net sales in Prints, 1 Mar 2026 – 31 Mar 2026;
        €50.00 per event; minimum guarantee €200.00"."""

        def money(minor: int) -> str:
            return format_money(minor, self.currency, locale)

        text = f"{format_percent(self.rate_bp)} {self.basis.label} {self.scope_words()}, "
        text += f"{_day(self.starts_on)} – {_day(self.ends_on)}"
        if self.fee_per_event:
            text += translate("services/venue_agreements", "; {fee} per event").format(
                fee=money(self.fee_per_event)
            )
        if self.minimum_guarantee:
            text += translate(
                "services/venue_agreements", "; minimum guarantee {amount} for the period"
            ).format(amount=money(self.minimum_guarantee))
        return text


def _day(day: date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def _agreement_rows(conn: Connection, partner_id: str | None = None) -> list[AgreementInfo]:
    stmt = (
        select(
            *VenueAgreement.__table__.columns,
            VenuePartner.name.label("partner_name"),
            Category.name.label("category_name"),
            PlanEvent.title.label("event_title"),
            PlanEvent.starts_at.label("event_starts"),
        )
        .join(VenuePartner, VenuePartner.id == VenueAgreement.partner_id)
        .outerjoin(Category, Category.id == VenueAgreement.category_id)
        .outerjoin(PlanEvent, PlanEvent.id == VenueAgreement.event_id)
        .order_by(VenueAgreement.starts_on, VenueAgreement.label, VenueAgreement.id)
    )
    if partner_id is not None:
        stmt = stmt.where(VenueAgreement.partner_id == partner_id)
    out = []
    for a in conn.execute(stmt):
        event_day = local_day(a.event_starts) if a.event_starts is not None else None
        out.append(
            AgreementInfo(
                a.id,
                a.partner_id,
                a.partner_name,
                a.label,
                Basis(a.basis),
                a.rate_bp,
                Scope(a.scope),
                a.category_id,
                a.category_name or "",
                a.event_id,
                a.event_title or "",
                event_day,
                a.fee_per_event,
                a.minimum_guarantee,
                a.currency,
                a.starts_on,
                a.ends_on,
            )
        )
    return out


def load_agreements(conn: Connection, partner_id: str | None = None) -> list[AgreementInfo]:
    """Agreements (of one partner, or all), by start day."""
    return _agreement_rows(conn, partner_id)


def list_agreements(db: Database, partner_id: str | None = None) -> list[AgreementInfo]:
    with db.read() as conn:
        return load_agreements(conn, partner_id)


def _check_agreement(conn: Connection, spec: AgreementSpec) -> dict[str, Any]:
    partner = conn.scalar(select(VenuePartner.name).where(VenuePartner.id == spec.partner_id))
    if partner is None:
        raise ServiceError(
            translate("services/venue_agreements", "choose the partner this agreement is with")
        )
    try:
        basis, scope = Basis(spec.basis), Scope(spec.scope)
    except ValueError:
        raise ServiceError(
            translate(
                "services/venue_agreements", "an agreement is a share of gross or of net sales"
            )
        ) from None
    label = _tidy(spec.label)[:MAX_LABEL]
    category_id = spec.category_id if scope is Scope.CATEGORY else None
    event_id = spec.event_id if scope is Scope.EVENT else None
    terms = Agreement(
        spec.id or "", spec.partner_id, label, basis, spec.rate_bp, scope,
        Period(spec.starts_on, spec.ends_on), category_id, event_id, spec.fee_per_event,
        spec.minimum_guarantee,
    )  # fmt: skip
    problems = agreement_problems(terms)
    if problems:
        raise ServiceError("; ".join(problems))
    cat_name = None
    if category_id is not None:
        cat_name = conn.scalar(select(Category.name).where(Category.id == category_id))
        if cat_name is None:
            raise ServiceError(
                translate(
                    "services/venue_agreements", "that category is no longer in the catalogue"
                )
            )
    event_title = None
    if event_id is not None:
        event_title = conn.scalar(select(PlanEvent.title).where(PlanEvent.id == event_id))
        if event_title is None:
            raise ServiceError(
                translate("services/venue_agreements", "that event is no longer in the plan")
            )
    others = _agreement_rows(conn)
    clash = clashes(terms, [o.terms for o in others])
    if clash:
        other = next(o for o in others if o.id == clash[0].id)
        raise ServiceError(
            translate(
                "services/venue_agreements",
                "{partner}'s agreement “{label}” already takes a share {scope} from "
                "{start} to {end}; two agreements of the same scope cannot be in force on "
                "the same day (end that one first, or choose other dates)",
            ).format(
                partner=other.partner_name,
                label=other.label,
                scope=other.scope_words(),
                start=_day(other.starts_on),
                end=_day(other.ends_on),
            )
        )
    if not label:
        label = _default_label(scope, cat_name, event_title)
    return {
        "partner_id": spec.partner_id,
        "label": label,
        "basis": basis.value,
        "rate_bp": spec.rate_bp,
        "scope": scope.value,
        "category_id": category_id,
        "event_id": event_id,
        "fee_per_event": spec.fee_per_event,
        "minimum_guarantee": spec.minimum_guarantee,
        "currency": load_settings(conn).currency,
        "starts_on": spec.starts_on,
        "ends_on": spec.ends_on,
    }


def _default_label(scope: Scope, category: str | None, event: str | None) -> str:
    if scope is Scope.CATEGORY:
        return f"{category} sales"
    if scope is Scope.EVENT:
        return f"{event}"
    return "All sales"


def save_row(
    conn: Connection,
    table: type[VenuePartner] | type[VenueAgreement],
    row_id: str | None,
    values: dict[str, Any],
    now: datetime,
    gone: str,
) -> str:
    """Insert a new partner or agreement row (``row_id`` None) or update the one with
    ``row_id``; its id. ``gone`` is the host's sentence when that row no longer exists."""
    if row_id is None:
        row_id = new_id()
        conn.execute(insert(table), {**values, "id": row_id, "created_at": now, "updated_at": now})
        return row_id
    done = conn.execute(update(table).where(table.id == row_id).values(**values, updated_at=now))
    if done.rowcount == 0:
        raise ServiceError(gone)
    return row_id


def save_agreement(db: Database, spec: AgreementSpec) -> str:
    """Create or edit an agreement; returns its id. Issued statements keep their terms."""
    with db.write() as conn:
        values = _check_agreement(conn, spec)
        now = utcnow()
        gone = translate("services/venue_agreements", "that agreement is no longer in the shop")
        agreement_id = save_row(conn, VenueAgreement, spec.id, values, now, gone)
        append_event(
            conn, db.device_id, "venue_agreement.saved", agreement_id,
            {"agreement_id": agreement_id, **_json_ready(values), "at": now.isoformat()},
        )  # fmt: skip
        return agreement_id


def remove_agreement(db: Database, agreement_id: str) -> None:
    """Delete an agreement (statements already issued keep the terms they used)."""
    with db.write() as conn:
        done = conn.execute(delete(VenueAgreement).where(VenueAgreement.id == agreement_id))
        if done.rowcount == 0:
            raise ServiceError(
                translate("services/venue_agreements", "that agreement is no longer in the shop")
            )
        append_event(
            conn, db.device_id, "venue_agreement.removed", agreement_id,
            {"agreement_id": agreement_id, "at": utcnow().isoformat()},
        )  # fmt: skip


def _json_ready(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in values.items()}


# -- what the editor offers -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CategoryChoice:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class EventChoice:
    id: str
    title: str
    kind: str  # "Pop-up day"...
    day: date  # local start day
    ends_day: date
    venue: str

    @property
    def text(self) -> str:
        where = f" · {self.venue}" if self.venue else ""
        return f"{self.title} · {_day(self.day)}{where}"


def category_choices(db: Database) -> list[CategoryChoice]:
    with db.read() as conn:
        rows = conn.execute(
            select(Category.id, Category.name).order_by(Category.position, Category.name)
        )
        return [CategoryChoice(r.id, r.name) for r in rows]


def event_choices(db: Database) -> list[EventChoice]:
    """Every plan event, newest first (an agreement may be for a past or a coming event)."""
    with db.read() as conn:
        rows = conn.execute(
            select(
                PlanEvent.id,
                PlanEvent.title,
                PlanEvent.kind,
                PlanEvent.starts_at,
                PlanEvent.ends_at,
                PlanEvent.venue,
            ).order_by(PlanEvent.starts_at.desc(), PlanEvent.title)
        )
        return [
            EventChoice(
                r.id,
                r.title,
                kind_label(r.kind),
                local_day(r.starts_at),
                local_day(r.ends_at),
                r.venue,
            )
            for r in rows
        ]
