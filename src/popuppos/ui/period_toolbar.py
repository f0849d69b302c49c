"""The toolbar of a screen that pages through time (the calendar, the planner): its title,
‹ / today / › buttons and the range shown, in one row the screen then adds its own to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from popuppos.ui.qt import QHBoxLayout, QLabel, QPushButton
from popuppos.ui.sell.widgets import make_button


@dataclass(frozen=True, slots=True)
class PeriodToolbar:
    row: QHBoxLayout
    prev_button: QPushButton
    today_button: QPushButton
    next_button: QPushButton
    range_label: QLabel


def period_toolbar(
    title: str,
    *,
    previous: str,
    today: str,
    following: str,
    step: Callable[[int], None],
    go_today: Callable[[], None],
) -> PeriodToolbar:
    """``previous`` / ``following`` name the arrows (tooltip and screen reader); ``step(-1)``
    and ``step(1)`` page, ``go_today`` comes back. The row ends after the range label."""
    row = QHBoxLayout()
    row.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("Heading")
    heading.setStyleSheet("font-size: 22px;")
    row.addWidget(heading)
    row.addSpacing(16)
    prev_button = make_button("‹", tooltip=previous)
    prev_button.setAccessibleName(previous)
    prev_button.setFixedWidth(48)
    prev_button.clicked.connect(lambda: step(-1))
    today_button = make_button(today)
    today_button.clicked.connect(go_today)
    next_button = make_button("›", tooltip=following)
    next_button.setAccessibleName(following)
    next_button.setFixedWidth(48)
    next_button.clicked.connect(lambda: step(1))
    for b in (prev_button, today_button, next_button):
        row.addWidget(b)
    row.addSpacing(8)
    range_label = QLabel("")
    range_label.setStyleSheet("font-size: 17px; font-weight: 700;")
    row.addWidget(range_label)
    return PeriodToolbar(row, prev_button, today_button, next_button, range_label)
