"""What a host may answer when setting the shop up (first run and Settings), as sentences.

Each ``*_problem`` function returns None when the answer is fine, else one sentence the host
can act on (capitalised, ending in a full stop). Tax rates are basis points (1 % = 100 bp),
parsed from what a host types without a float.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import list_currencies

from popuppos.core.i18n import decimal_text

SHOP_NAME_MAX = 80
DEVICE_NAME_MAX = 80
PIN_MIN, PIN_MAX = 4, 12
MAX_RATE_BP = 10_000  # 100 %


class SetupError(ValueError):
    """An answer that cannot be used; ``str(exc)`` is the sentence for the host."""


def shop_name_problem(name: str) -> str | None:
    text = name.strip()
    if not text:
        return "Type your shop's name; it goes on every receipt."
    if len(text) > SHOP_NAME_MAX:
        return f"A shop name has at most {SHOP_NAME_MAX} characters; shorten it a little."
    return None


def device_name_problem(name: str) -> str | None:
    text = name.strip()
    if not text:
        return "Give this stall a name, like “Stall 1”; the hub and the reports show it."
    if len(text) > DEVICE_NAME_MAX:
        return f"A stall's name has at most {DEVICE_NAME_MAX} characters."
    return None


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    """ISO 4217 codes the money formatting knows (CLDR's list)."""
    return frozenset(str(code) for code in list_currencies())


def currency_code(text: str) -> str:
    """The code at the start of what was typed or chosen: " eur — Euro" -> "EUR"."""
    match = re.match(r"\s*([A-Za-z]{3})(?![A-Za-z])", text)
    return match.group(1).upper() if match else text.strip().upper()


def currency_problem(code: str) -> str | None:
    if not code.strip():
        return "Choose the currency you sell in, like EUR or GBP."
    if code not in known_currencies():
        return (
            f"“{code.strip()}” is not a currency code PopupPOS knows; "
            "use the three letters of ISO 4217, like EUR, GBP or USD."
        )
    return None


def locale_problem(code: str) -> str | None:
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return f"“{code}” is not a language and region PopupPOS knows, like en_IE or de_DE."
    return None


def parse_tax_rate(text: str) -> int:
    """ "23" / "13.5" / "13,5 %" / "8.1%" -> basis points (2300, 1350, 1350, 810)."""
    t = text.strip().replace("\u00a0", " ").removesuffix("%").strip().replace(",", ".")
    if not t:
        raise SetupError("Type the tax rate in percent, like 20 or 13.5.")
    if t.startswith(("-", "\u2212")):
        raise SetupError("A tax rate cannot be negative.")
    match = re.fullmatch(r"(\d{1,5})(?:\.(\d*))?", t)
    if match is None:
        raise SetupError(f"“{text.strip()}” is not a percent; type a number like 20 or 13.5.")
    decimals = (match.group(2) or "").rstrip("0")
    if len(decimals) > 2:
        raise SetupError("A tax rate has at most two decimals, like 13.5 or 8.25.")
    bp = int(match.group(1)) * 100 + int(decimals.ljust(2, "0"))
    problem = tax_rate_problem(bp)
    if problem:
        raise SetupError(problem)
    return bp


def tax_rate_problem(bp: int) -> str | None:
    if bp < 0:
        return "A tax rate cannot be negative."
    if bp > MAX_RATE_BP:
        return "A tax rate is between 0 and 100 %."
    return None


def format_rate(bp: int) -> str:
    """2300 -> "23", 1350 -> "13.5", 810 -> "8.1" (what the host typed, without the sign;
    "13,5" in German)."""
    whole, frac = divmod(bp, 100)
    return decimal_text(f"{whole}" if frac == 0 else f"{whole}.{frac:02d}".rstrip("0"))


def pin_problem(pin: str, again: str) -> str | None:
    """A new manager PIN typed twice."""
    if not pin and not again:
        return "Type a PIN of 4 to 12 digits, twice."
    if not pin.isascii() or not pin.isdigit():
        return "A PIN is digits only (0 to 9)."
    if len(pin) < PIN_MIN:
        return f"A PIN has at least {PIN_MIN} digits, so it is hard to guess."
    if len(pin) > PIN_MAX:
        return f"A PIN has at most {PIN_MAX} digits."
    if pin != again:
        return "The two PINs are not the same; type the new PIN again, carefully."
    return None
