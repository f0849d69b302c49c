"""What the Settings dialog reads when it opens, and its "Save changes" in one transaction.

The shop's settings (``services.shop``), the scanner's timing (``services.scanner_settings``)
and kiosk mode (``services.kiosk_mode``) are saved together: one check of everything,
then one commit, so a refused value (a new currency once there are sales, kiosk mode
without a PIN) leaves every page as it was. The manager PIN, the hub and the pages other
modules add save on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from popuppos.services.calendar import SessionInfo
from popuppos.services.kiosk_mode import (
    KioskMode,
    load_kiosk_mode,
    session_choices,
    write_kiosk_mode,
)
from popuppos.services.scanner_settings import (
    ScannerSettings,
    load_scanner_settings,
    write_scanner_settings,
)
from popuppos.services.shop import ShopSettings, has_pin, load_settings, write_settings
from popuppos.store.db import Database
from popuppos.store.models import Sale


@dataclass(frozen=True, slots=True)
class SettingsSnapshot:
    shop: ShopSettings
    scanner: ScannerSettings
    kiosk: KioskMode
    has_pin: bool
    has_sales: bool  # the currency can no longer change
    sessions: tuple[SessionInfo, ...] = ()  # what kiosk mode can open for


@dataclass(frozen=True, slots=True)
class SettingsChanges:
    shop: dict[str, Any] = field(default_factory=dict)  # ShopSettings fields that changed
    scanner: ScannerSettings | None = None
    kiosk: KioskMode | None = None

    @property
    def empty(self) -> bool:
        return not self.shop and self.scanner is None and self.kiosk is None


def read_settings(db: Database, now: datetime | None = None) -> SettingsSnapshot:
    sessions = tuple(session_choices(db, now))
    with db.read() as conn:
        return SettingsSnapshot(
            shop=load_settings(conn),
            scanner=load_scanner_settings(conn),
            kiosk=load_kiosk_mode(conn),
            has_pin=has_pin(conn),
            has_sales=conn.scalar(select(Sale.id).limit(1)) is not None,
            sessions=sessions,
        )


def save_settings_pages(
    db: Database, changes: SettingsChanges, now: datetime | None = None
) -> SettingsSnapshot:
    """Save every page's changes in one transaction; ServiceError (nothing saved) if refused."""
    if not changes.empty:
        with db.write() as conn:
            if changes.shop:
                write_settings(conn, db.device_id, changes.shop)
            if changes.scanner is not None:
                write_scanner_settings(conn, changes.scanner)
            if changes.kiosk is not None:
                write_kiosk_mode(conn, changes.kiosk)
    return read_settings(db, now)
