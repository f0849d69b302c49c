"""The sync engine: pushes the outbox, pulls other stalls' changes, and keeps at it.

No Qt here: ``ui/sync_status.py`` runs :meth:`SyncEngine.run` on a dedicated QThread and
turns each :class:`SyncStatus` into signals. One attempt (:meth:`SyncEngine.attempt`) is:

1. push: the waiting outbox rows in ``seq`` order, ``PUSH_BATCH`` at a time; "applied"
   and "duplicate" answers are marked pushed, "rejected" ones set aside with the hub's
   reason (shown as a problem, never retried, never blocking the queue), all in one short
   transaction per answered batch. A batch whose answer was lost is simply sent again;
2. pull: pages from the stored cursor until the hub says there is no more, each page
   applied with its cursor in one transaction (``sync/apply.py``). A change that cannot
   apply yet (its product has not arrived) waits: it is retried after every page that
   applied something and at the start of every attempt, before the network is used.

Between attempts the loop waits ``interval`` (normal cadence), or backs off exponentially
with jitter after HubUnreachable / retryable refusals (capped at ``BACKOFF_CAP``). "Sync
now" (:meth:`wake`) and a growing outbox (a cheap count every ``poll``) cut the wait
short. A protocol mismatch or a retired device (401) stops the loop with the sentence
to show. The write lock is only taken to apply a page or mark a batch, so a sale never
waits for the network.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Literal

from sqlalchemy import func, select

from popuppos.core.i18n import translate
from popuppos.services.conflicts import open_conflict_count
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.store.sync_models import SyncApplied, SyncState
from popuppos.sync.apply import PageOutcome, apply_page, retry_waiting
from popuppos.sync.client import HubClient, HubError, HubRefused, HubUnreachable, ProtocolMismatch
from popuppos.sync.protocol import PushBatch
from popuppos.sync.state import (
    HubConfig,
    TokenStore,
    load_config,
    mark_answered,
    pending_events,
    record,
    rejected_count,
    token_store_for,
    waiting_count,
)

#: Events per push request (the hub takes up to MAX_PUSH_EVENTS; bench/sync_push.py tunes).
PUSH_BATCH = 200
#: Changes per pull page.
PULL_PAGE = 500
#: Seconds between attempts while all is well, and the backoff's first step and cap.
INTERVAL = 30.0
BACKOFF_BASE = 2.0
BACKOFF_CAP = 300.0
#: Seconds between the cheap outbox counts that wake the loop when a sale is made.
POLL = 1.0

State = Literal["not_paired", "idle", "syncing", "offline", "stopped"]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the top bar shows. ``online`` is None before the first attempt."""

    state: State
    online: bool | None = None
    waiting: int = 0  # outbox events not yet accepted by the hub
    rejected: int = 0  # events the hub refused: set aside, shown as problems
    not_applied: int = 0  # changes from other stalls not applied here (waiting or failed)
    conflicts: int = 0  # open conflicts the hub flagged (services.conflicts)
    last_success: datetime | None = None  # naive UTC
    last_error: str | None = None  # one sentence for the host
    next_attempt_in: float | None = None  # seconds, while waiting
    hub_url: str = ""
    token_store: str = ""  # where the credential is: "keyring" or "file"


def backoff_delay(failures: int, rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: 2, 4, 8 ... s (each between half and all of it),
    capped at BACKOFF_CAP."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** max(failures - 1, 0))
    return float(ceiling * (0.5 + 0.5 * rng()))


class SyncStopped(Exception):
    """The loop cannot go on (protocol mismatch, retired device, no credential)."""


def _missing_credential(kind: str) -> str:
    """The stopping sentence when the device token is gone from where pairing kept it."""
    if kind == "keyring":
        return translate(
            "sync/engine",
            "The hub credential is missing from the system keyring; pair this stall again.",
        )
    return translate(
        "sync/engine",
        "The hub credential is missing from this stall's database; pair this stall again.",
    )


class SyncEngine:
    """Syncs one stall database with its hub. Call everything but :meth:`wake`,
    :meth:`stop` and :meth:`status` from one thread (the HTTP client is not shared)."""

    def __init__(
        self,
        db: Database,
        *,
        token_store: TokenStore | None = None,
        client_factory: Callable[[str, str], HubClient] | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        interval: float = INTERVAL,
        poll: float = POLL,
        rng: Callable[[], float] = random.random,
        monotonic: Callable[[], float] = time.monotonic,
        push_batch: int = PUSH_BATCH,
    ) -> None:
        self.db = db
        self._token_store = token_store
        self._client_factory = client_factory or (lambda url, token: HubClient(url, token))
        self._on_status = on_status
        self.interval = interval
        self.poll = poll
        self._rng = rng
        self._monotonic = monotonic
        self.push_batch = push_batch
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._client: HubClient | None = None
        self.failures = 0
        self._online: bool | None = None
        self._stopped: str | None = None
        self._last_error: str | None = None
        self._last_success: datetime | None = None

    # -- controls (any thread) ---------------------------------------------------------
    def wake(self) -> None:
        """Sync now: end the current wait (a backoff included)."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    @property
    def stopped_reason(self) -> str | None:
        return self._stopped

    # -- one attempt -------------------------------------------------------------------
    def _config(self) -> HubConfig:
        config = load_config(self.db)
        if config is None:
            raise SyncStopped(translate("sync/engine", "This stall is not paired with a shop hub."))
        return config

    def _hub(self, config: HubConfig) -> HubClient:
        if self._client is None or self._client.base_url != config.hub_url.rstrip("/"):
            store = self._token_store or token_store_for(self.db, config.token_store)
            token = store.get(self.db.device_id)
            if not token:
                raise SyncStopped(_missing_credential(store.kind))
            if self._client is not None:
                self._client.close()
            self._client = self._client_factory(config.hub_url, token)
        return self._client

    def push(self, hub: HubClient) -> int:
        """Push every waiting event; returns how many the hub accepted (new or duplicate)."""
        accepted = 0
        while not self._stop.is_set():
            events, broken = pending_events(self.db, self.push_batch)
            mark_answered(self.db, [], broken)
            if not events:
                if broken:
                    continue
                break
            cursor = self._config().cursor  # what this device had seen: concurrent edits
            answer = hub.push(PushBatch(device_id=self.db.device_id, events=events, cursor=cursor))
            done = [r.event_id for r in answer.results if r.status != "rejected"]
            refused = [
                (
                    r.event_id,
                    translate("hub", r.reason)
                    if r.reason
                    else translate("sync/engine", "refused by the hub"),
                )
                for r in answer.results
                if r.status == "rejected"
            ]
            mark_answered(self.db, done, refused)
            accepted += len(done)
            if not done and not refused:  # an answer about none of them: do not spin
                break
        record(self.db, last_push_at=utcnow())
        return accepted

    def pull(self, hub: HubClient) -> PageOutcome:
        """Pull and apply every page after the stored cursor (a month away pages through)."""
        total = {f.name: 0 for f in fields(PageOutcome)}
        while not self._stop.is_set():
            cursor = self._config().cursor
            page = hub.pull(cursor, limit=PULL_PAGE)
            outcome = apply_page(self.db, page)
            for key in total:
                total[key] += getattr(outcome, key)
            if not page.more or page.cursor == cursor:
                break
        return PageOutcome(**total)

    def sync_once(self) -> PageOutcome:
        """Push then pull, once. Raises HubError / SyncStopped (the caller decides)."""
        config = self._config()
        if config.stopped_reason:
            raise SyncStopped(config.stopped_reason)
        retry_waiting(self.db)  # something may have arrived since (a local edit, too)
        hub = self._hub(config)
        self.push(hub)
        outcome = self.pull(hub)
        self._last_success = utcnow()
        record(self.db, last_success_at=self._last_success, last_error=None)
        return outcome

    def attempt(self) -> float | None:
        """One attempt with its bookkeeping; returns the seconds to wait before the next,
        or None when the loop must stop (the reason is in the status)."""
        self._publish("syncing")
        try:
            self.sync_once()
        except SyncStopped as exc:  # not paired, or no credential: pairing again fixes it
            return self._halt(str(exc), persist=False)
        except ProtocolMismatch as exc:  # an upgrade fixes it: not remembered
            return self._halt(exc.message, persist=False)
        except HubRefused as exc:
            if exc.status in (401, 403):
                return self._halt(
                    translate(
                        "sync/engine", "The hub no longer accepts this stall: {reason}"
                    ).format(reason=exc.message)
                )
            self._online = True  # it answered
            return self._failed(exc.message, exc.retry_after if exc.retryable else None)
        except HubUnreachable as exc:
            self._online = False
            return self._failed(str(exc), None)
        except HubError as exc:  # pragma: no cover - every HubError is one of the above
            return self._failed(str(exc), None)
        self.failures, self._online, self._last_error = 0, True, None
        return self.interval

    def _failed(self, message: str, retry_after: float | None) -> float:
        self.failures += 1
        self._last_error = message
        record(self.db, last_error=message)
        delay = backoff_delay(self.failures, self._rng)
        return max(delay, retry_after or 0.0)

    def _halt(self, message: str, *, persist: bool = True) -> float | None:
        self._stopped, self._last_error = message, message
        if persist:
            record(self.db, stopped_reason=message, last_error=message)
        return None

    # -- the loop ----------------------------------------------------------------------
    def run(self) -> None:
        """Attempt, wait, repeat, until :meth:`stop` or a stopping error."""
        try:
            while not self._stop.is_set():
                delay = self.attempt()
                if delay is None:
                    self._publish("stopped")
                    return
                self._wait(delay)
        finally:
            if self._client is not None:
                self._client.close()
                self._client = None

    def _wait(self, delay: float) -> None:
        deadline = self._monotonic() + delay
        state: State = "idle" if self._online else "offline"
        with self.db.read() as conn:
            waiting = waiting_count(conn)
        self._publish(state, next_attempt_in=delay)
        while not self._stop.is_set():
            left = deadline - self._monotonic()
            if left <= 0 or self._wake.wait(min(self.poll, left)):
                break
            with self.db.read() as conn:
                now_waiting = waiting_count(conn)
            if now_waiting != waiting:
                grew, waiting = now_waiting > waiting, now_waiting
                self._publish(state, next_attempt_in=max(deadline - self._monotonic(), 0))
                if grew and self._online:  # a sale: send it now (not while backing off)
                    break
        self._wake.clear()

    # -- status ------------------------------------------------------------------------
    def status(
        self, state: State | None = None, next_attempt_in: float | None = None
    ) -> SyncStatus:
        config = load_config(self.db)
        if config is None:
            return SyncStatus("not_paired")
        with self.db.read() as conn:
            waiting, rejected = waiting_count(conn), rejected_count(conn)
            not_applied = int(
                conn.scalar(
                    select(func.count())
                    .select_from(SyncApplied)
                    .where(SyncApplied.outcome.in_(("waiting", "failed")))
                )
                or 0
            )
            success = conn.scalar(select(SyncState.last_success_at).where(SyncState.id == 1))
            conflicts = open_conflict_count(conn)
        stopped = self._stopped or config.stopped_reason
        if state is None:
            state = "stopped" if stopped else ("idle" if self._online else "offline")
        last = self._last_success or success
        return SyncStatus(
            state=state,
            online=self._online,
            waiting=waiting,
            rejected=rejected,
            not_applied=not_applied,
            conflicts=conflicts,
            last_success=last,
            last_error=self._last_error or stopped,
            next_attempt_in=next_attempt_in,
            hub_url=config.hub_url,
            token_store=config.token_store,
        )

    def _publish(self, state: State, next_attempt_in: float | None = None) -> None:
        if self._on_status is not None:
            self._on_status(self.status(state, next_attempt_in))
