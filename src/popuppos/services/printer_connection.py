"""Reaching the stall's receipt printer: connect, ask its status, send bytes, disconnect.

Network printers (raw TCP, port 9100), USB printers (by vendor:product id, via pyusb) and
files or device files, through python-escpos's printer classes. Network and USB printers
are asked for their status first (``DLE EOT 1, 2, 4``): out of paper, an open cover or an
error is said before anything is sent; a printer that does not answer status queries is
printed to all the same. Every failure is a ``PrinterProblem`` with a sentence for the
host. Each call blocks on the network or the device: call it off the GUI thread.
"""

from __future__ import annotations

import socket
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from popuppos.services.errors import ServiceError
from popuppos.services.printer_settings import (
    PrinterKind,
    PrinterSettings,
    check,
    parse_network_address,
    parse_usb_ids,
)

CONNECT_TIMEOUT = 4.0  # seconds to reach a network printer
SEND_TIMEOUT = 15.0  # seconds for the printer to take the receipt
STATUS_TIMEOUT = 1.0  # seconds a printer has to answer a status query
USB_TIMEOUT_MS = 5000
SAVED = "The sale is saved; print the receipt again with Reprint."


class PrinterProblem(ServiceError):
    """The receipt printer could not print (the sale, if any, is saved all the same)."""


class PrinterNotConfigured(PrinterProblem):
    pass


class PrinterUnreachable(PrinterProblem):
    """Off, unplugged, wrong address, or the connection broke while sending."""


class PrinterNotReady(PrinterProblem):
    """The printer answered but cannot print: out of paper, cover open, an error."""


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    answered: bool  # False: the printer does not answer status queries (nothing known)
    offline: bool = False
    cover_open: bool = False
    paper_out: bool = False
    paper_low: bool = False
    error: bool = False

    def problem(self, where: str) -> str | None:
        """A sentence for the host when the printer cannot print, else None."""
        if self.paper_out:
            return f"The receipt printer ({where}) is out of paper. Load a new roll."
        if self.cover_open:
            return f"The receipt printer's cover is open ({where}). Close it."
        if self.error:
            return (
                f"The receipt printer ({where}) reports an error (a paper jam or the cutter). "
                "Switch it off and on again."
            )
        if self.offline:
            return f"The receipt printer ({where}) is offline. Check its light and paper."
        return None


@dataclass(frozen=True, slots=True)
class PrintResult:
    target: str  # "192.168.1.50:9100", "04b8:0202", "/dev/usb/lp0"
    bytes_sent: int
    status: PrinterStatus

    @property
    def message(self) -> str:
        if self.status.paper_low:
            return "Printed. The paper is running low: have a new roll ready."
        return "Printed."


# -- talking to the printer -----------------------------------------------------------------
def _connect(settings: PrinterSettings) -> Any:
    """An open python-escpos printer for ``settings`` (raises ``PrinterProblem``)."""
    from popuppos.documents.escpos_writer import prepare_escpos

    prepare_escpos()
    from escpos.exceptions import DeviceNotFoundError  # type: ignore[import-untyped]

    kind, where = settings.kind, settings.target_text()
    try:
        if kind == PrinterKind.NETWORK.value:
            from escpos.printer import Network  # type: ignore[import-untyped]

            host, port = parse_network_address(settings.network_address)
            try:  # connected here: python-escpos would leave a refused socket unclosed
                sock = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
            except OSError as exc:
                raise PrinterUnreachable(_unreachable(settings, where, exc)) from None
            sock.settimeout(SEND_TIMEOUT)
            printer = Network(host, port, timeout=SEND_TIMEOUT)
            printer.device = sock
            return printer
        elif kind == PrinterKind.USB.value:
            from escpos.printer import Usb

            vendor, product = parse_usb_ids(settings.usb_ids)
            printer = Usb(vendor, product, timeout=USB_TIMEOUT_MS)
        elif kind == PrinterKind.FILE.value:
            from escpos.printer import File  # type: ignore[import-untyped]

            printer = File(settings.file_path)
        else:
            raise PrinterNotConfigured(
                "no receipt printer is set up on this stall (Shop → Receipt printer)"
            )
        printer.open()
    except DeviceNotFoundError as exc:
        raise PrinterUnreachable(_unreachable(settings, where, exc.__context__)) from None
    except ValueError as exc:  # pyusb without libusb: NoBackendError
        if type(exc).__name__ == "NoBackendError":
            raise PrinterUnreachable(
                "USB printers cannot be used on this computer: libusb is not installed "
                "(install libusb-1.0, or use the printer over the network or as a file)."
            ) from None
        raise
    return printer


def _unreachable(settings: PrinterSettings, where: str, cause: BaseException | None) -> str:
    if settings.kind == PrinterKind.NETWORK.value:
        if isinstance(cause, ConnectionRefusedError):
            return (
                f"The receipt printer at {where} refused the connection: is it switched on, "
                f"and is that its address?"
            )
        if isinstance(cause, TimeoutError):
            return (
                f"The receipt printer at {where} did not answer within "
                f"{CONNECT_TIMEOUT:.0f} seconds: is it on and on this network?"
            )
        if isinstance(cause, socket.gaierror):
            return f"No printer called {where.rsplit(':', 1)[0]} is known on this network."
        return f"The receipt printer at {where} cannot be reached ({cause})."
    if settings.kind == PrinterKind.USB.value:
        if cause is not None and getattr(cause, "errno", None) == 13:
            return (
                f"PopupPOS may not use the USB printer {where}: give this user access to it "
                f"(a udev rule on Linux)."
            )
        return f"No USB printer {where} is connected: check its cable and power."
    reason = getattr(cause, "strerror", None) or str(cause or "")
    return f"The receipts file {where} cannot be written ({reason})."


def _read_status_byte(printer: Any, query: bytes) -> int | None:
    """One status byte in answer to ``query``, or None when the printer stays silent."""
    try:
        printer._raw(query)
        answer = printer._read()
    except (TimeoutError, OSError, NotImplementedError):
        return None
    except Exception as exc:  # pyusb's USBTimeoutError and friends
        if type(exc).__module__.startswith("usb"):
            return None
        raise
    if not answer:
        return None
    value = int(answer[0])
    return value if value & 0x93 == 0x12 else None  # fixed bits of every status byte


def read_status(printer: Any, kind: str) -> PrinterStatus:
    """Ask a network or USB printer for its state (``DLE EOT 1, 2, 4``)."""
    if kind == PrinterKind.FILE.value:
        return PrinterStatus(answered=False)
    device = getattr(printer, "device", None)
    if kind == PrinterKind.NETWORK.value and device is not None:
        device.settimeout(STATUS_TIMEOUT)
    try:
        online = _read_status_byte(printer, b"\x10\x04\x01")
        if online is None:
            return PrinterStatus(answered=False)
        offline = bool(online & 0x08)
        cause = _read_status_byte(printer, b"\x10\x04\x02") if offline else 0
        paper = _read_status_byte(printer, b"\x10\x04\x04") or 0
    finally:
        if kind == PrinterKind.NETWORK.value and device is not None:
            device.settimeout(SEND_TIMEOUT)
    cause = cause or 0
    return PrinterStatus(
        answered=True,
        offline=offline,
        cover_open=bool(cause & 0x04),
        paper_out=bool(paper & 0x60) or bool(cause & 0x20),
        paper_low=bool(paper & 0x0C),
        error=bool(cause & 0x40),
    )


def send(settings: PrinterSettings, payload: bytes, *, for_sale: bool = False) -> PrintResult:
    """Connect, check the printer can print, send ``payload``, disconnect. ``for_sale``:
    a problem's sentence also says that the sale is saved and how to print it again."""
    try:
        return _send(settings, payload)
    except PrinterProblem as exc:
        if not for_sale:
            raise
        raise type(exc)(f"{exc} {SAVED}") from None


def _send(settings: PrinterSettings, payload: bytes) -> PrintResult:
    check(settings)
    where = settings.target_text()
    printer = _connect(settings)
    try:
        status = read_status(printer, settings.kind)
        problem = status.problem(where)
        if problem:
            raise PrinterNotReady(problem)
        try:
            printer._raw(payload)
        except (OSError, TimeoutError) as exc:
            raise PrinterUnreachable(
                f"The connection to the receipt printer ({where}) broke while printing "
                f"({exc.strerror or exc})."
            ) from None
        except Exception as exc:  # pyusb errors while writing
            if type(exc).__module__.startswith("usb"):
                raise PrinterUnreachable(
                    f"The USB printer {where} stopped taking the receipt ({exc})."
                ) from None
            raise
    finally:
        with suppress(Exception):
            printer.close()
    return PrintResult(where, len(payload), status)
