"""Fields the first-run setup and the Settings pages share: currency, language and region,
tax rate, PINs, choice cards, switch cards and a touch stepper.

Every control is at least 44 px high (the theme's touch rule) and has an accessible name.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale
from babel.numbers import get_currency_name

from popuppos.core.i18n import decimal_text, percent_text
from popuppos.core.money import format_money
from popuppos.core.setup_rules import PIN_MAX, currency_code, format_rate
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMouseEvent,
    QPushButton,
    QRadioButton,
    QRegularExpression,
    QRegularExpressionValidator,
    QResizeEvent,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import label, make_button, repolish

#: The currencies offered first; any ISO 4217 code can be typed into the box.
CURRENCIES = (
    "EUR", "GBP", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "ISK",
    "CAD", "AUD", "NZD", "JPY", "SGD", "HKD", "ZAR", "MXN", "BRL", "INR",
)  # fmt: skip
#: Languages and regions for numbers, dates and money (the stored one is added if missing).
LOCALES = (
    "en_IE", "en_GB", "en_US", "en_CA", "en_AU", "en_NZ", "ga_IE", "de_DE", "de_AT",
    "de_CH", "fr_FR", "fr_BE", "fr_CA", "nl_NL", "nl_BE", "es_ES", "it_IT", "pt_PT",
    "da_DK", "sv_SE", "nb_NO", "fi_FI", "pl_PL", "cs_CZ",
)  # fmt: skip
RATE_CHIPS = ("0", "5", "7", "10", "13.5", "19", "20", "21", "23", "25")


def big_title(text: str) -> QLabel:
    """A page's one question, large."""
    lab = label(text, "PageQuestion", wrap=True)
    lab.setStyleSheet("font-size: 28px; font-weight: 700;")
    lab.setAccessibleName(text)
    return lab


def field_caption(text: str) -> QLabel:
    lab = label(text)
    lab.setStyleSheet("font-weight: 600;")
    return lab


def big_edit(placeholder: str = "", accessible: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible or placeholder)
    edit.setMinimumHeight(56)
    edit.setStyleSheet("font-size: 20px;")
    return edit


# -- currency and locale ------------------------------------------------------------------
@lru_cache(maxsize=64)
def currency_title(code: str) -> str:
    try:
        return f"{code} — {get_currency_name(code, locale='en')}"
    except Exception:  # babel refuses nothing today; a future one may
        return code


@lru_cache(maxsize=64)
def locale_title(code: str) -> str:
    """ "German (Germany) · Deutsch (Deutschland)"; the native name only when the bundled
    font can draw it (Latin script)."""
    try:
        loc = Locale.parse(code)
    except Exception:
        return code
    english = str(loc.get_display_name("en"))
    native = str(loc.get_display_name() or "")
    if native and native != english and all(ord(c) < 0x250 for c in native):
        return f"{english} · {native}"
    return english


class Chevron(QComboBox):
    """A combo box with a visible chevron where it opens (the theme draws no arrow)."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(48)
        self.setMaxVisibleItems(12)
        self.chevron = QLabel("▾", self)
        self.chevron.setObjectName("Muted")
        self.chevron.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.chevron.setStyleSheet("font-size: 18px; background: transparent;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.chevron.adjustSize()
        self.chevron.move(
            self.width() - self.chevron.width() - 14, (self.height() - self.chevron.height()) // 2
        )


class CurrencyBox(Chevron):
    """Common currencies by name; another ISO code can be typed."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in CURRENCIES:
            self.addItem(currency_title(code), code)
        self.setAccessibleName(translate("settings/fields", "Currency"))

    def code(self) -> str:
        index = self.findText(self.currentText())
        if index >= 0:
            return str(self.itemData(index))
        return currency_code(self.currentText())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:
            self.addItem(currency_title(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class LocaleBox(Chevron):
    def __init__(self) -> None:
        super().__init__()
        for code in LOCALES:
            self.addItem(locale_title(code), code)
        self.setAccessibleName(
            translate("settings/fields", "Language and region for numbers and money")
        )

    def code(self) -> str:
        return str(self.currentData() or "en_IE")

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:
            self.addItem(locale_title(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)


def money_sample(currency: str, locale: str) -> str:
    """How a price will look: "€1,234.50" (the minor digits follow the currency)."""
    try:
        return format_money(123_450, currency, locale)
    except Exception:  # an unknown code while typing: no sample yet
        return ""


# -- choice cards -------------------------------------------------------------------------
class ChoiceCard(QFrame):
    """A card with a radio button (the title) and a sentence; a tap anywhere chooses it."""

    def __init__(self, title: str, detail: str, group: QButtonGroup) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 10, 20, 14)
        box.setSpacing(0)
        self.radio = QRadioButton(title)
        self.radio.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.radio.setAccessibleName(title)
        self.radio.setAccessibleDescription(detail)
        group.addButton(self.radio)
        box.addWidget(self.radio)
        self.detail = label(detail, "Muted", wrap=True)
        self.detail.setContentsMargins(30, 0, 0, 0)
        box.addWidget(self.detail)
        self.radio.toggled.connect(self._mark)

    def _mark(self, checked: bool) -> None:
        self.setProperty("selected", "true" if checked else "false")
        repolish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.radio.setChecked(True)
        self.radio.setFocus()
        event.accept()


class SwitchCard(QFrame):
    """A setting that is on or off: the title and its switch on a line, why beneath."""

    def __init__(
        self, title: str, detail: str, switch_text: str = QT_TRANSLATE_NOOP("settings/fields", "On")
    ) -> None:
        super().__init__()
        self.setObjectName("Card")
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 10, 20, 14)
        box.setSpacing(2)
        top = QHBoxLayout()
        heading = label(title, wrap=True)
        heading.setStyleSheet("font-size: 16px; font-weight: 700;")
        top.addWidget(heading, 1)
        self.switch = QCheckBox(translate("settings/fields", switch_text))
        self.switch.setAccessibleName(title)
        top.addWidget(self.switch)
        box.addLayout(top)
        self.detail = label(detail, "Muted", wrap=True)
        box.addWidget(self.detail)


def form_card(title: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A white card holding a few fields, with an optional small heading."""
    frame = QFrame()
    frame.setObjectName("Card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(22, 16, 22, 18)
    box.setSpacing(8)
    if title:
        heading = label(title)
        heading.setStyleSheet("font-size: 16px; font-weight: 700;")
        box.addWidget(heading)
    return frame, box


# -- tax rate --------------------------------------------------------------------------------
class TaxRateField(QWidget):
    """A percent typed, or tapped from common rates."""

    def __init__(self, *, chips: bool = True) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.edit = big_edit("20", translate("settings/fields", "Tax rate in percent"))
        self.edit.setMaximumWidth(180)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setMaxLength(8)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        row.addWidget(self.edit)
        percent = label("%")
        percent.setStyleSheet("font-size: 20px; font-weight: 600;")
        row.addWidget(percent)
        row.addStretch(1)
        column.addLayout(row)
        self.chips: dict[str, QPushButton] = {}
        if chips:
            grid = QGridLayout()
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(8)
            self.chip_group = QButtonGroup(self)
            self.chip_group.setExclusive(False)
            for i, text in enumerate(RATE_CHIPS):
                chip = QPushButton(percent_text(text))
                chip.setObjectName("CategoryChip")
                chip.setCheckable(True)
                chip.setAccessibleName(
                    translate("settings/fields", "{text} percent").format(text=text)
                )
                chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                chip.clicked.connect(lambda _=False, t=text: self._chosen(t))
                grid.addWidget(chip, i // 5, i % 5)
                self.chip_group.addButton(chip)
                self.chips[text] = chip
            column.addLayout(grid)
            self.edit.textChanged.connect(self._mark_chip)

    def _chosen(self, text: str) -> None:
        self.edit.setText(decimal_text(text))
        self._mark_chip(text)  # also when the text was already this rate

    def _mark_chip(self, text: str) -> None:
        typed = text.strip().removesuffix("%").strip().replace(",", ".")
        for value, chip in self.chips.items():
            chip.setChecked(value == typed)

    def set_bp(self, bp: int) -> None:
        self.edit.setText(format_rate(bp))

    def text(self) -> str:
        return self.edit.text()


# -- PINs -------------------------------------------------------------------------------------
def pin_edit(
    accessible: str, placeholder: str = QT_TRANSLATE_NOOP("settings/fields", "4 to 12 digits")
) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_MAX}}}"), edit))
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    edit.setMinimumHeight(52)
    edit.setMaximumWidth(320)
    edit.setStyleSheet("font-size: 20px;")
    edit.setPlaceholderText(translate("settings/fields", placeholder))
    edit.setAccessibleName(accessible)
    return edit


# -- a stepper for small whole numbers ------------------------------------------------------
class Stepper(QWidget):
    """−  35 ms  +  : big buttons instead of a spin box's tiny arrows."""

    changed = Signal(int)

    def __init__(self, minimum: int, maximum: int, step: int, unit: str, accessible: str) -> None:
        super().__init__()
        self.minimum, self.maximum, self.step, self.unit = minimum, maximum, step, unit
        self._value = minimum
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.minus = make_button("−")
        self.plus = make_button("+")
        self.minus.setAccessibleName(
            translate("settings/fields", "Less: {accessible}").format(accessible=accessible)
        )
        self.plus.setAccessibleName(
            translate("settings/fields", "More: {accessible}").format(accessible=accessible)
        )
        for b in (self.minus, self.plus):
            b.setFixedSize(64, 52)
            b.setStyleSheet("font-size: 24px; font-weight: 600; padding: 0px;")
        self.shown = QLabel()
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setMinimumWidth(96)
        self.shown.setStyleSheet("font-size: 20px; font-weight: 700;")
        self.shown.setAccessibleName(accessible)
        row.addWidget(self.minus)
        row.addWidget(self.shown)
        row.addWidget(self.plus)
        row.addStretch(1)
        self.minus.clicked.connect(lambda: self.set_value(self._value - self.step))
        self.plus.clicked.connect(lambda: self.set_value(self._value + self.step))
        self._show()

    def value(self) -> int:
        return self._value

    def set_value(self, value: int) -> None:
        value = max(self.minimum, min(self.maximum, value))
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.changed.emit(value)

    def _show(self) -> None:
        self.shown.setText(f"{self._value} {self.unit}".strip())
        self.minus.setEnabled(self._value > self.minimum)
        self.plus.setEnabled(self._value < self.maximum)
