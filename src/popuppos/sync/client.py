"""A small typed HTTP client for the shop hub (pair, push, pull, health; owner calls:
pairing codes, devices, drop allocations).

Every failure is one of three exceptions, so the sync engine knows what to do:

* ``HubUnreachable``: no usable answer (no network, refused, timeout, or something that is
  not a PopupPOS hub answered, e.g. a captive portal, then ``NotAHub``): try again later.
* ``HubRefused(status, message)``: the hub answered no; ``retryable`` says whether trying
  again later can help (429, 5xx), ``retry_after`` how long the hub asked to wait.
* ``ProtocolMismatch(which_side_to_upgrade, message)``: versions differ; the message is
  the sentence to show a person ("... upgrade the hub." / "... upgrade PopupPOS on this
  stall.").

Every message is a sentence for the host in the shop's language (``core.i18n.translate``).
The hub answers in English; its fixed sentences are marked ``QT_TRANSLATE_NOOP("hub", ...)``
where it raises them, so ``translate("hub", detail)`` finds them; a sentence with an id or
a number in it stays English, except the ones the client builds itself from the answer's
fields (too many wrong pairing codes, from Retry-After; a protocol mismatch).

Not thread-safe (one ``requests.Session``): give each worker thread its own client.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

import requests
from pydantic import BaseModel, ValidationError

from popuppos import __version__
from popuppos.core.i18n import translate
from popuppos.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    AllocationSplit,
    DeviceInfo,
    DeviceList,
    DropAllocation,
    Health,
    PairingCode,
    PairRequest,
    PairResponse,
    PullResponse,
    PushBatch,
    PushResponse,
    RebalanceRequest,
    UpgradeSide,
    mismatch,
)

M = TypeVar("M", bound=BaseModel)
Timeout = float | tuple[float, float]


class HubError(Exception):
    """Any failure talking to the hub."""


class HubUnreachable(HubError):
    pass


class NotAHub(HubUnreachable):
    """Something answered, but not as a PopupPOS hub does (a captive portal, a wrong port)."""


class HubRefused(HubError):
    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(f"{message} (HTTP {status})")
        self.status = status
        self.message = message
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.status in {408, 425, 429} or self.status >= 500


class ProtocolMismatch(HubError):
    def __init__(self, which_side_to_upgrade: UpgradeSide, message: str) -> None:
        super().__init__(message)
        self.which_side_to_upgrade = which_side_to_upgrade
        self.message = message


class HubClient:
    """One hub, one credential (an owner token or a device token, or none for pairing)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: Timeout = (5.0, 30.0),
        protocol_version: int = PROTOCOL_VERSION,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.protocol_version = protocol_version
        self._http = session or requests.Session()

    def __repr__(self) -> str:  # never the token
        return f"HubClient({self.base_url!r}, token={'set' if self.token else 'none'})"

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- the calls -------------------------------------------------------------------------
    def health(self) -> Health:
        return self._call("GET", "/v1/health", Health)

    def pair(self, request: PairRequest) -> PairResponse:
        """Pair this device; keep ``device_token`` safe: the hub never shows it again."""
        return self._call("POST", "/v1/pair", PairResponse, body=request, with_token=False)

    def push(self, batch: PushBatch) -> PushResponse:
        return self._call("POST", "/v1/push", PushResponse, body=batch)

    def pull(self, cursor: str = "", limit: int = DEFAULT_PULL_LIMIT) -> PullResponse:
        params = {"cursor": cursor, "limit": str(limit)}
        return self._call("GET", "/v1/pull", PullResponse, params=params)

    # owner calls
    def create_pairing_code(self) -> PairingCode:
        return self._call("POST", "/v1/pairing-codes", PairingCode)

    def devices(self) -> list[DeviceInfo]:
        return self._call("GET", "/v1/devices", DeviceList).devices

    def retire_device(self, device_id: str) -> DeviceInfo:
        return self._call("POST", f"/v1/devices/{device_id}/retire", DeviceInfo)

    def drop_allocation(self, drop_id: str) -> DropAllocation:
        return self._call("GET", f"/v1/drops/{drop_id}/allocations", DropAllocation)

    def set_drop_allocation(self, drop_id: str, units: dict[str, int]) -> DropAllocation:
        body = AllocationSplit(units=units)
        return self._call("PUT", f"/v1/drops/{drop_id}/allocations", DropAllocation, body=body)

    def rebalance_drop(self, drop_id: str, device_ids: list[str] | None = None) -> DropAllocation:
        body = RebalanceRequest(device_ids=device_ids)
        return self._call("POST", f"/v1/drops/{drop_id}/rebalance", DropAllocation, body=body)

    # -- plumbing --------------------------------------------------------------------------
    def _call(
        self,
        method: Literal["GET", "POST", "PUT"],
        path: str,
        answer: type[M],
        *,
        body: BaseModel | None = None,
        params: dict[str, str] | None = None,
        with_token: bool = True,
    ) -> M:
        url = self.base_url + path
        headers = {
            PROTOCOL_HEADER: str(self.protocol_version),
            "Accept": "application/json",
            "User-Agent": f"PopupPOS/{__version__}",
        }
        if with_token and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data: bytes | None = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = body.model_dump_json().encode("utf-8")
        try:
            response = self._http.request(
                method, url, data=data, params=params, headers=headers, timeout=self.timeout
            )
        except requests.Timeout:
            raise HubUnreachable(
                translate("sync/client", "The hub at {url} did not answer in time.").format(
                    url=self.base_url
                )
            ) from None
        except requests.ConnectionError:
            raise HubUnreachable(
                translate("sync/client", "Cannot reach the hub at {url}.").format(url=self.base_url)
            ) from None
        except requests.RequestException as exc:
            raise HubUnreachable(
                translate("sync/client", "Cannot talk to the hub at {url}: {error}").format(
                    url=self.base_url, error=exc
                )
            ) from None
        if response.status_code >= 400:
            raise _refusal(response, pairing=path == "/v1/pair")
        try:
            return answer.model_validate_json(response.content)
        except ValidationError:
            raise NotAHub(
                translate(
                    "sync/client",
                    "{url} answered, but not as a PopupPOS hub does "
                    "(a login page of the network, or the wrong address?).",
                ).format(url=self.base_url)
            ) from None


def _error_body(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _refusal(response: requests.Response, *, pairing: bool = False) -> HubError:
    body = _error_body(response)
    detail = body.get("detail")
    message = translate("hub", detail) if isinstance(detail, str) and detail else None
    if response.status_code == 426:
        side = body.get("upgrade")
        hub_version = body.get("hub_protocol")
        client_version = body.get("client_protocol")
        if side not in ("hub", "stall") and isinstance(hub_version, int):
            side, _ = mismatch(int(client_version or PROTOCOL_VERSION), hub_version)
        if side == "hub" or side == "stall":
            sentence = _mismatch_sentence(side, client_version, hub_version)
            return ProtocolMismatch(side, sentence or message or _upgrade(side))
    retry_after: float | None = None
    raw_wait = response.headers.get("Retry-After", "")
    if raw_wait.isdigit():
        retry_after = float(raw_wait)
    if pairing and response.status_code == 429 and retry_after is not None:
        message = _too_many_codes(retry_after)
    reason = (
        message
        or translate("sync/client", "The hub answered {status} {reason}")
        .format(status=response.status_code, reason=response.reason or "")
        .strip()
    )
    return HubRefused(response.status_code, reason, retry_after)


def _too_many_codes(retry_after: float) -> str:
    """The hub's 429 to a pairing address that sent too many wrong codes, from its
    Retry-After (the minutes the hub's own sentence names, rounded up the same way)."""
    minutes = max(1, -(-int(retry_after) // 60))
    if minutes == 1:
        return translate(
            "sync/client", "Too many wrong pairing codes from this address; try again in 1 minute."
        )
    return translate(
        "sync/client",
        "Too many wrong pairing codes from this address; try again in {minutes} minutes.",
    ).format(minutes=minutes)


def _mismatch_sentence(
    side: UpgradeSide, client_version: object, hub_version: object
) -> str | None:
    """Which side to upgrade, as the hub words it (``protocol.mismatch``) but in the shop's
    language; None when the answer lacks the versions."""
    if not (isinstance(client_version, int) and isinstance(hub_version, int)):
        return None
    if side == "hub":
        sentence = translate(
            "sync/client",
            "This stall speaks protocol {stall}; the hub speaks {hub}: upgrade the hub.",
        )
    else:
        sentence = translate(
            "sync/client",
            "This stall speaks protocol {stall}; the hub speaks {hub}: "
            "upgrade PopupPOS on this stall.",
        )
    return sentence.format(stall=client_version, hub=hub_version)


def _upgrade(side: UpgradeSide) -> str:
    if side == "hub":
        return translate("sync/client", "Protocol mismatch: upgrade the hub.")
    return translate("sync/client", "Protocol mismatch: upgrade PopupPOS on this stall.")
