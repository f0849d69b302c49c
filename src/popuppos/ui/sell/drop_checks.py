"""What the sell screen asks of a drop before a line goes in the cart (checkout decides last).

The same rules and words as ``services.drop_sales.check_drop_lines`` (it runs inside the
sale's transaction), asked early so the host hears "only members can buy now (scan their
pass)" when tapping the tile rather than when the customer has their card out:

* :func:`drop_refusal` is ``core.drop_rules.refusal`` with the tier chosen the way checkout
  chooses it (the scanned pass's tier, else the attached member's valid passes).
* :func:`member_standing` (worker thread) reads what a member already holds of a drop and
  the tiers of their valid passes, for the per-customer limit and members-first windows.
* :func:`next_change` is when the drops shown next change state (a window opens or closes),
  so the tiles can be refreshed at that moment rather than up to a timer tick late.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from popuppos.core import drop_rules
from popuppos.core.drop_rules import DropState, DropTerms
from popuppos.services.drop_sales import member_holds, member_tier_ids
from popuppos.services.drops import DropStatus, local_when
from popuppos.store.db import Database


@dataclass(frozen=True, slots=True)
class MemberStanding:
    """What a member holds of one drop (net units) and the tiers of their valid passes."""

    drop_id: str
    member_id: str
    held: int
    tiers: frozenset[str]


def member_standing(db: Database, drop_id: str, member_id: str, now: datetime) -> MemberStanding:
    """For a worker thread: the member's units of ``drop_id`` and their pass tiers."""
    with db.read() as conn:
        held = member_holds(conn, drop_id, member_id)
        tiers = frozenset(member_tier_ids(conn, member_id, now))
    return MemberStanding(drop_id, member_id, held, tiers)


def pick_tier(terms: DropTerms, tiers: Iterable[str]) -> str | None:
    """The tier checkout would judge by: one that may buy early, else any, else None."""
    ordered = sorted(tiers)
    early = next((t for t in ordered if terms.tier_may_buy_early(t)), None)
    return early or (ordered[0] if ordered else None)


def drop_refusal(
    status: DropStatus,
    now: datetime,
    *,
    quantity: int,
    member: bool,
    tiers: Iterable[str] = (),
    held: int = 0,
) -> str | None:
    """Why ``quantity`` units of the drop (the cart's and the new ones) cannot be sold now,
    in the service's words; None when they can (as far as the screen knows)."""
    return drop_rules.refusal(
        status.terms,
        now,
        quantity=quantity,
        left=status.remaining,
        member=member,
        tier=pick_tier(status.terms, tiers),
        member_already=held,
        when=local_when(status.terms.public_start),
    )


def next_change(drops: Iterable[DropStatus], now: datetime) -> datetime | None:
    """The first moment after ``now`` at which one of ``drops`` changes state by the clock."""
    moments: list[datetime] = []
    for d in drops:
        if d.state is DropState.ENDED:
            continue
        t = d.terms
        moments.extend((t.members_from, t.public_start, t.closes_at))
    later = [m for m in moments if m > now]
    return min(later) if later else None


def tile_texts(status: DropStatus) -> tuple[str, str]:
    """(state chip, count) as a drop tile shows them: "Live" and "12 of 30 left"; the count
    is exactly ``DropStatus.scarcity``, never rounded or padded."""
    return status.state.label, status.scarcity
