"""Crash-test worker: sells as fast as it can until it is killed.

Run as ``python crash_worker.py DB_PATH SEED``. It opens the database the way the app does
(``open_database``: the one-app lock, WAL, synchronous=FULL), prints ``ready``, then loops:
a random cart of 1-3 lines paid in cash, and after each ``complete_sale`` returns it prints
the sale id and flushes. A printed id is a sale the till told the host was done; the crash
test kills this process with SIGKILL at random moments and checks that every printed sale
survived whole, and that nothing half-written did.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from popuppos.core.cart import Cart, CartLine
from popuppos.core.tender import cash_for
from popuppos.services import catalog, checkout
from popuppos.store.db import open_database


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    db = open_database(path)
    variants = [(p, v) for p in catalog.catalog_items(db) for v in p.variants]
    print("ready", flush=True)
    for _ in range(100_000):  # a bound, in case nobody comes to kill us
        cart = Cart(tax_inclusive=True)
        for p, v in rng.sample(variants, rng.randint(1, min(3, len(variants)))):
            cart.add(
                CartLine(v.id, p.name, v.name, v.sku, v.price, p.tax_rate_bp, rng.randint(1, 4))
            )
        due = cart.priced().total
        handed = due + rng.choice([0, 0, 5, 50, 500])
        sale = checkout.complete_sale(db, cart, [cash_for(due, handed)], cashier="crash")
        sys.stdout.write(f"{sale.id}\n")
        sys.stdout.flush()
    db.close()


if __name__ == "__main__":
    main()
