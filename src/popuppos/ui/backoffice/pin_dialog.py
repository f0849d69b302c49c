"""Asking a manager to approve an action with the manager PIN (and, when asked, a reason).

The dialog does not check the PIN: the service checks it inside the same transaction that
records the action, so a PIN can never approve something else than what was shown. The
caller connects ``submitted(pin, reason)``, runs the service call, and then either
``accept()``s the dialog or calls ``show_problem(message)``, which keeps the reason, clears
the PIN and lets the manager try again::

    pin = ManagerPinDialog(self, title="Approve the refund", ask_reason=True)
    pin.submitted.connect(self._refund_with)    # -> run_operation(...)
    pin.open()
"""

from __future__ import annotations

from popuppos.ui.backoffice.common import Notice, button, heading, muted
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.qt import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRegularExpression,
    QRegularExpressionValidator,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

PIN_MIN, PIN_MAX = 4, 12
BACKSPACE = "⌫"


class ManagerPinDialog(QDialog):
    """Masked, digits-only PIN entry with a touch keypad, plus an optional required reason."""

    submitted = Signal(str, str)  # pin, reason

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = QT_TRANSLATE_NOOP("backoffice/pin_dialog", "Manager approval"),
        prompt: str = QT_TRANSLATE_NOOP(
            "backoffice/pin_dialog", "A manager enters the PIN to approve this."
        ),
        ask_reason: bool = True,
        reason: str = "",
        reason_placeholder: str = QT_TRANSLATE_NOOP(
            "backoffice/pin_dialog", "Why? (kept in the audit log)"
        ),
        close_on_submit: bool = False,
    ) -> None:
        super().__init__(parent)
        # the defaults are marked, not translated (a default is built at import)
        title = translate("backoffice/pin_dialog", title)
        prompt = translate("backoffice/pin_dialog", prompt)
        reason_placeholder = translate("backoffice/pin_dialog", reason_placeholder)
        self.setWindowTitle(title)
        self.setModal(True)
        self._ask_reason = ask_reason
        self._close_on_submit = close_on_submit
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(title))
        layout.addWidget(muted(prompt))

        self.reason_edit = QLineEdit(reason)
        self.reason_edit.setPlaceholderText(reason_placeholder)
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setAccessibleName(translate("backoffice/pin_dialog", "Reason"))
        if ask_reason:
            layout.addWidget(QLabel(translate("backoffice/pin_dialog", "Reason")))
            layout.addWidget(self.reason_edit)
        else:
            self.reason_edit.hide()

        layout.addWidget(QLabel(translate("backoffice/pin_dialog", "Manager PIN")))
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(PIN_MAX)
        self.pin_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_MAX}}}"), self.pin_edit)
        )
        self.pin_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            | Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setStyleSheet("font-size: 24px; letter-spacing: 6px;")
        self.pin_edit.setMinimumHeight(52)
        self.pin_edit.setAccessibleName(translate("backoffice/pin_dialog", "Manager PIN"))
        self.pin_edit.setPlaceholderText(
            translate("backoffice/pin_dialog", "{PIN_MIN} to {PIN_MAX} digits").format(
                PIN_MIN=PIN_MIN, PIN_MAX=PIN_MAX
            )
        )
        layout.addWidget(self.pin_edit)

        self.notice = Notice()
        layout.addWidget(self.notice)

        keypad = QGridLayout()
        keypad.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        labels = [
            "1",
            "2",
            "3",
            "4",
            "5",
            "6",
            "7",
            "8",
            "9",
            BACKSPACE,
            "0",
            "OK",
        ]
        for i, label in enumerate(labels):
            key = button(label, role="primary" if label == "OK" else "key")
            key.setMinimumSize(72, 60)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if label == "OK":
                key.setStyleSheet("font-size: 20px; font-weight: 700; border-radius: 12px;")
                key.clicked.connect(self._submit)
            elif label == BACKSPACE:
                key.setAccessibleName(translate("backoffice/pin_dialog", "Delete the last digit"))
                key.clicked.connect(self.pin_edit.backspace)
            else:
                key.clicked.connect(lambda _=False, d=label: self._type(d))
            keypad.addWidget(key, i // 3, i % 3)
            self.keys[label] = key
        layout.addLayout(keypad)
        self.ok_button = self.keys["OK"]

        self.cancel_button = button(translate("backoffice/pin_dialog", "Cancel"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.cancel_button)

        self.pin_edit.textChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self.pin_edit.returnPressed.connect(self._submit)
        self.reason_edit.returnPressed.connect(self.pin_edit.setFocus)
        self._update()
        if ask_reason and not reason.strip():
            self.reason_edit.setFocus()
        else:
            self.pin_edit.setFocus()

    # -- what the caller reads -----------------------------------------------------------
    def pin(self) -> str:
        return self.pin_edit.text()

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    @property
    def busy(self) -> bool:
        return self._busy

    def can_submit(self) -> bool:
        return (
            not self._busy
            and PIN_MIN <= len(self.pin()) <= PIN_MAX
            and (not self._ask_reason or bool(self.reason()))
        )

    # -- what the caller does with the service's answer ------------------------------------
    def set_busy(self, busy: bool) -> None:
        """While the service checks the PIN: keys and fields are locked, Cancel waits."""
        self._busy = busy
        for w in (self.pin_edit, self.reason_edit, self.cancel_button, *self.keys.values()):
            w.setEnabled(not busy)
        if busy:
            self.notice.show_message(
                translate("backoffice/pin_dialog", "Checking the PIN…"), "info"
            )
        elif self.notice.tone == "info":
            self.notice.clear_message()
        self._update()

    def show_problem(self, message: str) -> None:
        """The service refused: say why, keep the reason, clear the PIN for another try."""
        self.set_busy(False)
        self.pin_edit.clear()
        self.notice.show_message(message, "danger")
        self.pin_edit.setFocus()

    # -- internals ---------------------------------------------------------------------------
    def _type(self, digit: str) -> None:
        if not self._busy and len(self.pin()) < PIN_MAX:
            self.pin_edit.insert(digit)

    def _update(self) -> None:
        self.ok_button.setEnabled(self.can_submit())
        if self.notice.tone == "danger" and self.pin():
            self.notice.clear_message()

    def _submit(self) -> None:
        if not self.can_submit():
            if self._ask_reason and not self.reason() and not self._busy:
                self.notice.show_message(
                    translate(
                        "backoffice/pin_dialog",
                        "Say why first; the reason is kept with the approval.",
                    )
                )
                self.reason_edit.setFocus()
            return
        self.submitted.emit(self.pin(), self.reason())
        if self._close_on_submit:
            self.accept()

    def reject(self) -> None:
        if not self._busy:  # the service is still deciding; its answer must reach a host
            super().reject()
