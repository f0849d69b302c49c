"""Asking the host to confirm a restore, in words that say what it will do."""

from __future__ import annotations

from popuppos.ui.backoffice.common import button, card, heading, muted
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class ConfirmRestoreDialog(QDialog):
    """ "Restore the backup of Today, 14:02?" with what is lost and what is kept."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        what: str,
        detail: str,
        needs_pin: bool,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("backups/confirm", "Restore a backup"))
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("backups/confirm", "Restore this backup?")))
        box, inner = card()
        self.what_label = QLabel(what)
        self.what_label.setStyleSheet("font-weight: 700;")
        self.what_label.setWordWrap(True)
        inner.addWidget(self.what_label)
        inner.addWidget(muted(detail))
        layout.addWidget(box)
        self.body = QLabel(
            translate(
                "backups/confirm",
                "The shop goes back to how it was then: sales, refunds and "
                "changes made since will not be in it. First, the data as it is "
                "now is kept as a backup named “Before a restore”, so you can "
                "come back to it. PopupPOS then reopens its window on the "
                "restored data.",
            )
            + (
                translate("backups/confirm", "\n\nA manager's PIN is asked next.")
                if needs_pin
                else ""
            )
        )
        self.body.setWordWrap(True)
        layout.addWidget(self.body)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.cancel_button = button(translate("backups/confirm", "Cancel"), role="quiet")
        self.restore_button = button(translate("backups/confirm", "Restore"), role="danger")
        self.restore_button.setAccessibleName(translate("backups/confirm", "Restore this backup"))
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.accept)
        self.cancel_button.setFocus()  # the safe choice is the default one
