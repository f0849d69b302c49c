"""How backups are named for the host: when, why, how big."""

from __future__ import annotations

from datetime import datetime, timedelta

REASON_WORDS = {
    "daily": "Daily",
    "shift": "Shift close",
    "manual": "Backed up by hand",
    "before-restore": "Before a restore",
}


def when_text(taken_at: datetime, *, now: datetime | None = None) -> str:
    """A backup's time on this machine's clock: "Today, 14:02", "Yesterday, 09:15",
    "Tue 12 May, 14:02" (with the year when it is not this year's)."""
    local = taken_at.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return f"Today, {clock}"
    if local.date() == today - timedelta(days=1):
        return f"Yesterday, {clock}"
    day = f"{local:%a} {local.day} {local:%b}"
    if local.year != today.year:
        day += f" {local.year}"
    return f"{day}, {clock}"


def size_text(size: int) -> str:
    """Bytes as a host reads them: "812 KB", "2.1 MB", "1.3 GB"."""
    if size < 1000:
        return f"{size} bytes"
    for unit, scale in (("KB", 1000), ("MB", 1000**2), ("GB", 1000**3)):
        if size < scale * 1000 or unit == "GB":
            value = size / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{size} bytes"  # pragma: no cover - the loop always returns


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n:,} {word}s"


def when_in_sentence(taken_at: datetime, *, now: datetime | None = None) -> str:
    """:func:`when_text` for the middle of a sentence: "today, 14:02", "Tue 12 May, 14:02"."""
    text = when_text(taken_at, now=now)
    return text[:1].lower() + text[1:] if text.startswith(("Today", "Yesterday")) else text
