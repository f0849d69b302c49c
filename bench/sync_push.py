"""The stall's sync engine pushing its outbox to a hub on loopback: batched against one
request per event, and which batch size pushes fastest.

A hub (``popuppos hub`` in its own process, as on a server, over a SQLite file in a
temporary folder) and real, paired stall databases (``stall_outbox.py``: real sales by
``complete_sale``, the outbox filled up with clones of their events). ``SyncEngine.push``
(the push path the app runs: read a batch of the outbox, POST it, mark the answers in one
transaction) drains ``--events`` waiting events once per batch size in ``--sizes`` (each
on its own stall), and ``--single`` events with a batch of one, in the same run.
Afterwards every stall's outbox must be empty and the hub must hold each committed event
exactly once.

Prints the figures, then one JSON line with ``batched_events_per_s`` (at the engine's
``PUSH_BATCH``), ``one_by_one_events_per_s``, ``ratio``, ``best_batch_size``,
``events_per_s_by_batch``, ``lost`` and ``applied_twice``.

    python bench/sync_push.py [--events 10000] [--single 1000] [--sizes 100,200,500]

(``hub_push.py`` stays: it times the bare protocol, without a stall database or the
engine.)
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from stall_outbox import build_stall, event_ids, hub_process, new_shop

from popuppos.store.db import Database
from popuppos.sync.client import HubClient
from popuppos.sync.engine import PUSH_BATCH, SyncEngine
from popuppos.sync.protocol import MAX_PUSH_EVENTS
from popuppos.sync.state import DatabaseTokenStore


def drain(db: Database, url: str, batch: int) -> tuple[int, float]:
    """(events the hub accepted, seconds) for the engine pushing every waiting event."""
    engine = SyncEngine(db, token_store=DatabaseTokenStore(db), push_batch=batch)
    token = DatabaseTokenStore(db).get(db.device_id)
    assert token is not None
    with HubClient(url, token) as client:
        client.health()  # the connection is open before the clock starts
        started = time.perf_counter()
        accepted = engine.push(client)
        return accepted, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--single", type=int, default=1_000)
    parser.add_argument("--sizes", default=f"100,{PUSH_BATCH},{MAX_PUSH_EVENTS}")
    args = parser.parse_args()
    sizes = sorted({int(s) for s in args.sizes.split(",")} | {PUSH_BATCH})

    with tempfile.TemporaryDirectory() as folder:
        hub_db = Path(folder, "hub.sqlite")
        owner_token = new_shop(hub_db)
        rates: dict[int, float] = {}
        stalls: list[tuple[Path, str]] = []
        with hub_process(hub_db) as url, HubClient(url, owner_token) as owner:
            built = time.perf_counter()
            plan = [(size, args.events) for size in sizes] + [(1, args.single)]
            ready = []
            for size, events in plan:
                path = Path(folder, f"stall-{size}.sqlite")
                db, waiting = build_stall(path, f"Stall {size}", url, owner, events=events)
                ready.append((size, db, waiting, path))
            print(f"{len(ready)} stalls built in {time.perf_counter() - built:.1f} s (not timed)")
            for size, db, waiting, path in ready:
                accepted, seconds = drain(db, url, size)
                rates[size] = waiting / seconds
                label = "one by one" if size == 1 else f"batch {size}"
                print(
                    f"  {label:>11}: {waiting:>6} events in {seconds:6.2f} s "
                    f"= {rates[size]:8,.0f} events/s ({accepted} accepted)"
                )
                stalls.append((path, db.device_id))
                db.close()
        lost = twice = 0
        with sqlite3.connect(hub_db) as hub:
            for path, device_id in stalls:
                committed = event_ids(path)
                at_hub = [
                    row[0]
                    for row in hub.execute(
                        "SELECT event_id FROM events WHERE device_id = ?", (device_id,)
                    )
                ]
                lost += len(committed - set(at_hub))
                twice += len(at_hub) - len(set(at_hub))
                with sqlite3.connect(path) as stall:
                    (waiting,) = stall.execute(
                        "SELECT COUNT(*) FROM outbox WHERE pushed_at IS NULL"
                    ).fetchone()
                lost += waiting  # still waiting on the stall: not delivered

    batched = {size: rate for size, rate in rates.items() if size != 1}
    best = max(batched, key=lambda size: batched[size])
    result = {
        "batched_events_per_s": round(rates[PUSH_BATCH]),
        "one_by_one_events_per_s": round(rates[1]),
        "ratio": round(rates[PUSH_BATCH] / rates[1], 1),
        "batch_size": PUSH_BATCH,
        "best_batch_size": best,
        "events_per_s_by_batch": {str(size): round(rate) for size, rate in batched.items()},
        "events": args.events,
        "lost": lost,
        "applied_twice": twice,
    }
    print(
        f"engine batch ({PUSH_BATCH}) vs one by one: {result['ratio']}x; "
        f"fastest batch: {best}; lost {lost}, applied twice {twice}"
    )
    print(json.dumps(result))
    return 0 if lost == 0 and twice == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
