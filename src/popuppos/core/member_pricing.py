"""What a member pass changes at checkout: a discount on eligible lines, and which
members-only or early-access products may be sold. Pure rules, no I/O.

* A tier's discount is a percent (basis points) of each eligible line: a line whose
  product category is one of the tier's categories (compared without regard to case or
  surrounding spaces), or any line when the tier names no category. Passes themselves
  (category ``"Passes"``) are never discounted by a member's own pass unless the tier
  names that category explicitly: a 10 % member should not get 10 % off the next pass
  by default.
* A members-only product is sold only with a pass attached.
* A product with ``available_from`` in the future is sold to a member whose tier gives
  early access from ``available_from - early_access_minutes``, and to everyone from
  ``available_from``. ``now`` and ``available_from`` must be on the same clock (the
  stall's local time), and the reason sentence shows them as they are given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from popuppos.core.pricing import Discount

PASSES_CATEGORY = "Passes"
MEMBERS_ONLY = "Members only: scan a pass first"


@dataclass(frozen=True, slots=True)
class MemberBenefits:
    """A tier's checkout benefits. ``categories`` empty means every category."""

    discount_bp: int = 0
    categories: frozenset[str] = frozenset()
    early_access_minutes: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.discount_bp <= 10_000:
            raise ValueError("a member discount is 0 to 10,000 basis points")
        if self.early_access_minutes < 0:
            raise ValueError("early access cannot be negative")

    def covers(self, category: str) -> bool:
        """Whether a line in ``category`` gets the member discount."""
        wanted = _norm(category)
        if not self.categories:
            return wanted != _norm(PASSES_CATEGORY)
        return any(_norm(c) == wanted for c in self.categories)


def _norm(name: str) -> str:
    return name.strip().casefold()


def member_line_discount(category: str, benefits: MemberBenefits) -> Discount | None:
    """The member discount for a line in ``category``, or None when it gets none."""
    if benefits.discount_bp <= 0 or not benefits.covers(category):
        return None
    return Discount.percent(benefits.discount_bp)


def _when(moment: datetime, now: datetime) -> str:
    clock = moment.strftime("%H:%M")
    if moment.date() == now.date():
        return clock
    return f"{moment.day} {moment.strftime('%b')} {clock}"


def sellable(
    members_only: bool,
    available_from: datetime | None,
    now: datetime,
    benefits: MemberBenefits | None,
    *,
    best_early_access_minutes: int = 0,
) -> str | None:
    """None when the product may be sold now, else the reason, for the host.

    ``benefits`` is the attached pass's tier (None: no pass). ``best_early_access_minutes``
    is the longest early access any tier gives; it only words the reason shown when no
    pass is attached ("On sale to members from 14:00 and to everyone from 14:30").
    """
    if members_only and benefits is None:
        if available_from is not None and now < available_from:
            return f"{MEMBERS_ONLY} (on sale to members from {_when(available_from, now)})"
        return MEMBERS_ONLY
    if available_from is None or now >= available_from:
        return None
    if benefits is not None and benefits.early_access_minutes > 0:
        members_at = available_from - timedelta(minutes=benefits.early_access_minutes)
        if now >= members_at:
            return None
        early, public = (
            ("with early access", "all members")
            if members_only
            else (
                "to members",
                "everyone",
            )
        )
        return (
            f"On sale {early} from {_when(members_at, now)} and to {public} from "
            f"{_when(available_from, now)}"
        )
    if benefits is not None:
        return f"On sale from {_when(available_from, now)}: this pass has no early access"
    if best_early_access_minutes > 0:
        members_at = available_from - timedelta(minutes=best_early_access_minutes)
        if now >= members_at:
            return f"Members only until {_when(available_from, now)}: scan a pass first"
        return (
            f"On sale to members from {_when(members_at, now)} and to everyone from "
            f"{_when(available_from, now)}"
        )
    return f"On sale from {_when(available_from, now)}"
