"""A venue partner's details: who they are and where statements go."""

from __future__ import annotations

from popuppos.services.partners import PartnerInfo, PartnerSpec, save_partner
from popuppos.ui.backoffice.common import Notice, button, muted
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class PartnerForm(QWidget):
    """Name, contact, email, phone, address, tax id, note; ``saved(partner_id)`` after Save."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notice = notice
        self.editing: PartnerInfo | None = None
        self.saving = False
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 12, 4, 4)
        box.setSpacing(10)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.name_edit = self._line(120, translate("partners/partner_form", "Kiln & Co"))
        self.contact_edit = self._line(120, translate("partners/partner_form", "Who you deal with"))
        self.email_edit = self._line(200, translate("partners/partner_form", "hello@example.com"))
        self.phone_edit = self._line(40, "+353 91 555 0100")
        self.address_edit = QPlainTextEdit()
        self.address_edit.setPlaceholderText(
            translate("partners/partner_form", "Street\nTown and postcode")
        )
        self.address_edit.setMaximumHeight(84)
        self.address_edit.setTabChangesFocus(True)
        self.tax_edit = self._line(
            40, translate("partners/partner_form", "VAT or tax number, printed on statements")
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(
            translate("partners/partner_form", "Anything to remember: who to ask, bank details…")
        )
        self.note_edit.setMaximumHeight(72)
        self.note_edit.setTabChangesFocus(True)
        self.active_check = QCheckBox(
            translate("partners/partner_form", "A current partner (listed first)")
        )
        self.active_check.setChecked(True)
        form.addRow(translate("partners/partner_form", "Name"), self.name_edit)
        form.addRow(translate("partners/partner_form", "Contact"), self.contact_edit)
        form.addRow(translate("partners/partner_form", "Email"), self.email_edit)
        form.addRow(translate("partners/partner_form", "Phone"), self.phone_edit)
        form.addRow(translate("partners/partner_form", "Address"), self.address_edit)
        form.addRow(translate("partners/partner_form", "Tax ID"), self.tax_edit)
        form.addRow(translate("partners/partner_form", "Note"), self.note_edit)
        form.addRow("", self.active_check)
        box.addLayout(form)
        box.addWidget(
            muted(
                translate(
                    "partners/partner_form",
                    "The name, address and tax ID are printed on every statement.",
                )
            )
        )
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = button(
            translate("partners/partner_form", "Save partner"), role="primary"
        )
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        box.addLayout(row)

    @staticmethod
    def _line(length: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(length)
        edit.setPlaceholderText(placeholder)
        return edit

    def load(self, partner: PartnerInfo | None) -> None:
        """Show ``partner`` (None: an empty form for a new one)."""
        self.editing = partner
        self.name_edit.setText(partner.name if partner else "")
        self.contact_edit.setText(partner.contact_name if partner else "")
        self.email_edit.setText(partner.email if partner else "")
        self.phone_edit.setText(partner.phone if partner else "")
        self.address_edit.setPlainText("\n".join(partner.address_lines) if partner else "")
        self.tax_edit.setText(partner.tax_id if partner else "")
        self.note_edit.setPlainText(partner.note if partner else "")
        self.active_check.setChecked(partner.active if partner else True)
        self.save_button.setText(
            translate("partners/partner_form", "Save partner")
            if partner
            else translate("partners/partner_form", "Add partner")
        )

    def spec(self) -> PartnerSpec:
        return PartnerSpec(
            name=self.name_edit.text(),
            contact_name=self.contact_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            address_lines=tuple(self.address_edit.toPlainText().splitlines()),
            tax_id=self.tax_edit.text(),
            note=self.note_edit.toPlainText(),
            active=self.active_check.isChecked(),
            id=self.editing.id if self.editing else None,
        )

    def save(self) -> None:
        if self.saving:
            return
        spec, db = self.spec(), self.ctx.db
        self.saving = True
        self.save_button.setEnabled(False)
        run_operation(
            self, lambda: save_partner(db, spec), on_success=self._saved, on_failure=self._failed
        )

    def _saved(self, partner_id: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.notice.show_message(
            translate("partners/partner_form", "Saved {name}.").format(
                name=" ".join(self.name_edit.text().split())
            ),
            "success",
        )
        self.saved.emit(partner_id)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.notice.show_problem(exc)
