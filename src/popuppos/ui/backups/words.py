"""How backups are named for the host: when, why, how big."""

from __future__ import annotations

from datetime import datetime, timedelta

from popuppos.core.i18n import decimal_text, number_text
from popuppos.ui.calendar.look import month_name, weekday_name
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, english_dates, translate

REASON_WORDS = {  # in English; shown through reason_text()
    "daily": QT_TRANSLATE_NOOP("backups/words", "Daily"),
    "shift": QT_TRANSLATE_NOOP("backups/words", "Shift close"),
    "manual": QT_TRANSLATE_NOOP("backups/words", "Backed up by hand"),
    "before-restore": QT_TRANSLATE_NOOP("backups/words", "Before a restore"),
}
_PLURALS = {  # "1 table", "2 tables": both forms, for languages that change more
    "older backup": (
        QT_TRANSLATE_NOOP("backups/words", "{n} older backup"),
        QT_TRANSLATE_NOOP("backups/words", "{n} older backups"),
    ),
    "oldest backup": (
        QT_TRANSLATE_NOOP("backups/words", "{n} oldest backup"),
        QT_TRANSLATE_NOOP("backups/words", "{n} oldest backups"),
    ),
    "table": (
        QT_TRANSLATE_NOOP("backups/words", "{n} table"),
        QT_TRANSLATE_NOOP("backups/words", "{n} tables"),
    ),
    "row": (
        QT_TRANSLATE_NOOP("backups/words", "{n} row"),
        QT_TRANSLATE_NOOP("backups/words", "{n} rows"),
    ),
}


def reason_text(reason: str) -> str:
    """Why a backup was made, in the shop's language ("Daily", "Shift close")."""
    words = REASON_WORDS.get(reason)
    return reason if words is None else translate("backups/words", words)


def when_text(taken_at: datetime, *, now: datetime | None = None) -> str:
    """A backup's time on this machine's clock: "Today, 14:02", "Yesterday, 09:15",
    "Tue 12 May, 14:02" (with the year when it is not this year's)."""
    return _when(taken_at, now)[0]


def _when(taken_at: datetime, now: datetime | None) -> tuple[str, bool]:
    """(the words, whether they are "Today"/"Yesterday")."""
    local = taken_at.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return translate("backups/words", "Today, {clock}").format(clock=clock), True
    if local.date() == today - timedelta(days=1):
        return translate("backups/words", "Yesterday, {clock}").format(clock=clock), True
    if english_dates():
        day = f"{local:%a} {local.day} {local:%b}"
    else:
        day = f"{weekday_name(local.date())} {local.day}. {month_name(local.month, short=True)}"
    if local.year != today.year:
        day += f" {local.year}"
    return f"{day}, {clock}", False


def size_text(size: int) -> str:
    """Bytes as a host reads them: "812 KB", "2.1 MB", "1.3 GB"."""
    if size < 1000:
        return translate("backups/words", "{size} bytes").format(size=size)
    for unit, scale in (("KB", 1000), ("MB", 1000**2), ("GB", 1000**3)):
        if size < scale * 1000 or unit == "GB":
            value = size / scale
            return decimal_text(f"{value:.1f}" if value < 10 else f"{value:.0f}") + f" {unit}"
    return translate("backups/words", "{size} bytes").format(
        size=size
    )  # pragma: no cover - the loop always returns


def plural(n: int, word: str) -> str:
    one, many = _PLURALS[word]
    return translate("backups/words", one if n == 1 else many).format(n=number_text(n))


def when_in_sentence(taken_at: datetime, *, now: datetime | None = None) -> str:
    """:func:`when_text` for the middle of a sentence: "today, 14:02", "Tue 12 May, 14:02"."""
    text, relative = _when(taken_at, now)
    return text[:1].lower() + text[1:] if relative else text
