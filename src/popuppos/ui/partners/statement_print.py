"""Printing an issued statement: the stored PDF's pages, painted on a QPrinter.

The printer gets the very document the partner was handed (not a re-layout): each page is
rendered by Qt PDF at up to ``MAX_DPI`` and drawn to fill the printer's page. Painting on a
QPrinter is allowed off the GUI thread, so ``print_pdf`` runs on a worker; only the print
dialog itself is on the GUI thread (and never opened by the tests, which call
``print_pdf`` with a PDF-file printer).
"""

from __future__ import annotations

from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    HAVE_QT_PDF,
    QBuffer,
    QByteArray,
    QIODevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfDocument,
    QPrinter,
    QRect,
    QSize,
    QSizeF,
)

MAX_DPI = 300  # enough for text on any office printer, small enough to stay in memory


class PrintProblem(Exception):
    """The statement could not be printed; the message says why."""


def page_size_of(name: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if name == "Letter" else QPageSize.PageSizeId.A4)


def prepare_printer(printer: QPrinter, page_size: str) -> None:
    """Paper of the statement's size, portrait, the whole sheet (the PDF has its margins)."""
    printer.setPageLayout(
        QPageLayout(
            page_size_of(page_size),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    printer.setFullPage(True)
    printer.setDocName(translate("partners/statement_print", "Revenue-share statement"))


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` on ``printer``; returns how many pages were printed."""
    if not HAVE_QT_PDF:
        raise PrintProblem("printing needs Qt PDF (PySide6-Addons); save the PDF and print it")
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PrintProblem("the statement's PDF could not be read for printing")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintProblem("the printer could not be opened (is it connected and on?)")
        try:
            for index in range(document.pageCount()):
                if index and not printer.newPage():
                    raise PrintProblem("the printer stopped taking pages")
                _draw_page(painter, document, index, printer.resolution())
        finally:
            painter.end()
        return int(document.pageCount())
    finally:
        document.close()
        buffer.close()


def _draw_page(painter: QPainter, document: QPdfDocument, index: int, printer_dpi: int) -> None:
    points: QSizeF = document.pagePointSize(index)
    dpi = min(MAX_DPI, max(printer_dpi, 72))
    image = document.render(
        index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    )
    target: QRect = painter.viewport()
    # Keep the page's proportions inside the printable area, centred.
    scale = min(target.width() / image.width(), target.height() / image.height())
    w, h = round(image.width() * scale), round(image.height() * scale)
    x = target.x() + (target.width() - w) // 2
    y = target.y() + (target.height() - h) // 2
    painter.drawImage(QRect(x, y, w, h), image)
