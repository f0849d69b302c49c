"""Fuzzing the running hub: no request, however malformed, gets a 5xx.

Three layers, all against the real uvicorn hub of this module (``hub_server``):

* schemathesis walks the hub's own ``/openapi.json``: every operation, valid and invalid
  bodies, query strings, path parameters and headers (wrong types, missing fields, huge
  strings, nested garbage, floats for integers, bad UUIDs, cursors and tokens). Each case
  is sent twice: as generated (often stopped at the protocol header or the token), then
  with the protocol header, a valid credential for the operation (the owner's or the
  device's) and, for a push, the device's own id, so the generated body reaches the
  handler. Drop operations get a drop the hub knows every other time.
* hypothesis pushes the event types the hub reads (conflict rules, drop allocations)
  with garbage payloads and hostile timestamps, then asks for the drop's allocations.
* hand-written edge cases: cursors and numbers at the edge of a 64-bit integer.

The property is always the same: a status below 500, and every 4xx carries a readable
``detail`` sentence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
import schemathesis
from hub_support import RunningHub
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode
from schemathesis.core.result import Ok

from popuppos.core.ids import new_id
from popuppos.core.pass_token import SigningKey
from popuppos.hub.events import encode_cursor
from popuppos.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, PushEvent

#: The drop the fuzz shop's devices planned (payload fuzz aims sale lines and drops at it).
DROP_ID = new_id()
#: Examples per operation for schemathesis (nine operations) and for the payload fuzz.
SCHEMA_EXAMPLES = 40
PAYLOAD_EXAMPLES = 100
_QUIET = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]


@dataclass(frozen=True)
class FuzzShop:
    hub: RunningHub
    owner_token: str
    device_id: str
    device_token: str
    other_device_id: str
    drop_id: str
    http: requests.Session


@pytest.fixture(scope="module")
def fuzz_shop(hub_server: RunningHub) -> Iterator[FuzzShop]:
    """A shop with two paired devices and a drop the hub has heard of."""
    hub_server.app.state.pairing_limiter.reset()
    _, owner = hub_server.new_shop("Fuzz Fair")
    till, kiosk = hub_server.pair(owner, "Till"), hub_server.pair(owner, "Kiosk")
    drop_id = DROP_ID
    saved = PushEvent(
        event_id=new_id(),
        event_type="drop.saved",
        aggregate_id=drop_id,
        payload={"drop_id": drop_id, "name": "Night Moth tee", "edition_size": 40},
        created_at=datetime.now(UTC),
        device_seq=1,
    )
    till.client.push(till.batch([saved]))
    assert owner.token is not None
    with requests.Session() as http:
        yield FuzzShop(
            hub_server,
            owner.token,
            till.device_id,
            till.token,
            kiosk.device_id,
            drop_id,
            http,
        )
    hub_server.app.state.pairing_limiter.reset()


@pytest.fixture(scope="module")
def hub_schema(hub_server: RunningHub) -> schemathesis.BaseSchema:
    """The hub's own OpenAPI document, as the running hub serves it."""
    return schemathesis.openapi.from_url(f"{hub_server.url}/openapi.json")


def assert_no_server_error(response: requests.Response | schemathesis.Response, what: str) -> None:
    status = response.status_code
    assert status < 500, f"{what} -> {status}: {response.text[:500]}"
    if status >= 400:
        body = json.loads(response.text)
        assert isinstance(body, dict), f"{what} -> {status}: {response.text[:300]}"
        detail = body.get("detail")
        assert isinstance(detail, str), f"{what} -> {status} without a detail: {body}"
        assert detail.strip(), f"{what} -> {status} with an empty detail"


_DEVICE_PATHS = frozenset({"/v1/push", "/v1/pull"})
_OPEN_PATHS = frozenset({"/v1/health", "/v1/pair"})
#: Every operation of the hub; test_every_operation_is_fuzzed keeps this list honest.
OPERATIONS = [
    ("GET", "/v1/health"),
    ("POST", "/v1/pairing-codes"),
    ("POST", "/v1/pair"),
    ("GET", "/v1/devices"),
    ("POST", "/v1/devices/{device_id}/retire"),
    ("POST", "/v1/push"),
    ("GET", "/v1/pull"),
    ("GET", "/v1/drops/{drop_id}/allocations"),
    ("PUT", "/v1/drops/{drop_id}/allocations"),
    ("POST", "/v1/drops/{drop_id}/rebalance"),
]


def test_every_operation_is_fuzzed(hub_schema: schemathesis.BaseSchema) -> None:
    served = set()
    for result in hub_schema.get_all_operations():
        assert isinstance(result, Ok), result  # the document itself is valid
        served.add((result.ok().method.upper(), result.ok().path))
    assert served == set(OPERATIONS)


def _call(case: Case[Any], shop: FuzzShop) -> None:
    label = f"{case.method} {case.formatted_path}"
    # 1. As generated: the header and the token are whatever schemathesis made.
    assert_no_server_error(case.call(session=shop.http, timeout=10), label)

    # 2. Let it through the gates: protocol header and a valid credential for the operation,
    # a push from the device's own id, a drop the hub knows (half the time).
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    path = case.operation.path
    if path in _DEVICE_PATHS:
        headers["Authorization"] = f"Bearer {shop.device_token}"
    elif path not in _OPEN_PATHS:
        headers["Authorization"] = f"Bearer {shop.owner_token}"
    if path == "/v1/push" and isinstance(case.body, dict) and "device_id" in case.body:
        case.body = {**case.body, "device_id": shop.device_id}
    if "drop_id" in (case.path_parameters or {}) and len(str(case.body)) % 2 == 0:
        case.path_parameters = {**(case.path_parameters or {}), "drop_id": shop.drop_id}
    response = case.call(session=shop.http, headers=headers, timeout=10)
    assert_no_server_error(response, f"{label} (authorised)")


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_request_gets_a_server_error(
    hub_schema: schemathesis.BaseSchema,
    fuzz_shop: FuzzShop,
    method: str,
    path: str,
    mode: GenerationMode,
) -> None:
    if mode is GenerationMode.NEGATIVE and path == "/v1/health":
        pytest.skip("health has nothing to get wrong: its one header is any text")
    operation = hub_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=SCHEMA_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=_QUIET,
    )
    def fuzz(case: Case[Any]) -> None:
        _call(case, fuzz_shop)

    fuzz()


# -- hostile payloads of the events the hub reads -------------------------------------------
#: Event types the hub looks inside: conflict rules, drop allocations (sales, refunds, voids).
READ_BY_HUB = [
    "product.upserted",
    "drop.oversold",
    "checkin.recorded",
    "pass.revoked",
    "conflict.resolved",
    "drop.saved",
    "sale.completed",
    "sale.voided",
    "refund.issued",
]
#: The keys those readers look for, so the garbage lands where it is read.
KEYS = [
    "variants", "sku", "price", "name", "units_over", "allocated", "approved_by", "at",
    "session_id", "pass_id", "member_id", "conflict_id", "resolved_by", "lines", "id",
    "sale_id", "sale_line_id", "drop_id", "edition_size", "quantity", "product_id",
]  # fmt: skip
HOSTILE_TIMES = [
    "9999-12-31T23:59:59-05:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59.999999+00:00",
    "2026-02-30T10:00:00",
    "2026-06-01T10:00:00Z",
    "",
    "yesterday",
]
_surrogates = st.sampled_from(["\ud800", "caf\udce9", "\udfff tail"])
_text = st.text(max_size=12) | _surrogates | st.sampled_from(HOSTILE_TIMES) | st.just(DROP_ID)
_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.sampled_from([0, -1, 2**31, 2**63 - 1, 2**63, 2**64])
    | _text
)
_json = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=5)
    ),
    max_leaves=16,
)
_payloads = st.dictionaries(st.sampled_from(KEYS), _json, max_size=8)


@st.composite
def _hostile_events(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "event_id": new_id(),
        "event_type": draw(st.sampled_from(READ_BY_HUB)),
        "aggregate_id": draw(st.just(DROP_ID) | st.text(min_size=1, max_size=64) | _surrogates),
        "payload": draw(_payloads),
        "created_at": draw(st.sampled_from(HOSTILE_TIMES[:3] + HOSTILE_TIMES[4:5])),
        "device_seq": draw(st.integers(min_value=0, max_value=2**64)),
    }


@settings(
    max_examples=PAYLOAD_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[*_QUIET, HealthCheck.function_scoped_fixture],
)
@given(events=st.lists(_hostile_events(), min_size=1, max_size=3), cursor=st.integers(0, 2**64 - 1))
def test_hostile_payloads_of_the_events_the_hub_reads(
    fuzz_shop: FuzzShop, events: list[dict[str, Any]], cursor: int
) -> None:
    shop, http = fuzz_shop, fuzz_shop.http
    device = {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {shop.device_token}"}
    owner = {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {shop.owner_token}"}
    batch = {"device_id": shop.device_id, "events": events, "cursor": encode_cursor(cursor)}
    response = http.post(f"{shop.hub.url}/v1/push", json=batch, headers=device, timeout=10)
    assert_no_server_error(response, f"push {batch}")
    drop = f"{shop.hub.url}/v1/drops/{DROP_ID}"
    for method, url, body in [
        ("GET", f"{drop}/allocations", None),
        ("PUT", f"{drop}/allocations", {"units": {shop.device_id: 1}}),
        ("POST", f"{drop}/rebalance", None),
        ("GET", f"{shop.hub.url}/v1/pull?cursor={encode_cursor(cursor)}", None),
    ]:
        answer = http.request(method, url, json=body, headers=owner, timeout=10)
        assert_no_server_error(answer, f"{method} {url} after push {batch}")


# -- edges found by the fuzz, kept as plain cases ---------------------------------------------
def _push_one(shop: FuzzShop, **fields: Any) -> requests.Response:
    event = {
        "event_id": new_id(),
        "event_type": "sale.completed",
        "aggregate_id": new_id(),
        "payload": {"total_minor": 100},
        "created_at": "2026-06-01T10:00:00Z",
        "device_seq": 1,
        **fields,
    }
    batch = {"device_id": shop.device_id, "events": [event]}
    headers = {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {shop.device_token}"}
    return shop.http.post(f"{shop.hub.url}/v1/push", json=batch, headers=headers, timeout=10)


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"device_seq": 2**63 - 1}, 200),
        ({"device_seq": 2**63}, 422),  # was 500: too large for a 64-bit integer column
        ({"created_at": "9999-12-31T23:59:59-05:00"}, 422),  # was 500: beyond year 9999 in UTC
        ({"created_at": "0001-01-01T00:00:00+14:00"}, 422),  # was 500: before year 1 in UTC
        ({"aggregate_id": "caf\udce9"}, 422),  # was 500: a lone surrogate is not UTF-8
    ],
)
def test_push_field_edges_are_refused_not_crashed(
    fuzz_shop: FuzzShop, fields: dict[str, Any], status: int
) -> None:
    response = _push_one(fuzz_shop, **fields)
    assert_no_server_error(response, str(fields))
    assert response.status_code == status, response.text


@pytest.mark.parametrize(
    ("event_type", "payload"),
    [
        ("sale.completed", {"note": "caf\udce9"}),  # was 500: not UTF-8 when stored
        ("product.upserted", {"variants": "abc"}),  # was 500: variants not a list
        ("product.upserted", {"variants": [1, None, {"sku": "A"}]}),  # was 500
        ("drop.oversold", {"units_over": "x", "allocated": {}}),  # was 500: not a number
        ("checkin.recorded", {"session_id": "s", "pass_id": "p", "at": HOSTILE_TIMES[0]}),
    ],
)
def test_hostile_payloads_are_applied_or_rejected_per_event(
    fuzz_shop: FuzzShop, event_type: str, payload: dict[str, Any]
) -> None:
    response = _push_one(fuzz_shop, event_type=event_type, payload=payload)
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    assert result["status"] in {"applied", "rejected"}
    if "\udce9" in json.dumps(payload, ensure_ascii=False):
        assert result["status"] == "rejected" and "Unicode" in result["reason"]


@pytest.mark.parametrize("seq", [2**63 - 1, 2**63, 2**64 - 1])
def test_a_cursor_beyond_64_bits_is_refused_not_crashed(fuzz_shop: FuzzShop, seq: int) -> None:
    headers = {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {fuzz_shop.device_token}"}
    url = f"{fuzz_shop.hub.url}/v1/pull"
    response = fuzz_shop.http.get(url, params={"cursor": encode_cursor(seq)}, headers=headers)
    assert_no_server_error(response, f"cursor for {seq}")
    assert response.status_code == (200 if seq < 2**63 else 400), response.text


@pytest.mark.parametrize(
    "payload",
    [
        {"name": "No size"},  # was 500: KeyError
        {"name": "Odd size", "edition_size": "forty"},  # was 500: ValueError
        {"name": "Huge", "edition_size": 2**70},  # was 500 on rebalance: too large to store
    ],
)
def test_a_drop_saved_without_a_usable_edition_size_is_a_409(
    fuzz_shop: FuzzShop, payload: dict[str, Any]
) -> None:
    drop_id = new_id()
    assert _push_one(fuzz_shop, event_type="drop.saved", aggregate_id=drop_id, payload=payload).ok
    owner = {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {fuzz_shop.owner_token}"}
    drop = f"{fuzz_shop.hub.url}/v1/drops/{drop_id}"
    for method, url in [("GET", f"{drop}/allocations"), ("POST", f"{drop}/rebalance")]:
        response = fuzz_shop.http.request(method, url, headers=owner, timeout=10)
        assert_no_server_error(response, f"{method} {url}")
        assert response.status_code == 409, response.text


def test_pairing_with_a_name_that_is_not_unicode_is_a_422(
    hub_server: RunningHub, fuzz_shop: FuzzShop
) -> None:
    hub_server.app.state.pairing_limiter.reset()
    owner = hub_server.client(fuzz_shop.owner_token)
    key = SigningKey.generate()
    body = {
        "code": owner.create_pairing_code().code,
        "device_id": new_id(),
        "device_name": "Caf\udce9 stall",
        "signing_key_id": key.key_id,
        "signing_public_key": key.public_key_bytes.hex(),
    }
    response = fuzz_shop.http.post(
        f"{hub_server.url}/v1/pair", json=body, headers={PROTOCOL_HEADER: "1"}
    )
    assert_no_server_error(response, "pair")
    assert response.status_code == 422, response.text
