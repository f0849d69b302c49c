"""Settings → Kiosk mode: start PopupPOS in the attendee check-in kiosk (``services.kiosk_mode``).

On, the app opens straight into the full-screen check-in kiosk for a session (the one on
now or next today, or a chosen one) and only the manager PIN leaves it. Turning it on
without a manager PIN is refused by the service, with the sentence shown here.
"""

from __future__ import annotations

from popuppos.services.kiosk_mode import KioskMode, session_label
from popuppos.services.settings_pages import SettingsChanges, SettingsSnapshot
from popuppos.ui.backoffice.common import Notice
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.sell.widgets import label
from popuppos.ui.settings.fields import Chevron, SwitchCard, field_caption, form_card
from popuppos.ui.settings.page_base import FormPage

AUTOMATIC = QT_TRANSLATE_NOOP("settings/kiosk_page", "The session on now, or the next one today")


class KioskPage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            translate("settings/kiosk_page", "Kiosk mode"),
            translate(
                "settings/kiosk_page",
                "For a tablet by the door of a member session: attendees scan "
                "their own pass and see a big green welcome, or red with the "
                "reason.",
            ),
        )
        self.loaded: KioskMode | None = None
        self.has_pin = False
        self.switch_card = SwitchCard(
            translate("settings/kiosk_page", "Start in kiosk mode"),
            translate(
                "settings/kiosk_page",
                "When PopupPOS starts, it opens the check-in kiosk full screen "
                "for the session below. Leaving it (Esc, or Exit in the corner) "
                "needs the manager PIN.",
            ),
            "On",
        )
        self.column.addWidget(self.switch_card)
        card, box = form_card()
        box.addWidget(field_caption(translate("settings/kiosk_page", "Which session")))
        self.session_box = Chevron()
        self.session_box.setAccessibleName(
            translate("settings/kiosk_page", "Session for kiosk mode")
        )
        box.addWidget(self.session_box)
        box.addWidget(
            label(
                translate(
                    "settings/kiosk_page",
                    "A chosen session stays chosen until it ends; then the app opens "
                    "normally and says so.",
                ),
                "Muted",
                wrap=True,
            )
        )
        self.column.addWidget(card)
        self.pin_note = Notice()
        self.column.addWidget(self.pin_note)
        self.finish()
        self.switch_card.switch.toggled.connect(self._edited)
        self.session_box.currentIndexChanged.connect(self._edited)

    def load(self, snap: SettingsSnapshot) -> None:
        self.loaded = snap.kiosk
        self.blockSignals(True)
        self.session_box.clear()
        self.session_box.addItem(translate("settings/kiosk_page", AUTOMATIC), "")
        for s in snap.sessions:
            self.session_box.addItem(session_label(s), s.id)
        chosen = self.session_box.findData(snap.kiosk.session_id)
        if chosen < 0:  # saved, but over or cancelled since: keep it until changed
            gone = translate("settings/kiosk_page", "The chosen session (no longer coming up)")
            self.session_box.addItem(gone, snap.kiosk.session_id)
            chosen = self.session_box.count() - 1
        self.session_box.setCurrentIndex(chosen)
        self.switch_card.switch.setChecked(snap.kiosk.enabled)
        self.blockSignals(False)
        self.set_has_pin(snap.has_pin)
        self._edited()

    def set_has_pin(self, has_pin: bool) -> None:
        self.has_pin = has_pin
        if has_pin:
            self.pin_note.clear_message()
        else:
            self.pin_note.show_message(
                translate(
                    "settings/kiosk_page",
                    "Kiosk mode needs a manager PIN: set one on the Manager PIN page first.",
                ),
                "warning",
            )

    def current(self) -> KioskMode:
        return KioskMode(
            enabled=self.switch_card.switch.isChecked(),
            session_id=str(self.session_box.currentData() or ""),
        )

    def _edited(self) -> None:
        self.session_box.setEnabled(self.switch_card.switch.isChecked())
        self.edited.emit()

    def changes(self) -> SettingsChanges:
        if self.loaded is None or self.current() == self.loaded:
            return SettingsChanges()
        return SettingsChanges(kiosk=self.current())
