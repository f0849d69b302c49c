"""The passes a sale just issued, on its receipt: "Pass issued to Zoë · Show QR · Save card"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from popuppos.services.pass_admin import PassInfo, pass_info
from popuppos.store.db import Database
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.passes.cards import ask_and_save, card_file_name, card_pdf, save_pdf_to
from popuppos.ui.passes.qr_view import FullScreenQr, QrWidget
from popuppos.ui.qt import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from popuppos.ui.sell.member_sale import short_day
from popuppos.ui.sell.widgets import error_qss, label, make_button
from popuppos.ui.theme import colour

THUMB_QR = 112  # 2 px per module (45 + 8 quiet) at 1x: sharp enough to scan off the screen


class IssuedPassRow(QFrame):
    """One issued pass: a small QR, who holds it, and its two actions."""

    def __init__(self, info: PassInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IssuedPass")
        tint = colour("accent-soft")
        self.setStyleSheet(f"QFrame#IssuedPass {{ background: {tint}; border-radius: 12px; }}")
        self.info = info
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 10, 12, 10)
        row.setSpacing(14)
        self.qr = QrWidget(info.token, minimum=THUMB_QR)
        self.qr.setFixedSize(THUMB_QR, THUMB_QR)
        row.addWidget(self.qr)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = label(
            translate("passes/issued", "Pass issued to {member_name}").format(
                member_name=info.member_name
            ),
            wrap=True,
        )
        self.title.setStyleSheet("font-weight: 700;")
        texts.addWidget(self.title)
        day = short_day(info.valid_until).replace(" ", "\u00a0")  # the date stays on one line
        valid = translate("passes/issued", "{tier_name} · valid to {day}").format(
            tier_name=info.tier_name, day=day
        )
        texts.addWidget(label(valid, "Muted", wrap=True))
        texts.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.qr_button = make_button(
            translate("passes/issued", "Show QR"), object_name="ShowQrButton"
        )
        self.qr_button.setToolTip(
            translate("passes/issued", "Full screen, for the member to photograph")
        )
        self.card_button = make_button(
            translate("passes/issued", "Save card"), object_name="SaveCardButton"
        )
        self.card_button.setToolTip(
            translate("passes/issued", "The pass card as PDF, to print or send")
        )
        buttons.addWidget(self.qr_button)
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        texts.addLayout(buttons)
        row.addLayout(texts, 1)


class IssuedPasses(QWidget):
    """Shows the passes of a sale (hidden when it issued none)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._ids: tuple[str, ...] = ()
        self.rows: list[IssuedPassRow] = []
        self.qr_window: FullScreenQr | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 4, 0, 4)
        self.box.setSpacing(4)
        self.status = label("", "Muted", wrap=True)
        self.status.hide()
        self.box.addWidget(self.status)
        self.hide()

    def show_passes(self, pass_ids: Sequence[str]) -> None:
        self._ids = tuple(pass_ids)
        self._clear()
        self._set_status("")
        self.setVisible(bool(self._ids))
        if not self._ids:
            return
        db, ids = self._db, self._ids
        run_operation(
            self,
            lambda: [pass_info(db, p) for p in ids],
            on_success=lambda infos: self._show(ids, infos),
            on_failure=lambda exc: self._set_status(message_for(exc), problem=True),
        )

    def _show(self, ids: tuple[str, ...], infos: list[PassInfo]) -> None:
        if ids != self._ids:
            return  # another sale is on the receipt now
        for info in infos:
            row = IssuedPassRow(info)
            row.qr_button.clicked.connect(lambda _=False, i=info: self.show_qr(i))
            row.card_button.clicked.connect(lambda _=False, i=info: self.save_card(i))
            self.box.insertWidget(self.box.count() - 1, row)
            row.show()
            self.rows.append(row)

    def _clear(self) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []

    def show_qr(self, info: PassInfo) -> None:
        """The pass full screen, for the member to photograph."""
        window = FullScreenQr(
            info.token,
            holder_name=info.member_name,
            tier_name=info.tier_name,
            valid_until=info.valid_until,
            parent=self.window(),
        )
        self.qr_window = window
        window.finished.connect(window.deleteLater)
        window.finished.connect(lambda _r: self._qr_closed(window))
        window.show_full_screen()

    def _qr_closed(self, window: FullScreenQr) -> None:
        if self.qr_window is window:
            self.qr_window = None

    def save_card(self, info: PassInfo) -> None:
        db, pass_id = self._db, info.pass_id
        ask_and_save(
            self,
            translate("passes/issued", "Save the pass card"),
            card_file_name(info.member_name, info.tier_code),
            lambda: card_pdf(db, pass_id),
            on_saved=self._saved,
            on_failure=lambda exc: self._set_status(message_for(exc), problem=True),
        )

    def save_card_to(self, pass_id: str, path: Path) -> None:
        """Render the pass card PDF and write it to ``path``, on a worker."""
        db = self._db
        self._set_status(translate("passes/issued", "Saving the pass card…"))
        save_pdf_to(
            self,
            path,
            lambda: card_pdf(db, pass_id),
            on_saved=self._saved,
            on_failure=lambda exc: self._set_status(message_for(exc), problem=True),
        )

    def _saved(self, path: Path) -> None:
        self._set_status(
            translate("passes/issued", "Saved {name} in {parent}").format(
                name=path.name, parent=path.parent
            )
        )

    def _set_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_qss() if problem else "")
        self.status.setVisible(bool(text))

    @property
    def buttons(self) -> list[QPushButton]:
        return [b for r in self.rows for b in (r.qr_button, r.card_button)]
