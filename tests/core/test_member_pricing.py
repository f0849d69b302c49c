"""Member pricing: which lines a pass discounts, and what a pass makes sellable."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from popuppos.core.member_pricing import (
    MEMBERS_ONLY,
    MemberBenefits,
    member_line_discount,
    sellable,
)
from popuppos.core.pricing import Discount

GOLD = MemberBenefits(1000, frozenset({"Apparel", "Home"}), 30)
EVERYTHING = MemberBenefits(500)
NO_EARLY = MemberBenefits(1000, frozenset(), 0)
DROP = datetime(2026, 5, 3, 14, 30)


def test_the_discount_applies_to_the_tiers_categories_only() -> None:
    assert member_line_discount("Apparel", GOLD) == Discount.percent(1000)
    assert member_line_discount(" home ", GOLD) == Discount.percent(1000)  # case, spaces
    assert member_line_discount("Pantry", GOLD) is None
    assert member_line_discount("", GOLD) is None


def test_no_category_means_every_category_but_passes() -> None:
    assert member_line_discount("Pantry", EVERYTHING) == Discount.percent(500)
    assert member_line_discount("", EVERYTHING) == Discount.percent(500)
    assert member_line_discount("Passes", EVERYTHING) is None
    named = MemberBenefits(500, frozenset({"Passes"}))
    assert member_line_discount("Passes", named) == Discount.percent(500)


def test_a_tier_without_a_discount_gives_none() -> None:
    assert member_line_discount("Apparel", MemberBenefits(0, frozenset({"Apparel"}), 60)) is None


@pytest.mark.parametrize("bad", [-1, 10_001])
def test_benefits_refuse_an_impossible_discount(bad: int) -> None:
    with pytest.raises(ValueError):
        MemberBenefits(bad)


def test_members_only_needs_a_pass() -> None:
    now = DROP
    assert sellable(True, None, now, None) == MEMBERS_ONLY
    assert sellable(True, None, now, EVERYTHING) is None
    assert sellable(False, None, now, None) is None


def test_early_access_opens_a_drop_to_members_first() -> None:
    before = DROP - timedelta(minutes=45)
    assert sellable(False, DROP, before, GOLD) == (
        "On sale to members from 14:00 and to everyone from 14:30"
    )
    assert sellable(False, DROP, DROP - timedelta(minutes=30), GOLD) is None  # 14:00 sharp
    assert sellable(False, DROP, DROP - timedelta(minutes=1), GOLD) is None
    assert sellable(False, DROP, DROP, None) is None  # open to everyone at 14:30
    assert sellable(False, DROP, DROP + timedelta(hours=3), None) is None


def test_without_a_pass_the_reason_says_when_members_and_everyone_may_buy() -> None:
    before = DROP - timedelta(minutes=45)
    assert sellable(False, DROP, before, None) == "On sale from 14:30"
    assert sellable(False, DROP, before, None, best_early_access_minutes=30) == (
        "On sale to members from 14:00 and to everyone from 14:30"
    )
    during = DROP - timedelta(minutes=10)
    assert sellable(False, DROP, during, None, best_early_access_minutes=30) == (
        "Members only until 14:30: scan a pass first"
    )


def test_a_pass_without_early_access_waits_like_everyone() -> None:
    reason = sellable(False, DROP, DROP - timedelta(minutes=5), NO_EARLY)
    assert reason == "On sale from 14:30: this pass has no early access"


def test_another_day_is_named() -> None:
    reason = sellable(False, DROP, DROP - timedelta(days=1), None)
    assert reason == "On sale from 3 May 14:30"


def test_a_members_only_drop_opens_to_members_at_its_time() -> None:
    before = DROP - timedelta(minutes=45)
    assert sellable(True, DROP, before, None) == f"{MEMBERS_ONLY} (on sale to members from 14:30)"
    assert sellable(True, DROP, before, NO_EARLY) == (
        "On sale from 14:30: this pass has no early access"
    )
    assert sellable(True, DROP, before, GOLD) == (
        "On sale with early access from 14:00 and to all members from 14:30"
    )
    assert sellable(True, DROP, DROP - timedelta(minutes=20), GOLD) is None
    assert sellable(True, DROP, DROP, NO_EARLY) is None


@given(
    minutes_before=st.integers(min_value=-600, max_value=600),
    early=st.integers(min_value=0, max_value=300),
    members_only=st.booleans(),
    with_pass=st.booleans(),
)
def test_sellable_is_monotonic_in_the_benefits(
    minutes_before: int, early: int, members_only: bool, with_pass: bool
) -> None:
    """Whatever the clock: a pass never makes a product less sellable, more early access
    never makes it less sellable, and once on sale to everyone only members-only waits."""
    now = DROP - timedelta(minutes=minutes_before)
    benefits = MemberBenefits(0, frozenset(), early) if with_pass else None
    more = MemberBenefits(0, frozenset(), early + 15)
    result = sellable(members_only, DROP, now, benefits)
    if result is None:
        assert sellable(members_only, DROP, now, more) is None
    if sellable(members_only, DROP, now, None) is None:
        assert result is None
    if now >= DROP:
        assert (result is None) == (with_pass or not members_only)
    if with_pass and now >= DROP - timedelta(minutes=early):
        assert result is None
