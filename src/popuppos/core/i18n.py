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
