"""Colours and words the planner's timeline, legend and dialogs share.

Each kind on the timeline has a hue: a tint to fill its chip and an accent for its edge
and time. The theme (light.qss / dark.qss) has no selector for them, so the two sets live
here, kept in step with the themes' palettes by hand; every accent reads at >= 4.5:1 on
its tint and on the card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from popuppos.services.calendar import clock
from popuppos.services.plan_timeline import TimelineItem
from popuppos.services.planner import DROP, MEMBER_SESSION, kind_label
from popuppos.ui.calendar.look import MONTHS, WEEKDAYS, day_title, local_date
from popuppos.ui.sell.widgets import dark_theme


@dataclass(frozen=True, slots=True)
class Hue:
    accent: str  # the chip's edge, the time, the legend's dot
    fill: str  # the chip's tint


_LIGHT = {
    "free_event": Hue("#15803d", "#e8f5ec"),
    "live_drop": Hue("#be123c", "#fdecef"),
    "member_drop": Hue("#0f766e", "#e3f2ef"),
    "popup_day": Hue("#b45309", "#fdf0df"),
    "pass_release": Hue("#a21caf", "#faeafb"),
    DROP: Hue("#1d4ed8", "#ffffff"),
    MEMBER_SESSION: Hue("#6d28d9", "#ffffff"),
}
_DARK = {
    "free_event": Hue("#4ade80", "#15291d"),
    "live_drop": Hue("#fb7185", "#3a1820"),
    "member_drop": Hue("#2dd4bf", "#123a36"),
    "popup_day": Hue("#fbbf24", "#3a2a12"),
    "pass_release": Hue("#e879f9", "#36173a"),
    DROP: Hue("#60a5fa", "#1f252c"),
    MEMBER_SESSION: Hue("#a78bfa", "#1f252c"),
}
_OTHER = Hue("#5f6b7a", "#f1ede7")

#: Where what the planner only shows is edited.
EDITED_ELSEWHERE = {
    DROP: "Drops are set up and edited on the Drops screen.",
    MEMBER_SESSION: "Member sessions are edited on the Member sessions calendar.",
}


def hue(kind: str) -> Hue:
    return (_DARK if dark_theme() else _LIGHT).get(kind, _OTHER)


@dataclass(frozen=True, slots=True)
class Ink:
    """The card's own colours (the theme's palette), for what the timeline paints."""

    card: str
    hairline: str
    weekend: str
    text: str
    muted: str
    today: str
    on_today: str


def ink() -> Ink:
    if dark_theme():
        return Ink("#1f252c", "#2b323b", "#1b2026", "#e6e8eb", "#9aa4b1", "#14b8a6", "#042f2e")
    return Ink("#ffffff", "#ece8e2", "#faf8f5", "#1e293b", "#5f6b7a", "#0f766e", "#ffffff")


# -- words --------------------------------------------------------------------------------
def short_day(day: date) -> str:
    """'Sat 12 Dec'."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]}"


def span_title(first: date, last: date) -> str:
    """'30 Nov – 6 Dec', '1 – 7 Mar' (the week's dates on its row)."""
    if first.month == last.month:
        return f"{first.day} – {last.day} {MONTHS[last.month - 1][:3]}"
    return f"{first.day} {MONTHS[first.month - 1][:3]} – {last.day} {MONTHS[last.month - 1][:3]}"


def range_title(first: date, last: date) -> str:
    """'30 Nov 2026 – 21 Feb 2027'."""
    return f"{first.day} {MONTHS[first.month - 1][:3]} {first.year} – {last.day} " + (
        f"{MONTHS[last.month - 1][:3]} {last.year}"
    )


def when_text(starts_at: datetime, ends_at: datetime) -> str:
    """'Sat 12 Dec 2026 · 10:00–18:00', or 'Fri 11 Dec 2026 10:00 → Sun 13 Dec 2026 18:00'."""
    first, last = local_date(starts_at), local_date(ends_at)
    if first == last:
        return f"{day_title(first)} · {clock(starts_at)}–{clock(ends_at)}"
    return f"{day_title(first)} {clock(starts_at)} → {day_title(last)} {clock(ends_at)}"


def tooltip(item: TimelineItem) -> str:
    lines = [f"{kind_label(item.kind)}: {item.title}", when_text(item.starts_at, item.ends_at)]
    if item.detail:
        lines.append(item.detail)
    lines.append(EDITED_ELSEWHERE.get(item.kind, "Click to edit, move or delete it."))
    return "\n".join(lines)
