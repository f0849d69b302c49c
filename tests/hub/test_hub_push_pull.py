"""Push applies each event at most once and answers per event; pull pages by cursor;
no device reaches another shop's events."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from hub_support import Device, RunningHub, event

from popuppos.core.ids import new_id
from popuppos.sync.client import HubClient, HubRefused
from popuppos.sync.protocol import MAX_PUSH_EVENTS, PushBatch, PushEvent, PushResponse


@pytest.fixture
def pair_of_stalls(hub: RunningHub) -> tuple[Device, Device]:
    _, owner = hub.new_shop()
    return hub.pair(owner, "Till"), hub.pair(owner, "Kiosk")


def _stored(hub: RunningHub, device: Device) -> int:
    [(count,)] = hub.rows("SELECT COUNT(*) FROM events WHERE device_id = :d", d=device.device_id)
    return int(count)


def test_a_batch_sent_again_is_answered_duplicate_not_applied_twice(
    hub: RunningHub, pair_of_stalls: tuple[Device, Device]
) -> None:
    till, _ = pair_of_stalls
    first = [event(seq=i) for i in range(1, 4)]
    answer = till.client.push(till.batch(first))
    assert [(r.event_id, r.status) for r in answer.results] == [
        (e.event_id, "applied") for e in first
    ]
    # The answer was lost (client killed): the outbox sends the same events again, plus new.
    more = [event(seq=i) for i in range(4, 6)]
    again = till.client.push(till.batch(first + more))
    assert [r.status for r in again.results] == ["duplicate"] * 3 + ["applied"] * 2
    assert _stored(hub, till) == 5


def test_an_event_repeated_inside_one_batch_is_applied_once(
    hub: RunningHub, pair_of_stalls: tuple[Device, Device]
) -> None:
    till, _ = pair_of_stalls
    once = event()
    upper = once.model_copy(update={"event_id": once.event_id.upper()})
    answer = till.client.push(till.batch([once, PushEvent.model_validate(upper.model_dump())]))
    assert [r.status for r in answer.results] == ["applied", "duplicate"]
    assert _stored(hub, till) == 1


def test_decimal_money_is_rejected_per_event(
    hub: RunningHub, pair_of_stalls: tuple[Device, Device]
) -> None:
    till, kiosk = pair_of_stalls
    good = event(payload={"total_minor": 1250, "paid": True, "lines": [{"qty": 2}], "note": None})
    bad = event(payload={"lines": [{"qty": 1, "unit_price": 12.5}], "currency": "EUR"})
    whole = event(payload={"total": 10.0})
    answer = till.client.push(till.batch([good, bad, whole]))
    assert [r.status for r in answer.results] == ["applied", "rejected", "rejected"]
    assert answer.results[0].reason is None
    reason = answer.results[1].reason or ""
    assert "payload.lines[0].unit_price is a decimal number (12.5)" in reason
    assert "integers" in reason
    assert "payload.total" in (answer.results[2].reason or "")
    assert [c.event_id for c in kiosk.client.pull().changes if c.origin_device_id != "hub"] == [
        good.event_id
    ]
    # Sent again, a rejected event is still rejected: nothing about it was stored.
    assert till.client.push(till.batch([bad])).results[0].status == "rejected"


def test_a_stall_cannot_push_the_hubs_own_events(pair_of_stalls: tuple[Device, Device]) -> None:
    till, _ = pair_of_stalls
    forged = event("device.paired", {"device_id": new_id(), "public_key": "00" * 32})
    [result] = till.client.push(till.batch([forged])).results
    assert result.status == "rejected" and "made by the hub alone" in (result.reason or "")


def test_a_batch_must_come_from_the_tokens_device_and_fit(
    pair_of_stalls: tuple[Device, Device],
) -> None:
    till, kiosk = pair_of_stalls
    with pytest.raises(HubRefused) as caught:
        till.client.push(kiosk.batch([event()]))
    assert caught.value.status == 403
    assert "a device pushes only its own events" in caught.value.message
    with pytest.raises(ValueError):
        PushBatch(device_id=till.device_id, events=[event()] * (MAX_PUSH_EVENTS + 1))
    assert till.client.push(till.batch([])).results == []


def _push_with(clients: list[HubClient], batch: PushBatch, index: int) -> PushResponse:
    return clients[index].push(batch)


def _race(push: Callable[[int], PushResponse]) -> list[list[str]]:
    """Run push(0) and push(1) at the same moment on two threads; their statuses."""
    gate = threading.Barrier(2)
    statuses: list[list[str]] = []
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            gate.wait(timeout=5)
            statuses.append([r.status for r in push(index).results])
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    return statuses


def test_the_same_event_racing_from_two_threads_is_applied_once(
    hub: RunningHub, pair_of_stalls: tuple[Device, Device]
) -> None:
    till, _ = pair_of_stalls
    clients = [hub.client(till.token), hub.client(till.token)]
    for _ in range(5):
        racing = [event(seq=i) for i in range(20)]
        statuses = _race(functools.partial(_push_with, clients, till.batch(racing)))
        assert sorted(statuses) == [["applied"] * 20, ["duplicate"] * 20]
    assert _stored(hub, till) == 100


def test_a_device_away_for_long_pages_through_with_the_cursor(
    hub: RunningHub, pair_of_stalls: tuple[Device, Device]
) -> None:
    till, kiosk = pair_of_stalls
    sold = [event(seq=i) for i in range(1, 1201)]
    for start in range(0, 1200, MAX_PUSH_EVENTS):
        answer = till.client.push(till.batch(sold[start : start + MAX_PUSH_EVENTS]))
        assert {r.status for r in answer.results} == {"applied"}
    kiosk.client.push(kiosk.batch([event()]))  # its own events never come back to it

    pages, cursor, more = [], "", True
    while more:
        page = kiosk.client.pull(cursor, limit=500)
        pages.append(page.changes)
        cursor, more = page.cursor, page.more
        assert not cursor.isdigit()  # opaque, never a time or a bare number
    sizes = [len(page) for page in pages]
    assert sizes == [500, 500, 202]  # two device.paired events, then the till's 1,200 sales
    changes = [change for page in pages for change in page]
    assert [c.hub_seq for c in changes] == sorted({c.hub_seq for c in changes})
    from_till = [c for c in changes if c.origin_device_id == till.device_id]
    assert [c.event_id for c in from_till] == [e.event_id for e in sold]
    assert from_till[0].payload == sold[0].payload
    assert all(c.origin_device_id != kiosk.device_id for c in changes)

    caught_up = kiosk.client.pull(cursor)
    assert (caught_up.changes, caught_up.more, caught_up.cursor) == ([], False, cursor)
    late = event()
    till.client.push(till.batch([late]))
    assert [c.event_id for c in kiosk.client.pull(cursor).changes] == [late.event_id]


def test_times_travel_as_utc_and_the_device_clock_is_kept(
    pair_of_stalls: tuple[Device, Device],
) -> None:
    till, kiosk = pair_of_stalls
    wrong_clock = datetime(2026, 3, 1, 9, 30)  # naive: the outbox stores naive UTC
    sale = event().model_copy(update={"created_at": wrong_clock})
    till.client.push(till.batch([PushEvent.model_validate(sale.model_dump())]))
    [change] = [c for c in kiosk.client.pull().changes if c.event_id == sale.event_id]
    assert change.created_at.utcoffset() == timedelta(0)
    assert change.created_at.replace(tzinfo=None) == wrong_clock
    assert change.received_at > change.created_at


def test_a_cursor_the_hub_did_not_issue_is_refused(pair_of_stalls: tuple[Device, Device]) -> None:
    till, _ = pair_of_stalls
    for cursor in ("2026-05-01T10:00:00", "c1.!!!", "c1.AAAA"):
        with pytest.raises(HubRefused) as caught:
            till.client.pull(cursor)
        assert caught.value.status == 400 and "not issued by this hub" in caught.value.message
    with pytest.raises(HubRefused) as too_many:
        till.client.pull(limit=5000)
    assert too_many.value.status == 422


def test_a_device_reads_and_writes_nothing_of_another_shop(hub: RunningHub) -> None:
    _, owner_a = hub.new_shop("Shop A")
    _, owner_b = hub.new_shop("Shop B")
    a1, a2 = hub.pair(owner_a), hub.pair(owner_a)
    b1, b2 = hub.pair(owner_b), hub.pair(owner_b)
    secret = event(payload={"total_minor": 99_00})
    b1.client.push(b1.batch([secret]))
    a1.client.push(a1.batch([event()]))

    seen_by_a = a2.client.pull().changes
    assert secret.event_id not in {c.event_id for c in seen_by_a}
    assert {c.aggregate_id for c in seen_by_a if c.event_type == "device.paired"} == {
        a1.device_id,
        a2.device_id,
    }
    assert a1.device_id not in {c.origin_device_id for c in b2.client.pull().changes}
    # A's token claiming B's device is refused; the same event id in shop A is A's own.
    with pytest.raises(HubRefused) as caught:
        a1.client.push(b1.batch([event()]))
    assert caught.value.status == 403
    assert a1.client.push(a1.batch([secret])).results[0].status == "applied"
    assert b1.client.push(b1.batch([secret])).results[0].status == "duplicate"
