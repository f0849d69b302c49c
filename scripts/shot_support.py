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

from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def wait_until(test: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not test():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the screen")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    wait_for_operations()
    QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    focused = QApplication.focusWidget()
    if focused is not None:  # no focus ring on the first button in the picture
        focused.clearFocus()
    image = widget.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"{path} ({image.width()}x{image.height()})")
