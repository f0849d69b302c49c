"""Colours and words the calendar and check-in screens share.

The theme (resources/style/light.qss) has no selectors for a check-in verdict or a calendar
day, so these few colours live here, taken from the theme's palette and kept in step with
dark.qss by hand (``dark_theme()`` picks the set).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from popuppos.core.pass_token import format_day
from popuppos.services.calendar import SessionInfo, clock
from popuppos.services.checkin import CheckInKind, CheckInResult
from popuppos.services.receipts import local_time
from popuppos.ui.sell.widgets import dark_theme

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
    "idle": Tone("#ffffff", "#ebe6df", "#1e293b"),
    "ok": Tone("#e7f5ec", "#16a34a", "#14532d"),
    "already": Tone("#fef6e4", "#d97706", "#78350f"),
    "refused": Tone("#fbeceb", "#b42318", "#7f1d1d"),
}
_DARK_TONES = {
    "idle": Tone("#1f252c", "#2b323b", "#e6e8eb"),
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
    return (_DARK_TONES if dark_theme() else _LIGHT_TONES)[name]


def tone_of(result: CheckInResult) -> str:
    if result.kind is CheckInKind.CHECKED_IN:
        return "ok"
    return "already" if result.kind is CheckInKind.ALREADY else "refused"


def page_background() -> str:
    return "#15191e" if dark_theme() else "#f7f5f2"


def today_tint() -> Tone:
    """The calendar's "today" (teal) and the page's hairline, per theme."""
    if dark_theme():
        return Tone("#14b8a6", "#2b323b", "#042f2e")
    return Tone("#0f766e", "#e7e2da", "#ffffff")


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


def day_title(day: date) -> str:
    """'Tue 12 May 2026'."""
    return f"{WEEKDAYS[day.weekday()]} {format_day(day)}"


def session_when(s: SessionInfo) -> str:
    """'Tue 12 May 2026 · 18:00–19:00'."""
    return f"{day_title(local_date(s.starts_at))} · {time_range(s)}"


def week_title(first: date, last: date) -> str:
    """'12 – 18 May 2026', '28 Apr – 4 May 2026', '29 Dec 2025 – 4 Jan 2026'."""
    if first.year != last.year:
        return f"{first.day} {MONTHS[first.month - 1][:3]} {first.year} – {format_day(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTHS[first.month - 1][:3]} – {format_day(last)}"
    return f"{first.day} – {format_day(last)}"


def month_title(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def month_grid(day: date) -> tuple[date, date]:
    """The Monday before the month's first day to the Sunday after its last (whole weeks)."""
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first - timedelta(days=first.weekday()), last + timedelta(days=6 - last.weekday())


def seats_text(s: SessionInfo) -> str:
    """'8/12 booked · 2 waiting' (members holding a seat, booked or checked in)."""
    text = f"{s.taken}/{s.capacity} booked"
    if s.waitlisted:
        text += f" · {s.waitlisted} waiting"
    return text


def minutes_text(n: int) -> str:
    hours, minutes = divmod(n, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"
