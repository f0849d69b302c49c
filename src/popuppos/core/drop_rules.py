"""The rules of a micro-drop: when it may be sold, to whom, how many, and what is left.

Pure functions with no I/O; ``services.drops`` feeds them the drop's terms and the counts
it reads inside the sale's own transaction, so the answer and the sale it allows are one
atomic step.

Times are naive UTC, like every timestamp in the store.

* **Window.** Members may buy from ``public_start - members_first_minutes`` (when the drop
  has a members-first window), everyone from ``public_start``, nobody from ``public_end``
  or after the host ended the drop early.
* **Members first.** In the members-only window a line needs a member whose pass tier is
  one of ``member_tiers`` (any tier when the set is empty). A pass is what proves
  membership: the tier of the pass scanned for the sale, or (for a member picked by name)
  of a valid, unrevoked pass of theirs on this device; a member with neither does not count.
* **Remaining** is ``cap - sold + refunded`` (voided sales never count as sold), and never
  more than the parts' stock allows. It is the truth and nothing else: never padded,
  never rounded, never below zero.
* **Allocation.** When the shop hub split the drop among stalls, a stall may sell its
  share less its OWN net sales (``allocated_remaining``), never more than the edition's
  remaining count: shares add up to at most the edition, so stalls offline all day never
  oversell. A manager's override beyond the share is allowed, recorded and flagged.
* **Per customer.** A member may hold at most ``per_customer_limit`` units over all their
  sales (net of refunds and voids). A guest cannot be recognised across sales, so a guest
  sale is limited to ``per_customer_limit`` units on its own.
* **States**: scheduled, members-only, live, sold out, ended (in that order of time; sold
  out only while the window is open and nothing is left).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from popuppos.core.i18n import number_text, translate

MAX_EDITION = 10_000  # a drop is small; this only guards against a typo (100000 for 100)
STORY_HOOK_WORDS = 30


class DropRuleError(ValueError):
    """A drop's terms that cannot be (a message for the host)."""


class DropState(enum.Enum):
    SCHEDULED = "scheduled"
    MEMBERS_ONLY = "members-only"
    LIVE = "live"
    SOLD_OUT = "sold out"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return {
            DropState.SCHEDULED: translate("core/drop_rules", "Scheduled"),
            DropState.MEMBERS_ONLY: translate("core/drop_rules", "Members only"),
            DropState.LIVE: translate("core/drop_rules", "Live"),
            DropState.SOLD_OUT: translate("core/drop_rules", "Sold out"),
            DropState.ENDED: translate("core/drop_rules", "Ended"),
        }[self]

    @property
    def on_sale(self) -> bool:
        return self in (DropState.MEMBERS_ONLY, DropState.LIVE)


@dataclass(frozen=True, slots=True)
class DropTerms:
    """What the host set for a drop (the parts and price live with the service)."""

    cap: int
    public_start: datetime
    public_end: datetime
    members_first_minutes: int = 0
    member_tiers: frozenset[str] = field(default_factory=frozenset)  # empty: every tier
    per_customer_limit: int | None = None
    low_stock_threshold: int = 0
    ended_at: datetime | None = None  # the host ended it early

    def __post_init__(self) -> None:
        check_terms(self)

    @property
    def members_from(self) -> datetime:
        return self.public_start - timedelta(minutes=self.members_first_minutes)

    @property
    def closes_at(self) -> datetime:
        """When selling stops: the end of the window, or when the host ended it."""
        if self.ended_at is not None and self.ended_at < self.public_end:
            return self.ended_at
        return self.public_end

    def tier_may_buy_early(self, tier: str | None) -> bool:
        if tier is None or self.members_first_minutes <= 0:
            return False
        return not self.member_tiers or tier in self.member_tiers


def check_terms(t: DropTerms) -> None:
    """Refuse terms that make no sense, with the reason."""
    if not 1 <= t.cap <= MAX_EDITION:
        raise DropRuleError(
            translate("core/drop_rules", "the edition size must be 1 to {most} units").format(
                most=number_text(MAX_EDITION)
            )
        )
    if t.public_end <= t.public_start:
        raise DropRuleError(translate("core/drop_rules", "the drop must end after it starts"))
    if t.members_first_minutes < 0:
        raise DropRuleError(
            translate("core/drop_rules", "the members-first window cannot be negative")
        )
    if t.members_first_minutes > 60 * 24 * 30:
        raise DropRuleError(
            translate("core/drop_rules", "the members-first window is at most 30 days")
        )
    if t.per_customer_limit is not None and not 1 <= t.per_customer_limit <= t.cap:
        raise DropRuleError(
            translate("core/drop_rules", "the limit per customer must be 1 to the edition size")
        )
    if not 0 <= t.low_stock_threshold < t.cap:
        raise DropRuleError(
            translate("core/drop_rules", "the low-stock alert must be below the edition size")
        )


def check_story_hook(text: str) -> str:
    """The story hook, trimmed; at most 30 words (it is read from across a room)."""
    words = text.split()
    if len(words) > STORY_HOOK_WORDS:
        raise DropRuleError(
            translate(
                "core/drop_rules", "the story hook has {words} words; keep it to {most} or fewer"
            ).format(words=len(words), most=STORY_HOOK_WORDS)
        )
    return " ".join(words)


def remaining(cap: int, sold: int, refunded: int, parts_allow: int | None = None) -> int:
    """Units this device may still sell: never more than the cap or the parts' stock."""
    left = cap - (sold - refunded)
    if parts_allow is not None:
        left = min(left, parts_allow)
    return max(left, 0)


def allocated_remaining(allocated: int, sold_here: int, edition_left: int) -> int:
    """Units this device may still sell of its share: ``allocated - sold_here`` (its own
    net units), never more than what the edition (and parts) leave, never below zero."""
    return max(min(allocated - sold_here, edition_left), 0)


def parts_allow(need: Mapping[str, int], stock: Mapping[str, int | None]) -> int | None:
    """How many whole drop units the parts' stock makes: ``need`` is units of each part
    per drop unit; ``stock`` None for a part not counted. None when nothing is counted."""
    counts = []
    for v, q in need.items():
        have = stock.get(v)
        if q > 0 and have is not None:
            counts.append(max(have, 0) // q)
    return min(counts) if counts else None


def state(t: DropTerms, now: datetime, left: int) -> DropState:
    if now >= t.closes_at:
        return DropState.ENDED
    if now < t.members_from or (now < t.public_start and t.members_first_minutes <= 0):
        return DropState.SCHEDULED
    if left <= 0:
        return DropState.SOLD_OUT
    if now < t.public_start:
        return DropState.MEMBERS_ONLY
    return DropState.LIVE


def refusal(
    t: DropTerms,
    now: datetime,
    *,
    quantity: int,
    left: int,
    member: bool,
    tier: str | None,
    member_already: int = 0,
    when: str = "",
) -> str | None:
    """None when ``quantity`` units may be sold now, else the reason for the host.

    ``member`` says whether a member is attached; ``tier`` is their pass tier (None
    without a pass); ``member_already`` is what that member holds already (net units);
    ``when`` is the public start as the host reads it (local time).
    """
    if quantity <= 0:
        return translate("core/drop_rules", "the quantity must be at least 1")
    s = state(t, now, left)
    if s is DropState.ENDED:
        return translate("core/drop_rules", "this drop has ended")
    if s is DropState.SCHEDULED:
        if when:
            return translate(
                "core/drop_rules", "this drop is not on sale yet (opens {when})"
            ).format(when=when)
        return translate("core/drop_rules", "this drop is not on sale yet")
    if s is DropState.SOLD_OUT:
        return translate("core/drop_rules", "this drop is sold out")
    if s is DropState.MEMBERS_ONLY and not t.tier_may_buy_early(tier):
        if t.member_tiers:
            why = translate("core/drop_rules", "only members of the chosen tiers can buy now")
        else:
            why = translate("core/drop_rules", "only members can buy now")
        if tier is None:
            why = translate("core/drop_rules", "{reason} (scan their pass)").format(reason=why)
        if when:
            why = translate("core/drop_rules", "{reason}; everyone from {when}").format(
                reason=why, when=when
            )
        return why
    if quantity > left:
        if left == 1:
            return translate("core/drop_rules", "only 1 left")
        return translate("core/drop_rules", "only {left} left").format(left=left)
    limit = t.per_customer_limit
    if limit is not None:
        held = member_already if member else 0
        if held + quantity > limit:
            if held:
                return translate(
                    "core/drop_rules",
                    "the limit is {limit} per customer and this member has {held} already",
                ).format(limit=limit, held=held)
            return translate("core/drop_rules", "the limit is {limit} per customer").format(
                limit=limit
            )
    return None


def crossed_low_stock(threshold: int, before: int, after: int) -> bool:
    """Whether a sale took the remaining count from above the threshold to at/below it."""
    return threshold > 0 and before > threshold >= after


def scarcity_text(left: int, cap: int, threshold: int) -> str:
    """The count as a customer reads it: exact, always. "Only" only when it is true that
    the count is at or below the host's low-stock mark."""
    if left <= 0:
        return translate("core/drop_rules", "Sold out")
    if threshold > 0 and left <= threshold:
        return translate("core/drop_rules", "Only {left} left of {cap}").format(left=left, cap=cap)
    return translate("core/drop_rules", "{left} of {cap} left").format(left=left, cap=cap)


def sold_in_window(sold_at: Iterable[tuple[datetime, int]], now: datetime, minutes: int) -> int:
    """Units sold in the ``minutes`` before ``now`` (for the true social proof)."""
    since = now - timedelta(minutes=minutes)
    return sum(q for at, q in sold_at if since < at <= now)


def conversion_per_live_minute(purchases: int, live_seconds: float) -> float | None:
    """Purchases divided by minutes live; None before a whole second has passed.

    The one place a float appears: it is a rate for display, never money.
    """
    if live_seconds < 1:
        return None
    return purchases / (live_seconds / 60)
