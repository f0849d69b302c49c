"""The request log (JSON lines, never a token), and ``popuppos hub`` on the command line."""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_support import RunningHub, event
from sqlalchemy.exc import IntegrityError

from popuppos.cli import main
from popuppos.hub import events as hub_events
from popuppos.hub.auth import Caller
from popuppos.sync.client import HubClient, HubRefused, HubUnreachable


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def request_log() -> Iterator[Lines]:
    logger = logging.getLogger("popuppos.hub")
    handler, level = Lines(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def test_each_request_is_one_json_line_without_tokens(hub: RunningHub, request_log: Lines) -> None:
    shop_id, owner = hub.new_shop()
    device = hub.pair(owner)
    device.client.push(device.batch([event()]))
    cursor = device.client.pull().cursor
    device.client.pull(cursor)
    with pytest.raises(HubRefused):
        hub.client("ppd_wrong-token").pull()
    time.sleep(0.05)  # the server thread writes the last line after the answer is sent

    records = [json.loads(line) for line in request_log.lines]
    assert all(
        set(r) == {"method", "path", "status", "duration_ms", "shop_id", "device_id"}
        for r in records
    )
    by_path = {(r["method"], r["path"], r["status"]): r for r in records}
    push = by_path["POST", "/v1/push", 200]
    assert (push["shop_id"], push["device_id"]) == (shop_id, device.device_id)
    assert push["duration_ms"] >= 0
    assert by_path["POST", "/v1/pairing-codes", 201]["device_id"] is None
    assert by_path["POST", "/v1/pair", 201]["shop_id"] == shop_id
    assert by_path["GET", "/v1/pull", 401]["shop_id"] is None
    text = "\n".join(request_log.lines)
    for secret in (owner.token or "", device.token, "ppd_wrong-token", cursor):
        assert secret not in text


def test_an_unexpected_error_is_a_500_sentence_and_a_log_line(
    hub: RunningHub, request_log: Lines, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, owner = hub.new_shop()
    device = hub.pair(owner)

    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(hub_events, "pull", broken)
    with pytest.raises(HubRefused) as caught:
        device.client.pull()
    assert caught.value.status == 500 and caught.value.retryable
    assert "unexpected problem" in caught.value.message
    assert "disk on fire" not in caught.value.message  # details stay in the hub's log
    time.sleep(0.05)
    records = [json.loads(line) for line in request_log.lines]
    [crash] = [r for r in records if r.get("event") == "unhandled_error"]
    assert crash["path"] == "/v1/pull" and "disk on fire" in crash["error"]
    assert any(r.get("path") == "/v1/pull" and r.get("status") == 500 for r in records)


def test_a_unique_clash_mid_push_retries_the_batch(
    hub: RunningHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, owner = hub.new_shop()
    device = hub.pair(owner)
    sale = event()
    real_apply = hub_events._apply
    calls = []

    def clash_once(*args: object) -> object:
        calls.append(1)
        if len(calls) == 1:  # as if another writer inserted the id after our check
            raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))
        return real_apply(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(hub_events, "_apply", clash_once)
    caller = Caller(device.shop_id, device.device_id)
    answer = hub_events.push(hub.store, caller, device.batch([sale]))
    assert [r.status for r in answer.results] == ["applied"] and len(calls) == 2


# -- the command line ----------------------------------------------------------------------
def test_create_shop_prints_the_owner_token_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'hub.sqlite'}"
    assert main(["hub", "create-shop", "--db", db, "Lantern & Loom"]) == 0
    out = capsys.readouterr().out
    [token] = re.findall(r"Owner token: (ppo_[A-Za-z0-9_-]{43})", out)
    assert "shown only now" in out

    assert main(["hub", "pairing-code", "--db", db, "--owner-token", token]) == 0
    out = capsys.readouterr().out
    [code] = re.findall(r"Pairing code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2})", out)
    assert f"POPUPPOS-PAIR:http://127.0.0.1:8765:{code}" in out

    assert main(["hub", "pairing-code", "--db", db, "--owner-token", "ppo_nope"]) == 2
    assert "not known" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("nosuchdriver://x", "No database driver"),
        ("sqlite:///{tmp}/missing/hub.sqlite", "does not exist"),
        ("sqlite://", "keeps its data in a file"),
        ("{tmp}/stall.sqlite", "a stall's PopupPOS database"),
    ],
)
def test_a_database_the_hub_cannot_use_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str, message: str
) -> None:
    from popuppos.store.db import open_database

    open_database(tmp_path / "stall.sqlite").close()
    assert main(["hub", "create-shop", "--db", db.format(tmp=tmp_path), "Shop"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_popuppos_hub_serves_until_stopped(tmp_path: Path) -> None:
    db, port = str(tmp_path / "hub.sqlite"), _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "popuppos.cli", "hub", "--db", db, "--port", str(port)]
    server = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        with HubClient(f"http://127.0.0.1:{port}", timeout=1) as client:
            deadline = time.monotonic() + 30
            while True:
                try:
                    health = client.health()
                    break
                except HubUnreachable:
                    assert server.poll() is None, server.communicate()[1]
                    assert time.monotonic() < deadline, "the hub did not start in 30 s"
                    time.sleep(0.1)
        assert health.status == "ok"
    finally:
        server.terminate()
        _, err = server.communicate(timeout=15)
    # uvicorn shuts down gracefully, then re-raises SIGTERM so the exit code tells why.
    assert server.returncode in (0, -15) and "Application shutdown complete" in err
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert any(r["path"] == "/v1/health" and r["status"] == 200 for r in lines)
    assert Path(db).exists()
