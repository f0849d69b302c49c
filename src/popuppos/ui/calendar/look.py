"""Colours and words the calendar and check-in screens share.

The theme (resources/style/theme.qss) has no selectors for a check-in verdict or a calendar
day. A verdict's tints (green, amber, red) are their own light and dark sets here
(``dark_theme()`` picks one); every other colour is the theme's token
(resources/style/palettes.json), read when asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from popuppos.core.pass_token import format_day
from popuppos.services.calendar import SessionInfo, clock
from popuppos.services.checkin import CheckInKind, CheckInResult
from popuppos.services.receipts import local_time
from popuppos.ui.i18n import date_text, english_dates, translate
from popuppos.ui.qt import QLocale
from popuppos.ui.sell.widgets import dark_theme
from popuppos.ui.theme import colour

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Tone:
    background: str
    border: str
    text: str


# A verdict on the host's screen: a tinted panel (WCAG AA text on each tint).
_LIGHT_TONES = {
    "ok": Tone("#e7f5ec", "#16a34a", "#14532d"),
    "already": Tone("#fef6e4", "#d97706", "#78350f"),
    "refused": Tone("#fbeceb", "#b42318", "#7f1d1d"),
}
_DARK_TONES = {
    "ok": Tone("#12301f", "#22c55e", "#bbf7d0"),
    "already": Tone("#3a2f12", "#f59e0b", "#fcd34d"),
    "refused": Tone("#3b1c1c", "#f87171", "#fecaca"),
}
# A verdict on the kiosk: the whole screen, white text (>= 4.5:1 on each).
KIOSK_TONES = {
    "ok": Tone("#15803d", "#15803d", "#ffffff"),
    "already": Tone("#b45309", "#b45309", "#ffffff"),
    "refused": Tone("#b42318", "#b42318", "#ffffff"),
}
GLYPHS = {"ok": "✓", "already": "✓", "refused": "✕", "idle": ""}


def list_colour(name: str) -> str:
    """A verdict's colour as text on a card (AA on white, and on the dark theme's cards)."""
    if dark_theme():
        return {"ok": "#4ade80", "already": "#fcd34d", "refused": "#fca5a5"}[name]
    return {"ok": "#15803d", "already": "#b45309", "refused": "#b42318"}[name]


def tone(name: str) -> Tone:
    if name == "idle":  # no verdict yet: a plain card
        return Tone(colour("surface"), colour("card-border"), colour("text"))
    return (_DARK_TONES if dark_theme() else _LIGHT_TONES)[name]


def tone_of(result: CheckInResult) -> str:
    if result.kind is CheckInKind.CHECKED_IN:
        return "ok"
    return "already" if result.kind is CheckInKind.ALREADY else "refused"


def page_background() -> str:
    return colour("window")


def today_tint() -> Tone:
    """The calendar's "today" (teal) and the page's hairline, per theme."""
    return Tone(colour("accent"), colour("hairline"), colour("on-accent"))


def detail_worth_showing(result: CheckInResult) -> str:
    """The result's detail unless it only repeats the headline ("This pass expired on …")."""
    detail = result.detail.strip()
    if not detail or result.headline.lower() in detail.lower():
        return ""
    return detail


# -- dates and times ---------------------------------------------------------------------------
def local_date(moment: datetime) -> date:
    return local_time(moment).date()


def time_range(s: SessionInfo) -> str:
    """'18:00–19:00' in local time."""
    return f"{clock(s.starts_at)}–{clock(s.ends_at)}"


def weekday_name(day: date) -> str:
    """'Tue' ('Di.' in a German shop: the shop's locale names the days)."""
    if english_dates():
        return WEEKDAYS[day.weekday()]
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def weekday_names() -> tuple[str, ...]:
    """Monday to Sunday, short, in the shop's language."""
    monday = date(2024, 1, 1)
    return tuple(weekday_name(monday + timedelta(days=n)) for n in range(7))


def month_name(month: int, *, short: bool = False) -> str:
    """'May' / 'Mai', or its short form 'Mar' / 'März' ('Mär' in Qt's German)."""
    if english_dates():
        return MONTHS[month - 1][:3] if short else MONTHS[month - 1]
    if short:  # "Nov." beside a day, as QLocale writes dates
        return QLocale().monthName(month, QLocale.FormatType.ShortFormat)
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def short_date(day: date, *, weekday: bool = False, year: bool = False) -> str:
    """'24 Nov', 'Tue 24 Nov', '24 Nov 2026' ('Di. 24. Nov. 2026' in a German shop)."""
    dot = "" if english_dates() else "."
    text = f"{day.day}{dot} {month_name(day.month, short=True)}"
    if weekday:
        text = f"{weekday_name(day)} {text}"
    return f"{text} {day.year}" if year else text


def _day(day: date) -> str:
    return format_day(day) if english_dates() else date_text(day)


def day_title(day: date) -> str:
    """'Tue 12 May 2026'."""
    return f"{weekday_name(day)} {_day(day)}"


def session_when(s: SessionInfo) -> str:
    """'Tue 12 May 2026 · 18:00–19:00'."""
    return f"{day_title(local_date(s.starts_at))} · {time_range(s)}"


def week_title(first: date, last: date) -> str:
    """'12 – 18 May 2026', '28 Apr – 4 May 2026', '29 Dec 2025 – 4 Jan 2026'."""
    if first.year != last.year:
        return f"{_day(first)} – {_day(last)}"
    if first.month != last.month:
        if not english_dates():
            return f"{date_text(first, year=False)} – {_day(last)}"
        return f"{first.day} {month_name(first.month, short=True)} – {_day(last)}"
    if not english_dates():
        return f"{first.day}. – {_day(last)}"
    return f"{first.day} – {_day(last)}"


def month_title(day: date) -> str:
    return f"{month_name(day.month)} {day.year}"


def month_grid(day: date) -> tuple[date, date]:
    """The Monday before the month's first day to the Sunday after its last (whole weeks)."""
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first - timedelta(days=first.weekday()), last + timedelta(days=6 - last.weekday())


def seats_text(s: SessionInfo) -> str:
    """'8/12 booked · 2 waiting' (members holding a seat, booked or checked in)."""
    text = translate("calendar/look", "{taken}/{capacity} booked").format(
        taken=s.taken, capacity=s.capacity
    )
    if s.waitlisted:
        text += translate("calendar/look", " · {waitlisted} waiting").format(
            waitlisted=s.waitlisted
        )
    return text


def minutes_text(n: int) -> str:
    hours, minutes = divmod(n, 60)
    if hours and minutes:
        return translate("calendar/look", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    return (
        f"{hours} h"
        if hours
        else translate("calendar/look", "{minutes} min").format(minutes=minutes)
    )
