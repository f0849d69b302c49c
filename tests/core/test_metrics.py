"""The metric formulas (core/metrics.py): hand-computed cases, the edges, and properties."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from popuppos.core import metrics as m
from popuppos.core.metrics import Ratio, RepeatCounts, RepeatOutcome

END = datetime(2026, 6, 10, 12, 0, 0)
DAY = 86_400


def ago(days: float, moment: datetime = END) -> datetime:
    return moment - timedelta(days=days)


# -- exact ratios and their display -------------------------------------------------------------
def test_ratio_keeps_integers_and_rounds_only_to_show() -> None:
    r = Ratio(2, 3)
    assert r.value == Fraction(2, 3)
    assert r.decimal(2) == "0.67"
    assert r.decimal(0, scale=100) == "67"
    assert Ratio(1, 8).decimal(2) == "0.13"  # 0.125: half away from zero
    assert Ratio(-1, 8).decimal(2) == "-0.13"
    assert Ratio(5, 1).decimal(0) == "5"
    assert Ratio(1001, 2).minor_units() == 501  # 500.5 cents -> 501


def test_a_ratio_over_nothing_has_no_value_not_zero() -> None:
    r = Ratio(0, 0)
    assert not r.defined
    assert r.value is None and r.decimal(2) is None and r.minor_units() is None


@given(st.integers(-(10**9), 10**9), st.integers(1, 10**6), st.integers(0, 4))
def test_decimal_is_the_exact_value_rounded_half_up(num: int, den: int, places: int) -> None:
    exact = Decimal(num) / Decimal(den)
    want = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    got = Ratio(num, den).decimal(places)
    assert got is not None and Decimal(got) == want


# -- conversion per live minute ---------------------------------------------------------------
def test_conversion_is_purchases_over_exact_minutes() -> None:
    start = datetime(2026, 6, 1, 18, 0, 0)
    c = m.Conversion(5, m.live_microseconds(start, start + timedelta(seconds=150)), 1)
    assert c.minutes == Fraction(5, 2)
    assert c.rate.value == 2
    assert m.conversion_text(c.rate) == "2.00"
    # 7 purchases in 45 min 30 s: 7 / 45.5 = 0.1538...
    c = m.Conversion(7, 45 * 60_000_000 + 30_000_000, 1)
    assert c.rate.value == Fraction(7 * 2, 91)
    assert m.conversion_text(c.rate) == "0.15"


def test_zero_minutes_live_has_no_conversion() -> None:
    assert m.Conversion(0, 0, 0).rate.value is None
    assert m.conversion_text(m.Conversion(3, 0, 1).rate) == "—"
    start = datetime(2026, 6, 1, 18, 0)
    assert m.live_microseconds(start, start - timedelta(minutes=1)) == 0  # never negative


def test_pooled_over_sessions_not_an_average_of_rates() -> None:
    # 10 purchases in 10 min and 0 in 40 min: 10/50 = 0.2 (the mean of rates would be 0.5)
    c = m.Conversion(10, 50 * 60_000_000, 2)
    assert c.rate.value == Fraction(1, 5)


# -- repeat purchase window ---------------------------------------------------------------------
def test_classify_buyer_at_the_edges_of_the_window() -> None:
    first, as_of = 0, 200 * DAY
    assert m.classify_buyer(first, [89 * DAY], as_of) is RepeatOutcome.REPEATED
    assert m.classify_buyer(first, [90 * DAY], as_of) is RepeatOutcome.REPEATED  # inclusive
    assert m.classify_buyer(first, [90 * DAY + 1], as_of) is RepeatOutcome.NOT_REPEATED
    assert m.classify_buyer(first, [3_599], as_of) is RepeatOutcome.NOT_REPEATED  # same visit
    assert m.classify_buyer(first, [3_600], as_of) is RepeatOutcome.REPEATED
    assert m.classify_buyer(first, [], as_of) is RepeatOutcome.NOT_REPEATED


def test_a_buyer_whose_window_is_open_is_not_a_non_returner() -> None:
    first = 0
    assert m.classify_buyer(first, [], 89 * DAY) is RepeatOutcome.TOO_RECENT
    assert m.classify_buyer(first, [10 * DAY], 89 * DAY) is RepeatOutcome.RETURNED_EARLY
    assert m.classify_buyer(first, [], 90 * DAY) is RepeatOutcome.NOT_REPEATED  # just closed


def test_repeat_counts_by_hand() -> None:
    purchases = {
        "ana": [ago(200), ago(150)],  # back 50 days later: repeat
        "ben": [ago(120)],  # never again: not repeat
        "cai": [ago(100), ago(100) + timedelta(minutes=30)],  # same visit: not repeat
        "dee": [ago(30), ago(20)],  # window open, back already: shown, not counted
        "eve": [ago(10)],  # window open: too recent
        "fay": [ago(400)],  # bought before the period only: not a buyer
    }
    counts = m.repeat_counts(purchases, ago(365), END, END)
    assert counts == RepeatCounts(buyers=5, eligible=3, repeaters=1, returned_early=1)
    assert counts.too_recent == 2
    assert counts.share.value == Fraction(1, 3)
    assert m.repeat_text(counts.share) == "33 %"


def test_a_purchase_before_the_period_does_not_open_the_window() -> None:
    # Their first purchase IN the period opens it; the earlier one only shows they returned.
    counts = m.repeat_counts({"ana": [ago(300), ago(200)]}, ago(250), END, END)
    assert counts == RepeatCounts(buyers=1, eligible=1, repeaters=0, returned_early=0)


def test_no_buyers_no_share() -> None:
    counts = m.repeat_counts({}, ago(30), END, END)
    assert counts == RepeatCounts(0, 0, 0, 0)
    assert m.repeat_text(counts.share) == "—"


def test_repeat_text_never_rounds_to_all_or_nothing() -> None:
    assert m.repeat_text(Ratio(1, 300)) == "< 1 %"
    assert m.repeat_text(Ratio(299, 300)) == "> 99 %"
    assert m.repeat_text(Ratio(0, 300)) == "0 %"
    assert m.repeat_text(Ratio(3, 3)) == "100 %"


def test_whole_second_drops_the_fraction() -> None:
    assert m.whole_second(datetime(1970, 1, 2, 0, 0, 1, 999_999)) == DAY + 1


times = st.lists(st.integers(0, 400 * DAY).map(lambda s: ago(400) + timedelta(seconds=s)))


@given(st.dictionaries(st.sampled_from("abcdefgh"), times), st.integers(0, 400))
def test_repeat_counts_are_consistent(purchases: dict[str, list[datetime]], start: int) -> None:
    counts = m.repeat_counts(purchases, ago(start), END, END)
    assert 0 <= counts.repeaters <= counts.eligible <= counts.buyers
    assert counts.returned_early <= counts.too_recent
    # Reading later never takes a closed window back: eligible only grows.
    later = m.repeat_counts(purchases, ago(start), END, END + timedelta(days=30))
    assert later.eligible >= counts.eligible and later.buyers == counts.buyers


# -- retention per token ------------------------------------------------------------------------
def test_retention_per_pass() -> None:
    t = m.Retention(holders=6, sessions_attended=4)
    assert t.per_holder.value == Fraction(2, 3)
    assert m.retention_text(t.per_holder) == "0.7"
    assert m.retention_text(m.Retention(0, 0).per_holder) == "—"


# -- revenue per micro-event --------------------------------------------------------------------
def test_revenue_per_event_in_minor_units() -> None:
    v = m.Revenue(merch=10_000, tips=250, passes=4_500, events_held=3)
    assert v.total == 14_750
    assert v.per_event.value == Fraction(14_750, 3)
    assert v.per_event.minor_units() == 4_917  # 4916.67 rounded half up
    assert m.Revenue(0, 0, 0, 0).per_event.minor_units() is None


def test_merge_windows() -> None:
    t = datetime(2026, 6, 1, 10, 0)
    h = timedelta(hours=1)
    got = m.merge_windows([(t + 3 * h, t + 4 * h), (t, t + h), (t + h / 2, t + 2 * h), (t, t - h)])
    assert got == [(t, t + 2 * h), (t + 3 * h, t + 4 * h)]
    assert m.merge_windows([(t, t + h), (t + h, t + 2 * h)]) == [(t, t + 2 * h)]  # touching
    assert m.merge_windows([]) == []


windows = st.lists(
    st.tuples(st.integers(0, 100), st.integers(0, 30)).map(lambda p: (p[0], p[0] + p[1]))
)


@given(windows, st.integers(-5, 135))
def test_merged_windows_cover_the_same_moments_once(ws: list[tuple[int, int]], x: int) -> None:
    base = datetime(2026, 1, 1)

    def at(n: int) -> datetime:
        return base + timedelta(minutes=n)

    merged = m.merge_windows((at(a), at(b)) for a, b in ws)
    inside = sum(1 for s, e in merged if s <= at(x) <= e)
    assert inside == (1 if any(a <= x <= b for a, b in ws) else 0)
    assert all(e1 < s2 for (_, e1), (s2, _) in pairwise(merged))


def test_every_metric_has_a_title_and_a_definition() -> None:
    for name in m.MetricName:
        assert m.TITLES[name]
        assert len(m.DEFINITIONS[name].split()) > 40
    assert "90 days" in m.DEFINITIONS[m.MetricName.REPEAT]
