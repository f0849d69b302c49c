"""Settings → Shop hub: whether this stall syncs with the shop hub, and Connect… (the
existing pairing dialog, ``ui/pairing_dialog.py``)."""

from __future__ import annotations

from popuppos.services.settings_pages import SettingsSnapshot
from popuppos.sync.credential import WHERE
from popuppos.sync.state import HubConfig, load_config
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.pairing_dialog import PairingDialog
from popuppos.ui.qt import QHBoxLayout, Qt, Signal
from popuppos.ui.sell.widgets import badge, label, make_button
from popuppos.ui.settings.fields import form_card
from popuppos.ui.settings.page_base import SettingsPage
from popuppos.ui.sync_status import SyncBridge


class HubPage(SettingsPage):
    config_loaded = Signal(object)  # HubConfig | None

    def __init__(self, ctx: AppContext, bridge: SyncBridge | None = None) -> None:
        super().__init__(
            translate("settings/hub_page", "Shop hub"),
            translate(
                "settings/hub_page",
                "The hub keeps your stalls and the online shop in step: stock, "
                "members, passes and sales. Without it this stall works on its "
                "own, offline, as always.",
            ),
        )
        self.ctx = ctx
        self.bridge = bridge
        self.config: HubConfig | None = None
        self.dialog: PairingDialog | None = None
        card, box = form_card()
        top = QHBoxLayout()
        self.state = badge("", "new")
        top.addWidget(self.state)
        top.addStretch(1)
        box.addLayout(top)
        self.status = label(translate("settings/hub_page", "Looking…"), wrap=True)
        self.status.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.status)
        self.detail = label("", "Muted", wrap=True)
        box.addWidget(self.detail)
        row = QHBoxLayout()
        self.connect_button = make_button(
            translate("settings/hub_page", "Connect…"), role="primary"
        )
        self.connect_button.setMinimumWidth(180)
        row.addWidget(self.connect_button)
        row.addStretch(1)
        box.addSpacing(6)
        box.addLayout(row)
        self.column.addWidget(card)
        self.finish()
        self.connect_button.clicked.connect(self.open_pairing)

    def load(self, snap: SettingsSnapshot) -> None:
        self.refresh()

    def refresh(self) -> None:
        db = self.ctx.db
        run_operation(
            self,
            lambda: load_config(db),
            on_success=self._show,
            on_failure=lambda exc: self.status.setText(message_for(exc)),
        )

    def _show(self, config: HubConfig | None) -> None:
        self.config = config
        if config is None:
            self.state.setText(translate("settings/hub_page", "Not connected"))
            self.state.setProperty("badge", "new")
            self.status.setText(
                translate("settings/hub_page", "This stall is not connected to a shop hub.")
            )
            self.detail.setText(
                translate(
                    "settings/hub_page",
                    "To connect, ask the shop owner for a pairing code (it lasts 15 "
                    "minutes and works once), press Connect…, then scan its QR code "
                    "or type it.",
                )
            )
            self.connect_button.setText(translate("settings/hub_page", "Connect…"))
        else:
            self.state.setText(translate("settings/hub_page", "Connected"))
            self.state.setProperty("badge", "member")
            self.status.setText(
                translate("settings/hub_page", "Paired with {value} at {hub_url}.").format(
                    value=config.shop_name or translate("settings/hub_page", "a shop"),
                    hub_url=config.hub_url,
                )
            )
            where = translate("sync/credential", WHERE.get(config.token_store, config.token_store))
            stopped = (
                translate("settings/hub_page", " Sync stopped: {stopped_reason}").format(
                    stopped_reason=config.stopped_reason
                )
                if config.stopped_reason
                else ""
            )
            self.detail.setText(
                translate(
                    "settings/hub_page",
                    "This stall's key to the hub is kept in {where}.{stopped} "
                    "Pairing again (with a new code) replaces this connection.",
                ).format(where=where, stopped=stopped)
            )
            self.connect_button.setText(translate("settings/hub_page", "Pair again…"))
        style = self.state.style()
        style.unpolish(self.state)
        style.polish(self.state)
        self.config_loaded.emit(config)

    def open_pairing(self) -> None:
        dialog = PairingDialog(self.ctx, self.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.paired.connect(lambda _config: self.refresh())
        dialog.destroyed.connect(self._dialog_gone)
        self.dialog = dialog
        dialog.open()

    def _dialog_gone(self) -> None:
        self.dialog = None
