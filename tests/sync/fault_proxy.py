"""A fault-injecting HTTP proxy for the sync tests: 127.0.0.1, between a stall and its hub.

Every request is read whole from the stall and, unless a queued :class:`Fault` takes it,
sent to the hub on a fresh connection and its answer relayed back. A fault applies to
the next request whose path starts with ``path`` (after letting ``after`` such requests
through), once:

* ``drop``:  forward, wait for the hub's answer (it applied the batch), then close the
  stall's connection without a word: the stall never hears back;
* ``error``: answer ``500`` (``forward=True``: only after the hub applied the request);
* ``stall``: forward, get the answer, then say nothing for ``seconds`` (past the
  stall's read timeout) and close;
* ``sever``: send the hub only the first ``fraction`` of the request's bytes, run the
  fault's ``then`` at once (e.g. kill the hub, or the stall), and close both sides.

``then`` runs at the fault's moment (after the hub answered, for drop/error/stall), so a
test can kill a process exactly between request and answer; ``fired`` is set after.
HTTP/1.1 with Content-Length bodies only (what requests and uvicorn speak here).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["drop", "error", "stall", "sever"]
_ERROR_BODY = b'{"detail": "injected by the fault proxy"}'


@dataclass
class Fault:
    kind: FaultKind
    path: str = "/v1/push"
    after: int = 0  # matching requests let through first
    forward: bool = False  # error: let the hub apply the request first
    seconds: float = 0.0  # stall
    fraction: float = 1.0  # sever
    then: Callable[[], None] | None = None
    fired: threading.Event = field(default_factory=threading.Event)


class _Closed(Exception):
    pass


def _read_message(sock: socket.socket, buffer: bytearray) -> bytes:
    """One HTTP message (head and Content-Length body) from ``sock``; the rest stays in
    ``buffer``. Raises _Closed when the peer closes first."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise _Closed
        buffer.extend(chunk)
    head_end = buffer.index(b"\r\n\r\n") + 4
    length = 0
    for line in bytes(buffer[:head_end]).split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(buffer) < head_end + length:
        chunk = sock.recv(65536)
        if not chunk:
            raise _Closed
        buffer.extend(chunk)
    message = bytes(buffer[: head_end + length])
    del buffer[: head_end + length]
    return message


def _path(request: bytes) -> str:
    first_line = request.split(b"\r\n", 1)[0].decode("latin-1")
    parts = first_line.split(" ")
    return parts[1] if len(parts) > 1 else ""


class FaultProxy:
    """``FaultProxy(hub_port)``; stalls talk to ``proxy.url``. ``log`` lists what each
    request met: "POST /v1/push pass", "... drop", ..."""

    def __init__(self, upstream_port: int, *, timeout: float = 30.0) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.timeout = timeout
        self.log: list[str] = []
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> list[Fault]:
        """Forget the faults not met yet; returns them."""
        with self._lock:
            left, self._faults = self._faults, []
        return left

    def close(self) -> None:
        self._closing.set()
        with contextlib.suppress(OSError):  # wakes the blocked accept() (close alone does not)
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self._thread.join(timeout=5)

    # -- plumbing --------------------------------------------------------------------------
    def _take(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if path.startswith(fault.path):
                    if fault.after > 0:
                        fault.after -= 1
                        return None
                    self._faults.remove(fault)
                    return fault
        return None

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        with conn:
            try:
                while not self._closing.is_set():
                    request = _read_message(conn, buffer)
                    fault = self._take(_path(request))
                    kind = fault.kind if fault else "pass"
                    self.log.append(f"{request.split(b' ', 2)[0].decode()} {_path(request)} {kind}")
                    if not self._handle(conn, request, fault):
                        return
            except (_Closed, OSError):
                return

    def _handle(self, conn: socket.socket, request: bytes, fault: Fault | None) -> bool:
        """Answer one request; False when the stall's connection is to be closed."""
        if fault is None:
            conn.sendall(self._exchange(request))
            return True
        try:
            if fault.kind == "sever":
                with socket.create_connection(self.upstream, timeout=self.timeout) as hub:
                    hub.sendall(request[: max(1, int(len(request) * fault.fraction))])
                    self._then(fault)
                return False
            if fault.kind == "error" and not fault.forward:
                self._then(fault)
            else:
                self._exchange(request)  # the hub applied it; its answer goes nowhere
                self._then(fault)
            if fault.kind == "error":
                conn.sendall(
                    b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(_ERROR_BODY)}\r\n".encode()
                    + b"Connection: close\r\n\r\n"
                    + _ERROR_BODY
                )
            elif fault.kind == "stall":
                self._closing.wait(fault.seconds)
            return False
        finally:
            fault.fired.set()

    @staticmethod
    def _then(fault: Fault) -> None:
        if fault.then is not None:
            fault.then()

    def _exchange(self, request: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=self.timeout) as hub:
            hub.sendall(request)
            return _read_message(hub, bytearray())
