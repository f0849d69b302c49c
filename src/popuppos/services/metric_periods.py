"""The periods the metrics screen reads: today, this week (from Monday), the last 30 days,
or chosen days (at most three years), as the host's local days; ``Period.start`` and
``Period.end`` are naive UTC ``[start, end)``, as the store keeps times."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from babel.dates import format_date

from popuppos.core.i18n import QT_TRANSLATE_NOOP, date_locale, translate
from popuppos.services.errors import ServiceError
from popuppos.services.planner import at_local, local_day, monday_of
from popuppos.store.models import utcnow

MAX_CUSTOM_DAYS = 3 * 366


class PeriodKind(enum.StrEnum):
    TODAY = "today"
    WEEK = "week"
    DAYS_30 = "30days"
    CUSTOM = "custom"


# The English source texts; show them through period_name() (the host's language).
PERIOD_LABELS = {
    PeriodKind.TODAY: QT_TRANSLATE_NOOP("services/metric_periods", "Today"),
    PeriodKind.WEEK: QT_TRANSLATE_NOOP("services/metric_periods", "This week"),
    PeriodKind.DAYS_30: QT_TRANSLATE_NOOP("services/metric_periods", "30 days"),
    PeriodKind.CUSTOM: QT_TRANSLATE_NOOP("services/metric_periods", "Custom"),
}


def period_name(kind: PeriodKind) -> str:
    """ "This week", in the host's language."""
    return translate("services/metric_periods", PERIOD_LABELS[kind])


@dataclass(frozen=True, slots=True)
class Period:
    """Local days ``first`` to ``last``, both included."""

    kind: PeriodKind
    first: date
    last: date

    @property
    def start(self) -> datetime:
        return at_local(self.first)

    @property
    def end(self) -> datetime:
        return at_local(self.last + timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.CUSTOM:
            if self.first == self.last:
                return _day(self.first)
            return f"{_day(self.first)} – {_day(self.last)}"
        return period_name(self.kind)


def _day(d: date) -> str:
    locale = date_locale()
    if locale is None:
        return f"{d.day} {d.strftime('%b')} {d.year}"
    #: a Babel/CLDR date pattern: day, short month, year
    return format_date(d, translate("services/metric_periods", "d MMM yyyy"), locale=locale)


def period_of(
    kind: PeriodKind | str,
    *,
    today: date | None = None,
    first: date | None = None,
    last: date | None = None,
) -> Period:
    """The period the host picked; ``first``/``last`` only for a custom one."""
    kind = PeriodKind(kind)
    today = today or local_day(utcnow())
    if kind is PeriodKind.TODAY:
        return Period(kind, today, today)
    if kind is PeriodKind.WEEK:
        return Period(kind, monday_of(today), today)
    if kind is PeriodKind.DAYS_30:
        return Period(kind, today - timedelta(days=29), today)
    if first is None or last is None:
        raise ServiceError(
            translate("services/metric_periods", "choose the first and the last day of the period")
        )
    if last < first:
        raise ServiceError(
            translate(
                "services/metric_periods", "the last day of the period is before its first day"
            )
        )
    if (last - first).days + 1 > MAX_CUSTOM_DAYS:
        raise ServiceError(
            translate("services/metric_periods", "choose at most three years at a time")
        )
    return Period(kind, first, last)
