"""Printed documents in German: with a translator installed through ``core.i18n`` the
receipt (PDF and ESC/POS), the Z report, the revenue-share statement and the pass card
read in German while every amount stays what the data says; without one they are the
English originals.

The German words come from ``de_documents.json`` (context, English source, German), the
same entries that go into resources/translations/popuppos_de.ts, so these tests do not
wait for the .qm to be rebuilt.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from test_escpos_receipt import amounts, printed, text_of
from test_pass_card_pdf import _card
from test_pass_card_pdf import _text as card_lines
from test_receipt_pdf import flat, make_receipt, page_text
from test_statement_pdf import text_of as statement_text
from test_z_report_pdf import make_z_report

from popuppos.core import i18n
from popuppos.core import metrics as m
from popuppos.documents.metrics_csv import metric_rows
from popuppos.documents.pass_card_pdf import render_pass_card_pdf
from popuppos.documents.receipt_pdf import render_receipt_pdf
from popuppos.documents.statement_pdf import DETAIL_LIMIT, render_statement_pdf
from popuppos.documents.statement_sample import sample_statement
from popuppos.documents.z_report_pdf import render_z_report_pdf

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parents[1] / "src" / "popuppos" / "documents"
ENTRIES: list[dict[str, str]] = json.loads((HERE / "de_documents.json").read_text("utf-8"))
GERMAN = {(e["context"], e["source"]): e["german"] for e in ENTRIES}


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install_translator(lambda context, text: GERMAN.get((context, text), text))
    yield
    i18n.install_translator(None)


def marked_strings() -> set[tuple[str, str]]:
    """Every (context, text) literal pair passed to translate/QT_TRANSLATE_NOOP in
    src/popuppos/documents (what pyside6-lupdate extracts)."""
    found: set[tuple[str, str]] = set()
    for path in DOCUMENTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                context, text = (a.value for a in node.args)  # type: ignore[attr-defined]
                found.add((context, text))
    return found


def test_every_marked_document_string_has_a_german_entry_with_its_placeholders() -> None:
    marked = marked_strings()
    assert len(marked) > 80  # receipts, Z report, pass cards, page footers
    assert sorted(marked - GERMAN.keys()) == []
    assert sorted(GERMAN.keys() - marked) == []  # no stale entries
    for (_, source), german_text in GERMAN.items():
        assert sorted(re.findall(r"\{\w*\}", german_text)) == sorted(
            re.findall(r"\{\w*\}", source)
        ), source
    assert all(context.startswith("documents/") for context, _ in marked)


def test_receipt_pdf_reads_in_german_with_the_same_amounts(german: None) -> None:
    data = make_receipt()
    de = page_text(render_receipt_pdf(data))
    i18n.install_translator(None)
    en = page_text(render_receipt_pdf(data))

    for word in ("QUITTUNG", "Nr. KT1-0042", "Kasse: Stall laptop", "Es bediente Sie: Aoife"):
        assert word in de
    for word in ("Zwischensumme (6 Artikel)", "Rabatte", "inkl. MwSt.", "Trinkgeld"):
        assert word in de
    for word in ("Gesamtbetrag", "Bar", "Karte", "Gegeben", "Rückgeld", "MwSt.-Satz", "Brutto"):
        assert word in de
    for english in ("RECEIPT", "Subtotal", "Change", "Grand total", "Tax rate", "Served by"):
        assert english not in de
        assert english in en
    # data is never translated: the items, the shop, the footer print as they are
    assert "Limited Drop Hoodie" in de and "Kiln & Thread Pop-up" in de
    assert "Returns within 30 days" in de and "VAT no. IE3456789OH" in de
    assert amounts(de) == amounts(en) and len(amounts(de)) > 15


def test_escpos_receipt_prints_german_in_cp858_with_the_same_amounts(german: None) -> None:
    data = make_receipt()
    de_bytes = printed(data, paper_mm=80, code_pages=("CP858", "CP852"))
    i18n.install_translator(None)
    en_bytes = printed(data, paper_mm=80, code_pages=("CP858", "CP852"))

    for word in ("QUITTUNG", "Zwischensumme (6 Artikel)", "Rückgeld", "Gesamtbetrag", "Brutto"):
        assert word.encode("cp858") in de_bytes, word
    assert b"R\x81ckgeld" in de_bytes  # ü is one byte (0x81) in CP858
    assert b"Subtotal" not in de_bytes and b"Subtotal" in en_bytes
    de, en = text_of(de_bytes), text_of(en_bytes)
    assert "Gegeben" in de and "Tendered" in en
    assert amounts(de) == amounts(en) and len(amounts(de)) > 15


def test_z_report_reads_in_german_with_the_same_amounts(german: None) -> None:
    data = make_z_report()
    de = page_text(render_z_report_pdf(data))
    i18n.install_translator(None)
    en = page_text(render_z_report_pdf(data))

    for word in ("Z-Bericht", "Schicht 17", "Umsatzübersicht", "Kassenlade", "Fehlbetrag"):
        assert word in de, word
    for word in ("Erstattungen (2)", "Stornierte Verkäufe (1)", "Seite 1 von 1", "Karte", "Bar"):
        assert word in de, word
    assert "8 Std. 17 Min." in de
    assert "Sales summary" not in de and "Sales summary" in en
    assert "Page 1 of 1" in en
    assert amounts(de) == amounts(en) and len(amounts(de)) > 20


def test_pass_card_reads_in_german(german: None) -> None:
    card = _card(valid_from=date(2026, 3, 1), valid_until=date(2027, 2, 28))
    lines = card_lines(render_pass_card_pdf(card))
    text = " ".join(lines)
    assert "MITGLIED" in text.replace(" ", "") and "GÜLTIG" in text.replace(" ", "")
    assert "ab 1. März 2026" in text and "bis 28. Feb. 2027" in text
    assert "Diesen Code am Stand zeigen" in text
    assert card.holder_name in text  # the holder's name is data, untouched


@pytest.mark.parametrize("lines", [12, DETAIL_LIMIT * 3])
def test_statement_reads_in_german_with_the_same_amounts(german: None, lines: int) -> None:
    data = sample_statement(lines)
    fixed = replace(data, corrects="ST-2026-0041", corrects_owed=data.owed - 1500)
    de = flat(statement_text(render_statement_pdf(fixed)))
    i18n.install_translator(None)
    en = flat(statement_text(render_statement_pdf(fixed)))

    assert f"Abrechnung {data.number}" in de and "Seite 1 von " in de
    assert "Erfasste Verkäufe" in de and "Geschuldeter Betrag" in de and "Vereinbarung" in de
    assert f"{data.shop.name} schuldet {data.partner.name}" in de
    assert "Diese Abrechnung berichtigt ST-2026-0041" in de and "mehr an" in de
    heading = "Alle Verkäufe und Erstattungen" if lines <= DETAIL_LIMIT else "Anhang: alle"
    assert heading in de
    assert "Amount owed" not in de and "Amount owed" in en
    # the line items and agreement names are data: the same in both
    assert data.lines[0].item in de and data.agreements[0].label in de
    assert amounts(de) == amounts(en) and len(amounts(de)) > 20


def test_metrics_csv_units_and_details_read_in_german_with_the_same_numbers(german: None) -> None:
    ms = m.MetricSet(
        scope="period",
        label="Last 30 days",
        start=datetime(2026, 1, 1),
        end=datetime(2026, 2, 1),
        as_of=datetime(2026, 2, 1),
        conversion=m.Conversion(7, 3_600_000_000, 2),
        repeat=m.RepeatCounts(10, 6, 2, 1),
        retention=m.Retention(4, 9),
        revenue=m.Revenue(merch=12_345, tips=600, passes=3000, events_held=3, refunded=150),
    )
    de = metric_rows(ms, "EUR")
    i18n.install_translator(None)
    en = metric_rows(ms, "EUR")

    units = ("numerator_unit", "denominator_unit", "value_unit", "detail")
    numbers = ("metric", "numerator", "denominator", "value", "from", "to", "as_of")
    for de_row, en_row in zip(de, en, strict=True):
        assert [de_row[k] for k in numbers] == [en_row[k] for k in numbers]
        assert list(de_row) == list(en_row)  # the column names are the file's keys: English
    conversion, repeat, _, revenue = de
    assert conversion["value_unit"] == "Käufe pro Live-Minute"
    assert conversion["detail"] == "2 Live-Sessions" and en[0]["detail"] == "2 live sessions"
    assert (
        repeat["denominator_unit"]
        == f"Käufer, deren erster Kauf mindestens {m.REPEAT_DAYS} Tage zurückliegt"
    )
    assert revenue["detail"] == (
        "Waren 123.45, Trinkgeld 6.00, Mitgliedskarten 30.00; abgezogene Erstattungen 1.50"
    )
    assert all(de[i][k] != en[i][k] for i in range(4) for k in units if en[i][k])
