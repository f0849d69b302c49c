"""Kiosk mode for a stall: PopupPOS opens straight into the attendee check-in kiosk.

A pop-up stall at a member session is often a tablet on a stand by the door. With kiosk
mode on, the app starts in the full-screen check-in kiosk (green or red for each pass)
for one session, and only the manager PIN leaves it, as when the host opens the kiosk
by hand. The session is either a chosen one, or (the default) "the session on now, or
the next one today", decided each time the app starts.

Turning it on needs a manager PIN (without one, anybody could walk out of the kiosk).
Kept per stall in the ``settings`` table (``kiosk.*`` keys).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from popuppos.core.i18n import translate
from popuppos.services.calendar import (
    SessionInfo,
    as_utc,
    clock,
    load_session,
    sessions_between,
    when,
)
from popuppos.services.errors import ServiceError
from popuppos.services.receipts import local_time
from popuppos.services.shop import has_pin
from popuppos.store.db import Database
from popuppos.store.models import Setting, utcnow

PREFIX = "kiosk."
CHOICE_DAYS = 14  # how far ahead a host can pick a session


@dataclass(frozen=True, slots=True)
class KioskMode:
    enabled: bool = False
    session_id: str = ""  # "" = the session on now, or the next one today


@dataclass(frozen=True, slots=True)
class KioskStart:
    """What to open at start: ``session_id`` (None: the normal screens) and why not."""

    session_id: str | None
    title: str = ""
    note: str = ""  # a sentence for the status line when kiosk mode is on but cannot open


def load_kiosk_mode(conn: Connection) -> KioskMode:
    rows = conn.execute(
        select(Setting.key, Setting.value).where(
            Setting.key.in_([PREFIX + "enabled", PREFIX + "session_id"])
        )
    ).all()
    values: dict[str, Any] = {key.removeprefix(PREFIX): json.loads(raw) for key, raw in rows}
    return KioskMode(
        enabled=bool(values.get("enabled", False)), session_id=str(values.get("session_id", ""))
    )


def get_kiosk_mode(db: Database) -> KioskMode:
    with db.read() as conn:
        return load_kiosk_mode(conn)


def write_kiosk_mode(conn: Connection, mode: KioskMode) -> KioskMode:
    """Check and keep ``mode`` inside the caller's transaction."""
    if mode.enabled and not has_pin(conn):
        raise ServiceError(
            translate(
                "services/kiosk_mode",
                "Set a manager PIN first: it is what lets you leave kiosk mode "
                "(Settings, Manager PIN).",
            )
        )
    if mode.session_id:
        session = load_session(conn, mode.session_id)  # ServiceError when it is not here
        if session.cancelled:
            raise ServiceError(
                translate(
                    "services/kiosk_mode", "{title} was cancelled; choose another session."
                ).format(title=session.title)
            )
    for name, value in (("enabled", mode.enabled), ("session_id", mode.session_id)):
        raw = json.dumps(value)
        stmt = sqlite_insert(Setting).values(key=PREFIX + name, value=raw)
        conn.execute(stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": raw}))
    return mode


def save_kiosk_mode(db: Database, mode: KioskMode) -> KioskMode:
    with db.write() as conn:
        return write_kiosk_mode(conn, mode)


def session_choices(db: Database, now: datetime | None = None) -> list[SessionInfo]:
    """Sessions a host can pick: not cancelled, not over, starting in the next two weeks."""
    now = as_utc(now or utcnow())
    found = sessions_between(db, now - timedelta(days=1), now + timedelta(days=CHOICE_DAYS))
    return [s for s in found if not s.cancelled and s.ends_at > now]


def session_label(s: SessionInfo) -> str:
    """ "Sunrise Breathwork · 3 May 2026 at 07:30 · Studio 2" """
    venue = f" · {s.venue}" if s.venue else ""
    return f"{s.title} · {when(s.starts_at)}{venue}"


def kiosk_session_at_start(db: Database, now: datetime | None = None) -> KioskStart:
    """The session the kiosk opens for now, or why the app opens normally instead."""
    now = as_utc(now or utcnow())
    with db.read() as conn:
        mode = load_kiosk_mode(conn)
        if not mode.enabled:
            return KioskStart(None)
        if not has_pin(conn):
            return KioskStart(
                None,
                note=translate(
                    "services/kiosk_mode",
                    "Kiosk mode is on, but no manager PIN is set; it stays off.",
                ),
            )
        chosen: SessionInfo | None = None
        if mode.session_id:
            try:
                chosen = load_session(conn, mode.session_id)
            except ServiceError:
                return KioskStart(
                    None,
                    note=translate(
                        "services/kiosk_mode",
                        "Kiosk mode's session is no longer on this stall; choose another.",
                    ),
                )
    if chosen is not None:
        if chosen.cancelled:
            return KioskStart(
                None,
                note=translate(
                    "services/kiosk_mode", "Kiosk mode's session, {title}, was cancelled."
                ).format(title=chosen.title),
            )
        if chosen.ends_at <= now:
            return KioskStart(
                None,
                note=translate(
                    "services/kiosk_mode",
                    "Kiosk mode's session, {title}, ended at {time}; choose the next one in "
                    "Settings.",
                ).format(title=chosen.title, time=clock(chosen.ends_at)),
            )
        return KioskStart(chosen.id, chosen.title)
    today = local_time(now).date()
    midnight = as_utc(datetime.combine(today + timedelta(days=1), time()).astimezone())
    for s in sessions_between(db, now - timedelta(days=1), midnight):
        if not s.cancelled and s.ends_at > now:
            return KioskStart(s.id, s.title)
    return KioskStart(
        None,
        note=translate(
            "services/kiosk_mode", "Kiosk mode is on, but no session is on or still to come today."
        ),
    )
