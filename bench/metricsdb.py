"""The bench database for bench/reports.py: 1,000,000 sales over three years, built fast
and kept between runs.

The database has the app's schema from its own migrations, then raw rows written by SQLite
itself in one transaction (``INSERT ... SELECT`` from a recursive CTE with a fixed integer
scramble, so every run has the same data; measured faster than ``executemany`` from Python,
which took 14 s + 4 s to make the tuples for the 2,000,000 lines that SQLite writes from its
own SELECT in 8-10 s; the small tables do use ``executemany``): 400 products, 20,000
members, three years of 1,000,000 sales (~900 a day; 30 % to a member, 20 % with a tip,
one to three lines each, a pass line now and then; 0.5 % of lines refunded, 0.3 % of sales
voided), a plan event every third day, a live session every third day (every other one
under a plan event), 2,000 passes, 500 member sessions and 20,000 check-ins. The build
writes with ``synchronous=OFF`` and no journal (a throw-away file), builds the two indexes
whose keys come in random order (a line's product, a sale's member) after the rows, and does
not ``ANALYZE`` (the app never does, so the query plans are the app's); about 30 s. It is
kept in ``<temp>/popuppos-bench/``, named for the sales count, the schema ``HEAD`` and the
generator's version: a later run reuses it; a new migration or generator builds a new one
and removes the old.
"""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from popuppos.services.shop import save_settings
from popuppos.store.db import Database, make_engine, open_database
from popuppos.store.migrate import HEAD, current_revision

END = datetime(2026, 11, 1, 20, 0, 0)  # the data's end: "now" for the timed reads
DAYS = 3 * 365  # 1,000,000 sales over three years: ~900 a day, ~27,000 in 30 days
FMT = "%Y-%m-%d %H:%M:%S.%f"
GENERATOR = 3  # bump when the generated rows change: the cached database is rebuilt
CACHE = Path(tempfile.gettempdir()) / "popuppos-bench"
PRODUCTS, MEMBERS = 400, 20_000
PASS_PRICE = 4500


# -- ids and the scramble --------------------------------------------------------------------
# Every id is uid(kind, n): the same text from Python and from SQL, so rows can refer to
# each other without joins while they are generated.
def uid(kind: int, n: int) -> str:
    return f"{kind:08x}-0000-4000-8000-{n:012x}"


def _uid_sql(kind: int, expr: str) -> str:
    return f"printf('%08x-0000-4000-8000-%012x', {kind}, {expr})"


CATEGORY, PRODUCT, VARIANT, MEMBER, SHIFT, SALE, LINE, TENDER = range(1, 9)
REFUND, REFUND_LINE, REFUND_TENDER, VOID, PLAN, LIVE, TIER, PASS = range(9, 17)
SESSION, CHECKIN = 17, 18

# Knuth-style multiplicative hashing, one odd multiplier per use (so two uses of the same
# number are unrelated) and the high bits kept: a fixed scramble SQLite computes itself.
_MULTIPLIERS = (2654435761, 2246822519, 3266489917, 668265263, 374761393, 2870177450 | 1,
                1597334677, 3812015801, 2166136261, 16777619, 1181783497, 1103515245)  # fmt: skip


def _h(expr: str, use: int, mod: int) -> str:
    return f"(((({expr}) * {_MULTIPLIERS[use]}) % 4294967296) / 4096 % {mod})"


def _price_sql(k: str) -> str:
    """Product ``k``'s price (0 <= k < PRODUCTS), in SQL; :func:`_price` in Python."""
    return f"(300 + (({k}) * 7919 % 175) * 50)"


def _price(k: int) -> int:
    return 300 + (k * 7919 % 175) * 50


def _ts(moment: datetime) -> str:
    return moment.strftime(FMT)


# -- the build --------------------------------------------------------------------------------
def build(path: Path, sales: int, seed: int = 11) -> str:
    """Fill a fresh database at ``path``; returns its device id."""
    db = open_database(path, lock=False)
    save_settings(db, shop_name="Bench Studio", currency="EUR", locale="en_IE")
    device = db.device_id
    db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "journal_mode=OFF",  # a throw-away build: no journal, no syncs
        "synchronous=OFF",
        "cache_size=-400000",
        "temp_store=MEMORY",
        "threads=2",  # CREATE INDEX sorts on two threads
    ):
        conn.execute(f"PRAGMA {pragma}")
    start = END - timedelta(days=DAYS)
    conn.execute("BEGIN")
    _catalogue(conn, device, start)
    # The indexes the rows arrive in random order for are built once after the rows (a
    # sort, much faster than row by row), from the migrations' own DDL as sqlite_master
    # keeps it; the others (time, sale, shift) grow at their end as the rows come.
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND name IN ('ix_sale_lines_variant_id', 'ix_sales_member_created_at')"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    _bulk_sales(conn, sales, device, start)
    _programme(conn, random.Random(seed), device, start)
    for _name, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return device


def _catalogue(conn: sqlite3.Connection, device: str, start: datetime) -> None:
    start_ts = _ts(start)
    conn.executemany(
        "INSERT INTO categories (id, name, position) VALUES (?,?,?)",
        [(uid(CATEGORY, i), f"Category {i}", i) for i in range(6)],
    )
    conn.executemany(
        "INSERT INTO products (id, name, category_id, story_hook, why_now, image, tax_rate_bp,"
        " active, created_at, updated_at, members_only, available_from)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (uid(PRODUCT, k), f"Product {k:03d}", uid(CATEGORY, k % 6), "", "", None, 2300, 1,
             start_ts, start_ts, 0, None)
            for k in range(PRODUCTS + 1)
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO variants (id, product_id, name, sku, barcode, price, stock, position,"
        " track_stock) VALUES (?,?,?,?,?,?,?,?,?)",
        [(uid(VARIANT, k), uid(PRODUCT, k), "", f"SKU-{k:05d}", None, _price(k), 0, 0, 0)
         for k in range(PRODUCTS)]
        + [(uid(VARIANT, PRODUCTS), uid(PRODUCT, PRODUCTS), "", "PASS", None, PASS_PRICE, 0, 0,
            0)],
    )  # fmt: skip
    conn.execute("UPDATE products SET name = 'Circle pass' WHERE id = ?", (uid(PRODUCT, PRODUCTS),))
    conn.execute(
        "INSERT INTO pass_tiers (id, name, code, variant_id, validity_days, discount_bp,"
        " discount_categories, early_access_minutes, included_sessions, one_to_one_minutes,"
        " transferable, refund_terms, transfer_terms, active, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (uid(TIER, 1), "Circle", "CIRCLE", uid(VARIANT, PRODUCTS), 90, 1000, "[]", 0, 0, 0, 0,
         "", "", 1, start_ts, start_ts),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO members (id, device_id, name, email, phone, note, created_at)"
        " VALUES (?,?,?,?,?,?,?)",
        ((uid(MEMBER, m), device, f"Member {m}", "", "", "", start_ts) for m in range(MEMBERS)),
    )
    conn.execute(
        "INSERT INTO shifts (id, device_id, number, opened_at, opened_by, opening_float,"
        " currency) VALUES (?,?,?,?,?,?,?)",
        (uid(SHIFT, 1), device, 1, start_ts, "bench", 0, "EUR"),
    )


def _bulk_sales(conn: sqlite3.Connection, sales: int, device: str, start: datetime) -> None:
    """Sales, their lines and tenders, refunds and voids, generated by SQLite (times in
    SQLAlchemy's own text format, 6-digit fractions). Sale ``i`` is row ``i + 1``; each of
    its facts is recomputed from ``i`` by the same scramble, so nothing is looked up."""
    step = DAYS * 86_400 / sales
    base = start.strftime("%Y-%m-%d %H:%M:%S")
    shift = uid(SHIFT, 1)

    def at(seconds: str) -> str:  # a julian day number: no modifier text to parse per row
        return (
            f"strftime('%Y-%m-%d %H:%M:%f', julianday('{base}') + ({seconds}) / 86400.0) || '000'"
        )

    # What sale i is made of, as SQL over i (and pos, for a line).
    member = f"CASE WHEN {_h('i', 0, 10)} < 3 THEN {_h('i', 1, MEMBERS)} END"
    lines = f"(1 + {_h('i', 2, 3)})"
    is_pass = f"({_h('i * 3 + pos', 4, 100)} = 0)"  # only on a member's sale
    product = _h("i * 3 + pos", 5, PRODUCTS)

    def line_price(pos: int) -> str:
        k = product.replace("pos", str(pos))
        is_pass_at = is_pass.replace("pos", str(pos))
        price = (
            f"CASE WHEN m IS NOT NULL AND {is_pass_at} THEN {PASS_PRICE} ELSE {_price_sql(k)} END"
        )
        return price if pos == 0 else f"CASE WHEN n_lines > {pos} THEN {price} ELSE 0 END"

    total = " + ".join(line_price(pos) for pos in range(3))

    def voided(number: str) -> str:  # 0.3 % of sales, never one with a refund
        return f"({_h(number, 9, 1000)} < 3)"

    conn.execute(
        f"""WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {sales}),
        g AS (SELECT i, {member} AS m, {lines} AS n_lines,
                     {at(f"i * {step} + {_h('i', 3, 1000)} * {step / 1000}")} AS at FROM n),
        t AS (SELECT i, m, at, {total} AS total FROM g)
        INSERT INTO sales (id, device_id, number, shift_id, created_at, cashier, member_id,
          currency, tax_inclusive, subtotal, discount_total, tax_total, total, tip,
          cart_discount_kind, cart_discount_value)
        SELECT {_uid_sql(SALE, "i")}, '{device}', i + 1, '{shift}', at, 'bench',
          CASE WHEN m IS NOT NULL THEN {_uid_sql(MEMBER, "m")} END, 'EUR', 1, total, 0,
          total * 2300 / 12300, total,
          CASE WHEN {_h("i", 6, 5)} = 0 THEN total / 10 ELSE 0 END, NULL, NULL
        FROM t"""
    )
    # Lines in sale order (CROSS JOIN keeps sales as the outer loop), as the till writes them.
    sale_lines = f"""SELECT s.number - 1 AS i, p.pos AS pos, s.member_id IS NOT NULL AS member,
          s.created_at AS at, s.id AS sale_id
        FROM sales s CROSS JOIN (SELECT 0 AS pos UNION ALL SELECT 1 UNION ALL SELECT 2) p
        WHERE p.pos < 1 + {_h("s.number - 1", 2, 3)}"""
    line_is_pass = f"(member AND {is_pass})"
    line_price_sql = f"CASE WHEN {line_is_pass} THEN {PASS_PRICE} ELSE {_price_sql(product)} END"
    conn.execute(
        f"""INSERT INTO sale_lines (id, sale_id, position, variant_id, product_name, variant_name,
          sku, quantity, unit_price, line_discount, cart_discount, tax_rate_bp, net, tax, gross,
          drop_id)
        SELECT {_uid_sql(LINE, "i * 3 + pos")}, sale_id, pos,
          CASE WHEN {line_is_pass} THEN '{uid(VARIANT, PRODUCTS)}'
               ELSE {_uid_sql(VARIANT, product)} END,
          CASE WHEN {line_is_pass} THEN 'Circle pass'
               ELSE 'Product ' || printf('%03d', {product}) END,
          '', 'SKU', 1, price, 0, 0, 2300, price - price * 2300 / 12300, price * 2300 / 12300,
          price, NULL
        FROM (SELECT *, {line_price_sql} AS price FROM ({sale_lines}))"""
    )
    conn.execute(
        f"""INSERT INTO sale_tenders (id, sale_id, position, method, amount, tendered, change,
          reference)
        SELECT {_uid_sql(TENDER, "number - 1")}, id, 0,
          CASE WHEN number % 3 THEN 'cash' ELSE 'card' END, total + tip, total + tip, 0, NULL
        FROM sales"""
    )
    # 0.5 % of lines refunded 0-20 days later (none after the data's end), one tender back.
    end_ts = _ts(END)
    conn.execute(
        f"""CREATE TEMP TABLE gen_refunds AS
        SELECT i * 3 + pos AS n, i, sale_id, {line_price_sql} AS price,
          strftime('%Y-%m-%d %H:%M:%f', at, '+' || {_h("i * 3 + pos", 7, 21)} || ' days')
            || '000' AS at
        FROM ({sale_lines})
        WHERE {_h("i * 3 + pos", 8, 200)} = 0 AND NOT {voided("i + 1")}"""
    )
    conn.execute(f"DELETE FROM gen_refunds WHERE at >= '{end_ts}'")
    conn.execute(
        f"""INSERT INTO refunds (id, device_id, sale_id, shift_id, created_at, cashier,
          approved_by, reason, amount, tax, tip)
        SELECT {_uid_sql(REFUND, "n")}, '{device}', sale_id, '{shift}', at, 'bench', 'bench',
          'bench', price, price * 2300 / 12300, 0 FROM gen_refunds"""
    )
    conn.execute(
        f"""INSERT INTO refund_lines (id, refund_id, sale_line_id, quantity, amount, tax, restock)
        SELECT {_uid_sql(REFUND_LINE, "n")}, {_uid_sql(REFUND, "n")}, {_uid_sql(LINE, "n")}, 1,
          price, price * 2300 / 12300, 1 FROM gen_refunds"""
    )
    conn.execute(
        f"""INSERT INTO refund_tenders (id, refund_id, sale_tender_id, method, amount)
        SELECT {_uid_sql(REFUND_TENDER, "n")}, {_uid_sql(REFUND, "n")}, {_uid_sql(TENDER, "i")},
          CASE WHEN (i + 1) % 3 THEN 'cash' ELSE 'card' END, price FROM gen_refunds"""
    )
    conn.execute("DROP TABLE gen_refunds")
    # 0.3 % of sales voided two minutes later.
    conn.execute(
        f"""INSERT INTO sale_voids (id, device_id, sale_id, shift_id, created_at, cashier,
          approved_by, reason)
        SELECT {_uid_sql(VOID, "number")}, '{device}', id, '{shift}',
          strftime('%Y-%m-%d %H:%M:%f', created_at, '+2 minutes') || '000', 'bench', 'bench',
          'bench'
        FROM sales WHERE {voided("number")}"""
    )


def _programme(conn: sqlite3.Connection, rng: random.Random, device: str, start: datetime) -> None:
    """Plan events and live sessions every third day, passes, member sessions, check-ins."""
    kinds = ("free_event", "live_drop", "popup_day", "member_drop", "pass_release")
    start_ts = _ts(start)
    plan_rows, live_rows = [], []
    for n, d in enumerate(range(0, DAYS, 3)):
        at = start + timedelta(days=d, hours=17)
        plan_rows.append(
            (uid(PLAN, n), kinds[d % 5], f"Event {d}", _ts(at), _ts(at + timedelta(hours=3)),
             "", "", None, None, start_ts, start_ts)
        )  # fmt: skip
        # Every other event goes live; on the other days a stream runs outside the plan.
        linked = n % 2 == 0
        live_at = at + timedelta(minutes=30) if linked else at + timedelta(days=1, hours=-2)
        live_rows.append(
            (uid(LIVE, n), device, f"Live {n}", "stream", uid(PLAN, n) if linked else None,
             _ts(live_at), _ts(live_at + timedelta(minutes=rng.randint(20, 90))))
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO plan_events (id, kind, title, starts_at, ends_at, venue, notes,"
        " drop_id, session_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        plan_rows,
    )
    conn.executemany(
        "INSERT INTO live_sessions (id, device_id, title, kind, plan_event_id, started_at,"
        " ended_at) VALUES (?,?,?,?,?,?,?)",
        live_rows,
    )
    conn.execute(
        "INSERT INTO signing_keys (key_id, device_id, public_key, private_key, created_at,"
        " retired_at) VALUES (?,?,?,?,?,?)",
        ("bench-key", device, "00", None, start_ts, None),
    )
    pass_rows = []
    for i in range(2_000):
        issued = start + timedelta(days=rng.randrange(DAYS))
        pass_rows.append(
            (uid(PASS, i), device, uid(TIER, 1), uid(MEMBER, i), _ts(issued),
             issued.date().isoformat(), (issued.date() + timedelta(days=90)).isoformat(),
             "bench-key", f"PP1TOKEN{i}", None, None, None)
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO passes (id, device_id, tier_id, member_id, issued_at, valid_from,"
        " valid_until, key_id, token, sale_id, sale_line_id, replaces_pass_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        pass_rows,
    )
    conn.executemany(
        "INSERT INTO member_sessions (id, title, starts_at, duration_minutes, venue,"
        " capacity, tier_ids, priority_tier_ids, opens_to_all_at, minutes_cost, cancelled,"
        " created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (uid(SESSION, i), f"Session {i}", _ts(start + timedelta(days=i * DAYS / 500, hours=9)),
             60, "", 40, "[]", "[]", None, 0, 0, start_ts)
            for i in range(500)
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO check_ins (id, session_id, pass_id, member_id, device_id, device_name,"
        " created_at, minutes_debited) VALUES (?,?,?,?,?,?,?,?)",
        [
            (uid(CHECKIN, n), uid(SESSION, rng.randrange(500)), uid(PASS, rng.randrange(2_000)),
             None, device, "Stall", start_ts, 0)
            for n in range(20_000)
        ],
    )  # fmt: skip


# -- the cached database ------------------------------------------------------------------------
def cached_database(sales: int, *, fresh: bool) -> tuple[Path, float | None]:
    """The database for ``sales`` at this schema; the build's seconds, or None if reused."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"reports-{sales}-schema{HEAD}-gen{GENERATOR}.sqlite"
    if path.exists() and not fresh and _at_head(path):
        return path, None
    current = f"-schema{HEAD}-gen{GENERATOR}.sqlite"
    for stale in CACHE.glob("reports-*"):  # other schemas or generators, this one's leftovers
        if stale.name.startswith(path.name) or not stale.name.endswith(current):
            stale.unlink(missing_ok=True)
    part = CACHE / f"{path.name}.{os.getpid()}.part"
    t = time.perf_counter()
    build(part, sales)
    seconds = time.perf_counter() - t
    for suffix in ("-wal", "-shm"):
        Path(f"{part}{suffix}").unlink(missing_ok=True)
    part.replace(path)
    return path, seconds


def _at_head(path: Path) -> bool:
    engine = make_engine(path)
    try:
        return current_revision(engine) == HEAD
    finally:
        engine.dispose()


def app_database(path: Path) -> Database:
    """The app's engine and sessions on ``path`` (its pragmas), without the start-up
    integrity check: the file was just built or checked at HEAD, and on 1 GB the check
    would run on a thread during the timed reads."""
    engine = make_engine(path)
    raw = sqlite3.connect(path)
    device = raw.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0]
    raw.close()
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), device)
