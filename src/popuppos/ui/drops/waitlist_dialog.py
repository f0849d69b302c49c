"""A drop's waitlist: taking someone's details when it is sold out, and reading the list.

* :class:`WaitlistDialog`: name, an email or a phone number, and their consent to the shop's
  words (``services.drop_waitlist.WAITLIST_CONSENT``, shown in full above the tick box: the
  words stored with the entry are the words they read). ``join_waitlist`` decides; its
  refusal (no way to reach them, no consent...) shows in the dialog and nothing typed is lost.
* :class:`WaitlistView`: who is on a drop's list, with how to reach them, and "Add someone".
"""

from __future__ import annotations

from popuppos.services.drop_waitlist import (
    WAITLIST_CONSENT,
    WaitlistEntry,
    join_waitlist,
    waitlist,
)
from popuppos.services.receipts import local_time
from popuppos.ui.backoffice.common import Notice, button, heading, muted
from popuppos.ui.calendar.look import short_date
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)


def field_caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class WaitlistDialog(QDialog):
    """``joined(entry_id, name)`` once the entry is stored."""

    joined = Signal(str, str)

    def __init__(
        self,
        ctx: AppContext,
        drop_id: str,
        drop_name: str,
        parent: QWidget | None = None,
        *,
        sold_out: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drop_id = drop_id
        self.drop_name = drop_name
        self._busy = False
        title = (
            translate("drops/waitlist_dialog", "{drop_name} is sold out").format(
                drop_name=drop_name
            )
            if sold_out
            else translate("drops/waitlist_dialog", "Waitlist for {drop_name}").format(
                drop_name=drop_name
            )
        )
        self.setWindowTitle(translate("drops/waitlist_dialog", "Join the waitlist"))
        self.setModal(True)
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(heading(title))
        layout.addWidget(
            muted(
                translate(
                    "drops/waitlist_dialog",
                    "Put them on the waitlist: if more come, or a unit comes back, "
                    "the shop lets them know.",
                )
            )
        )
        layout.addSpacing(4)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.name_edit = self._edit(
            translate("drops/waitlist_dialog", "Their name"),
            translate("drops/waitlist_dialog", "Zoë Brennan"),
            120,
        )
        self.email_edit = self._edit(
            translate("drops/waitlist_dialog", "Email"),
            translate("drops/waitlist_dialog", "name@example.com"),
            200,
        )
        self.phone_edit = self._edit(
            translate("drops/waitlist_dialog", "Phone"), "+353 87 555 0142", 40
        )
        grid.addWidget(field_caption(translate("drops/waitlist_dialog", "Name")), 0, 0, 1, 2)
        grid.addWidget(self.name_edit, 1, 0, 1, 2)
        grid.addWidget(field_caption(translate("drops/waitlist_dialog", "Email")), 2, 0)
        grid.addWidget(field_caption(translate("drops/waitlist_dialog", "or phone")), 2, 1)
        grid.addWidget(self.email_edit, 3, 0)
        grid.addWidget(self.phone_edit, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addSpacing(6)

        consent = QFrame()
        consent.setObjectName("Card")
        box = QVBoxLayout(consent)
        box.setContentsMargins(16, 12, 16, 6)
        box.setSpacing(2)
        self.consent_words = WAITLIST_CONSENT.format(
            shop=ctx.settings.shop_name or translate("drops/waitlist_dialog", "the shop")
        )
        words = QLabel(f"“{self.consent_words}”")
        words.setWordWrap(True)
        words.setStyleSheet("font-size: 14px;")
        box.addWidget(words)
        self.consent_box = QCheckBox(
            translate("drops/waitlist_dialog", "They have read this and agree")
        )
        self.consent_box.setAccessibleName(
            translate("drops/waitlist_dialog", "Consent: {consent_words}").format(
                consent_words=self.consent_words
            )
        )
        self.consent_box.setCursor(Qt.CursorShape.PointingHandCursor)
        box.addWidget(self.consent_box, 0, Qt.AlignmentFlag.AlignLeft)  # a tap on it ticks it
        layout.addWidget(consent)

        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = button(translate("drops/waitlist_dialog", "Cancel"), role="quiet")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(
            translate("drops/waitlist_dialog", "Add to the waitlist"), role="primary", default=True
        )
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.name_edit.setFocus()

    def _edit(self, accessible: str, placeholder: str, length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(length)
        edit.returnPressed.connect(self.save)
        return edit

    @property
    def busy(self) -> bool:
        return self._busy

    def save(self) -> None:
        """Store the entry (on a worker); the service says what is missing, if anything."""
        if self._busy:
            return
        db, drop_id, shop = (
            self.ctx.db,
            self.drop_id,
            self.ctx.settings.shop_name or translate("drops/waitlist_dialog", "the shop"),
        )
        name, email = self.name_edit.text(), self.email_edit.text()
        phone, consent = self.phone_edit.text(), self.consent_box.isChecked()
        self._set_busy(True)
        run_operation(
            self,
            lambda: join_waitlist(
                db, drop_id, name=name, email=email, phone=phone, consent=consent, shop_name=shop
            ),
            on_success=lambda entry_id: self._joined(entry_id, " ".join(name.split())),
            on_failure=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.save_button, self.cancel_button):
            w.setEnabled(not busy)
        if busy:
            self.notice.show_message(translate("drops/waitlist_dialog", "Saving…"), "info")

    def _joined(self, entry_id: str, name: str) -> None:
        self._set_busy(False)
        self.notice.clear_message()
        self.joined.emit(entry_id, name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_message(message_for(exc), "danger")

    def reject(self) -> None:
        if not self._busy:
            super().reject()


class WaitlistView(QDialog):
    """Who is waiting for a drop; ``changed`` after someone was added here."""

    changed = Signal()

    def __init__(
        self, ctx: AppContext, drop_id: str, drop_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drop_id = drop_id
        self.drop_name = drop_name
        self.entries: list[WaitlistEntry] = []
        self.loads = 0
        self.add_dialog: WaitlistDialog | None = None
        self.setWindowTitle(
            translate("drops/waitlist_dialog", "Waitlist · {drop_name}").format(drop_name=drop_name)
        )
        self.setModal(True)
        self.setMinimumSize(720, 460)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(
            heading(
                translate("drops/waitlist_dialog", "Waitlist · {drop_name}").format(
                    drop_name=drop_name
                )
            )
        )
        self.summary = muted(translate("drops/waitlist_dialog", "Loading…"))
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("drops/waitlist_dialog", "Name"),
                translate("drops/waitlist_dialog", "How to reach them"),
                translate("drops/waitlist_dialog", "Joined"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table, 1)
        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.add_button = button(translate("drops/waitlist_dialog", "Add someone"))
        self.add_button.clicked.connect(self.add_someone)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.close_button = button(
            translate("drops/waitlist_dialog", "Done"), role="primary", default=True
        )
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        db, drop_id = self.ctx.db, self.drop_id
        run_operation(
            self,
            lambda: waitlist(db, drop_id),
            on_success=self._loaded,
            on_failure=self.notice.show_problem,
        )

    def _loaded(self, entries: list[WaitlistEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            reach = " · ".join(x for x in (e.email, e.phone) if x)
            at = local_time(e.created_at)
            joined = f"{short_date(at)} {at:%H:%M}"
            for c, text in enumerate((e.name, reach, joined)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        n = len(entries)
        self.summary.setText(
            translate("drops/waitlist_dialog", "Nobody is waiting yet.")
            if not n
            else translate(
                "drops/waitlist_dialog",
                "{n} person is waiting, with their consent to be contacted about this drop.",
            ).format(n=n)
            if n == 1
            else translate(
                "drops/waitlist_dialog",
                "{n} people are waiting, each with their consent to be contacted about this drop.",
            ).format(n=n)
        )
        self.loads += 1

    def _someone_joined(self, _entry_id: str, _name: str) -> None:
        self.reload()
        self.changed.emit()

    def add_someone(self) -> WaitlistDialog:
        dialog = WaitlistDialog(self.ctx, self.drop_id, self.drop_name, self, sold_out=False)
        dialog.joined.connect(self._someone_joined)
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()
        return dialog
