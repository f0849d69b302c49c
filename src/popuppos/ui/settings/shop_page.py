"""Settings → Shop: what goes on receipts, the money, and this stall's till.

The currency is locked (with the reason beside it) once the shop has sales: their amounts
are recorded in it. The service refuses the change too, whoever asks.
"""

from __future__ import annotations

from typing import Any

from popuppos.core.setup_rules import SetupError, parse_tax_rate, shop_name_problem
from popuppos.services.settings_pages import SettingsChanges, SettingsSnapshot
from popuppos.services.shop import ShopSettings
from popuppos.ui.i18n import current_language, translate, words_language
from popuppos.ui.qt import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from popuppos.ui.sell.widgets import label
from popuppos.ui.settings.fields import (
    ChoiceCard,
    CurrencyBox,
    LocaleBox,
    SwitchCard,
    TaxRateField,
    field_caption,
    form_card,
    money_sample,
)
from popuppos.ui.settings.page_base import FormPage

ADDRESS_LINES_MAX = 4
CAPTION_WIDTH = 170


def _line(accessible: str, max_length: int = 80) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setMaxLength(max_length)
    return edit


class ShopPage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            translate("settings/shop_page", "Shop"),
            translate(
                "settings/shop_page",
                "What customers see on receipts, how money is shown, and this stall's till.",
            ),
        )
        self.loaded: ShopSettings | None = None
        self.locked_currency = False

        card, box = form_card(translate("settings/shop_page", "On the receipt"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, CAPTION_WIDTH)
        self.name_edit = _line(translate("settings/shop_page", "Shop name"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setAccessibleName(
            translate("settings/shop_page", "Address, one line each")
        )
        self.address_edit.setPlaceholderText(
            translate("settings/shop_page", "12 Harbour Lane\nGalway")
        )
        self.address_edit.setFixedHeight(88)
        self.tax_id_edit = _line(translate("settings/shop_page", "Tax number"), 40)
        self.tax_id_edit.setPlaceholderText(
            translate("settings/shop_page", "e.g. IE1234567T (leave empty if you have none)")
        )
        self.footer_edit = _line(translate("settings/shop_page", "Receipt footer"), 120)
        rows: list[tuple[str, QWidget]] = [
            (translate("settings/shop_page", "Shop name"), self.name_edit),
            (translate("settings/shop_page", "Address"), self.address_edit),
            (translate("settings/shop_page", "Tax number"), self.tax_id_edit),
            (translate("settings/shop_page", "Last line"), self.footer_edit),
        ]
        for i, (caption, widget) in enumerate(rows):
            grid.addWidget(field_caption(caption), i, 0)
            grid.addWidget(widget, i, 1)
        box.addLayout(grid)
        self.column.addWidget(card)

        card, box = form_card(translate("settings/shop_page", "Money"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, CAPTION_WIDTH)
        self.currency_box = CurrencyBox()
        self.currency_note = label("", "Muted", wrap=True)
        self.currency_note.hide()
        self.locale_box = LocaleBox()
        self.sample = label("", "Muted")
        self.language_note = label("", "Muted", wrap=True)
        self.language_note.hide()
        grid.addWidget(field_caption(translate("settings/shop_page", "Currency")), 0, 0)
        grid.addWidget(self.currency_box, 0, 1)
        grid.addWidget(self.currency_note, 1, 1)
        grid.addWidget(field_caption(translate("settings/shop_page", "Language and region")), 2, 0)
        grid.addWidget(self.locale_box, 2, 1)
        grid.addWidget(self.sample, 3, 1)
        grid.addWidget(self.language_note, 4, 1)
        box.addLayout(grid)
        box.addSpacing(6)
        box.addWidget(field_caption(translate("settings/shop_page", "Prices")))
        self.tax_group = QButtonGroup(self)
        self.inclusive = ChoiceCard(
            translate("settings/shop_page", "Prices include tax"),
            translate("settings/shop_page", "The price on the tag is what the customer pays."),
            self.tax_group,
        )
        self.exclusive = ChoiceCard(
            translate("settings/shop_page", "Tax is added at the till"),
            translate("settings/shop_page", "Tax goes on top of the price when paying."),
            self.tax_group,
        )
        choices = QHBoxLayout()
        choices.setSpacing(10)
        choices.addWidget(self.inclusive, 1)
        choices.addWidget(self.exclusive, 1)
        box.addLayout(choices)
        box.addSpacing(6)
        box.addWidget(
            field_caption(
                translate("settings/shop_page", "Usual tax rate (new products start with it)")
            )
        )
        self.rate = TaxRateField()
        box.addWidget(self.rate)
        self.column.addWidget(card)

        card, box = form_card(translate("settings/shop_page", "This stall"))
        row = QGridLayout()
        row.setHorizontalSpacing(16)
        row.setColumnStretch(1, 1)
        row.setColumnMinimumWidth(0, CAPTION_WIDTH)
        self.device_edit = _line(translate("settings/shop_page", "This stall's name"))
        row.addWidget(field_caption(translate("settings/shop_page", "Stall name")), 0, 0)
        row.addWidget(self.device_edit, 0, 1)
        box.addLayout(row)
        self.column.addWidget(card)
        self.tip = SwitchCard(
            translate("settings/shop_page", "Ask for a tip"),
            translate(
                "settings/shop_page",
                "Before payment, the customer may add 10, 15 or 20 % or an amount of their own.",
            ),
            "Ask",
        )
        self.column.addWidget(self.tip)
        self.finish()

        for edit in (self.name_edit, self.tax_id_edit, self.footer_edit, self.device_edit):
            edit.textChanged.connect(self.edited)
        self.address_edit.textChanged.connect(self.edited)
        self.rate.edit.textChanged.connect(self.edited)
        self.currency_box.currentTextChanged.connect(self._money_changed)
        self.locale_box.currentIndexChanged.connect(self._money_changed)
        self.tax_group.buttonToggled.connect(lambda *_: self.edited.emit())
        self.tip.switch.toggled.connect(self.edited)

    def _money_changed(self) -> None:
        shown = money_sample(self.currency_box.code(), self.locale_box.code())
        self.sample.setText(
            translate("settings/shop_page", "A price looks like {shown}").format(shown=shown)
            if shown
            else ""
        )
        changes_words = words_language(self.locale_box.code()) != current_language()
        self.language_note.setVisible(changes_words)
        self.language_note.setText(
            translate(
                "settings/shop_page",
                "PopupPOS's words change with it when you save; a sale in progress keeps "
                "its screen until it is done.",
            )
            if changes_words
            else ""
        )
        self.edited.emit()

    # -- loading and comparing --------------------------------------------------------------
    def load(self, snap: SettingsSnapshot) -> None:
        s = snap.shop
        self.loaded = s
        self.blockSignals(True)
        self.name_edit.setText(s.shop_name)
        self.address_edit.setPlainText("\n".join(s.address_lines))
        self.tax_id_edit.setText(s.tax_id)
        self.footer_edit.setText(s.receipt_footer)
        self.currency_box.set_code(s.currency)
        self.locale_box.set_code(s.locale)
        self.inclusive.radio.setChecked(s.tax_inclusive)
        self.exclusive.radio.setChecked(not s.tax_inclusive)
        self.rate.set_bp(s.default_tax_rate_bp)
        self.device_edit.setText(s.device_name)
        self.tip.switch.setChecked(s.ask_for_tip)
        for edit in (self.name_edit, self.tax_id_edit, self.footer_edit, self.device_edit):
            edit.setCursorPosition(0)  # a long line shows its start
        self.blockSignals(False)
        self.locked_currency = snap.has_sales
        self.currency_box.setEnabled(not snap.has_sales)
        self.currency_note.setText(
            translate(
                "settings/shop_page",
                "This shop has sales in {currency}, so its currency stays "
                "{currency}: their amounts are recorded in it.",
            ).format(currency=s.currency)
        )
        self.currency_note.setVisible(snap.has_sales)
        self._money_changed()

    def values(self) -> dict[str, Any]:
        """Everything on the page as ShopSettings fields (the rate may fail to read)."""
        lines = [ln.strip() for ln in self.address_edit.toPlainText().splitlines()]
        return {
            "shop_name": self.name_edit.text().strip(),
            "address_lines": tuple(ln for ln in lines if ln)[:ADDRESS_LINES_MAX],
            "tax_id": self.tax_id_edit.text().strip(),
            "receipt_footer": self.footer_edit.text().strip(),
            "currency": self.currency_box.code(),
            "locale": self.locale_box.code(),
            "tax_inclusive": self.inclusive.radio.isChecked(),
            "default_tax_rate_bp": parse_tax_rate(self.rate.text()),
            "device_name": self.device_edit.text().strip(),
            "ask_for_tip": self.tip.switch.isChecked(),
        }

    def problem(self) -> str | None:
        name = shop_name_problem(self.name_edit.text())
        if name:
            return name
        if not self.device_edit.text().strip():
            return translate("settings/shop_page", "Give this stall a name, like “Stall 1”.")
        if (
            len([ln for ln in self.address_edit.toPlainText().splitlines() if ln.strip()])
            > ADDRESS_LINES_MAX
        ):
            return translate(
                "settings/shop_page",
                "An address has at most {address_lines_max} lines on a receipt.",
            ).format(address_lines_max=ADDRESS_LINES_MAX)
        try:
            parse_tax_rate(self.rate.text())
        except SetupError as exc:
            return str(exc)
        return None

    def changes(self) -> SettingsChanges:
        if self.loaded is None:
            return SettingsChanges()
        try:
            now = self.values()
        except SetupError:  # the rate cannot be read: problem() says so before any save
            return SettingsChanges()
        was = self.loaded
        return SettingsChanges(shop={k: v for k, v in now.items() if getattr(was, k) != v})
