"""The hub's HTTP API: ``create_app(db_url)`` builds it (FastAPI, sync handlers).

Every endpoint but health and pair needs ``Authorization: Bearer <token>``; every query is
scoped to that token's shop. Errors are ``{"detail": "<one readable sentence>"}``.
OpenAPI at ``/openapi.json``, interactive docs at ``/docs``.
"""

from __future__ import annotations

import json
import traceback
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Annotated, Literal, cast

from fastapi import APIRouter, Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBearer
from sqlalchemy import text
from starlette.exceptions import HTTPException as StarletteHTTPException

from popuppos import __version__
from popuppos.core.i18n import QT_TRANSLATE_NOOP
from popuppos.hub import allocations, events, pairing
from popuppos.hub.auth import (
    AttemptLimiter,
    Caller,
    identify,
    parse_bearer,
    require_device,
    require_owner,
)
from popuppos.hub.problems import HubProblem
from popuppos.hub.request_log import LOGGER, HubMiddleware
from popuppos.hub.store import Clock, HubStore, database_url, utc_now
from popuppos.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    AllocationSplit,
    DeviceInfo,
    DeviceList,
    DropAllocation,
    ErrorBody,
    Health,
    PairingCode,
    PairRequest,
    PairResponse,
    PullResponse,
    PushBatch,
    PushResponse,
    RebalanceRequest,
)

_bearer = HTTPBearer(auto_error=False, description="an owner token (ppo_...) or device token")


def _store(request: Request) -> HubStore:
    return cast(HubStore, request.app.state.store)


def _protocol_header(
    version: Annotated[
        str | None,
        Header(
            alias=PROTOCOL_HEADER,
            description=f"the stall's protocol version; this hub speaks {PROTOCOL_VERSION}",
        ),
    ] = None,
) -> None:
    """Documents the header in OpenAPI; HubMiddleware has already checked it."""


def _caller(request: Request, _doc: Annotated[object, Depends(_bearer)]) -> Caller:
    caller = identify(_store(request), parse_bearer(request.headers.get("authorization")))
    request.state.shop_id = caller.shop_id
    request.state.device_id = caller.device_id
    return caller


def _owner(caller: Annotated[Caller, Depends(_caller)]) -> Caller:
    return require_owner(caller)


def _device(caller: Annotated[Caller, Depends(_caller)]) -> Caller:
    return require_device(caller)


Owner = Annotated[Caller, Depends(_owner)]
DeviceCaller = Annotated[Caller, Depends(_device)]
_ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 409, 422, 426, 429)
}

router = APIRouter(prefix="/v1", dependencies=[Depends(_protocol_header)], responses=_ERRORS)


@router.get("/health", tags=["hub"], response_model=Health)
def health(request: Request) -> JSONResponse:
    """Is the hub up and its database reachable? Open to anyone (no token)."""
    status: Literal["ok", "degraded"] = "ok"
    try:
        with _store(request).read() as session:
            session.execute(text("SELECT 1"))
    except Exception:
        LOGGER.warning(json.dumps({"event": "health_check_failed", "error": _last_error()}))
        status = "degraded"
    body = Health(status=status, protocol=PROTOCOL_VERSION, version=__version__)
    return JSONResponse(body.model_dump(mode="json"), status_code=200 if status == "ok" else 503)


@router.post("/pairing-codes", status_code=201, tags=["pairing"])
def create_pairing_code(request: Request, owner: Owner) -> PairingCode:
    """A one-time code (15 minutes) a new device enters or scans to pair with the shop."""
    hub_url = request.app.state.public_url or str(request.base_url).rstrip("/")
    return pairing.create_pairing_code(_store(request), owner.shop_id, hub_url)


@router.post("/pair", status_code=201, tags=["pairing"])
def pair(request: Request, body: PairRequest) -> PairResponse:
    """Pair a device with a code; its device token is in the answer, and only there."""
    client = request.client.host if request.client else "unknown"
    limiter: AttemptLimiter = request.app.state.pairing_limiter
    answer = pairing.pair(_store(request), body, limiter, client)
    request.state.shop_id = answer.shop_id
    request.state.device_id = body.device_id
    return answer


@router.get("/devices", tags=["devices"])
def list_devices(request: Request, owner: Owner) -> DeviceList:
    return pairing.list_devices(_store(request), owner.shop_id)


@router.post("/devices/{device_id}/retire", tags=["devices"])
def retire_device(
    request: Request, owner: Owner, device_id: Annotated[str, Path(max_length=64)]
) -> DeviceInfo:
    """Retire a device: its token stops working at once; other devices pull the news."""
    try:
        canonical = str(uuid.UUID(device_id))
    except ValueError:
        raise HubProblem(404, "No device with this id is paired with your shop.") from None
    return pairing.retire_device(_store(request), owner.shop_id, canonical)


@router.post("/push", tags=["sync"])
def push(request: Request, device: DeviceCaller, batch: PushBatch) -> PushResponse:
    """Apply a batch of this device's events, each at most once; one answer per event."""
    return events.push(_store(request), device, batch)


@router.get("/pull", tags=["sync"])
def pull(
    request: Request,
    device: DeviceCaller,
    cursor: Annotated[str, Query(max_length=64)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> PullResponse:
    """The shop's changes from other devices after ``cursor`` (empty: from the start)."""
    return events.pull(_store(request), device, cursor, limit)


def _drop_id(drop_id: str) -> str:
    try:
        return str(uuid.UUID(drop_id))
    except ValueError:
        raise HubProblem(404, "No drop with this id has reached the hub.") from None


DropIdPath = Annotated[str, Path(max_length=64)]


@router.get("/drops/{drop_id}/allocations", tags=["drops"])
def drop_allocation(request: Request, owner: Owner, drop_id: DropIdPath) -> DropAllocation:
    """How a limited drop is shared among the devices, and what each has sold."""
    return allocations.allocation(_store(request), owner.shop_id, _drop_id(drop_id))


@router.put("/drops/{drop_id}/allocations", tags=["drops"])
def set_drop_allocation(
    request: Request, owner: Owner, drop_id: DropIdPath, body: AllocationSplit
) -> DropAllocation:
    """Set each device's share (units it may sell in all); devices pull the new split."""
    return allocations.set_split(_store(request), owner.shop_id, _drop_id(drop_id), body.units)


@router.post("/drops/{drop_id}/rebalance", tags=["drops"])
def rebalance_drop(
    request: Request, owner: Owner, drop_id: DropIdPath, body: RebalanceRequest | None = None
) -> DropAllocation:
    """Share the drop's unsold units evenly again; every device keeps what it sold."""
    chosen = body.device_ids if body is not None else None
    return allocations.rebalance(_store(request), owner.shop_id, _drop_id(drop_id), chosen)


# -- errors --------------------------------------------------------------------------------
def _last_error() -> str:
    return traceback.format_exc(limit=-8)


def _readable(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "the body"
        message = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
        parts.append(f"{where}: {message}")
    more = len(exc.errors()) - len(parts)
    tail = f" (and {more} more)" if more > 0 else ""
    return "The request is not valid: " + "; ".join(parts) + tail + "."


async def _on_problem(_request: Request, exc: Exception) -> JSONResponse:
    problem = cast(HubProblem, exc)
    return JSONResponse({"detail": problem.detail}, problem.status, headers=problem.headers)


async def _on_invalid(_request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": _readable(cast(RequestValidationError, exc))}, 422)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    http = cast(StarletteHTTPException, exc)
    detail = http.detail
    if http.status_code == 404 and detail == "Not Found":
        detail = f"There is nothing at {request.url.path} on this hub."
    elif http.status_code == 405:
        detail = f"{request.method} is not how {request.url.path} is used."
    return JSONResponse({"detail": detail}, http.status_code, headers=http.headers)


async def _on_crash(request: Request, exc: Exception) -> JSONResponse:
    LOGGER.error(
        json.dumps(
            {
                "event": "unhandled_error",
                "method": request.method,
                "path": request.url.path,
                "error": "".join(traceback.format_exception(exc, limit=-8)),
            }
        )
    )
    detail = QT_TRANSLATE_NOOP(
        "hub", "The hub hit an unexpected problem (it is in the hub's log); try again."
    )
    return JSONResponse({"detail": detail}, 500)


def create_app(
    db_url: str,
    *,
    clock: Clock | None = None,
    public_url: str | None = None,
    pairing_failures: int = 5,
    pairing_window: timedelta = timedelta(minutes=10),
) -> FastAPI:
    """The hub over the database at ``db_url`` (a SQLAlchemy URL, or a SQLite file path).

    ``public_url`` is the address stalls reach the hub at, put into pairing QR codes
    (default: the address the owner's request came in on). ``clock`` is for tests.
    """
    store = HubStore(database_url(db_url), clock or utc_now)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="PopupPOS hub",
        version=__version__,
        summary=f"The shop API every PopupPOS stall syncs with (protocol {PROTOCOL_VERSION}).",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.public_url = public_url
    app.state.pairing_limiter = AttemptLimiter(pairing_failures, pairing_window)
    app.add_middleware(HubMiddleware)
    app.add_exception_handler(HubProblem, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_invalid)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_crash)
    app.include_router(router)
    return app
