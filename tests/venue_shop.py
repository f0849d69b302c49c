"""A shop with a venue partner, for the partner and statement tests (services and UI).

Real SQLite file, real services. Sales on past days are written as the facts a sync from
another day would leave (rows with their own times), because checkout stamps "now": each
line priced like checkout prices it (tax-inclusive; tax = gross x rate / (1 + rate), half up).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, insert, select

from helpers import MANAGER_PIN, Item, seed_products
from popuppos.core.ids import new_id
from popuppos.core.money import format_money
from popuppos.core.pricing import tax_from_gross
from popuppos.services import partners, planner, shifts
from popuppos.services.calendar import as_utc
from popuppos.services.shop import save_settings, set_manager_pin
from popuppos.store.db import Database, open_database
from popuppos.store.models import Refund, RefundLine, Sale, SaleLine, SaleVoid

#: (product, category, tax bp, variants): prints pay 0 % tax to keep the sums readable.
VENUE_PRODUCTS = (
    ("Sunrise print", "Prints", 0, (("A3", "PRT-A3", 4500, 100),)),
    ("Cream mug", "Ceramics", 2300, (("", "MUG", 1230, 100),)),
    ("Journal", "Stationery", 2300, (("", "JRN", 2460, 100),)),
)


def euro(minor: int) -> str:
    return format_money(minor, "EUR", "en_IE")


def local(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A local wall-clock time as the naive UTC the store keeps."""
    return as_utc(datetime(day.year, day.month, day.day, hour, minute).astimezone())


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@dataclass
class VenueShop:
    db: Database
    items: dict[str, Item]
    shift_id: str
    kiln: str  # the partner's id

    def category_id(self, name: str) -> str:
        return next(c.id for c in partners.category_choices(self.db) if c.name == name)

    def sale(self, at: datetime, *lines: tuple[str, int]) -> list[str]:
        """Record a sale made at ``at`` (naive UTC); returns its line ids."""
        with self.db.write() as conn:
            number = int(conn.scalar(select(func.coalesce(func.max(Sale.number), 0))) or 0) + 1
            sale_id = new_id()
            rows = []
            for position, (sku, qty) in enumerate(lines):
                item = self.items[sku]
                gross = item.price * qty
                tax = tax_from_gross(gross, item.tax_rate_bp)
                rows.append(
                    {
                        "id": new_id(),
                        "sale_id": sale_id,
                        "position": position,
                        "variant_id": item.variant_id,
                        "product_name": item.name,
                        "variant_name": item.variant_name,
                        "sku": sku,
                        "quantity": qty,
                        "unit_price": item.price,
                        "line_discount": 0,
                        "cart_discount": 0,
                        "tax_rate_bp": item.tax_rate_bp,
                        "net": gross - tax,
                        "tax": tax,
                        "gross": gross,
                    }
                )
            conn.execute(
                insert(Sale),
                {
                    "id": sale_id,
                    "device_id": self.db.device_id,
                    "number": number,
                    "shift_id": self.shift_id,
                    "created_at": at,
                    "cashier": "Aoife",
                    "member_id": None,
                    "currency": "EUR",
                    "tax_inclusive": True,
                    "subtotal": sum(r["gross"] for r in rows),
                    "discount_total": 0,
                    "tax_total": sum(r["tax"] for r in rows),
                    "total": sum(r["gross"] for r in rows),
                    "tip": 0,
                },
            )
            conn.execute(insert(SaleLine), rows)
            return [str(r["id"]) for r in rows]

    def refund(self, at: datetime, line_id: str, qty: int = 1) -> None:
        """Refund ``qty`` of a line at ``at`` (its share of the line's gross and tax)."""
        with self.db.write() as conn:
            line = conn.execute(select(SaleLine).where(SaleLine.id == line_id)).one()
            amount = line.gross * qty // line.quantity
            tax = line.tax * qty // line.quantity
            refund_id = new_id()
            conn.execute(
                insert(Refund),
                {
                    "id": refund_id,
                    "device_id": self.db.device_id,
                    "sale_id": line.sale_id,
                    "shift_id": self.shift_id,
                    "created_at": at,
                    "cashier": "Aoife",
                    "approved_by": "manager",
                    "reason": "Chipped",
                    "amount": amount,
                    "tax": tax,
                    "tip": 0,
                },
            )
            conn.execute(
                insert(RefundLine),
                {
                    "id": new_id(),
                    "refund_id": refund_id,
                    "sale_line_id": line_id,
                    "quantity": qty,
                    "amount": amount,
                    "tax": tax,
                    "restock": False,
                },
            )

    def void(self, at: datetime, line_id: str) -> None:
        with self.db.write() as conn:
            sale_id = conn.scalar(select(SaleLine.sale_id).where(SaleLine.id == line_id))
            conn.execute(
                insert(SaleVoid),
                {
                    "id": new_id(),
                    "device_id": self.db.device_id,
                    "sale_id": sale_id,
                    "shift_id": self.shift_id,
                    "created_at": at,
                    "cashier": "Aoife",
                    "approved_by": "manager",
                    "reason": "Rang up twice",
                },
            )

    def event(self, title: str, day: date, start: int, end: int, venue: str = "Kiln & Co") -> str:
        return planner.save_event(
            self.db,
            planner.PlanEventSpec(
                "popup_day", title, local(day, start), local(day, end), venue=venue
            ),
            now=local(day, 8),
        )


def open_venue_shop(tmp_path: Path) -> VenueShop:
    db = open_database(tmp_path / "venue.sqlite")
    save_settings(
        db,
        shop_name="Sunrise Market Studio",
        address_lines=("12 Harbour Lane", "Galway"),
        tax_id="IE1234567T",
        currency="EUR",
        locale="en_IE",
    )
    items = seed_products(db, VENUE_PRODUCTS)
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    shift = shifts.open_shift(db, opened_by="Aoife", opening_float=10_000)
    kiln = partners.save_partner(
        db,
        partners.PartnerSpec(
            "Kiln & Co",
            contact_name="Róisín Walsh",
            email="hello@kilnandco.ie",
            phone="+353 91 555 0199",
            address_lines=("3 Quay Street", "Galway H91 A1B2"),
            tax_id="IE7654321K",
        ),
    )
    return VenueShop(db, items, shift.id, kiln)
