"""The Qt binding must not corrupt the interpreter (a guard for PySide6 upgrades)."""

import sys

import pytest

from popuppos.ui.qt import QLabel, QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_do_not_drop_references_to_none(qtbot: object) -> None:
    # PySide6 6.12.0 released one reference to None per call of a method returning void;
    # None's count reached zero after a few thousand calls and Python aborted.
    obj, label = QObject(), QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")
        label.setText("y")
    assert sys.getrefcount(None) - before > -50
