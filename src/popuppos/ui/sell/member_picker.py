"""Greeting a returning member: search as you type, pick a big row, or add a new member.

Open with ``open()``; ``chosen`` carries a ``MemberInfo`` or None ("Guest").
Searches run on a worker, debounced; an answer to an older query is ignored.
"""

from __future__ import annotations

from datetime import UTC, datetime

from popuppos.services.members import MemberInfo, create_member, search_members
from popuppos.store.db import Database
from popuppos.ui.i18n import date_text, english_dates, translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSize,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sell.widgets import Banner, icon, label, make_button, search_field

DEBOUNCE_MS = 150
RESULT_LIMIT = 20
MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def member_detail(m: MemberInfo) -> str:
    """ "4 visits · last 12 Mar" (or "First visit"), for the cart header and the rows."""
    if not m.visits:
        return translate("sell/member_picker", "First visit")
    if m.visits == 1:
        text = translate("sell/member_picker", "1 visit")
    else:
        text = translate("sell/member_picker", "{visits} visits").format(visits=m.visits)
    if m.last_visit is not None:
        local = m.last_visit.replace(tzinfo=UTC).astimezone()
        other_year = local.year != datetime.now().astimezone().year
        if english_dates():
            day = local.strftime("%d %b").lstrip("0") + (f" {local.year}" if other_year else "")
        else:
            day = date_text(local, year=other_year)
        text += translate("sell/member_picker", " · last {day}").format(day=day)
    return text


class MemberPicker(QDialog):
    chosen = Signal(object)  # MemberInfo | None

    def __init__(self, db: Database, parent: QWidget | None = None, *, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("MemberPicker")
        self.setWindowTitle(translate("sell/member_picker", "Member"))
        self.setModal(True)
        self._db = db
        self._query_no = 0
        self.searching = False
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        self.banner = Banner()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._search_page(text))
        self.pages.addWidget(self._new_page())
        box.addWidget(self.pages, 1)
        box.addWidget(self.banner)
        self.setMinimumSize(560, 600)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._search_now()

    # -- search -----------------------------------------------------------------------------
    def _search_page(self, text: str) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(label(translate("sell/member_picker", "Who is buying?"), "Heading"), 1)
        self.guest_button = make_button(translate("sell/member_picker", "Guest"), role="quiet")
        self.guest_button.setObjectName("GuestButton")
        self.guest_button.clicked.connect(lambda: self._choose(None))
        head.addWidget(self.guest_button)
        box.addLayout(head)
        self.search = search_field(
            translate("sell/member_picker", "Name, email or phone"),
            translate("sell/member_picker", "Search members"),
        )
        self.search.setText(text)
        self.search.returnPressed.connect(self._pick_first)
        box.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("MemberResults")
        self.results.setIconSize(QSize(24, 24))
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.itemClicked.connect(self._clicked)
        self.results.itemActivated.connect(self._clicked)
        box.addWidget(self.results, 1)
        self.empty_label = label("", "Muted", wrap=True)
        box.addWidget(self.empty_label)
        self.new_button = make_button(
            translate("sell/member_picker", "New member"), role="primary", icon_name="plus"
        )
        self.new_button.setObjectName("NewMemberButton")
        self.new_button.clicked.connect(self._start_new)
        box.addWidget(self.new_button)
        return page

    def _search_now(self) -> None:
        self._query_no += 1
        number, text, db = self._query_no, self.search.text(), self._db
        self.searching = True
        run_operation(
            self,
            lambda: search_members(db, text, limit=RESULT_LIMIT),
            on_success=lambda found: self._show_results(number, text, found),
            on_failure=lambda exc: self._failed(number, exc),
        )

    def _show_results(self, number: int, text: str, found: list[MemberInfo]) -> None:
        if number != self._query_no:
            return  # an older query answered late
        self.searching = False
        self.results.clear()
        for m in found:
            contact = " · ".join(p for p in (m.email, m.phone) if p)
            second = " · ".join(p for p in (contact, member_detail(m)) if p)
            item = QListWidgetItem(icon("member"), f"{m.name}\n{second}")
            item.setData(MEMBER_ROLE, m)
            item.setSizeHint(QSize(0, 64))
            self.results.addItem(item)
        if found:
            self.empty_label.setText("")
        elif text.strip():
            self.empty_label.setText(
                translate(
                    "sell/member_picker", "Nobody matches “{text}”. Add them as a new member."
                ).format(text=text.strip())
            )
        else:
            self.empty_label.setText(translate("sell/member_picker", "No members yet."))
        self.empty_label.setVisible(not found)

    def _failed(self, number: int, exc: BaseException) -> None:
        if number == self._query_no:
            self.searching = False
        self.banner.show_message(message_for(exc), "danger")

    def _clicked(self, item: QListWidgetItem) -> None:
        member = item.data(MEMBER_ROLE)
        if isinstance(member, MemberInfo):
            self._choose(member)

    def _pick_first(self) -> None:
        if self.results.count() == 1:
            self._clicked(self.results.item(0))

    def _choose(self, member: MemberInfo | None) -> None:
        self.chosen.emit(member)
        self.accept()

    # -- new member -------------------------------------------------------------------------
    def _new_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        box.addWidget(label(translate("sell/member_picker", "New member"), "Heading"))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.note_edit = QLineEdit()
        for w, name, hint in (
            (
                self.name_edit,
                "NewMemberName",
                translate("sell/member_picker", "First and last name"),
            ),
            (
                self.email_edit,
                "NewMemberEmail",
                translate("sell/member_picker", "name@example.com (optional)"),
            ),
            (self.phone_edit, "NewMemberPhone", translate("sell/member_picker", "Optional")),
            (
                self.note_edit,
                "NewMemberNote",
                translate("sell/member_picker", "Optional, e.g. likes the Sage colourway"),
            ),
        ):
            w.setObjectName(name)
            w.setPlaceholderText(hint)
            w.returnPressed.connect(self._save_new)
        form.addRow(translate("sell/member_picker", "Name"), self.name_edit)
        form.addRow(translate("sell/member_picker", "Email"), self.email_edit)
        form.addRow(translate("sell/member_picker", "Phone"), self.phone_edit)
        form.addRow(translate("sell/member_picker", "Note"), self.note_edit)
        box.addLayout(form)
        box.addStretch(1)
        row = QHBoxLayout()
        back = make_button(translate("sell/member_picker", "Back"), role="quiet")
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.save_button = make_button(
            translate("sell/member_picker", "Save and add to sale"), role="primary"
        )
        self.save_button.setObjectName("SaveMemberButton")
        self.save_button.clicked.connect(self._save_new)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.save_button)
        box.addLayout(row)
        return page

    def _start_new(self) -> None:
        typed = self.search.text().strip()
        if "@" in typed:
            self.email_edit.setText(typed)
        elif typed and not any(ch.isdigit() for ch in typed):
            self.name_edit.setText(typed)
        self.pages.setCurrentIndex(1)
        self.name_edit.setFocus()

    def _save_new(self) -> None:
        if not self.save_button.isEnabled():
            return
        db = self._db
        name, email = self.name_edit.text(), self.email_edit.text()
        phone, note = self.phone_edit.text(), self.note_edit.text()
        self.save_button.setEnabled(False)
        self.banner.clear()
        run_operation(
            self,
            lambda: create_member(db, name=name, email=email, phone=phone, note=note),
            on_success=self._choose,
            on_failure=self._save_failed,
        )

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.banner.show_message(message_for(exc), "danger")
