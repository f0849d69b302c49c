"""Venue partners (Shop menu): the partners on the left; the chosen one's details,
revenue-share agreements and statements in three tabs on the right."""

from __future__ import annotations

from popuppos.services.partners import PartnerInfo, list_partners
from popuppos.ui.backoffice.common import Notice, button, heading, muted
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.partners.agreements_panel import AgreementsPanel
from popuppos.ui.partners.partner_form import PartnerForm
from popuppos.ui.partners.statement_panel import StatementPanel
from popuppos.ui.qt import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSize,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS, AGREEMENTS, STATEMENTS = 0, 1, 2


class PartnersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PartnersDialog")
        self.setWindowTitle(translate("partners/partners_dialog", "Venue partners"))
        self.setModal(True)
        self.ctx = ctx
        self.partners: list[PartnerInfo] = []
        self.current: PartnerInfo | None = None
        self.loaded = False
        self._select_after: str | None = None

        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(10)
        box.addWidget(heading(translate("partners/partners_dialog", "Venue partners")))
        box.addWidget(
            muted(
                translate(
                    "partners/partners_dialog",
                    "The venues you sell at, the share of sales each one takes, and "
                    "the statements you hand them.",
                )
            )
        )
        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("PartnerList")
        self.list.setAccessibleName(translate("partners/partners_dialog", "Venue partners"))
        self.list.setMinimumWidth(250)
        self.list.setMaximumWidth(300)
        self.list.currentItemChanged.connect(self._chosen)
        left.addWidget(self.list, 1)
        self.new_button = button(translate("partners/partners_dialog", "New partner"))
        self.new_button.clicked.connect(self.new_partner)
        left.addWidget(self.new_button)
        body.addLayout(left)
        right = QVBoxLayout()
        self.title = heading(translate("partners/partners_dialog", "New partner"))
        right.addWidget(self.title)
        self.notice = Notice()
        self.tabs = QTabWidget()
        self.form = PartnerForm(ctx, self.notice)
        self.form.saved.connect(self._partner_saved)
        self.agreements = AgreementsPanel(ctx, self.notice)
        self.agreements.changed.connect(self._agreements_changed)
        self.statements = StatementPanel(ctx, self.notice)
        self.tabs.addTab(self.form, translate("partners/partners_dialog", "Details"))
        self.tabs.addTab(self.agreements, translate("partners/partners_dialog", "Agreements"))
        self.tabs.addTab(self.statements, translate("partners/partners_dialog", "Statements"))
        right.addWidget(self.tabs, 1)
        body.addLayout(right, 1)
        box.addLayout(body, 1)
        box.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = button(translate("partners/partners_dialog", "Close"), role="quiet")
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        box.addLayout(row)
        self.setMinimumSize(1180, 760)
        self.new_partner()
        self.reload()

    def reload(self) -> None:
        db = self.ctx.db
        self.loaded = False
        run_operation(
            self,
            lambda: list_partners(db),
            on_success=self._show,
            on_failure=self.notice.show_problem,
        )

    def _show(self, partners: list[PartnerInfo]) -> None:
        self.partners = partners
        current = self._select_after or (self.current.id if self.current else None)
        self._select_after = None
        self.list.blockSignals(True)
        self.list.clear()
        for p in partners:
            n = p.agreements
            if p.active:
                second = (
                    translate("partners/partners_dialog", "No agreement yet")
                    if not n
                    else translate("partners/partners_dialog", "{n} agreement").format(n=n)
                    if n == 1
                    else translate("partners/partners_dialog", "{n} agreements").format(n=n)
                )
            else:
                second = (
                    translate("partners/partners_dialog", "Past partner · no agreement yet")
                    if not n
                    else translate(
                        "partners/partners_dialog", "Past partner · {n} agreement"
                    ).format(n=n)
                    if n == 1
                    else translate(
                        "partners/partners_dialog", "Past partner · {n} agreements"
                    ).format(n=n)
                )
            item = QListWidgetItem(f"{p.name}\n{second}")
            item.setData(ID_ROLE, p.id)
            item.setSizeHint(QSize(0, 58))
            self.list.addItem(item)
            if p.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        chosen = next((p for p in partners if p.id == current), None)
        if chosen is None and partners and current is None and self.current is None:
            chosen = partners[0]
            self.list.setCurrentRow(0)
        else:
            self._load(chosen)
        self.loaded = True

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        found = next((p for p in self.partners if item and p.id == item.data(ID_ROLE)), None)
        if found is not None:
            self._load(found)

    def _load(self, partner: PartnerInfo | None) -> None:
        changed = (partner.id if partner else None) != (self.current.id if self.current else None)
        self.current = partner
        self.title.setText(
            partner.name if partner else translate("partners/partners_dialog", "New partner")
        )
        self.form.load(partner)
        for index in (AGREEMENTS, STATEMENTS):
            self.tabs.setTabEnabled(index, partner is not None)
        self.agreements.set_venue_name(partner.name if partner else "")
        if changed or partner is None:
            self.agreements.show_partner(
                partner.id if partner else None, partner.name if partner else ""
            )
            self.statements.show_partner(partner.id if partner else None)

    def select(self, name: str) -> None:
        for row, p in enumerate(self.partners):
            if p.name == name:
                self.list.setCurrentRow(row)

    def new_partner(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._load(None)
        self.tabs.setCurrentIndex(DETAILS)
        self.form.name_edit.setFocus()

    def _partner_saved(self, partner_id: str) -> None:
        self._select_after = partner_id
        self.reload()
        self.statements.refresh_preview()  # the name printed on the statement may have changed

    def _agreements_changed(self) -> None:
        self.statements.refresh_preview()
        self._select_after = self.current.id if self.current else None
        self.reload()
