"""A small shop with sales for the backup tests, and a way to damage a database file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from helpers import DEFAULT_PRODUCTS, Item, cart_of, seed_products
from popuppos.core.tender import cash_for
from popuppos.services import checkout, shifts
from popuppos.store.db import Database

#: Tables whose rows a restore or a backup must carry over exactly.
SALE_TABLES = ("products", "variants", "shifts", "sales", "sale_lines", "sale_tenders", "outbox")


def stock_shop(db: Database) -> dict[str, Item]:
    """Products (two of them with stock for thousands of sales), an open shift, no sales."""
    bulk = (
        ("Badge", "Paper", 0, (("", "BADGE", 200, 1_000_000),)),
        ("Card", "Paper", 0, (("", "CARD", 150, 1_000_000),)),
    )
    items = seed_products(db, DEFAULT_PRODUCTS + bulk)
    shifts.open_shift(db, opened_by="Ann", opening_float=5_000)
    return items


def sell(
    db: Database, items: dict[str, Item], count: int = 1, skus: tuple[str, str] = ("MUG", "TEA")
) -> list[str]:
    """``count`` cash sales of two lines (a mug and a tea, 2050); returns their ids."""
    ids = []
    for _ in range(count):
        cart = cart_of(items[skus[0]].line(), items[skus[1]].line())
        due = cart.priced().total
        ids.append(checkout.complete_sale(db, cart, [cash_for(due, due)], cashier="Ann").id)
    return ids


def counts(path: Path, tables: tuple[str, ...] = SALE_TABLES) -> dict[str, int]:
    """Row counts read straight from a database file (read-only)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check``'s answer (["ok"] for a sound file); a file so damaged that
    SQLite refuses to check it answers with the error."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [f"error: {exc}"]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, name: str) -> None:
    """Overwrite the cell area at the end of the root page of table or index ``name``.

    The file must be closed and checkpointed (no -wal with content). The caller checks
    that ``PRAGMA integrity_check`` really fails afterwards.
    """
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "checkpoint (close) the database first"
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = (
            (1,)  # the schema table itself is page 1
            if name == "sqlite_master"
            else conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
            ).fetchone()
        )
    finally:
        conn.close()
    with path.open("r+b") as fh:
        fh.seek(root * page_size - 512)
        fh.write(bytes(range(256)) * 2)
