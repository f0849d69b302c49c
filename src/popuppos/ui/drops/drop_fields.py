"""Small fields of the drop dialog: a local date-and-time, a text box, and a story hook's
live word count ("12 / 30 words", red past the limit)."""

from __future__ import annotations

from datetime import datetime

from popuppos.core import drop_rules
from popuppos.core.drop_rules import STORY_HOOK_WORDS
from popuppos.services.drops import DropSpec
from popuppos.services.receipts import local_time
from popuppos.ui.calendar.session_fields import (
    DateField,
    local_moment,
    qdate,
    time_edit,
    to_date,
    to_time,
)
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QHBoxLayout, QLabel, QPlainTextEdit, QTime, QWidget, Signal
from popuppos.ui.sell.widgets import danger_colour


class MomentField(QWidget):
    """A day (calendar pop-up) and a time, read as this machine's local time; ``moment()``
    is the naive UTC the store keeps. ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, utc: datetime, accessible: str) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        local = local_time(utc)
        self.date_edit = DateField(
            qdate(local.date()),
            translate("drops/drop_fields", "{accessible}, day").format(accessible=accessible),
        )
        self.time_edit = time_edit(
            QTime(local.hour, local.minute),
            translate("drops/drop_fields", "{accessible}, time").format(accessible=accessible),
        )
        self.time_edit.setFixedWidth(96)
        row.addWidget(self.date_edit, 1)
        row.addWidget(self.time_edit)
        self.date_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.time_edit.timeChanged.connect(lambda _t: self.changed.emit())

    def moment(self) -> datetime:
        return local_moment(to_date(self.date_edit.date()), to_time(self.time_edit.time()))

    def set_moment(self, utc: datetime) -> None:
        local = local_time(utc)
        self.date_edit.setDate(qdate(local.date()))
        self.time_edit.setTime(QTime(local.hour, local.minute))


class WordCounter(QLabel):
    """ "12 / 30 words" under a text box; red when there are too many."""

    def __init__(self, edit: QPlainTextEdit, limit: int = STORY_HOOK_WORDS) -> None:
        super().__init__()
        self.limit = limit
        self.edit = edit
        self.setObjectName("Muted")
        edit.textChanged.connect(self.update_count)
        self.update_count()

    @property
    def words(self) -> int:
        return len(self.edit.toPlainText().split())

    @property
    def over(self) -> bool:
        return self.words > self.limit

    def update_count(self) -> None:
        self.setText(
            translate("drops/drop_fields", "{words} / {limit} words").format(
                words=self.words, limit=self.limit
            )
        )
        self.setStyleSheet(f"color: {danger_colour()}; font-weight: 700;" if self.over else "")


def text_box(placeholder: str, accessible: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def sentence(text: str) -> str:
    """A rule's reason as a sentence: capitalised, with a full stop."""
    text = text.strip()
    return f"{text[:1].upper()}{text[1:]}{'' if text.endswith('.') else '.'}"


def spec_problems(spec: DropSpec, *, price_ok: bool) -> dict[str, str]:
    """What is wrong with a drop as typed, by field ("name", "numbers", "parts", "hook",
    "when"), in the core rules' words; the service checks the rest when it is saved."""
    out: dict[str, str] = {}
    if not spec.name.strip():
        out["name"] = translate("drops/drop_fields", "Give the drop a name.")
    if not price_ok:
        out["numbers"] = translate("drops/drop_fields", "Enter the price, e.g. 45.00.")
    if not spec.parts:
        out["parts"] = translate("drops/drop_fields", "Choose at least one product for the drop.")
    try:
        drop_rules.check_story_hook(spec.story_hook)
    except drop_rules.DropRuleError as exc:
        out["hook"] = sentence(str(exc))
    if spec.public_end <= spec.public_start:
        out["when"] = translate("drops/drop_fields", "The drop must end after it starts.")
        return out
    try:
        drop_rules.DropTerms(
            cap=spec.edition_size,
            public_start=spec.public_start,
            public_end=spec.public_end,
            members_first_minutes=spec.members_first_minutes,
            member_tiers=frozenset(spec.member_tier_ids),
            per_customer_limit=spec.per_customer_limit,
            low_stock_threshold=spec.low_stock_threshold,
        )
    except drop_rules.DropRuleError as exc:
        key = "when" if "members-first" in str(exc) else "numbers"
        out.setdefault(key, sentence(str(exc)))
    return out
