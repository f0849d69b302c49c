"""A venue statement as CSV: the same numbers as its PDF, in one table a spreadsheet can filter.

Every row has the same columns; ``record`` says what the row is: ``statement`` (one row,
the totals), ``agreement`` (one per agreement), ``sale`` and ``refund`` (one per line, in
time order). Amounts are decimals in major units with a point ("12.50", "-3.00", no
currency sign; the ``currency`` column names it), written from integers, never floats.
Refunds are negative, as on the PDF. UTF-8, one ``\\n`` per row.
"""

from __future__ import annotations

import csv
import io

from popuppos.core.money import minor_digits
from popuppos.documents.statement_data import StatementData

COLUMNS = (
    "record",
    "statement",
    "partner",
    "period_start",
    "period_end",
    "currency",
    "when",
    "reference",
    "item",
    "category",
    "agreement",
    "lines",
    "gross",
    "tax",
    "refunds",
    "base",
    "rate_percent",
    "share",
    "fees",
    "guarantee_top_up",
    "owed",
    "corrects",
)


def decimal_text(minor: int, digits: int) -> str:
    """``-1250, 2`` -> ``"-12.50"``; ``700, 0`` -> ``"700"`` (integer arithmetic)."""
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{frac:0{digits}d}" if digits else f"{sign}{whole}"


def percent_text(basis_points: int) -> str:
    """``1250`` -> ``"12.50"``."""
    return decimal_text(basis_points, 2)


def render_statement_csv(data: StatementData) -> bytes:
    digits = minor_digits(data.shop.currency)

    def m(minor: int) -> str:
        return decimal_text(minor, digits)

    common = {
        "statement": "" if data.preview else data.number,
        "partner": data.partner.name,
        "period_start": data.period_start.isoformat(),
        "period_end": data.period_end.isoformat(),
        "currency": data.shop.currency,
    }
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerow(
        {
            **common,
            "record": "statement",
            "when": data.issued_at.isoformat(),
            "lines": len(data.lines),
            "gross": m(data.gross),
            "tax": m(sum(a.tax for a in data.agreements)),
            "refunds": m(-data.refunds),
            "base": m(data.base),
            "share": m(data.share),
            "fees": m(data.fees),
            "guarantee_top_up": m(data.top_up),
            "owed": m(data.owed),
            "corrects": data.corrects or "",
        }
    )
    for a in data.agreements:
        writer.writerow(
            {
                **common,
                "record": "agreement",
                "agreement": a.code,
                "item": a.label,
                "reference": a.terms,
                "lines": a.lines,
                "gross": m(a.gross),
                "tax": m(a.tax),
                "refunds": m(-a.refunds),
                "base": m(a.base),
                "rate_percent": percent_text(a.rate_bp),
                "share": m(a.share),
                "fees": m(a.fees),
                "guarantee_top_up": m(a.top_up),
                "owed": m(a.owed),
            }
        )
    for ln in data.lines:
        writer.writerow(
            {
                **common,
                "record": ln.kind,
                "when": ln.at.isoformat(timespec="minutes"),
                "reference": ln.reference,
                "item": ln.item,
                "category": ln.category,
                "agreement": ln.agreement,
                "gross": m(ln.gross),
                "tax": m(ln.tax),
                "base": m(ln.base),
            }
        )
    return buf.getvalue().encode("utf-8")
