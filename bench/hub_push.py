"""Pushing events to a real hub on loopback: batched against one request per event.

Starts ``popuppos hub`` (its own process, a SQLite file in a temporary folder), creates a
shop, pairs two devices, then times, in the same run, ``--events`` pushed in batches of
``--batch`` by one device and ``--single`` events pushed one request each by the other.
Checks the hub holds every event exactly once. Prints the figures, then one JSON line with
``batched_events_per_s``, ``one_by_one_events_per_s``, ``ratio``, ``lost``.

    python bench/hub_push.py [--events 10000] [--batch 500] [--single 500]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from popuppos.core.ids import new_id
from popuppos.core.pass_token import SigningKey
from popuppos.sync.client import HubClient, HubUnreachable
from popuppos.sync.protocol import PairRequest, PushBatch, PushEvent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def cli(*args: str) -> str:
    command = [sys.executable, "-m", "popuppos.cli", "hub", *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def sale(seq: int) -> PushEvent:
    return PushEvent(
        event_id=new_id(),
        event_type="sale.completed",
        aggregate_id=new_id(),
        payload={
            "total_minor": 4_250,
            "currency": "EUR",
            "lines": [{"variant_id": new_id(), "qty": 1, "unit_price_minor": 4_250}],
            "tenders": [{"kind": "cash", "amount_minor": 5_000, "change_minor": 750}],
        },
        created_at=datetime.now(UTC),
        device_seq=seq,
    )


def pair(url: str, owner: HubClient) -> tuple[str, HubClient]:
    key, device_id = SigningKey.generate(), new_id()
    with HubClient(url) as anonymous:
        answer = anonymous.pair(
            PairRequest(
                code=owner.create_pairing_code().code,
                device_id=device_id,
                device_name="Bench stall",
                signing_key_id=key.key_id,
                signing_public_key=key.public_key_bytes.hex(),
            )
        )
    return device_id, HubClient(url, answer.device_token)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--single", type=int, default=500)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "hub.sqlite")
        token = re.findall(r"Owner token: (\S+)", cli("create-shop", "--db", db, "Bench"))[0]
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        hub = subprocess.Popen(
            [sys.executable, "-m", "popuppos.cli", "hub", "--db", db, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            owner = HubClient(url, token)
            deadline = time.monotonic() + 30
            while True:
                try:
                    owner.health()
                    break
                except HubUnreachable:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)
            batched_id, batched = pair(url, owner)
            single_id, single = pair(url, owner)

            events = [sale(i) for i in range(args.events)]
            started = time.perf_counter()
            for start in range(0, len(events), args.batch):
                chunk = events[start : start + args.batch]
                batched.push(PushBatch(device_id=batched_id, events=chunk))
            batched_s = time.perf_counter() - started

            ones = [sale(i) for i in range(args.single)]
            started = time.perf_counter()
            for one in ones:
                single.push(PushBatch(device_id=single_id, events=[one]))
            single_s = time.perf_counter() - started
        finally:
            hub.terminate()
            hub.wait(timeout=30)
        with sqlite3.connect(db) as conn:
            stored = conn.execute(
                "SELECT COUNT(DISTINCT event_id), COUNT(*) FROM events WHERE device_id IN (?, ?)",
                (batched_id, single_id),
            ).fetchone()

    sent = args.events + args.single
    batched_rate = args.events / batched_s
    single_rate = args.single / single_s
    print(f"batched:    {args.events} events in {batched_s:.2f} s ({batched_rate:,.0f}/s)")
    print(f"one by one: {args.single} events in {single_s:.2f} s ({single_rate:,.0f}/s)")
    print(f"at the hub: {stored[1]} rows, {stored[0]} distinct events of {sent} sent")
    result = {
        "batched_events_per_s": round(batched_rate),
        "one_by_one_events_per_s": round(single_rate),
        "ratio": round(batched_rate / single_rate, 1),
        "batch_size": args.batch,
        "lost": sent - stored[0],
        "applied_twice": stored[1] - stored[0],
    }
    print(json.dumps(result))
    return 0 if result["lost"] == 0 and result["applied_twice"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
