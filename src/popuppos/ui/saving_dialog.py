"""A form dialog that saves on a worker thread (drops, sessions, plan events).

While the service call runs, Cancel and Save are off, a "Saving…" notice shows and the
dialog refuses to close. A success clears the notice, emits ``saved(id, spec)`` and closes;
a failure turns the buttons back on, shows the problem and checks the form again, so
nothing typed is lost.

A subclass builds ``notice``, ``cancel_button`` and ``save_button`` and supplies
``_changed`` (check the form and enable Save, ``not self._busy`` included).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from popuppos.ui.backoffice.common import Notice
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import QDialog, QPushButton, QWidget, Signal

T = TypeVar("T")


class SavingDialog(QDialog):
    saved = Signal(str, object)  # the saved record's id, the spec saved

    notice: Notice
    cancel_button: QPushButton
    save_button: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    def _changed(self, *_: object) -> None:
        """Check the form again and show what is wrong (each dialog's own)."""
        raise NotImplementedError

    def _busy_buttons(self) -> tuple[QPushButton, ...]:
        """The buttons turned off while an operation runs."""
        return (self.cancel_button, self.save_button)

    def _save(self, fn: Callable[[], str], spec: object) -> None:
        """Run the service's save ``fn`` (it returns the id); on success announce and close."""
        self._run(fn, lambda saved_id: self._done(lambda: self.saved.emit(saved_id, spec)))

    def _run(
        self,
        fn: Callable[[], T],
        ok: Callable[[T], None],
        doing: str = QT_TRANSLATE_NOOP("saving_dialog", "Saving…"),
    ) -> None:
        self._set_busy(True)
        self.notice.show_message(translate("saving_dialog", doing), "info")
        run_operation(self, fn, on_success=ok, on_failure=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for b in self._busy_buttons():
            b.setEnabled(not busy)

    def _done(self, announce: Callable[[], None]) -> None:
        self._busy = False
        self.notice.clear_message()
        announce()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_problem(exc)
        self._changed()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
