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

from popuppos.services.conflicts import FlaggedConflict, list_conflicts, resolve_conflict
from popuppos.services.receipts import local_time
from popuppos.store.db import Database
from popuppos.sync.apply import NotApplied, not_applied
from popuppos.sync.credential import WHERE
from popuppos.sync.engine import SyncEngine, SyncStatus
from popuppos.sync.state import Rejected, load_config, rejected_events
from popuppos.ui.backoffice.common import Notice
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPushButton,
    Qt,
    QThread,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.theme import colour, follow_theme

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

    def start(self, *, paired: bool | None = None) -> bool:
        """Start syncing if this stall is paired (False, and a status saying so, if not)."""
        if self.running:
            return True
        if paired is None:
            paired = load_config(self.db) is not None
        if not paired:
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
_LABELS = {  # the words and the theme token of the dot's colour
    "not_paired": (QT_TRANSLATE_NOOP("sync_status", "Not synced"), "text-muted"),
    "idle": (QT_TRANSLATE_NOOP("sync_status", "Online"), "accent"),
    "syncing": (QT_TRANSLATE_NOOP("sync_status", "Syncing"), "text-soft"),
    "offline": (QT_TRANSLATE_NOOP("sync_status", "Offline"), "danger-text"),
    "stopped": (QT_TRANSLATE_NOOP("sync_status", "Sync stopped"), "danger-text"),
}


def describe(status: SyncStatus) -> tuple[str, str]:
    """(the words beside the dot, its colour in the theme on screen)."""
    if status.state == "syncing" and status.online is False:
        return translate("sync_status", "Trying the hub"), colour("warning-text")
    words, token = _LABELS[status.state]
    return translate("sync_status", words), colour(token)


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
        self.sync_button = QPushButton(translate("sync_status", "Sync now"))
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
        follow_theme(self, lambda: self.show_status(self.bridge.last_status))
        if bridge is None:  # whether this stall is paired: read on a worker, then start
            db = ctx.db
            run_operation(
                self,
                lambda: load_config(db) is not None,
                on_success=self._start_if_paired,
            )

    def _start_if_paired(self, paired: bool) -> None:
        self.bridge.start(paired=paired)

    def show_status(self, status: SyncStatus) -> None:
        words, dot = describe(status)
        self.dot.setStyleSheet(f"color: {dot};")
        self.state_label.setText(words)
        paired = status.state != "not_paired"
        self.waiting_label.setText(
            translate("sync_status", "{waiting} waiting").format(waiting=status.waiting)
            if status.waiting
            else translate("sync_status", "All sent")
        )
        self.waiting_label.setVisible(paired)
        when = local_time(status.last_success).strftime("%H:%M") if status.last_success else None
        self.last_label.setText(
            translate("sync_status", "Synced {when}").format(when=when)
            if when
            else translate("sync_status", "Never synced")
        )
        self.last_label.setVisible(paired)
        problems = status.conflicts + status.rejected + status.not_applied
        self.conflicts_button.setText(
            translate("sync_status", "{problems} to check").format(problems=problems)
            if problems
            else ""
        )
        self.conflicts_button.setVisible(problems > 0)
        self.sync_button.setEnabled(paired)
        tips = [status.hub_url] if status.hub_url else []
        if status.last_error:
            tips.append(status.last_error)
        if status.token_store:
            where = translate("sync/credential", WHERE.get(status.token_store, status.token_store))
            tips.append(
                translate("sync_status", "The hub credential is kept in {where}.").format(
                    where=where
                )
            )
        self.setToolTip("\n".join(tips))

    def open_conflicts(self) -> None:
        dialog = ConflictsDialog(self.ctx.db, self, resolved_by=self.ctx.cashier)
        dialog.resolved.connect(lambda _id: self.bridge.sync_now())  # send the resolution
        dialog.exec()


def not_applied_sentence(change: NotApplied) -> str:
    """A change from another stall that this stall has not applied, in one sentence."""
    if change.waiting:
        return translate(
            "sync_status",
            "Waiting to apply here ({event_type} from another stall): "
            "{reason}; it is tried again on every sync.",
        ).format(event_type=change.event_type, reason=change.reason)
    return translate(
        "sync_status",
        "Cannot apply here ({event_type} from another stall): {reason}. "
        "Nothing else is held up by it; tell the shop owner, the stall "
        "that sent it may need an update.",
    ).format(event_type=change.event_type, reason=change.reason)


class ConflictsDialog(QDialog):
    """What sync found for a person to look at: the conflicts the hub flagged, each in one
    sentence with "Mark resolved" (a fact, synced to the hub and every stall), and the
    events the hub refused. ``resolved`` is emitted after a conflict was marked."""

    resolved = Signal(str)  # the conflict id

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, resolved_by: str = ""
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.resolved_by = resolved_by or "Host"
        self.setWindowTitle(translate("sync_status", "Sync: to check"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setObjectName("syncConflictsList")
        self.notice = Notice()
        self.resolve_button = QPushButton(translate("sync_status", "Mark resolved"))
        self.resolve_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._selected)
        self.resolve_button.clicked.connect(self.resolve_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.loaded = False
        self.reload()

    def reload(self) -> None:
        self.loaded = False
        db = self.db
        run_operation(
            self,
            lambda: (list_conflicts(db), rejected_events(db), not_applied(db)),
            on_success=self._show,
            on_failure=self.notice.show_problem,
        )

    def _show(self, found: tuple[list[FlaggedConflict], list[Rejected], list[NotApplied]]) -> None:
        conflicts, rejected, pending = found
        self.list.clear()
        for conflict in conflicts:
            item = QListWidgetItem(conflict.sentence)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
        for bad in rejected:
            self.list.addItem(
                translate("sync_status", "Not accepted by the hub ({event_type}): {reason}").format(
                    event_type=bad.event_type, reason=bad.reason
                )
            )
        for change in pending:
            self.list.addItem(not_applied_sentence(change))
        if self.list.count() == 0:
            self.list.addItem(translate("sync_status", "Nothing to check."))
        # The first conflict is chosen (as the list would on focus anyway): one tap resolves it.
        self.list.setCurrentRow(0 if conflicts else -1)
        self._selected(self.list.currentItem())
        self.loaded = True

    def conflict_ids(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.data(Qt.ItemDataRole.UserRole)
        ]

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.resolve_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole))
        )

    def resolve_selected(self) -> None:
        item = self.list.currentItem()
        conflict_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not conflict_id:
            return
        self.resolve_button.setEnabled(False)
        db, who = self.db, self.resolved_by

        def done(_resolution: str) -> None:
            self.notice.clear_message()
            self.resolved.emit(str(conflict_id))
            self.reload()

        run_operation(
            self,
            lambda: resolve_conflict(db, str(conflict_id), resolved_by=who),
            on_success=done,
            on_failure=self.notice.show_problem,
        )
