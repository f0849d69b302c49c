"""The first run: a new shop's short setup, saved in one go (or the demo shop instead).

``needs_first_run`` is true on a new database: no products, no sales, and the setup was
never finished here. ``complete_first_run`` checks every answer (a sentence for each
problem), then saves the shop's settings, the manager PIN and the "done" mark in ONE
transaction: after a crash either all of it is there or none of it. Hub pairing and the
printer are their own steps (pairing talks to the hub at once; the printer keeps its own
settings); they are not part of the answers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from popuppos.core.pin import hash_pin
from popuppos.core.setup_rules import (
    currency_problem,
    device_name_problem,
    locale_problem,
    pin_problem,
    shop_name_problem,
    tax_rate_problem,
)
from popuppos.services.demo import DemoLoaded, load_demo_shop
from popuppos.services.errors import ServiceError
from popuppos.services.shop import ShopSettings, has_pin, store_manager_pin, write_settings
from popuppos.store.db import Database
from popuppos.store.models import Product, Sale, Setting, utcnow

DONE_KEY = "first_run_done"


class FirstRunProblem(ServiceError):
    """Answers that cannot be saved; ``problems`` has one sentence each, in page order."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems))


@dataclass(frozen=True, slots=True)
class FirstRunAnswers:
    """What the host answered. An empty ``manager_pin`` means the PIN step was skipped."""

    shop_name: str
    currency: str = "EUR"
    locale: str = "en_IE"
    tax_inclusive: bool = True
    default_tax_rate_bp: int = 2000
    manager_pin: str = ""
    manager_pin_again: str = ""
    device_name: str = "Stall 1"


def needs_first_run(db: Database) -> bool:
    """True on a new database: no products, no sales, and the setup never finished."""
    with db.read() as conn:
        return _is_new(conn)


def _is_new(conn: Connection) -> bool:
    return (
        conn.scalar(select(Setting.key).where(Setting.key == DONE_KEY)) is None
        and conn.scalar(select(Product.id).limit(1)) is None
        and conn.scalar(select(Sale.id).limit(1)) is None
    )


def answer_problems(answers: FirstRunAnswers) -> list[str]:
    """Every problem with ``answers``, one sentence each, in the order of the pages."""
    checks = [
        shop_name_problem(answers.shop_name),
        currency_problem(answers.currency),
        locale_problem(answers.locale),
        tax_rate_problem(answers.default_tax_rate_bp),
        device_name_problem(answers.device_name),
    ]
    if answers.manager_pin or answers.manager_pin_again:
        checks.append(pin_problem(answers.manager_pin, answers.manager_pin_again))
    return [p for p in checks if p]


def complete_first_run(
    db: Database, answers: FirstRunAnswers, *, actor: str = "Owner"
) -> ShopSettings:
    """Save the answers, the PIN and the "done" mark in one transaction; returns the settings.

    Raises FirstRunProblem (every problem, as sentences) and saves nothing when an answer
    cannot be used.
    """
    problems = answer_problems(answers)
    if problems:
        raise FirstRunProblem(problems)
    # slow on purpose (scrypt): hashed before the write lock is taken
    hashed = hash_pin(answers.manager_pin) if answers.manager_pin else None
    with db.write() as conn:
        settings = write_settings(
            conn,
            db.device_id,
            {
                "shop_name": answers.shop_name.strip(),
                "currency": answers.currency,
                "locale": answers.locale,
                "tax_inclusive": answers.tax_inclusive,
                "default_tax_rate_bp": answers.default_tax_rate_bp,
                "device_name": answers.device_name.strip(),
            },
        )
        if hashed is not None:
            if has_pin(conn):
                raise FirstRunProblem(
                    ["This shop already has a manager PIN; change it in Settings, Manager PIN."]
                )
            store_manager_pin(conn, db.device_id, hashed, current_pin=None, actor=actor)
        mark_done(conn, "own")
    return settings


def start_with_demo(db: Database) -> DemoLoaded:
    """Fill the new database with the demo shop (manager PIN 1234) and mark the setup done."""
    loaded = load_demo_shop(db)
    with db.write() as conn:
        mark_done(conn, "demo")
    return loaded


def mark_done(conn: Connection, how: str) -> None:
    value = json.dumps({"at": utcnow().isoformat(timespec="seconds"), "how": how})
    stmt = sqlite_insert(Setting).values(key=DONE_KEY, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": value}))
