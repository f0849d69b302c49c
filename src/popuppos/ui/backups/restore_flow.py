"""A restore, step by step: confirm, the manager PIN when the shop has one, then the
restore itself on a worker (``services.backups.restore_backup`` checks the PIN again, in
the service, and the file). A wrong PIN keeps the PIN dialog open for another try."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from popuppos.services import backups
from popuppos.services.backups import Restored
from popuppos.services.errors import PinRefused
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.backups.confirm import ConfirmRestoreDialog
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QObject, QWidget


class RestoreFlow(QObject):
    def __init__(
        self,
        owner: QWidget,
        ctx: AppContext,
        *,
        on_busy: Callable[[bool, str], None],
        on_restored: Callable[[Restored], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.ctx = ctx
        self._on_busy = on_busy
        self._on_restored = on_restored
        self._on_failed = on_failed
        self.confirm: ConfirmRestoreDialog | None = None
        self.pin_dialog: ManagerPinDialog | None = None

    def begin(self, path: Path, *, what: str, detail: str, needs_pin: bool) -> None:
        """Ask "Restore this backup?"; nothing happens unless the host says Restore."""
        self.confirm = ConfirmRestoreDialog(
            self.owner, what=what, detail=detail, needs_pin=needs_pin
        )
        self.confirm.accepted.connect(lambda: self._confirmed(path, needs_pin))
        self.confirm.open()

    def _confirmed(self, path: Path, needs_pin: bool) -> None:
        if not needs_pin:
            self._restore(path, None)
            return
        pin = ManagerPinDialog(
            self.owner,
            title=translate("backups/restore_flow", "Approve the restore"),
            prompt=translate(
                "backups/restore_flow", "A manager enters the PIN to put this backup back."
            ),
            ask_reason=False,
        )
        pin.submitted.connect(lambda value, _reason: self._restore(path, value))
        self.pin_dialog = pin
        pin.open()

    def _restore(self, path: Path, pin: str | None) -> None:
        db, actor = self.ctx.db, self.ctx.cashier or "host"
        if self.pin_dialog is not None:
            self.pin_dialog.set_busy(True)
        self._on_busy(
            True,
            translate("backups/restore_flow", "Restoring… the current data is kept aside first."),
        )
        run_operation(
            self,
            lambda: backups.restore_backup(db, path, pin=pin, actor=actor),
            on_success=self._restored,
            on_failure=self._failed,
        )

    def _restored(self, result: Restored) -> None:
        if self.pin_dialog is not None:
            self.pin_dialog.set_busy(False)
            self.pin_dialog.accept()
            self.pin_dialog = None
        self._on_busy(False, "")
        self._on_restored(result)

    def _failed(self, exc: BaseException) -> None:
        self._on_busy(False, "")
        pin = self.pin_dialog
        if pin is not None and isinstance(exc, PinRefused):
            pin.show_problem(message_for(exc))  # the manager may try again
            return
        if pin is not None:
            pin.set_busy(False)
            pin.reject()
            self.pin_dialog = None
        self._on_failed(exc)
