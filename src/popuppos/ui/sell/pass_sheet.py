"""The small confirm sheet shown when a pass is added to a sale: what the member gets, the
refund and transfer terms in plain words, and who will hold it."""

from __future__ import annotations

from popuppos.services.pass_admin import TierInfo, benefit_lines
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget, Signal
from popuppos.ui.sell.widgets import badge, label, make_button


def validity_text(days: int) -> str:
    """ "1 year", "2 years", "30 days", "1 day"."""
    if days >= 365 and days % 365 == 0:
        years = days // 365
        if years == 1:
            return translate("sell/pass_sheet", "1 year")
        return translate("sell/pass_sheet", "{years} years").format(years=years)
    if days == 1:
        return translate("sell/pass_sheet", "1 day")
    return translate("sell/pass_sheet", "{days} days").format(days=days)


def refund_text(tier: TierInfo) -> str:
    return tier.refund_terms or translate(
        "sell/pass_sheet", "No refund terms are set for this tier: ask the manager first."
    )


def transfer_text(tier: TierInfo) -> str:
    if tier.transfer_terms:
        return tier.transfer_terms
    if tier.transferable:
        return translate(
            "sell/pass_sheet",
            "Can be transferred to another member at the stall (manager approval).",
        )
    return translate("sell/pass_sheet", "Personal: it cannot be transferred.")


class PassSaleSheet(QDialog):
    """Confirm adding a pass. ``confirmed`` when a holder is attached; ``choose_holder``
    when there is none yet (the service refuses a pass without its holder)."""

    confirmed = Signal()
    choose_holder = Signal()

    def __init__(
        self, tier: TierInfo, price: str, holder_name: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PassSaleSheet")
        self.setWindowTitle(tier.name)
        self.setModal(True)
        self.tier = tier
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(10)

        head = QHBoxLayout()
        head.addWidget(label(tier.name, "Heading"), 1)
        head.addWidget(label(price, "Price"))
        box.addLayout(head)
        box.addWidget(
            label(
                translate(
                    "sell/pass_sheet", "Member pass · valid {validity_text} from today"
                ).format(validity_text=validity_text(tier.validity_days)),
                "Muted",
            )
        )

        panel = QFrame()
        panel.setObjectName("Card")
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.setSpacing(4)
        inner.addWidget(label(translate("sell/pass_sheet", "What the member gets"), "TotalCaption"))
        self.benefit_labels = [label(f"•  {line}", wrap=True) for line in benefit_lines(tier)]
        for w in self.benefit_labels:
            inner.addWidget(w)
        box.addWidget(panel)

        self.refund_label = label(refund_text(tier), wrap=True)
        self.transfer_label = label(transfer_text(tier), wrap=True)
        for caption, text in (
            (translate("sell/pass_sheet", "Refunds"), self.refund_label),
            (translate("sell/pass_sheet", "Transfers"), self.transfer_label),
        ):
            box.addWidget(label(caption, "TotalCaption"))
            box.addWidget(text)

        box.addSpacing(6)
        holder_row = QHBoxLayout()
        if holder_name:
            holder_row.addWidget(badge(translate("sell/pass_sheet", "Holder"), "member"))
            self.holder_label = label(
                translate("sell/pass_sheet", "Issued to {holder_name}").format(
                    holder_name=holder_name
                )
            )
            self.holder_label.setStyleSheet("font-weight: 700;")
        else:
            holder_row.addWidget(badge(translate("sell/pass_sheet", "Holder"), "low"))
            self.holder_label = label(
                translate(
                    "sell/pass_sheet", "A pass needs its holder: choose the member it is for."
                ),
                wrap=True,
            )
        holder_row.addWidget(self.holder_label, 1)
        box.addLayout(holder_row)

        row = QHBoxLayout()
        row.setSpacing(10)
        cancel = make_button(translate("sell/pass_sheet", "Cancel"), role="quiet")
        cancel.clicked.connect(self.reject)
        if holder_name:
            self.ok_button = make_button(
                translate("sell/pass_sheet", "Add to sale"), role="primary", icon_name="plus"
            )
            self.ok_button.clicked.connect(self._confirm)
        else:
            self.ok_button = make_button(
                translate("sell/pass_sheet", "Choose the holder…"),
                role="primary",
                icon_name="member",
            )
            self.ok_button.clicked.connect(self._choose)
        self.ok_button.setObjectName("PassSheetOk")
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.ok_button)
        box.addLayout(row)
        self.setMinimumWidth(480)
        self.ok_button.setFocus()

    def _confirm(self) -> None:
        self.accept()
        self.confirmed.emit()

    def _choose(self) -> None:
        self.accept()
        self.choose_holder.emit()
