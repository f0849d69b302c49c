"""The demo shop (resources/demo/shop.json) is well-formed, believable and self-consistent."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import pytest

from popuppos.resources import resource_path

DEMO = resource_path("demo")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def ean13_is_valid(code: str) -> bool:
    if len(code) != 13 or not code.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


@pytest.fixture(scope="module")
def shop() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DEMO / "shop.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def variants(shop: dict[str, Any]) -> list[dict[str, Any]]:
    return [v for p in shop["products"] for v in p["variants"]]


def test_ean13_checker_itself() -> None:
    assert ean13_is_valid("4006381333931")  # a well-known valid EAN-13
    assert not ean13_is_valid("4006381333932")
    assert not ean13_is_valid("400638133393")


def test_shop_header(shop: dict[str, Any]) -> None:
    header = shop["shop"]
    assert header["name"].strip()
    assert header["currency"] == "EUR"
    assert header["tax_id"].startswith("IE")
    assert len(header["address_lines"]) >= 2
    assert isinstance(header["tax_inclusive"], bool)
    assert isinstance(header["default_tax_rate_bp"], int)
    assert header["receipt_footer"].strip()


def test_at_least_twelve_products(shop: dict[str, Any]) -> None:
    assert len(shop["products"]) >= 12


def test_categories_referenced_exist_and_are_used(shop: dict[str, Any]) -> None:
    categories = shop["categories"]
    assert len(set(categories)) == len(categories)
    used = {p["category"] for p in shop["products"]}
    assert used <= set(categories), used - set(categories)
    assert used == set(categories), "every category has at least one product"


def test_every_image_exists_and_is_a_small_320px_png(shop: dict[str, Any]) -> None:
    for product in shop["products"]:
        path = DEMO / product["image"]
        assert path.is_file(), path
        data = path.read_bytes()
        assert data[:8] == PNG_SIGNATURE, path
        assert len(data) < 40 * 1024, f"{path.name} is {len(data)} bytes"
        width, height = struct.unpack(">II", data[16:24])  # IHDR follows the signature
        assert (width, height) == (320, 320), path


def test_barcodes_are_valid_unique_in_store_ean13(variants: list[dict[str, Any]]) -> None:
    barcodes = [v["barcode"] for v in variants]
    assert len(set(barcodes)) == len(barcodes)
    for code in barcodes:
        assert ean13_is_valid(code), code
        assert 200 <= int(code[:3]) <= 299, f"{code} is not in the in-store range"


def test_skus_unique(variants: list[dict[str, Any]]) -> None:
    skus = [v["sku"] for v in variants]
    assert all(s.strip() for s in skus)
    assert len(set(skus)) == len(skus)


def test_prices_and_stock_are_integers(variants: list[dict[str, Any]]) -> None:
    for v in variants:
        # bool is an int subclass; money and stock are never booleans or floats
        assert type(v["price_minor"]) is int and v["price_minor"] > 0, v
        assert type(v["stock"]) is int and v["stock"] >= 0, v


def test_tax_rates_are_integer_basis_points(shop: dict[str, Any]) -> None:
    for product in shop["products"]:
        rate = product["tax_rate_bp"]
        assert type(rate) is int and 0 <= rate <= 10_000, product["name"]


def test_story_hooks_are_short(shop: dict[str, Any]) -> None:
    for product in shop["products"]:
        assert product["story_hook"].strip()
        assert len(product["story_hook"].split()) <= 30, product["name"]
        assert product["why_now"].strip() and "\n" not in product["why_now"]


def test_variant_names_single_or_unique(shop: dict[str, Any]) -> None:
    for product in shop["products"]:
        names = [v["name"] for v in product["variants"]]
        assert names, product["name"]
        if len(names) == 1:
            continue
        assert "" not in names and len(set(names)) == len(names), product["name"]


def test_demo_shows_scarcity_states(shop: dict[str, Any]) -> None:
    totals = [sum(v["stock"] for v in p["variants"]) for p in shop["products"]]
    assert 0 in totals, "one product is sold out"
    assert 2 in totals, "one product shows 'only 2 left'"


def test_members(shop: dict[str, Any]) -> None:
    members = shop["members"]
    assert len(members) >= 6
    emails = [m["email"] for m in members]
    assert len(set(emails)) == len(emails)
    for member in members:
        assert member["name"].strip() and "@" in member["email"] and member["phone"].strip()
    assert any(not m["name"].isascii() for m in members), "names are not all ASCII"


def test_resource_path_points_into_the_package() -> None:
    assert resource_path().is_dir()
    assert resource_path("demo", "shop.json").is_file()
    assert isinstance(resource_path("style"), Path)
