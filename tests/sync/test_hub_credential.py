"""Where the hub credential is kept: the OS keyring when there is one (never the database),
otherwise the stall database alone (mode 0600), never in settings, the outbox or the logs;
a token file from an older version is moved in once."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pytest
from hub_support import RunningHub
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sync_support import Stall, quick_client

from helpers import cart_of, rows, scalar, seed_products
from popuppos.core.tender import cash_for
from popuppos.services import shop
from popuppos.services.checkout import complete_sale
from popuppos.services.shifts import open_shift
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.sync import credential
from popuppos.sync.client import HubClient
from popuppos.sync.engine import SyncEngine
from popuppos.sync.state import (
    CredentialStorageProblem,
    DatabaseTokenStore,
    legacy_token_file,
    load_config,
    pair_device,
)
from popuppos.ui.context import AppContext
from popuppos.ui.sync_status import SyncBridge, SyncStatusWidget


class FakeKeyring:
    """What the ``keyring`` module offers, in memory."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.saved[service, user] = password

    def delete_password(self, service: str, user: str) -> None:
        del self.saved[service, user]


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def sell_one(db: Database) -> None:
    items = seed_products(db)
    cart = cart_of(items["MUG"].line(1))
    total = cart.priced().total
    complete_sale(db, cart, [cash_for(total, total)], cashier="Ann")


def everything_but_the_credential(db: Database) -> str:
    """Every value of settings, sync_state and the outbox, as one text."""
    parts: list[str] = []
    for table in ("settings", "sync_state", "outbox"):
        parts.extend(repr(tuple(r)) for r in rows(db, f"SELECT * FROM {table}"))
    return "\n".join(parts)


def file_bytes(db: Database) -> bytes:
    with db.engine.connect() as conn:  # everything written into the main file
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return db.path.read_bytes()


def test_without_a_keyring_the_token_is_in_the_private_database_only(
    stalls: tuple[Stall, Stall], caplog: pytest.LogCaptureFixture
) -> None:
    a, _ = stalls
    caplog.set_level(logging.DEBUG)
    sell_one(a.db)
    a.sync()
    assert a.engine.status().waiting == 0  # the stored token works
    token = a.tokens.get(a.db.device_id)
    assert token and token.startswith("ppd_")

    assert rows(a.db, "SELECT device_id, token FROM hub_credential") == [(a.db.device_id, token)]
    assert token not in everything_but_the_credential(a.db)
    assert token not in caplog.text
    assert not legacy_token_file(a.db).exists()
    for path in (a.db.path, a.db.path.with_name(a.db.path.name + "-wal")):
        assert mode(path) == 0o600
    assert a.engine.status().token_store == "database"
    assert scalar(a.db, "SELECT token_store FROM sync_state") == "database"


def test_the_status_says_where_the_credential_is(qtbot: QtBot, stalls: tuple[Stall, Stall]) -> None:
    a, _ = stalls
    bridge = SyncBridge(a.db, client_factory=quick_client, interval=600.0, poll=600.0)
    widget = SyncStatusWidget(AppContext(db=a.db, settings=get_settings(a.db)), bridge)
    qtbot.addWidget(widget)
    widget.show_status(a.engine.status())
    tip = widget.toolTip()
    kept = "The hub credential is kept in this stall's database (readable by this user only)."
    assert kept in tip
    token = a.tokens.get(a.db.device_id)
    assert token and token not in tip


def test_with_a_keyring_the_token_is_never_in_the_database(
    tmp_path: Path,
    hub_server: RunningHub,
    owner: HubClient,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    keyring = FakeKeyring()
    monkeypatch.setattr(credential, "usable_keyring", lambda: keyring)
    caplog.set_level(logging.DEBUG)
    db = open_database(tmp_path / "keyring.sqlite")
    try:
        shop.save_settings(db, device_name="Till K")
        open_shift(db, opened_by="Ann", opening_float=0)
        config = pair_device(db, hub_server.url, owner.create_pairing_code().code)
        assert config.token_store == "keyring"
        [token] = keyring.saved.values()
        sell_one(db)
        engine = SyncEngine(db, client_factory=quick_client, interval=60.0, poll=0.02)
        engine.sync_once()
        status = engine.status()
        assert (status.waiting, status.token_store) == (0, "keyring")
        assert scalar(db, "SELECT COUNT(*) FROM hub_credential") == 0
        assert token not in everything_but_the_credential(db)
        assert token.encode() not in file_bytes(db)
        assert token not in caplog.text
        assert not legacy_token_file(db).exists()
    finally:
        db.close()


def test_a_token_file_of_an_older_version_is_moved_into_the_database(
    stalls: tuple[Stall, Stall],
) -> None:
    a, _ = stalls
    token = a.tokens.get(a.db.device_id)
    assert token
    # as an older version left it: the token in <db>.hub-token, sync_state saying "file"
    legacy = legacy_token_file(a.db)
    fd = os.open(legacy, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({a.db.device_id: token}, fh)
    with a.db.write() as conn:
        conn.execute(text("DELETE FROM hub_credential"))
        conn.execute(text("UPDATE sync_state SET token_store = 'file'"))

    sell_one(a.db)
    engine = SyncEngine(a.db, client_factory=quick_client, interval=60.0, poll=0.02)
    engine.sync_once()
    assert engine.status().waiting == 0  # it synced with the old file's token
    assert not legacy.exists()
    assert rows(a.db, "SELECT token FROM hub_credential") == [(token,)]
    config = load_config(a.db)
    assert config is not None and config.token_store == "database"


def test_a_database_others_may_read_is_made_private_or_the_token_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_path / "shared.sqlite")
    try:
        assert mode(db.path) == 0o600  # created for this user alone
        store = DatabaseTokenStore(db)
        os.chmod(db.path, 0o644)
        store.put(db.device_id, "ppd_first")
        assert mode(db.path) == 0o600  # tightened before the token went in
        assert store.get(db.device_id) == "ppd_first"

        # a file this user cannot tighten (another owner, a read-only share): refused
        os.chmod(db.path, 0o644)
        monkeypatch.setattr(os, "chmod", lambda *_a, **_k: None)  # undone below
        with pytest.raises(CredentialStorageProblem, match="other users") as refused:
            store.put(db.device_id, "ppd_second")
        assert f"chmod 600 {db.path}" in str(refused.value)
        assert store.get(db.device_id) == "ppd_first"

        class NeverAsked:
            def pair(self, _request: object) -> object:
                raise AssertionError("the pairing code must not be spent")

        # pairing says so before spending the one-time code
        with pytest.raises(CredentialStorageProblem):
            pair_device(
                db,
                "http://hub",
                "ABCD-EFGH-JK",
                token_store=store,
                client=NeverAsked(),  # type: ignore[arg-type]
            )
        assert load_config(db) is None
    finally:
        monkeypatch.undo()
        os.chmod(db.path, 0o600)
        db.close()
