"""Opening the shop's database: pragmas, the one-app lock, refusals that change nothing,
and an old database upgraded in place without losing a row."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from popuppos.core.cart import Cart, CartLine
from popuppos.core.tender import cash_for
from popuppos.services import checkout, shifts
from popuppos.store import migrate
from popuppos.store.db import Database, DatabaseProblem, make_engine, open_database
from popuppos.store.models import IMMUTABLE_TABLES, Base


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sqlite"


@pytest.fixture
def db(path: Path) -> Iterator[Database]:
    database = open_database(path)
    yield database
    database.close()


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config())


def first_revision() -> str:
    bases = script().get_bases()
    assert len(bases) == 1, f"migrations should start from one base, found {bases}"
    return bases[0]


def head_revision() -> str:
    head = script().get_current_head()
    assert head is not None
    return head


# --- pragmas ----------------------------------------------------------------------------------
def test_open_sets_wal_foreign_keys_and_full_sync_on_pooled_connections(db: Database) -> None:
    # Two connections out of the pool at once: each one has the pragmas.
    with db.engine.connect() as a, db.engine.connect() as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    with db.write() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    # WAL is recorded in the file itself, so any other reader sees it too.
    raw = sqlite3.connect(db.path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as conn:
        conn.execute(
            text(
                "INSERT INTO variants (id, product_id, name, sku, price, stock, position) "
                "VALUES ('v', 'no-such-product', '', 'SKU', 100, 0, 0)"
            )
        )


def test_open_creates_a_device_id_once(path: Path) -> None:
    first = open_database(path)
    device = first.device_id
    first.close()
    again = open_database(path)
    try:
        assert again.device_id == device
        assert len(device) == 36
    finally:
        again.close()


# --- the one-app lock -------------------------------------------------------------------------
def test_a_second_open_of_the_same_file_is_refused(db: Database, path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="already open") as info:
        open_database(path)
    assert path.name in str(info.value)
    db.close()
    # Once the first one lets go, the file opens again.
    again = open_database(path)
    again.close()


# --- refusals change nothing ------------------------------------------------------------------
def test_a_garbage_file_is_refused_and_left_unchanged(path: Path) -> None:
    garbage = b"not a database\n" * 200
    path.write_bytes(garbage)
    with pytest.raises(DatabaseProblem, match="not a PopupPOS database"):
        open_database(path)
    assert path.read_bytes() == garbage
    assert not path.with_name(path.name + "-wal").exists()


def test_a_damaged_sqlite_file_is_refused_and_left_unchanged(path: Path) -> None:
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 40
    path.write_bytes(damaged)
    with pytest.raises(DatabaseProblem, match="damaged"):
        open_database(path)
    assert path.read_bytes() == damaged


def test_a_database_from_a_newer_version_is_refused_and_left_unchanged(path: Path) -> None:
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    for _ in range(2):  # the refusal also lets go of the lock: the second try says the same
        with pytest.raises(DatabaseProblem, match="newer") as info:
            open_database(path)
        assert "9999" in str(info.value)
    assert path.read_bytes() == before
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
    finally:
        raw.close()


def test_another_apps_sqlite_database_is_refused_and_left_unchanged(path: Path) -> None:
    # A valid SQLite file that is not ours (say, a browser's history): PopupPOS must not
    # write its schema into it.
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    raw.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="not a PopupPOS database"):
        open_database(path).close()
    assert path.read_bytes() == before


def test_a_missing_folder_gets_a_clear_message(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "shop.sqlite"
    with pytest.raises(DatabaseProblem, match="does not exist") as info:
        open_database(missing)
    assert "no-such-folder" in str(info.value)
    assert not missing.parent.exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="folder"):
        open_database(tmp_path)


# --- migrations -------------------------------------------------------------------------------
def test_a_new_database_is_at_head_and_matches_the_models(db: Database) -> None:
    assert migrate.current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        triggers = {
            name
            for (name,) in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            )
        }
    for table in IMMUTABLE_TABLES:
        assert {f"{table}_no_update", f"{table}_no_delete"} <= triggers
    assert "stock_movements_apply" in triggers


DEVICE = "0190aaaa-0000-7000-8000-00000000d001"
CATEGORY, PRODUCT, VARIANT = "c-1", "p-1", "v-1"
SHIFT, SALE, LINE, TENDER = "s-1", "sale-1", "line-1", "tender-1"


def _write_first_schema_rows(path: Path) -> None:
    """A shop as the first schema stored it, written with raw SQL."""
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, first_revision())
        assert migrate.current_revision(engine) == first_revision()
        with engine.begin() as conn:
            for sql in (
                f"INSERT INTO settings (key, value) VALUES ('device_id', '{DEVICE}')",
                "INSERT INTO settings (key, value) VALUES ('currency', '\"EUR\"')",
                f"INSERT INTO categories (id, name, position) VALUES ('{CATEGORY}', 'Home', 1)",
                "INSERT INTO products (id, name, category_id, story_hook, why_now, image, "
                "tax_rate_bp, active, created_at, updated_at) VALUES "
                f"('{PRODUCT}', 'Mug', '{CATEGORY}', 'Thrown by hand', '', NULL, 2300, 1, "
                "'2025-05-01 10:00:00', '2025-05-01 10:00:00')",
                "INSERT INTO variants (id, product_id, name, sku, barcode, price, stock, position)"
                f" VALUES ('{VARIANT}', '{PRODUCT}', '', 'MUG', '4006381333931', 1200, 0, 0)",
                # stock arrives as a movement; the trigger keeps variants.stock in step
                "INSERT INTO stock_movements (id, device_id, variant_id, delta, reason, ref_id, "
                f"created_at) VALUES ('m-1', '{DEVICE}', '{VARIANT}', 5, 'import', NULL, "
                "'2025-05-01 10:00:00')",
                "INSERT INTO shifts (id, device_id, number, opened_at, opened_by, opening_float, "
                f"currency) VALUES ('{SHIFT}', '{DEVICE}', 1, '2025-05-01 09:00:00', 'Ann', "
                "5000, 'EUR')",
                "INSERT INTO sales (id, device_id, number, shift_id, created_at, cashier, "
                "member_id, currency, tax_inclusive, subtotal, discount_total, tax_total, total, "
                "tip, cart_discount_kind, cart_discount_value) VALUES "
                f"('{SALE}', '{DEVICE}', 1, '{SHIFT}', '2025-05-01 11:00:00', 'Ann', NULL, "
                "'EUR', 1, 1200, 0, 224, 1200, 0, NULL, NULL)",
                "INSERT INTO sale_lines (id, sale_id, position, variant_id, product_name, "
                "variant_name, sku, quantity, unit_price, line_discount, cart_discount, "
                f"tax_rate_bp, net, tax, gross) VALUES ('{LINE}', '{SALE}', 0, '{VARIANT}', "
                "'Mug', '', 'MUG', 1, 1200, 0, 0, 2300, 976, 224, 1200)",
                "INSERT INTO sale_tenders (id, sale_id, position, method, amount, tendered, "
                f"change, reference) VALUES ('{TENDER}', '{SALE}', 0, 'cash', 1200, 2000, 800, "
                "NULL)",
                "INSERT INTO stock_movements (id, device_id, variant_id, delta, reason, ref_id, "
                f"created_at) VALUES ('m-2', '{DEVICE}', '{VARIANT}', -1, 'sale', '{SALE}', "
                "'2025-05-01 11:00:00')",
                "INSERT INTO outbox (event_id, device_id, event_type, aggregate_id, payload, "
                f"created_at, pushed_at) VALUES ('e-1', '{DEVICE}', 'sale.completed', '{SALE}', "
                "'{\"total\":1200}', '2025-05-01 11:00:00', NULL)",
            ):
                conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


def _snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    raw = sqlite3.connect(path)
    try:
        return {
            table: raw.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in (
                "categories",
                "products",
                "variants",
                "stock_movements",
                "shifts",
                "sales",
                "sale_lines",
                "sale_tenders",
                "outbox",
            )
        }
    finally:
        raw.close()


def test_a_database_from_the_first_migration_upgrades_in_place_without_loss(path: Path) -> None:
    _write_first_schema_rows(path)
    old = _snapshot(path)
    assert old["variants"][0][6] == 4  # 5 in, 1 sold, kept by the trigger

    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == head_revision()
        assert db.device_id == DEVICE
        # Every row the old version wrote is still there, unchanged.
        with db.engine.connect() as conn:
            for table, old_rows in old.items():
                now = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all()
                width = len(old_rows[0]) if old_rows else 0
                # New revisions may add columns at the end; the old ones keep their values.
                assert [tuple(r[:width]) for r in now] == old_rows, table
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        # The upgraded shop keeps trading: the old open shift, the old stock, the next number.
        shift = shifts.current_shift(db)
        assert shift is not None and shift.id == SHIFT
        cart = Cart(tax_inclusive=True)
        cart.add(CartLine(VARIANT, "Mug", "", "MUG", 1200, 2300, 2))
        sale = checkout.complete_sale(db, cart, [cash_for(2400, 2400)], cashier="Ben")
        assert sale.number == 2
        with db.engine.connect() as conn:
            stock = conn.exec_driver_sql(f"SELECT stock FROM variants WHERE id = '{VARIANT}'")
            assert stock.scalar() == 2
        totals = shifts.current_totals(db)
        assert totals.sales_count == 2
        assert totals.cash_sales == 1200 + 2400
    finally:
        db.close()
    # Opening again at head changes nothing and keeps the data.
    again = open_database(path)
    try:
        assert migrate.current_revision(again.engine) == head_revision()
    finally:
        again.close()


def test_upgrading_step_by_step_reaches_the_same_schema(tmp_path: Path) -> None:
    # Every revision applies on top of the one before it, from the first to head.
    revisions = [r.revision for r in script().walk_revisions()][::-1]
    assert revisions[0] == first_revision() and revisions[-1] == head_revision()
    engine = make_engine(tmp_path / "steps.sqlite")
    try:
        for revision in revisions:
            migrate.upgrade(engine, revision)
            assert migrate.current_revision(engine) == revision
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        engine.dispose()
