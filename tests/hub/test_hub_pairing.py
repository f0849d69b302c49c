"""Pairing codes, device credentials, retirement, owner-only calls and shop scoping."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hub_support import RunningHub, event

from popuppos.core.ids import new_id
from popuppos.core.pass_token import SigningKey
from popuppos.hub.auth import CODE_ALPHABET, digest
from popuppos.sync.client import HubClient, HubRefused
from popuppos.sync.protocol import PairRequest


def _request(code: str, key: SigningKey | None = None, device_id: str | None = None) -> PairRequest:
    key = key or SigningKey.generate()
    return PairRequest(
        code=code,
        device_id=device_id or new_id(),
        device_name="Front till",
        signing_key_id=key.key_id,
        signing_public_key=key.public_key_bytes.hex(),
    )


def _refusal(call: object) -> HubRefused:
    assert callable(call)
    with pytest.raises(HubRefused) as caught:
        call()
    return caught.value


def test_a_device_pairs_once_with_a_fresh_code(hub: RunningHub) -> None:
    shop_id, owner = hub.new_shop("Lantern & Loom")
    code = owner.create_pairing_code()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}", code.code)
    assert set(code.code.replace("-", "")) <= set(CODE_ALPHABET)
    assert code.qr_text == f"POPUPPOS-PAIR:{hub.url}:{code.code}"
    lifetime = code.expires_at - datetime.now(UTC)
    assert timedelta(minutes=14) < lifetime <= timedelta(minutes=15)

    key = SigningKey.generate()
    typed = " " + code.code.lower().replace("-", " ") + " "  # as a person might type it
    answer = hub.client().pair(_request(typed, key))
    assert (answer.shop_id, answer.shop_name) == (shop_id, "Lantern & Loom")
    assert answer.device_token.startswith("ppd_")
    [device] = owner.devices()
    assert (device.signing_key_id, device.signing_public_key) == (
        key.key_id,
        key.public_key_bytes.hex(),
    )
    assert device.retired_at is None

    used = _refusal(lambda: hub.client().pair(_request(code.code)))
    assert used.status == 400 and "already used" in used.message


def test_the_hub_keeps_only_hashes_of_secrets(hub: RunningHub) -> None:
    _, owner = hub.new_shop()
    code = owner.create_pairing_code().code
    device = hub.client().pair(_request(code))
    secrets = [owner.token or "", device.device_token, code, code.replace("-", "")]
    if hub.db_path is not None:  # the file itself, WAL included
        stored = b"".join(p.read_bytes() for p in hub.db_path.parent.glob("hub.sqlite*"))
        assert not [s for s in secrets if s.encode() in stored]
    hashes = {row[0] for row in hub.rows("SELECT token_hash FROM devices")}
    assert digest(device.device_token) in hashes
    [(used_at,)] = hub.rows(
        "SELECT used_at FROM pairing_codes WHERE code_hash = :h", h=digest(code.replace("-", ""))
    )
    assert used_at is not None


def test_an_expired_code_is_refused(hub: RunningHub) -> None:
    _, owner = hub.new_shop()
    code = owner.create_pairing_code().code
    hub.clock.offset = timedelta(minutes=15, seconds=1)
    expired = _refusal(lambda: hub.client().pair(_request(code)))
    assert expired.status == 400
    assert expired.message == (
        "This pairing code expired (codes last 15 minutes); ask the owner for a new one."
    )


def test_wrong_codes_are_refused_then_the_address_waits(hub: RunningHub) -> None:
    _, owner = hub.new_shop()
    good = owner.create_pairing_code().code
    stranger = hub.client()
    for _ in range(5):
        wrong = _refusal(lambda: stranger.pair(_request("AAAA-BBBB-CC")))
        assert wrong.status == 400
        assert wrong.message.startswith("This pairing code is not valid")
    blocked = _refusal(lambda: stranger.pair(_request(good)))  # even a good code now
    assert blocked.status == 429 and blocked.retryable
    assert blocked.retry_after is not None and 0 < blocked.retry_after <= 600
    assert "Too many wrong pairing codes" in blocked.message
    hub.clock.offset = timedelta(minutes=10)
    assert stranger.pair(_request(good)).device_token


def test_pairing_checks_the_key_and_the_device(hub: RunningHub) -> None:
    _, owner = hub.new_shop()
    key = SigningKey.generate()
    bad = PairRequest(
        code=owner.create_pairing_code().code,
        device_id=new_id(),
        device_name="Till",
        signing_key_id="00000000",
        signing_public_key=key.public_key_bytes.hex(),
    )
    assert _refusal(lambda: hub.client().pair(bad)).status == 422
    first = _request(owner.create_pairing_code().code, key)
    hub.client().pair(first)
    again = _request(owner.create_pairing_code().code, device_id=first.device_id)
    assert "already paired" in _refusal(lambda: hub.client().pair(again)).message
    same_key = _request(owner.create_pairing_code().code, key)
    clash = _refusal(lambda: hub.client().pair(same_key))
    assert clash.status == 409 and "pass-signing key" in clash.message
    # A refused pairing does not use up the code: the owner need not make another.
    code = same_key.code
    assert hub.client().pair(_request(code)).device_token


def test_owner_and_device_calls_are_kept_apart(hub: RunningHub) -> None:
    _, owner = hub.new_shop()
    device = hub.pair(owner)
    assert _refusal(device.client.create_pairing_code).status == 403
    assert _refusal(device.client.devices).status == 403
    assert _refusal(lambda: device.client.retire_device(device.device_id)).status == 403
    owner_push = _refusal(lambda: owner.push(device.batch([event()])))
    assert owner_push.status == 403 and "device's token" in owner_push.message
    assert _refusal(owner.pull).status == 403
    anonymous = _refusal(hub.client().create_pairing_code)
    assert anonymous.status == 401 and "Authorization: Bearer" in anonymous.message
    forged = _refusal(hub.client("ppo_" + "A" * 43).devices)
    assert forged.status == 401


def test_a_retired_device_is_refused_at_once_and_others_learn_its_key(hub: RunningHub) -> None:
    _, owner = hub.new_shop()
    till = hub.pair(owner, "Till")
    kiosk = hub.pair(owner, "Kiosk")
    assert till.client.push(till.batch([event()])).results[0].status == "applied"

    retired = owner.retire_device(till.device_id)
    assert retired.retired_at is not None
    for call in (lambda: till.client.push(till.batch([event()])), till.client.pull):
        refusal = _refusal(call)
        assert (refusal.status, refusal.message) == (
            401,
            "This device was retired by the shop owner.",
        )
    assert owner.retire_device(till.device_id).retired_at == retired.retired_at  # idempotent
    assert {d.device_id: d.retired_at is not None for d in owner.devices()} == {
        till.device_id: True,
        kiosk.device_id: False,
    }

    keys = [c for c in kiosk.client.pull().changes if c.event_type.startswith("device.")]
    assert [(c.event_type, c.aggregate_id, c.origin_device_id) for c in keys] == [
        ("device.paired", till.device_id, "hub"),
        ("device.paired", kiosk.device_id, "hub"),
        ("device.retired", till.device_id, "hub"),
    ]
    assert keys[0].payload["public_key"] == till.key.public_key_bytes.hex()
    assert keys[2].payload["key_id"] == till.key.key_id
    assert keys[2].payload["retired_at"]
    # What the till pushed before retirement stays a fact the others receive.
    assert [c.origin_device_id for c in kiosk.client.pull().changes].count(till.device_id) == 1


def test_an_owner_reaches_no_device_of_another_shop(hub: RunningHub) -> None:
    _, owner_a = hub.new_shop("Shop A")
    _, owner_b = hub.new_shop("Shop B")
    device_b = hub.pair(owner_b)
    assert owner_a.devices() == []
    refused = _refusal(lambda: owner_a.retire_device(device_b.device_id))
    assert refused.status == 404
    assert _refusal(lambda: owner_a.retire_device("not-a-device-id")).status == 404
    assert owner_b.devices()[0].retired_at is None
    assert device_b.client.pull().changes  # still paired and working


def test_the_clients_repr_never_shows_the_token(hub: RunningHub) -> None:
    client = HubClient(hub.url, "ppd_secret-value")
    assert "secret" not in repr(client)
    client.close()
