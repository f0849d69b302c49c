"""The shop's settings: name, currency, locale, tax mode, the customer display's
transparency choices, manager PIN."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from popuppos.core.money import minor_digits
from popuppos.core.pin import hash_pin, verify_pin
from popuppos.services import audit
from popuppos.services.errors import PinRefused, ServiceError
from popuppos.store.db import Database
from popuppos.store.models import Setting


@dataclass(frozen=True, slots=True)
class ShopSettings:
    shop_name: str = "My pop-up shop"
    address_lines: tuple[str, ...] = ()
    tax_id: str = ""
    currency: str = "EUR"
    locale: str = "en_IE"
    tax_inclusive: bool = True
    default_tax_rate_bp: int = 2000
    receipt_footer: str = "Thank you for shopping small."
    device_name: str = "Stall 1"
    ask_for_tip: bool = True  # offer the tip step before payment
    # The customer display (live mode). Quantities and a drop's terms are always shown and
    # have no switch; these two only choose whether a true figure is shown at all.
    display_time_left: bool = True  # the time to the drop's real end, never a made-up timer
    display_social_proof: bool = True  # "N sold in the last 10 minutes", computed, when N > 0


_KEYS = {f.name for f in fields(ShopSettings)}


def _encode(value: Any) -> str:
    return json.dumps(list(value) if isinstance(value, tuple) else value)


def load_settings(conn: Connection) -> ShopSettings:
    rows = conn.execute(select(Setting.key, Setting.value).where(Setting.key.in_(_KEYS))).all()
    values: dict[str, Any] = {}
    for key, raw in rows:
        value = json.loads(raw)
        values[key] = tuple(value) if isinstance(value, list) else value
    return replace(ShopSettings(), **values)


def get_settings(db: Database) -> ShopSettings:
    with db.read() as conn:
        return load_settings(conn)


def save_settings(db: Database, **changes: Any) -> ShopSettings:
    unknown = set(changes) - _KEYS
    if unknown:
        raise ServiceError(f"unknown settings: {', '.join(sorted(unknown))}")
    if "currency" in changes:
        try:
            minor_digits(str(changes["currency"]))
        except Exception:
            raise ServiceError(f"{changes['currency']!r} is not a currency code") from None
    with db.write() as conn:
        if "currency" in changes and changes["currency"] != load_settings(conn).currency:
            from popuppos.services.shifts import _open_shift_row

            if _open_shift_row(conn, db.device_id) is not None:
                raise ServiceError("close the shift before changing the currency")
        for key, value in changes.items():
            _put(conn, key, _encode(value))
        return load_settings(conn)


def _put(conn: Connection, key: str, value: str) -> None:
    stmt = sqlite_insert(Setting).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": value}))


# -- manager PIN ------------------------------------------------------------------------------
_PIN_KEY = "manager_pin_hash"


def has_manager_pin(db: Database) -> bool:
    with db.read() as conn:
        return conn.scalar(select(Setting.value).where(Setting.key == _PIN_KEY)) is not None


def set_manager_pin(db: Database, new_pin: str, *, current_pin: str | None, actor: str) -> None:
    """Set the PIN; changing an existing one needs the current PIN."""
    hashed = hash_pin(new_pin)  # slow on purpose; done before the write lock is taken
    with db.write() as conn:
        existing = conn.scalar(select(Setting.value).where(Setting.key == _PIN_KEY))
        if existing is not None and not (current_pin and verify_pin(current_pin, existing)):
            raise PinRefused("the current manager PIN is not right")
        _put(conn, _PIN_KEY, hashed)
        audit.record(
            conn,
            db.device_id,
            actor=actor,
            action="manager_pin.set",
            subject_id=None,
            approved_by="manager" if existing else None,
        )


def check_manager_pin(conn: Connection, pin: str | None) -> str:
    """Raise PinRefused unless ``pin`` is the manager PIN; returns who approved."""
    stored = conn.scalar(select(Setting.value).where(Setting.key == _PIN_KEY))
    if stored is None:
        raise PinRefused("no manager PIN is set; set one in Settings first")
    if not pin or not verify_pin(pin, stored):
        raise PinRefused("that manager PIN is not right")
    return "manager"


def verify_manager_pin(db: Database, pin: str) -> bool:
    """Whether ``pin`` is the manager PIN (read-only: unlocks a screen, approves nothing).

    False also when no PIN is set. Slow on purpose (the PIN hash): call it off the GUI thread.
    """
    with db.read() as conn:
        try:
            check_manager_pin(conn, pin)
        except PinRefused:
            return False
    return True
