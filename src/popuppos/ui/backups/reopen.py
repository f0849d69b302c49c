"""Reopening the main window after a restore, in the same process, on the same database.

A restore replaces the database's content in place (the file, its lock and the engine
stay), but every screen holds what it read before: settings, the shift, the catalogue.
So the window is built again, like at start: the old window's hub sync is stopped (on a
worker: it may be mid-request), a fresh context is read (on a worker), then the new
window takes the old one's place and size and the old one closes.
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.store.db import Database
from popuppos.ui.context import AppContext
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QMainWindow, QTimer


def stop_sync_of(window: QMainWindow) -> Callable[[], None]:
    """What stops ``window``'s hub sync (to call on a worker: it may be mid-request)."""
    status = getattr(window, "sync_status", None)
    bridge = getattr(status, "bridge", None)
    stop = getattr(bridge, "stop", None)
    return stop if callable(stop) else (lambda: None)


def reopen_main_window(
    old: QMainWindow,
    db: Database,
    *,
    message: str = "",
    on_reopened: Callable[[QMainWindow], None] | None = None,
) -> None:
    """Replace ``old`` by a new main window on ``db``; ``message`` goes to its status line."""
    from popuppos.ui.app import build_context

    old.setEnabled(False)
    stop_sync = stop_sync_of(old)

    def prepare() -> AppContext:
        stop_sync()
        return build_context(db)

    def show(ctx: AppContext) -> None:
        from popuppos.ui.main_window import MainWindow

        new = MainWindow(ctx)
        new.setGeometry(old.geometry())
        new.setWindowState(old.windowState())
        new.show()
        old.close()
        old.deleteLater()
        QTimer.singleShot(0, new.start)
        if message:
            ctx.events.problem.emit(message)
        if on_reopened is not None:
            on_reopened(new)

    def failed(exc: BaseException) -> None:
        old.setEnabled(True)
        old.statusBar().showMessage(message_for(exc), 15000)

    run_operation(old, prepare, on_success=show, on_failure=failed)
