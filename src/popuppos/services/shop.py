"""The shop's settings: name, currency, locale, tax mode, the customer display's
transparency choices, manager PIN."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from popuppos.core.i18n import translate
from popuppos.core.money import minor_digits
from popuppos.core.pin import hash_pin, verify_pin
from popuppos.core.setup_rules import (
    currency_problem,
    locale_problem,
    shop_name_problem,
    tax_rate_problem,
)
from popuppos.services import audit
from popuppos.services.errors import PinRefused, ServiceError
from popuppos.store.db import Database
from popuppos.store.models import Sale, Setting, Variant


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
    with db.write() as conn:
        return write_settings(conn, db.device_id, changes)


def write_settings(conn: Connection, device_id: str, changes: dict[str, Any]) -> ShopSettings:
    """Check and save ``changes`` inside the caller's transaction; returns the new settings.

    Refused with a sentence: an unknown setting, an empty shop name, an unknown currency
    code or locale, a tax rate outside 0-100 %, and a new currency while a shift is open or
    once the shop has sales (their amounts are in the old currency).
    """
    unknown = set(changes) - _KEYS
    if unknown:
        raise ServiceError(
            translate("services/shop", "unknown settings: {names}").format(
                names=", ".join(sorted(unknown))
            )
        )
    problem = _settings_problem(changes)
    if problem:
        raise ServiceError(problem)
    current = load_settings(conn)
    if "currency" in changes and changes["currency"] != current.currency:
        _check_currency_change(conn, device_id, current.currency, str(changes["currency"]))
    for key, value in changes.items():
        _put(conn, key, _encode(value))
    return load_settings(conn)


def _settings_problem(changes: dict[str, Any]) -> str | None:
    if "shop_name" in changes:
        problem = shop_name_problem(str(changes["shop_name"]))
        if problem:
            return problem
    if "currency" in changes:
        problem = currency_problem(str(changes["currency"]))
        if problem:
            return problem
    if "locale" in changes:
        problem = locale_problem(str(changes["locale"]))
        if problem:
            return problem
    if "default_tax_rate_bp" in changes:
        rate = changes["default_tax_rate_bp"]
        if not isinstance(rate, int) or isinstance(rate, bool):
            return "A tax rate is a whole number of basis points."
        return tax_rate_problem(rate)
    return None


def _check_currency_change(conn: Connection, device_id: str, old: str, new: str) -> None:
    from popuppos.services.shifts import _open_shift_row

    if _open_shift_row(conn, device_id) is not None:
        raise ServiceError(
            translate("services/shop", "close the shift before changing the currency")
        )
    if conn.scalar(select(Sale.id).limit(1)) is not None:
        raise ServiceError(
            translate(
                "services/shop",
                "this shop has sales in {old}, so its currency cannot change to {new}: "
                "their amounts are recorded in {old}. Keep {old}, or start a new shop "
                "database for selling in another currency.",
            ).format(old=old, new=new)
        )
    if minor_digits(new) != minor_digits(old) and conn.scalar(select(Variant.id).limit(1)):
        raise ServiceError(
            translate(
                "services/shop",
                "your products are priced in {old} with {old_digits} decimals and "
                "{new} has {new_digits}; every price would be read wrong. Change the "
                "currency before adding products, or start a new shop database.",
            ).format(old=old, old_digits=minor_digits(old), new=new, new_digits=minor_digits(new))
        )


def _put(conn: Connection, key: str, value: str) -> None:
    stmt = sqlite_insert(Setting).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": value}))


# -- manager PIN ------------------------------------------------------------------------------
_PIN_KEY = "manager_pin_hash"


def has_manager_pin(db: Database) -> bool:
    with db.read() as conn:
        return has_pin(conn)


def has_pin(conn: Connection) -> bool:
    """Whether a manager PIN is set (inside the caller's transaction)."""
    return conn.scalar(select(Setting.value).where(Setting.key == _PIN_KEY)) is not None


def set_manager_pin(db: Database, new_pin: str, *, current_pin: str | None, actor: str) -> None:
    """Set the PIN; changing an existing one needs the current PIN."""
    hashed = hash_pin(new_pin)  # slow on purpose; done before the write lock is taken
    with db.write() as conn:
        store_manager_pin(conn, db.device_id, hashed, current_pin=current_pin, actor=actor)


def store_manager_pin(
    conn: Connection, device_id: str, hashed: str, *, current_pin: str | None, actor: str
) -> None:
    """Keep ``hashed`` (from ``hash_pin``) as the PIN inside the caller's transaction;
    replacing an existing PIN needs the current one (PinRefused otherwise)."""
    existing = conn.scalar(select(Setting.value).where(Setting.key == _PIN_KEY))
    if existing is not None and not (current_pin and verify_pin(current_pin, existing)):
        raise PinRefused(translate("services/shop", "the current manager PIN is not right"))
    _put(conn, _PIN_KEY, hashed)
    audit.record(
        conn,
        device_id,
        actor=actor,
        action="manager_pin.set",
        subject_id=None,
        approved_by="manager" if existing else None,
    )


def check_manager_pin(conn: Connection, pin: str | None) -> str:
    """Raise PinRefused unless ``pin`` is the manager PIN; returns who approved."""
    stored = conn.scalar(select(Setting.value).where(Setting.key == _PIN_KEY))
    if stored is None:
        raise PinRefused(
            translate("services/shop", "no manager PIN is set; set one in Settings first")
        )
    if not pin or not verify_pin(pin, stored):
        raise PinRefused(translate("services/shop", "that manager PIN is not right"))
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
