"""What the screenshot scripts share: waiting for a screen, letting it settle, saving it.

Import it before anything from PopupPOS: it selects the offscreen Qt platform (unless a
display is chosen) and works around PySide6's reference bug on CPython 3.11 (see
make_demo_images.py).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if sys.version_info < (3, 12):  # PySide6 6.12.0 on CPython 3.11 (see make_demo_images.py)
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40

from popuppos.core.cart import CartLine
from popuppos.services import catalog
from popuppos.store.db import Database
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QLineEdit, QSize, QWidget

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def wait_until(test: Callable[[], bool], timeout: float = 15.0) -> None:
    """Run the event loop until ``test()`` holds (screens load on worker threads)."""
    end = time.monotonic() + timeout
    while not test():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the screen")
        wait_for_operations(50)
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    """Run the event loop for ``seconds``, then until the worker threads are done."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    wait_for_operations()
    QApplication.processEvents()


def say(path: Path, size: QSize | None = None) -> None:
    """Print where a picture went (from the repository root when inside it), and its size."""
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{where} ({size.width()}x{size.height()})" if size is not None else where)


def save(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> None:
    """Grab ``widget`` (resized to ``size`` and shown first, when given) into a PNG."""
    if size is not None:
        widget.resize(*size)
        widget.show()
    focused = QApplication.focusWidget()
    if focused is not None and not isinstance(focused, QLineEdit):
        focused.clearFocus()  # no focus ring on whatever button took focus first
    for edit in widget.findChildren(QLineEdit):
        edit.deselect()  # focus-in selects a field's text; a person would not see that
    settle(0.15)
    image = widget.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    say(path, image.size())


def sku_line(db: Database, sku: str, quantity: int = 1) -> CartLine:
    """A cart line for ``quantity`` of the demo shop's variant ``sku``."""
    found = catalog.find_by_code(db, sku)
    if found is None:
        raise SystemExit(f"the demo shop has no SKU {sku}")
    p, v = found.product, found.variant
    return CartLine(v.id, p.name, v.name, v.sku, v.price, p.tax_rate_bp, quantity)
