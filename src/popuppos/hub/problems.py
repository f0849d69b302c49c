"""A refusal the hub explains in one sentence, raised by handlers, answered as JSON.

The hub has no shop language: its sentences go over the wire in English. A fixed sentence
a stall may show its host is marked ``QT_TRANSLATE_NOOP("hub", "...")`` (the same text at
run time), so the stall's client (``sync/client.py``) finds it in the shop's language.
"""

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
