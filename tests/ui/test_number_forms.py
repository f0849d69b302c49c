"""Numbers, percents and date fields follow the shop's locale, and what is shown parses back.

PopupPOS's English keeps its own forms ("13.5%", "12.5 %", "1,234"); German writes "13,5 %"
and "1.234", French "12,5 %" with its spaces, Swiss German "12.5%" and "1’234". The same
text typed back into a field is the same number of basis points.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from popuppos.core import i18n as core_i18n
from popuppos.core.metrics import Conversion, Ratio, conversion_text, repeat_text, retention_text
from popuppos.core.pricing import format_rate, rate_number
from popuppos.core.revenue_share import format_percent, parse_percent
from popuppos.core.setup_rules import format_rate as typed_rate
from popuppos.core.setup_rules import parse_tax_rate
from popuppos.ui.backups.words import plural, size_text
from popuppos.ui.calendar.session_fields import DateField
from popuppos.ui.i18n import apply_language, moment_text
from popuppos.ui.metrics.period_picker import CustomRange
from popuppos.ui.qt import QApplication, QDate, QLocale, Qt
from popuppos.ui.settings.fields import TaxRateField

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """The app's translators need the application; English and the machine's locale after."""
    before = QLocale()
    yield
    apply_language("en_IE")
    QLocale.setDefault(before)
    core_i18n.install_translator(None)


def test_english_keeps_popuppos_forms(language: None) -> None:
    apply_language("en_IE")
    assert (format_rate(1350), format_rate(2300, " %"), rate_number(1350)) == (
        "13.5%",
        "23 %",
        "13.5",
    )
    assert format_percent(1250) == "12.5 %" and format_percent(-700) == "-7 %"
    assert core_i18n.number_text(1234567) == "1,234,567"
    assert (
        size_text(2_150_000) == "2.1 MB" and plural(1200, "older backup") == "1,200 older backups"
    )
    assert repeat_text(Ratio(1, 3)) == "33 %" and repeat_text(Ratio(1, 1000)) == "< 1 %"
    assert conversion_text(Conversion(3, 120_000_000, 1).rate) == "1.50"
    assert retention_text(Ratio(7, 3)) == "2.3"
    assert moment_text(date(2026, 11, 25), "%d %b", "d. MMM") == "25 Nov"


def test_german_writes_decimal_commas_and_dot_grouping(language: None) -> None:
    apply_language("de_DE")
    assert format_rate(1350) == f"13,5{NBSP}%" and format_rate(2300) == f"23{NBSP}%"
    assert rate_number(1350) == "13,5" and typed_rate(810) == "8,1"
    assert format_percent(1250) == f"12,5{NBSP}%" and format_percent(-725) == f"-7,25{NBSP}%"
    assert core_i18n.number_text(1234567) == "1.234.567"
    assert core_i18n.decimal_text("1,234.5") == "1.234,5"
    assert size_text(2_150_000) == "2,1 MB"
    assert plural(1200, "older backup") == "1.200 ältere Sicherungen"
    assert repeat_text(Ratio(1, 1000)) == f"< 1{NBSP}%"
    assert repeat_text(Ratio(999, 1000)) == f"> 99{NBSP}%"
    assert conversion_text(Conversion(3, 120_000_000, 1).rate) == "1,50"
    assert retention_text(Ratio(0, 6)) == "0,0" and retention_text(Ratio(7, 3)) == "2,3"
    assert moment_text(date(2026, 11, 25), "%d %b", "d. MMM") == "25. Nov."


def test_french_and_swiss_forms_come_from_the_locale(language: None) -> None:
    apply_language("fr_FR")
    assert format_percent(1250) == f"12,5{NBSP}%"
    assert core_i18n.number_text(1234567) == f"1{NNBSP}234{NNBSP}567"
    apply_language("de_CH")
    assert format_percent(1250) == "12.5%" and core_i18n.number_text(1234567) == "1’234’567"


@pytest.mark.parametrize("locale", ["en_IE", "de_DE", "fr_FR", "de_CH"])
def test_what_is_shown_parses_back_to_the_same_basis_points(language: None, locale: str) -> None:
    apply_language(locale)
    for bp in (0, 700, 810, 1250, 1350, 2300, 10_000):
        assert parse_tax_rate(format_rate(bp)) == bp
        assert parse_tax_rate(typed_rate(bp)) == bp
        assert parse_percent(format_percent(bp)) == bp


def test_a_german_tax_rate_field_shows_and_reads_a_decimal_comma(
    qtbot: QtBot, language: None
) -> None:
    apply_language("de_DE")
    field = TaxRateField()
    qtbot.addWidget(field)
    chip = field.chips["13.5"]
    assert chip.text() == f"13,5{NBSP}%"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert field.text() == "13,5" and chip.isChecked()
    assert parse_tax_rate(field.text()) == 1350
    field.set_bp(810)
    assert field.text() == "8,1" and not chip.isChecked()


def test_date_fields_follow_the_shop(qtbot: QtBot, language: None) -> None:
    day = QDate(2026, 11, 25)
    apply_language("de_DE")
    german = DateField(day, "Datum")
    picker = CustomRange(lambda: date(2026, 11, 25))
    qtbot.addWidget(german)
    qtbot.addWidget(picker)
    assert german.text() == "Mi., 25. Nov. 2026"
    assert picker.last.text() == "25. Nov. 2026"
    apply_language("en_IE")
    english = DateField(day, "Date")
    qtbot.addWidget(english)
    assert english.text() == "Wed 25 Nov 2026"
