"""The sync engine in the window: a worker QThread, its status as signals, a top-bar widget.

The engine's loop runs for the app's lifetime, so it gets its own QThread (the shared
QThreadPool is for short jobs). The engine calls back from that thread; the bridge
re-emits each :class:`SyncStatus` as a signal, which Qt queues to the GUI thread.

For the main window, one line: ``top_bar.addWidget(SyncStatusWidget(ctx))`` (it starts
its own :class:`SyncBridge` when the stall is paired; ``widget.bridge.stop()`` on quit is
also connected to ``QApplication.aboutToQuit``).
"""

from __future__ import annotations

from typing import Any

from popuppos.services.checkin import duplicate_check_ins
from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.sync.engine import SyncEngine, SyncStatus
from popuppos.sync.state import load_config, rejected_events
from popuppos.ui.context import AppContext
from popuppos.ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QObject,
    QPushButton,
    QThread,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

#: How long quitting waits for the worker to finish its current request.
_STOP_WAIT_MS = 3000
_orphans: list[QThread] = []  # workers still in a request at quit: kept alive, not killed


class _Worker(QThread):
    def __init__(self, engine: SyncEngine) -> None:
        super().__init__()
        self.engine = engine

    def run(self) -> None:
        self.engine.run()


class SyncBridge(QObject):
    """Runs a SyncEngine on a dedicated QThread; ``status_changed`` carries SyncStatus."""

    status_changed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None, **engine_options: Any):
        super().__init__(parent)
        self.db = db
        self._options = engine_options
        self._engine: SyncEngine | None = None
        self._worker: _Worker | None = None
        self.last_status = SyncStatus("not_paired")

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def start(self) -> bool:
        """Start syncing if this stall is paired (False, and a status saying so, if not)."""
        if self.running:
            return True
        if load_config(self.db) is None:
            self._emit(SyncStatus("not_paired"))
            return False
        self._engine = SyncEngine(self.db, on_status=self._emit, **self._options)
        self._worker = _Worker(self._engine)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self._worker.start()
        return True

    def sync_now(self) -> None:
        """Wake the loop (or start it again after it stopped: e.g. after pairing again)."""
        if self.running and self._engine is not None:
            self._engine.wake()
        else:
            self.stop()
            self.start()

    def stop(self) -> None:
        worker, engine = self._worker, self._engine
        self._worker = self._engine = None
        if worker is None or engine is None:
            return
        engine.stop()
        if not worker.wait(_STOP_WAIT_MS):
            _orphans.append(worker)  # mid-request: its timeout ends it; never destroy it live

    def _emit(self, status: SyncStatus) -> None:  # the worker thread
        self.last_status = status
        self.status_changed.emit(status)


# -- the top-bar widget ----------------------------------------------------------------
_LABELS = {
    "not_paired": ("Not synced", "#9e9e9e"),
    "idle": ("Online", "#2e7d32"),
    "syncing": ("Syncing", "#1565c0"),
    "offline": ("Offline", "#c62828"),
    "stopped": ("Sync stopped", "#c62828"),
}


def describe(status: SyncStatus) -> tuple[str, str]:
    """(the words beside the dot, its colour)."""
    if status.state == "syncing" and status.online is False:
        return "Trying the hub", "#ef6c00"
    return _LABELS[status.state]


class SyncStatusWidget(QWidget):
    """Online/offline dot, events waiting, last successful sync, "Sync now", conflicts."""

    def __init__(
        self, ctx: AppContext, bridge: SyncBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge or SyncBridge(ctx.db, self)
        self.dot = QLabel("●")
        self.state_label = QLabel()
        self.waiting_label = QLabel()
        self.last_label = QLabel()
        self.sync_button = QPushButton("Sync now")
        self.conflicts_button = QToolButton()
        self.conflicts_button.setAutoRaise(True)
        for name, w in (
            ("syncDot", self.dot),
            ("syncState", self.state_label),
            ("syncWaiting", self.waiting_label),
            ("syncLast", self.last_label),
            ("syncNow", self.sync_button),
            ("syncConflicts", self.conflicts_button),
        ):
            w.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.dot, self.state_label, self.waiting_label, self.last_label):
            row.addWidget(w)
        row.addWidget(self.conflicts_button)
        row.addWidget(self.sync_button)
        self.sync_button.clicked.connect(self.bridge.sync_now)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.bridge.status_changed.connect(self.show_status)
        self.show_status(self.bridge.last_status)
        if bridge is None:
            self.bridge.start()

    def show_status(self, status: SyncStatus) -> None:
        words, colour = describe(status)
        self.dot.setStyleSheet(f"color: {colour};")
        self.state_label.setText(words)
        paired = status.state != "not_paired"
        self.waiting_label.setText(f"{status.waiting} waiting" if status.waiting else "All sent")
        self.waiting_label.setVisible(paired)
        when = local_time(status.last_success).strftime("%H:%M") if status.last_success else None
        self.last_label.setText(f"Synced {when}" if when else "Never synced")
        self.last_label.setVisible(paired)
        problems = status.conflicts + status.rejected + status.not_applied
        self.conflicts_button.setText(f"{problems} to check" if problems else "")
        self.conflicts_button.setVisible(problems > 0)
        self.sync_button.setEnabled(paired)
        tips = [status.hub_url] if status.hub_url else []
        if status.last_error:
            tips.append(status.last_error)
        if status.token_store:
            where = "the system keyring" if status.token_store == "keyring" else "a private file"
            tips.append(f"The hub credential is kept in {where}.")
        self.setToolTip("\n".join(tips))

    def open_conflicts(self) -> None:
        ConflictsDialog(self.ctx.db, self).exec()


class ConflictsDialog(QDialog):
    """What sync found for a person to look at (resolving them is issue 5's part 3)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sync: to check")
        self.list = QListWidget()
        for dup in duplicate_check_ins(db):
            self.list.addItem(dup.message)
        for bad in rejected_events(db):
            self.list.addItem(f"Not accepted by the hub ({bad.event_type}): {bad.reason}")
        if self.list.count() == 0:
            self.list.addItem("Nothing to check.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 320)
