"""The cart being rung up: lines, discounts and the customer, before it is paid.

Pure state with no I/O. The sell screen edits it; parking stores ``to_dict()``; checkout
prices it with :func:`popuppos.core.pricing.price_cart`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from popuppos.core.pricing import (
    MAX_QUANTITY,
    Discount,
    DiscountKind,
    LineInput,
    PricedCart,
    PricingError,
    price_cart,
)


@dataclass(frozen=True, slots=True)
class CartLine:
    variant_id: str
    name: str
    variant_name: str
    sku: str
    unit_price: int
    tax_rate_bp: int
    quantity: int = 1
    discount: Discount | None = None
    category: str = ""  # for member discounts that apply to chosen categories
    drop_id: str | None = None  # a micro-drop's line (variant_id: its first part)

    @property
    def display_name(self) -> str:
        return f"{self.name} · {self.variant_name}" if self.variant_name else self.name

    def as_input(self) -> LineInput:
        return LineInput(self.unit_price, self.quantity, self.tax_rate_bp, self.discount)


@dataclass(slots=True)
class Cart:
    tax_inclusive: bool
    lines: list[CartLine] = field(default_factory=list)
    discount: Discount | None = None
    member_id: str | None = None
    member_name: str | None = None
    member_tier_id: str | None = None  # the tier of the pass scanned for this sale

    @property
    def is_empty(self) -> bool:
        return not self.lines

    @property
    def item_count(self) -> int:
        return sum(ln.quantity for ln in self.lines)

    def quantity_of(self, variant_id: str) -> int:
        """Units of the catalogue variant in the cart (drop lines are counted apart)."""
        return sum(
            ln.quantity for ln in self.lines if ln.variant_id == variant_id and not ln.drop_id
        )

    def drop_quantity(self, drop_id: str) -> int:
        return sum(ln.quantity for ln in self.lines if ln.drop_id == drop_id)

    def add(self, line: CartLine) -> int:
        """Add a line, merging with an undiscounted line of the same variant; returns its row."""
        for i, ln in enumerate(self.lines):
            if (
                ln.variant_id == line.variant_id
                and ln.drop_id == line.drop_id
                and ln.discount is None
                and line.discount is None
            ):
                self.set_quantity(i, ln.quantity + line.quantity)
                return i
        if line.quantity > MAX_QUANTITY:
            raise PricingError(f"quantity {line.quantity} is more than {MAX_QUANTITY}")
        self.lines.append(line)
        return len(self.lines) - 1

    def set_quantity(self, row: int, quantity: int) -> None:
        if quantity <= 0:
            raise PricingError("quantity must be at least 1 (remove the line instead)")
        if quantity > MAX_QUANTITY:
            raise PricingError(f"quantity {quantity} is more than {MAX_QUANTITY}")
        self.lines[row] = replace(self.lines[row], quantity=quantity)

    def remove(self, row: int) -> CartLine:
        return self.lines.pop(row)

    def set_line_discount(self, row: int, discount: Discount | None) -> None:
        self.lines[row] = replace(self.lines[row], discount=discount)

    def set_member(
        self, member_id: str | None, member_name: str | None, tier_id: str | None = None
    ) -> None:
        self.member_id, self.member_name, self.member_tier_id = member_id, member_name, tier_id

    def clear(self) -> None:
        self.lines.clear()
        self.discount = None
        self.member_id = self.member_name = self.member_tier_id = None

    def priced(self) -> PricedCart:
        return price_cart(
            [ln.as_input() for ln in self.lines],
            tax_inclusive=self.tax_inclusive,
            cart_discount=self.discount,
        )

    # -- parking ---------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "tax_inclusive": self.tax_inclusive,
            "discount": _discount_to_dict(self.discount),
            "member_id": self.member_id,
            "member_name": self.member_name,
            "member_tier_id": self.member_tier_id,
            "lines": [
                {
                    "variant_id": ln.variant_id,
                    "name": ln.name,
                    "variant_name": ln.variant_name,
                    "sku": ln.sku,
                    "unit_price": ln.unit_price,
                    "tax_rate_bp": ln.tax_rate_bp,
                    "quantity": ln.quantity,
                    "discount": _discount_to_dict(ln.discount),
                    "category": ln.category,
                    "drop_id": ln.drop_id,
                }
                for ln in self.lines
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cart:
        cart = cls(tax_inclusive=bool(data["tax_inclusive"]))
        cart.discount = _discount_from_dict(data.get("discount"))
        cart.member_id = data.get("member_id")
        cart.member_name = data.get("member_name")
        cart.member_tier_id = data.get("member_tier_id")
        for ln in data["lines"]:
            cart.lines.append(
                CartLine(
                    variant_id=str(ln["variant_id"]),
                    name=str(ln["name"]),
                    variant_name=str(ln["variant_name"]),
                    sku=str(ln["sku"]),
                    unit_price=int(ln["unit_price"]),
                    tax_rate_bp=int(ln["tax_rate_bp"]),
                    quantity=int(ln["quantity"]),
                    discount=_discount_from_dict(ln.get("discount")),
                    category=str(ln.get("category", "")),
                    drop_id=ln.get("drop_id"),
                )
            )
        return cart


def _discount_to_dict(d: Discount | None) -> dict[str, Any] | None:
    return None if d is None else {"kind": d.kind.value, "value": d.value}


def _discount_from_dict(d: dict[str, Any] | None) -> Discount | None:
    return None if d is None else Discount(DiscountKind(d["kind"]), int(d["value"]))
