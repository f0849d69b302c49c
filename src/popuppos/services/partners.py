"""Venue partners and their revenue-share agreements: the host's configuration.

One function per host action, one transaction each, and a sync event with it
(``venue_partner.saved`` here; ``venue_agreement.saved`` and ``venue_agreement.removed`` in
``services.venue_agreements``, whose names this module re-exports) so the hub keeps the
shop's deals. A partner needs a name, unique among partners (letter case aside); an email,
when given, must look like one. Every refusal is a ``ServiceError`` with a sentence for the
host; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from popuppos.core.i18n import translate
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event

# The agreements live in their own module; importing them from here keeps one door.
from popuppos.services.venue_agreements import (
    AgreementInfo,
    AgreementSpec,
    CategoryChoice,
    EventChoice,
    category_choices,
    event_choices,
    list_agreements,
    load_agreements,
    remove_agreement,
    save_agreement,
    save_row,
)
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.store.partner_models import VenueAgreement, VenuePartner

MAX_NAME = 120
MAX_TAX_ID = 40


# -- partners ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PartnerSpec:
    """A partner as the host edits it; ``id`` None creates one."""

    name: str
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    address_lines: tuple[str, ...] = ()
    tax_id: str = ""
    note: str = ""
    active: bool = True
    id: str | None = None


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    id: str
    name: str
    contact_name: str
    email: str
    phone: str
    address_lines: tuple[str, ...]
    tax_id: str
    note: str
    active: bool
    agreements: int

    def spec(self) -> PartnerSpec:
        return PartnerSpec(
            self.name, self.contact_name, self.email, self.phone, self.address_lines,
            self.tax_id, self.note, self.active, self.id,
        )  # fmt: skip


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _partner_info(row: Any, agreements: int) -> PartnerInfo:
    lines = tuple(x for x in row.address.split("\n") if x)
    return PartnerInfo(
        row.id, row.name, row.contact_name, row.email, row.phone, lines, row.tax_id,
        row.note, row.active, agreements,
    )  # fmt: skip


def list_partners(db: Database) -> list[PartnerInfo]:
    """Every partner, active ones first, by name, with how many agreements each has."""
    counts = (
        select(VenueAgreement.partner_id, func.count().label("n"))
        .group_by(VenueAgreement.partner_id)
        .subquery()
    )
    stmt = (
        select(*VenuePartner.__table__.columns, func.coalesce(counts.c.n, 0).label("n"))
        .outerjoin(counts, counts.c.partner_id == VenuePartner.id)
        .order_by(VenuePartner.active.desc(), func.lower(VenuePartner.name))
    )
    with db.read() as conn:
        return [_partner_info(r, int(r.n)) for r in conn.execute(stmt)]


def load_partner(conn: Connection, partner_id: str) -> PartnerInfo:
    row = conn.execute(
        select(*VenuePartner.__table__.columns).where(VenuePartner.id == partner_id)
    ).first()
    if row is None:
        raise ServiceError(translate("services/partners", "that partner is no longer in the shop"))
    n = conn.scalar(select(func.count()).where(VenueAgreement.partner_id == partner_id)) or 0
    return _partner_info(row, int(n))


def get_partner(db: Database, partner_id: str) -> PartnerInfo:
    with db.read() as conn:
        return load_partner(conn, partner_id)


def _check_partner(conn: Connection, spec: PartnerSpec) -> dict[str, Any]:
    name = _tidy(spec.name)
    if not name:
        raise ServiceError(translate("services/partners", "give the partner a name"))
    if len(name) > MAX_NAME:
        raise ServiceError(
            translate(
                "services/partners", "a partner's name is at most {max_name} characters"
            ).format(max_name=MAX_NAME)
        )
    email = spec.email.strip()
    if email and ("@" not in email or " " in email or email.startswith("@")):
        raise ServiceError(
            translate("services/partners", "{email!r} is not an email address").format(email=email)
        )
    tax_id = _tidy(spec.tax_id)
    if len(tax_id) > MAX_TAX_ID:
        raise ServiceError(
            translate("services/partners", "a tax id is at most {max_tax_id} characters").format(
                max_tax_id=MAX_TAX_ID
            )
        )
    same = conn.scalar(
        select(VenuePartner.id).where(
            func.lower(VenuePartner.name) == name.lower(), VenuePartner.id != (spec.id or "")
        )
    )
    if same is not None:
        raise ServiceError(
            translate("services/partners", "there is already a partner called {name}").format(
                name=name
            )
        )
    return {
        "name": name,
        "contact_name": _tidy(spec.contact_name)[:MAX_NAME],
        "email": email[:200],
        "phone": _tidy(spec.phone)[:40],
        "address": "\n".join(_tidy(x) for x in spec.address_lines if x.strip()),
        "tax_id": tax_id,
        "note": spec.note.strip(),
        "active": spec.active,
    }


def save_partner(db: Database, spec: PartnerSpec) -> str:
    """Create or edit a partner; returns its id."""
    with db.write() as conn:
        values = _check_partner(conn, spec)
        now = utcnow()
        gone = translate("services/partners", "that partner is no longer in the shop")
        partner_id = save_row(conn, VenuePartner, spec.id, values, now, gone)
        append_event(
            conn, db.device_id, "venue_partner.saved", partner_id,
            {"partner_id": partner_id, **values, "at": now.isoformat()},
        )  # fmt: skip
        return partner_id


__all__ = [
    "AgreementInfo",
    "AgreementSpec",
    "CategoryChoice",
    "EventChoice",
    "PartnerInfo",
    "PartnerSpec",
    "category_choices",
    "event_choices",
    "get_partner",
    "list_agreements",
    "list_partners",
    "load_agreements",
    "load_partner",
    "remove_agreement",
    "save_agreement",
    "save_partner",
]
