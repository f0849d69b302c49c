"""The calendar's week: seven day columns, each session a card (time, title, venue, seats,
tiers). A card is a button: click, tap, Enter or Space opens the session."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from popuppos.services.calendar import SessionInfo
from popuppos.ui.calendar.look import seats_text, time_range, today_tint, weekday_name
from popuppos.ui.i18n import translate
from popuppos.ui.qt import (
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QMouseEvent,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import badge
from popuppos.ui.theme import colour

MAX_CHIPS = 2


def tier_chips(s: SessionInfo, tier_names: Mapping[str, str]) -> list[tuple[str, str]]:
    """(text, badge kind) per chip: '★ Gold' for a priority tier, 'All members' for none."""
    if not s.tier_ids:
        chips = [(translate("calendar/week_view", "All members"), "new")]
        chips += [(f"★ {tier_names.get(t, '?')}", "member") for t in s.priority_tier_ids]
        return chips
    return [
        (f"★ {tier_names.get(t, '?')}" if t in s.priority_tier_ids else tier_names.get(t, "?"),
         "member")
        for t in s.tier_ids
    ]  # fmt: skip


class SessionCard(QFrame):
    """One session in a day column."""

    clicked = Signal(str)  # session id

    def __init__(self, s: SessionInfo, tier_names: Mapping[str, str]) -> None:
        super().__init__()
        self.session = s
        self.setObjectName("Card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{s.title}, {time_range(s)}")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 10)
        column.setSpacing(3)
        self.time_label = QLabel(time_range(s))
        accent = colour("text-muted") if s.cancelled else today_tint().background
        self.time_label.setStyleSheet(f"color: {accent}; font-size: 13px; font-weight: 700;")
        column.addWidget(self.time_label)
        self.title_label = QLabel(s.title)
        self.title_label.setWordWrap(True)
        strike = " text-decoration: line-through;" if s.cancelled else ""
        self.title_label.setStyleSheet(f"font-size: 15px; font-weight: 700;{strike}")
        column.addWidget(self.title_label)
        if s.venue:
            venue = QLabel(s.venue)
            venue.setObjectName("Muted")
            venue.setWordWrap(True)
            column.addWidget(venue)
        if s.cancelled:
            self.seats_label = QLabel(translate("calendar/week_view", "Cancelled"))
            column.addWidget(
                badge(translate("calendar/week_view", "Cancelled"), "soldout"),
                0,
                Qt.AlignmentFlag.AlignLeft,
            )
            self.seats_label.hide()
        else:
            self.seats_label = QLabel(seats_text(s))
            self.seats_label.setObjectName("Muted")
            self.seats_label.setWordWrap(True)
            column.addWidget(self.seats_label)
            self._chips(column, s, tier_names)

    def _chips(self, column: QVBoxLayout, s: SessionInfo, tier_names: Mapping[str, str]) -> None:
        chips = tier_chips(s, tier_names)
        shown = chips[:MAX_CHIPS]
        if s.full:
            shown.insert(0, (translate("calendar/week_view", "Full"), "low"))
        self.chip_texts = [text for text, _ in chips]
        row = QHBoxLayout()
        row.setSpacing(4)
        for text, kind in shown[: MAX_CHIPS + 1]:
            row.addWidget(badge(text, kind))
        hidden = len(chips) - len(shown) + (1 if s.full else 0)
        if hidden > 0:
            more = QLabel(f"+{hidden}")
            more.setObjectName("Muted")
            row.addWidget(more)
        row.addStretch(1)
        column.addLayout(row)
        if len(chips) > len(shown):
            self.setToolTip(translate("calendar/week_view", "Tiers: ") + ", ".join(self.chip_texts))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.session.id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.session.id)
            return
        super().keyPressEvent(event)


class DayHeader(QLabel):
    def __init__(self, day: date, today: date) -> None:
        super().__init__(f"{weekday_name(day)}  {day.day}")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(36)
        if day == today:
            t = today_tint()
            self.setStyleSheet(
                f"background: {t.background}; color: {t.text}; border-radius: 18px;"
                " font-weight: 700; font-size: 15px;"
            )
        else:
            self.setStyleSheet("font-weight: 700; font-size: 15px;")


class WeekView(QScrollArea):
    """Seven columns, Monday first; ``show_days`` rebuilds them from the loaded sessions."""

    session_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeekView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QScrollArea#WeekView { background: transparent; }")
        self.cards: dict[date, list[SessionCard]] = {}
        self._body: QWidget | None = None

    def show_days(
        self, days: Mapping[date, list[SessionInfo]], tier_names: Mapping[str, str], today: date
    ) -> None:
        body = QWidget()
        body.setObjectName("WeekBody")
        body.setStyleSheet("QWidget#WeekBody { background: transparent; }")
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.cards = {}
        for day in sorted(days):
            column = QVBoxLayout()
            column.setSpacing(8)
            column.addWidget(DayHeader(day, today))
            cards = []
            for s in days[day]:
                card = SessionCard(s, tier_names)
                card.clicked.connect(self.session_clicked)
                column.addWidget(card)
                cards.append(card)
            if not cards:
                empty = QLabel(translate("calendar/week_view", "No sessions"))
                empty.setObjectName("Muted")
                empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
                empty.setMinimumHeight(48)
                column.addWidget(empty)
            column.addStretch(1)
            self.cards[day] = cards
            row.addLayout(column, 1)
        self.setWidget(body)  # the old body is deleted by the scroll area
        self._body = body
