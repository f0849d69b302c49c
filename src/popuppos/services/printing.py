"""Printing receipts on this stall's thermal printer, and opening its cash drawer.

Printing happens after a sale is recorded and never changes it: a printer that is off,
unplugged or out of paper raises a ``PrinterProblem`` (``services.printer_connection``)
whose message tells the host what to do and that the sale is saved; the receipt can be
printed again from the receipt screen or Shop → Sales. What is printed is the same
receipt as the PDF (``services.receipts``), laid out for the roll by
``documents.escpos_receipt``, with the member pass the sale issued (or the receipt's link)
as a QR code. Each call connects, sends one byte stream and disconnects: call it off the
GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from popuppos.core.i18n import translate
from popuppos.documents.data import ReceiptData, ReceiptLine, ReceiptTender, TaxRow
from popuppos.documents.escpos_receipt import (
    ThermalOptions,
    drawer_kick_escpos,
    receipt_escpos,
)
from popuppos.documents.receipt_text import WORDS
from popuppos.services import receipts
from popuppos.services.printer_connection import (
    PrinterNotConfigured,
    PrinterNotReady,
    PrinterProblem,
    PrinterStatus,
    PrinterUnreachable,
    PrintResult,
    send,
)
from popuppos.services.printer_settings import (
    PrinterSettings,
    QrChoice,
    get_printer_settings,
    receipt_link,
)
from popuppos.services.shop import get_settings
from popuppos.store.db import Database
from popuppos.store.models import SaleTender
from popuppos.store.pass_models import MemberPass, PassRevocation

__all__ = [
    "PrintResult",
    "PrinterNotConfigured",
    "PrinterNotReady",
    "PrinterProblem",
    "PrinterStatus",
    "PrinterUnreachable",
    "open_drawer",
    "print_refund_receipt",
    "print_sale_receipt",
    "print_test_page",
    "sale_receipt_bytes",
    "send",
]


# -- what is printed ------------------------------------------------------------------------
def _qr_codes(
    db: Database, settings: PrinterSettings, data: ReceiptData, refund: bool
) -> tuple[str | None, str]:
    if settings.qr == QrChoice.NONE.value or refund:
        return None, ""
    with db.read() as conn:
        revoked = select(PassRevocation.pass_id)
        token = conn.scalar(
            select(MemberPass.token)
            .where(MemberPass.sale_id == data.sale_id, MemberPass.id.not_in(revoked))
            .order_by(MemberPass.issued_at)
        )
    if token:
        return token, WORDS.pass_caption
    if settings.qr == QrChoice.PASS_OR_LINK.value:
        link = receipt_link(settings, sale_id=data.sale_id, number=data.sale_number)
        if link:
            return link, WORDS.link_caption
    return None, ""


def options_for(
    settings: PrinterSettings, *, qr: str | None = None, caption: str = "", kick: bool = False
) -> ThermalOptions:
    return ThermalOptions(
        paper_mm=settings.paper_mm,
        code_pages=settings.code_pages,
        model=settings.model,
        logo_png=settings.logo_png,
        qr=qr,
        qr_caption=caption,
        kick_drawer=kick,
        drawer_pin=settings.drawer_pin,
        cut=settings.cut,
    )


def _paid_cash(db: Database, sale_id: str) -> bool:
    with db.read() as conn:
        methods = conn.scalars(select(SaleTender.method).where(SaleTender.sale_id == sale_id))
        return "cash" in set(methods)


def sale_receipt_bytes(
    db: Database,
    sale_id: str,
    settings: PrinterSettings,
    *,
    data: ReceiptData | None = None,
    first_print: bool = False,
) -> bytes:
    """The sale's receipt for this printer. ``data``: the receipt as the sell screen
    shows it (with the member saving in its footer); read from the database when None.
    ``first_print`` opens the drawer for a cash sale (when set up); a reprint never does."""
    data = data if data is not None else receipts.receipt_data(db, sale_id)
    qr, caption = _qr_codes(db, settings, data, refund=False)
    kick = first_print and settings.drawer_on_cash and _paid_cash(db, sale_id)
    return receipt_escpos(data, options_for(settings, qr=qr, caption=caption, kick=kick))


def print_sale_receipt(
    db: Database,
    sale_id: str,
    *,
    data: ReceiptData | None = None,
    first_print: bool = False,
    settings: PrinterSettings | None = None,
) -> PrintResult:
    """Print a sale's receipt on this stall's printer (see ``sale_receipt_bytes``)."""
    settings = settings or get_printer_settings(db)
    if not settings.configured:
        raise PrinterNotConfigured("no receipt printer is set up on this stall")
    payload = sale_receipt_bytes(db, sale_id, settings, data=data, first_print=first_print)
    return send(settings, payload, for_sale=True)


def print_refund_receipt(
    db: Database, refund_id: str, *, settings: PrinterSettings | None = None
) -> PrintResult:
    settings = settings or get_printer_settings(db)
    if not settings.configured:
        raise PrinterNotConfigured("no receipt printer is set up on this stall")
    data = receipts.refund_receipt_data(db, refund_id)
    return send(settings, receipt_escpos(data, options_for(settings)), for_sale=True)


def open_drawer(settings: PrinterSettings) -> PrintResult:
    """Open the cash drawer wired to the printer; nothing is printed (``ESC p``)."""
    if not settings.configured:
        raise PrinterNotConfigured("no receipt printer is set up on this stall")
    return send(settings, drawer_kick_escpos(settings.drawer_pin, settings.model))


def sample_receipt(db: Database) -> ReceiptData:
    """A made-up receipt in this shop's name and currency: a test print, and the preview."""
    shop = receipts.shop_header(get_settings(db))
    lines = (
        ReceiptLine(
            translate("services/printing", "Crème brûlée candle"), "", 1, 1800, 0, 1800, 2300
        ),
        ReceiptLine(
            translate("services/printing", "Grüße aus München postcard"), "", 2, 250, 0, 500, 2300
        ),
    )
    return ReceiptData(
        title=translate("services/printing", "Test print"),
        shop=shop,
        sale_number="0",
        sale_id="00000000-0000-7000-8000-000000000000",
        created_at=datetime.now().astimezone().replace(microsecond=0),
        device_name=get_settings(db).device_name,
        cashier="PopupPOS",
        member_name="Δήμητρα · Дмитрий",
        lines=lines,
        subtotal=2300,
        discount_total=0,
        tax_total=430,
        tax_inclusive=True,
        total=2300,
        tip=0,
        tenders=(ReceiptTender(translate("services/printing", "Cash"), 2300, 3000, 700, None),),
        taxes=(TaxRow(2300, 1870, 430, 2300),),
        footer=translate("services/printing", "If this reads right, receipts will too."),
    )


def test_page_bytes(db: Database, settings: PrinterSettings) -> bytes:
    data = sample_receipt(db)
    qr = receipt_link(settings, sale_id=data.sale_id, number=data.sale_number)
    caption = WORDS.link_caption if qr else ""
    if qr is None and settings.qr != QrChoice.NONE.value:
        qr = "PP1-TEST-PRINT"
        caption = translate("services/printing", "Member passes print here as a QR code")
    return receipt_escpos(data, options_for(settings, qr=qr, caption=caption))


def print_test_page(db: Database, settings: PrinterSettings) -> PrintResult:
    """Print the sample receipt with ``settings`` (saved or not)."""
    if not settings.configured:
        raise PrinterNotConfigured("choose how the printer is connected first")
    return send(settings, test_page_bytes(db, settings))


def test_page_preview(db: Database, settings: PrinterSettings) -> bytes:
    """The test receipt as a PNG, read back from the very bytes the printer would get."""
    from popuppos.documents.escpos_preview import render_png
    from popuppos.documents.escpos_writer import PAPERS, model_code_pages

    slots = {slot: name for name, slot in model_code_pages(settings.model).items()}
    return render_png(test_page_bytes(db, settings), PAPERS[settings.paper_mm], slots)
