"""The hub's outermost layer: the protocol check and one JSON log line per request.

Every ``/v1/...`` request must carry ``X-PopupPOS-Protocol``; a version this hub does not
speak is answered 426 with the sentence saying which side to upgrade, before routing,
authentication or body parsing (a newer stall's body may not even parse here). Every
answer carries the hub's own version in the same header.

The log line (logger ``popuppos.hub``, level INFO) has method, path, status, duration_ms,
shop_id and device_id: never a header, a query string or a body, so never a token.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from popuppos.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ErrorBody,
    is_supported,
    mismatch,
)

LOGGER = logging.getLogger("popuppos.hub")
#: The largest request body the hub reads (a full push batch is far below this).
MAX_BODY_BYTES = 16 * 1024 * 1024
_OPEN_PATHS = frozenset({"/v1/health"})


def _error(status: int, detail: str, **extra: Any) -> JSONResponse:
    body = ErrorBody(detail=detail, **extra).model_dump(exclude_none=True)
    return JSONResponse(body, status_code=status)


def refusal(scope: Scope) -> JSONResponse | None:
    """The answer to a request the hub will not route, or None to go on."""
    headers = Headers(scope=scope)
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY_BYTES:
        return _error(413, f"The request is larger than {MAX_BODY_BYTES // 2**20} MiB.")
    path: str = scope["path"]
    if not path.startswith("/v1/"):
        return None
    raw = headers.get(PROTOCOL_HEADER)
    if raw is None:
        if path in _OPEN_PATHS:
            return None
        return _error(
            400, f"Send the {PROTOCOL_HEADER} header: this hub speaks protocol {PROTOCOL_VERSION}."
        )
    try:
        version = int(raw.strip())
    except ValueError:
        return _error(400, f"{PROTOCOL_HEADER} must be a whole number, such as {PROTOCOL_VERSION}.")
    if is_supported(version):
        return None
    side, sentence = mismatch(version)
    return _error(
        426, sentence, upgrade=side, hub_protocol=PROTOCOL_VERSION, client_protocol=version
    )


class HubMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware): cheap, and streaming-safe."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state: dict[str, Any] = scope.setdefault("state", {})
        status = 500  # unless an answer starts: an exception escaped to the server

        async def send_with_version(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
            await send(message)

        try:
            refused = refusal(scope)
            if refused is not None:
                await refused(scope, receive, send_with_version)
            else:
                await self.app(scope, receive, send_with_version)
        finally:
            if LOGGER.isEnabledFor(logging.INFO):
                LOGGER.info(
                    json.dumps(
                        {
                            "method": scope["method"],
                            "path": scope["path"],
                            "status": status,
                            "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                            "shop_id": state.get("shop_id"),
                            "device_id": state.get("device_id"),
                        }
                    )
                )
