"""The shop's language reaches the dates services and core write: ``apply_language`` hands
the locale to ``core.i18n`` with the translator, English keeps PopupPOS's own form."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from popuppos.core import i18n as core_i18n
from popuppos.core.pass_token import format_day
from popuppos.services.metric_periods import PeriodKind, period_of
from popuppos.ui.i18n import apply_language
from popuppos.ui.qt import QLocale


@pytest.fixture
def language() -> Iterator[None]:
    before = QLocale()
    yield
    apply_language("en_IE")
    QLocale.setDefault(before)
    core_i18n.install_translator(None)


def test_apply_language_sets_the_date_locale(qtbot: QtBot, language: None) -> None:
    apply_language("de_DE")
    assert core_i18n.date_locale() == "de_DE"
    assert "März 2026" in format_day(date(2026, 3, 5))
    custom = period_of(PeriodKind.CUSTOM, first=date(2026, 3, 5), last=date(2026, 3, 5))
    assert "März" in custom.label
    apply_language("fr_FR")  # no PopupPOS translation: English words, French months
    assert core_i18n.date_locale() == "fr_FR"
    assert format_day(date(2026, 3, 5)) == "5 mars 2026"
    apply_language("en_IE")
    assert core_i18n.date_locale() is None
    assert format_day(date(2026, 3, 5)) == "5 March 2026"
