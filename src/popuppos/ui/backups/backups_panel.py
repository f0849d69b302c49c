"""What "Backups and data" shows: the backups (when, why, size), Back up now, Restore…,
the automatic backup settings (daily, at shift close, keep N) and Export everything…

Every file and database step runs on a worker (``run_operation``); the panel only shows
answers. A restore goes through :class:`RestoreFlow` (confirm, manager PIN) and then
``restored`` is emitted. The panel sits in the dialog (``backups_dialog.py``) or on a
Settings page.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from popuppos.services import backups
from popuppos.services.backups import BackupMade, BackupsOverview, Restored
from popuppos.services.export import Exported, export_everything
from popuppos.store.backup import BackupCheck, BackupFile
from popuppos.ui.backoffice.common import Notice, ask_save_path, button, card, heading, muted
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.backups.confirm import ConfirmRestoreDialog
from popuppos.ui.backups.restore_flow import RestoreFlow
from popuppos.ui.backups.settings_card import AutomaticBackupsCard
from popuppos.ui.backups.words import (
    plural,
    reason_text,
    size_text,
    when_in_sentence,
    when_text,
)
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from popuppos.ui.theme import colour, follow_theme

COLUMNS = (
    QT_TRANSLATE_NOOP("backups/backups_panel", "When"),
    QT_TRANSLATE_NOOP("backups/backups_panel", "Why"),
    QT_TRANSLATE_NOOP("backups/backups_panel", "Size"),
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class BackupsPanel(QWidget):
    """Everything "Backups and data" shows, for the dialog or a Settings page."""

    restored = Signal(object)  # Restored, once the backup is back in place
    refreshed = Signal()  # the list was (re)loaded (tests wait on it)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: BackupsOverview | None = None
        self.loads = 0
        self.flow = RestoreFlow(
            self,
            ctx,
            on_busy=self._set_busy,
            on_restored=self._restored,
            on_failed=self._restore_failed,
        )
        self.last_made: BackupMade | None = None
        self.last_export: Exported | None = None
        self.last_restore: Restored | None = None
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("backups/backups_panel", "Backups and data")))
        self.folder_label = muted(
            translate(
                "backups/backups_panel",
                "Copies of the shop's database, made safely while you sell. "
                "Restoring one puts the shop back as it was then.",
            )
        )
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._backups_card(), 3)
        side = QVBoxLayout()
        side.setSpacing(16)
        self.automatic = AutomaticBackupsCard(ctx)
        self.automatic.failed.connect(self._failed)
        self.daily_check = self.automatic.daily_check
        self.shift_check = self.automatic.shift_check
        self.keep_spin = self.automatic.keep_spin
        self.keep_note = self.automatic.keep_note
        side.addWidget(self.automatic)
        side.addWidget(self._export_card())
        side.addStretch(1)
        columns.addLayout(side, 2)
        layout.addLayout(columns, 1)

        self.notice = Notice()
        layout.addWidget(self.notice)

        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _backups_card(self) -> QWidget:
        box, inner = card()
        title = QLabel(translate("backups/backups_panel", "Backups"))
        title.setStyleSheet("font-weight: 700;")
        inner.addWidget(title)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [translate("backups/backups_panel", c) for c in COLUMNS]
        )
        self.table.setAccessibleName(translate("backups/backups_panel", "Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(46)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        table = self.table
        follow_theme(
            table,
            lambda: table.setStyleSheet(
                "QTableWidget { border: none; outline: 0; }"
                "QTableWidget::item { padding: 0px 10px;"
                f" border-bottom: 1px solid {colour('row-line')}; }}"
                "QHeaderView::section { padding: 8px 10px; }"
            ),
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(LEFT)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        size_header = self.table.horizontalHeaderItem(2)
        if size_header is not None:
            size_header.setTextAlignment(RIGHT)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        inner.addWidget(self.table, 1)
        self.empty_label = muted("")
        inner.addWidget(self.empty_label)
        actions = QHBoxLayout()
        self.backup_button = button(
            translate("backups/backups_panel", "Back up now"), role="primary"
        )
        self.restore_button = button(
            translate("backups/backups_panel", "Restore…"), role="danger-quiet"
        )
        self.restore_button.setToolTip(
            translate("backups/backups_panel", "Put the chosen backup back (asks first)")
        )
        self.file_button = button(
            translate("backups/backups_panel", "Restore from a file…"), role="quiet"
        )
        self.file_button.setToolTip(
            translate(
                "backups/backups_panel", "A backup copied from another computer or a USB stick"
            )
        )
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        actions.addWidget(self.file_button)
        inner.addLayout(actions)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        return box

    def _export_card(self) -> QWidget:
        box, inner = card()
        title = QLabel(translate("backups/backups_panel", "Your data"))
        title.setStyleSheet("font-weight: 700;")
        inner.addWidget(title)
        inner.addWidget(
            muted(
                translate(
                    "backups/backups_panel",
                    "Everything in the shop as one zip: a spreadsheet (CSV) per "
                    "table and a summary. Amounts are in cents, as stored. Keys and "
                    "PINs stay out.",
                )
            )
        )
        self.export_button = button(translate("backups/backups_panel", "Export everything…"))
        self.export_button.clicked.connect(self.export)
        inner.addWidget(self.export_button)
        return box

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.db
        run_operation(
            self,
            lambda: backups.overview(db),
            on_success=self._show,
            on_failure=self._failed,
        )

    def _show(self, overview: BackupsOverview) -> None:
        self.overview = overview
        self.loads += 1
        self.folder_label.setText(
            translate(
                "backups/backups_panel",
                "Copies of the shop's database, made safely while you sell, kept "
                "in {folder}. Restoring one puts the shop back as it was then.",
            ).format(folder=overview.folder)
        )
        self.table.setRowCount(len(overview.backups))
        for row, b in enumerate(overview.backups):
            self._set_row(row, b)
        if overview.backups:
            self.table.selectRow(0)
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                translate(
                    "backups/backups_panel", "No backups yet. “Back up now” makes the first one."
                )
            )
            self.empty_label.show()
        self.automatic.show_settings(overview.settings, len(overview.backups))
        self._update()
        self.refreshed.emit()

    def _set_row(self, row: int, b: BackupFile) -> None:
        cells = (when_text(b.taken_at), reason_text(b.reason), size_text(b.size))
        for col, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setTextAlignment(RIGHT if col == 2 else LEFT)
            if col == 0:
                item.setToolTip(str(b.path))
            self.table.setItem(row, col, item)

    def selected(self) -> BackupFile | None:
        if self.overview is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.overview.backups):
            return None
        return self.overview.backups[rows[0].row()]

    def save_settings(self) -> None:
        """Save the automatic backup settings now (they also save themselves)."""
        self.automatic.save()

    # -- back up now ---------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self._busy:
            return
        db = self.ctx.db
        self._set_busy(True, translate("backups/backups_panel", "Backing up…"))
        run_operation(
            self,
            lambda: backups.back_up_now(db),
            on_success=self._backed_up,
            on_failure=self._failed,
        )

    def _backed_up(self, made: BackupMade) -> None:
        self.last_made = made
        self._set_busy(False)
        gone = (
            translate("backups/backups_panel", " {backups} deleted.").format(
                backups=plural(len(made.removed), "older backup")
            )
            if made.removed
            else ""
        )
        self.notice.show_message(
            translate("backups/backups_panel", "Backed up: {size}, checked and kept.{gone}").format(
                size=size_text(made.backup.size), gone=gone
            ),
            "success",
        )
        self.refresh()

    # -- restore -------------------------------------------------------------------------
    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self._busy:
            return
        what = translate("backups/backups_panel", "The backup of {taken_at}").format(
            taken_at=when_in_sentence(chosen.taken_at)
        )
        detail = f"{reason_text(chosen.reason)} · {size_text(chosen.size)}"
        self._confirm(chosen.path, what, detail)

    def restore_from_file(self) -> None:
        if self._busy:
            return
        folder = str(self.overview.folder) if self.overview else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("backups/backups_panel", "Choose a PopupPOS backup"),
            folder,
            translate("backups/backups_panel", "PopupPOS databases (*.sqlite *.db);;All files (*)"),
        )
        if chosen:
            self.check_file(Path(chosen))

    def check_file(self, path: Path) -> None:
        """Check a chosen file on a worker; a fit one goes on to the confirmation."""
        self._set_busy(
            True, translate("backups/backups_panel", "Checking {name}…").format(name=path.name)
        )
        run_operation(
            self,
            lambda: backups.check_backup(path),
            on_success=self._file_checked,
            on_failure=self._failed,
        )

    def _file_checked(self, check: BackupCheck) -> None:
        self._set_busy(False)
        if not check.ok:
            self.notice.show_message(check.problem, "danger")
            return
        self.notice.clear_message()
        modified = datetime.fromtimestamp(check.path.stat().st_mtime).astimezone()
        self._confirm(
            check.path,
            f"{check.path.name}",
            translate("backups/backups_panel", "Saved {modified} · {st_size}").format(
                modified=when_in_sentence(modified), st_size=size_text(check.path.stat().st_size)
            ),
        )

    def _confirm(self, path: Path, what: str, detail: str) -> None:
        needs_pin = bool(self.overview and self.overview.needs_pin)
        self.flow.begin(path, what=what, detail=detail, needs_pin=needs_pin)

    @property
    def confirm(self) -> ConfirmRestoreDialog | None:
        return self.flow.confirm

    @property
    def pin_dialog(self) -> ManagerPinDialog | None:
        return self.flow.pin_dialog

    def _restored(self, result: Restored) -> None:
        self.last_restore = result
        self.notice.show_message(
            translate(
                "backups/backups_panel",
                "Restored. The data from before is kept as a backup (“Before a "
                "restore”). PopupPOS reopens its window on the restored data.",
            ),
            "success",
        )
        self.refresh()
        self.restored.emit(result)

    def _restore_failed(self, exc: BaseException) -> None:
        self.notice.show_problem(exc)
        self.refresh()

    # -- export --------------------------------------------------------------------------
    def export(self) -> None:
        if self._busy:
            return
        stamp = datetime.now().strftime("%Y-%m-%d")
        path = ask_save_path(self, "Export everything", f"popuppos-export-{stamp}.zip", ".zip")
        if path is None:
            return
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        db = self.ctx.db
        self._set_busy(True, translate("backups/backups_panel", "Exporting everything…"))
        run_operation(
            self,
            lambda: export_everything(db, path),
            on_success=self._exported,
            on_failure=self._failed,
        )

    def _exported(self, result: Exported) -> None:
        self.last_export = result
        self._set_busy(False)
        self.notice.show_message(
            translate(
                "backups/backups_panel", "Exported {tables} ({rows}) to {path} ({size})."
            ).format(
                tables=plural(len(result.tables), "table"),
                rows=plural(result.rows, "row"),
                path=result.path,
                size=size_text(result.size),
            ),
            "success",
        )

    # -- state ---------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.notice.show_problem(exc)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        if busy and message:
            self.notice.show_message(message, "info")
        elif not busy and self.notice.tone == "info":
            self.notice.clear_message()
        self._update()
        self.busy_changed.emit(busy)

    @property
    def busy(self) -> bool:
        return self._busy

    def _update(self) -> None:
        idle = not self._busy
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected() is not None)
        self.file_button.setEnabled(idle)
        self.export_button.setEnabled(idle)
