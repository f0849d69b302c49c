"""Twenty stalls pushing their outboxes to one hub at the same moment.

The hub runs as ``popuppos hub`` in its own process over a SQLite file (the default a shop
starts with); each stall is a real, paired database (``stall_outbox.py``) whose outbox
waits with ``--events`` events. One thread per stall runs the app's push path
(``SyncEngine.push``: read a batch, POST it, mark the answers) and all start together on a
barrier. Every batch's round trip is timed where the engine makes it
(``HubClient.push``), so ``p99_batch_ms`` is what a stall waits for one batch while the
others push too.

Baseline in the same run: one stall pushing the same number of events alone, so the
ratio says what sharing the hub costs.

Afterwards the hub's ``events`` table is compared with each stall's outbox: ``lost``
counts events committed on a stall but missing at the hub (or still waiting on the
stall); ``applied_twice`` counts any event id the hub holds more than once. Both must be 0.

Prints the figures, then one JSON line with ``events_per_s``, ``p99_batch_ms``, ``lost``
(and ``solo_events_per_s``, ``median_batch_ms``, ``applied_twice``, ``devices``).

    python bench/hub_load.py [--devices 20] [--events 1000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from stall_outbox import build_stall, event_ids, hub_process, new_shop

from popuppos.store.db import Database
from popuppos.sync.client import HubClient
from popuppos.sync.engine import PUSH_BATCH, SyncEngine
from popuppos.sync.protocol import PushBatch, PushResponse
from popuppos.sync.state import DatabaseTokenStore


class TimedClient(HubClient):
    """The app's hub client; each push's round trip is appended to ``round_trips``."""

    def __init__(self, url: str, token: str, round_trips: list[float]) -> None:
        super().__init__(url, token)
        self.round_trips = round_trips

    def push(self, batch: PushBatch) -> PushResponse:
        started = time.perf_counter()
        answer = super().push(batch)
        self.round_trips.append(time.perf_counter() - started)
        return answer


def push_together(
    stalls: list[tuple[Database, int]], url: str
) -> tuple[float, list[float], list[int], list[BaseException]]:
    """(wall seconds, batch round trips, accepted per stall, errors) with every stall
    pushing at once."""
    round_trips: list[float] = []
    accepted = [0] * len(stalls)
    errors: list[BaseException] = []
    start = threading.Barrier(len(stalls) + 1)

    def run(index: int, db: Database) -> None:
        token = DatabaseTokenStore(db).get(db.device_id)
        assert token is not None
        engine = SyncEngine(db, token_store=DatabaseTokenStore(db))
        with TimedClient(url, token, round_trips) as client:
            client.health()  # the connection is open before the clock starts
            start.wait()
            try:
                accepted[index] = engine.push(client)
            except BaseException as exc:  # reported, never hidden
                errors.append(exc)

    threads = [
        threading.Thread(target=run, args=(i, db), daemon=True) for i, (db, _) in enumerate(stalls)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, round_trips, accepted, errors


def check(hub_db: Path, stalls: list[tuple[Path, str]]) -> tuple[int, int]:
    """(lost, applied twice) over every stall."""
    lost = twice = 0
    with sqlite3.connect(hub_db) as hub:
        for path, device_id in stalls:
            at_hub = [
                row[0]
                for row in hub.execute(
                    "SELECT event_id FROM events WHERE device_id = ?", (device_id,)
                )
            ]
            lost += len(event_ids(path) - set(at_hub))
            twice += len(at_hub) - len(set(at_hub))
            with sqlite3.connect(path) as stall:
                (waiting,) = stall.execute(
                    "SELECT COUNT(*) FROM outbox WHERE pushed_at IS NULL"
                ).fetchone()
            lost += waiting
    return lost, twice


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--events", type=int, default=1_000, help="events waiting per stall")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        hub_db = Path(folder, "hub.sqlite")
        owner_token = new_shop(hub_db)
        with hub_process(hub_db) as url, HubClient(url, owner_token) as owner:
            built = time.perf_counter()
            stalls = [
                build_stall(
                    Path(folder, f"stall-{i:02}.sqlite"),
                    f"Stall {i + 1}",
                    url,
                    owner,
                    events=args.events,
                    real=10,
                )
                for i in range(args.devices + 1)
            ]
            print(
                f"{len(stalls)} stalls with {args.events} events each built in "
                f"{time.perf_counter() - built:.1f} s (not timed); batch size {PUSH_BATCH}"
            )
            solo_stall, crowd = stalls[0], stalls[1:]
            solo_s, solo_trips, solo_accepted, solo_errors = push_together([solo_stall], url)
            solo_rate = solo_stall[1] / solo_s
            print(
                f"  one stall alone:  {solo_stall[1]:>6} events in {solo_s:6.2f} s = "
                f"{solo_rate:8,.0f} events/s, batch median "
                f"{statistics.median(solo_trips) * 1000:.0f} ms"
            )
            wall, trips, accepted, errors = push_together(crowd, url)
            waiting = sum(n for _, n in crowd)
            rate = waiting / wall
            p99 = percentile(trips, 0.99) * 1000
            median = statistics.median(trips) * 1000
            print(
                f"  {len(crowd)} stalls at once: {waiting:>6} events in {wall:6.2f} s = "
                f"{rate:8,.0f} events/s; {len(trips)} batches, median {median:.0f} ms, "
                f"p99 {p99:.0f} ms, slowest {max(trips) * 1000:.0f} ms"
            )
            for error in [*solo_errors, *errors]:
                print(f"  a stall's push failed: {error!r}")
            paths = [(Path(db.path), db.device_id) for db, _ in stalls]
            for db, _ in stalls:
                db.close()
        lost, twice = check(hub_db, paths)

    print(
        f"sharing the hub with {len(crowd) - 1} others: {rate / solo_rate:.2f}x the solo rate "
        f"(all stalls together vs one alone); lost {lost}, applied twice {twice}"
    )
    result = {
        "events_per_s": round(rate),
        "p99_batch_ms": round(p99, 1),
        "lost": lost,
        "applied_twice": twice,
        "median_batch_ms": round(median, 1),
        "solo_events_per_s": round(solo_rate),
        "ratio_vs_solo": round(rate / solo_rate, 2),
        "devices": len(crowd),
        "events_per_device": args.events,
        "accepted": sum(accepted) + sum(solo_accepted),
        "failed_pushes": len(errors) + len(solo_errors),
    }
    print(json.dumps(result))
    return 0 if lost == 0 and twice == 0 and not errors and not solo_errors else 1


if __name__ == "__main__":
    sys.exit(main())
