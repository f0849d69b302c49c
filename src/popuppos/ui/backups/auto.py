"""Automatic backups while the app runs: the daily one and the one after each shift close.

The daily backup is looked at a few seconds after start (off the start-up path) and then
every half hour, so a stall left running past midnight still gets its backup of the new
day; :func:`services.backups.backup_if_due` makes one only when today has none. The shift
close backup follows the close dialog's ``shift_changed(None)``, i.e. once the close is
recorded (a failed backup can never hold up or undo a close). Both run on a worker; a
failure is one sentence on the status line, and selling carries on.
"""

from __future__ import annotations

from popuppos.services import backups
from popuppos.services.backups import BackupMade
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QObject, QTimer, Signal

FIRST_LOOK_MS = 5_000
INTERVAL_MS = 30 * 60 * 1000


class AutomaticBackups(QObject):
    made = Signal(object)  # BackupMade
    failed = Signal(str)  # the sentence also sent to the status line

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        first_look_ms: int = FIRST_LOOK_MS,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # One backup at a time, queued here rather than waiting on a worker: a big shop's
        # copy takes seconds, and the pool's other thread stays free for the till.
        self._queue: list[str] = []
        self._running = False
        # Whether a shift is open: unknown (None) until told; only a change from open
        # (or unknown) to closed is a close.
        self._shift_open: bool | None = bool(ctx.cashier) or None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_daily)
        self.timer.start()
        QTimer.singleShot(first_look_ms, self.check_daily)
        ctx.events.shift_changed.connect(self._shift_changed)

    @property
    def idle(self) -> bool:
        return not self._running and not self._queue

    def check_daily(self) -> None:
        """Make today's backup if there is none yet (and daily backups are on)."""
        self._enqueue("daily")

    def after_shift_close(self) -> None:
        """The backup after a shift close (when that setting is on)."""
        self._enqueue("shift")

    def _shift_changed(self, shift: object) -> None:
        was_open, self._shift_open = self._shift_open, shift is not None
        if shift is None and was_open is not False:
            self.after_shift_close()

    def _enqueue(self, kind: str) -> None:
        if kind not in self._queue:
            self._queue.append(kind)
        self._next()

    def _next(self) -> None:
        if self._running or not self._queue:
            return
        kind = self._queue.pop(0)
        self._running = True
        db = self.ctx.db
        job = backups.backup_if_due if kind == "daily" else backups.backup_after_shift_close
        what = (
            translate("backups/auto", "The daily backup")
            if kind == "daily"
            else translate("backups/auto", "The backup after the shift close")
        )
        run_operation(
            self,
            lambda: job(db),
            on_success=self._done,
            on_failure=lambda exc: self._failed(what, exc),
        )

    def _done(self, made: BackupMade | None) -> None:
        self._running = False
        if made is not None:
            self.made.emit(made)
        self._next()

    def _failed(self, what: str, exc: BaseException) -> None:
        self._running = False
        text = translate("backups/auto", "{what} was not made. {exc}").format(
            what=what, exc=message_for(exc)
        )
        self.failed.emit(text)
        self.ctx.events.problem.emit(text)
        self._next()


def start_automatic_backups(parent: QObject, ctx: AppContext) -> AutomaticBackups:
    """Start the daily and shift-close backups for the app's lifetime (owned by ``parent``)."""
    return AutomaticBackups(ctx, parent)
