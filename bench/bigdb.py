"""Build a large shop database fast, for benchmarks (not a measured path).

The schema comes from the app's own migrations (``open_database``); rows are then bulk
written with raw ``sqlite3`` in a few big transactions: products with variants, one
shift, and past sales each with lines, a tender and an outbox event. Stock movements are
written per variant in bulk so stock still equals the sum of its movements.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from popuppos.services.demo import demo_data
from popuppos.services.shop import save_settings
from popuppos.store.db import open_database

CATEGORIES = ("Apparel", "Drinkware", "Paper goods", "Home", "Accessories", "Prints", "Tea")

# The columns each INSERT names (so a column a later migration adds with a default does
# not break the build); the rows below give them in this order.
COLUMNS = {
    "categories": "id, name, position",
    "products": "id, name, category_id, story_hook, why_now, image, tax_rate_bp, active,"
    " created_at, updated_at, members_only, available_from",
    "variants": "id, product_id, name, sku, barcode, price, stock, position, track_stock",
    "stock_movements": "id, device_id, variant_id, delta, reason, ref_id, created_at",
    "shifts": "id, device_id, number, opened_at, opened_by, opening_float, currency",
    "shift_closes": "id, device_id, shift_id, closed_at, closed_by, expected_cash,"
    " counted_cash, note",
    "sales": "id, device_id, number, shift_id, created_at, cashier, member_id, currency,"
    " tax_inclusive, subtotal, discount_total, tax_total, total, tip, cart_discount_kind,"
    " cart_discount_value",
    "sale_lines": "id, sale_id, position, variant_id, product_name, variant_name, sku, quantity,"
    " unit_price, line_discount, cart_discount, tax_rate_bp, net, tax, gross, drop_id",
    "sale_tenders": "id, sale_id, position, method, amount, tendered, change, reference",
    "outbox": "event_id, device_id, event_type, aggregate_id, payload, created_at, pushed_at",
}


def insert(table: str) -> str:
    columns = COLUMNS[table]
    marks = ",".join("?" * len(columns.split(",")))
    return f"INSERT INTO {table} ({columns}) VALUES ({marks})"


def build(path: Path, *, products: int, sales: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    db = open_database(path)
    shop = demo_data()["shop"]
    save_settings(db, shop_name=shop["name"], currency="EUR", locale="en_IE")
    device = db.device_id
    db.close()
    images = [p["image"] for p in demo_data()["products"]]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")  # a throw-away build: no journal, no syncs
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    counter = iter(range(1, 1 << 62))

    def uid() -> str:  # unique, cheap; these rows only need distinct ids
        h = f"{next(counter):032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    conn.execute("BEGIN")
    cat_ids = []
    for i, name in enumerate(CATEGORIES):
        cid = uid()
        cat_ids.append(cid)
        conn.execute(insert("categories"), (cid, name, i))
    now = datetime(2026, 11, 1, 9, 0, 0)
    ts = now.strftime("%Y-%m-%d %H:%M:%S.%f")
    variants: list[tuple[str, str, int]] = []
    prod_rows, var_rows, move_rows = [], [], []
    for i in range(products):
        pid = uid()
        prod_rows.append(
            (
                pid,
                f"Product {i:05d} {rng.choice(['Tee', 'Mug', 'Print', 'Candle', 'Tote'])}",
                rng.choice(cat_ids),
                "",
                "",
                f"demo/{rng.choice(images)}",
                2300,
                1,
                ts,
                ts,
                0,
                None,
            )
        )
        vid = uid()
        price = rng.randrange(300, 9000, 50)
        var_rows.append((vid, pid, "", f"SKU-{i:06d}", f"29{i:011d}", price, 0, 0, 1))
        move_rows.append((uid(), device, vid, 10_000, "count", None, ts))
        variants.append((vid, f"Product {i:05d}", price))
    conn.executemany(insert("products"), prod_rows)
    conn.executemany(insert("variants"), var_rows)
    conn.executemany(insert("stock_movements"), move_rows)
    shift_id = uid()
    conn.execute(insert("shifts"), (shift_id, device, 1, ts, "bench", 0, "EUR"))
    conn.execute(insert("shift_closes"), (uid(), device, shift_id, ts, "bench", 0, 0, ""))
    conn.execute("COMMIT")
    batch = 20_000
    for start in range(0, sales, batch):
        conn.execute("BEGIN")
        sale_rows, line_rows, tender_rows, out_rows = [], [], [], []
        for n in range(start, min(sales, start + batch)):
            sid = uid()
            at = (now - timedelta(minutes=sales - n)).strftime("%Y-%m-%d %H:%M:%S.%f")
            total = 0
            for pos in range(rng.randint(1, 3)):
                vid, name, price = variants[rng.randrange(len(variants))]
                tax = price * 2300 // 12300
                line_rows.append(
                    (
                        uid(),
                        sid,
                        pos,
                        vid,
                        name,
                        "",
                        "SKU",
                        1,
                        price,
                        0,
                        0,
                        2300,
                        price - tax,
                        tax,
                        price,
                        None,
                    )
                )
                total += price
            sale_rows.append(
                (
                    sid,
                    device,
                    n + 1,
                    shift_id,
                    at,
                    "bench",
                    None,
                    "EUR",
                    1,
                    total,
                    0,
                    total * 2300 // 12300,
                    total,
                    0,
                    None,
                    None,
                )
            )
            tender_rows.append((uid(), sid, 0, "cash", total, total, 0, None))
            out_rows.append((uid(), device, "sale.completed", sid, f'{{"total":{total}}}', at, at))
        conn.executemany(insert("sales"), sale_rows)
        conn.executemany(insert("sale_lines"), line_rows)
        conn.executemany(insert("sale_tenders"), tender_rows)
        conn.executemany(insert("outbox"), out_rows)
        conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
