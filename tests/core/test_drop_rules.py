"""The rules of a micro-drop, pure: window, members first, cap, per-customer limit, counts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from popuppos.core import drop_rules as rules
from popuppos.core.drop_rules import DropRuleError, DropState, DropTerms

START = datetime(2026, 12, 5, 18, 0)
END = START + timedelta(hours=2)


def terms(**kw: object) -> DropTerms:
    base: dict[str, object] = {"cap": 30, "public_start": START, "public_end": END}
    base.update(kw)
    return DropTerms(**base)  # type: ignore[arg-type]


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


# --- states ------------------------------------------------------------------------------
def test_states_follow_the_window_in_order() -> None:
    t = terms(members_first_minutes=30)
    assert rules.state(t, at(-31), 30) is DropState.SCHEDULED
    assert rules.state(t, at(-30), 30) is DropState.MEMBERS_ONLY
    assert rules.state(t, at(0), 30) is DropState.LIVE
    assert rules.state(t, at(10), 0) is DropState.SOLD_OUT
    assert rules.state(t, at(120), 5) is DropState.ENDED
    assert rules.state(t, at(120), 0) is DropState.ENDED  # ended wins over sold out


def test_without_a_members_window_it_is_scheduled_until_the_public_start() -> None:
    assert rules.state(terms(), at(-1), 30) is DropState.SCHEDULED
    assert rules.state(terms(), at(0), 30) is DropState.LIVE


def test_ending_early_closes_the_drop_at_that_moment() -> None:
    t = terms(ended_at=at(15))
    assert t.closes_at == at(15)
    assert rules.state(t, at(14), 3) is DropState.LIVE
    assert rules.state(t, at(15), 3) is DropState.ENDED
    # an "end" after the window's own end changes nothing
    assert terms(ended_at=at(500)).closes_at == END


# --- refusals ----------------------------------------------------------------------------
def test_each_refusal_says_why() -> None:
    t = terms(members_first_minutes=60, member_tiers=frozenset({"inner"}), per_customer_limit=2)
    common = {"left": 10, "member": True, "tier": "inner"}
    assert rules.refusal(t, at(-61), quantity=1, **common) == "this drop is not on sale yet"  # type: ignore[arg-type]
    assert "opens 5 Dec 18:00" in (
        rules.refusal(t, at(-61), quantity=1, when="5 Dec 18:00", **common) or ""  # type: ignore[arg-type]
    )
    assert rules.refusal(t, at(130), quantity=1, **common) == "this drop has ended"  # type: ignore[arg-type]
    assert rules.refusal(t, at(1), quantity=1, left=0, member=False, tier=None) == (
        "this drop is sold out"
    )
    assert rules.refusal(t, at(1), quantity=3, left=2, member=False, tier=None) == "only 2 left"
    assert rules.refusal(t, at(1), quantity=3, left=10, member=False, tier=None) == (
        "the limit is 2 per customer"
    )
    assert rules.refusal(t, at(1), quantity=1, member_already=2, **common) == (  # type: ignore[arg-type]
        "the limit is 2 per customer and this member has 2 already"
    )
    assert rules.refusal(t, at(1), quantity=0, **common) == "the quantity must be at least 1"  # type: ignore[arg-type]


def test_members_first_needs_a_pass_of_a_chosen_tier() -> None:
    t = terms(members_first_minutes=30, member_tiers=frozenset({"inner"}))
    early = at(-10)
    assert rules.refusal(t, early, quantity=1, left=5, member=True, tier="inner") is None
    no_pass = rules.refusal(t, early, quantity=1, left=5, member=True, tier=None)
    assert no_pass == "only members of the chosen tiers can buy now (scan their pass)"
    other = rules.refusal(t, early, quantity=1, left=5, member=True, tier="morning")
    assert other == "only members of the chosen tiers can buy now"
    guest = rules.refusal(t, early, quantity=1, left=5, member=False, tier=None, when="18:00")
    assert (
        guest
        == "only members of the chosen tiers can buy now (scan their pass); everyone from 18:00"
    )
    # no tiers chosen: any pass will do
    anyone = terms(members_first_minutes=30)
    assert rules.refusal(anyone, early, quantity=1, left=5, member=True, tier="morning") is None
    # from the public start everyone may buy
    assert rules.refusal(t, at(0), quantity=1, left=5, member=False, tier=None) is None


def test_a_guest_is_limited_per_sale_only() -> None:
    t = terms(per_customer_limit=2)
    assert rules.refusal(t, at(1), quantity=2, left=9, member=False, tier=None) is None
    # member_already is ignored for a guest: a guest cannot be recognised across sales
    assert (
        rules.refusal(t, at(1), quantity=2, left=9, member=False, tier=None, member_already=5)
        is None
    )


# --- terms -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"cap": 0}, "edition size must be 1 to"),
        ({"cap": 100_000}, "edition size must be 1 to"),
        ({"public_end": START}, "must end after it starts"),
        ({"members_first_minutes": -5}, "cannot be negative"),
        ({"per_customer_limit": 0}, "limit per customer"),
        ({"per_customer_limit": 31}, "limit per customer"),
        ({"low_stock_threshold": 30}, "below the edition size"),
        ({"low_stock_threshold": -1}, "below the edition size"),
    ],
)
def test_terms_that_cannot_work_are_refused(kw: dict[str, object], message: str) -> None:
    with pytest.raises(DropRuleError, match=message):
        terms(**kw)


def test_a_story_hook_is_thirty_words_at_most() -> None:
    assert rules.check_story_hook("  Hand   pulled\nprints ") == "Hand pulled prints"
    assert rules.check_story_hook(" ".join(["word"] * 30)).count("word") == 30
    with pytest.raises(DropRuleError, match="31 words"):
        rules.check_story_hook(" ".join(["word"] * 31))


# --- counts ------------------------------------------------------------------------------
def test_remaining_is_the_cap_less_net_sales_bounded_by_the_parts() -> None:
    assert rules.remaining(30, sold=12, refunded=2) == 20
    assert rules.remaining(30, sold=12, refunded=2, parts_allow=7) == 7
    assert rules.remaining(30, sold=31, refunded=0) == 0  # never below zero
    assert rules.parts_allow({"journal": 1, "seat": 1}, {"journal": 9, "seat": 4}) == 4
    assert rules.parts_allow({"tea": 2}, {"tea": 7}) == 3
    assert rules.parts_allow({"seat": 1}, {"seat": None}) is None  # nothing counted
    assert rules.parts_allow({"a": 1}, {"a": -3}) == 0


def test_scarcity_words_are_exact_and_only_say_only_when_it_is_low() -> None:
    assert rules.scarcity_text(12, 30, 5) == "12 of 30 left"
    assert rules.scarcity_text(3, 30, 5) == "Only 3 left of 30"
    assert rules.scarcity_text(3, 30, 0) == "3 of 30 left"  # no threshold: no "only"
    assert rules.scarcity_text(0, 30, 5) == "Sold out"


@given(left=st.integers(0, 10_000), cap=st.integers(1, 10_000), threshold=st.integers(0, 9_999))
def test_the_scarcity_text_always_carries_the_true_count(
    left: int, cap: int, threshold: int
) -> None:
    text = rules.scarcity_text(left, cap, threshold)
    if left == 0:
        assert text == "Sold out"
    else:
        assert text.split()[0 if not text.startswith("Only") else 1] == str(left)
        assert text.startswith("Only") == (threshold > 0 and left <= threshold)


def test_low_stock_is_crossed_once() -> None:
    assert rules.crossed_low_stock(5, before=6, after=5)
    assert rules.crossed_low_stock(5, before=9, after=2)
    assert not rules.crossed_low_stock(5, before=5, after=4)  # already below: no repeat
    assert not rules.crossed_low_stock(0, before=1, after=0)  # no threshold set


def test_social_proof_counts_only_the_window() -> None:
    now = at(60)
    sold = [(at(45), 1), (at(50.5), 2), (at(59), 1), (at(61), 9)]
    assert rules.sold_in_window(sold, now, 10) == 3
    assert rules.sold_in_window([], now, 10) == 0


def test_conversion_is_purchases_per_live_minute() -> None:
    assert rules.conversion_per_live_minute(5, 150) == pytest.approx(2.0)
    assert rules.conversion_per_live_minute(0, 600) == 0
    assert rules.conversion_per_live_minute(3, 0.5) is None
