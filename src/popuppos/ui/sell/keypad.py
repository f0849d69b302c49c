"""A touch keypad bound to an amount field, with an inline message for what cannot be read."""

from __future__ import annotations

from popuppos.core.money import MoneyError, minor_digits, parse_money
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.widgets import error_qss, label, make_button, set_prop

BACKSPACE = "⌫"


class Keypad(QWidget):
    """Digits, a decimal point (when the currency has decimals) and backspace."""

    key = Signal(str)

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Keypad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        point = "." if minor_digits(currency) > 0 else "00"
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", point, "0", BACKSPACE]
        self.buttons: dict[str, QPushButton] = {}
        for n, text in enumerate(keys):
            b = make_button(text)
            b.setProperty("role", "key")
            b.setMinimumHeight(56)
            b.setAccessibleName(translate("sell/keypad", "Delete") if text == BACKSPACE else text)
            b.clicked.connect(lambda _=False, t=text: self.key.emit(t))
            grid.addWidget(b, n // 3, n % 3)
            self.buttons[text] = b


class AmountField(QWidget):
    """A line edit for an amount (typed or keyed) and the reason when it is not one.

    ``amount()`` returns minor units or None (and shows why); ``changed`` fires on edits.
    """

    changed = Signal()
    submitted = Signal()

    def __init__(
        self,
        currency: str,
        placeholder: str,
        parent: QWidget | None = None,
        *,
        keypad: bool = True,
        object_name: str = "AmountEdit",
    ) -> None:
        super().__init__(parent)
        self._currency = currency
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.edit = QLineEdit()
        self.edit.setObjectName(object_name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaxLength(16)
        self.edit.setMinimumHeight(48)
        font = self.edit.font()
        font.setPixelSize(20)
        self.edit.setFont(font)
        self.edit.textChanged.connect(self._edited)
        self.edit.returnPressed.connect(self.submitted)
        box.addWidget(self.edit)
        self.error = label("", "FieldError", wrap=True)
        self.error.setStyleSheet(error_qss())
        self.error.hide()
        box.addWidget(self.error)
        self.keypad: Keypad | None = None
        if keypad:
            self.keypad = Keypad(currency)
            self.keypad.key.connect(self._key)
            box.addWidget(self.keypad)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        self.show_error("")

    def peek(self) -> int | None:
        """The amount typed so far, or None, without showing a message."""
        if not self.edit.text().strip():
            return None
        try:
            return parse_money(self.edit.text(), self._currency)
        except MoneyError:
            return None

    def amount(self) -> int | None:
        """The amount typed, or None after showing why it cannot be read."""
        text = self.edit.text()
        if not text.strip():
            self.show_error(translate("sell/keypad", "Type an amount first."))
            return None
        try:
            return parse_money(text, self._currency)
        except MoneyError as exc:
            self.show_error(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        set_prop(self.edit, "invalid", "true" if text else "false")

    def _edited(self, _text: str) -> None:
        self.show_error("")
        self.changed.emit()

    def _key(self, key: str) -> None:
        if key == BACKSPACE:
            self.edit.backspace()
        else:
            self.edit.insert(key)
        self.edit.setFocus()
