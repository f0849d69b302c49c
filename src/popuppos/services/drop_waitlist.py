"""A sold-out drop's waitlist: who asked to hear about it, how to reach them, and
the words they agreed to (stored with each entry, a fact)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.store.db import Database
from popuppos.store.drop_models import Drop, DropWaitlistEntry
from popuppos.store.models import utcnow

WAITLIST_CONSENT = (
    "I agree that {shop} may contact me about this drop and keeps my details for that "
    "purpose only, until I ask to be removed."
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()/.-]{6,20}$")


@dataclass(frozen=True, slots=True)
class WaitlistEntry:
    id: str
    name: str
    email: str
    phone: str
    created_at: datetime


# -- joining and reading -------------------------------------------------------------------------
def join_waitlist(
    db: Database,
    drop_id: str,
    *,
    name: str,
    email: str = "",
    phone: str = "",
    consent: bool,
    shop_name: str,
    now: datetime | None = None,
) -> str:
    """Put someone on a drop's waitlist; needs a way to reach them and their consent."""
    now = now or utcnow()
    name, email, phone = " ".join(name.split()), email.strip(), phone.strip()
    if not name:
        raise ServiceError(translate("services/drop_waitlist", "enter a name"))
    if not email and not phone:
        raise ServiceError(
            translate(
                "services/drop_waitlist", "enter an email address or a phone number to reach them"
            )
        )
    if email and not _EMAIL.match(email):
        raise ServiceError(
            translate("services/drop_waitlist", "“{email}” is not an email address").format(
                email=email
            )
        )
    if phone and not _PHONE.match(phone):
        raise ServiceError(
            translate("services/drop_waitlist", "“{phone}” is not a phone number").format(
                phone=phone
            )
        )
    if not consent:
        raise ServiceError(
            translate(
                "services/drop_waitlist", "they need to agree to be contacted before they can join"
            )
        )
    words = WAITLIST_CONSENT.format(shop=shop_name)
    entry_id = new_id()
    with db.write() as conn:
        if conn.scalar(select(Drop.id).where(Drop.id == drop_id)) is None:
            raise ServiceError(
                translate("services/drop_waitlist", "that drop is not on this device")
            )
        conn.execute(
            insert(DropWaitlistEntry),
            {
                "id": entry_id,
                "device_id": db.device_id,
                "drop_id": drop_id,
                "name": name,
                "email": email,
                "phone": phone,
                "consent_text": words,
                "created_at": now,
            },
        )
        append_event(
            conn,
            db.device_id,
            "drop.waitlist_joined",
            entry_id,
            {
                "id": entry_id,
                "drop_id": drop_id,
                "name": name,
                "email": email,
                "phone": phone,
                "consent_text": words,
                "at": now.isoformat(),
            },
        )
    return entry_id


def waitlist(db: Database, drop_id: str) -> list[WaitlistEntry]:
    with db.read() as conn:
        return [
            WaitlistEntry(r.id, r.name, r.email, r.phone, r.created_at)
            for r in conn.execute(
                select(*DropWaitlistEntry.__table__.columns)
                .where(DropWaitlistEntry.drop_id == drop_id)
                .order_by(DropWaitlistEntry.created_at)
            )
        ]
