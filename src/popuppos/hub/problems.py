"""A refusal the hub explains in one sentence, raised by handlers, answered as JSON."""

from __future__ import annotations


class HubProblem(Exception):
    """HTTP ``status`` with ``detail``: a sentence a host can read and act on."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def unauthorised(detail: str) -> HubProblem:
    return HubProblem(401, detail, {"WWW-Authenticate": "Bearer"})
