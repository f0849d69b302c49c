"""Everything in the shop's database as one zip: a CSV file per table and a manifest.

The zip holds ``<table>.csv`` for every table (a header row of column names, then the rows
as stored: money in integer minor units, percentages in basis points, times in UTC) and
``manifest.json`` with the app version, the schema revision, when it was exported and
each table's row count. All tables are read in one transaction, so the counts agree with
each other. Secrets stay out: this device's pass-signing private key, its hub token and the
manager PIN's hash are blanked, and the manifest lists what was withheld.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

from popuppos import __version__
from popuppos.services.shop import load_settings
from popuppos.store.backup import BackupProblem, cannot_write
from popuppos.store.db import Database

FORMAT = "popuppos-export"
FORMAT_VERSION = 1

#: (table, column) whose values never leave the device; blanked in the CSV.
WITHHELD_COLUMNS = {("signing_keys", "private_key"), ("hub_credential", "token")}
#: settings rows whose value is withheld (by key).
WITHHELD_SETTINGS = {"manager_pin_hash"}


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    tables: dict[str, int]  # table -> rows written
    size: int  # bytes

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _tables(conn: Connection) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        )
    ]


def _columns(conn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(text(f'PRAGMA table_info("{table}")'))]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, float):  # never money (money is integer), but keep it exact
        return repr(value)
    return str(value)


def _write_table(
    conn: Connection, table: str, columns: list[str], out: Any
) -> tuple[int, list[str]]:
    """Write one table's CSV to ``out``; returns (rows, withheld column names)."""
    blank = {i for i, c in enumerate(columns) if (table, c) in WITHHELD_COLUMNS}
    key_at = columns.index("key") if table == "settings" and "key" in columns else None
    value_at = columns.index("value") if key_at is not None else None
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    withheld: set[str] = {columns[i] for i in blank}
    quoted = ", ".join(f'"{c}"' for c in columns)
    for row in conn.execute(text(f'SELECT {quoted} FROM "{table}"')):
        cells = [("" if i in blank else _cell(v)) for i, v in enumerate(row)]
        if key_at is not None and value_at is not None and row[key_at] in WITHHELD_SETTINGS:
            cells[value_at] = ""
            withheld.add(f"value of {row[key_at]}")
        writer.writerow(cells)
        count += 1
    return count, sorted(withheld)


def _scalar(conn: Connection, sql: str) -> Any:
    try:
        return conn.execute(text(sql)).scalar()
    except Exception:
        return None


def export_everything(db: Database, target: Path, *, now: datetime | None = None) -> Exported:
    """Write the zip to ``target`` (replacing it whole, or leaving it as it was on failure)."""
    exported_at = (now or datetime.now(UTC)).astimezone(UTC)
    part = target.with_name(target.name + ".part")
    counts: dict[str, int] = {}
    entries: list[dict[str, Any]] = []
    withheld: list[str] = []
    try:
        with (
            db.read() as conn,
            zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as zf,
        ):
            for table in _tables(conn):
                columns = _columns(conn, table)
                name = f"{table}.csv"
                with (
                    zf.open(name, "w", force_zip64=True) as raw,
                    io.TextIOWrapper(raw, encoding="utf-8", newline="") as out,
                ):
                    rows, hidden = _write_table(conn, table, columns, out)
                counts[table] = rows
                entries.append({"name": table, "file": name, "rows": rows, "columns": columns})
                withheld.extend(f"{table}: {h}" for h in hidden)
            manifest = _manifest(conn, db, exported_at, entries, withheld)
            zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        with part.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, target)
    except OSError as exc:
        _remove(part)
        raise BackupProblem(
            cannot_write(target.parent, exc) + " Nothing in the shop was changed."
        ) from None
    except BaseException:
        _remove(part)
        raise
    return Exported(target, counts, target.stat().st_size)


def _manifest(
    conn: Connection,
    db: Database,
    exported_at: datetime,
    entries: Iterable[dict[str, Any]],
    withheld: list[str],
) -> dict[str, Any]:
    settings = load_settings(conn)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app": "PopupPOS",
        "app_version": __version__,
        "migration_revision": _scalar(conn, "SELECT version_num FROM alembic_version"),
        "exported_at": exported_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "device_id": db.device_id,
        "shop_name": settings.shop_name,
        "currency": settings.currency,
        "conventions": {
            "money": "integers in minor units of the currency (cents for EUR), never decimals",
            "percentages": "integers in basis points (2300 = 23 %)",
            "times": "UTC, as stored",
            "empty cell": "NULL or empty text",
        },
        "tables": list(entries),
        "withheld": withheld,
    }


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
