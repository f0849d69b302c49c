"""What a scanned member pass does to the sale on screen.

* :class:`AttachedPass`: the pass that verified, with its tier's checkout benefits.
* :class:`MemberDiscount`: a line discount that came from that pass. It is a core
  ``Discount`` (it prices exactly like any percent discount) that also says whose it is,
  so taking the member off the sale removes exactly these and never a discount the host
  set by hand. The cart keeps it on its line through quantity changes. Parking stores
  plain discounts, so a resumed sale keeps the prices it was parked with.
* :func:`check_pass`: the scan check, for a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from popuppos.core.cart import Cart
from popuppos.core.member_pricing import MemberBenefits, member_line_discount
from popuppos.core.pass_token import InvalidPass
from popuppos.core.pricing import Discount, DiscountKind, PricedCart, rate_number
from popuppos.documents.data import ReceiptData
from popuppos.services.pass_admin import benefits_for_tier, today_local
from popuppos.services.passes import PassHolder, verify_scan
from popuppos.store.db import Database
from popuppos.ui.i18n import date_text, english_dates, translate

PASS_PREFIX = "PP1"


@dataclass(frozen=True, slots=True)
class MemberDiscount(Discount):
    """A line discount the attached member's pass gives (see the module docstring)."""


@dataclass(frozen=True, slots=True)
class AttachedPass:
    holder: PassHolder
    benefits: MemberBenefits

    @property
    def badge(self) -> str:
        return self.holder.tier_name

    @property
    def detail(self) -> str:
        return translate("sell/member_sale", "Pass valid to {day}").format(
            day=short_day(self.holder.valid_until)
        )


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_day(day: date) -> str:
    """ "23 Nov 2026" (the cart header is narrow); "23. Nov. 2026" in German."""
    if not english_dates():
        return date_text(day)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def is_pass_code(code: str) -> bool:
    """Whether a scanned code is a member pass (rather than a product barcode)."""
    return "".join(code.split())[:3].upper() == PASS_PREFIX


def check_pass(db: Database, code: str) -> AttachedPass | InvalidPass:
    """Verify a scanned pass as of the stall's today (worker thread). A refusal is returned,
    not raised: it is an answer for the host, not a failure."""
    with db.read() as conn:
        try:
            holder = verify_scan(conn, code, today_local())
        except InvalidPass as refusal:
            return refusal
        # A pass of a tier this stall does not know yet: honoured, with no discount.
        benefits = benefits_for_tier(conn, holder.tier_id) if holder.tier_id else MemberBenefits()
    return AttachedPass(holder, benefits)


def member_discount(category: str, benefits: MemberBenefits | None) -> MemberDiscount | None:
    """The member's discount for a line in ``category`` (None: none for this line)."""
    if benefits is None:
        return None
    found = member_line_discount(category, benefits)
    return None if found is None else MemberDiscount(found.kind, found.value)


def member_discount_text(discount: Discount) -> str:
    """ "Member −10 %" (or "Member −€2.00" for an amount; tiers give percents today)."""
    if discount.kind is DiscountKind.PERCENT:
        return translate("sell/member_sale", "Member −{rate} %").format(
            rate=rate_number(discount.value)
        )
    return translate("sell/member_sale", "Member price")


def member_saving(cart: Cart, priced: PricedCart) -> int:
    """What the member's discounts take off this cart (minor units)."""
    return sum(
        p.line_discount
        for ln, p in zip(cart.lines, priced.lines, strict=True)
        if isinstance(ln.discount, MemberDiscount)
    )


@dataclass(frozen=True, slots=True)
class MemberNote:
    """What the receipt says about the member's prices (the sale rows do not record whose
    discount a line had, so the sell screen hands this to the receipt it shows)."""

    saving: int  # minor units the member's discounts took off
    tier_name: str
    lines: dict[int, str]  # line position -> "Member −10 %"


def member_note(cart: Cart, attached: AttachedPass | None) -> MemberNote | None:
    """The note for ``cart`` (None when no member discount applied)."""
    saving = member_saving(cart, cart.priced())
    if attached is None or not saving:
        return None
    labels = {
        n: member_discount_text(ln.discount)
        for n, ln in enumerate(cart.lines)
        if isinstance(ln.discount, MemberDiscount)
    }
    return MemberNote(saving, attached.holder.tier_name, labels)


def with_member_footer(
    data: ReceiptData, note: MemberNote | None, money: Callable[[int], str]
) -> ReceiptData:
    """The receipt with the member saving in its footer (the document has no field for it)."""
    if note is None:
        return data
    saving = translate("sell/member_sale", "Member saving {amount} with {tier_name}.").format(
        amount=money(note.saving), tier_name=note.tier_name
    )
    return replace(data, footer=f"{saving} {data.footer}".strip())


def summary(benefits: MemberBenefits) -> str:
    """ "10 % off Apparel, Home" / "10 % off everything" / "no discount"."""
    if not benefits.discount_bp:
        return translate("sell/member_sale", "no discount")
    names = sorted(benefits.categories)
    where = (
        (", ".join(names[:-1]) + translate("sell/member_sale", " and ") + names[-1])
        if len(names) > 1
        else "".join(names)
    )
    where = where or "everything"
    return translate("sell/member_sale", "{rate} % off {where}").format(
        rate=rate_number(benefits.discount_bp), where=where
    )
