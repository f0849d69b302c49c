"""Dates a service or core writes for the host follow the shop's locale once the UI has
installed it (``core.i18n.install_translator(fn, locale)``), and keep PopupPOS's English
form ("5 March 2026", the same on every machine) for English and before any install."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from popuppos.core import i18n
from popuppos.core import metrics as m
from popuppos.core.pass_token import format_day
from popuppos.services.drops import local_when
from popuppos.services.metric_periods import PeriodKind, period_name, period_of
from popuppos.services.receipts import local_time

NOON_UTC = datetime(2026, 3, 5, 12, 0)


@pytest.fixture
def restore() -> Iterator[None]:
    yield
    i18n.install_translator(None)


def test_english_dates_are_unchanged(restore: None) -> None:
    for locale in (None, "en_IE", "en-US"):
        i18n.install_translator(None, locale)
        assert i18n.date_locale() is None
        assert format_day(date(2026, 3, 5)) == "5 March 2026"
        hour = local_time(NOON_UTC).strftime("%H:%M")
        assert local_when(NOON_UTC) == f"5 Mar {hour}"
        custom = period_of(PeriodKind.CUSTOM, first=date(2026, 3, 5), last=date(2026, 11, 2))
        assert custom.label == "5 Mar 2026 – 2 Nov 2026"
        assert period_name(PeriodKind.WEEK) == "This week"


def test_german_and_french_months(restore: None) -> None:
    i18n.install_translator(None, "de_DE")
    assert i18n.date_locale() == "de_DE"
    assert format_day(date(2026, 3, 5)) == "5 März 2026"  # German pattern comes with the .qm
    hour = local_time(NOON_UTC).strftime("%H:%M")
    assert local_when(NOON_UTC) == f"5 März {hour}"
    custom = period_of(PeriodKind.CUSTOM, first=date(2026, 11, 2), last=date(2026, 11, 2))
    assert custom.label == "2 Nov. 2026"
    i18n.install_translator(None, "fr_FR")
    assert format_day(date(2026, 3, 5)) == "5 mars 2026"


def test_a_translated_pattern_and_sentence_are_used(restore: None) -> None:
    german = {
        ("core/pass_token", "d MMMM yyyy"): "d. MMMM yyyy",
        ("services/metric_periods", "This week"): "Diese Woche",
        ("core/metrics", m._DEFINITION_SOURCES[m.MetricName.REPEAT]): "Binnen {days} Tagen.",
    }
    i18n.install_translator(lambda ctx, text: german.get((ctx, text), text), "de_DE")
    assert format_day(date(2026, 3, 5)) == "5. März 2026"
    assert period_name(PeriodKind.WEEK) == "Diese Woche"
    assert period_of(PeriodKind.WEEK, today=date(2026, 3, 5)).label == "Diese Woche"
    assert m.definition(m.MetricName.REPEAT) == "Binnen 90 Tagen."
    assert m.DEFINITIONS[m.MetricName.REPEAT].startswith("The share")  # the English column
    i18n.install_translator(None)
    assert m.definition(m.MetricName.REPEAT) == m.DEFINITIONS[m.MetricName.REPEAT]


def test_marked_sentences_reach_the_installed_language(restore: None) -> None:
    """The sentences marked for this task come back in German from the German words the
    lead merges into the .ts (/work/notes/de_services.json); English stays byte-identical."""
    from popuppos.core.money import MoneyError, parse_money
    from popuppos.services.planner import CadenceResult

    assert CadenceResult(("a", "b"), ()).summary == "Planned 2 events."
    assert CadenceResult(("a",), ()).summary == "Planned 1 event."
    with pytest.raises(MoneyError, match=r"^'12a' is not an amount$"):
        parse_money("12a", "EUR")
    german = {
        ("services/planner", "Planned {n} events"): "{n} Veranstaltungen geplant",
        ("core/money", "{text} is not an amount"): "{text} ist kein Betrag",
    }
    i18n.install_translator(lambda ctx, text: german.get((ctx, text), text), "de_DE")
    assert CadenceResult(("a", "b"), ()).summary == "2 Veranstaltungen geplant."
    with pytest.raises(MoneyError, match=r"^'12a' ist kein Betrag$"):
        parse_money("12a", "EUR")
