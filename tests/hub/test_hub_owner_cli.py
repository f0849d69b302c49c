"""``popuppos hub devices / allocate / rebalance``: the owner's commands on a real hub
database file, through the hub's own functions, with every refusal one sentence."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from popuppos.cli import main
from popuppos.core.ids import new_id
from popuppos.core.pass_token import SigningKey
from popuppos.hub.allocations import allocation
from popuppos.hub.auth import AttemptLimiter, Caller
from popuppos.hub.events import push
from popuppos.hub.models import HubEvent
from popuppos.hub.pairing import (
    create_pairing_code,
    create_shop,
    list_devices,
    pair,
    retire_device,
)
from popuppos.hub.store import HubStore
from popuppos.sync.protocol import DROP_ALLOCATED, PairRequest, PushBatch, PushEvent


@dataclass
class Shop:
    db: str  # the --db argument: a file path
    url: str
    shop_id: str
    owner: str
    devices: dict[str, str]  # name -> device id
    drop_id: str


def _event(event_type: str, payload: dict[str, object], seq: int) -> PushEvent:
    return PushEvent(
        event_id=new_id(),
        event_type=event_type,
        aggregate_id=str(payload.get("drop_id") or payload.get("sale_id")),
        payload=payload,
        created_at=datetime.now(UTC),
        device_seq=seq,
    )


def _sale(drop_id: str, quantity: int, seq: int) -> PushEvent:
    line = {"id": new_id(), "drop_id": drop_id, "quantity": quantity}
    return _event("sale.completed", {"sale_id": new_id(), "lines": [line]}, seq)


@pytest.fixture
def shop(tmp_path: Path) -> Shop:
    """A hub file: a shop, Stall A (sold 3 of a drop of 10), Stall B (sold 1), and a
    retired Stall C."""
    path = tmp_path / "hub.sqlite"
    url = f"sqlite:///{path}"
    store = HubStore(url)
    try:
        shop_id, owner = create_shop(store, "Lantern & Loom")
        limiter = AttemptLimiter(5, timedelta(minutes=15))
        devices: dict[str, str] = {}
        for name in ("Stall A", "Stall B", "Stall C"):
            key = SigningKey.generate()
            request = PairRequest(
                code=create_pairing_code(store, shop_id, "http://hub").code,
                device_id=new_id(),
                device_name=name,
                signing_key_id=key.key_id,
                signing_public_key=key.public_key_bytes.hex(),
            )
            pair(store, request, limiter, "test")
            devices[name] = request.device_id
        drop_id = new_id()
        a, b = devices["Stall A"], devices["Stall B"]
        saved = {"drop_id": drop_id, "name": "Glazed mug", "edition_size": 10}
        events = [_event("drop.saved", saved, 1), _sale(drop_id, 2, 2), _sale(drop_id, 1, 3)]
        push(store, Caller(shop_id, a), PushBatch(device_id=a, events=events))
        push(store, Caller(shop_id, b), PushBatch(device_id=b, events=[_sale(drop_id, 1, 1)]))
        retire_device(store, shop_id, devices["Stall C"])
    finally:
        store.close()
    return Shop(str(path), url, shop_id, owner, devices, drop_id)


def run(shop: Shop, *args: str) -> list[str]:
    return ["hub", args[0], "--db", shop.db, "--owner-token", shop.owner, *args[1:]]


def split_of(shop: Shop) -> dict[str, int]:
    store = HubStore(shop.url)
    try:
        found = allocation(store, shop.shop_id, shop.drop_id)
    finally:
        store.close()
    return {a.name: a.units for a in found.allocations}


def allocated_events(shop: Shop) -> list[dict[str, object]]:
    store = HubStore(shop.url)
    try:
        with store.read() as session:
            texts = session.scalars(
                select(HubEvent.payload).where(HubEvent.event_type == DROP_ALLOCATED)
            ).all()
    finally:
        store.close()
    return [json.loads(t) for t in texts]


def test_devices_lists_names_ids_and_who_was_retired(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(run(shop, "devices")) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.split(r"\s{2,}", lines[0]) == ["Name", "Device id", "Paired", "Retired"]
    by_name = {line.split("  ")[0].strip(): line for line in lines[1:]}
    assert list(by_name) == ["Stall A", "Stall B", "Stall C"]
    for name, device_id in shop.devices.items():
        assert device_id in by_name[name]
    assert by_name["Stall A"].rstrip().endswith("—")  # not retired
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d$", by_name["Stall C"].rstrip())


def test_allocate_sets_the_split_by_name_or_id_and_prints_it(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    b_id = shop.devices["Stall B"]
    assert main(run(shop, "allocate", shop.drop_id, "stall a=6", f"{b_id}=4")) == 0
    out = capsys.readouterr().out
    assert f"Glazed mug ({shop.drop_id})" in out
    assert "Edition of 10: 4 sold, 0 not given to any device." in out
    rows = {line.split("  ")[0]: line.split() for line in out.splitlines()}
    assert rows["Stall A"][2:6] == ["6", "3", "3", shop.devices["Stall A"]]
    assert rows["Stall B"][2:6] == ["4", "1", "3", shop.devices["Stall B"]]
    assert split_of(shop) == {"Stall A": 6, "Stall B": 4}
    [event] = allocated_events(shop)
    assert event["units"] == {shop.devices["Stall A"]: 6, shop.devices["Stall B"]: 4}


@pytest.mark.parametrize(
    ("shares", "message"),
    [
        (("Stall A=8", "Stall B=3"), "The shares add up to 11, more than the edition of 10."),
        (("Stall A=2",), "Stall A has sold 3 already; its share cannot be smaller than that."),
        (("Stall Z=2",), "No device 'Stall Z' is paired with this shop; 'popuppos hub devices'"),
        (("Stall C=2",), "Stall C was retired; it cannot get a share."),
        (("Stall A",), "'Stall A' is not DEVICE=UNITS"),
        (("Stall A=six",), "the share must be a whole number of units"),
        (("Stall A=-1",), "a share cannot be negative"),
        (("Stall A=5", "stall a=4"), "Stall A is given a share twice."),
    ],
)
def test_allocate_refuses_with_one_sentence_and_changes_nothing(
    shop: Shop, capsys: pytest.CaptureFixture[str], shares: tuple[str, ...], message: str
) -> None:
    assert main(run(shop, "allocate", shop.drop_id, *shares)) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("PopupPOS hub: ") and message in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert split_of(shop) == {} and allocated_events(shop) == []


def test_an_unknown_drop_or_owner_token_is_a_sentence(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    unknown = new_id()
    assert main(run(shop, "allocate", unknown, "Stall A=5")) == 2
    err = capsys.readouterr().err
    assert f"Drop {unknown}: this hub has not received it; check the id" in err
    assert main(run(shop, "rebalance", unknown)) == 2
    assert f"Drop {unknown}:" in capsys.readouterr().err
    wrong = ["hub", "devices", "--db", shop.db, "--owner-token", "ppo_nope"]
    assert main(wrong) == 2
    assert "not known" in capsys.readouterr().err


def test_rebalance_shares_the_unsold_units_and_prints_the_split(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    # the named devices: 6 unsold units, 3 each on top of what each sold
    assert main(run(shop, "rebalance", shop.drop_id, "Stall A", "Stall B")) == 0
    out = capsys.readouterr().out
    assert "Edition of 10: 4 sold, 0 not given to any device." in out
    assert "The stalls take the new split when they next sync." in out
    assert split_of(shop) == {"Stall A": 6, "Stall B": 4}

    # no devices named: the current split's active ones
    assert main(run(shop, "rebalance", shop.drop_id)) == 0
    assert split_of(shop) == {"Stall A": 6, "Stall B": 4}
    assert [e["reason"] for e in allocated_events(shop)] == ["rebalance", "rebalance"]

    assert main(run(shop, "rebalance", shop.drop_id, "Stall C")) == 2
    assert "Stall C was retired; it cannot get a share." in capsys.readouterr().err


def test_the_owner_commands_run_as_a_program(shop: Shop) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "popuppos.cli", *run(shop, "allocate", shop.drop_id, "Stall B=5")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Stall B" in done.stdout and "Stall A" in done.stdout  # A keeps what it sold
    assert split_of(shop) == {"Stall B": 5, "Stall A": 3}


def test_retire_stops_a_device_by_name_and_says_so_twice_over(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(run(shop, "retire", "stall b")) == 0
    assert capsys.readouterr().out.startswith(
        "Stall B is retired: its credential and signing key are no longer accepted."
    )
    store = HubStore(shop.url)
    try:
        retired = {d.name for d in list_devices(store, shop.shop_id).devices if d.retired_at}
    finally:
        store.close()
    assert retired == {"Stall B", "Stall C"}
    assert main(run(shop, "retire", shop.devices["Stall B"])) == 0
    assert capsys.readouterr().out.startswith("Stall B was already retired on ")
    assert main(run(shop, "retire", "Stall Z")) == 2
    err = capsys.readouterr().err
    assert "No device 'Stall Z' is paired with this shop" in err
