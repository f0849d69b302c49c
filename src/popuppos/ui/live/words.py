"""The words live mode and the customer display say, as pure functions (no Qt).

Every figure is the data's own: a count is never rounded, a time is only ever the time
to a drop's real end, and a line with nothing true to say is left out (empty string).
"""

from __future__ import annotations

from datetime import datetime

from popuppos.core.drop_rules import DropState
from popuppos.core.i18n import decimal_text
from popuppos.services.calendar import clock
from popuppos.services.drops import SOCIAL_PROOF_MINUTES, DropStatus, local_when
from popuppos.services.receipts import local_time
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate

CONVERSION_TIP = QT_TRANSLATE_NOOP(
    "live/words",
    "Purchases per live minute: the sales completed on this device "
    "since you went live (voided sales not counted; refunded ones "
    "still count, the buying happened live), divided by the minutes "
    "live (seconds ÷ 60, not rounded).",
)


def hms(seconds: float) -> str:
    """A duration as a clock reads it: 4:07, 42:17, 1:02:05 (whole seconds, floored)."""
    s = max(int(seconds), 0)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def span(seconds: float) -> str:
    """A countdown: h:mm:ss within a day, whole days and hours beyond ("2 d 22 h")."""
    if seconds < 86_400:
        return hms(seconds)
    d, rest = divmod(int(seconds), 86_400)
    return f"{d} d {rest // 3600} h"


def countdown(status: DropStatus, now: datetime) -> str:
    """The host's countdown for a drop: to sold out (the count) or to its real end."""
    if status.state is DropState.SOLD_OUT or status.remaining <= 0:
        return translate("live/words", "Sold out")
    end = status.terms.closes_at
    if now >= end:
        return translate("live/words", "Ended")
    if status.state is DropState.SCHEDULED:
        return translate("live/words", "Opens in {span}").format(
            span=span((status.terms.members_from - now).total_seconds())
        )
    return translate("live/words", "Ends in {span}").format(span=span((end - now).total_seconds()))


def time_left(status: DropStatus, now: datetime) -> str:
    """For customers: the real end and the whole minutes to it, calm (no ticking seconds).

    "Ends at 18:00 · 42 min left"; empty when sold out or over (nothing left to time).
    """
    end = status.terms.closes_at
    if status.remaining <= 0 or now >= end:
        return ""
    minutes = int((end - now).total_seconds() // 60)
    if minutes < 1:
        left = translate("live/words", "less than a minute left")
    elif minutes < 60:
        left = translate("live/words", "{minutes} min left").format(minutes=minutes)
    else:
        h, m = divmod(minutes, 60)
        left = (
            translate("live/words", "{h} h {m} min left").format(h=h, m=m)
            if m
            else translate("live/words", "{h} h left").format(h=h)
        )
    return translate("live/words", "Ends at {at} · {left}").format(at=at(end, now), left=left)


def social_proof(sold_recently: int) -> str:
    """One true line, computed from sales; nothing at all when nobody bought lately."""
    if sold_recently <= 0:
        return ""
    return translate(
        "live/words", "{sold_recently} sold in the last {social_proof_minutes} minutes"
    ).format(sold_recently=sold_recently, social_proof_minutes=SOCIAL_PROOF_MINUTES)


def edition_text(status: DropStatus) -> str:
    return translate("live/words", "Limited edition of {edition_size}").format(
        edition_size=status.edition_size
    )


def at(moment: datetime, now: datetime) -> str:
    """A local time, with its day when it is not today."""
    same_day = local_time(moment).date() == local_time(now).date()
    return clock(moment) if same_day else local_when(moment)


def members_note(status: DropStatus, now: datetime) -> str:
    """While members buy first: when everyone may."""
    if status.state is not DropState.MEMBERS_ONLY:
        return ""
    return translate("live/words", "Members first · everyone from {at}").format(
        at=at(status.terms.public_start, now)
    )


def opens_text(status: DropStatus, now: datetime) -> str:
    """The next drop's opening, as the display's idle page says it."""
    t = status.terms
    if t.members_first_minutes > 0:
        return translate("live/words", "Members from {at} · everyone from {at2}").format(
            at=at(t.members_from, now), at2=at(t.public_start, now)
        )
    return translate("live/words", "Opens at {at}").format(at=at(t.public_start, now))


def conversion_text(conversion: float | None) -> str:
    """The rate for display: two decimals below 1, one above ("—" in the first second)."""
    if conversion is None:
        return "—"
    return decimal_text(f"{conversion:.2f}" if conversion < 1 else f"{conversion:.1f}")


def minutes_text(seconds: float) -> str:
    """Live minutes as the conversion divides by them (one decimal)."""
    return decimal_text(f"{seconds / 60:.1f}")
