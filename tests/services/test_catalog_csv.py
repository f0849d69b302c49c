"""Catalogue CSV: bad rows reported by line, products never half-imported, round trips."""

from pathlib import Path

import pytest

from popuppos.services import catalog
from popuppos.services.catalog_csv import (
    export_catalog_csv,
    import_catalog,
    parse_rate,
    read_catalog_csv,
)
from popuppos.services.errors import ServiceError
from popuppos.store.db import Database, open_database

HEADER = "product,variant,sku,barcode,price,stock,category,tax_rate,story_hook\n"


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


def write(tmp_path: Path, text: str, name: str = "catalog.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_reads_into_products_with_variants(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "Tee,S,TEE-S,2000000000017,32.00,5,Apparel,23,Soft organic cotton\n"
        + "Tee,M,TEE-M,,32,7,Apparel,23,\n"
        + 'Journal,,JRN,,"24,50",3,Paper goods,0,\n',
    )
    report = read_catalog_csv(path, "EUR")
    assert report.ok and report.row_count == 3
    tee = next(p for p in report.products if p.name == "Tee")
    assert [(v.sku, v.price, v.stock) for v in tee.variants] == [
        ("TEE-S", 3200, 5),
        ("TEE-M", 3200, 7),
    ]
    assert tee.tax_rate_bp == 2300 and tee.story_hook == "Soft organic cotton"
    journal = next(p for p in report.products if p.name == "Journal")
    assert journal.variants[0].price == 2450 and journal.tax_rate_bp == 0


def test_bad_rows_are_reported_with_their_line_and_reason(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER
        + "Mug,,MUG,,18.00,4,Drinkware,23,\n"  # line 2: fine
        + "Cap,,CAP,,abc,4,Apparel,23,\n"  # line 3: price
        + "Pin,,PIN,,-4.00,4,Accessories,23,\n"  # line 4: negative
        + "Tote,,TOTE,,22.00,99999999,Accessories,23,\n"  # line 5: huge stock
        + "Mug 2,,MUG,,18.00,4,Drinkware,23,\n"  # line 6: duplicate SKU
        + "Print,,PRT,,25.00,2,Prints,150,\n",  # line 7: tax over 100 %
    )
    report = read_catalog_csv(path, "EUR")
    lines = {p.line: p.reason for p in report.problems}
    assert sorted(lines) == [3, 4, 5, 6, 7]
    assert "abc" in lines[3]
    assert "negative" in lines[4]
    assert "stock" in lines[5]
    assert "line 2" in lines[6]
    assert "100 %" in lines[7]
    assert [p.name for p in report.products] == ["Mug"]


def test_a_product_with_one_bad_variant_row_is_left_out_whole(tmp_path: Path, db: Database) -> None:
    path = write(
        tmp_path,
        HEADER
        + "Tee,S,TEE-S,,32.00,5,Apparel,23,\n"
        + "Tee,M,TEE-M,,thirty,7,Apparel,23,\n"
        + "Mug,,MUG,,18.00,4,Drinkware,23,\n",
    )
    report = read_catalog_csv(path, "EUR")
    assert [p.name for p in report.products] == ["Mug"]
    assert any("left out whole until line 3" in p.reason for p in report.problems)
    import_catalog(db, report.products)  # the host chose "skip the bad rows"
    skus = {v.sku for item in catalog.catalog_items(db) for v in item.variants}
    assert skus == {"MUG"}  # no half a Tee


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"name;cost\nTee;3\n", "lacks the column"),
        (b"product,sku,price,colour\nTee,T,3,red\n", "unknown column"),
        (b"product,sku,price\nTee,T,3,extra,cells\n", "cells but the header has 3"),
    ],
)
def test_broken_files_say_what_is_wrong(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    report = read_catalog_csv(path, "EUR")
    assert not report.products
    assert expected in " ".join(p.reason for p in report.problems)


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    report = read_catalog_csv(tmp_path / "nope.csv", "EUR")
    assert not report.ok and "cannot be read" in report.problems[0].reason


def test_semicolons_and_a_spreadsheet_bom_are_understood(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffproduct;sku;price;stock\nKerze;KRZ;14,90;6\n".encode())
    report = read_catalog_csv(path, "EUR")
    assert report.ok
    assert report.products[0].variants[0].price == 1490


def test_export_then_import_round_trips_the_catalogue(tmp_path: Path, db: Database) -> None:
    catalog.save_product(
        db,
        catalog.ProductSpec(
            name="Tee, heavy",  # a comma inside a name survives quoting
            category="Apparel",
            tax_rate_bp=1350,
            story_hook="Soft, sturdy",
            variants=(
                catalog.VariantSpec("S", "TEE-S", 3250, 5, "2000000000017"),
                catalog.VariantSpec("M", "TEE-M", 3250, 0),
            ),
        ),
    )
    out = tmp_path / "export.csv"
    assert export_catalog_csv(db, out) == 2
    report = read_catalog_csv(out, "EUR")
    assert report.ok, report.problems
    (spec,) = report.products
    assert spec.name == "Tee, heavy" and spec.tax_rate_bp == 1350
    assert [(v.sku, v.price, v.stock, v.barcode) for v in spec.variants] == [
        ("TEE-S", 3250, 5, "2000000000017"),
        ("TEE-M", 3250, 0, None),
    ]
    other = open_database(tmp_path / "other.sqlite")
    try:
        result = import_catalog(other, report.products)
        assert (result.created, result.updated) == (1, 0)
        again = import_catalog(other, report.products)
        assert (again.created, again.updated) == (0, 1)
        (item,) = catalog.catalog_items(other)
        assert item.stock == 5 and item.price_from == 3250
    finally:
        other.close()


def test_import_is_all_or_nothing_at_the_database(tmp_path: Path, db: Database) -> None:
    good = catalog.ProductSpec("Mug", "Drinkware", 2300, (catalog.VariantSpec("", "MUG", 1800, 3),))
    clash = catalog.ProductSpec(
        "Cup", "Drinkware", 2300, (catalog.VariantSpec("", "CUP", 1200, 3, "111"),)
    )
    clash_too = catalog.ProductSpec(
        "Bowl", "Drinkware", 2300, (catalog.VariantSpec("", "BWL", 1200, 3, "111"),)
    )
    with pytest.raises(ServiceError, match="barcode 111 is already used by SKU CUP"):
        import_catalog(db, [good, clash, clash_too])
    assert catalog.catalog_items(db) == []


@pytest.mark.parametrize(("text", "bp"), [("23", 2300), ("13.5", 1350), ("13,5 %", 1350), ("0", 0)])
def test_tax_rates_parse_without_floats(text: str, bp: int) -> None:
    assert parse_rate(text) == bp
