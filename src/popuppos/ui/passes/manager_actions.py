"""The two manager actions on a pass, each approved with the manager PIN.

* Transfer: pick the new holder with the member picker, then the PIN; the service revokes
  the old pass (its QR stops working everywhere) and issues a new one to the new holder,
  in one transaction, or refuses (wrong PIN, a tier that cannot be transferred...).
* Revoke: the PIN and a reason (kept in the audit log).

The PIN dialog stays open on a refusal, says why and lets the manager try again.
"""

from __future__ import annotations

from collections.abc import Callable

from popuppos.services.members import MemberInfo
from popuppos.services.pass_admin import PassInfo, revoke_pass, transfer_pass
from popuppos.services.passes import IssuedPass
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QDialog, QObject, QWidget, Signal
from popuppos.ui.sell.member_picker import MemberPicker


class PassManagerActions(QObject):
    """``transferred(IssuedPass, MemberInfo)``, ``revoked(PassInfo)`` once recorded;
    ``message(text, tone)`` for the host."""

    transferred = Signal(object, object)
    revoked = Signal(object)
    message = Signal(str, str)

    def __init__(
        self, ctx: AppContext, host: QWidget, open_dialog: Callable[[QDialog], None]
    ) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.host = host
        self._open = open_dialog

    @property
    def actor(self) -> str:
        return self.ctx.cashier or "host"

    # -- transfer ---------------------------------------------------------------------------
    def transfer(self, info: PassInfo) -> None:
        picker = MemberPicker(self.ctx.db, self.host)
        picker.setWindowTitle(translate("passes/manager_actions", "Transfer the pass to…"))
        picker.guest_button.hide()
        picker.chosen.connect(lambda m: self._transfer_to(info, m))
        self._open(picker)

    def _transfer_to(self, info: PassInfo, member: MemberInfo | None) -> None:
        if member is None:
            return
        if member.id == info.member_id:
            self.message.emit(
                translate("passes/manager_actions", "{name} already holds this pass.").format(
                    name=member.name
                ),
                "warning",
            )
            return
        pin = ManagerPinDialog(
            self.host,
            title=translate("passes/manager_actions", "Approve the transfer"),
            prompt=(
                translate(
                    "passes/manager_actions",
                    "{tier_name} of {member_name} goes to {name}. The old QR stops "
                    "working; {first_name} gets a new one.",
                ).format(
                    tier_name=info.tier_name,
                    member_name=info.member_name,
                    name=member.name,
                    first_name=member.first_name,
                )
            ),
            ask_reason=False,
        )
        pin.submitted.connect(lambda code, _r: self._transfer_with(pin, info, member, code))
        self._open(pin)

    def _transfer_with(
        self, pin: ManagerPinDialog, info: PassInfo, member: MemberInfo, code: str
    ) -> None:
        db, actor = self.ctx.db, self.actor
        pin.set_busy(True)
        run_operation(
            self,
            lambda: transfer_pass(
                db, info.pass_id, to_member_id=member.id, actor=actor, manager_pin=code
            ),
            on_success=lambda issued: self._transferred(pin, member, issued),
            on_failure=lambda exc: pin.show_problem(message_for(exc)),
        )

    def _transferred(self, pin: ManagerPinDialog, member: MemberInfo, issued: IssuedPass) -> None:
        pin.set_busy(False)
        pin.accept()
        self.transferred.emit(issued, member)

    # -- revoke -----------------------------------------------------------------------------
    def revoke(self, info: PassInfo) -> None:
        pin = ManagerPinDialog(
            self.host,
            title=translate("passes/manager_actions", "Revoke the pass"),
            prompt=(
                translate(
                    "passes/manager_actions",
                    "{tier_name} of {member_name} stops working at every stall. This "
                    "cannot be undone.",
                ).format(tier_name=info.tier_name, member_name=info.member_name)
            ),
            ask_reason=True,
            reason_placeholder=translate(
                "passes/manager_actions", "Why? (lost card, misuse…; kept in the audit log)"
            ),
        )
        pin.submitted.connect(lambda code, reason: self._revoke_with(pin, info, code, reason))
        self._open(pin)

    def _revoke_with(self, pin: ManagerPinDialog, info: PassInfo, code: str, reason: str) -> None:
        db, actor = self.ctx.db, self.actor
        pin.set_busy(True)
        run_operation(
            self,
            lambda: revoke_pass(
                db, info.pass_id, actor=actor, reason_note=reason, manager_pin=code
            ),
            on_success=lambda _none: self._revoked(pin, info),
            on_failure=lambda exc: pin.show_problem(message_for(exc)),
        )

    def _revoked(self, pin: ManagerPinDialog, info: PassInfo) -> None:
        pin.set_busy(False)
        pin.accept()
        self.revoked.emit(info)
