"""The first run and the rules behind its answers, against real SQLite files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import MANAGER_PIN, cart_of, count_rows, rows, scalar, seed_products
from popuppos.core.setup_rules import (
    SetupError,
    currency_code,
    format_rate,
    parse_tax_rate,
    pin_problem,
)
from popuppos.core.tender import cash_for
from popuppos.services import checkout, shifts
from popuppos.services.demo import DEMO_MANAGER_PIN
from popuppos.services.errors import ServiceError
from popuppos.services.first_run import (
    DONE_KEY,
    FirstRunAnswers,
    FirstRunProblem,
    answer_problems,
    complete_first_run,
    needs_first_run,
    start_with_demo,
)
from popuppos.services.shop import (
    get_settings,
    save_settings,
    set_manager_pin,
    verify_manager_pin,
)
from popuppos.store.db import Database, open_database

GOOD = FirstRunAnswers(
    shop_name="  Kiln & Thread ",
    currency="GBP",
    locale="en_GB",
    tax_inclusive=False,
    default_tax_rate_bp=2000,
    manager_pin="975310",
    manager_pin_again="975310",
    device_name="Front table",
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


def done_mark(db: Database) -> dict[str, str] | None:
    raw = scalar(db, "SELECT value FROM settings WHERE key = :k", k=DONE_KEY)
    return None if raw is None else dict(json.loads(raw))


# -- when the setup shows -------------------------------------------------------------------
def test_a_new_database_needs_the_setup_and_a_finished_one_does_not(db: Database) -> None:
    assert needs_first_run(db)
    save_settings(db, device_name="Till 2")  # a setting alone does not make a shop
    assert needs_first_run(db)

    complete_first_run(db, GOOD)

    assert not needs_first_run(db)
    assert done_mark(db) is not None and done_mark(db)["how"] == "own"  # type: ignore[index]


def test_a_database_with_products_is_not_new_even_without_the_mark(db: Database) -> None:
    seed_products(db)
    assert not needs_first_run(db)


# -- saving the answers ---------------------------------------------------------------------
def test_every_answer_is_saved_with_the_pin_in_one_go(db: Database) -> None:
    saved = complete_first_run(db, GOOD, actor="Maeve")

    assert saved == get_settings(db)
    assert saved.shop_name == "Kiln & Thread"  # trimmed
    assert (saved.currency, saved.locale) == ("GBP", "en_GB")
    assert saved.tax_inclusive is False
    assert saved.default_tax_rate_bp == 2000
    assert saved.device_name == "Front table"
    assert verify_manager_pin(db, "975310")
    assert not verify_manager_pin(db, "975311")
    [entry] = rows(db, "SELECT actor, action FROM audit_log")
    assert (entry.actor, entry.action) == ("Maeve", "manager_pin.set")


def test_a_skipped_pin_step_sets_no_pin(db: Database) -> None:
    complete_first_run(db, FirstRunAnswers(shop_name="Tea Cart"))
    assert get_settings(db).shop_name == "Tea Cart"
    assert scalar(db, "SELECT COUNT(*) FROM settings WHERE key = 'manager_pin_hash'") == 0
    assert not needs_first_run(db)


@pytest.mark.parametrize(
    ("answers", "sentence"),
    [
        (FirstRunAnswers(shop_name="   "), "Type your shop's name; it goes on every receipt."),
        (
            FirstRunAnswers(shop_name="Tea Cart", currency="EUX"),
            "“EUX” is not a currency code PopupPOS knows; use the three letters of "
            "ISO 4217, like EUR, GBP or USD.",
        ),
        (
            FirstRunAnswers(shop_name="Tea Cart", default_tax_rate_bp=10_001),
            "A tax rate is between 0 and 100 %.",
        ),
        (
            FirstRunAnswers(shop_name="Tea Cart", default_tax_rate_bp=-5),
            "A tax rate cannot be negative.",
        ),
        (
            FirstRunAnswers(shop_name="Tea Cart", manager_pin="1234", manager_pin_again="1243"),
            "The two PINs are not the same; type the new PIN again, carefully.",
        ),
        (
            FirstRunAnswers(shop_name="Tea Cart", manager_pin="123", manager_pin_again="123"),
            "A PIN has at least 4 digits, so it is hard to guess.",
        ),
        (
            FirstRunAnswers(shop_name="Tea Cart", locale="xx_YY"),
            "“xx_YY” is not a language and region PopupPOS knows, like en_IE or de_DE.",
        ),
    ],
)
def test_a_bad_answer_is_refused_with_its_sentence_and_nothing_is_saved(
    db: Database, answers: FirstRunAnswers, sentence: str
) -> None:
    before = count_rows(db)
    with pytest.raises(FirstRunProblem) as refused:
        complete_first_run(db, answers)
    assert refused.value.problems == [sentence]
    assert count_rows(db) == before
    assert needs_first_run(db)


def test_every_problem_is_listed_at_once_in_page_order() -> None:
    answers = FirstRunAnswers(shop_name="", currency="??", manager_pin="12", manager_pin_again="12")
    assert answer_problems(answers) == [
        "Type your shop's name; it goes on every receipt.",
        "“??” is not a currency code PopupPOS knows; use the three letters of ISO 4217, "
        "like EUR, GBP or USD.",
        "A PIN has at least 4 digits, so it is hard to guess.",
    ]


def test_a_refusal_inside_the_transaction_leaves_the_settings_as_they_were(
    db: Database,
) -> None:
    """The PIN check comes after the settings were written in the same transaction:
    the rollback takes the settings back too."""
    set_manager_pin(db, MANAGER_PIN, current_pin=None, actor="Owner")
    with pytest.raises(FirstRunProblem, match="already has a manager PIN"):
        complete_first_run(db, GOOD)
    assert get_settings(db).shop_name == "My pop-up shop"
    assert get_settings(db).currency == "EUR"
    assert done_mark(db) is None
    assert verify_manager_pin(db, MANAGER_PIN)


def test_the_demo_shop_path_seeds_the_demo_and_marks_the_setup_done(db: Database) -> None:
    loaded = start_with_demo(db)
    assert loaded.products > 10 and not loaded.already_there
    assert not needs_first_run(db)
    assert done_mark(db)["how"] == "demo"  # type: ignore[index]
    assert verify_manager_pin(db, DEMO_MANAGER_PIN)


# -- the currency once there is money in the database --------------------------------------
def sell_one(db: Database) -> None:
    items = seed_products(db)
    shifts.open_shift(db, opened_by="Ann", opening_float=5_000)
    cart = cart_of(items["MUG"].line())
    due = cart.priced().total
    checkout.complete_sale(db, cart, [cash_for(due, due)], cashier="Ann")
    shifts.close_shift(db, counted_cash=5_000 + due, closed_by="Ann")


def test_the_currency_cannot_change_once_there_are_sales(db: Database) -> None:
    save_settings(db, currency="EUR")
    sell_one(db)
    before = count_rows(db)
    with pytest.raises(ServiceError) as refused:
        save_settings(db, currency="GBP", shop_name="Renamed")
    assert str(refused.value) == (
        "this shop has sales in EUR, so its currency cannot change to GBP: their amounts "
        "are recorded in EUR. Keep EUR, or start a new shop database for selling in "
        "another currency."
    )
    assert get_settings(db).currency == "EUR"
    assert get_settings(db).shop_name == "My pop-up shop"  # the whole save was refused
    assert count_rows(db) == before
    # saving the same currency again, with other changes, is fine
    assert save_settings(db, currency="EUR", shop_name="Renamed").shop_name == "Renamed"


def test_products_without_sales_allow_a_currency_with_the_same_decimals_only(
    db: Database,
) -> None:
    seed_products(db)
    assert save_settings(db, currency="USD").currency == "USD"
    with pytest.raises(ServiceError, match="priced in USD with 2 decimals and JPY has 0"):
        save_settings(db, currency="JPY")
    assert get_settings(db).currency == "USD"


def test_settings_refuse_values_the_till_cannot_use(db: Database) -> None:
    for changes, match in (
        ({"shop_name": " "}, "shop's name"),
        ({"currency": "XYZ"}, "not a currency code"),
        ({"default_tax_rate_bp": 12_000}, "between 0 and 100"),
        ({"locale": "nowhere"}, "not a language and region"),
    ):
        with pytest.raises(ServiceError, match=match):
            save_settings(db, **changes)
    assert get_settings(db) == get_settings(db).__class__()


# -- the rules, as typed ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "bp"),
    [("23", 2300), ("13,5 %", 1350), ("8.25%", 825), ("0", 0), ("100", 10_000), ("7.50", 750)],
)
def test_tax_rates_as_typed_become_basis_points(typed: str, bp: int) -> None:
    assert parse_tax_rate(typed) == bp
    assert parse_tax_rate(format_rate(bp)) == bp


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("", "Type the tax rate in percent, like 20 or 13.5."),
        ("-5", "A tax rate cannot be negative."),
        ("100.5", "A tax rate is between 0 and 100 %."),
        ("13.555", "A tax rate has at most two decimals, like 13.5 or 8.25."),
        ("twenty", "“twenty” is not a percent; type a number like 20 or 13.5."),
    ],
)
def test_tax_rates_that_cannot_be_read_say_why(typed: str, sentence: str) -> None:
    with pytest.raises(SetupError) as refused:
        parse_tax_rate(typed)
    assert str(refused.value) == sentence


def test_pins_and_currency_codes_as_typed() -> None:
    assert pin_problem("1234", "1234") is None
    assert pin_problem("12a4", "12a4") == "A PIN is digits only (0 to 9)."
    assert pin_problem("", "") == "Type a PIN of 4 to 12 digits, twice."
    assert pin_problem("1" * 13, "1" * 13) == "A PIN has at most 12 digits."
    assert currency_code(" eur — Euro") == "EUR"
    assert currency_code("GBP") == "GBP"
