"""Pairing a stall from the app: the real dialog, a real hub, a real stall database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hub_support import RunningHub
from pytestqt.qtbot import QtBot
from sync_support import UNREACHABLE, quick_client

from popuppos.services import shop
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, open_database
from popuppos.sync.client import HubClient
from popuppos.sync.protocol import parse_pairing_qr
from popuppos.sync.state import DatabaseTokenStore, load_config, pair_device
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.pairing_dialog import PairingDialog, input_problem, normalise_hub_url
from popuppos.ui.qt import QDialog, Qt
from popuppos.ui.sync_status import SyncBridge


@pytest.fixture
def stall_db(tmp_path: Path, hub_server: RunningHub) -> Iterator[Database]:
    hub_server.app.state.pairing_limiter.reset()
    db = open_database(tmp_path / "stall.sqlite")
    shop.save_settings(db, device_name="Till 1")
    yield db
    wait_for_operations()
    db.close()
    hub_server.clock.offset = timedelta(0)
    hub_server.app.state.pairing_limiter.reset()


def dialog_for(qtbot: QtBot, db: Database, bridge: SyncBridge | None = None) -> PairingDialog:
    ctx = AppContext(db=db, settings=get_settings(db))
    dialog = PairingDialog(ctx, bridge, token_store=DatabaseTokenStore(db))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: PairingDialog, url: str, code: str) -> str:
    dialog.url_edit.setText(url)
    dialog.code_edit.setText(code)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    return dialog.notice.text()


def test_the_qr_text_parses_and_typing_is_checked_before_asking_the_hub() -> None:
    assert parse_pairing_qr("POPUPPOS-PAIR:http://10.0.0.5:8765:K7QM-2XWP-9F") == (
        "http://10.0.0.5:8765",
        "K7QM-2XWP-9F",
    )
    assert parse_pairing_qr("popuppos-pair:https://hub.example/:ABCD") == (
        "https://hub.example",
        "ABCD",
    )
    assert parse_pairing_qr("K7QM-2XWP-9F") is None
    assert parse_pairing_qr("POPUPPOS-PAIR:ftp://x:CODE") is None
    assert normalise_hub_url(" 192.168.1.20:8765/ ") == "http://192.168.1.20:8765"
    assert "address" in (input_problem("", "K7QM-2XWP-9F") or "")
    assert "10 letters" in (input_problem("http://h", "K7QM-2XW") or "")
    assert input_problem("http://h", "k7qm 2xwp 9f") is None


def test_every_failure_is_one_plain_sentence_and_stores_nothing(
    qtbot: QtBot, stall_db: Database, hub_server: RunningHub, owner: HubClient
) -> None:
    dialog = dialog_for(qtbot, stall_db)
    good = owner.create_pairing_code().code

    said = attempt(qtbot, dialog, UNREACHABLE, good)
    assert said.startswith(f"Cannot reach the shop hub at {UNREACHABLE}.")

    said = attempt(qtbot, dialog, hub_server.url, "ZZZZ-ZZZZ-ZZ")
    assert said == "This pairing code is not valid; check it, or ask the owner for a new one."

    hub_server.clock.offset = timedelta(minutes=16)
    said = attempt(qtbot, dialog, hub_server.url, good)
    assert said.startswith("This pairing code expired (codes last 15 minutes)")
    hub_server.clock.offset = timedelta(0)

    # a code another stall used first
    used = owner.create_pairing_code().code
    other = open_database(stall_db.path.with_name("other.sqlite"))
    try:
        pair_device(other, hub_server.url, used, token_store=DatabaseTokenStore(other))
    finally:
        other.close()
    said = attempt(qtbot, dialog, hub_server.url, used)
    assert said == "This pairing code was already used; ask the owner for a new one."

    # a hub of another protocol version says which side to upgrade
    dialog._client_factory = lambda url: HubClient(url, protocol_version=99, timeout=(1.0, 5.0))
    said = attempt(qtbot, dialog, hub_server.url, good)
    assert said.endswith("upgrade the hub.")
    dialog._client_factory = None

    assert load_config(stall_db) is None
    assert DatabaseTokenStore(stall_db).get(stall_db.device_id) is None
    assert dialog.isVisible() and dialog.connect_button.isEnabled()


def test_a_scanned_qr_pairs_the_stall_and_starts_syncing(
    qtbot: QtBot, stall_db: Database, hub_server: RunningHub, owner: HubClient
) -> None:
    bridge = SyncBridge(stall_db, client_factory=quick_client, interval=600.0, poll=600.0)
    dialog = dialog_for(qtbot, stall_db, bridge)
    pairing = owner.create_pairing_code()
    try:
        dialog.handle_scan("not a pairing code")
        assert "not a PopupPOS pairing code" in dialog.notice.text()

        # the QR's text pasted into the address field fills both fields
        dialog.url_edit.setText(pairing.qr_text)
        assert dialog.url_edit.text() == hub_server.url
        assert dialog.code_edit.text() == pairing.code
        dialog.url_edit.clear()

        with qtbot.waitSignal(dialog.paired, timeout=15_000) as done:
            dialog.handle_scan(pairing.qr_text)
        config = done.args[0]
        assert config.hub_url == hub_server.url
        assert dialog.result() == QDialog.DialogCode.Accepted
        stored = load_config(stall_db)
        assert stored is not None and stored.shop_name == "Lantern & Loom"
        assert DatabaseTokenStore(stall_db).get(stall_db.device_id)
        assert [d.name for d in owner.devices()] == ["Till 1"]

        def synced() -> None:
            assert bridge.last_status.state == "idle" and bridge.last_status.online

        qtbot.waitUntil(synced, timeout=15_000)
        assert bridge.running
    finally:
        bridge.stop()
