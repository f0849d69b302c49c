"""One complete sale (3 lines, one cash tender, stock movements, outbox event), durable.

Times ``services.checkout.complete_sale`` against the very same rows written with raw
``sqlite3`` (same schema, same triggers, WAL, synchronous=FULL) in the same run, on
two database files in the same folder. Prints the figures, then one JSON line with
``service_median_ms``, ``service_p99_ms``, ``raw_median_ms``, ``ratio``.

    python bench/sale_commit.py [--sales 1000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from popuppos.core.cart import Cart, CartLine
from popuppos.core.ids import new_id
from popuppos.core.tender import cash_for
from popuppos.services import catalog, checkout, shifts
from popuppos.store.db import open_database


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def seed(path: Path) -> tuple[list[tuple[str, str, str, int]], str]:
    db = open_database(path)
    variants = []
    for i in range(3):
        catalog.save_product(
            db,
            catalog.ProductSpec(
                name=f"Bench item {i}",
                category="Bench",
                tax_rate_bp=2300,
                variants=(catalog.VariantSpec("", f"BENCH-{i}", 1000 + 250 * i, 1_000_000),),
            ),
        )
    for item in catalog.catalog_items(db):
        v = item.variants[0]
        variants.append((v.id, item.name, v.sku, v.price))
    shift = shifts.open_shift(db, opened_by="bench", opening_float=0)
    db.close()
    return variants, shift.id


def run_service(path: Path, variants: list[tuple[str, str, str, int]], n: int) -> list[float]:
    db = open_database(path)
    times = []
    for k in range(n):
        cart = Cart(tax_inclusive=True)
        for vid, name, sku, price in variants:
            cart.add(CartLine(vid, name, "", sku, price, 2300, 1 + k % 2))
        due = cart.priced().total
        t0 = time.perf_counter()
        checkout.complete_sale(db, cart, [cash_for(due, due + 500)], cashier="bench")
        times.append((time.perf_counter() - t0) * 1000)
    db.close()
    return times


def run_raw(
    path: Path, variants: list[tuple[str, str, str, int]], shift_id: str, n: int
) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    device = conn.execute("SELECT value FROM settings WHERE key='device_id'").fetchone()[0]
    times = []
    for k in range(n):
        qty = 1 + k % 2
        now = "2026-01-01 10:00:00.000000"
        t0 = time.perf_counter()
        sale_id = str(uuid.uuid4())
        conn.execute("BEGIN IMMEDIATE")
        number = conn.execute(
            "SELECT COALESCE(MAX(number),0)+1 FROM sales WHERE device_id=?", (device,)
        ).fetchone()[0]
        total = sum(p * qty for *_, p in variants)
        conn.execute(
            "INSERT INTO sales (id, device_id, number, shift_id, created_at, cashier, member_id,"
            " currency, tax_inclusive, subtotal, discount_total, tax_total, total, tip,"
            " cart_discount_kind, cart_discount_value)"
            " VALUES (?,?,?,?,?,?,NULL,'EUR',1,?,0,?,?,0,NULL,NULL)",
            (sale_id, device, number, shift_id, now, "bench", total, total // 6, total),
        )
        conn.executemany(
            "INSERT INTO sale_lines (id, sale_id, position, variant_id, product_name,"
            " variant_name, sku, quantity, unit_price, line_discount, cart_discount,"
            " tax_rate_bp, net, tax, gross) VALUES (?,?,?,?,?,'',?,?,?,0,0,2300,?,?,?)",
            [
                (
                    new_id(),
                    sale_id,
                    i,
                    vid,
                    name,
                    sku,
                    qty,
                    price,
                    price * qty - price // 6,
                    price // 6,
                    price * qty,
                )
                for i, (vid, name, sku, price) in enumerate(variants)
            ],
        )
        conn.execute(
            "INSERT INTO sale_tenders (id, sale_id, position, method, amount, tendered, change,"
            " reference) VALUES (?,?,0,'cash',?,?,500,NULL)",
            (new_id(), sale_id, total, total + 500),
        )
        conn.executemany(
            "INSERT INTO stock_movements (id, device_id, variant_id, delta, reason, ref_id,"
            " created_at) VALUES (?,?,?,?,'sale',?,?)",
            [(new_id(), device, vid, -qty, sale_id, now) for vid, *_ in variants],
        )
        conn.execute(
            "INSERT INTO outbox (event_id, device_id, event_type, aggregate_id, payload,"
            " created_at) VALUES (?,?,'sale.completed',?,?,?)",
            (new_id(), device, sale_id, json.dumps({"sale_id": sale_id, "total": total}), now),
        )
        conn.execute("COMMIT")
        times.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sales", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        svc_path, raw_path = Path(tmp, "service.sqlite"), Path(tmp, "raw.sqlite")
        variants, _ = seed(svc_path)
        raw_variants, raw_shift = seed(raw_path)
        # Warm both paths (imports, statement caches), then measure interleaved halves so
        # machine noise hits both alike.
        run_service(svc_path, variants, 20)
        run_raw(raw_path, raw_variants, raw_shift, 20)
        half = args.sales // 2
        service = run_service(svc_path, variants, half)
        raw = run_raw(raw_path, raw_variants, raw_shift, half)
        service += run_service(svc_path, variants, args.sales - half)
        raw += run_raw(raw_path, raw_variants, raw_shift, args.sales - half)
    result = {
        "service_median_ms": round(statistics.median(service), 3),
        "service_p99_ms": round(percentile(service, 99), 3),
        "raw_median_ms": round(statistics.median(raw), 3),
        "raw_p99_ms": round(percentile(raw, 99), 3),
        "ratio": round(statistics.median(service) / statistics.median(raw), 2),
        "sales": args.sales,
    }
    print(f"{args.sales} sales, 3 lines + 1 tender + 3 stock movements + 1 outbox event each,")
    print("WAL, synchronous=FULL, one transaction per sale")
    print(
        f"  service layer : median {result['service_median_ms']} ms, "
        f"p99 {result['service_p99_ms']} ms"
    )
    print(f"  raw sqlite3   : median {result['raw_median_ms']} ms, p99 {result['raw_p99_ms']} ms")
    print(f"  ratio (median service / raw): {result['ratio']}x")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
