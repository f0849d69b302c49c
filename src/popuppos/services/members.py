"""Members: the returning customers a host greets by name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, or_, select

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.store.db import Database
from popuppos.store.models import Member, Sale, utcnow

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class MemberInfo:
    id: str
    name: str
    email: str
    phone: str
    note: str
    visits: int
    last_visit: datetime | None

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


def search_members(db: Database, text: str, limit: int = 20) -> list[MemberInfo]:
    """Members whose name, email or phone contains ``text`` (all when empty), recent first."""
    visits = (
        select(Sale.member_id, func.count().label("n"), func.max(Sale.created_at).label("last"))
        .where(Sale.member_id.is_not(None))
        .group_by(Sale.member_id)
        .subquery()
    )
    stmt = select(
        Member.id,
        Member.name,
        Member.email,
        Member.phone,
        Member.note,
        func.coalesce(visits.c.n, 0),
        visits.c.last,
    ).outerjoin(visits, visits.c.member_id == Member.id)
    needle = text.strip()
    if needle:
        like = f"%{needle.replace('%', '').replace('_', '')}%"
        stmt = stmt.where(
            or_(Member.name.ilike(like), Member.email.ilike(like), Member.phone.ilike(like))
        )
    stmt = stmt.order_by(visits.c.last.desc().nulls_last(), Member.name).limit(limit)
    with db.read() as conn:
        return [MemberInfo(*row) for row in conn.execute(stmt)]


def create_member(
    db: Database, *, name: str, email: str = "", phone: str = "", note: str = ""
) -> MemberInfo:
    name, email, phone = name.strip(), email.strip(), phone.strip()
    if not name:
        raise ServiceError(translate("services/members", "a member needs a name"))
    if len(name) > 120:
        raise ServiceError(translate("services/members", "a name is at most 120 characters"))
    if email and not _EMAIL.match(email):
        raise ServiceError(
            translate("services/members", "{email!r} does not look like an email address").format(
                email=email
            )
        )
    if phone and not re.fullmatch(r"[0-9 +()\-]{5,40}", phone):
        raise ServiceError(
            translate("services/members", "{phone!r} does not look like a phone number").format(
                phone=phone
            )
        )
    member_id, now = new_id(), utcnow()
    with db.write() as conn:
        if email and conn.scalar(
            select(Member.id).where(func.lower(Member.email) == email.lower())
        ):
            raise ServiceError(
                translate(
                    "services/members", "a member with {email} already exists; search for them"
                ).format(email=email)
            )
        conn.execute(
            insert(Member),
            {
                "id": member_id,
                "device_id": db.device_id,
                "name": name,
                "email": email,
                "phone": phone,
                "note": note.strip(),
                "created_at": now,
            },
        )
        append_event(
            conn,
            db.device_id,
            "member.created",
            member_id,
            {"member_id": member_id, "name": name, "email": email, "phone": phone},
        )
    return MemberInfo(member_id, name, email, phone, note.strip(), 0, None)
