"""The "Backups and data" dialog (the panel plus Close), and how the app opens it.

``open_backups(parent, ctx)`` is what the Shop menu calls; ``backups_page(window, ctx)``
is the same panel for a Settings page. After a restore, both reopen the main window on
the restored data (``reopen.py``), so no screen shows what was there before.
"""

from __future__ import annotations

from popuppos.services.backups import Restored
from popuppos.ui.backoffice.common import button
from popuppos.ui.backups.backups_panel import BackupsPanel
from popuppos.ui.backups.words import when_in_sentence
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.qt import QDialog, QHBoxLayout, QMainWindow, Qt, QVBoxLayout, QWidget

__all__ = ["BackupsDialog", "BackupsPanel", "backups_page", "open_backups", "restored_message"]


class BackupsDialog(QDialog):
    """The panel in its own window, with Close (held back while a backup or restore runs)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("backups/backups_dialog", "Backups and data"))
        self.setMinimumSize(940, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.panel = BackupsPanel(ctx, self)
        layout.addWidget(self.panel, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = button(translate("backups/backups_dialog", "Close"), role="quiet")
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.panel.busy_changed.connect(lambda busy: self.close_button.setEnabled(not busy))

    def reject(self) -> None:
        if not self.panel.busy:  # a restore or backup in progress finishes and reports first
            super().reject()


def restored_message(result: Restored) -> str:
    """What the reopened window's status line says after a restore."""
    when = (
        translate("backups/backups_dialog", "of {taken_at}").format(
            taken_at=when_in_sentence(result.taken_at)
        )
        if result.taken_at
        else result.backup.name
    )
    return translate(
        "backups/backups_dialog",
        "Restored the backup {when}. The data from before is kept as the backup {name}.",
    ).format(when=when, name=result.kept_aside.name)


def _reopen_after_restore(panel: BackupsPanel, window: QWidget, ctx: AppContext) -> None:
    from popuppos.ui.backups.reopen import reopen_main_window

    def reopen(result: object) -> None:
        if isinstance(window, QMainWindow) and isinstance(result, Restored):
            reopen_main_window(window, ctx.db, message=restored_message(result))

    panel.restored.connect(reopen)


def open_backups(parent: QWidget, ctx: AppContext) -> BackupsDialog:
    """Show "Backups and data" over ``parent``; after a restore, the main window reopens on
    the restored data (see ``ui/backups/reopen.py``)."""
    dialog = BackupsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _reopen_after_restore(dialog.panel, parent.window(), ctx)
    dialog.open()
    return dialog


def backups_page(window: QWidget, ctx: AppContext) -> BackupsPanel:
    """The same content as a Settings page (``SettingsDialog.add_page("Backups and data",
    backups_page(main_window, ctx))``); a restore reopens ``window`` like the dialog does."""
    panel = BackupsPanel(ctx)
    _reopen_after_restore(panel, window.window(), ctx)
    return panel
