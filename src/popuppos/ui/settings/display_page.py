"""Settings → Customer display: the two true figures the live display may show.

Quantities and a drop's terms are always shown (commitments, no switch); these two only
choose whether a figure is shown at all. The same settings as the live screen's
"Transparency" dialog (``ui/live/transparency_dialog.py``).
"""

from __future__ import annotations

from popuppos.services.drops import SOCIAL_PROOF_MINUTES
from popuppos.services.settings_pages import SettingsChanges, SettingsSnapshot
from popuppos.services.shop import ShopSettings
from popuppos.ui.i18n import translate
from popuppos.ui.settings.fields import SwitchCard
from popuppos.ui.settings.page_base import FormPage


class DisplayPage(FormPage):
    def __init__(self) -> None:
        super().__init__(
            translate("settings/display_page", "Customer display"),
            translate(
                "settings/display_page",
                "What the screen facing your customers shows during a live drop. "
                "It only ever shows what is true: the real count left, and a "
                "drop's terms, always.",
            ),
        )
        self.loaded: ShopSettings | None = None
        self.time_left = SwitchCard(
            translate("settings/display_page", "The time left"),
            translate(
                "settings/display_page",
                "Counts down to the drop's real end (“Ends at 18:00 · 42 min "
                "left”), never a made-up timer. Off: no time is shown at all.",
            ),
            "Show",
        )
        self.social_proof = SwitchCard(
            translate("settings/display_page", "Recent sales"),
            translate(
                "settings/display_page",
                "“4 sold in the last {social_proof_minutes} minutes”, counted "
                "from real sales, and nothing when nobody bought lately. Off: "
                "never shown.",
            ).format(social_proof_minutes=SOCIAL_PROOF_MINUTES),
            "Show",
        )
        self.locked = SwitchCard(
            translate("settings/display_page", "Quantities and terms"),
            translate(
                "settings/display_page",
                "The count left and the drop's terms are always on the display: "
                "a commitment, not a setting.",
            ),
            "Always",
        )
        self.locked.switch.setChecked(True)
        self.locked.switch.setEnabled(False)
        for card in (self.time_left, self.social_proof, self.locked):
            self.column.addWidget(card)
        self.finish()
        self.time_left.switch.toggled.connect(self.edited)
        self.social_proof.switch.toggled.connect(self.edited)

    def load(self, snap: SettingsSnapshot) -> None:
        self.loaded = snap.shop
        self.blockSignals(True)
        self.time_left.switch.setChecked(snap.shop.display_time_left)
        self.social_proof.switch.setChecked(snap.shop.display_social_proof)
        self.blockSignals(False)

    def changes(self) -> SettingsChanges:
        if self.loaded is None:
            return SettingsChanges()
        now = {
            "display_time_left": self.time_left.switch.isChecked(),
            "display_social_proof": self.social_proof.switch.isChecked(),
        }
        return SettingsChanges(shop={k: v for k, v in now.items() if getattr(self.loaded, k) != v})
