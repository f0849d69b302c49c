"""The metrics screen as CSV: the four numbers (with their counts and definitions) and the
sales summary (totals, by product, by tender, by hour, by day).

Money columns come in pairs: ``*_minor`` (integer minor units, what to add up) and the
same amount as a plain decimal string (``468.00``) made by integer arithmetic; never a
float. Ratios are given as their integer numerator and denominator and a rounded value.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from popuppos.core import metrics as m
from popuppos.core.i18n import translate
from popuppos.core.money import minor_digits
from popuppos.services.metrics import MetricsReport
from popuppos.services.receipts import local_time
from popuppos.services.sales_summary import SalesSummary

METRIC_COLUMNS = (
    "scope",
    "label",
    "from",
    "to",
    "as_of",
    "metric",
    "title",
    "numerator",
    "numerator_unit",
    "denominator",
    "denominator_unit",
    "value",
    "value_unit",
    "detail",
    "definition",
)
SUMMARY_COLUMNS = (
    "section",
    "label",
    "count",
    "quantity",
    "amount_minor",
    "amount",
    "tips_minor",
    "tips",
    "refunded_quantity",
    "refunded_minor",
    "refunded",
    "currency",
)


def decimal_amount(minor: int, currency: str) -> str:
    """``46800`` EUR as ``468.00`` (integer arithmetic, no grouping, no symbol)."""
    digits = minor_digits(currency)
    if digits == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{frac:0{digits}d}"


def _when(moment: datetime) -> str:
    return local_time(moment).replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")


def _seconds_text(micros: int) -> str:
    whole, frac = divmod(micros, 1_000_000)
    return f"{whole}.{frac:06d}"


def metric_rows(ms: m.MetricSet, currency: str) -> list[dict[str, str | int]]:
    """One row per metric, the columns of :data:`METRIC_COLUMNS`."""
    c, r, t, v = ms.conversion, ms.repeat, ms.retention, ms.revenue
    per_event = v.per_event.minor_units()
    share = r.share.decimal(4)
    rows: list[tuple[m.MetricName, int | str, str, int | str, str, str, str, str]] = [
        (
            m.MetricName.CONVERSION,
            c.purchases,
            translate("documents/metrics_csv", "purchases"),
            _seconds_text(c.live_microseconds),
            translate("documents/metrics_csv", "live seconds"),
            c.rate.decimal(2) or "",
            translate("documents/metrics_csv", "purchases per live minute"),
            translate("documents/metrics_csv", "{n} live sessions").format(n=c.sessions),
        ),
        (
            m.MetricName.REPEAT,
            r.repeaters,
            translate("documents/metrics_csv", "repeat buyers"),
            r.eligible,
            translate(
                "documents/metrics_csv", "buyers whose first purchase is {days}+ days old"
            ).format(days=m.REPEAT_DAYS),
            share or "",
            translate("documents/metrics_csv", "share of buyers"),
            translate(
                "documents/metrics_csv",
                "{buyers} buyers; {too_recent} too recent to tell, {returned} of them back already",
            ).format(buyers=r.buyers, too_recent=r.too_recent, returned=r.returned_early),
        ),
        (
            m.MetricName.RETENTION,
            t.sessions_attended,
            translate("documents/metrics_csv", "sessions attended"),
            t.holders,
            translate("documents/metrics_csv", "passes"),
            t.per_holder.decimal(2) or "",
            translate("documents/metrics_csv", "sessions per pass"),
            "",
        ),
        (
            m.MetricName.REVENUE,
            v.total,
            translate("documents/metrics_csv", "{currency} minor units").format(currency=currency),
            v.events_held,
            translate("documents/metrics_csv", "events held"),
            decimal_amount(per_event, currency) if per_event is not None else "",
            translate("documents/metrics_csv", "{currency} per event").format(currency=currency),
            translate(
                "documents/metrics_csv",
                "merch {merch}, tips {tips}, passes {passes}; refunds taken off {refunded}",
            ).format(
                merch=decimal_amount(v.merch, currency),
                tips=decimal_amount(v.tips, currency),
                passes=decimal_amount(v.passes, currency),
                refunded=decimal_amount(v.refunded, currency),
            ),
        ),
    ]
    base: dict[str, str | int] = {
        "scope": ms.scope,
        "label": ms.label,
        "from": _when(ms.start),
        "to": _when(ms.end),
        "as_of": _when(ms.as_of),
    }
    return [
        {
            **base,
            "metric": name.value,
            "title": m.TITLES[name],
            "numerator": num,
            "numerator_unit": num_unit,
            "denominator": den,
            "denominator_unit": den_unit,
            "value": value,
            "value_unit": value_unit,
            "detail": detail,
            "definition": m.DEFINITIONS[name],
        }
        for name, num, num_unit, den, den_unit, value, value_unit, detail in rows
    ]


def summary_rows(s: SalesSummary, currency: str) -> list[dict[str, str | int]]:
    """The summary's rows, the columns of :data:`SUMMARY_COLUMNS` (blank where n/a)."""

    def row(
        section: str,
        label: str,
        *,
        count: int | None = None,
        quantity: int | None = None,
        amount: int | None = None,
        tips: int | None = None,
        refunded_quantity: int | None = None,
        refunded: int | None = None,
    ) -> dict[str, str | int]:
        def money(minor: int | None) -> tuple[str | int, str]:
            return ("", "") if minor is None else (minor, decimal_amount(minor, currency))

        amount_minor, amount_text = money(amount)
        tips_minor, tips_text = money(tips)
        back_minor, back_text = money(refunded)
        return {
            "section": section,
            "label": label,
            "count": "" if count is None else count,
            "quantity": "" if quantity is None else quantity,
            "amount_minor": amount_minor,
            "amount": amount_text,
            "tips_minor": tips_minor,
            "tips": tips_text,
            "refunded_quantity": "" if refunded_quantity is None else refunded_quantity,
            "refunded_minor": back_minor,
            "refunded": back_text,
            "currency": currency,
        }

    out = [
        row(
            "totals",
            translate("documents/metrics_csv", "Sales"),
            count=s.sales,
            quantity=s.units,
            amount=s.takings,
            tips=s.tips,
        ),
        row(
            "totals",
            translate("documents/metrics_csv", "Refunds"),
            count=s.refunds,
            refunded=s.refunded,
            tips=s.refunded_tips,
        ),
        row("totals", translate("documents/metrics_csv", "Voids"), count=s.voids, amount=s.voided),
        row("totals", translate("documents/metrics_csv", "Net"), amount=s.net),
    ]
    out += [
        row(
            "product", p.label, quantity=p.quantity, amount=p.takings,
            refunded_quantity=p.refunded_quantity, refunded=p.refunded,
        )
        for p in s.by_product
    ]  # fmt: skip
    out += [
        row("tender", t.method, count=t.payments, amount=t.taken, refunded=t.refunded)
        for t in s.by_tender
    ]
    out += [row("hour", f"{h.hour:02d}:00", count=h.sales, amount=h.takings) for h in s.by_hour]
    out += [
        row(
            "day",
            d.day.isoformat(),
            count=d.sales,
            amount=d.takings,
            tips=d.tips,
            refunded=d.refunded,
        )
        for d in s.by_day
    ]
    return out


def to_csv(columns: Sequence[str], rows: Iterable[dict[str, str | int]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def file_stem(report: MetricsReport) -> str:
    """``2026-05-01_to_2026-05-30`` or the event's day and a safe title."""
    if report.event is not None:
        day = local_time(report.event.starts_at).date().isoformat()
        safe = "".join(ch if ch.isalnum() else "-" for ch in report.event.title.lower())
        return f"{day}_{'-'.join(p for p in safe.split('-') if p)[:40]}"
    p = report.period
    return p.first.isoformat() if p.first == p.last else f"{p.first}_to_{p.last}"


def export_csv(report: MetricsReport, folder: Path, currency: str) -> tuple[Path, Path]:
    """Write ``metrics_<stem>.csv`` and ``sales-summary_<stem>.csv`` into ``folder``."""
    stem = file_stem(report)
    metrics_path = folder / f"metrics_{stem}.csv"
    summary_path = folder / f"sales-summary_{stem}.csv"
    metrics_text = to_csv(METRIC_COLUMNS, metric_rows(report.metrics, currency))
    summary_text = to_csv(SUMMARY_COLUMNS, summary_rows(report.summary, currency))
    metrics_path.write_text(metrics_text, encoding="utf-8")
    summary_path.write_text(summary_text, encoding="utf-8")
    return metrics_path, summary_path
