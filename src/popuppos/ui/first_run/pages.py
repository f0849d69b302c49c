"""The first-run questions, one a page. Each page checks its own answer when the host
presses Next (``problem()`` returns a sentence, or None), and says whether it may be
skipped. The wizard (``wizard.py``) moves between them and saves at the end."""

from __future__ import annotations

from collections.abc import Callable

from popuppos.core.pricing import format_rate
from popuppos.core.setup_rules import (
    SetupError,
    currency_problem,
    parse_tax_rate,
    pin_problem,
    shop_name_problem,
)
from popuppos.services.demo import DEMO_MANAGER_PIN
from popuppos.services.shop import ShopSettings
from popuppos.ui.first_run.frame import logo
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, WORDS, current_language, translate
from popuppos.ui.qt import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import label, make_button
from popuppos.ui.settings.fields import (
    ChoiceCard,
    CurrencyBox,
    LocaleBox,
    TaxRateField,
    big_edit,
    big_title,
    field_caption,
    form_card,
    money_sample,
    pin_edit,
)

DEFAULTS = ShopSettings()


class Step(QWidget):
    """One page. ``skippable``: Skip keeps the default; ``counted``: it has a step number."""

    skippable = True
    counted = True
    key = ""

    def __init__(self, question: str, explanation: str = "") -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        self.question = big_title(question)
        self.column.addWidget(self.question)
        if explanation:
            self.column.addWidget(label(explanation, "Muted", wrap=True))
        self.column.addSpacing(10)

    def finish(self) -> None:
        self.column.addStretch(1)

    def problem(self) -> str | None:
        """Why Next cannot go on yet (a sentence), or None."""
        return None

    def entered(self) -> None:
        """The page came into view: put the focus where the host types first."""


# -- the welcome ---------------------------------------------------------------------------------
class WelcomePage(QWidget):
    """Set up my shop, or try the demo shop first; and the language of the setup, each
    language named in itself (``language_chosen("de")``)."""

    own_chosen = Signal()
    demo_chosen = Signal()
    language_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        languages = QHBoxLayout()
        languages.setSpacing(8)
        languages.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for code, name in WORDS.items():
            chip = QPushButton(name)  # a language's own name: never translated
            chip.setObjectName("CategoryChip")
            chip.setCheckable(True)
            chip.setChecked(code == current_language())
            chip.setMinimumHeight(44)
            chip.setAccessibleName(name)
            chip.clicked.connect(lambda _=False, c=code: self._language(c))
            group.addButton(chip)
            languages.addWidget(chip)
            self.language_buttons[code] = chip
        column.addLayout(languages)
        column.addStretch(2)
        column.addWidget(logo(96))
        title = big_title(translate("first_run/pages", "Welcome to PopupPOS"))
        title.setStyleSheet("font-size: 34px; font-weight: 800;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        intro = label(
            translate(
                "first_run/pages",
                "Let's get your stall ready to sell. A few questions, about two "
                "minutes; you can change every answer later in Settings.",
            ),
            "Muted",
            wrap=True,
        )
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setStyleSheet("font-size: 17px;")
        column.addWidget(intro)
        column.addSpacing(24)
        self.own_button = make_button(
            translate("first_run/pages", "Set up my shop"), role="primary", large=True
        )
        self.own_button.setAccessibleName(translate("first_run/pages", "Set up my shop"))
        self.own_button.setMinimumHeight(68)
        self.demo_button = make_button(
            translate("first_run/pages", "Start with the demo shop"), large=True
        )
        self.demo_button.setAccessibleName(translate("first_run/pages", "Start with the demo shop"))
        self.demo_button.setMinimumHeight(68)
        column.addWidget(self.own_button)
        column.addWidget(self.demo_button)
        self.demo_note = label(
            translate(
                "first_run/pages",
                "The demo is Slow Mornings Studio, a breathwork pop-up with "
                "merch, members, passes, sessions and a drop, to try everything "
                "out. Its manager PIN is {demo_manager_pin}.",
            ).format(demo_manager_pin=DEMO_MANAGER_PIN),
            "Muted",
            wrap=True,
        )
        self.demo_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.demo_note)
        column.addStretch(3)
        self.own_button.clicked.connect(self.own_chosen)
        self.demo_button.clicked.connect(self.demo_chosen)

    def _language(self, code: str) -> None:
        if code != current_language():
            self.language_chosen.emit(code)

    def set_busy(self, busy: bool) -> None:
        for chip in self.language_buttons.values():
            chip.setEnabled(not busy)
        self.own_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
        self.demo_button.setText(
            translate("first_run/pages", "Setting up the demo shop…")
            if busy
            else translate("first_run/pages", "Start with the demo shop")
        )


# -- the questions -------------------------------------------------------------------------------
class NamePage(Step):
    skippable = False
    key = "name"

    def __init__(self) -> None:
        super().__init__(
            translate("first_run/pages", "What is your shop called?"),
            translate(
                "first_run/pages", "It goes at the top of every receipt and of the sell screen."
            ),
        )
        self.edit = big_edit(
            translate("first_run/pages", "e.g. Kiln & Thread"),
            translate("first_run/pages", "Shop name"),
        )
        self.edit.setMaxLength(80)
        self.column.addWidget(self.edit)
        self.finish()

    def name(self) -> str:
        return self.edit.text().strip()

    def problem(self) -> str | None:
        return shop_name_problem(self.edit.text())

    def entered(self) -> None:
        self.edit.setFocus()


class MoneyPage(Step):
    skippable = False
    key = "money"

    def __init__(self) -> None:
        super().__init__(
            translate("first_run/pages", "Which currency do you sell in?"),
            translate(
                "first_run/pages",
                ("And how numbers, dates and money should look on the screen and on receipts."),
            ),
        )
        self.column.addWidget(field_caption(translate("first_run/pages", "Currency")))
        self.currency_box = CurrencyBox()
        self.currency_box.set_code(DEFAULTS.currency)
        self.column.addWidget(self.currency_box)
        self.column.addSpacing(6)
        self.column.addWidget(field_caption(translate("first_run/pages", "Language and region")))
        self.locale_box = LocaleBox()
        self.locale_box.set_code(DEFAULTS.locale)
        self.column.addWidget(self.locale_box)
        self.column.addSpacing(6)
        card, box = form_card()
        box.setSpacing(2)
        box.addWidget(label(translate("first_run/pages", "A price will look like this"), "Muted"))
        self.sample = label("")
        self.sample.setStyleSheet("font-size: 30px; font-weight: 700;")
        self.sample.setAccessibleName(translate("first_run/pages", "How a price will look"))
        box.addWidget(self.sample)
        self.column.addWidget(card)
        self.finish()
        self.currency_box.currentTextChanged.connect(self._show_sample)
        self.locale_box.currentIndexChanged.connect(self._show_sample)
        self._show_sample()

    def _show_sample(self) -> None:
        shown = money_sample(self.currency_box.code(), self.locale_box.code())
        self.sample.setText(shown or "—")

    def problem(self) -> str | None:
        return currency_problem(self.currency_box.code())

    def entered(self) -> None:
        self.currency_box.setFocus()


class TaxModePage(Step):
    key = "tax_mode"

    def __init__(self) -> None:
        super().__init__(
            translate("first_run/pages", "Do your prices include tax?"),
            translate(
                "first_run/pages",
                ("Skip if unsure: most shops in Europe show prices with VAT included."),
            ),
        )
        self.group = QButtonGroup(self)
        self.inclusive = ChoiceCard(
            translate("first_run/pages", "Yes, prices include tax"),
            translate(
                "first_run/pages",
                "The price on the tag is what the customer pays; the receipt "
                "shows the tax inside it (VAT in Europe, GST in Australia and "
                "New Zealand).",
            ),
            self.group,
        )
        self.exclusive = ChoiceCard(
            translate("first_run/pages", "No, tax is added at the till"),
            translate(
                "first_run/pages",
                ("Tax is added on top of the price when paying (sales tax in the US and Canada)."),
            ),
            self.group,
        )
        self.column.addWidget(self.inclusive)
        self.column.addWidget(self.exclusive)
        self.inclusive.radio.setChecked(DEFAULTS.tax_inclusive)
        self.exclusive.radio.setChecked(not DEFAULTS.tax_inclusive)
        self.finish()

    def tax_inclusive(self) -> bool:
        return self.inclusive.radio.isChecked()


class TaxRatePage(Step):
    key = "tax_rate"

    def __init__(self) -> None:
        super().__init__(
            translate("first_run/pages", "What is your usual tax rate?"),
            translate(
                "first_run/pages",
                "New products start with it; each product can have its own rate, "
                "like a reduced rate for food or books.",
            ),
        )
        self.rate = TaxRateField()
        self.rate.set_bp(DEFAULTS.default_tax_rate_bp)
        self.column.addWidget(self.rate)
        self.finish()

    def bp(self) -> int:
        return parse_tax_rate(self.rate.text())

    def problem(self) -> str | None:
        try:
            self.bp()
        except SetupError as exc:
            return str(exc)
        return None

    def entered(self) -> None:
        self.rate.edit.setFocus()
        self.rate.edit.selectAll()


class PinPage(Step):
    key = "pin"

    def __init__(self) -> None:
        super().__init__(
            translate("first_run/pages", "Choose a manager PIN"),
            translate(
                "first_run/pages",
                "Refunds, voids after payment, ending a drop early and leaving "
                "kiosk mode ask for it. 4 to 12 digits; keep it to yourself.",
            ),
        )
        card, box = form_card()
        box.addWidget(field_caption(translate("first_run/pages", "Manager PIN")))
        self.pin = pin_edit(translate("first_run/pages", "Manager PIN"))
        box.addWidget(self.pin)
        box.addWidget(field_caption(translate("first_run/pages", "The same PIN again")))
        self.again = pin_edit(
            translate("first_run/pages", "Manager PIN again"),
            translate("first_run/pages", "to be sure"),
        )
        box.addWidget(self.again)
        self.column.addWidget(card)
        self.finish()
        self.pin.returnPressed.connect(self.again.setFocus)

    def problem(self) -> str | None:
        return pin_problem(self.pin.text(), self.again.text())

    def entered(self) -> None:
        self.pin.setFocus()


class PrinterPage(Step):
    key = "printer"

    def __init__(self, printer_setup: Callable[[QWidget], None]) -> None:
        super().__init__(
            translate("first_run/pages", "Set up a receipt printer?"),
            translate(
                "first_run/pages",
                "A thermal receipt printer, on USB or the network. Without one, "
                "receipts are saved as PDF or printed on any printer, and you "
                "can add one later in Settings.",
            ),
        )
        self._setup = printer_setup
        self.button = make_button(
            translate("first_run/pages", "Set up a printer…"), large=True, icon_name="receipt"
        )
        self.button.setAccessibleName(translate("first_run/pages", "Set up a printer"))
        self.column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.note = label("", "Muted", wrap=True)
        self.column.addWidget(self.note)
        self.finish()
        self.opened = False
        self.button.clicked.connect(self.open_setup)

    def open_setup(self) -> None:
        self.opened = True
        self._setup(self)
        self.note.setText(translate("first_run/pages", "When the printer is set up, press Next."))


class DonePage(Step):
    counted = False
    skippable = False
    key = "done"

    def __init__(self) -> None:
        super().__init__(
            translate("first_run/pages", "You're ready to sell"),
            translate(
                "first_run/pages",
                "Here is what you chose. Go back to change anything, or change "
                "it any time later in Settings.",
            ),
        )
        card, box = form_card()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        box.addLayout(self.grid)
        self.column.addWidget(card)
        self.values: dict[str, QLabel] = {}
        for row, name in enumerate(
            (
                QT_TRANSLATE_NOOP("first_run/pages", "Shop"),
                QT_TRANSLATE_NOOP("first_run/pages", "Money"),
                QT_TRANSLATE_NOOP("first_run/pages", "Prices"),
                QT_TRANSLATE_NOOP("first_run/pages", "Usual tax rate"),
                QT_TRANSLATE_NOOP("first_run/pages", "Manager PIN"),
                QT_TRANSLATE_NOOP("first_run/pages", "Shop hub"),
                QT_TRANSLATE_NOOP("first_run/pages", "Printer"),
            )
        ):
            caption = label(translate("first_run/pages", name), "Muted")
            value = label("", wrap=True)
            value.setStyleSheet("font-weight: 600;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.values[name] = value
        self.finish()

    def show_summary(self, rows: dict[str, str]) -> None:
        for name, value in self.values.items():
            text = rows.get(name)
            value.setText(text or "")
            value.setVisible(text is not None)
            item = self.grid.itemAtPosition(list(self.values).index(name), 0)
            caption = item.widget() if item is not None else None
            if caption is not None:
                caption.setVisible(text is not None)

    def text(self) -> str:
        return "\n".join(
            f"{name}: {v.text()}" for name, v in self.values.items() if not v.isHidden()
        )


def rate_words(bp: int, inclusive: bool) -> str:
    return format_rate(bp, " %") + (
        translate("first_run/pages", " (included in prices)")
        if inclusive
        else translate("first_run/pages", " (added at the till)")
    )
