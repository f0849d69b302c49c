"""A member's passes: each with its status and benefits, and the host's pass actions.

Show the QR full screen, save the pass card (PDF), transfer it to another member (picked
with the member picker; the manager PIN approves; the old QR stops working and the new
holder gets a new one), revoke it by hand (PIN and reason), or save a printable sheet of
the selected passes' cards. Every read and write runs on a worker; the services check the
PIN inside the transaction that records the action.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from popuppos.core.pass_token import format_day
from popuppos.services.members import MemberInfo
from popuppos.services.pass_admin import (
    PassInfo,
    TierInfo,
    benefit_lines,
    list_tiers,
    passes_of_member,
)
from popuppos.services.passes import IssuedPass
from popuppos.ui.backoffice.common import Notice, button, heading, muted
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.passes.cards import (
    ask_and_save,
    card_file_name,
    card_pdf,
    save_pdf_to,
    sheet_pdf,
)
from popuppos.ui.passes.manager_actions import PassManagerActions
from popuppos.ui.passes.qr_view import FullScreenQr
from popuppos.ui.qt import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
)
from popuppos.ui.sell.widgets import badge, label

PASS_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_WORDS = {
    "active": QT_TRANSLATE_NOOP("passes/member_passes", "Active"),
    "not_yet_valid": QT_TRANSLATE_NOOP("passes/member_passes", "Not valid yet"),
    "expired": QT_TRANSLATE_NOOP("passes/member_passes", "Expired"),
    "revoked": QT_TRANSLATE_NOOP("passes/member_passes", "Revoked"),
    "retired_key": QT_TRANSLATE_NOOP("passes/member_passes", "Not trusted"),
}


def status_line(info: PassInfo) -> str:
    """ "Active · Valid until 3 May 2027", "Revoked · Refunded on 2 May 2026" ..."""
    status = translate("passes/member_passes", STATUS_WORDS.get(info.status, info.status))
    return f"{status} · {info.why}"


class MemberPassesDialog(QDialog):
    """The passes of one member (``member_id``), newest first."""

    def __init__(
        self,
        ctx: AppContext,
        member_id: str,
        parent: QWidget | None = None,
        *,
        member_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MemberPassesDialog")
        self.setModal(True)
        self.ctx = ctx
        self.member_id = member_id
        self.passes: list[PassInfo] = []
        self.tiers: dict[str, TierInfo] = {}
        self.loaded = False
        self.dialog: QDialog | None = None  # a picker or PIN dialog on top (tests)
        self.qr_window: FullScreenQr | None = None
        self.new_pass: IssuedPass | None = None  # the last transfer's new pass
        self._new_holder = ""
        self.setWindowTitle(translate("passes/member_passes", "Member passes"))
        self.manager = PassManagerActions(ctx, self, self._open)
        self.manager.transferred.connect(self._transferred)
        self.manager.revoked.connect(self._revoked)
        self.manager.message.connect(self.notice_message)

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(12)
        self.title = heading(
            translate("passes/member_passes", "Passes of {member_name}").format(
                member_name=member_name
            )
            if member_name
            else translate("passes/member_passes", "Passes")
        )
        box.addWidget(self.title)
        body = QHBoxLayout()
        body.setSpacing(16)
        self.list = QListWidget()
        self.list.setObjectName("MemberPassList")
        self.list.setAccessibleName(translate("passes/member_passes", "Passes"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setMinimumWidth(320)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        body.addWidget(self.list, 1)
        body.addWidget(self._detail_card(), 1)
        box.addLayout(body, 1)
        self.notice = Notice()
        box.addWidget(self.notice)
        box.addLayout(self._actions())
        self.setMinimumSize(860, 560)
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _detail_card(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("Card")
        self.detail = QVBoxLayout(frame)
        self.detail.setContentsMargins(18, 16, 18, 16)
        self.detail.setSpacing(6)
        head = QHBoxLayout()
        self.detail_tier = label("", "Heading")
        self.detail_badge = badge("", "member")
        head.addWidget(self.detail_tier, 1)
        head.addWidget(self.detail_badge)
        self.detail.addLayout(head)
        self.detail_status = muted(translate("passes/member_passes", "Choose a pass to see it."))
        self.detail_dates = muted("")
        self.detail_benefits = label("", wrap=True)
        for w in (self.detail_status, self.detail_dates, self.detail_benefits):
            self.detail.addWidget(w)
        self.detail.addStretch(1)
        return frame

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.qr_button = button(translate("passes/member_passes", "Show QR"))
        self.card_button = button(translate("passes/member_passes", "Save card"))
        self.transfer_button = button(translate("passes/member_passes", "Transfer…"))
        self.revoke_button = button(
            translate("passes/member_passes", "Revoke…"), role="danger-quiet"
        )
        self.sheet_button = button(translate("passes/member_passes", "Print sheet…"))
        self.sheet_button.setToolTip(
            translate(
                "passes/member_passes", "Save the selected passes' cards on A4 sheets, to print"
            )
        )
        self.new_qr_button = button(
            translate("passes/member_passes", "Show the new QR"), role="primary"
        )
        self.new_qr_button.hide()
        self.close_button = button(translate("passes/member_passes", "Close"), role="quiet")
        self.qr_button.clicked.connect(self.show_qr)
        self.card_button.clicked.connect(self.save_card)
        self.transfer_button.clicked.connect(self.start_transfer)
        self.revoke_button.clicked.connect(self.start_revoke)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.new_qr_button.clicked.connect(self._show_new_qr)
        self.close_button.clicked.connect(self.reject)
        for b in (self.qr_button, self.card_button, self.transfer_button, self.revoke_button):
            row.addWidget(b)
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        row.addWidget(self.new_qr_button)
        row.addWidget(self.close_button)
        return row

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        db, member_id = self.ctx.db, self.member_id
        self.loaded = False
        run_operation(
            self,
            lambda: (passes_of_member(db, member_id), list_tiers(db)),
            on_success=lambda found: self._show(*found),
            on_failure=self.notice.show_problem,
        )

    def _show(self, passes: list[PassInfo], tiers: list[TierInfo]) -> None:
        keep = {p.pass_id for p in self.selected()}
        self.passes, self.tiers = passes, {t.id: t for t in tiers}
        if passes:
            self.title.setText(
                translate("passes/member_passes", "Passes of {member_name}").format(
                    member_name=passes[0].member_name
                )
            )
        self.list.clear()
        for info in passes:
            item = QListWidgetItem(f"{info.tier_name}\n{status_line(info)}")
            item.setData(PASS_ROLE, info.pass_id)
            item.setSizeHint(QSize(0, 60))
            if info.status != "active":
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if info.pass_id in keep:
                item.setSelected(True)
        if self.list.count() and not self.list.selectedItems():
            self.list.setCurrentRow(0)
        if not passes:
            self.detail_status.setText(
                translate(
                    "passes/member_passes", "No passes yet. Sell one from the Passes category."
                )
            )
        self.loaded = True
        self._selection_changed()

    # -- selection --------------------------------------------------------------------------
    def selected(self) -> list[PassInfo]:
        ids = {item.data(PASS_ROLE) for item in self.list.selectedItems()}
        return [p for p in self.passes if p.pass_id in ids]

    def current(self) -> PassInfo | None:
        chosen = self.selected()
        return chosen[0] if len(chosen) == 1 else None

    def select(self, pass_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(PASS_ROLE) == pass_id)

    def _selection_changed(self) -> None:
        info = self.current()
        live = info is not None and info.revocation is None
        can_show = live and info is not None and info.status in ("active", "not_yet_valid")
        self.qr_button.setEnabled(can_show)
        self.card_button.setEnabled(live)
        self.transfer_button.setEnabled(live)
        self.revoke_button.setEnabled(live)
        printable = [p for p in self.selected() if p.revocation is None]
        self.sheet_button.setEnabled(bool(printable))
        self._show_detail(info)

    def _show_detail(self, info: PassInfo | None) -> None:
        if info is None:
            self.detail_tier.setText("")
            self.detail_badge.hide()
            self.detail_dates.setText("")
            self.detail_benefits.setText("")
            if self.passes:
                many = len(self.selected()) > 1
                self.detail_status.setText(
                    translate(
                        "passes/member_passes",
                        "Several passes chosen: print their cards on a sheet.",
                    )
                    if many
                    else translate("passes/member_passes", "Choose a pass to see it.")
                )
            return
        self.detail_tier.setText(info.tier_name)
        self.detail_badge.setText(
            translate("passes/member_passes", STATUS_WORDS.get(info.status, info.status))
        )
        self.detail_badge.setProperty("badge", "member" if info.active else "new")
        self.detail_badge.style().unpolish(self.detail_badge)
        self.detail_badge.style().polish(self.detail_badge)
        self.detail_badge.show()
        self.detail_status.setText(info.why)
        dates = translate("passes/member_passes", "{valid_from} to {valid_until}").format(
            valid_from=format_day(info.valid_from), valid_until=format_day(info.valid_until)
        )
        if info.replaces_pass_id:
            dates += translate("passes/member_passes", " · transferred from another member")
        self.detail_dates.setText(dates)
        tier = self.tiers.get(info.tier_id)
        lines = benefit_lines(tier) if tier else ()
        self.detail_benefits.setText("\n".join(f"•  {line}" for line in lines))

    # -- QR and cards -----------------------------------------------------------------------
    def show_qr(self) -> None:
        info = self.current()
        if info is not None:
            self._open_qr(info.token, info.member_name, info.tier_name, info)

    def _open_qr(self, token: str, name: str, tier: str, info: PassInfo | None) -> None:
        window = FullScreenQr(
            token,
            holder_name=name,
            tier_name=tier,
            valid_until=info.valid_until if info else None,
            caption=translate("passes/member_passes", "{shop_name} · member pass").format(
                shop_name=self.ctx.settings.shop_name
            ),
            parent=self,
        )
        self.qr_window = window
        window.finished.connect(window.deleteLater)
        window.finished.connect(lambda _r: setattr(self, "qr_window", None))
        window.show_full_screen()

    def save_card(self) -> None:
        info = self.current()
        if info is None:
            return
        db, pass_id = self.ctx.db, info.pass_id
        ask_and_save(
            self,
            translate("passes/member_passes", "Save the pass card"),
            card_file_name(info.member_name, info.tier_code),
            lambda: card_pdf(db, pass_id),
            on_saved=self._saved,
            on_failure=self.notice.show_problem,
        )

    def save_card_to(self, pass_id: str, path: Path) -> None:
        db = self.ctx.db
        save_pdf_to(
            self,
            path,
            lambda: card_pdf(db, pass_id),
            on_saved=self._saved,
            on_failure=self.notice.show_problem,
        )

    def save_sheet(self) -> None:
        ids = [p.pass_id for p in self.selected() if p.revocation is None]
        if not ids:
            return
        db = self.ctx.db
        ask_and_save(
            self,
            translate("passes/member_passes", "Save a sheet of pass cards"),
            f"pass-cards-{len(ids)}.pdf",
            lambda: sheet_pdf(db, ids),
            on_saved=self._saved,
            on_failure=self.notice.show_problem,
        )

    def save_sheet_to(self, pass_ids: Sequence[str], path: Path) -> None:
        db, ids = self.ctx.db, list(pass_ids)
        save_pdf_to(
            self, path, lambda: sheet_pdf(db, ids), on_saved=self._saved, on_failure=self._failed
        )

    def notice_message(self, text: str, tone: str) -> None:
        self.notice.show_message(text, tone)

    def _saved(self, path: Path) -> None:
        self.notice.show_message(
            translate("passes/member_passes", "Saved {name} in {parent}").format(
                name=path.name, parent=path.parent
            ),
            "success",
        )

    def _failed(self, exc: BaseException) -> None:
        self.notice.show_problem(exc)

    # -- transfer and revoke (manager_actions.py asks for the PIN) -------------------------
    def start_transfer(self) -> None:
        """Pick the new holder, then ask for the manager PIN."""
        info = self.current()
        if info is not None:
            self.manager.transfer(info)

    def start_revoke(self) -> None:
        info = self.current()
        if info is not None:
            self.manager.revoke(info)

    def _transferred(self, issued: IssuedPass, member: MemberInfo) -> None:
        self.new_pass, self._new_holder = issued, member.name
        self.new_qr_button.setText(
            translate("passes/member_passes", "Show {first_name}'s new QR").format(
                first_name=member.first_name
            )
        )
        self.new_qr_button.show()
        self.notice.show_message(
            translate(
                "passes/member_passes",
                "Transferred to {name}. The old QR no longer works; "
                "{first_name}'s new pass is ready.",
            ).format(name=member.name, first_name=member.first_name),
            "success",
        )
        self.reload()

    def _show_new_qr(self) -> None:
        if self.new_pass is not None:
            old = self.current()
            self._open_qr(self.new_pass.token, self._new_holder, old.tier_name if old else "", None)

    def _revoked(self, info: PassInfo) -> None:
        self.notice.show_message(
            translate(
                "passes/member_passes", "The {tier_name} pass is revoked; its QR no longer works."
            ).format(tier_name=info.tier_name),
            "success",
        )
        self.reload()

    # -- dialogs on top ---------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
