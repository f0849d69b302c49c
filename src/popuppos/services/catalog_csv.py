"""Catalogue CSV import and export.

One row per variant; rows with the same product name (and category) form one product.
Columns (header names, any order; only ``product``, ``sku`` and ``price`` are required):

    product, variant, sku, barcode, price, stock, category, tax_rate, story_hook,
    why_now, image

``price`` is in the shop's currency as people write it ("12.50", "12,50"); ``tax_rate``
is a percent ("23", "13.5"). Reading never writes: it returns the products ready to
import and every problem with its line number. Importing is one transaction, so a
product never lands half-imported; whether the good rows are imported when some rows
are bad is the host's choice in the dialog (all or nothing, or skip the bad rows).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from popuppos.core.i18n import translate
from popuppos.core.money import MoneyError, minor_digits, parse_money
from popuppos.core.pricing import MAX_UNIT_PRICE
from popuppos.services.catalog import (
    MAX_STORY_WORDS,
    ProductSpec,
    VariantSpec,
    upsert_product,
    validate_product,
)
from popuppos.services.errors import ServiceError
from popuppos.services.shop import load_settings
from popuppos.store.db import Database
from popuppos.store.models import Category, Product, Variant

COLUMNS = (
    "product",
    "variant",
    "sku",
    "barcode",
    "price",
    "stock",
    "category",
    "tax_rate",
    "story_hook",
    "why_now",
    "image",
)
REQUIRED = ("product", "sku", "price")
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000


@dataclass(frozen=True, slots=True)
class CsvProblem:
    line: int  # the line number in the file, as a spreadsheet shows it (header = 1)
    reason: str

    def __str__(self) -> str:
        return (
            translate("services/catalog_csv", "Line {line}: {reason}").format(
                line=self.line, reason=self.reason
            )
            if self.line
            else self.reason
        )


@dataclass(slots=True)
class CsvReport:
    products: list[ProductSpec] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)
    row_count: int = 0

    @property
    def variant_count(self) -> int:
        return sum(len(p.variants) for p in self.products)

    @property
    def ok(self) -> bool:
        return not self.problems


def parse_rate(text: str) -> int:
    """ "23" / "13.5" / "13,5 %" -> basis points, without floats."""
    t = text.strip().rstrip("%").strip().replace(",", ".")
    if not t:
        raise ValueError(translate("services/catalog_csv", "is empty"))
    m = re.fullmatch(r"(\d{1,3})(?:\.(\d{1,2}))?", t)
    if not m:
        raise ValueError(
            translate("services/catalog_csv", "{text!r} is not a percent").format(text=text)
        )
    bp = int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))
    if bp > 10_000:
        raise ValueError(translate("services/catalog_csv", "is more than 100 %"))
    return bp


def read_catalog_csv(path: Path, currency: str, default_tax_rate_bp: int = 0) -> CsvReport:
    """Read and check a catalogue CSV; nothing is written."""
    report = CsvReport()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            report.problems.append(
                CsvProblem(0, translate("services/catalog_csv", "the file is larger than 20 MB"))
            )
            return report
        raw = path.read_bytes()
    except OSError as exc:
        report.problems.append(
            CsvProblem(
                0,
                translate("services/catalog_csv", "the file cannot be read ({strerror})").format(
                    strerror=exc.strerror
                ),
            )
        )
        return report
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        report.problems.append(
            CsvProblem(1, translate("services/catalog_csv", "the file is empty or not a CSV file"))
        )
        return report
    names = [h.strip().lower().replace(" ", "_") for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        report.problems.append(
            CsvProblem(
                1,
                translate(
                    "services/catalog_csv", "the header lacks the column(s): {missing}"
                ).format(missing=", ".join(missing)),
            )
        )
        return report
    unknown = [n for n in names if n and n not in COLUMNS]
    if unknown:
        report.problems.append(
            CsvProblem(
                1,
                translate("services/catalog_csv", "unknown column(s): {unknown}").format(
                    unknown=", ".join(unknown)
                ),
            )
        )
        return report
    grouped: dict[tuple[str, str], list[tuple[int, dict[str, str]]]] = {}
    seen_sku: dict[str, int] = {}
    seen_barcode: dict[str, int] = {}
    bad_products: dict[tuple[str, str], int] = {}  # a product with a bad row: its first bad line
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            report.row_count += 1
            if report.row_count > MAX_ROWS:
                report.problems.append(
                    CsvProblem(
                        line,
                        translate("services/catalog_csv", "more than {max_rows} rows").format(
                            max_rows=MAX_ROWS
                        ),
                    )
                )
                break
            if len(row) > len(names):
                report.problems.append(
                    CsvProblem(
                        line,
                        translate(
                            "services/catalog_csv", "{cells} cells but the header has {columns}"
                        ).format(cells=len(row), columns=len(names)),
                    )
                )
                continue
            rec = {n: (row[i].strip() if i < len(row) else "") for i, n in enumerate(names)}
            problem = _check_row(rec, currency, seen_sku, seen_barcode, line)
            key = (rec["product"], rec.get("category", ""))
            if problem:
                report.problems.append(CsvProblem(line, problem))
                bad_products.setdefault(key, line)
                continue
            grouped.setdefault(key, []).append((line, rec))
    except csv.Error as exc:
        report.problems.append(
            CsvProblem(
                reader.line_num,
                translate("services/catalog_csv", "the CSV is broken here ({exc})").format(exc=exc),
            )
        )
    for (name, category), rows in grouped.items():
        first_line, first = rows[0]
        if (name, category) in bad_products:
            # Never half a product: its good rows wait until the bad one is fixed.
            report.problems.append(
                CsvProblem(
                    first_line,
                    translate(
                        "services/catalog_csv",
                        "product {name!r} is left out whole until line {line} is fixed",
                    ).format(name=name, line=bad_products[(name, category)]),
                )
            )
            continue
        try:
            tax = parse_rate(first["tax_rate"]) if first.get("tax_rate") else default_tax_rate_bp
            spec = ProductSpec(
                name=name,
                category=category,
                tax_rate_bp=tax,
                story_hook=first.get("story_hook", ""),
                why_now=first.get("why_now", ""),
                image=first.get("image") or None,
                variants=tuple(
                    VariantSpec(
                        name=r.get("variant", ""),
                        sku=r["sku"],
                        barcode=r.get("barcode") or None,
                        price=parse_money(r["price"], currency),
                        stock=int(r["stock"]) if r.get("stock") else 0,
                    )
                    for _, r in rows
                ),
            )
            validate_product(spec)
        except (ValueError, ServiceError) as exc:
            report.problems.append(
                CsvProblem(
                    first_line,
                    translate("services/catalog_csv", "product {name!r}: {exc}").format(
                        name=name, exc=exc
                    ),
                )
            )
            continue
        report.products.append(spec)
    report.problems.sort(key=lambda p: p.line)
    return report


def _check_row(
    rec: dict[str, str], currency: str, skus: dict[str, int], barcodes: dict[str, int], line: int
) -> str | None:
    if not rec["product"]:
        return translate("services/catalog_csv", "the product name is empty")
    if not rec["sku"]:
        return translate("services/catalog_csv", "the SKU is empty")
    if rec["sku"] in skus:
        return translate("services/catalog_csv", "SKU {sku!r} is also on line {line}").format(
            sku=rec["sku"], line=skus[rec["sku"]]
        )
    if not rec["price"]:
        return translate("services/catalog_csv", "the price is empty")
    try:
        price = parse_money(rec["price"], currency)
    except MoneyError as exc:
        return translate("services/catalog_csv", "price {price!r}: {exc}").format(
            price=rec["price"], exc=exc
        )
    if price > MAX_UNIT_PRICE:
        return translate("services/catalog_csv", "price {price!r} is too large").format(
            price=rec["price"]
        )
    stock = rec.get("stock", "")
    if stock and not re.fullmatch(r"\d{1,7}", stock):
        return translate(
            "services/catalog_csv", "stock {stock!r} is not a whole number of 0 or more"
        ).format(stock=stock)
    if rec.get("tax_rate"):
        try:
            parse_rate(rec["tax_rate"])
        except ValueError as exc:
            return translate("services/catalog_csv", "tax rate {tax_rate!r} {exc}").format(
                tax_rate=rec["tax_rate"], exc=exc
            )
    if len(rec.get("story_hook", "").split()) > MAX_STORY_WORDS:
        return translate(
            "services/catalog_csv", "the story hook is longer than {max_story_words} words"
        ).format(max_story_words=MAX_STORY_WORDS)
    barcode = rec.get("barcode", "")
    if barcode:
        if barcode in barcodes:
            return translate(
                "services/catalog_csv", "barcode {barcode!r} is also on line {line}"
            ).format(barcode=barcode, line=barcodes[barcode])
        barcodes[barcode] = line
    skus[rec["sku"]] = line
    return None


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: int
    updated: int


def import_catalog(db: Database, products: list[ProductSpec]) -> ImportResult:
    """Write ``products`` in one transaction: every product or none."""
    created = updated = 0
    with db.write() as conn:
        for spec in products:
            exists = conn.scalar(
                select(Variant.id).where(Variant.sku.in_([v.sku for v in spec.variants]))
            )
            upsert_product(conn, db.device_id, spec)
            if exists:
                updated += 1
            else:
                created += 1
    return ImportResult(created, updated)


def export_catalog_csv(db: Database, path: Path) -> int:
    """Write every active product's variants to ``path``; returns the rows written."""
    with db.read() as conn:
        settings = load_settings(conn)
        rows = conn.execute(
            select(
                Product.name,
                Variant.name,
                Variant.sku,
                Variant.barcode,
                Variant.price,
                Variant.stock,
                Category.name,
                Product.tax_rate_bp,
                Product.story_hook,
                Product.why_now,
                Product.image,
            )
            .join(Variant, Variant.product_id == Product.id)
            .outerjoin(Category, Category.id == Product.category_id)
            .where(Product.active.is_(True))
            .order_by(Category.name, Product.name, Variant.position)
        ).all()
    digits = minor_digits(settings.currency)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r[0],
                r[1],
                r[2],
                r[3] or "",
                _plain_amount(r[4], digits),
                r[5],
                r[6] or "",
                _plain_rate(r[7]),
                r[8],
                r[9],
                r[10] or "",
            ]
        )
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    tmp.replace(path)
    return len(rows)


def _plain_amount(minor: int, digits: int) -> str:
    if digits == 0:
        return str(minor)
    whole, frac = divmod(minor, 10**digits)
    return f"{whole}.{frac:0{digits}d}"


def _plain_rate(bp: int) -> str:
    whole, frac = divmod(bp, 100)
    return str(whole) if not frac else f"{whole}.{frac:02d}".rstrip("0")
