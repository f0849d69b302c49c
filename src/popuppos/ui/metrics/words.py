"""What the metric cards say: the big figure, its unit and one line of counts, from a
:class:`~popuppos.core.metrics.MetricSet` (plain strings; no Qt)."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from popuppos.core import metrics as m
from popuppos.core.i18n import decimal_text
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class CardText:
    value: str  # the big figure, "—" when there is none
    unit: str
    detail: str


_PLURALS = {  # "1 buyer", "2 buyers": both forms, for languages that change more
    "purchase": (
        QT_TRANSLATE_NOOP("metrics/words", "{n} purchase"),
        QT_TRANSLATE_NOOP("metrics/words", "{n} purchases"),
    ),
    "session": (
        QT_TRANSLATE_NOOP("metrics/words", "{n} session"),
        QT_TRANSLATE_NOOP("metrics/words", "{n} sessions"),
    ),
    "buyer": (
        QT_TRANSLATE_NOOP("metrics/words", "{n} buyer"),
        QT_TRANSLATE_NOOP("metrics/words", "{n} buyers"),
    ),
    "pass": (
        QT_TRANSLATE_NOOP("metrics/words", "{n} pass"),
        QT_TRANSLATE_NOOP("metrics/words", "{n} passes"),
    ),
    "event": (
        QT_TRANSLATE_NOOP("metrics/words", "{n} event"),
        QT_TRANSLATE_NOOP("metrics/words", "{n} events"),
    ),
}


def _n(count: int, one: str) -> str:
    single, many = _PLURALS[one]
    return translate("metrics/words", single if count == 1 else many).format(n=count)


def conversion(ms: m.MetricSet) -> CardText:
    c = ms.conversion
    if not c.sessions:
        return CardText(
            "—",
            translate("metrics/words", "purchases per live minute"),
            translate("metrics/words", "No live session in this period"),
        )
    minutes = decimal_text(
        m.Ratio(c.live_microseconds, m.MICROSECONDS_PER_MINUTE).decimal(1) or "0"
    )
    detail = translate("metrics/words", "{purchases} in {minutes} live minutes").format(
        purchases=_n(c.purchases, "purchase"), minutes=minutes
    )
    detail += f" · {_n(c.sessions, 'session')}"
    return CardText(
        m.conversion_text(c.rate), translate("metrics/words", "purchases per live minute"), detail
    )


def repeat(ms: m.MetricSet) -> CardText:
    r = ms.repeat
    unit = translate("metrics/words", "bought again within {repeat_days} days").format(
        repeat_days=m.REPEAT_DAYS
    )
    if not r.buyers:
        return CardText("—", unit, translate("metrics/words", "No member bought in this period"))
    later = ""
    if r.too_recent:
        back = (
            translate("metrics/words", " ({returned_early} back already)").format(
                returned_early=r.returned_early
            )
            if r.returned_early
            else ""
        )
        later = translate(
            "metrics/words", "{buyers} still inside their {repeat_days} days{back}"
        ).format(buyers=_n(r.too_recent, "buyer"), repeat_days=m.REPEAT_DAYS, back=back)
    if not r.eligible:
        return CardText(
            "—", unit, translate("metrics/words", "Too early to tell: {later}").format(later=later)
        )
    detail = translate("metrics/words", "{repeaters} of {buyers}").format(
        repeaters=r.repeaters, buyers=_n(r.eligible, "buyer")
    )
    return CardText(m.repeat_text(r.share), unit, f"{detail} · {later}" if later else detail)


def retention(ms: m.MetricSet) -> CardText:
    t = ms.retention
    if not t.holders:
        return CardText(
            "—",
            translate("metrics/words", "sessions per pass"),
            translate("metrics/words", "No pass was valid in this period"),
        )
    detail = translate("metrics/words", "{sessions} attended · {passes}").format(
        sessions=_n(t.sessions_attended, "session"), passes=_n(t.holders, "pass")
    )
    return CardText(
        m.retention_text(t.per_holder),
        translate("metrics/words", "sessions attended per pass"),
        detail,
    )


def revenue(ms: m.MetricSet, money: Callable[[int], str]) -> CardText:
    v = ms.revenue
    per_event = v.per_event.minor_units()
    if per_event is None:
        return CardText(
            "—",
            translate("metrics/words", "per micro-event"),
            translate("metrics/words", "No event held in this period"),
        )
    detail = translate("metrics/words", "{total} from {events}").format(
        total=money(v.total), events=_n(v.events_held, "event")
    )
    parts = [translate("metrics/words", "merch {merch}").format(merch=money(v.merch))]
    if v.tips:
        parts.append(translate("metrics/words", "tips {tips}").format(tips=money(v.tips)))
    if v.passes:
        parts.append(translate("metrics/words", "passes {passes}").format(passes=money(v.passes)))
    return CardText(
        money(per_event),
        translate("metrics/words", "per micro-event"),
        f"{detail} · {', '.join(parts)}",
    )


def card_texts(ms: m.MetricSet, money: Callable[[int], str]) -> dict[m.MetricName, CardText]:
    return {
        m.MetricName.CONVERSION: conversion(ms),
        m.MetricName.REPEAT: repeat(ms),
        m.MetricName.RETENTION: retention(ms),
        m.MetricName.REVENUE: revenue(ms, money),
    }


def tooltip(name: m.MetricName) -> str:
    """The card's tooltip: its title and the precise definition."""
    title = translate("core/metrics", m.TITLES[name])
    return f"<p><b>{html.escape(title)}</b></p><p>{html.escape(m.definition(name))}</p>"
