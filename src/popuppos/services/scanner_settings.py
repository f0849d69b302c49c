"""The keyboard-wedge scanner's timing on this stall, kept as settings and read at start.

``scanning.wedge.WedgeSettings`` decides what is a scan: keys at most ``max_gap_ms``
apart, at least ``min_length`` characters, then Enter (or Tab, for a scanner set up with a
Tab suffix). Most USB scanners send keys 1-20 ms apart; a Bluetooth scanner can be slower;
a person types 80-250 ms apart. The bounds keep a setting from ever turning typing into
scans (a gap up to 100 ms) or missing a pass (the longest code stays 256 characters, above
a member pass's 163). Kept per stall in the ``settings`` table (``scanner.*`` keys).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from popuppos.scanning.wedge import DEFAULT_TERMINATORS, WedgeSettings
from popuppos.services.errors import ServiceError
from popuppos.store.db import Database
from popuppos.store.models import Setting

PREFIX = "scanner."
GAP_MIN_MS, GAP_MAX_MS = 10, 100
LENGTH_MIN, LENGTH_MAX = 2, 20
MAX_CODE_LENGTH = 256  # not a setting: a member pass is 163 characters


@dataclass(frozen=True, slots=True)
class ScannerSettings:
    max_gap_ms: int = 35
    min_length: int = 4
    tab_ends_scan: bool = False  # a scanner configured with a Tab suffix instead of Enter

    def wedge(self) -> WedgeSettings:
        """The detector's settings (what ``WedgeScannerFilter(settings=...)`` takes)."""
        terminators = DEFAULT_TERMINATORS | ({"\t"} if self.tab_ends_scan else set())
        return WedgeSettings(
            max_gap_ms=float(self.max_gap_ms),
            min_length=self.min_length,
            max_length=MAX_CODE_LENGTH,
            terminators=frozenset(terminators),
        )


_FIELDS = ("max_gap_ms", "min_length", "tab_ends_scan")


def scanner_problem(s: ScannerSettings) -> str | None:
    if not GAP_MIN_MS <= s.max_gap_ms <= GAP_MAX_MS:
        return (
            f"The pause between a scanner's keys is {GAP_MIN_MS} to {GAP_MAX_MS} ms; "
            "longer, and fast typing would count as scans."
        )
    if not LENGTH_MIN <= s.min_length <= LENGTH_MAX:
        return f"The shortest code is {LENGTH_MIN} to {LENGTH_MAX} characters."
    return None


def load_scanner_settings(conn: Connection) -> ScannerSettings:
    """The saved timing; a stored value out of bounds (edited by hand) falls back to default."""
    rows = conn.execute(
        select(Setting.key, Setting.value).where(Setting.key.in_([PREFIX + f for f in _FIELDS]))
    ).all()
    values: dict[str, Any] = {key.removeprefix(PREFIX): json.loads(raw) for key, raw in rows}
    try:
        found = ScannerSettings(
            max_gap_ms=int(values.get("max_gap_ms", 35)),
            min_length=int(values.get("min_length", 4)),
            tab_ends_scan=bool(values.get("tab_ends_scan", False)),
        )
    except (TypeError, ValueError):
        return ScannerSettings()
    return ScannerSettings() if scanner_problem(found) else found


def get_scanner_settings(db: Database) -> ScannerSettings:
    with db.read() as conn:
        return load_scanner_settings(conn)


def write_scanner_settings(conn: Connection, s: ScannerSettings) -> ScannerSettings:
    """Check and keep ``s`` inside the caller's transaction."""
    problem = scanner_problem(s)
    if problem:
        raise ServiceError(problem)
    for name in _FIELDS:
        raw = json.dumps(getattr(s, name))
        stmt = sqlite_insert(Setting).values(key=PREFIX + name, value=raw)
        conn.execute(stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": raw}))
    return s


def save_scanner_settings(db: Database, s: ScannerSettings) -> ScannerSettings:
    with db.write() as conn:
        return write_scanner_settings(conn, s)
