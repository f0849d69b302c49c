"""Colours and words the planner's timeline, legend and dialogs share.

Each kind on the timeline has a hue: a tint to fill its chip and an accent for its edge
and time. The theme (theme.qss) has no selector for them, so the two sets of event-kind
hues live here; every accent reads at >= 4.5:1 on its tint and on the card. Everything
else (the card, its lines, text, today) is the theme's own token (palettes.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from popuppos.services.calendar import clock
from popuppos.services.plan_timeline import TimelineItem
from popuppos.services.planner import DROP, MEMBER_SESSION, kind_label
from popuppos.ui.calendar.look import day_title, local_date, month_name, weekday_name
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, english_dates, translate
from popuppos.ui.sell.widgets import dark_theme
from popuppos.ui.theme import colour


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
    DROP: Hue("#1d4ed8", ""),  # no fill: the card's own colour
    MEMBER_SESSION: Hue("#6d28d9", ""),
}
_DARK = {
    "free_event": Hue("#4ade80", "#15291d"),
    "live_drop": Hue("#fb7185", "#3a1820"),
    "member_drop": Hue("#2dd4bf", "#123a36"),
    "popup_day": Hue("#fbbf24", "#3a2a12"),
    "pass_release": Hue("#e879f9", "#36173a"),
    DROP: Hue("#60a5fa", ""),
    MEMBER_SESSION: Hue("#a78bfa", ""),
}

#: Where what the planner only shows is edited.
EDITED_ELSEWHERE = {
    DROP: QT_TRANSLATE_NOOP("planner/look", "Drops are set up and edited on the Drops screen."),
    MEMBER_SESSION: QT_TRANSLATE_NOOP(
        "planner/look", "Member sessions are edited on the Member sessions calendar."
    ),
}


def hue(kind: str) -> Hue:
    found = (_DARK if dark_theme() else _LIGHT).get(kind)
    if found is None:  # a kind this version does not know: quiet colours
        return Hue(colour("text-muted"), colour("placeholder"))
    return found if found.fill else Hue(found.accent, colour("surface"))


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
    return Ink(
        *(
            colour(token)
            for token in (
                "surface", "divider", "weekend", "text", "text-muted", "accent", "on-accent",
            )
        )
    )  # fmt: skip


# -- words --------------------------------------------------------------------------------
def _day_month(day: date) -> str:
    """'12 Dec' ('12. Dez' in a German shop)."""
    dot = "" if english_dates() else "."
    return f"{day.day}{dot} {month_name(day.month, short=True).rstrip('.')}"


def short_day(day: date) -> str:
    """'Sat 12 Dec'."""
    return f"{weekday_name(day)} {_day_month(day)}"


def span_title(first: date, last: date) -> str:
    """'30 Nov – 6 Dec', '1 – 7 Mar' (the week's dates on its row)."""
    if first.month == last.month:
        dot = "" if english_dates() else "."
        return f"{first.day}{dot} – {_day_month(last)}"
    return f"{_day_month(first)} – {_day_month(last)}"


def range_title(first: date, last: date) -> str:
    """'30 Nov 2026 – 21 Feb 2027'."""
    return f"{_day_month(first)} {first.year} – {_day_month(last)} {last.year}"


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
    lines.append(
        translate("planner/look", EDITED_ELSEWHERE[item.kind])
        if item.kind in EDITED_ELSEWHERE
        else translate("planner/look", "Click to edit, move or delete it.")
    )
    return "\n".join(lines)
