"""The hub's refusals reach a German shop's host in German, while the hub itself answers in
English: a real hub, the real client and sync engine, and a small stand-in for the German
.qm (the shop's translator, installed as the UI installs it, through core.i18n)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
import requests
from hub_support import RunningHub
from sync_support import UNREACHABLE, Stall

from popuppos.core import i18n
from popuppos.core.ids import new_id
from popuppos.core.pass_token import SigningKey
from popuppos.sync.client import HubClient, HubRefused, HubUnreachable, NotAHub, ProtocolMismatch
from popuppos.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, PairRequest
from popuppos.ui.pairing_dialog import failure_sentence

GERMAN = {
    (
        "hub",
        "This pairing code is not valid; check it, or ask the owner for a new one.",
    ): "Dieser Kopplungscode ist ungültig; prüfen Sie ihn oder fragen Sie die Inhaberin "
    "nach einem neuen.",
    (
        "hub",
        "This pairing code was already used; ask the owner for a new one.",
    ): "Dieser Kopplungscode wurde schon verwendet; fragen Sie die Inhaberin nach einem neuen.",
    (
        "hub",
        "This pairing code expired (codes last 15 minutes); ask the owner for a new one.",
    ): "Dieser Kopplungscode ist abgelaufen (Codes gelten 15 Minuten); fragen Sie die "
    "Inhaberin nach einem neuen.",
    (
        "hub",
        "This device was retired by the shop owner.",
    ): "Dieses Gerät wurde von der Inhaberin stillgelegt.",
    (
        "sync/client",
        "Too many wrong pairing codes from this address; try again in {minutes} minutes.",
    ): "Zu viele falsche Kopplungscodes von dieser Adresse; versuchen Sie es in {minutes} "
    "Minuten erneut.",
    (
        "sync/client",
        "Too many wrong pairing codes from this address; try again in 1 minute.",
    ): "Zu viele falsche Kopplungscodes von dieser Adresse; versuchen Sie es in 1 Minute erneut.",
    ("sync/client", "Cannot reach the hub at {url}."): "Der Hub unter {url} ist nicht erreichbar.",
    (
        "sync/client",
        "{url} answered, but not as a PopupPOS hub does "
        "(a login page of the network, or the wrong address?).",
    ): "{url} hat geantwortet, aber nicht wie ein PopupPOS-Hub (eine Anmeldeseite des "
    "Netzwerks oder die falsche Adresse?).",
    (
        "sync/client",
        "This stall speaks protocol {stall}; the hub speaks {hub}: upgrade the hub.",
    ): "Dieser Stand spricht Protokoll {stall}, der Hub Protokoll {hub}: aktualisieren Sie "
    "den Hub.",
    (
        "sync/engine",
        "The hub no longer accepts this stall: {reason}",
    ): "Der Hub nimmt diesen Stand nicht mehr an: {reason}",
}


def _german(context: str, text: str) -> str:
    return GERMAN.get((context, text), text)


@pytest.fixture
def german() -> Iterator[None]:
    """The shop's language is German until the test ends."""
    i18n.install_translator(_german, "de_DE")
    yield
    i18n.install_translator(None)


@pytest.fixture
def hub(hub_server: RunningHub) -> Iterator[RunningHub]:
    hub_server.app.state.pairing_limiter.reset()
    yield hub_server
    hub_server.clock.offset = timedelta(0)
    hub_server.app.state.pairing_limiter.reset()


def _request(code: str) -> PairRequest:
    key = SigningKey.generate()
    return PairRequest(
        code=code,
        device_id=new_id(),
        device_name="Till 2",
        signing_key_id=key.key_id,
        signing_public_key=key.public_key_bytes.hex(),
    )


def _refused(call: Callable[[], object]) -> HubRefused:
    with pytest.raises(HubRefused) as caught:
        call()
    return caught.value


def _wire_detail(hub: RunningHub, request: PairRequest) -> str:
    """What the hub itself answers to a pairing request: always English."""
    answer = requests.post(
        f"{hub.url}/v1/pair",
        data=request.model_dump_json(),
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json"},
        timeout=5,
    )
    assert answer.status_code >= 400
    detail: str = answer.json()["detail"]
    return detail


def _bad_codes(hub: RunningHub, owner: HubClient) -> list[HubRefused]:
    """Unknown, expired and already used codes, refused by the hub, in that order."""
    stall = hub.client()
    unknown = _refused(lambda: stall.pair(_request("ZZZZ-ZZZZ-ZZ")))
    stale = owner.create_pairing_code().code
    hub.clock.offset = timedelta(minutes=16)
    expired = _refused(lambda: stall.pair(_request(stale)))
    hub.clock.offset = timedelta(0)
    used = owner.create_pairing_code().code
    stall.pair(_request(used))
    again = _refused(lambda: stall.pair(_request(used)))
    hub.app.state.pairing_limiter.reset()
    return [unknown, expired, again]


def test_a_german_shop_reads_the_hubs_pairing_refusals_in_german(
    hub: RunningHub, owner: HubClient, german: None
) -> None:
    unknown, expired, used = _bad_codes(hub, owner)
    assert (unknown.status, expired.status, used.status) == (400, 400, 400)
    assert unknown.message == (
        "Dieser Kopplungscode ist ungültig; prüfen Sie ihn oder fragen Sie die Inhaberin "
        "nach einem neuen."
    )
    assert expired.message == (
        "Dieser Kopplungscode ist abgelaufen (Codes gelten 15 Minuten); fragen Sie die "
        "Inhaberin nach einem neuen."
    )
    assert used.message == (
        "Dieser Kopplungscode wurde schon verwendet; fragen Sie die Inhaberin nach einem neuen."
    )
    # what the pairing dialog shows the host is that sentence, as it is
    assert failure_sentence(used, hub.url) == used.message
    # the hub itself still answers in English, translator or not
    assert _wire_detail(hub, _request("ZZZZ-ZZZZ-ZZ")) == (
        "This pairing code is not valid; check it, or ask the owner for a new one."
    )


def test_too_many_wrong_codes_names_the_minutes_to_wait_in_german(
    hub: RunningHub, owner: HubClient, german: None
) -> None:
    stall = hub.client()
    for _ in range(5):
        assert _refused(lambda: stall.pair(_request("AAAA-BBBB-CC"))).status == 400
    good = owner.create_pairing_code().code
    blocked = _refused(lambda: stall.pair(_request(good)))  # even a good code now
    assert blocked.status == 429 and blocked.retry_after is not None
    minutes = math.ceil(blocked.retry_after / 60)
    assert minutes == 10  # the hub's window: ten minutes from the first wrong code
    assert blocked.message == (
        "Zu viele falsche Kopplungscodes von dieser Adresse; versuchen Sie es in 10 Minuten erneut."
    )
    # the hub's own English sentence names the same minutes
    assert _wire_detail(hub, _request(good)).endswith("try again in 10 minutes.")

    hub.clock.offset = timedelta(minutes=9, seconds=30)  # half a minute of the wait left
    last = _refused(lambda: stall.pair(_request(good)))
    assert last.status == 429
    assert last.message == (
        "Zu viele falsche Kopplungscodes von dieser Adresse; versuchen Sie es in 1 Minute erneut."
    )
    assert _wire_detail(hub, _request(good)).endswith("try again in 1 minute.")


def test_an_unreachable_or_wrong_hub_is_said_in_german(hub: RunningHub, german: None) -> None:
    with HubClient(UNREACHABLE, timeout=2) as client, pytest.raises(HubUnreachable) as gone:
        client.health()
    assert str(gone.value) == f"Der Hub unter {UNREACHABLE} ist nicht erreichbar."

    # the hub's API docs page: something answers, but not the way a hub's API does
    docs = hub.url + "/docs#"
    with HubClient(docs, timeout=2) as client, pytest.raises(NotAHub) as portal:
        client.health()
    said = f"{docs} hat geantwortet, aber nicht wie ein PopupPOS-Hub"
    assert str(portal.value).startswith(said)
    # the pairing dialog recognises it in any language and adds its advice (its own words
    # come from Qt's translator, not installed here: they stay English in this test)
    assert failure_sentence(portal.value, docs) == f"{portal.value} Check the hub's address."

    newer = hub.client(protocol_version=PROTOCOL_VERSION + 1)
    with pytest.raises(ProtocolMismatch) as caught:
        newer.health()
    assert caught.value.message == (
        f"Dieser Stand spricht Protokoll {PROTOCOL_VERSION + 1}, der Hub Protokoll "
        f"{PROTOCOL_VERSION}: aktualisieren Sie den Hub."
    )


def test_a_retired_stall_is_told_in_german_why_sync_stopped(
    make_stall: Callable[[str], Stall], owner: HubClient, german: None
) -> None:
    stall = make_stall("Stall A")
    owner.retire_device(stall.db.device_id)
    assert stall.engine.attempt() is None  # the loop stops
    said = (
        "Der Hub nimmt diesen Stand nicht mehr an: "
        "Dieses Gerät wurde von der Inhaberin stillgelegt."
    )
    assert stall.engine.stopped_reason == said
    assert stall.engine.status().last_error == said


def test_without_a_translator_every_sentence_stays_english(
    hub: RunningHub, owner: HubClient, make_stall: Callable[[str], Stall]
) -> None:
    retired = make_stall("Stall B")  # first: wrong codes below block this address a while
    owner.retire_device(retired.db.device_id)
    assert retired.engine.attempt() is None
    assert retired.engine.stopped_reason == (
        "The hub no longer accepts this stall: This device was retired by the shop owner."
    )

    unknown, expired, used = _bad_codes(hub, owner)
    assert unknown.message == (
        "This pairing code is not valid; check it, or ask the owner for a new one."
    )
    assert expired.message == (
        "This pairing code expired (codes last 15 minutes); ask the owner for a new one."
    )
    assert used.message == "This pairing code was already used; ask the owner for a new one."

    stall = hub.client()
    for _ in range(5):
        _refused(lambda: stall.pair(_request("AAAA-BBBB-CC")))
    blocked = _refused(lambda: stall.pair(_request("AAAA-BBBB-CC")))
    assert blocked.status == 429
    assert blocked.message == _wire_detail(hub, _request("AAAA-BBBB-CC"))
    assert blocked.message == (
        "Too many wrong pairing codes from this address; try again in 10 minutes."
    )

    with HubClient(UNREACHABLE, timeout=2) as client, pytest.raises(HubUnreachable) as gone:
        client.health()
    assert str(gone.value) == f"Cannot reach the hub at {UNREACHABLE}."
