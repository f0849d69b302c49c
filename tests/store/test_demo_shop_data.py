"""The demo shop (resources/demo/shop.json) is well-formed, believable and self-consistent."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import pytest

from popuppos.core.drop_rules import DropState
from popuppos.resources import resource_path
from popuppos.services.catalog import catalog_items
from popuppos.services.demo import load_demo_shop
from popuppos.services.drops import list_drops
from popuppos.services.pass_admin import list_tiers
from popuppos.services.shifts import current_shift
from popuppos.store.db import open_database

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


# -- drops -----------------------------------------------------------------------------------
def test_drops_are_well_formed(shop: dict[str, Any], variants: list[dict[str, Any]]) -> None:
    drops = shop["drops"]
    skus = {v["sku"] for v in variants}
    people = {m["name"] for m in shop["members"]}
    assert len({d["name"] for d in drops}) == len(drops) >= 3
    for d in drops:
        assert {p["sku"] for p in d["parts"]} <= skus, d["name"]
        assert len(d["story_hook"].split()) <= 30 and d["terms"].strip(), d["name"]
        assert type(d["price_minor"]) is int and d["price_minor"] > 0, d["name"]
        assert set(d["member_tiers"]) <= {"MORNING", "INNER"}, d["name"]
        sold = [s["quantity"] for s in d["sales"]]
        assert sum(sold) <= d["edition_size"], d["name"]
        assert all(q <= (d["per_customer_limit"] or q) for q in sold), d["name"]
        assert {s["member"] for s in d["sales"]} - {None} <= people, d["name"]
    assert any(len(d["parts"]) >= 2 for d in drops), "a bundle"
    assert any(d["members_first_minutes"] and d["starts_in_minutes"] > 0 for d in drops)
    assert any(d.get("end_after_sales") for d in drops), "an ended drop"
    only_in_drops = [p for p in shop["products"] if p.get("drop_only")]
    sold_in_drops = {p["sku"] for d in drops for p in d["parts"]}
    assert all(p["variants"][0]["sku"] in sold_in_drops for p in only_in_drops)


def test_the_demo_shop_loads_its_drops_with_true_counts(
    shop: dict[str, Any], tmp_path: Path
) -> None:
    db = open_database(tmp_path / "demo.sqlite")
    try:
        load_demo_shop(db)
        found = {d.name: d for d in list_drops(db)}
        tiers = {t.id: t.code for t in list_tiers(db)}
        on_sale_products = {i.name for i in catalog_items(db)}
        open_shift = current_shift(db)
    finally:
        db.close()
    planned = {d["name"]: d for d in shop["drops"]}
    assert set(found) == set(planned)
    for name, d in found.items():
        assert d.sold == sum(s["quantity"] for s in planned[name]["sales"]), name
        assert d.remaining <= d.edition_size - d.sold, name
    states = {d.state for d in found.values()}
    assert {DropState.LIVE, DropState.SCHEDULED, DropState.ENDED} <= states
    live = [d for d in found.values() if d.state is DropState.LIVE]
    assert any(d.is_bundle for d in live) and any(not d.is_bundle for d in live)
    assert any(d.low for d in live), "one shows 'Only N left' because it is true"
    early = next(d for d in found.values() if d.state is DropState.SCHEDULED)
    assert early.terms.members_first_minutes > 0
    assert [tiers[t] for t in early.member_tier_ids] == ["INNER"]
    assert open_shift is None  # the demo's opening hour is closed; the host opens theirs
    drop_only = {p["name"] for p in shop["products"] if p.get("drop_only")}
    assert drop_only and not drop_only & on_sale_products
