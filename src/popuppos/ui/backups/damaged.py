"""At start, a database that fails its integrity check: say so, offer the newest good backup.

``cli.main`` calls :func:`offer_newest_backup` when ``open_database`` raised
:class:`DamagedDatabase` and a host is looking at a screen. Nothing has been written to the
damaged file. The dialog looks for the newest backup that passes its own check (on a
worker), and offers it with its time and size. Accepting keeps the damaged file beside the
database (renamed ``<name>.damaged-<time>.sqlite``, never deleted), puts a copy of the
backup in its place and opens it; the app then starts as usual. Declining changes nothing.

A database too big to check before the window shows is checked on a thread
(``store.db.IntegrityGate``; writes wait for it): :func:`watch_integrity` offers the same
dialog if that check fails after start.
"""

from __future__ import annotations

from pathlib import Path

from popuppos.services import backups
from popuppos.store.backup import BackupCheck, BackupFile, backup_folder
from popuppos.store.db import DamagedDatabase, Database
from popuppos.ui.backoffice.common import Notice, button, card, heading, muted
from popuppos.ui.backups.words import reason_text, size_text, when_in_sentence
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
    Signal,
)


class DamagedDatabaseDialog(QDialog):
    """ "shop.sqlite is damaged" with the newest good backup and a way to restore it."""

    searched = Signal()  # the search for a good backup is over (tests wait on it)

    def __init__(self, problem: DamagedDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.path: Path = problem.path
        self.backup: BackupFile | None = None
        self.database: Database | None = None  # set once the backup is restored and open
        self.kept_aside: Path | None = None
        self.done_searching = False
        self._busy = True
        self.setWindowTitle(
            translate("backups/damaged", "PopupPOS: the shop's database is damaged")
        )
        self.setModal(True)
        self.setMinimumWidth(620)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        self.title = heading(
            translate("backups/damaged", "{name} is damaged").format(name=self.path.name)
        )
        layout.addWidget(self.title)
        self.explain = QLabel(
            translate(
                "backups/damaged",
                "PopupPOS checks the shop's database each time it starts. This "
                "time SQLite's integrity check found damage, so PopupPOS has not "
                "opened it and has written nothing to it.",
            )
        )
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.detail = muted(f"{self.path} · {problem.problems[0] if problem.problems else ''}")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)

        box, inner = card()
        self.offer_title = QLabel(
            translate("backups/damaged", "Looking for the newest good backup…")
        )
        self.offer_title.setStyleSheet("font-weight: 700;")
        self.offer_title.setWordWrap(True)
        inner.addWidget(self.offer_title)
        self.offer_text = muted("")
        inner.addWidget(self.offer_text)
        layout.addWidget(box)

        self.notice = Notice()
        layout.addWidget(self.notice)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.quit_button = button(
            translate("backups/damaged", "Quit without changing anything"), role="quiet"
        )
        self.restore_button = button(
            translate("backups/damaged", "Restore this backup"), role="primary", large=True
        )
        self.restore_button.setEnabled(False)
        self.open_button = button(
            translate("backups/damaged", "Open the shop"), role="primary", large=True
        )
        self.open_button.hide()
        row.addWidget(self.quit_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.quit_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.restore)
        self.open_button.clicked.connect(self.accept)

        path = self.path
        run_operation(
            self,
            lambda: backups.newest_good_backup(path),
            on_success=self._found,
            on_failure=self._search_failed,
        )

    # -- finding the backup --------------------------------------------------------------------
    def _found(self, found: tuple[BackupFile, BackupCheck] | None) -> None:
        self._busy = False
        self.done_searching = True
        if found is None:
            folder = backup_folder(self.path)
            self.offer_title.setText(translate("backups/damaged", "No good backup was found."))
            self.offer_text.setText(
                translate(
                    "backups/damaged",
                    "There is no backup of {name} in {folder} that passes its check. "
                    "Keep the damaged file as it is, and ask for help before "
                    "changing it.",
                ).format(name=self.path.name, folder=folder)
            )
            self.quit_button.setText(translate("backups/damaged", "Quit"))
        else:
            self.backup = found[0]
            b = found[0]
            self.offer_title.setText(
                translate("backups/damaged", "The newest good backup is from {taken_at}.").format(
                    taken_at=when_in_sentence(b.taken_at)
                )
            )
            self.offer_text.setText(
                translate(
                    "backups/damaged",
                    "{reason} · {size} · checked and sound. Sales made after it are "
                    "not in it. The damaged file is kept beside the database as "
                    "{stem}.damaged-….sqlite, never deleted.",
                ).format(reason=reason_text(b.reason), size=size_text(b.size), stem=self.path.stem)
            )
            self.restore_button.setEnabled(True)
            self.restore_button.setFocus()
        self.searched.emit()

    def _search_failed(self, exc: BaseException) -> None:
        self._found(None)
        self.notice.show_problem(exc)

    # -- restoring -----------------------------------------------------------------------------
    def restore(self) -> None:
        if self.backup is None or self._busy:
            return
        self._busy = True
        self.restore_button.setEnabled(False)
        self.quit_button.setEnabled(False)
        self.notice.show_message(translate("backups/damaged", "Restoring the backup…"), "info")
        path, chosen = self.path, self.backup.path
        run_operation(
            self,
            lambda: backups.restore_at_start(path, chosen),
            on_success=self._restored,
            on_failure=self._restore_failed,
        )

    def _restored(self, result: tuple[Database, Path]) -> None:
        self._busy = False
        self.database, self.kept_aside = result
        self.title.setText(translate("backups/damaged", "The backup is restored"))
        self.notice.show_message(
            translate(
                "backups/damaged",
                "{name} now holds the backup. The damaged file is kept as {name2} in {parent}.",
            ).format(
                name=self.path.name, name2=self.kept_aside.name, parent=self.kept_aside.parent
            ),
            "success",
        )
        self.restore_button.hide()
        self.quit_button.hide()
        self.open_button.show()
        self.open_button.setFocus()

    def _restore_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.restore_button.setEnabled(True)
        self.quit_button.setEnabled(True)
        self.notice.show_problem(exc)

    def reject(self) -> None:
        if self._busy and self.done_searching:
            return  # a restore is under way: its answer must reach the host
        if self.database is not None:
            self.accept()  # restored: leaving the dialog opens the shop
            return
        super().reject()


def offer_newest_backup(problem: DamagedDatabase) -> Database | None:
    """Show the damaged-database dialog (blocking, at start); the opened database when a
    backup was restored, None when the host quit (nothing was changed)."""
    from popuppos.ui.app import make_application

    make_application()
    dialog = DamagedDatabaseDialog(problem)
    dialog.resize(680, 420)
    dialog.exec()
    return dialog.database


def watch_integrity(window: QMainWindow, ctx: AppContext) -> None:
    """A big database is checked on a thread while the shop opens (``IntegrityGate``):
    when it turns out damaged, every write has already been refused; the window then
    stops sync, lets go of the file and offers the newest good backup, as at start.
    Restored, the window reopens on it; declined, PopupPOS closes (nothing was written)."""
    gate = ctx.db.integrity
    if gate is None:
        return
    run_operation(
        window,
        gate.wait,
        on_success=lambda _none: None,
        on_failure=lambda exc: _damaged_while_open(window, ctx, exc),
    )


def _damaged_while_open(window: QMainWindow, ctx: AppContext, exc: BaseException) -> None:
    if not isinstance(exc, DamagedDatabase):
        window.statusBar().showMessage(message_for(exc), 15000)
        return
    from popuppos.ui.backups.reopen import reopen_main_window, stop_sync_of

    window.setEnabled(False)
    stop_sync, db = stop_sync_of(window), ctx.db

    def let_go() -> None:
        stop_sync()
        db.close()  # the lock beside the file goes with it: the restore takes it

    def ask(_none: object) -> None:
        dialog = DamagedDatabaseDialog(exc, window)
        dialog.resize(680, 420)
        dialog.exec()
        if dialog.database is None:
            window.close()  # the host quit: the damaged file is as it was
            return
        reopen_main_window(
            window,
            dialog.database,
            message=translate(
                "backups/damaged",
                "Restored the newest good backup; the damaged file is kept as {value}.",
            ).format(value=dialog.kept_aside.name if dialog.kept_aside else "a copy beside it"),
        )

    run_operation(window, let_go, on_success=ask, on_failure=ask)
