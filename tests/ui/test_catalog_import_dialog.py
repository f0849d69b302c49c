"""Importing the catalogue from CSV (all or nothing, or skip the bad rows) and exporting it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers import stock_by_sku
from popuppos.services import catalog
from popuppos.services.shop import get_settings
from popuppos.store.db import open_database
from popuppos.ui.backoffice.catalog_io_dialog import CatalogImportDialog
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QFileDialog, Qt

# Line 4 (the header is line 1) has a price that is not an amount.
CSV_WITH_ONE_BAD_ROW = """product,variant,sku,price,stock,category
Tee,M,TEE-M,25.00,10,Apparel
Tee,L,TEE-L,"25,00",5,Apparel
Mug,,MUG-1,abc,3,Home
Tote,,TOTE-1,18,7,Bags
"""


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    db = open_database(tmp_path / "shop.sqlite")
    context = AppContext(db=db, settings=get_settings(db))
    yield context
    wait_for_operations()
    db.close()


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> CatalogImportDialog:
    d = CatalogImportDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def choose(
    qtbot: QtBot, dialog: CatalogImportDialog, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None)


def names(ctx: AppContext) -> set[str]:
    return {item.name for item in catalog.catalog_items(ctx.db)}


def test_all_or_nothing_imports_nothing_and_lists_the_bad_line(
    qtbot: QtBot,
    dialog: CatalogImportDialog,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "catalogue.csv"
    path.write_text(CSV_WITH_ONE_BAD_ROW, encoding="utf-8")
    choose(qtbot, dialog, path, monkeypatch)

    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert len(problems) == 1 and problems[0].startswith("Line 4: price 'abc'")
    assert "is not an amount" in problems[0]
    assert "4 rows read: 2 products (3 variants) ready" in dialog.summary_label.text()
    assert dialog.strict_radio.isChecked() and dialog.strict_radio.isVisible()
    assert dialog.skip_radio.text() == "Import the 2 good products and skip the bad rows"
    assert "Nothing will be imported until every row is fixed" in dialog.outcome_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.import_products()  # even when asked directly, all-or-nothing imports nothing
    wait_for_operations()
    assert names(ctx) == set()

    # Fix the file, read it again: now everything imports.
    path.write_text(CSV_WITH_ONE_BAD_ROW.replace("abc", "12.00"), encoding="utf-8")
    qtbot.mouseClick(dialog.reread_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.import_button.isEnabled())
    assert dialog.problem_list.isHidden() and dialog.strict_radio.isHidden()
    assert dialog.import_button.text() == "Import 3 products"
    with qtbot.waitSignal(ctx.events.catalog_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert names(ctx) == {"Tee", "Mug", "Tote"}
    assert dialog.notice.text() == "Imported 3 products: 3 new, 0 updated."
    assert not dialog.import_button.isEnabled()  # not twice by accident


def test_skip_mode_imports_the_good_products(
    qtbot: QtBot,
    dialog: CatalogImportDialog,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "catalogue.csv"
    path.write_text(CSV_WITH_ONE_BAD_ROW, encoding="utf-8")
    choose(qtbot, dialog, path, monkeypatch)
    dialog.skip_radio.click()  # as a tap on the option does
    assert dialog.skip_radio.isChecked()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 2 products"
    with qtbot.waitSignal(ctx.events.catalog_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert names(ctx) == {"Tee", "Tote"}
    assert stock_by_sku(ctx.db) == {"TEE-M": 10, "TEE-L": 5, "TOTE-1": 7}
    assert "1 bad row skipped" in dialog.notice.text()


def test_a_file_that_is_not_a_catalogue_says_why(
    qtbot: QtBot,
    dialog: CatalogImportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("name,colour\nTee,red\n", encoding="utf-8")
    choose(qtbot, dialog, path, monkeypatch)
    assert dialog.problem_list.item(0).text().startswith("Line 1: the header lacks")
    assert "Nothing in this file can be imported" in dialog.outcome_label.text()
    assert not dialog.import_button.isEnabled()


def test_export_writes_every_variant(
    qtbot: QtBot,
    dialog: CatalogImportDialog,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    catalog.save_product(
        ctx.db,
        catalog.ProductSpec(
            name="Tee",
            category="Apparel",
            tax_rate_bp=2300,
            variants=(
                catalog.VariantSpec("S", "TEE-S", 2500, 4),
                catalog.VariantSpec("M", "TEE-M", 2500, 6),
            ),
        ),
    )
    target = tmp_path / "export"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None)
    lines = target.with_suffix(".csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and lines[0].startswith("product,variant,sku")
    assert "Exported 2 rows" in dialog.notice.text()
