"""Conflicts between stalls that were apart, decided by the hub when their events arrive.

Run inside the push's transaction, after the batch's new events are inserted, so a
conflict and the events that caused it commit together. Each decision is a ``conflicts``
row and a ``conflict.flagged`` hub event every device pulls (the loser's own device too).
The rules:

* **Double check-in.** One pass checked in to one session on two devices: the first by
  device time wins (ties: the first the hub received); every other is flagged.
* **Revoked, then used.** A check-in on a device whose time is after the pass's
  revocation on another device (the revocation had not reached it): flagged.
* **Catalogue edits.** Two devices edit a product (matched by SKU) without one having
  pulled the other's edit (the push says which cursor its device had): the edit the hub
  received last wins; the losing edit stays in the event history and in the conflict's
  details. The flag carries the winning edit, so a device that applied the loser after
  its own winner (pull order) applies the winner again: every stall ends on the winner.
* **Oversell.** A ``drop.oversold`` event (a manager let a device sell beyond its
  allocation) is flagged for the host to resolve.

``conflict.resolved`` (a person marked one resolved on a device) closes the row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from popuppos.core.ids import new_id
from popuppos.hub.events import append_hub_event
from popuppos.hub.models import Conflict, ConflictKey, Device, HubEvent
from popuppos.hub.store import as_aware_utc, as_naive_utc
from popuppos.sync.protocol import CONFLICT_FLAGGED, CONFLICT_RESOLVED, DROP_OVERSOLD

CHECKIN, PASS_REVOKED, PRODUCT = "checkin.recorded", "pass.revoked", "product.upserted"
WATCHED = frozenset({CHECKIN, PASS_REVOKED, PRODUCT, DROP_OVERSOLD, CONFLICT_RESOLVED})


@dataclass(frozen=True, slots=True)
class Arrived:
    """A pushed event the hub just applied."""

    hub_seq: int
    event_id: str
    event_type: str
    device_id: str
    payload: dict[str, Any]
    created_at: datetime  # naive UTC, the origin's clock
    aggregate_id: str


def _device_time(event: Arrived) -> datetime:
    at = event.payload.get("at")
    if isinstance(at, str) and at:
        try:
            return as_naive_utc(datetime.fromisoformat(at))
        except (ValueError, OverflowError):  # not a time, or beyond year 9999 in UTC
            pass
    return event.created_at


def _variants(p: dict[str, Any]) -> list[dict[str, Any]]:
    """A product payload's variants that are objects (a stall's payload is not trusted)."""
    variants = p.get("variants")
    return [v for v in variants if isinstance(v, dict)] if isinstance(variants, list) else []


def _whole(value: object) -> int:
    """A count from a payload: an integer as is, anything else 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _clock(moment: datetime) -> str:
    return as_aware_utc(moment).strftime("%d %b %H:%M UTC").lstrip("0")


class _Decider:
    def __init__(self, session: Session, shop_id: str, known_seq: int, now: datetime) -> None:
        self.session, self.shop_id, self.known_seq, self.now = session, shop_id, known_seq, now
        self.names = dict(
            session.execute(select(Device.id, Device.name).where(Device.shop_id == shop_id)).all()
        )

    def name(self, device_id: str) -> str:
        return str(self.names.get(device_id, "another stall"))

    def keys(self, kind: str, key: str, exclude: str) -> list[ConflictKey]:
        return list(
            self.session.scalars(
                select(ConflictKey)
                .where(
                    ConflictKey.shop_id == self.shop_id,
                    ConflictKey.kind == kind,
                    ConflictKey.key == key,
                    ConflictKey.event_id != exclude,
                )
                .order_by(ConflictKey.hub_seq)
            )
        )

    def remember(self, event: Arrived, kind: str, key: str) -> None:
        self.session.add(
            ConflictKey(
                shop_id=self.shop_id,
                kind=kind,
                key=key[:140],
                hub_seq=event.hub_seq,
                event_id=event.event_id,
                device_id=event.device_id,
                device_time=_device_time(event),
            )
        )

    def flag(
        self,
        kind: str,
        subject_id: str,
        loser_event_id: str,
        winner_event_id: str | None,
        summary: str,
        details: dict[str, Any],
        winner: dict[str, Any] | None = None,
    ) -> None:
        known = self.session.scalar(
            select(Conflict.id).where(
                Conflict.shop_id == self.shop_id,
                Conflict.kind == kind,
                Conflict.loser_event_id == loser_event_id,
            )
        )
        if known is not None:
            return
        conflict_id = new_id()
        self.session.add(
            Conflict(
                shop_id=self.shop_id,
                id=conflict_id,
                kind=kind,
                subject_id=subject_id[:64],
                loser_event_id=loser_event_id,
                winner_event_id=winner_event_id,
                summary=summary,
                details=json.dumps(details, separators=(",", ":")),
                flagged_at=self.now,
            )
        )
        payload = {
            "conflict_id": conflict_id,
            "kind": kind,
            "subject_id": subject_id,
            "summary": summary,
            "details": details,
            "loser_event_id": loser_event_id,
            "winner_event_id": winner_event_id,
            "flagged_at": as_aware_utc(self.now).isoformat(),
        }
        if winner is not None:
            payload["winner"] = winner
        append_hub_event(
            self.session, self.shop_id, CONFLICT_FLAGGED, conflict_id, payload, self.now
        )

    # -- the rules ------------------------------------------------------------------------
    def check_in(self, event: Arrived) -> None:
        p = event.payload
        session_id, pass_id = str(p.get("session_id", "")), str(p.get("pass_id", ""))
        if not session_id or not pass_id:
            return
        mine = (_device_time(event), event.hub_seq)
        others = [
            k
            for k in self.keys("checkin", f"{session_id}:{pass_id}", event.event_id)
            if k.device_id != event.device_id
        ]
        first = min(others, key=lambda k: (k.device_time, k.hub_seq), default=None)
        if first is not None and (first.device_time, first.hub_seq) < mine:
            self._double(p, first.event_id, first.device_id, first.device_time, event)
        else:
            for later in others:
                self._double(p, event.event_id, event.device_id, mine[0], later)
        for r in self.keys("revoked", pass_id, event.event_id):
            if r.device_id != event.device_id and r.device_time < mine[0]:
                revocation = (r.event_id, r.device_id, r.device_time)
                self._revoked_use(
                    pass_id, revocation, (event.event_id, event.device_id, mine[0]), p
                )
        self.remember(event, "checkin", f"{session_id}:{pass_id}")
        self.remember(event, "use", pass_id)

    def _double(
        self,
        p: dict[str, Any],
        winner_id: str,
        winner_device: str,
        winner_at: datetime,
        loser: Arrived | ConflictKey,
    ) -> None:
        loser_at = _device_time(loser) if isinstance(loser, Arrived) else loser.device_time
        won, lost = self.name(winner_device), self.name(loser.device_id)
        self.flag(
            "double_check_in",
            str(p["pass_id"]),
            loser.event_id,
            winner_id,
            f"A pass was checked in twice to one session: on {won} at {_clock(winner_at)} "
            f"(the first: it counts) and on {lost} at {_clock(loser_at)} (flagged).",
            {
                "session_id": p["session_id"],
                "pass_id": p["pass_id"],
                "member_id": p.get("member_id"),
                "kept_device": won,
                "kept_at": as_aware_utc(winner_at).isoformat(),
                "flagged_device": lost,
                "flagged_at": as_aware_utc(loser_at).isoformat(),
            },
        )

    def _revoked_use(
        self,
        pass_id: str,
        revocation: tuple[str, str, datetime],
        use: tuple[str, str, datetime],
        p: dict[str, Any],
    ) -> None:
        """``revocation`` and ``use`` are (event id, device id, device time)."""
        (revoked_event, revoked_device, revoked_at), (use_event, use_device, used_at) = (
            revocation,
            use,
        )
        by, on = self.name(revoked_device), self.name(use_device)
        self.flag(
            "revoked_use",
            pass_id,
            use_event,
            revoked_event,
            f"A pass revoked on {by} at {_clock(revoked_at)} was used on {on} at "
            f"{_clock(used_at)}, before the revocation reached {on}.",
            {
                "pass_id": pass_id,
                "session_id": p.get("session_id"),
                "member_id": p.get("member_id"),
                "revoked_device": by,
                "revoked_at": as_aware_utc(revoked_at).isoformat(),
                "used_device": on,
                "used_at": as_aware_utc(used_at).isoformat(),
            },
        )

    def revoked(self, event: Arrived) -> None:
        pass_id = str(event.payload.get("pass_id", ""))
        if not pass_id:
            return
        at = _device_time(event)
        revocation = (event.event_id, event.device_id, at)
        for u in self.keys("use", pass_id, event.event_id):
            if u.device_id != event.device_id and u.device_time > at:
                self._revoked_use(pass_id, revocation, (u.event_id, u.device_id, u.device_time), {})
        self.remember(event, "revoked", pass_id)

    def product(self, event: Arrived) -> None:
        p = event.payload
        skus = sorted({str(v["sku"]) for v in _variants(p) if v.get("sku")})
        losers: dict[str, ConflictKey] = {}
        for sku in skus:
            previous = self.keys("sku", sku, event.event_id)
            last = previous[-1] if previous else None
            if (
                last is not None
                and last.device_id != event.device_id
                and last.hub_seq > self.known_seq
            ):
                losers.setdefault(last.event_id, last)
        for loser in losers.values():
            lost, won = self.name(loser.device_id), self.name(event.device_id)
            name = str(p.get("name", "A product"))
            self.flag(
                "catalog",
                str(p.get("product_id", event.aggregate_id)),
                loser.event_id,
                event.event_id,
                f"{name} was edited on {lost} and on {won} while they were apart; {won}'s "
                f"edit reached the hub last and is kept, {lost}'s is kept in the history.",
                {
                    "product": name,
                    "skus": skus,
                    "kept_device": won,
                    "lost_device": lost,
                    "kept": _edit_summary(p),
                    "lost": _edit_summary(self._payload(loser.event_id)),
                },
                winner={
                    "event_id": event.event_id,
                    "event_type": event.event_type,
                    "aggregate_id": event.aggregate_id,
                    "origin_device_id": event.device_id,
                    "payload": p,
                    "created_at": as_aware_utc(event.created_at).isoformat(),
                },
            )
        for sku in skus:
            self.remember(event, "sku", sku)

    def _payload(self, event_id: str) -> dict[str, Any]:
        text = self.session.scalar(
            select(HubEvent.payload).where(
                HubEvent.shop_id == self.shop_id, HubEvent.event_id == event_id
            )
        )
        loaded = json.loads(text) if text else {}
        return loaded if isinstance(loaded, dict) else {}

    def oversold(self, event: Arrived) -> None:
        p = event.payload
        n, allocated = _whole(p.get("units_over")), _whole(p.get("allocated"))
        name, who = str(p.get("name", "a drop")), self.name(event.device_id)
        self.flag(
            "oversell",
            str(p.get("drop_id", event.aggregate_id)),
            event.event_id,
            None,
            f"{who} sold {n} unit{'s' if n != 1 else ''} of {name} beyond its allocation of "
            f"{allocated} (approved by {p.get('approved_by') or 'a manager'}); the drop may "
            "be oversold.",
            {
                "drop_id": p.get("drop_id"),
                "name": name,
                "units_over": n,
                "allocated": allocated,
                "sale_id": p.get("sale_id"),
                "device": who,
                "reason": p.get("reason", ""),
            },
        )

    def resolved(self, event: Arrived) -> None:
        p = event.payload
        self.session.execute(
            update(Conflict)
            .where(
                Conflict.shop_id == self.shop_id,
                Conflict.id == str(p.get("conflict_id", "")),
                Conflict.resolved_at.is_(None),
            )
            .values(resolved_at=self.now, resolved_by=str(p.get("resolved_by", ""))[:80])
        )


def _edit_summary(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": p.get("name"),
        "prices": {str(v.get("sku")): v.get("price") for v in _variants(p)},
    }


def decide(
    session: Session, shop_id: str, known_seq: int, arrived: list[Arrived], now: datetime
) -> None:
    """Apply the conflict rules to the events a push just applied (in hub order)."""
    watched = [e for e in arrived if e.event_type in WATCHED]
    if not watched:
        return
    decider = _Decider(session, shop_id, known_seq, now)
    for event in watched:
        {
            CHECKIN: decider.check_in,
            PASS_REVOKED: decider.revoked,
            PRODUCT: decider.product,
            DROP_OVERSOLD: decider.oversold,
            CONFLICT_RESOLVED: decider.resolved,
        }[event.event_type](event)
        session.flush()
