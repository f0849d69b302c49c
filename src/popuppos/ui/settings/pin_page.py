"""Settings → Manager PIN: set it, or change it (the current PIN, then the new one twice).

Saved at once with its own button (``services.shop.set_manager_pin`` on a worker; the
hash is slow on purpose), not with "Save changes": a PIN is never kept in a form.
"""

from __future__ import annotations

from popuppos.core.setup_rules import pin_problem
from popuppos.services.errors import PinRefused
from popuppos.services.settings_pages import SettingsSnapshot
from popuppos.services.shop import set_manager_pin
from popuppos.store.db import Database
from popuppos.ui.backoffice.common import Notice
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QHBoxLayout, Signal
from popuppos.ui.sell.widgets import make_button
from popuppos.ui.settings.fields import field_caption, form_card, pin_edit
from popuppos.ui.settings.page_base import SettingsPage


class PinPage(SettingsPage):
    pin_saved = Signal()

    def __init__(self, db: Database, actor: str = "Manager") -> None:
        super().__init__(
            translate("settings/pin_page", "Manager PIN"),
            translate(
                "settings/pin_page",
                "Refunds, voids after payment, ending a drop early and leaving "
                "kiosk mode ask for it. 4 to 12 digits.",
            ),
        )
        self.db = db
        self.actor = actor
        self.has_pin = False
        self.busy = False
        card, box = form_card()
        self.current_caption = field_caption(translate("settings/pin_page", "Current PIN"))
        self.current = pin_edit(
            translate("settings/pin_page", "Current manager PIN"),
            translate("settings/pin_page", "the PIN you use now"),
        )
        box.addWidget(self.current_caption)
        box.addWidget(self.current)
        box.addWidget(field_caption(translate("settings/pin_page", "New PIN")))
        self.new = pin_edit(translate("settings/pin_page", "New manager PIN"))
        box.addWidget(self.new)
        box.addWidget(field_caption(translate("settings/pin_page", "The new PIN again")))
        self.again = pin_edit(
            translate("settings/pin_page", "New manager PIN again"),
            translate("settings/pin_page", "to be sure"),
        )
        box.addWidget(self.again)
        row = QHBoxLayout()
        self.change_button = make_button(
            translate("settings/pin_page", "Change the PIN"), role="primary"
        )
        self.change_button.setMinimumWidth(200)
        row.addWidget(self.change_button)
        row.addStretch(1)
        box.addSpacing(6)
        box.addLayout(row)
        self.column.addWidget(card)
        self.notice = Notice()
        self.column.addWidget(self.notice)
        self.finish()
        self.change_button.clicked.connect(self.change)
        self.current.returnPressed.connect(self.new.setFocus)
        self.new.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.change)

    def load(self, snap: SettingsSnapshot) -> None:
        self.show_has_pin(snap.has_pin)

    def show_has_pin(self, has_pin: bool) -> None:
        self.has_pin = has_pin
        self.current_caption.setVisible(has_pin)
        self.current.setVisible(has_pin)
        self.change_button.setText(
            translate("settings/pin_page", "Change the PIN")
            if has_pin
            else translate("settings/pin_page", "Set the PIN")
        )
        if not has_pin and not self.notice.text():
            self.notice.show_message(
                translate(
                    "settings/pin_page",
                    "No manager PIN is set yet: refunds and voids cannot be approved.",
                ),
                "warning",
            )

    def change(self) -> None:
        if self.busy:
            return
        if self.has_pin and not self.current.text():
            self.notice.show_message(
                translate("settings/pin_page", "Type the current PIN first."), "warning"
            )
            self.current.setFocus()
            return
        problem = pin_problem(self.new.text(), self.again.text())
        if problem:
            self.notice.show_message(problem, "warning")
            self.again.clear()
            self.again.setFocus()
            return
        db, actor = self.db, self.actor
        new, current = self.new.text(), (self.current.text() if self.has_pin else None)
        self._set_busy(True)
        run_operation(
            self,
            lambda: set_manager_pin(db, new, current_pin=current, actor=actor),
            on_success=lambda _: self._changed(),
            on_failure=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.current, self.new, self.again, self.change_button):
            w.setEnabled(not busy)
        if busy:
            self.notice.show_message(translate("settings/pin_page", "Saving the PIN…"), "info")

    def _changed(self) -> None:
        was_set = self.has_pin
        self._set_busy(False)
        for edit in (self.current, self.new, self.again):
            edit.clear()
        self.notice.show_message(
            translate("settings/pin_page", "The manager PIN was changed.")
            if was_set
            else translate("settings/pin_page", "The manager PIN is set."),
            "success",
        )
        self.show_has_pin(True)
        self.pin_saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, PinRefused):
            self.current.clear()
            self.current.setFocus()
            self.notice.show_message(
                translate("settings/pin_page", "That is not the current PIN; nothing was changed."),
                "danger",
            )
            return
        self.notice.show_message(
            translate("settings/pin_page", "The PIN was not changed: {exc}").format(
                exc=message_for(exc)
            ),
            "danger",
        )
