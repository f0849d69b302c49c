"""Revenue-share statements: preview, issue, reprint, correct.

* **Preview** (``preview_statement``) computes a partner's statement for any period from the
  facts as they are now; nothing is stored.
* **Issue** (``issue_statement``) gives it the shop's next number for the year
  ("ST-2026-0001", one sequence per shop database), renders the PDF and stores, as one
  immutable row: the number, partner, period, the exact PDF bytes, their SHA-256, and the
  canonical JSON the PDF and CSV render from — in the same transaction as its
  ``statement.issued`` sync event. A period may be issued once it has ended (today counts as
  ended: a one-day pop-up is stated at closing); a partner's statements never overlap.
* **Reprint** (``statement_pdf``) hands back the stored bytes: identical, byte for byte. In
  the other page size it renders the stored inputs (also the same bytes every time).
* **Correct** (``issue_correction``) issues a new statement for the same partner and period,
  recomputed from the facts and agreements as they are now, that names the statement it
  corrects and what that one said was owed. The old row is never touched; a statement is
  corrected at most once (correct the correction to correct again).

The PDF is rendered outside the write transaction (a 10,000-line statement takes about a
second, and sales must not wait for it); the write transaction checks that the number and
the figures are still what was rendered, and starts again if a sale slipped in.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, insert, select
from sqlalchemy.orm import aliased

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.core.revenue_share import Period
from popuppos.documents.statement_csv import render_statement_csv
from popuppos.documents.statement_data import StatementData, from_json, to_json
from popuppos.documents.statement_pdf import PAGE_SIZES, render_statement_pdf
from popuppos.services.errors import ServiceError
from popuppos.services.outbox import append_event
from popuppos.services.receipts import local_time
from popuppos.services.statement_facts import Heading, compose
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.store.partner_models import IssuedStatement, VenuePartner

_ATTEMPTS = 3
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PR"})


def default_page_size(locale: str) -> str:
    """Letter where it is the usual paper (the US, Canada, Mexico...), A4 elsewhere."""
    territory = locale.replace("-", "_").split("_")[-1].upper() if "_" in locale else ""
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


@dataclass(frozen=True, slots=True)
class StatementInfo:
    id: str
    number: str
    partner_id: str
    partner_name: str
    period_start: date
    period_end: date
    currency: str
    amount_owed: int
    page_size: str
    pdf_sha256: str
    created_at: datetime  # naive UTC
    created_by: str
    corrects_id: str | None
    corrects_number: str | None
    corrected_by_number: str | None  # a later statement that corrects this one

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)


def _period(start: date, end: date) -> Period:
    if end < start:
        raise ServiceError(
            translate(
                "services/statements",
                "the period ends ({end}) before it starts ({start})",
            ).format(end=end.isoformat(), start=start.isoformat())
        )
    return Period(start, end)


def _check_size(page_size: str) -> str:
    if page_size not in PAGE_SIZES:
        raise ServiceError(
            translate(
                "services/statements",
                "{size} is not a paper size PopupPOS prints (A4 or Letter)",
            ).format(size=repr(page_size))
        )
    return page_size


# -- reading ----------------------------------------------------------------------------------
_LATER = aliased(IssuedStatement)
_EARLIER = aliased(IssuedStatement)
_INFO = (
    select(
        IssuedStatement.id,
        IssuedStatement.number,
        IssuedStatement.partner_id,
        VenuePartner.name,
        IssuedStatement.period_start,
        IssuedStatement.period_end,
        IssuedStatement.currency,
        IssuedStatement.amount_owed,
        IssuedStatement.page_size,
        IssuedStatement.pdf_sha256,
        IssuedStatement.created_at,
        IssuedStatement.created_by,
        IssuedStatement.corrects_id,
        _EARLIER.number,
        _LATER.number,
    )
    .join(VenuePartner, VenuePartner.id == IssuedStatement.partner_id)
    .outerjoin(_EARLIER, _EARLIER.id == IssuedStatement.corrects_id)
    .outerjoin(_LATER, _LATER.corrects_id == IssuedStatement.id)
)


def _infos(conn: Connection, *where: ColumnElement[bool]) -> list[StatementInfo]:
    stmt = _INFO.where(*where).order_by(
        IssuedStatement.year.desc(), IssuedStatement.sequence.desc()
    )
    return [_info(r) for r in conn.execute(stmt)]


def _info(r: Any) -> StatementInfo:
    return StatementInfo(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
        r[13], r[14],
    )  # fmt: skip


def list_statements(db: Database, partner_id: str | None = None) -> list[StatementInfo]:
    """Issued statements (of one partner, or all), newest first."""
    with db.read() as conn:
        if partner_id is None:
            return _infos(conn)
        return _infos(conn, IssuedStatement.partner_id == partner_id)


def _load(conn: Connection, statement_id: str) -> StatementInfo:
    found = _infos(conn, IssuedStatement.id == statement_id)
    if not found:
        raise ServiceError(
            translate(
                "services/statements",
                "that statement is not on this device",
            )
        )
    return found[0]


def statement_data(db: Database, statement_id: str) -> StatementData:
    """What an issued statement said, exactly (from its stored inputs)."""
    with db.read() as conn:
        inputs = conn.scalar(
            select(IssuedStatement.inputs).where(IssuedStatement.id == statement_id)
        )
    if inputs is None:
        raise ServiceError(
            translate(
                "services/statements",
                "that statement is not on this device",
            )
        )
    return from_json(inputs)


def statement_pdf(db: Database, statement_id: str, page_size: str | None = None) -> bytes:
    """The issued PDF: the stored bytes, or rendered from the stored inputs on other paper."""
    with db.read() as conn:
        row = conn.execute(
            select(IssuedStatement.page_size, IssuedStatement.pdf, IssuedStatement.inputs).where(
                IssuedStatement.id == statement_id
            )
        ).first()
    if row is None:
        raise ServiceError(
            translate(
                "services/statements",
                "that statement is not on this device",
            )
        )
    if page_size is None or page_size == row.page_size:
        return bytes(row.pdf)
    return render_statement_pdf(from_json(row.inputs), _check_size(page_size))


def statement_csv(db: Database, statement_id: str) -> bytes:
    """The issued statement's CSV (rendered from its stored inputs: the same every time)."""
    return render_statement_csv(statement_data(db, statement_id))


# -- preview ----------------------------------------------------------------------------------
def preview_statement(
    db: Database, partner_id: str, start: date, end: date, *, actor: str = ""
) -> StatementData:
    """What a statement for ``partner_id`` over ``start``..``end`` would say now."""
    period = _period(start, end)
    with db.read() as conn:
        heading = Heading("Preview", utcnow(), actor, preview=True)
        return compose(conn, db.device_id, partner_id, period, heading)


def preview_pdf(
    db: Database, partner_id: str, start: date, end: date, *, page_size: str = "A4"
) -> bytes:
    """A preview's PDF (marked "not issued"): what ``bench/reports.py`` times as
    ``statement_10k_s`` over a period of 10,000 lines (read, compute, render)."""
    data = preview_statement(db, partner_id, start, end)
    return render_statement_pdf(data, _check_size(page_size))


# -- issuing ----------------------------------------------------------------------------------
def _next_number(conn: Connection, year: int) -> tuple[int, str]:
    last = conn.scalar(
        select(func.max(IssuedStatement.sequence)).where(IssuedStatement.year == year)
    )
    sequence = int(last or 0) + 1
    return sequence, f"ST-{year}-{sequence:04d}"


def _check_issue(
    conn: Connection,
    partner_id: str,
    period: Period,
    today: date,
    corrects: StatementInfo | None,
) -> None:
    name = conn.scalar(select(VenuePartner.name).where(VenuePartner.id == partner_id))
    if name is None:
        raise ServiceError(
            translate(
                "services/statements",
                "that partner is no longer in the shop",
            )
        )
    if period.end > today:
        raise ServiceError(
            translate(
                "services/statements",
                "the period ends on {end}, after today: preview it any time, and issue "
                "it once the period is over",
            ).format(end=period.end.isoformat())
        )
    if corrects is not None:
        if corrects.corrected_by_number:
            raise ServiceError(
                translate(
                    "services/statements",
                    "{number} was already corrected by {by}; correct that one instead",
                ).format(number=corrects.number, by=corrects.corrected_by_number)
            )
        return
    for other in _infos(conn, IssuedStatement.partner_id == partner_id):
        if other.corrected_by_number is None and other.period.overlap(period) is not None:
            raise ServiceError(
                translate(
                    "services/statements",
                    "{number} already covers {start} to {end} for {name}; issue a "
                    "correction of it instead",
                ).format(
                    number=other.number,
                    start=other.period_start.isoformat(),
                    end=other.period_end.isoformat(),
                    name=name,
                )
            )


def _issue(
    db: Database,
    partner_id: str,
    period: Period,
    *,
    actor: str,
    page_size: str,
    corrects: StatementInfo | None,
    today: date | None,
) -> StatementInfo:
    actor = " ".join(actor.split())
    if not actor:
        raise ServiceError(
            translate(
                "services/statements",
                "say who issues the statement",
            )
        )
    _check_size(page_size)
    issued_at = utcnow()
    local_now = local_time(issued_at)
    today = today or local_now.date()
    year = local_now.year
    for _attempt in range(_ATTEMPTS):
        with db.read() as conn:
            _check_issue(conn, partner_id, period, today, corrects)
            sequence, number = _next_number(conn, year)
            heading = Heading(
                number, issued_at, actor,
                corrects.number if corrects else None,
                corrects.amount_owed if corrects else None,
            )  # fmt: skip
            data = compose(conn, db.device_id, partner_id, period, heading)
        if not data.agreements:
            raise ServiceError(
                translate(
                    "services/statements",
                    "{name} has no agreement in force from {start} to {end}: there is "
                    "nothing to state",
                ).format(
                    name=data.partner.name,
                    start=period.start.isoformat(),
                    end=period.end.isoformat(),
                )
            )
        pdf = render_statement_pdf(data, page_size)
        inputs = to_json(data)
        with db.write() as conn:
            _check_issue(conn, partner_id, period, today, corrects)
            if _next_number(conn, year) != (sequence, number):
                continue  # another statement was issued meanwhile
            if compose(conn, db.device_id, partner_id, period, heading) != data:
                continue  # a sale or refund arrived meanwhile
            statement_id = new_id()
            digest = hashlib.sha256(pdf).hexdigest()
            conn.execute(
                insert(IssuedStatement),
                {
                    "id": statement_id,
                    "device_id": db.device_id,
                    "number": number,
                    "year": year,
                    "sequence": sequence,
                    "partner_id": partner_id,
                    "period_start": period.start,
                    "period_end": period.end,
                    "currency": data.shop.currency,
                    "amount_owed": data.owed,
                    "corrects_id": corrects.id if corrects else None,
                    "page_size": page_size,
                    "inputs": inputs,
                    "pdf": pdf,
                    "pdf_sha256": digest,
                    "created_at": issued_at,
                    "created_by": actor,
                },
            )
            append_event(
                conn,
                db.device_id,
                "statement.issued",
                statement_id,
                {
                    "statement_id": statement_id,
                    "number": number,
                    "partner_id": partner_id,
                    "partner_name": data.partner.name,
                    "period_start": period.start.isoformat(),
                    "period_end": period.end.isoformat(),
                    "currency": data.shop.currency,
                    "lines": len(data.lines),
                    "gross": data.gross,
                    "refunds": data.refunds,
                    "base": data.base,
                    "share": data.share,
                    "fees": data.fees,
                    "top_up": data.top_up,
                    "owed": data.owed,
                    "corrects_id": corrects.id if corrects else None,
                    "corrects_number": corrects.number if corrects else None,
                    "page_size": page_size,
                    "pdf_sha256": digest,
                    "at": issued_at.isoformat(),
                    "by": actor,
                },
            )
            return _load(conn, statement_id)
    raise ServiceError(
        translate(
            "services/statements",
            "sales kept arriving while the statement was being prepared; nothing "
            "was issued, try again",
        )
    )


def issue_statement(
    db: Database,
    partner_id: str,
    start: date,
    end: date,
    *,
    actor: str,
    page_size: str = "A4",
    today: date | None = None,
) -> StatementInfo:
    """Issue ``partner_id``'s statement for ``start``..``end`` (see the module docstring)."""
    return _issue(
        db, partner_id, _period(start, end), actor=actor, page_size=page_size, corrects=None,
        today=today,
    )  # fmt: skip


def issue_correction(
    db: Database,
    statement_id: str,
    *,
    actor: str,
    page_size: str | None = None,
    today: date | None = None,
) -> StatementInfo:
    """Issue a new statement that corrects ``statement_id`` (same partner and period)."""
    with db.read() as conn:
        original = _load(conn, statement_id)
    return _issue(
        db, original.partner_id, original.period, actor=actor,
        page_size=page_size or original.page_size, corrects=original, today=today,
    )  # fmt: skip
