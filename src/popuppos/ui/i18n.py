"""The shop's language on screen: Qt translators for its ``locale`` setting.

``use_shop_language(ctx)`` (called by ``ui/app.py`` when the app starts) installs, for the
shop's locale ("de_DE" -> German):

- PopupPOS's own sentences, ``resources/translations/popuppos_<lang>.qm``;
- Qt's own (standard buttons, file dialogs): ``qtbase_<lang>.qm`` from Qt's translations
  folder, when the Qt installation has it;
- ``QLocale.setDefault``, so ``QLocale()`` dates and numbers follow the shop, not the
  machine;
- the Qt-free hook of ``popuppos.core.i18n``, so a service's sentence ("Only 2 left")
  reaches the host in the same language.

When Settings changes the locale the translators switch at once: every dialog and screen
built afterwards speaks the new language. Widgets already on screen keep the words they
were built with until the next start (they set their texts once, at construction).

UI modules mark their words with ``translate("Context", "text")`` from here (the same call
as ``QCoreApplication.translate``, a name ``pyside6-lupdate`` recognises); placeholders are
``str.format`` names, never f-strings inside the call.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from popuppos.core import i18n as core_i18n
from popuppos.core.setup_rules import locale_problem
from popuppos.resources import resource_path
from popuppos.ui.context import AppContext
from popuppos.ui.qt import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

__all__ = [
    "QT_TRANSLATE_NOOP",
    "apply_language",
    "current_language",
    "date_edit_format",
    "date_text",
    "english_dates",
    "language_of",
    "locale_for_words",
    "moment_text",
    "system_locale",
    "translate",
    "translations_folder",
    "use_shop_language",
    "words_language",
]

# The languages PopupPOS ships; any other locale shows the English source texts (its dates,
# numbers and money still follow the locale).
SHIPPED = ("de",)
# Every language PopupPOS's words come in, each named in itself (the first-run picker).
WORDS = {"en": "English", "de": "Deutsch"}
DEFAULT_LOCALE = "en_IE"

_installed: list[QTranslator] = []
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the shop's language (``QCoreApplication.translate``)."""
    return QCoreApplication.translate(context, text, disambiguation)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a module constant for ``pyside6-lupdate``; translate it where it is shown
    (``translate(context, CONSTANT)``): a constant is built before any translator exists."""
    return text


def translations_folder() -> Path:
    return resource_path("translations")


def language_of(locale_name: str) -> str:
    """ "de_DE" -> "de", "en_IE" -> "en" (what the .qm files are named by)."""
    return locale_name.replace("-", "_").split("_")[0].lower() or "en"


def current_language() -> str:
    return _language


def system_locale() -> str:
    """This machine's language and region ("de_AT") when PopupPOS knows it, else English
    (Ireland): what a new shop starts with, so its first-run setup speaks the host's
    language before they have answered anything."""
    name = QLocale.system().name()
    if language_of(name) in ("c", "") or locale_problem(name) is not None:
        return DEFAULT_LOCALE
    return name


def locale_for_words(language: str, current: str) -> str:
    """The locale to show ``language``'s words with, keeping ``current``'s region where
    that pair exists: ("en", "de_AT") -> "en_AT", ("de", "fr_FR") -> "de_DE"."""
    if words_language(current) == language:
        return current
    region = current.replace("-", "_").split("_")[1:2]
    if region and locale_problem(f"{language}_{region[0]}") is None:
        return f"{language}_{region[0]}"
    return {"en": DEFAULT_LOCALE, "de": "de_DE"}.get(language, DEFAULT_LOCALE)


def words_language(locale_name: str) -> str:
    """The language PopupPOS's words are shown in for ``locale_name``: its own when
    PopupPOS ships it, else English ("fr_FR" -> "en": French dates, English words)."""
    lang = language_of(locale_name)
    return lang if lang in SHIPPED else "en"


def _qt_translations_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(folder: Path, name: str) -> QTranslator | None:
    translator = QTranslator()
    if (folder / f"{name}.qm").is_file() and translator.load(name, str(folder)):
        return translator
    return None


def _core_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def apply_language(locale_name: str) -> str:
    """Install the translators for ``locale_name``; returns the language now in use
    ("en" when PopupPOS has no translation for it)."""
    global _language
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(locale_name.replace("-", "_")))
    lang = words_language(locale_name)
    if lang == "en" or app is None:
        core_i18n.install_translator(None, locale_name)
        _language = "en"
        return _language
    for loaded in (
        _load(_qt_translations_folder(), f"qtbase_{lang}"),
        _load(translations_folder(), f"popuppos_{lang}"),
    ):
        if loaded is not None and QCoreApplication.installTranslator(loaded):
            _installed.append(loaded)
    core_i18n.install_translator(_core_translate, locale_name)
    _language = lang
    return _language


def use_shop_language(ctx: AppContext) -> str:
    """The shop's language now, and again whenever Settings saves a new locale."""

    def follow(settings: object) -> None:
        locale_name = getattr(settings, "locale", None)
        if isinstance(locale_name, str) and language_of(locale_name) != _language:
            apply_language(locale_name)
        elif isinstance(locale_name, str):
            QLocale.setDefault(QLocale(locale_name.replace("-", "_")))
            fn = _core_translate if _language != "en" else None
            core_i18n.install_translator(fn, locale_name)  # de_DE -> de_AT: its dates

    ctx.events.settings_changed.connect(follow)
    return apply_language(ctx.settings.locale)


def english_dates() -> bool:
    """Whether dates keep PopupPOS's English form ("5 Mar 2026 14:30", the same on every
    machine); any other locale gets its own month names and order from ``QLocale``."""
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def date_edit_format(*, weekday: bool = False) -> str:
    """The display format of a date field in the shop's language: "Wed 25 Nov 2026" in
    English, "Mi., 25. Nov. 2026" in German (the names come from the field's QLocale)."""
    if weekday:
        return translate("i18n", "ddd d MMM yyyy", "a date field with the weekday (QLocale format)")
    return translate("i18n", "d MMM yyyy", "a short date with the year (QLocale format)")


def moment_text(moment: date | datetime, english: str, pattern: str) -> str:
    """``moment`` written with the strftime ``english`` ("%a %d %b") in PopupPOS's English,
    else with the QLocale ``pattern`` (translated by the caller: "ddd, d. MMM") in the
    shop's locale, its own day and month names."""
    if english_dates():
        return moment.strftime(english)
    qdate = QDate(moment.year, moment.month, moment.day)
    if isinstance(moment, datetime):
        return QLocale().toString(QDateTime(qdate, QTime(moment.hour, moment.minute)), pattern)
    return QLocale().toString(qdate, pattern)


def date_text(moment: date | datetime, *, year: bool = True, time: bool = False) -> str:
    """A short date (and time) in the shop's locale, for a locale that is not English:
    "5. März 2026 14:30" in German. English call sites keep their own format."""
    qdate = QDate(moment.year, moment.month, moment.day)
    if year:
        pattern = translate("i18n", "d MMM yyyy", "a short date with the year (QLocale format)")
    else:
        pattern = translate("i18n", "d MMM", "a short date without the year (QLocale format)")
    if time and isinstance(moment, datetime):
        qtime = QTime(moment.hour, moment.minute)
        return QLocale().toString(QDateTime(qdate, qtime), f"{pattern} HH:mm")
    return QLocale().toString(qdate, pattern)
