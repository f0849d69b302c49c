"""The four numbers that say whether the micro-drops work, as exact formulas.

Pure: the service (``services.metrics``) counts in SQL and hands the counts here; this
module turns them into ratios and words. Ratios are kept exact (integer numerator and
denominator, :class:`fractions.Fraction` when asked); money is integer minor units;
rounding happens once, for display, in :meth:`Ratio.decimal` and :meth:`Ratio.minor_units`.

The definitions in :data:`DEFINITIONS` (English) are the ones the metrics screen shows as
tooltips (through :func:`definition`, in the shop's language) and the README repeats; the
code below is what they say, word for word.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction

from popuppos.core.i18n import QT_TRANSLATE_NOOP, decimal_text, percent_text, translate
from popuppos.core.money import round_half_up

REPEAT_DAYS = 90
REPEAT_WINDOW_SECONDS = REPEAT_DAYS * 86_400
REPEAT_MIN_GAP_SECONDS = 3_600  # a second ticket in the same visit is not a return
MICROSECONDS_PER_MINUTE = 60_000_000
_EPOCH = datetime(1970, 1, 1)


class MetricName(enum.StrEnum):
    CONVERSION = "conversion_per_live_minute"
    REPEAT = "repeat_purchase_window"
    RETENTION = "retention_per_token"
    REVENUE = "revenue_per_micro_event"


TITLES: dict[MetricName, str] = {  # in English; the screen shows translate("core/metrics", …)
    MetricName.CONVERSION: QT_TRANSLATE_NOOP("core/metrics", "Conversion per live minute"),
    MetricName.REPEAT: QT_TRANSLATE_NOOP("core/metrics", "Repeat purchase window"),
    MetricName.RETENTION: QT_TRANSLATE_NOOP("core/metrics", "Retention per token"),
    MetricName.REVENUE: QT_TRANSLATE_NOOP("core/metrics", "Revenue per micro-event"),
}

# The definitions' English source texts ({days}: REPEAT_DAYS); show them through definition().
_DEFINITION_SOURCES: dict[MetricName, str] = {
    MetricName.CONVERSION: QT_TRANSLATE_NOOP(
        "core/metrics",
        "Purchases divided by minutes live. A purchase is a completed sale recorded on the "
        "live session's device from the moment it went live to the moment it ended (or now, "
        "while it runs); voided sales are left out, refunded ones still count (the buying "
        "happened live). Minutes live are the exact time from going live to ending. The "
        "period's figure takes the live sessions that started in it (an event's: those run "
        "under it or started during it) and divides all their purchases by all their "
        "minutes, so a long session weighs more than a short one.",
    ),
    MetricName.REPEAT: QT_TRANSLATE_NOOP(
        "core/metrics",
        "The share of identified buyers who bought again within {days} days. A buyer "
        "is a member attached to a completed, unvoided sale in the period (or event); their "
        "first such purchase opens their window. They count as repeat buyers when they bought "
        "again, anywhere, more than an hour and at most {days} days after it (times "
        "to the whole second; a second ticket in the same visit is not a return). Only "
        "buyers whose first purchase is at least {days} days old are counted, so "
        "nobody is called a non-returner before their window has closed; the others are "
        "shown as too early to tell. Refunded purchases still count; guests cannot be "
        "recognised and are left out.",
    ),
    MetricName.RETENTION: QT_TRANSLATE_NOOP(
        "core/metrics",
        "Member sessions attended per pass. Every pass (token) valid on at least one day of "
        "the period counts as one holder, including those that attended nothing; a session "
        "counts when the pass was checked in to it and the session started in the period. "
        "A session counts once per pass however many times it was scanned, so a duplicate "
        "check-in from a second stall never counts twice.",
    ),
    MetricName.REVENUE: QT_TRANSLATE_NOOP(
        "core/metrics",
        "What the events held took, divided by the number of events held. Events are the "
        "plan's events (free micro-events, live and member drops, pop-up days, pass "
        "releases) and live sessions run outside any plan event, that started in the period "
        "and by now. What they took is merch, tips and pass sales made from an event's start "
        "to its end (a sale during two overlapping events counts once), less the refunds of "
        "those sales; voided sales are left out. Exact to the cent, rounded only to show.",
    ),
}

#: The definitions in English (the README's words, the CSV export's column).
DEFINITIONS: dict[MetricName, str] = {
    name: text.format(days=REPEAT_DAYS) for name, text in _DEFINITION_SOURCES.items()
}


def definition(name: MetricName) -> str:
    """The metric's precise definition in the host's language (the screen's tooltip)."""
    return translate("core/metrics", _DEFINITION_SOURCES[name]).format(days=REPEAT_DAYS)


# -- exact ratios -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Ratio:
    """``numerator / denominator`` kept as two integers; no value when the denominator is 0."""

    numerator: int
    denominator: int

    @property
    def defined(self) -> bool:
        return self.denominator != 0

    @property
    def value(self) -> Fraction | None:
        return Fraction(self.numerator, self.denominator) if self.denominator else None

    def decimal(self, places: int, *, scale: int = 1) -> str | None:
        """``scale * value`` as a decimal string, rounded half away from zero."""
        if not self.denominator:
            return None
        unit = 10**places
        n = round_half_up(self.numerator * scale * unit, self.denominator)
        sign = "-" if n < 0 else ""
        whole, frac = divmod(abs(n), unit)
        return f"{sign}{whole}.{frac:0{places}d}" if places else f"{sign}{whole}"

    def minor_units(self) -> int | None:
        """The value rounded half up to a whole minor unit (for money ratios)."""
        return round_half_up(self.numerator, self.denominator) if self.denominator else None


# -- conversion per live minute ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Conversion:
    purchases: int
    live_microseconds: int
    sessions: int

    @property
    def rate(self) -> Ratio:
        """Purchases per live minute."""
        return Ratio(self.purchases * MICROSECONDS_PER_MINUTE, self.live_microseconds)

    @property
    def minutes(self) -> Fraction:
        return Fraction(self.live_microseconds, MICROSECONDS_PER_MINUTE)


def live_microseconds(start: datetime, end: datetime) -> int:
    """The exact time between two moments, never negative."""
    delta = end - start
    return max(0, (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds)


# -- repeat purchase window --------------------------------------------------------------------
class RepeatOutcome(enum.Enum):
    REPEATED = "repeated"
    NOT_REPEATED = "not repeated"
    TOO_RECENT = "too recent"  # the window has not closed yet and no return so far
    RETURNED_EARLY = "returned early"  # window still open, but they already came back


@dataclass(frozen=True, slots=True)
class RepeatCounts:
    buyers: int  # identified buyers in the period
    eligible: int  # of those, first purchase at least REPEAT_DAYS before the data's end
    repeaters: int  # eligible buyers who bought again within the window
    returned_early: int  # not eligible yet, but already back (shown, never counted)

    @property
    def share(self) -> Ratio:
        return Ratio(self.repeaters, self.eligible)

    @property
    def too_recent(self) -> int:
        return self.buyers - self.eligible


def whole_second(moment: datetime) -> int:
    """Seconds since 1970 of a naive UTC time, its fraction dropped."""
    return (moment - _EPOCH).days * 86_400 + (moment - _EPOCH).seconds


def classify_buyer(first: int, later: Iterable[int], as_of: int) -> RepeatOutcome:
    """One buyer, from whole-second times: ``first`` purchase, their ``later`` purchases
    (any after it, up to ``as_of``) and the data's end ``as_of``."""
    back = any(
        REPEAT_MIN_GAP_SECONDS <= t - first <= REPEAT_WINDOW_SECONDS and t <= as_of for t in later
    )
    if as_of - first >= REPEAT_WINDOW_SECONDS:
        return RepeatOutcome.REPEATED if back else RepeatOutcome.NOT_REPEATED
    return RepeatOutcome.RETURNED_EARLY if back else RepeatOutcome.TOO_RECENT


def repeat_counts(
    purchases: Mapping[str, Sequence[datetime]],
    start: datetime,
    end: datetime,
    as_of: datetime,
) -> RepeatCounts:
    """The reference computation from every buyer's purchase times (what the SQL in
    ``services.metrics`` does in aggregate; the tests hold one against the other)."""
    buyers = eligible = repeaters = early = 0
    cutoff = whole_second(as_of)
    for times in purchases.values():
        in_period = [t for t in times if start <= t < end and t <= as_of]
        if not in_period:
            continue
        first = min(in_period)
        buyers += 1
        later = [whole_second(t) for t in times if first < t <= as_of]
        outcome = classify_buyer(whole_second(first), later, cutoff)
        if outcome in (RepeatOutcome.REPEATED, RepeatOutcome.NOT_REPEATED):
            eligible += 1
        repeaters += outcome is RepeatOutcome.REPEATED
        early += outcome is RepeatOutcome.RETURNED_EARLY
    return RepeatCounts(buyers, eligible, repeaters, early)


# -- retention per token -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Retention:
    holders: int  # passes valid on some day of the period
    sessions_attended: int  # distinct (pass, session) check-ins

    @property
    def per_holder(self) -> Ratio:
        return Ratio(self.sessions_attended, self.holders)


# -- revenue per micro-event -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Revenue:
    """What the events held took, net of the refunds of those sales (minor units)."""

    merch: int
    tips: int
    passes: int
    events_held: int
    refunded: int = 0  # already taken off merch, tips and passes; shown, not subtracted again

    @property
    def total(self) -> int:
        return self.merch + self.tips + self.passes

    @property
    def per_event(self) -> Ratio:
        return Ratio(self.total, self.events_held)


Window = tuple[datetime, datetime]


def merge_windows(windows: Iterable[Window]) -> list[Window]:
    """Overlapping or touching ``[start, end]`` windows joined, in time order (so a sale
    during two events is counted once); empty or backwards windows are dropped."""
    merged: list[list[datetime]] = []
    for start, end in sorted(w for w in windows if w[0] <= w[1]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


# -- the four together -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MetricSet:
    """The four numbers for one period or one event."""

    scope: str  # "period" or "event"
    label: str  # "Last 30 days", an event's title
    start: datetime  # naive UTC, [start, end)
    end: datetime
    as_of: datetime  # the data's end (now, when read)
    conversion: Conversion
    repeat: RepeatCounts
    retention: Retention
    revenue: Revenue

    def ratio(self, name: MetricName) -> Ratio:
        return {
            MetricName.CONVERSION: self.conversion.rate,
            MetricName.REPEAT: self.repeat.share,
            MetricName.RETENTION: self.retention.per_holder,
            MetricName.REVENUE: self.revenue.per_event,
        }[name]


def conversion_text(rate: Ratio) -> str:
    """'1.93' purchases per live minute (two places: a slow stall sells 0.05 a minute)."""
    text = rate.decimal(2)
    return "—" if text is None else decimal_text(text)


def repeat_text(share: Ratio) -> str:
    """'42 %' (whole percent; '0 %' and '100 %' only when exactly so)."""
    text = share.decimal(0, scale=100)
    if text is None:
        return "—"
    value = share.value
    if text == "0" and value:
        return "< " + percent_text("1")
    if text == "100" and value != 1:
        return "> " + percent_text("99")
    return percent_text(text)


def retention_text(per_holder: Ratio) -> str:
    """'2.3' sessions per pass."""
    text = per_holder.decimal(1)
    return "—" if text is None else decimal_text(text)
