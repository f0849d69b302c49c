"""The cash drawer at shift close: what should be in it, and how far off the count is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DrawerCount:
    opening_float: int
    cash_sales: int  # cash that paid for sales (tendered minus change)
    cash_refunds: int  # cash handed back for refunds and voids
    counted: int

    @property
    def expected(self) -> int:
        return self.opening_float + self.cash_sales - self.cash_refunds

    @property
    def difference(self) -> int:
        """Counted minus expected: negative means the drawer is short."""
        return self.counted - self.expected

    @property
    def verdict(self) -> str:
        if self.difference == 0:
            return "Balanced"
        return "Over" if self.difference > 0 else "Short"
