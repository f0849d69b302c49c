"""The first run's optional hub step: pair this stall with the shop hub right there.

The same pieces as ``ui/pairing_dialog.py`` (the pairing QR's text, the checks before
asking the hub, one sentence per failure) and the same service, ``sync.state.pair_device``
on a worker. The stall's name is saved first, so the hub lists it by that name. A scan of
the pairing QR (the wizard routes keyboard-wedge scans here) fills both fields and
connects; so does pasting its text into either field.
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.core.setup_rules import device_name_problem
from popuppos.services.shop import save_settings
from popuppos.store.db import Database
from popuppos.sync.client import HubClient
from popuppos.sync.state import HubConfig, TokenStore
from popuppos.ui.backoffice.common import Notice
from popuppos.ui.first_run.pages import Step
from popuppos.ui.i18n import translate
from popuppos.ui.pairing_dialog import (
    EXAMPLE_CODE,
    EXAMPLE_URL,
    PairingCodeInput,
    failure_sentence,
    input_problem,
    normalise_hub_url,
)
from popuppos.ui.qt import QHBoxLayout, QLineEdit, Signal
from popuppos.ui.sell.widgets import make_button
from popuppos.ui.settings.fields import field_caption, form_card


class HubPage(PairingCodeInput, Step):
    key = "hub"
    paired = Signal(object)  # HubConfig

    def __init__(
        self,
        db: Database,
        *,
        device_name: str,
        token_store: TokenStore | None = None,
        client_factory: Callable[[str], HubClient] | None = None,
    ) -> None:
        super().__init__(
            translate("first_run/hub_step", "Connect to your shop hub?"),
            translate(
                "first_run/hub_step",
                "Only if your shop runs PopupPOS on more than one stall, or with "
                "an online shop. Ask the owner for a pairing code, then scan its "
                "QR code or type it here.",
            ),
        )
        self.db = db
        self._token_store = token_store
        self._client_factory = client_factory
        self.busy = False
        self.config: HubConfig | None = None
        card, box = form_card()
        box.addWidget(field_caption(translate("first_run/hub_step", "This stall's name")))
        self.device_edit = QLineEdit(device_name)
        self.device_edit.setAccessibleName(translate("first_run/hub_step", "This stall's name"))
        self.device_edit.setMaxLength(80)
        box.addWidget(self.device_edit)
        row = QHBoxLayout()
        row.setSpacing(12)
        box.addWidget(field_caption(translate("first_run/hub_step", "Hub address")))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(EXAMPLE_URL)
        self.url_edit.setAccessibleName(translate("first_run/hub_step", "Hub address"))
        box.addWidget(self.url_edit)
        box.addWidget(field_caption(translate("first_run/hub_step", "Pairing code")))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(EXAMPLE_CODE)
        self.code_edit.setAccessibleName(translate("first_run/hub_step", "Pairing code"))
        row.addWidget(self.code_edit, 1)
        self.connect_button = make_button(
            translate("first_run/hub_step", "Connect"), role="primary"
        )
        self.connect_button.setMinimumWidth(140)
        row.addWidget(self.connect_button)
        box.addLayout(row)
        self.column.addWidget(card)
        self.notice = Notice()
        self.column.addWidget(self.notice)
        self.finish()
        self.connect_button.clicked.connect(self.connect_to_hub)
        for edit in (self.url_edit, self.code_edit):
            edit.textChanged.connect(self._maybe_pasted)
            edit.returnPressed.connect(self.connect_to_hub)

    # -- what the wizard asks ------------------------------------------------------------
    def device_name(self) -> str:
        return self.device_edit.text().strip()

    def typed_something(self) -> bool:
        """A code typed but not used yet (pairing clears it)."""
        return bool(self.code_edit.text().strip())

    def problem(self) -> str | None:
        return device_name_problem(self.device_edit.text())

    def entered(self) -> None:
        (self.code_edit if self.config is None else self.device_edit).setFocus()

    # -- pairing ---------------------------------------------------------------------------
    def connect_to_hub(self) -> None:
        if self.busy:
            return
        url = normalise_hub_url(self.url_edit.text())
        code = self.code_edit.text()
        problem = device_name_problem(self.device_edit.text()) or input_problem(url, code)
        if problem is not None:
            self.notice.show_message(problem, "warning")
            return
        self._set_busy(True)
        self.notice.show_message(
            translate("first_run/hub_step", "Connecting to {url}…").format(url=url), "info"
        )
        db, name = self.db, self.device_name()
        self.start_pairing(
            db,
            url,
            code,
            self._token_store,
            self._client_factory,
            first=lambda: save_settings(db, device_name=name),  # the hub lists it so
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.device_edit, self.url_edit, self.code_edit, self.connect_button):
            w.setEnabled(not busy)
        self.connect_button.setText(
            translate("first_run/hub_step", "Connecting…")
            if busy
            else translate("first_run/hub_step", "Connect")
        )

    def _failed(self, exc: BaseException, url: str) -> None:
        self._set_busy(False)
        self.notice.show_message(failure_sentence(exc, url), "danger")

    def _paired(self, config: HubConfig) -> None:
        self._set_busy(False)
        self.config = config
        self.code_edit.clear()
        self.notice.show_message(
            translate(
                "first_run/hub_step",
                ("Paired with {shop_name}. This stall will sync with the shop hub."),
            ).format(shop_name=config.shop_name),
            "success",
        )
        self.connect_button.setText(translate("first_run/hub_step", "Pair again"))
        self.paired.emit(config)
