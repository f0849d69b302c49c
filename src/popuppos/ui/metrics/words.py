"""What the metric cards say: the big figure, its unit and one line of counts, from a
:class:`~popuppos.core.metrics.MetricSet` (plain strings; no Qt)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from popuppos.core import metrics as m


@dataclass(frozen=True, slots=True)
class CardText:
    value: str  # the big figure, "—" when there is none
    unit: str
    detail: str


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def conversion(ms: m.MetricSet) -> CardText:
    c = ms.conversion
    if not c.sessions:
        return CardText("—", "purchases per live minute", "No live session in this period")
    minutes = m.Ratio(c.live_microseconds, m.MICROSECONDS_PER_MINUTE).decimal(1)
    detail = f"{_n(c.purchases, 'purchase')} in {minutes} live minutes"
    detail += f" · {_n(c.sessions, 'session')}"
    return CardText(m.conversion_text(c.rate), "purchases per live minute", detail)


def repeat(ms: m.MetricSet) -> CardText:
    r = ms.repeat
    unit = f"bought again within {m.REPEAT_DAYS} days"
    if not r.buyers:
        return CardText("—", unit, "No member bought in this period")
    later = ""
    if r.too_recent:
        back = f" ({r.returned_early} back already)" if r.returned_early else ""
        later = f"{_n(r.too_recent, 'buyer')} still inside their {m.REPEAT_DAYS} days{back}"
    if not r.eligible:
        return CardText("—", unit, f"Too early to tell: {later}")
    detail = f"{r.repeaters} of {_n(r.eligible, 'buyer')}"
    return CardText(m.repeat_text(r.share), unit, f"{detail} · {later}" if later else detail)


def retention(ms: m.MetricSet) -> CardText:
    t = ms.retention
    if not t.holders:
        return CardText("—", "sessions per pass", "No pass was valid in this period")
    detail = f"{_n(t.sessions_attended, 'session')} attended · {_n(t.holders, 'pass', 'passes')}"
    return CardText(m.retention_text(t.per_holder), "sessions attended per pass", detail)


def revenue(ms: m.MetricSet, money: Callable[[int], str]) -> CardText:
    v = ms.revenue
    per_event = v.per_event.minor_units()
    if per_event is None:
        return CardText("—", "per micro-event", "No event held in this period")
    detail = f"{money(v.total)} from {_n(v.events_held, 'event')}"
    parts = [f"merch {money(v.merch)}"]
    if v.tips:
        parts.append(f"tips {money(v.tips)}")
    if v.passes:
        parts.append(f"passes {money(v.passes)}")
    return CardText(money(per_event), "per micro-event", f"{detail} · {', '.join(parts)}")


def card_texts(ms: m.MetricSet, money: Callable[[int], str]) -> dict[m.MetricName, CardText]:
    return {
        m.MetricName.CONVERSION: conversion(ms),
        m.MetricName.REPEAT: repeat(ms),
        m.MetricName.RETENTION: retention(ms),
        m.MetricName.REVENUE: revenue(ms, money),
    }


def tooltip(name: m.MetricName) -> str:
    """The card's tooltip: its title and the precise definition."""
    return f"<p><b>{html.escape(m.TITLES[name])}</b></p><p>{html.escape(m.DEFINITIONS[name])}</p>"
