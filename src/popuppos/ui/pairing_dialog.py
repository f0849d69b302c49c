"""Connecting this stall to the shop hub: the hub's address and the owner's one-time code.

The host types both, pastes the pairing QR's text (``POPUPPOS-PAIR:<hub url>:<code>``)
into either field, or scans the QR with a keyboard-wedge scanner (the window routes the
scan to :meth:`PairingDialog.handle_scan`, which fills both fields and connects at once).
Pairing (:func:`popuppos.sync.state.pair_device`) runs on a worker; every failure is one
sentence the host can act on; on success the sync loop starts (``bridge.sync_now()``).

For the main window's Shop menu, one line::

    shop_menu.addAction("Connect to the shop hub…",
                        lambda: open_pairing_dialog(self, self.ctx, self.sync_status.bridge))
"""

from __future__ import annotations

import re
from collections.abc import Callable

from popuppos.store.db import Database
from popuppos.sync.client import (
    HubClient,
    HubRefused,
    HubUnreachable,
    NotAHub,
    ProtocolMismatch,
)
from popuppos.sync.protocol import parse_pairing_qr
from popuppos.sync.state import HubConfig, TokenStore, load_config, pair_device
from popuppos.ui.backoffice.common import Notice, button, heading, muted
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QObject,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.sync_status import SyncBridge

CODE_LENGTH = 10  # letters and digits, shown grouped as K7QM-2XWP-9F
EXAMPLE_URL = "http://192.168.1.20:8765"
EXAMPLE_CODE = "K7QM-2XWP-9F"  # a made-up pairing code, the same in every language


def normalise_hub_url(text: str) -> str:
    """The address as typed, with ``http://`` when no scheme was given (a hub on the LAN)."""
    url = text.strip().rstrip("/")
    if url and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url):
        url = "http://" + url
    return url


def input_problem(url: str, code: str) -> str | None:
    """What is wrong with the typed address and code before asking the hub, or None."""
    if not url:
        return translate("pairing_dialog", "Type the hub's address, e.g. {example_url}.").format(
            example_url=EXAMPLE_URL
        )
    if not url.lower().startswith(("http://", "https://")):
        return translate("pairing_dialog", "The hub's address starts with http:// or https://.")
    if not code.strip():
        return translate(
            "pairing_dialog", "Type the pairing code the shop owner was given, e.g. K7QM-2XWP-9F."
        )
    if len(re.sub(r"[^0-9A-Za-z]", "", code)) != CODE_LENGTH:
        return translate(
            "pairing_dialog",
            "A pairing code has 10 letters and digits, like K7QM-2XWP-9F; check it.",
        )
    return None


def failure_sentence(exc: BaseException, url: str) -> str:
    """One sentence for every way pairing can fail (the client's and the hub's sentences
    arrive in the shop's language: ``sync/client.py``)."""
    if isinstance(exc, ProtocolMismatch):
        return exc.message
    if isinstance(exc, NotAHub):
        return translate("pairing_dialog", "{text} Check the hub's address.").format(text=str(exc))
    if isinstance(exc, HubUnreachable):
        return translate(
            "pairing_dialog",
            "Cannot reach the shop hub at {url}. Check the address, and that "
            "this stall is on the hub's network (or online); then try again.",
        ).format(url=url)
    if isinstance(exc, HubRefused):
        if exc.status == 404:
            return translate(
                "pairing_dialog",
                "Something answered at {url}, but it is not a PopupPOS hub; check the address.",
            ).format(url=url)
        if exc.status >= 500:
            return translate(
                "pairing_dialog", "The hub had a problem pairing this stall; try again in a moment."
            )
        return exc.message  # the hub's sentence: wrong, expired or used code, too many ...
    return message_for(exc)


class PairingCodeInput:
    """The hub address and pairing-code fields, shared by this dialog and the first-run
    setup's hub step: a pasted QR text is split into both, a scanned one fills them in and
    connects. The class using it has ``url_edit``, ``code_edit``, ``notice`` and
    ``connect_to_hub``."""

    url_edit: QLineEdit
    code_edit: QLineEdit
    notice: Notice

    def connect_to_hub(self) -> None:
        raise NotImplementedError

    def _paired(self, config: HubConfig) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException, url: str) -> None:
        raise NotImplementedError

    def start_pairing(
        self,
        db: Database,
        url: str,
        code: str,
        store: TokenStore | None,
        factory: Callable[[str], HubClient] | None,
        *,
        first: Callable[[], object] | None = None,
    ) -> None:
        """Pair on a worker (``first`` runs there before, e.g. saving the stall's name);
        ``_paired(config)`` or ``_failed(exc, url)`` back on the GUI thread."""

        def pair() -> HubConfig:
            if first is not None:
                first()
            client = factory(url) if factory is not None else None
            try:
                return pair_device(db, url, code, token_store=store, client=client)
            finally:
                if client is not None:
                    client.close()

        assert isinstance(self, QObject)
        run_operation(
            self,
            pair,
            on_success=self._paired,
            on_failure=lambda exc: self._failed(exc, url),
        )

    def _maybe_pasted(self, text: str) -> None:
        """The QR's whole text pasted into either field: split it into both."""
        found = parse_pairing_qr(text)
        if found is not None:
            self._fill(*found)

    def _fill(self, url: str, code: str) -> None:
        for edit, value in ((self.url_edit, url), (self.code_edit, code)):
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)

    def handle_scan(self, code: str) -> None:
        """A keyboard-wedge scan of the pairing QR: fill in and connect."""
        found = parse_pairing_qr(code)
        if found is None:
            self.notice.show_message(
                translate(
                    "pairing_dialog",
                    "That scan is not a PopupPOS pairing code; scan the QR the shop "
                    "owner was given.",
                ),
                "warning",
            )
            return
        self._fill(*found)
        self.connect_to_hub()


class PairingDialog(PairingCodeInput, QDialog):
    """Pair this stall with the shop hub; ``paired`` carries the new HubConfig."""

    paired = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        bridge: SyncBridge | None = None,
        parent: QWidget | None = None,
        *,
        token_store: TokenStore | None = None,
        client_factory: Callable[[str], HubClient] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db: Database = ctx.db
        self.bridge = bridge
        self._token_store = token_store
        self._client_factory = client_factory
        self.busy = False
        self.setWindowTitle(translate("pairing_dialog", "Connect to the shop hub"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("pairing_dialog", "Connect to the shop hub")))
        layout.addWidget(
            muted(
                translate(
                    "pairing_dialog",
                    "Ask the shop owner for a pairing code (it lasts 15 minutes and "
                    "works once). Scan its QR code, or type the hub's address and "
                    "the code.",
                )
            )
        )
        self.current = muted()
        self.current.setObjectName("PairingCurrent")
        layout.addWidget(self.current)
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(EXAMPLE_URL)
        self.url_edit.setAccessibleName(translate("pairing_dialog", "Hub address"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(EXAMPLE_CODE)
        self.code_edit.setAccessibleName(translate("pairing_dialog", "Pairing code"))
        form.addRow(translate("pairing_dialog", "Hub address"), self.url_edit)
        form.addRow(translate("pairing_dialog", "Pairing code"), self.code_edit)
        layout.addLayout(form)
        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.cancel_button = button(translate("pairing_dialog", "Cancel"))
        self.connect_button = button(
            translate("pairing_dialog", "Connect"), role="primary", default=True
        )
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.connect_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.connect_button.clicked.connect(self.connect_to_hub)
        for edit in (self.url_edit, self.code_edit):
            edit.textChanged.connect(self._maybe_pasted)
            edit.returnPressed.connect(self.connect_to_hub)
        self._show_current(load_config(self.db))
        self.resize(520, 0)

    # -- input ------------------------------------------------------------------------
    def _show_current(self, config: HubConfig | None) -> None:
        if config is None:
            self.current.hide()
            return
        self.current.setText(
            translate(
                "pairing_dialog",
                "This stall syncs with {value} at {hub_url}; pairing again replaces that.",
            ).format(
                value=config.shop_name or translate("pairing_dialog", "a shop"),
                hub_url=config.hub_url,
            )
        )
        self.current.show()

    # -- pairing ------------------------------------------------------------------------
    def connect_to_hub(self) -> None:
        if self.busy:
            return
        url = normalise_hub_url(self.url_edit.text())
        code = self.code_edit.text()
        problem = input_problem(url, code)
        if problem is not None:
            self.notice.show_message(problem, "warning")
            return
        self._set_busy(True)
        self.notice.show_message(
            translate("pairing_dialog", "Connecting to {url}…").format(url=url), "success"
        )
        self.start_pairing(self.db, url, code, self._token_store, self._client_factory)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.url_edit, self.code_edit, self.connect_button):
            w.setEnabled(not busy)
        self.connect_button.setText(
            translate("pairing_dialog", "Connecting…")
            if busy
            else translate("pairing_dialog", "Connect")
        )

    def _failed(self, exc: BaseException, url: str) -> None:
        self._set_busy(False)
        self.notice.show_message(failure_sentence(exc, url), "danger")

    def _paired(self, config: HubConfig) -> None:
        self._set_busy(False)
        self._show_current(config)
        self.notice.show_message(
            translate(
                "pairing_dialog", "Paired with {shop_name}. This stall now syncs with the shop hub."
            ).format(shop_name=config.shop_name),
            "success",
        )
        if self.bridge is not None:
            self.bridge.sync_now()  # starts the loop (or restarts it with the new hub)
        self.paired.emit(config)
        self.accept()


def open_pairing_dialog(
    parent: QWidget, ctx: AppContext, bridge: SyncBridge | None = None
) -> PairingDialog:
    """Open the dialog (window-modal) and return it; it deletes itself when closed."""
    dialog = PairingDialog(ctx, bridge, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
