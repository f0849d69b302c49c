"""This stall's receipt printer: where it is, its paper, its characters, logo and QR.

Kept in the ``settings`` table (one JSON value per ``printer.*`` key, beside the shop's
settings) and never synced: each stall has its own printer. Saving checks every field
and says what is wrong in a sentence; nothing is saved until all of it is right.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from io import BytesIO
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.services.errors import ServiceError
from popuppos.store.db import Database
from popuppos.store.models import Setting

PREFIX = "printer."
LOGO_MAX_DOTS = 576  # the widest roll's dots: a stored logo is never wider
LOGO_MAX_FILE = 20 * 1024 * 1024  # a bigger file is not a logo


class PrinterKind(StrEnum):
    NONE = "none"  # no thermal printer: receipts are PDF / the system print dialog
    NETWORK = "network"  # an Ethernet or Wi-Fi printer, raw TCP (port 9100)
    USB = "usb"  # by its USB vendor and product ids
    FILE = "file"  # a device file (/dev/usb/lp0) or any file: the bytes are written there


class QrChoice(StrEnum):
    NONE = "none"
    PASS = "pass"  # the member pass the sale issued
    PASS_OR_LINK = "pass_or_link"  # the pass, else the receipt's link (when one is set)


# Character sets a host can pick: the code pages the printer is asked to use. Every
# Epson-compatible printer has CP858; a line none of them can print becomes an image.
CHARACTER_SETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "western": (
        QT_TRANSLATE_NOOP("services/printer_settings", "Western European (é ü ß ñ €)"),
        ("CP858",),
    ),
    "central": (
        QT_TRANSLATE_NOOP(
            "services/printer_settings", "Western and Central European (also ł ő ř ş)"
        ),
        ("CP858", "CP852"),
    ),
    "cyrillic": (
        QT_TRANSLATE_NOOP("services/printer_settings", "Western European and Cyrillic"),
        ("CP858", "CP866"),
    ),
    "greek": (
        QT_TRANSLATE_NOOP("services/printer_settings", "Western European and Greek"),
        ("CP858", "CP737"),
    ),
    "images": (
        QT_TRANSLATE_NOOP(
            "services/printer_settings", "Accents as images (printers without code pages)"
        ),
        (),
    ),
}


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    kind: str = PrinterKind.NONE.value
    network_address: str = ""  # "192.168.1.50" or "192.168.1.50:9100"
    usb_ids: str = ""  # "04b8:0202" (vendor:product, hexadecimal)
    file_path: str = ""
    paper_mm: int = 80  # 58 or 80
    character_set: str = "central"
    model: str = "default"  # python-escpos printer profile (code page numbering)
    logo_png: bytes | None = None  # prepared by ``prepare_logo``
    qr: str = QrChoice.PASS_OR_LINK.value
    receipt_link: str = ""  # e.g. "https://shop.example/r/{sale_id}"; empty: no link
    print_after_sale: bool = True
    drawer_on_cash: bool = True  # open the drawer when a receipt of a cash sale prints
    drawer_pin: int = 2  # 2 or 5: the connector pin the drawer is wired to
    cut: bool = True

    @property
    def configured(self) -> bool:
        return self.kind != PrinterKind.NONE.value

    @property
    def code_pages(self) -> tuple[str, ...]:
        return CHARACTER_SETS.get(self.character_set, CHARACTER_SETS["central"])[1]

    def target_text(self) -> str:
        """Where the printer is, as the host wrote it ("192.168.1.50:9100")."""
        if self.kind == PrinterKind.NETWORK.value:
            host, port = parse_network_address(self.network_address)
            return f"{host}:{port}"
        if self.kind == PrinterKind.USB.value:
            return self.usb_ids.strip().lower()
        if self.kind == PrinterKind.FILE.value:
            return self.file_path
        return ""


_FIELDS = {f.name: f for f in fields(PrinterSettings)}


def parse_network_address(text: str) -> tuple[str, int]:
    """ "host" or "host:port" (port 9100 when left out); IPv6 as "[::1]:9100"."""
    text = text.strip()
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::(\d+))?|([^:\s\[\]]+)(?::(\d+))?", text)
    if not text or match is None:
        raise ServiceError(
            translate(
                "services/printer_settings",
                "write the printer's network address as host or host:port, e.g. 192.168.1.50:9100",
            )
        )
    host = match.group(1) or match.group(3)
    port_text = match.group(2) or match.group(4)
    port = int(port_text) if port_text else 9100
    if not 1 <= port <= 65535:
        raise ServiceError(
            translate(
                "services/printer_settings",
                "{port} is not a network port (1 to 65535; printers use 9100)",
            ).format(port=port)
        )
    return host, port


def parse_usb_ids(text: str) -> tuple[int, int]:
    """ "04b8:0202" (or "0x04b8:0x0202") as the vendor and product numbers."""
    match = re.fullmatch(r"\s*(?:0x)?([0-9A-Fa-f]{1,4})\s*:\s*(?:0x)?([0-9A-Fa-f]{1,4})\s*", text)
    if match is None:
        raise ServiceError(
            translate(
                "services/printer_settings",
                "write the USB printer as vendor:product in hexadecimal, e.g. 04b8:0202 "
                "(lsusb shows them)",
            )
        )
    return int(match.group(1), 16), int(match.group(2), 16)


def check(settings: PrinterSettings) -> None:
    """Raise ``ServiceError`` with a sentence for the first thing that is wrong."""
    kinds = {k.value for k in PrinterKind}
    if settings.kind not in kinds:
        raise ServiceError(
            translate(
                "services/printer_settings", "{value} is not a kind of printer PopupPOS knows"
            ).format(value=repr(settings.kind))
        )
    if settings.kind == PrinterKind.NETWORK.value:
        parse_network_address(settings.network_address)
    elif settings.kind == PrinterKind.USB.value:
        parse_usb_ids(settings.usb_ids)
    elif settings.kind == PrinterKind.FILE.value and not settings.file_path.strip():
        raise ServiceError(
            translate(
                "services/printer_settings", "choose the file or device the receipts are written to"
            )
        )
    if settings.paper_mm not in (58, 80):
        raise ServiceError(
            translate("services/printer_settings", "the paper is 58 mm or 80 mm wide")
        )
    if settings.character_set not in CHARACTER_SETS:
        raise ServiceError(
            translate(
                "services/printer_settings", "{value} is not a character set PopupPOS knows"
            ).format(value=repr(settings.character_set))
        )
    if settings.qr not in {q.value for q in QrChoice}:
        raise ServiceError(
            translate(
                "services/printer_settings", "{value} is not a QR choice PopupPOS knows"
            ).format(value=repr(settings.qr))
        )
    if settings.drawer_pin not in (2, 5):
        raise ServiceError(
            translate("services/printer_settings", "the cash drawer is wired to pin 2 or pin 5")
        )
    link = settings.receipt_link.strip()
    if link:
        if not re.match(r"https?://\S+$", link):
            raise ServiceError(
                translate(
                    "services/printer_settings",
                    "the receipt link is a web address starting with https://",
                )
            )
        try:
            receipt_link(settings, sale_id="x", number="1")
        except (KeyError, IndexError, ValueError):
            raise ServiceError(
                translate(
                    "services/printer_settings",
                    "the receipt link may only use {sale_id} and {number} as placeholders",
                )
            ) from None
    from popuppos.documents.escpos_writer import printer_models

    if settings.model not in printer_models():
        raise ServiceError(
            translate(
                "services/printer_settings", "{value} is not a printer model python-escpos knows"
            ).format(value=repr(settings.model))
        )


def receipt_link(settings: PrinterSettings, *, sale_id: str, number: str) -> str | None:
    """The link a receipt's QR code holds, or None when no link is set."""
    link = settings.receipt_link.strip()
    if not link:
        return None
    return link.format(sale_id=sale_id, number=number)


# -- the logo ------------------------------------------------------------------------------
def prepare_logo(path: Path) -> bytes:
    """The image at ``path`` as a small PNG no wider than the widest roll, on white
    (transparency flattened). Raises ``ServiceError`` when it is not an image."""
    from PIL import Image, UnidentifiedImageError

    try:
        if path.stat().st_size > LOGO_MAX_FILE:
            raise ServiceError(
                translate(
                    "services/printer_settings",
                    "the file {name} is too big for a logo (over 20 MB)",
                ).format(name=path.name)
            )
        with Image.open(path) as opened:
            image = opened.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ServiceError(
            translate(
                "services/printer_settings",
                "the file {name} is not an image PopupPOS can read (use PNG, JPEG, GIF or BMP)",
            ).format(name=path.name)
        ) from None
    flat = Image.new("RGB", image.size, (255, 255, 255))
    flat.paste(image, mask=image.split()[3])
    if flat.width > LOGO_MAX_DOTS:
        height = max(1, round(flat.height * LOGO_MAX_DOTS / flat.width))
        flat = flat.resize((LOGO_MAX_DOTS, height), Image.Resampling.LANCZOS)
    buffer = BytesIO()
    flat.convert("L").save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


# -- storage -------------------------------------------------------------------------------
def _encode(name: str, value: Any) -> str:
    if name == "logo_png":
        return json.dumps(base64.b64encode(value).decode("ascii") if value else None)
    return json.dumps(value)


def _decode(name: str, raw: str) -> Any:
    value = json.loads(raw)
    if name == "logo_png":
        return base64.b64decode(value) if value else None
    return value


def load_printer_settings(conn: Connection) -> PrinterSettings:
    keys = [PREFIX + name for name in _FIELDS]
    rows = conn.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys))).all()
    values: dict[str, Any] = {}
    for key, raw in rows:
        name = key.removeprefix(PREFIX)
        try:
            values[name] = _decode(name, raw)
        except (ValueError, TypeError):
            continue  # a damaged value falls back to its default rather than stop printing
    return replace(PrinterSettings(), **values)


def get_printer_settings(db: Database) -> PrinterSettings:
    with db.read() as conn:
        return load_printer_settings(conn)


def save_printer_settings(db: Database, settings: PrinterSettings) -> PrinterSettings:
    """Check and store every printer setting in one transaction."""
    check(settings)
    with db.write() as conn:
        for name in _FIELDS:
            value = _encode(name, getattr(settings, name))
            stmt = sqlite_insert(Setting).values(key=PREFIX + name, value=value)
            conn.execute(
                stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": value})
            )
        return load_printer_settings(conn)
