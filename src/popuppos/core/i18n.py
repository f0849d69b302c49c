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


def translate(context: str, text: str) -> str:
    """``text`` in the shop's language (unchanged until a translator is installed)."""
    fn = _installed
    return text if fn is None else fn(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a module constant for ``pyside6-lupdate``; pass it through ``translate`` where
    it is shown (a constant is built before any translator is installed)."""
    return text


def install_translator(fn: Translator | None) -> None:
    """Route every ``translate`` call through ``fn`` (``None``: back to the source text)."""
    global _installed
    _installed = fn
