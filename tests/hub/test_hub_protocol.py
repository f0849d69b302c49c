"""Health, the protocol header and version mismatches, OpenAPI, readable errors, and the
client's three kinds of failure."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator

import pytest
import requests
from hub_support import RunningHub

from popuppos import __version__
from popuppos.sync.client import HubClient, HubRefused, HubUnreachable, ProtocolMismatch
from popuppos.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, PairRequest


def test_health_answers_with_the_protocol_and_version(hub: RunningHub) -> None:
    health = hub.client().health()
    assert (health.status, health.protocol, health.version) == ("ok", PROTOCOL_VERSION, __version__)
    # A monitor without the header is answered too, and every answer names the protocol.
    plain = requests.get(f"{hub.url}/v1/health", timeout=5)
    assert plain.status_code == 200
    assert plain.headers[PROTOCOL_HEADER] == str(PROTOCOL_VERSION)
    missing = requests.get(f"{hub.url}/v1/nowhere", timeout=5)
    assert missing.headers[PROTOCOL_HEADER] == str(PROTOCOL_VERSION)


def test_a_newer_stall_is_told_to_upgrade_the_hub(hub: RunningHub) -> None:
    newer = hub.client(protocol_version=PROTOCOL_VERSION + 1)
    with pytest.raises(ProtocolMismatch) as caught:
        newer.health()
    assert caught.value.which_side_to_upgrade == "hub"
    assert caught.value.message == (
        f"This stall speaks protocol {PROTOCOL_VERSION + 1}; the hub speaks "
        f"{PROTOCOL_VERSION}: upgrade the hub."
    )
    # Before authentication or body parsing: a newer body may not even parse here.
    with pytest.raises(ProtocolMismatch):
        newer.pull()


def test_an_older_stall_is_told_to_upgrade_itself(hub: RunningHub) -> None:
    older = hub.client(protocol_version=PROTOCOL_VERSION - 1)
    with pytest.raises(ProtocolMismatch) as caught:
        older.create_pairing_code()
    assert caught.value.which_side_to_upgrade == "stall"
    assert caught.value.message == (
        f"This stall speaks protocol {PROTOCOL_VERSION - 1}; the hub speaks "
        f"{PROTOCOL_VERSION}: upgrade PopupPOS on this stall."
    )
    raw = requests.get(f"{hub.url}/v1/pull", headers={PROTOCOL_HEADER: "0"}, timeout=5)
    assert raw.status_code == 426 and raw.json()["upgrade"] == "stall"


@pytest.mark.parametrize(
    ("headers", "sentence"),
    [
        ({}, f"Send the {PROTOCOL_HEADER} header"),
        ({PROTOCOL_HEADER: "one"}, "must be a whole number"),
        ({PROTOCOL_HEADER: "9" * 5000}, "must be a whole number"),
    ],
)
def test_api_calls_without_a_usable_protocol_header_are_refused(
    hub: RunningHub, headers: dict[str, str], sentence: str
) -> None:
    answer = requests.get(f"{hub.url}/v1/pull", headers=headers, timeout=5)
    assert answer.status_code == 400
    assert sentence in answer.json()["detail"]


def test_openapi_document_and_docs_are_served(hub: RunningHub) -> None:
    document = requests.get(f"{hub.url}/openapi.json", timeout=5).json()
    assert set(document["paths"]) == {
        "/v1/health",
        "/v1/pairing-codes",
        "/v1/pair",
        "/v1/devices",
        "/v1/devices/{device_id}/retire",
        "/v1/push",
        "/v1/pull",
        "/v1/drops/{drop_id}/allocations",
        "/v1/drops/{drop_id}/rebalance",
    }
    push = document["paths"]["/v1/push"]["post"]
    assert PROTOCOL_HEADER in {p["name"] for p in push["parameters"]}
    assert "HTTPBearer" in document["components"]["securitySchemes"]
    assert {"PushBatch", "PushResponse", "PullResponse", "Change"} <= set(
        document["components"]["schemas"]
    )
    docs = requests.get(f"{hub.url}/docs", timeout=5)
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_invalid_requests_get_a_readable_sentence(hub: RunningHub) -> None:
    # The client validates what it sends, so speak to the hub directly.
    answer = requests.post(
        f"{hub.url}/v1/pair",
        headers={PROTOCOL_HEADER: "1"},
        json={"code": "X", "device_id": "not-a-uuid", "device_name": "Till"},
        timeout=5,
    )
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert detail.startswith("The request is not valid: device_id: must be a UUID")
    broken = requests.post(
        f"{hub.url}/v1/pair", headers={PROTOCOL_HEADER: "1"}, data=b"{not json", timeout=5
    )
    assert broken.status_code == 422 and "not valid" in broken.json()["detail"]
    nowhere = requests.get(f"{hub.url}/v2/anything", timeout=5)
    assert nowhere.json()["detail"] == "There is nothing at /v2/anything on this hub."
    wrong_method = requests.delete(f"{hub.url}/v1/push", headers={PROTOCOL_HEADER: "1"}, timeout=5)
    assert wrong_method.status_code == 405


def test_a_refusal_carries_the_status_and_sentence(hub: RunningHub) -> None:
    with pytest.raises(HubRefused) as caught:
        hub.client("ppd_not-a-real-token").pull()
    assert caught.value.status == 401 and not caught.value.retryable
    assert caught.value.message == "This token is not known to this hub; pair the device again."


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_no_hub_listening_is_unreachable() -> None:
    client = HubClient(f"http://127.0.0.1:{_free_port()}", timeout=2)
    with client, pytest.raises(HubUnreachable, match="Cannot reach the hub"):
        client.health()


def test_a_hub_that_never_answers_times_out() -> None:
    with socket.socket() as silent:  # accepts connections (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        client = HubClient(url, timeout=0.3)
        with client, pytest.raises(HubUnreachable, match="did not answer in time"):
            client.health()


@pytest.fixture
def login_page() -> Iterator[str]:
    """A captive portal: answers every request 200 with an HTML page."""

    class Portal(http.server.BaseHTTPRequestHandler):
        def _page(self) -> None:
            body = b"<html><body>Sign in to Venue Wi-Fi</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _page  # noqa: N815 (http.server's names)

        def log_message(self, *_args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Portal)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_something_that_is_not_a_hub_is_unreachable(login_page: str) -> None:
    client = HubClient(login_page, timeout=2)
    with client, pytest.raises(HubUnreachable, match="not as a PopupPOS hub does"):
        client.pair(
            PairRequest(
                code="K7QM-2XWP-9F",
                device_id="0190f3c2-7a4e-7b1d-9c3e-5a1b2c3d4e5f",
                device_name="Till",
                signing_key_id="0" * 8,
                signing_public_key="0" * 64,
            )
        )
