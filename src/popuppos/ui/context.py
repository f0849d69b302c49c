"""What every screen gets: the database, the shop's settings, and one event hub.

The hub (Electrum's pattern) is the single place where "something changed in the shop"
becomes a Qt signal; screens listen to it instead of to each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from popuppos.core.money import format_money
from popuppos.services.shop import ShopSettings
from popuppos.store.db import Database
from popuppos.ui.qt import QObject, Signal


class ShopEvents(QObject):
    sale_completed = Signal(object)  # CompletedSale
    refund_completed = Signal(object)
    catalog_changed = Signal()
    shift_changed = Signal(object)  # ShiftInfo | None
    settings_changed = Signal(object)  # ShopSettings
    problem = Signal(str)  # a message for the host's status line


@dataclass
class AppContext:
    db: Database
    settings: ShopSettings
    events: ShopEvents = field(default_factory=ShopEvents)
    cashier: str = ""  # who opened the current shift

    def money(self, minor: int) -> str:
        return format_money(minor, self.settings.currency, self.settings.locale)
