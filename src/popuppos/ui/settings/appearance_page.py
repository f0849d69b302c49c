"""Settings → Appearance: light, dark, or the system's look (``services.appearance``).

The choice is this device's (a stall in bright sun and one in a dim venue may differ). A
tap saves it on a worker and shows it at once on every window; it keeps its own saving,
like the printer and backups pages, so "Save changes" is not needed. Screens built before
the change that computed a colour for themselves pick the new one up when built again.
"""

from __future__ import annotations

from popuppos.services.appearance import (
    CHOICES,
    DARK,
    DEFAULT,
    LIGHT,
    SYSTEM,
    get_appearance,
    save_appearance,
)
from popuppos.ui.backoffice.common import Notice
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QApplication, QButtonGroup, Signal
from popuppos.ui.settings.fields import ChoiceCard
from popuppos.ui.settings.page_base import SettingsPage
from popuppos.ui.theme import apply_theme


def _t(text: str) -> str:
    return translate("AppearancePage", text)


class AppearancePage(SettingsPage):
    """Three choice cards; choosing one saves it and re-styles the app."""

    applied = Signal(str)  # the choice, once saved and shown

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            _t(translate("settings/appearance_page", "Appearance")),
            _t(
                translate(
                    "settings/appearance_page",
                    "How PopupPOS looks on this device. Both themes keep text easy to read.",
                )
            ),
        )
        self.ctx = ctx
        self.choice = DEFAULT
        self.loaded = False
        self.busy = False
        self.group = QButtonGroup(self)
        self.cards: dict[str, ChoiceCard] = {
            LIGHT: ChoiceCard(
                _t(translate("settings/appearance_page", "Light")),
                _t(
                    translate(
                        "settings/appearance_page",
                        "Warm white cards on a light background: best in daylight and sun.",
                    )
                ),
                self.group,
            ),
            DARK: ChoiceCard(
                _t(translate("settings/appearance_page", "Dark")),
                _t(
                    translate(
                        "settings/appearance_page",
                        "Dark cards on a dark background: calm in a dim room, at an evening event.",
                    )
                ),
                self.group,
            ),
            SYSTEM: ChoiceCard(
                _t(translate("settings/appearance_page", "Follow the system")),
                _t(
                    translate(
                        "settings/appearance_page",
                        "Light or dark as this computer is set, and changes when it does.",
                    )
                ),
                self.group,
            ),
        }
        for card in self.cards.values():
            self.column.addWidget(card)
            card.setEnabled(False)
        self.notice = Notice()
        self.column.addWidget(self.notice)
        self.finish()
        for name, card in self.cards.items():
            card.radio.toggled.connect(lambda on, n=name: self._chosen(n) if on else None)
        db = ctx.db
        run_operation(
            self,
            lambda: get_appearance(db),
            on_success=self._loaded,
            on_failure=lambda exc: self.notice.show_message(message_for(exc), "danger"),
        )

    def _loaded(self, choice: str) -> None:
        self.choice = choice if choice in CHOICES else DEFAULT
        self._show_choice(self.choice)
        for card in self.cards.values():
            card.setEnabled(True)
        self.loaded = True

    def _show_choice(self, choice: str) -> None:
        radio = self.cards[choice].radio
        radio.blockSignals(True)
        radio.setChecked(True)
        radio.blockSignals(False)
        for name, card in self.cards.items():
            card.setProperty("selected", "true" if name == choice else "false")
            card.style().unpolish(card)
            card.style().polish(card)

    def _chosen(self, choice: str) -> None:
        if not self.loaded or self.busy or choice == self.choice:
            return
        self.busy = True
        db = self.ctx.db
        run_operation(
            self,
            lambda: save_appearance(db, choice),
            on_success=self._saved,
            on_failure=self._not_saved,
        )

    def _saved(self, choice: str) -> None:
        self.busy = False
        self.choice = choice
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
        self._show_choice(choice)
        self.notice.show_message(
            _t(translate("settings/appearance_page", "Saved. Shown on every screen now.")),
            "success",
        )
        self.applied.emit(choice)

    def _not_saved(self, exc: BaseException) -> None:
        self.busy = False
        self._show_choice(self.choice)  # back to what is kept
        self.notice.show_message(
            _t(translate("settings/appearance_page", "Not saved: {reason}")).format(
                reason=message_for(exc)
            ),
            "danger",
        )
