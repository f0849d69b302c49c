"""Sentences for the host in the shop's language, without Qt below the UI.

Services and core build sentences for the host ("Only 2 left"). They mark them with
``translate(context, text)``: until the UI installs a translator the text comes back
unchanged (tests, the CLI, the hub), and once it has (``popuppos.ui.i18n``) the same call
returns the shop's language. The name ``translate`` and the two string literals are what
``pyside6-lupdate`` looks for, so the sentences land in resources/translations/*.ts.

Placeholders are ``str.format`` names: ``translate("Checkout", "Only {n} left").format(n=n)``
(never an f-string inside the call: lupdate would extract the unformatted text).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

Translator = Callable[[str, str], str]

_installed: Translator | None = None
_locale: str | None = None  # the shop's locale, when its dates are not PopupPOS's English


def translate(context: str, text: str) -> str:
    """``text`` in the shop's language (unchanged until a translator is installed)."""
    fn = _installed
    return text if fn is None else fn(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a module constant for ``pyside6-lupdate``; pass it through ``translate`` where
    it is shown (a constant is built before any translator is installed)."""
    return text


def install_translator(fn: Translator | None, locale: str | None = None) -> None:
    """Route every ``translate`` call through ``fn`` (``None``: back to the source text);
    ``locale`` ("de_DE") is the shop's, for the dates services and core write."""
    global _installed, _locale
    _installed = fn
    name = (locale or "").replace("-", "_")
    _locale = None if name.split("_")[0].lower() in ("en", "c", "") else name


def date_locale() -> str | None:
    """The shop's locale for a date a service or core writes for the host, ``None`` when
    it keeps PopupPOS's English form ("5 Mar 2026", the same on every machine): format
    with Babel (``babel.dates``) and a ``translate``d pattern otherwise."""
    return _locale


# -- numbers and percents ------------------------------------------------------------------
# PopupPOS's English keeps its own forms ("12.5 %", "1,234"); another locale gets its
# decimal mark, digit grouping and percent sign from CLDR (Babel): "12,5 %", "1.234".
@lru_cache(maxsize=16)
def _symbols(locale: str) -> tuple[str, str, str]:
    from babel import Locale
    from babel.numbers import get_decimal_symbol, get_group_symbol

    suffix = Locale.parse(locale).percent_formats[None].suffix[0]
    return get_decimal_symbol(locale), get_group_symbol(locale), suffix


def number_text(n: int) -> str:
    """A whole number with the shop's digit grouping: 1234 -> "1,234" / "1.234"."""
    english = f"{n:,}"
    if _locale is None:
        return english
    _, group, _ = _symbols(_locale)
    return english.replace(",", group)


def decimal_text(english: str) -> str:
    """A number already written with a "." ("13.5", "1,234.5") in the shop's form."""
    if _locale is None:
        return english
    mark, group, _ = _symbols(_locale)
    return "".join(mark if c == "." else group if c == "," else c for c in english)


def percent_text(english_number: str, english_sign: str = " %") -> str:
    """ "12.5" -> "12.5 %" in PopupPOS's English (``english_sign`` is the caller's: "%" on
    receipts, " %" in sentences), "12,5 %" in German, "12.5%" in Swiss German."""
    if _locale is None:
        return english_number + english_sign
    return decimal_text(english_number) + _symbols(_locale)[2]
