"""Running a host's action off the GUI thread (Anki's operation pattern).

Every screen action that touches the database, a file or the network is a call to one
service function. ``run_operation`` runs it on a worker thread and calls ``on_success``
or ``on_failure`` back on the GUI thread, so the window never freezes on I/O::

    run_operation(self, lambda: checkout.complete_sale(db, cart, tenders, cashier=name),
                  on_success=self._show_receipt, on_failure=self._show_problem)

The callbacks are dropped if ``owner`` (a QObject) was destroyed in the meantime.
``ServiceError`` (and the other errors listed in ``HOST_ERRORS``) carry messages for the
host; anything else is a bug, reported with a generic message and logged.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from popuppos.core.money import MoneyError
from popuppos.core.pricing import PricingError
from popuppos.core.tender import TenderError
from popuppos.services.errors import ServiceError
from popuppos.store.db import DatabaseProblem
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")

HOST_ERRORS: tuple[type[Exception], ...] = (
    ServiceError,
    PricingError,
    TenderError,
    MoneyError,
    DatabaseProblem,
)


def message_for(exc: BaseException) -> str:
    """What to tell the host about ``exc``."""
    if isinstance(exc, HOST_ERRORS):
        text = str(exc)
        return text[:1].upper() + text[1:]
    if isinstance(exc, OSError):
        if exc.errno == 28:  # ENOSPC
            return translate("operations", "The disk is full. Free some space; nothing was lost.")
        return translate("operations", "A file could not be written or read ({value}).").format(
            value=exc.strerror or exc
        )
    return translate(
        "operations", "Something went wrong; nothing was recorded. The details are in the log."
    )


class _Bridge(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self._fn = fn
        self._bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            if not isinstance(exc, HOST_ERRORS):
                log.error("operation failed:\n%s", traceback.format_exc())
            self._bridge.failed.emit(exc)
        else:
            self._bridge.succeeded.emit(result)


_pool: QThreadPool | None = None
_live: set[_Bridge] = set()


def pool() -> QThreadPool:
    """The one pool every operation runs on (database work is serialised by SQLite)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def run_operation(
    owner: QObject,
    fn: Callable[[], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``fn`` on a worker; call back on the GUI thread unless ``owner`` is gone."""
    bridge = _Bridge()
    _live.add(bridge)
    alive = [True]

    def owner_gone() -> None:
        alive[0] = False

    owner.destroyed.connect(owner_gone)

    def done_ok(result: object) -> None:
        _finish()
        if alive[0] and on_success is not None:
            on_success(result)  # type: ignore[arg-type]

    def done_err(exc: object) -> None:
        _finish()
        if alive[0] and on_failure is not None and isinstance(exc, BaseException):
            on_failure(exc)

    def _finish() -> None:
        _live.discard(bridge)
        bridge.deleteLater()
        if alive[0]:
            with contextlib.suppress(RuntimeError, TypeError):
                owner.destroyed.disconnect(owner_gone)

    bridge.succeeded.connect(done_ok)
    bridge.failed.connect(done_err)
    pool().start(_Job(fn, bridge))


def wait_for_operations(msecs: int = 5000) -> bool:
    """Block until running operations are done (shutdown and tests only)."""
    return pool().waitForDone(msecs)
