"""The metrics screen's read over a database of 1,000,000 sales, and a 10,000-line
statement PDF.

Usage (from the repository root)::

    .venv/bin/python bench/reports.py                 # builds once, then reuses the database
    .venv/bin/python bench/reports.py --fresh         # builds again even when one is cached
    .venv/bin/python bench/reports.py --sales 200000 --runs 3

The database (bench/metricsdb.py: the app's schema, three years of sales written by SQLite
itself, about 30 s) is kept in the temp folder under the schema's ``HEAD``; a second run
reuses it and says so.

Timed (median of ``--runs`` after one warm read), on the app's engine (same pragmas; opened
without the start-up integrity check, which on a file this big runs on a thread and would
compete for the cores): ``metrics_report`` for the last 30 days, the screen's default
(``metrics_ms``), for one event (``metrics_event_ms``) and for the last 365 days
(``metrics_365d_ms``), each with its statements timed one by one. The baseline, in the same
process, is a raw ``sqlite3`` COUNT/SUM over the same 30 days of sales (``baseline_ms``;
``ratio`` = metrics_ms / baseline_ms) and over the 365 days (``baseline_365d_ms``). The last
line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).parent))

from metricsdb import END, FMT, app_database, cached_database

from popuppos.services.metrics import Period, PeriodKind, metrics_report, period_of
from popuppos.services.planner import local_day
from popuppos.store.db import Database


# -- timing -------------------------------------------------------------------------------------
def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm: the first read pays for opening files and filling the page cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


class StatementTimes:
    """Each SQL statement's share of a read, by a short name, over the runs of
    :meth:`median_ms`: from its start to the next statement's (or the read's end), so it
    holds the fetch of its rows (a GROUP BY or a UNION ALL does part of its work while
    the rows are fetched) and the Python that turns them into figures."""

    def __init__(self, db: Database) -> None:
        self.runs: list[list[tuple[str, float]]] = []
        event.listen(db.engine, "before_cursor_execute", self._before)

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if self.runs:
            self.runs[-1].append((_name(statement), time.perf_counter()))

    def median_ms(
        self, fn: Callable[[], object], runs: int
    ) -> tuple[float, list[tuple[str, float]]]:
        """The median time of ``fn`` (after one warm run) and each statement's median."""
        fn()  # warm: the first read pays for opening files and filling the page cache
        times, shares = [], []
        for _ in range(runs):
            self.runs.append([("(before the first statement)", time.perf_counter())])
            fn()
            end = time.perf_counter()
            run = self.runs.pop()
            times.append((end - run[0][1]) * 1000)
            ends = [t for _, t in run[1:]] + [end]
            shares.append([(name, (e - t) * 1000) for (name, t), e in zip(run, ends, strict=True)])
        per = [
            (name, statistics.median(run[i][1] for run in shares))
            for i, (name, _) in enumerate(shares[0])
        ]
        return statistics.median(times), [(n, ms) for n, ms in per if n != "BEGIN"]


def _name(statement: str) -> str:
    s = " ".join(statement.split())
    for needle, name in (
        ("BEGIN", "BEGIN"),
        ("FROM plan_events", "events: plan"),
        ("live_sessions.plan_event_id IS NULL", "events: live"),
        ("live_sessions.started_at, live_sessions.ended_at, (SELECT count", "conversion"),
        ("first_at", "repeat window"),
        ("FROM passes", "retention"),
        ("pass_tiers", "revenue: lines"),
        ("count(refunds.id)", "summary: refunds"),
        ("sum(refunds.tip)", "revenue: tips"),
        ("substr(sales.created_at", "summary: hours"),
        ("count(sale_voids.id)", "summary: voids"),
        ("sum(refund_lines.quantity)", "summary: products back"),
        ("WITH sold AS", "summary: hours, products, tenders"),
        ("sale_lines.product_name", "summary: products"),
        ("refund_tenders.method", "summary: tenders back"),
        ("sale_tenders.method", "summary: tenders"),
        ("SELECT refunds.created_at", "summary: refunds by day"),
    ):
        if needle in s:
            return name
    return s[:60]


# -- the statement slot -------------------------------------------------------------------------
def time_statement_10k() -> float | None:
    """STATEMENT SLOT: seconds to build and render a 10,000-line statement PDF, or None when
    the statement module (``documents/statement_sample.py``, another task's) is not there."""
    try:
        from popuppos.documents.statement_sample import statement_pdf_of
    except ImportError as exc:
        print(f"statement_10k_s: null ({exc})", file=sys.stderr)
        return None
    statement_pdf_of(200)  # warm reportlab's fonts
    t = time.perf_counter()
    pdf = statement_pdf_of(10_000)
    seconds = time.perf_counter() - t
    print(f"statement: {len(pdf) / 1e6:.1f} MB PDF", file=sys.stderr)
    return round(seconds, 3)


def _raw_baseline(raw: sqlite3.Connection, period: Period, runs: int) -> float:
    window = (period.start.strftime(FMT), period.end.strftime(FMT))
    return median_ms(
        lambda: raw.execute(
            "SELECT COUNT(*), SUM(total), SUM(tip) FROM sales WHERE created_at >= ?"
            " AND created_at < ?",
            window,
        ).fetchone(),
        runs,
    )


def _print_statements(label: str, times: list[tuple[str, float]]) -> None:
    print(f"  {label}, statement by statement:", file=sys.stderr)
    for name, ms in times:
        print(f"    {ms:8.1f} ms  {name}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sales", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="build even if one is cached")
    args = parser.parse_args()
    began = time.perf_counter()
    path, build_s = cached_database(args.sales, fresh=args.fresh)
    size = path.stat().st_size / 1e9
    if build_s is None:
        print(f"reused the cached database {path} ({size:.1f} GB)", file=sys.stderr)
    else:
        print(f"built {args.sales:,} sales in {build_s:.1f} s: {path} ({size:.1f} GB)",
              file=sys.stderr)  # fmt: skip

    db = app_database(path)
    today = local_day(END)
    month = period_of(PeriodKind.DAYS_30, today=today)
    year = period_of(PeriodKind.CUSTOM, first=today - timedelta(days=364), last=today)
    report = metrics_report(db, month, now=END)
    print(
        f"30 days: {report.summary.sales:,} sales, {len(report.events)} events held, "
        f"{report.metrics.repeat.buyers:,} identified buyers",
        file=sys.stderr,
    )
    event_id = report.events[0].id if report.events else None  # the latest event
    raw = sqlite3.connect(path)
    baseline_ms = _raw_baseline(raw, month, args.runs)
    baseline_year_ms = _raw_baseline(raw, year, max(3, args.runs // 2))
    raw.close()
    timer = StatementTimes(db)
    metrics_ms, month_times = timer.median_ms(lambda: metrics_report(db, month, now=END), args.runs)
    event_ms, _ = timer.median_ms(
        lambda: metrics_report(db, month, event_id=event_id, now=END), args.runs
    )
    year_ms, year_times = timer.median_ms(
        lambda: metrics_report(db, year, now=END), max(3, args.runs // 2)
    )
    db.close()

    statement_s = time_statement_10k()
    ratio = round(metrics_ms / baseline_ms, 1) if baseline_ms else None
    print(f"metrics, 30 days:  {metrics_ms:8.1f} ms (median of {args.runs})", file=sys.stderr)
    print(f"metrics, an event: {event_ms:8.1f} ms", file=sys.stderr)
    print(f"metrics, 365 days: {year_ms:8.1f} ms", file=sys.stderr)
    print(
        f"baseline (raw COUNT/SUM of the sales): 30 days {baseline_ms:.1f} ms, "
        f"365 days {baseline_year_ms:.1f} ms; ratio (30 days) {ratio}x, "
        f"(365 days) {year_ms / baseline_year_ms:.1f}x",
        file=sys.stderr,
    )
    _print_statements("30 days", month_times)
    _print_statements("365 days", year_times)
    total_s = time.perf_counter() - began
    print(f"the whole run: {total_s:.1f} s", file=sys.stderr)
    result = {
        "metrics_ms": round(metrics_ms, 1),
        "statement_10k_s": statement_s,
        "metrics_365d_ms": round(year_ms, 1),
        "baseline_ms": round(baseline_ms, 2),
        "ratio": ratio,
        "baseline_365d_ms": round(baseline_year_ms, 1),
        "metrics_event_ms": round(event_ms, 1),
        "sales": args.sales,
        "build_s": None if build_s is None else round(build_s, 1),
        "cached_db": build_s is None,
        "run_s": round(total_s, 1),
        "date": date.today().isoformat(),
    }
    sys.stderr.flush()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
