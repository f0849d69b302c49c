"""The "Go live" form: what is happening (title, kind) and, optionally, the plan event it
belongs to. Choosing an event fills an empty title with the event's; an event happening
now is offered first. The form writes nothing: ``go(title, kind, plan_event_id)``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from popuppos.services.calendar import when
from popuppos.services.drops import DropStatus
from popuppos.services.live import LIVE_KINDS
from popuppos.services.live_events import PlanEventChoice
from popuppos.ui.i18n import translate
from popuppos.ui.live import words
from popuppos.ui.qt import (
    QComboBox,
    QFrame,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import error_qss, label, make_button, show_if

KIND_FOR_EVENT = {"live_drop": "stream"}  # a plan kind (services.planner) -> its live kind


class GoLiveForm(QFrame):
    go = Signal(str, str, object)  # title, kind, plan event id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setFixedWidth(600)
        self._events: list[PlanEventChoice] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 28, 32, 28)
        box.setSpacing(14)
        heading = label(translate("live/go_live_form", "Go live"), "Heading")
        heading.setStyleSheet("font-size: 28px; font-weight: 800;")
        box.addWidget(heading)
        box.addWidget(
            label(
                translate(
                    "live/go_live_form",
                    "A live session counts the purchases made while it runs: the "
                    "conversion per live minute. Drops on sale get a one-tap sell "
                    "button.",
                ),
                "Muted",
                wrap=True,
            )
        )
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("LiveTitle")
        self.title_edit.setPlaceholderText(
            translate("live/go_live_form", "What is happening? e.g. Candle-making workshop")
        )
        self.title_edit.setMaxLength(120)
        self.title_edit.returnPressed.connect(self._go)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("LiveKind")
        for key, text in LIVE_KINDS.items():
            self.kind_combo.addItem(translate("services/live", text), key)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("LiveEvent")
        self.event_combo.addItem(translate("live/go_live_form", "No plan event"), None)
        self.event_combo.currentIndexChanged.connect(self._event_chosen)
        for caption, field in (
            (translate("live/go_live_form", "Title"), self.title_edit),
            (translate("live/go_live_form", "Kind"), self.kind_combo),
            (translate("live/go_live_form", "Plan event (optional)"), self.event_combo),
        ):
            pair = QVBoxLayout()
            pair.setSpacing(4)
            named = label(caption, "TotalCaption")
            named.setBuddy(field)  # screen readers read the caption as the field's name
            field.setAccessibleName(named.text())
            pair.addWidget(named)
            pair.addWidget(field)
            box.addLayout(pair)
        self.on_sale_label = label("", "Muted", wrap=True)
        box.addWidget(self.on_sale_label)
        self.problem = label("", "FieldError", wrap=True)
        self.problem.setStyleSheet(error_qss())
        self.problem.hide()
        box.addWidget(self.problem)
        self.go_button = make_button(
            translate("live/go_live_form", "Go live"),
            role="primary",
            large=True,
            object_name="GoLive",
        )
        self.go_button.clicked.connect(self._go)
        box.addWidget(self.go_button)

    def set_events(self, events: Sequence[PlanEventChoice], now: datetime) -> None:
        """Offer ``events`` (upcoming plan events); one happening now is chosen."""
        chosen = self.event_combo.currentData()
        self._events = list(events)
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        self.event_combo.addItem(translate("live/go_live_form", "No plan event"), None)
        for e in self._events:
            prefix = translate("live/go_live_form", "Now · ") if e.happening(now) else ""
            venue = f" · {e.venue}" if e.venue else ""
            self.event_combo.addItem(f"{prefix}{e.title} — {when(e.starts_at)}{venue}", e.id)
        index = self.event_combo.findData(chosen) if chosen else -1
        self.event_combo.blockSignals(False)
        if index > 0:
            self.event_combo.setCurrentIndex(index)
        elif self._events and self._events[0].happening(now) and not self.title_edit.text():
            self.event_combo.setCurrentIndex(1)

    def set_on_sale(
        self, drops: Sequence[DropStatus], next_drop: DropStatus | None, now: datetime
    ) -> None:
        if drops:
            names = ", ".join(f"{d.name} ({d.scarcity.lower()})" for d in drops)
            self.on_sale_label.setText(
                translate("live/go_live_form", "On sale now: {names}.").format(names=names)
            )
        elif next_drop is not None:
            opens = words.opens_text(next_drop, now)
            self.on_sale_label.setText(
                translate(
                    "live/go_live_form", "No drop is on sale now. Next: {name} — {opens}."
                ).format(name=next_drop.name, opens=opens)
            )
        else:
            self.on_sale_label.setText(
                translate("live/go_live_form", "No drop is on sale now; you can still go live.")
            )

    def _event_chosen(self, index: int) -> None:
        event_id = self.event_combo.itemData(index)
        event = next((e for e in self._events if e.id == event_id), None)
        if event is None:
            return
        if not self.title_edit.text().strip():
            self.title_edit.setText(event.title)
        kind = KIND_FOR_EVENT.get(event.kind)
        if kind is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def _go(self) -> None:
        title = " ".join(self.title_edit.text().split())
        if not title:
            self.show_problem(
                translate("live/go_live_form", "Give the live session a title: what is happening?")
            )
            self.title_edit.setFocus()
            return
        self.show_problem("")
        self.go.emit(title, str(self.kind_combo.currentData()), self.event_combo.currentData())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        show_if(self.problem, bool(text))

    def set_busy(self, busy: bool) -> None:
        self.go_button.setEnabled(not busy)
        self.go_button.setText(
            translate("live/go_live_form", "Going live…")
            if busy
            else translate("live/go_live_form", "Go live")
        )

    def reset(self) -> None:
        self.title_edit.clear()
        self.event_combo.setCurrentIndex(0)
        self.show_problem("")
        self.set_busy(False)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
