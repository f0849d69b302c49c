"""A network receipt printer on 127.0.0.1, for tests: a real TCP listener, like port 9100.

It takes whatever a client sends, one job per connection, and answers the real-time status
queries (``DLE EOT n``) a client sends before its job with the bytes it was given, or
stays silent for a query it has no answer for, like a printer without status support.
"""

from __future__ import annotations

import socket
import threading
import time

ONLINE = {1: 0x12, 2: 0x12, 4: 0x12}  # online, no offline cause, paper present
PAPER_OUT = {1: 0x1A, 2: 0x32, 4: 0x72}  # offline because the paper ran out
PAPER_LOW = {1: 0x12, 2: 0x12, 4: 0x1E}  # near-end sensor
COVER_OPEN = {1: 0x1A, 2: 0x16, 4: 0x12}
SILENT: dict[int, int] = {}


class FakePrinter:
    def __init__(self, status: dict[int, int] | None = None) -> None:
        self.status = dict(ONLINE if status is None else status)
        self.jobs: list[bytes] = []
        self.queries: list[int] = []
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(4)
        self._server.settimeout(0.2)
        self.port = int(self._server.getsockname()[1])
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(5)
                job = self._take(conn)
            with self._lock:
                self.jobs.append(job)

    def _take(self, conn: socket.socket) -> bytes:
        buffer = b""
        job = bytearray()
        in_job = False
        while True:
            try:
                chunk = conn.recv(65536)
            except (TimeoutError, OSError):
                break
            if not chunk:
                break
            if in_job:
                job += chunk
                continue
            buffer += chunk
            while not in_job and buffer:
                if buffer[:2] == b"\x10\x04" and len(buffer) >= 3:
                    n = buffer[2]
                    with self._lock:
                        self.queries.append(n)
                    if n in self.status:
                        conn.sendall(bytes([self.status[n]]))
                    buffer = buffer[3:]
                elif b"\x10\x04".startswith(buffer):
                    break  # half a query: wait for the rest
                else:
                    in_job = True
                    job += buffer
                    buffer = b""
        return bytes(job)

    def wait_for_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.jobs) >= count:
                    return list(self.jobs)
            time.sleep(0.01)
        raise AssertionError(f"the printer got {len(self.jobs)} jobs, not {count}")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()


def refusing_address() -> tuple[socket.socket, str]:
    """An address on this machine where nothing listens: connecting is refused at once.
    Keep the returned socket open (bound, not listening) until the test is done."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock, f"127.0.0.1:{sock.getsockname()[1]}"
