"""A small shop for the metrics and sales-summary tests: real services on a real SQLite
file, with the till's clock set by the test.

Sales, refunds and voids take their time from the till's clock (``utcnow`` in the
checkout, refund and void services); :class:`Till` sets that clock (pytest's
``monkeypatch``) so a test can sell 120 days ago. Everything else runs as in the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest

from helpers import MANAGER_PIN, Item, cart_of, seed_products
from popuppos.core.tender import Tender, TenderMethod, cash_for
from popuppos.services import catalog, checkout, members, passes, refunds, shifts, voids
from popuppos.services.pass_admin import list_tiers
from popuppos.services.shop import set_manager_pin
from popuppos.store.db import Database

#: A fixed "now" for the tests: a Wednesday, noon UTC.
NOW = datetime(2026, 6, 10, 12, 0, 0)


@dataclass
class Till:
    db: Database
    items: dict[str, Item]
    monkeypatch: pytest.MonkeyPatch
    clock: list[datetime] = field(default_factory=lambda: [NOW])

    def set_clock(self, moment: datetime) -> None:
        self.clock[0] = moment

    def member(self, name: str) -> str:
        return members.create_member(self.db, name=name).id

    def sell(
        self,
        *skus: str,
        at: datetime,
        member: str | None = None,
        tip: int = 0,
        card: bool = False,
        quantity: int = 1,
    ) -> checkout.CompletedSale:
        self.set_clock(at)
        cart = cart_of(*(self.items[s].line(quantity) for s in skus))
        if member is not None:
            cart.set_member(member, "Member")
        due = cart.priced().total + tip
        tender = Tender(TenderMethod.CARD, due) if card else cash_for(due, due)
        return checkout.complete_sale(self.db, cart, [tender], tip=tip, cashier="Ann")

    def refund(
        self, sale_id: str, qty_by_sku: dict[str, int], *, at: datetime, tip: bool = False
    ) -> Any:
        self.set_clock(at)
        sale = refunds.sale_for_refund(self.db, sale_id)
        sku_of = {item.variant_id: sku for sku, item in self.items.items()}
        quantities = {
            ln.sale_line_id: qty_by_sku[sku_of[ln.variant_id]]
            for ln in sale.lines
            if sku_of.get(ln.variant_id) in qty_by_sku
        }
        return refunds.refund_sale(
            self.db, sale_id, quantities, refund_tip=tip, reason="Changed mind", cashier="Ann",
            manager_pin=MANAGER_PIN,
        )  # fmt: skip

    def void(self, sale_id: str, *, at: datetime) -> Any:
        self.set_clock(at)
        return voids.void_sale(
            self.db, sale_id, reason="Rang up twice", cashier="Ann", manager_pin=MANAGER_PIN
        )

    def pass_tier(self, code: str = "GOLD", price: int = 5000) -> str:
        """A pass tier sold from the catalogue; its item is added under the SKU ``code``."""
        spec = passes.TierSpec(name=code.title(), code=code, price=price, validity_days=30)
        tier_id = passes.save_tier(self.db, spec)
        variant = next(t.variant_id for t in list_tiers(self.db) if t.id == tier_id)
        for product in catalog.catalog_items(self.db):
            for v in product.variants:
                if v.id == variant:
                    self.items[code] = Item(
                        v.id, product.name, v.name, v.sku, v.price, product.tax_rate_bp
                    )
        return tier_id


def open_till(db: Database, monkeypatch: pytest.MonkeyPatch) -> Till:
    items = seed_products(db)
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    shifts.open_shift(db, opened_by="Ann", opening_float=10_000)
    till = Till(db, items, monkeypatch)
    for module in (checkout, refunds, voids):
        monkeypatch.setattr(module, "utcnow", lambda: till.clock[0])
    return till


def days_before(n: float, moment: datetime = NOW) -> datetime:
    return moment - timedelta(days=n)
