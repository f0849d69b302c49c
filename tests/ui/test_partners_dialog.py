"""The Venue partners dialog, driven like a host: partners, agreements typed as a person
types them, a statement previewed, issued, saved as PDF and CSV, printed (to a PDF-file
printer: the modal print dialog is never opened here) and corrected."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from helpers import rows, scalar
from popuppos.services.partners import AgreementSpec, save_agreement
from popuppos.services.shop import get_settings
from popuppos.services.statements import statement_pdf
from popuppos.ui.context import AppContext
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.partners import open_venue_partners
from popuppos.ui.partners.partners_dialog import AGREEMENTS, STATEMENTS, PartnersDialog
from popuppos.ui.qt import QAbstractButton, QPrinter, Qt
from venue_shop import VenueShop, euro, local, open_venue_shop, pdf_text

MAR1, MAR31 = date(2026, 3, 1), date(2026, 3, 31)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[VenueShop]:
    s = open_venue_shop(tmp_path)
    yield s
    wait_for_operations()
    s.db.close()


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_dialog(qtbot: QtBot, shop: VenueShop) -> PartnersDialog:
    ctx = AppContext(db=shop.db, settings=get_settings(shop.db), cashier="Aoife")
    dialog = open_venue_partners(None, ctx)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.current is not None)
    return dialog


def test_partners_are_listed_and_a_new_one_is_added(qtbot: QtBot, shop: VenueShop) -> None:
    dialog = open_dialog(qtbot, shop)
    assert dialog.list.item(0).text() == "Kiln & Co\nNo agreement yet"
    assert dialog.title.text() == "Kiln & Co" and dialog.form.name_edit.text() == "Kiln & Co"
    assert dialog.form.tax_edit.text() == "IE7654321K"

    click(qtbot, dialog.new_button)
    assert dialog.title.text() == "New partner" and not dialog.tabs.isTabEnabled(AGREEMENTS)
    click(qtbot, dialog.form.save_button)  # no name yet
    qtbot.waitUntil(lambda: dialog.notice.isVisible())
    assert dialog.notice.text() == "Give the partner a name" and dialog.notice.tone == "danger"
    assert scalar(shop.db, "SELECT COUNT(*) FROM partners") == 1

    qtbot.keyClicks(dialog.form.name_edit, "The Hall")
    qtbot.keyClicks(dialog.form.contact_edit, "Sam Okafor")
    dialog.form.address_edit.setPlainText("1 Main Street\nEnnis")
    click(qtbot, dialog.form.save_button)
    qtbot.waitUntil(lambda: dialog.list.count() == 2 and dialog.title.text() == "The Hall")
    assert dialog.notice.text() == "Saved The Hall." and dialog.tabs.isTabEnabled(STATEMENTS)
    (hall,) = rows(shop.db, "SELECT * FROM partners WHERE name = 'The Hall'")
    assert (hall.contact_name, hall.address) == ("Sam Okafor", "1 Main Street\nEnnis")


def test_an_agreement_is_typed_as_a_person_types_it(qtbot: QtBot, shop: VenueShop) -> None:
    dialog = open_dialog(qtbot, shop)
    dialog.tabs.setCurrentIndex(AGREEMENTS)
    panel = dialog.agreements
    qtbot.waitUntil(lambda: panel.loaded)
    assert "venue “Kiln & Co”" in panel.fee_hint.text()

    qtbot.keyClicks(panel.percent_edit, "120 %")
    assert panel.percent_error.text() == "A share cannot be more than 100 % of the sales"
    click(qtbot, panel.save_button)
    assert panel.notice.text() == "Share: a share cannot be more than 100 % of the sales."
    panel.percent_edit.clear()
    qtbot.keyClicks(panel.percent_edit, "-5")
    assert panel.percent_error.text() == "A share cannot be negative"
    assert scalar(shop.db, "SELECT COUNT(*) FROM agreements") == 0  # nothing was saved

    panel.percent_edit.clear()
    qtbot.keyClicks(panel.percent_edit, "12,5 %")
    assert panel.percent_error.isHidden()
    click(qtbot, panel.basis_pills.buttons["gross"])
    click(qtbot, panel.scope_pills.buttons["category"])
    assert panel.category_combo.isVisible() and not panel.event_combo.isVisible()
    panel.category_combo.setCurrentIndex(panel.category_combo.findText("Prints"))
    panel.start_edit.setDate(panel.start_edit.date().fromString("2026-03-01", "yyyy-MM-dd"))
    panel.end_edit.setDate(panel.end_edit.date().fromString("2026-03-31", "yyyy-MM-dd"))
    qtbot.keyClicks(panel.fee_edit, "50")
    click(qtbot, panel.save_button)
    qtbot.waitUntil(lambda: panel.list.count() == 1 and not panel.busy)
    (saved,) = rows(shop.db, "SELECT * FROM agreements")
    assert (saved.rate_bp, saved.basis, saved.scope, saved.fee_per_event) == (
        1250,
        "gross",
        "category",
        5000,
    )
    assert (saved.starts_on, saved.ends_on, saved.label) == (
        "2026-03-01",
        "2026-03-31",
        "Prints sales",
    )
    assert panel.list.item(0).text() == "Prints sales\n12.5 % of gross · Prints · 1–31 Mar"
    assert panel.percent_edit.text() == "12.5 %"  # read back as it was meant
    qtbot.waitUntil(lambda: dialog.list.item(0).text() == "Kiln & Co\n1 agreement")

    # A second all-sales agreement over the same days would clash: the service says so.
    click(qtbot, panel.new_button)
    qtbot.keyClicks(panel.percent_edit, "10")
    click(qtbot, panel.scope_pills.buttons["category"])
    panel.category_combo.setCurrentIndex(panel.category_combo.findText("Prints"))
    panel.start_edit.setDate(panel.start_edit.date().fromString("2026-03-15", "yyyy-MM-dd"))
    panel.end_edit.setDate(panel.end_edit.date().fromString("2026-04-15", "yyyy-MM-dd"))
    click(qtbot, panel.save_button)
    qtbot.waitUntil(
        lambda: not panel.busy and "already takes a share in Prints" in panel.notice.text()
    )
    assert scalar(shop.db, "SELECT COUNT(*) FROM agreements") == 1


def test_a_statement_is_previewed_issued_saved_printed_and_corrected(
    qtbot: QtBot, shop: VenueShop, tmp_path: Path
) -> None:
    # 12.5 % of net in March; a mug (12.30, tax 2.30) and a print (45.00, no tax) sold.
    save_agreement(shop.db, AgreementSpec(shop.kiln, "All sales", "net", 1250, "all", MAR1, MAR31))
    shop.sale(local(date(2026, 3, 3), 11), ("MUG", 1), ("PRT-A3", 1))
    dialog = open_dialog(qtbot, shop)
    dialog.tabs.setCurrentIndex(STATEMENTS)
    panel = dialog.statements
    panel.set_period(MAR1, MAR31)
    issued = panel.issued_list
    qtbot.waitUntil(lambda: issued.listed and not panel.previewing and panel.preview is not None)
    # base 10.00 + 45.00 = 55.00; 12.5 % = 6.875 -> 6.88
    assert panel.gross_value.text() == euro(5730) and panel.base_value.text() == euro(5500)
    assert panel.owed_value.text() == euro(688)
    assert panel.sentence.text() == "Sunrise Market Studio owes Kiln & Co €6.88."
    assert panel.covers.text() == "2 sale lines and 0 refunds under 1 agreement."
    click(qtbot, panel.paper_pills.buttons["Letter"])
    click(qtbot, panel.issue_button)
    qtbot.waitUntil(lambda: issued.list.count() == 1 and not panel.busy)
    (row,) = rows(shop.db, "SELECT * FROM statements")
    assert panel.notice.text() == f"Issued {row.number}: €6.88 owed to Kiln & Co."
    assert (row.amount_owed, row.page_size) == (688, "Letter")
    assert (
        issued.list.item(0).text()
        == f"{row.number} · 1 Mar 2026 – 31 Mar 2026\n€6.88 owed to Kiln & Co"
    )
    qtbot.waitUntil(lambda: not panel.previewing)
    assert not panel.issue_button.isEnabled()  # the period is stated now
    assert f"{row.number} already covers this period" in panel.covers.text()

    saved_pdf, saved_csv = tmp_path / "statement.pdf", tmp_path / "statement.csv"
    issued.save_pdf_to(saved_pdf)
    qtbot.waitUntil(lambda: saved_pdf.exists())
    assert saved_pdf.read_bytes() == row.pdf  # a reprint is the stored bytes
    issued.save_csv_to(saved_csv)
    qtbot.waitUntil(lambda: saved_csv.exists())
    assert "statement," + row.number in saved_csv.read_text("utf-8")

    printed = tmp_path / "printed.pdf"
    printer = issued.new_printer(row.page_size)  # what Print… hands the print dialog
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(150)
    issued.print_to(printer, bytes(row.pdf))
    pages = len(PdfReader(BytesIO(row.pdf)).pages)
    qtbot.waitUntil(lambda: issued.printed_pages == pages)
    assert panel.notice.text() == f"Sent {pages} page{'s' if pages > 1 else ''} to the printer."
    out = PdfReader(str(printed))
    assert len(out.pages) == pages
    assert round(float(out.pages[0].mediabox.width)) == 612  # Letter, as issued

    shop.sale(local(date(2026, 3, 30), 12), ("PRT-A3", 1))  # arrives from another stall later
    click(qtbot, issued.correct_button)
    qtbot.waitUntil(lambda: issued.list.count() == 2 and not issued.busy)
    fixed = rows(shop.db, "SELECT * FROM statements WHERE corrects_id IS NOT NULL")[0]
    assert fixed.corrects_id == row.id and fixed.amount_owed == 1250  # 100.00 x 12.5 %
    assert issued.list.item(0).text().endswith(f"Corrects {row.number}")
    assert issued.list.item(1).text().endswith(f"Corrected by {fixed.number}")
    assert issued.selected() is not None and issued.selected().number == fixed.number  # type: ignore[union-attr]
    assert f"This statement corrects {row.number}" in pdf_text(statement_pdf(shop.db, fixed.id))
    issued.list.setCurrentRow(1)
    assert not issued.correct_button.isEnabled()  # a corrected statement is corrected once
