"""Revenue-share rules (core/revenue_share.py docstring): coverage, one line one agreement,
ties, refunds following their sale, fees per event, minimum guarantees, rounding, and a
property test that shares across all partners never exceed what was taken.

Every expected figure is worked out by hand in a comment.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from popuppos.core.revenue_share import (
    Agreement,
    Basis,
    Event,
    Period,
    RefundLineFact,
    RevenueShareError,
    SaleLineFact,
    Scope,
    agreement_problems,
    all_partner_shares,
    clashes,
    counted_events,
    covering_agreement,
    day_category_summary,
    format_percent,
    guarantee_part,
    parse_percent,
    partner_share,
    share_of,
)

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def agreement(
    aid: str,
    *,
    partner: str = "kiln",
    scope: Scope = Scope.ALL,
    rate: int = 1000,
    basis: Basis = Basis.GROSS,
    period: Period = MARCH,
    category: str | None = None,
    event: str | None = None,
    fee: int = 0,
    guarantee: int = 0,
) -> Agreement:
    return Agreement(aid, partner, aid, basis, rate, scope, period, category, event, fee, guarantee)


def sale(
    lid: str,
    day: int,
    *,
    hour: int = 12,
    cat: str | None = "prints",
    gross: int = 1000,
    tax: int = 0,
) -> SaleLineFact:
    at = datetime(2026, 3, day, hour)
    return SaleLineFact(lid, at, at.date(), cat, gross, tax)


def event(eid: str, day: int, start: int, end: int, venue: str = "Kiln & Co") -> Event:
    return Event(
        eid,
        eid,
        datetime(2026, 3, day, start),
        datetime(2026, 3, day, end),
        date(2026, 3, day),
        venue,
    )


# --- typing a percent -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "bp"),
    [("12.5 %", 1250), ("12,5%", 1250), ("7", 700), (" 100 ", 10_000), ("0", 0), ("0.01", 1)],
)
def test_a_percent_as_a_host_types_it(typed: str, bp: int) -> None:
    assert parse_percent(typed) == bp


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("-5 %", "cannot be negative"),
        ("100.01", "more than 100 %"),
        ("150 %", "more than 100 %"),
        ("12.345", "at most two decimals"),
        ("twelve", "is not a percent"),
        ("", "enter the partner's share"),
        ("nan", "is not a percent"),
    ],
)
def test_a_percent_that_cannot_be_a_share_says_why(typed: str, reason: str) -> None:
    with pytest.raises(RevenueShareError, match=reason):
        parse_percent(typed)


def test_percent_formatting_reads_back() -> None:
    assert [format_percent(bp) for bp in (1250, 700, 1, 10_000)] == [
        "12.5 %",
        "7 %",
        "0.01 %",
        "100 %",
    ]
    assert all(parse_percent(format_percent(bp)) == bp for bp in range(0, 10_001, 37))


# --- validation ----------------------------------------------------------------------------
def test_terms_that_cannot_be_an_agreement_say_why() -> None:
    assert agreement_problems(agreement("a")) == []
    assert agreement_problems(agreement("a", rate=-1)) == ["a share cannot be negative"]
    assert agreement_problems(agreement("a", rate=10_001)) == [
        "a share cannot be more than 100 % of the sales"
    ]
    backwards = agreement("a", period=Period(date(2026, 3, 5), date(2026, 3, 3)))
    assert agreement_problems(backwards) == [
        "the agreement ends (2026-03-03) before it starts (2026-03-05)"
    ]
    assert agreement_problems(agreement("a", fee=-1, guarantee=-1)) == [
        "a fee per event cannot be negative",
        "a minimum guarantee cannot be negative",
    ]
    assert agreement_problems(agreement("a", scope=Scope.CATEGORY)) == [
        "choose the category the agreement covers"
    ]
    assert agreement_problems(agreement("a", scope=Scope.EVENT)) == [
        "choose the event the agreement covers"
    ]
    assert agreement_problems(agreement("a", rate=0)) == [
        "the agreement gives the partner nothing: set a share, a fee or a guarantee"
    ]
    assert agreement_problems(agreement("a", rate=0, fee=5000)) == []


def test_two_agreements_with_the_same_scope_and_overlapping_periods_clash() -> None:
    first = agreement("a", period=Period(date(2026, 3, 1), date(2026, 3, 15)))
    later = agreement("b", partner="other", period=Period(date(2026, 3, 15), date(2026, 3, 31)))
    after = agreement("c", period=Period(date(2026, 3, 16), date(2026, 3, 31)))
    prints = agreement("d", scope=Scope.CATEGORY, category="prints")
    mugs = agreement("e", scope=Scope.CATEGORY, category="mugs")
    assert clashes(later, [first, after, prints, mugs]) == [first, after]  # 15 March shared
    assert clashes(after, [first, prints]) == []
    assert clashes(prints, [first, mugs, prints]) == []  # itself and other categories
    assert clashes(agreement("f", scope=Scope.CATEGORY, category="prints"), [prints]) == [prints]


# --- rule 1: coverage --------------------------------------------------------------------------
def test_an_agreement_covers_lines_in_its_period_and_scope() -> None:
    fair = event("fair", 10, 10, 18)
    by_all = agreement("all", period=Period(date(2026, 3, 5), date(2026, 3, 20)))
    assert covering_agreement(sale("x", 5), [by_all], []) == by_all  # first day included
    assert covering_agreement(sale("x", 20, hour=23), [by_all], []) == by_all  # last included
    assert covering_agreement(sale("x", 4, hour=23), [by_all], []) is None
    assert covering_agreement(sale("x", 21), [by_all], []) is None
    prints = agreement("prints", scope=Scope.CATEGORY, category="prints")
    assert covering_agreement(sale("x", 5, cat="mugs"), [prints], []) is None
    assert covering_agreement(sale("x", 5, cat=None), [prints], []) is None
    at_fair = agreement("fair", scope=Scope.EVENT, event="fair")
    assert covering_agreement(sale("x", 10, hour=10), [at_fair], [fair]) == at_fair  # start in
    assert covering_agreement(sale("x", 10, hour=18), [at_fair], [fair]) is None  # end out
    assert covering_agreement(sale("x", 11, hour=12), [at_fair], [fair]) is None
    # An event agreement whose event was deleted from the plan covers nothing.
    assert covering_agreement(sale("x", 10, hour=12), [at_fair], []) is None


# --- rule 2: one line, one agreement, the most specific ------------------------------------------
def test_the_most_specific_agreement_takes_the_line_across_partners() -> None:
    fair = event("fair", 10, 10, 18)
    everything = agreement("all", partner="kiln")
    prints = agreement("prints", partner="studio", scope=Scope.CATEGORY, category="prints")
    at_fair = agreement("fair", partner="market", scope=Scope.EVENT, event="fair")
    pool = [everything, prints, at_fair]
    assert covering_agreement(sale("x", 10, hour=12), pool, [fair]) == at_fair
    assert covering_agreement(sale("x", 10, hour=20), pool, [fair]) == prints
    assert covering_agreement(sale("x", 10, hour=20, cat="mugs"), pool, [fair]) == everything
    lines = [sale("a", 10, hour=12), sale("b", 10, hour=20), sale("c", 11, cat="mugs")]
    shares = all_partner_shares(
        {"kiln": "Kiln & Co", "studio": "Studio", "market": "Market"},
        MARCH,
        pool,
        [fair],
        lines,
        [],
    )
    taken = {p: [ln.id for ln, _ in s.sales] for p, s in shares.items()}
    assert taken == {"kiln": ["c"], "studio": ["b"], "market": ["a"]}


# --- rule 3: ties ------------------------------------------------------------------------------
def test_ties_go_to_the_later_event_then_the_newer_period_then_the_id() -> None:
    day = event("day", 10, 9, 19)  # a pop-up day ...
    drop = event("drop", 10, 14, 15)  # ... with a live drop inside it
    on_day = agreement("on-day", scope=Scope.EVENT, event="day")
    on_drop = agreement("on-drop", partner="other", scope=Scope.EVENT, event="drop")
    assert covering_agreement(sale("x", 10, hour=14), [on_day, on_drop], [day, drop]) == on_drop
    assert covering_agreement(sale("x", 10, hour=16), [on_day, on_drop], [day, drop]) == on_day
    old = agreement("old", period=MARCH)
    new = agreement("new", partner="other", period=Period(date(2026, 3, 15), date(2026, 4, 30)))
    assert covering_agreement(sale("x", 20), [old, new], []) == new
    assert covering_agreement(sale("x", 14), [old, new], []) == old
    twin_a, twin_b = agreement("a"), agreement("b", partner="other")
    assert covering_agreement(sale("x", 3), [twin_a, twin_b], []) == twin_b
    assert covering_agreement(sale("x", 3), [twin_b, twin_a], []) == twin_b  # order-free


# --- rule 4: refunds follow their sale ---------------------------------------------------------
def test_a_refund_counts_under_the_sales_agreement_in_the_refunds_period() -> None:
    feb_line = SaleLineFact("f", datetime(2026, 2, 27, 12), date(2026, 2, 27), "prints", 5000, 0)
    feb = agreement(
        "feb", basis=Basis.NET, rate=2000, period=Period(date(2026, 2, 1), date(2026, 2, 28))
    )
    march = agreement("mar", basis=Basis.NET, rate=1000)
    back = RefundLineFact("r", date(2026, 3, 2), feb_line, 5000, 0)
    share = partner_share("kiln", "Kiln & Co", MARCH, [feb, march], [], [feb_line], [back])
    assert [r.id for r, a in share.refunds if a is feb] == [
        "r"
    ]  # February's deal, March's statement
    by_id = {r.agreement.id: r for r in share.results}
    # February's agreement appears only for the refund: base -50.00, share 20 % = -10.00.
    assert (by_id["feb"].base, by_id["feb"].share, by_id["feb"].refunds) == (-5000, -1000, 5000)
    assert share.sales == ()  # February's sale is not on March's statement
    assert share.owed == -1000  # the partner owes the shop 10.00


def test_a_gross_base_ignores_refunds_and_a_net_base_takes_off_tax_and_refunds() -> None:
    # Two lines of 123.00 with 23.00 tax each; one refunded in full (123.00, tax 23.00).
    lines = [sale("a", 3, gross=12_300, tax=2_300), sale("b", 4, gross=12_300, tax=2_300)]
    back = RefundLineFact("r", date(2026, 3, 5), lines[1], 12_300, 2_300)
    gross = partner_share("kiln", "K", MARCH, [agreement("g", rate=1000)], [], lines, [back])
    (g,) = gross.results
    assert (g.gross, g.refunds, g.base, g.share) == (24_600, 12_300, 24_600, 2_460)
    net = partner_share(
        "kiln", "K", MARCH, [agreement("n", basis=Basis.NET, rate=1000)], [], lines, [back]
    )
    (n,) = net.results
    # net = (246.00 - 46.00) - (123.00 - 23.00) = 100.00; 10 % = 10.00
    assert (n.gross, n.tax, n.refunds, n.refund_tax, n.base, n.share) == (
        24_600,
        4_600,
        12_300,
        2_300,
        10_000,
        1_000,
    )


# --- rounding ---------------------------------------------------------------------------------
def test_the_share_is_rounded_half_away_from_zero_once_on_the_summed_base() -> None:
    assert share_of(1, 5000) == 1  # 0.5 -> 1
    assert share_of(-1, 5000) == -1  # -0.5 -> -1
    assert share_of(3, 1250) == 0  # 0.375 -> 0
    assert share_of(1999, 1250) == 250  # 249.875 -> 250
    # Three lines of 0.03 at 12.5 %: per line 0.00375 would round to 0 three times; once on
    # the summed base 0.09 it is 0.01125 -> 0.01.
    lines = [sale(str(i), 3, gross=3) for i in range(3)]
    (r,) = partner_share("kiln", "K", MARCH, [agreement("a", rate=1250)], [], lines, []).results
    assert (r.base, r.share) == (9, 1)


# --- rule 5: fees per event --------------------------------------------------------------------
def test_fees_count_the_events_at_the_partners_venue_or_the_agreements_own_event() -> None:
    events = [
        event("e1", 7, 10, 18, venue="  kiln &  co "),  # the partner's venue, typed loosely
        event("e2", 14, 10, 18, venue="Kiln & Co"),
        event("e3", 21, 10, 18, venue="The Hall"),
        Event(
            "e4",
            "April",
            datetime(2026, 4, 4, 10),
            datetime(2026, 4, 4, 18),
            date(2026, 4, 4),
            "Kiln & Co",
        ),
    ]
    by_venue = agreement("a", rate=0, fee=5000)
    assert [e.id for e in counted_events(by_venue, "Kiln & Co", MARCH, events)] == ["e1", "e2"]
    hall = agreement("b", rate=0, fee=5000, scope=Scope.EVENT, event="e3")
    assert [e.id for e in counted_events(hall, "Kiln & Co", MARCH, events)] == ["e3"]
    half = agreement("c", rate=0, fee=5000, period=Period(date(2026, 3, 10), date(2026, 4, 30)))
    assert [e.id for e in counted_events(half, "Kiln & Co", MARCH, events)] == ["e2"]
    (r,) = partner_share("kiln", "Kiln & Co", MARCH, [by_venue], events, [], []).results
    assert (r.fees, r.owed) == (10_000, 10_000)  # two events x 50.00


# --- rule 6: minimum guarantee -----------------------------------------------------------------
def test_the_guarantee_tops_up_a_short_share_and_leaves_a_big_one_alone() -> None:
    deal = agreement("a", rate=1000, fee=1000, guarantee=20_000)
    events = [event("e1", 7, 10, 18)]
    small = partner_share(
        "kiln", "Kiln & Co", MARCH, [deal], events, [sale("x", 7, gross=50_000)], []
    )
    (r,) = small.results
    # share 10 % of 500.00 = 50.00, fee 10.00, guarantee 200.00 -> top-up 140.00
    assert (r.share, r.fees, r.guarantee, r.top_up, r.owed) == (
        5_000,
        1_000,
        20_000,
        14_000,
        20_000,
    )
    big = partner_share(
        "kiln", "Kiln & Co", MARCH, [deal], events, [sale("x", 7, gross=300_000)], []
    )
    (r,) = big.results
    assert (r.share, r.fees, r.top_up, r.owed) == (30_000, 1_000, 0, 31_000)


def test_guarantee_parts_of_consecutive_statements_add_up_to_the_guarantee_exactly() -> None:
    deal = agreement("a", guarantee=10_000)  # 100.00 over 31 days
    weeks = [
        Period(date(2026, 3, 1), date(2026, 3, 7)),
        Period(date(2026, 3, 8), date(2026, 3, 14)),
        Period(date(2026, 3, 15), date(2026, 3, 21)),
        Period(date(2026, 3, 22), date(2026, 4, 4)),
    ]
    parts = [guarantee_part(deal, w) for w in weeks]
    assert parts == [2258, 2258, 2258, 3226]  # floor(10000*7/31)=2258, 4516-2258, ...
    assert sum(parts) == 10_000
    assert guarantee_part(deal, MARCH) == 10_000
    assert guarantee_part(deal, Period(date(2026, 4, 1), date(2026, 4, 30))) == 0


@settings(max_examples=200)
@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=1, max_value=400),
    st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=12),
)
def test_any_split_of_the_period_shares_the_guarantee_exactly(
    guarantee: int, length: int, cuts: list[int]
) -> None:
    start = date(2026, 1, 1)
    deal = agreement(
        "a", guarantee=guarantee, period=Period(start, start + timedelta(days=length - 1))
    )
    parts, day = [], start
    for cut in [*cuts, 10_000]:
        end = day + timedelta(days=cut - 1)
        parts.append(guarantee_part(deal, Period(day, end)))
        day = end + timedelta(days=1)
        if day > deal.period.end:
            break
    assert sum(parts) == guarantee and all(p >= 0 for p in parts)


# --- rule 7 and the summary -----------------------------------------------------------------------
def test_amount_owed_and_the_summary_by_day_and_category() -> None:
    deals = [
        agreement("prints", scope=Scope.CATEGORY, category="prints", rate=2000),
        agreement("rest", basis=Basis.NET, rate=1000),
    ]
    lines = [
        sale("a", 3, gross=4000),
        sale("b", 3, gross=6000),
        sale("c", 3, cat="mugs", gross=2460, tax=460),
        sale("d", 4, cat="mugs", gross=1230, tax=230),
    ]
    back = RefundLineFact("r", date(2026, 3, 4), lines[2], 1230, 230)
    share = partner_share("kiln", "Kiln & Co", MARCH, deals, [], lines, [back])
    by_id = {r.agreement.id: r for r in share.results}
    assert by_id["prints"].share == 2000  # 20 % of 100.00
    assert by_id["rest"].base == 2000 + 1000 - 1000  # nets 20.00 + 10.00 - refund 10.00
    assert by_id["rest"].share == 200
    assert share.owed == 2200
    rows = [
        (r.day.day, r.category_id, r.sales, r.gross, r.refunds, r.base)
        for r in day_category_summary(share)
    ]
    assert rows == [
        (3, "mugs", 1, 2460, 0, 2000),
        (3, "prints", 2, 10_000, 0, 10_000),
        (4, "mugs", 1, 1230, 1230, 0),
    ]


# --- the property: shares never exceed what was taken ----------------------------------------
PARTNERS = ("p1", "p2", "p3")
CATEGORIES = ("prints", "mugs", None)
EVENTS = [
    event(f"e{i}", 1 + 3 * i, 9 + i, 15 + i, venue=("Kiln & Co", "The Hall")[i % 2])
    for i in range(5)
]
DAY0 = date(2026, 3, 1)


@st.composite
def agreements_st(draw: st.DrawFn) -> list[Agreement]:
    out = []
    for i in range(draw(st.integers(min_value=0, max_value=6))):
        scope = draw(st.sampled_from(list(Scope)))
        start = DAY0 + timedelta(days=draw(st.integers(min_value=0, max_value=20)))
        out.append(
            Agreement(
                id=f"a{i}",
                partner_id=draw(st.sampled_from(PARTNERS)),
                label=f"a{i}",
                basis=draw(st.sampled_from(list(Basis))),
                rate_bp=draw(st.integers(min_value=0, max_value=10_000)),
                scope=scope,
                period=Period(
                    start, start + timedelta(days=draw(st.integers(min_value=0, max_value=20)))
                ),
                category_id=draw(st.sampled_from(CATEGORIES[:2]))
                if scope is Scope.CATEGORY
                else None,
                event_id=draw(st.sampled_from([e.id for e in EVENTS]))
                if scope is Scope.EVENT
                else None,
                fee_per_event=draw(st.integers(min_value=0, max_value=10_000)),
                minimum_guarantee=draw(st.integers(min_value=0, max_value=100_000)),
            )
        )
    return out


@st.composite
def lines_st(draw: st.DrawFn) -> tuple[list[SaleLineFact], list[RefundLineFact]]:
    sales, refunds = [], []
    for i in range(draw(st.integers(min_value=0, max_value=25))):
        at = datetime(2026, 3, 1) + timedelta(
            minutes=draw(st.integers(min_value=0, max_value=60 * 24 * 30))
        )
        gross = draw(st.integers(min_value=0, max_value=200_000))
        tax = draw(st.integers(min_value=0, max_value=gross))
        line = SaleLineFact(f"s{i}", at, at.date(), draw(st.sampled_from(CATEGORIES)), gross, tax)
        sales.append(line)
        if draw(st.booleans()):
            amount = draw(st.integers(min_value=0, max_value=gross))
            refund_tax = tax * amount // gross if gross else 0
            day = at.date() + timedelta(days=draw(st.integers(min_value=0, max_value=10)))
            refunds.append(RefundLineFact(f"r{i}", day, line, amount, refund_tax))
    return sales, refunds


@settings(max_examples=300, deadline=None)
@given(
    agreements_st(),
    lines_st(),
    st.integers(min_value=0, max_value=25),
    st.integers(min_value=0, max_value=15),
)
def test_shares_across_all_partners_never_exceed_what_was_taken(
    deals: list[Agreement],
    facts: tuple[list[SaleLineFact], list[RefundLineFact]],
    offset: int,
    length: int,
) -> None:
    sales, refunds = facts
    period = Period(DAY0 + timedelta(days=offset), DAY0 + timedelta(days=offset + length))
    names = {"p1": "Kiln & Co", "p2": "The Hall", "p3": "Studio"}
    shares = all_partner_shares(names, period, deals, EVENTS, sales, refunds)
    taken_ids = [ln.id for s in shares.values() for ln, _ in s.sales]
    assert len(taken_ids) == len(set(taken_ids))  # a line pays one share at most
    covered_gross = sum(ln.gross for s in shares.values() for ln, _ in s.sales)
    in_period = sum(ln.gross for ln in sales if period.contains(ln.day))
    total_share = 0
    for s in shares.values():
        for r in s.results:
            for value in (
                r.gross,
                r.tax,
                r.refunds,
                r.refund_tax,
                r.base,
                r.share,
                r.fees,
                r.guarantee,
                r.top_up,
            ):
                assert type(value) is int
            assert r.share <= r.gross  # never more than the gross of the lines it covers
            assert abs(r.share) <= abs(r.base)
            assert r.top_up >= 0 and r.owed >= r.share + r.fees
            total_share += r.share
    assert total_share <= covered_gross <= in_period
