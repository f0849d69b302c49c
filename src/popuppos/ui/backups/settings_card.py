"""The "Automatic backups" card: daily, at shift close, keep N (saved on a worker)."""

from __future__ import annotations

from popuppos.services import backups
from popuppos.services.backups import BackupSettings
from popuppos.ui.backoffice.common import muted
from popuppos.ui.backoffice.refund_lines import QuantityStepper
from popuppos.ui.backups.words import plural
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import QCheckBox, QFrame, QHBoxLayout, QLabel, QTimer, QVBoxLayout, Signal

KEEP_NOTE = QT_TRANSLATE_NOOP(
    "backups/settings_card", "Older ones are deleted after each new backup."
)


class AutomaticBackupsCard(QFrame):
    """Changes are saved half a second after the last one; a lower keep deletes nothing
    until the next backup, and the card says how many that backup will delete."""

    failed = Signal(object)  # the exception, when saving was refused

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.backup_count = 0
        self._ready = False  # not while showing stored values
        self.setObjectName("Card")
        inner = QVBoxLayout(self)
        inner.setContentsMargins(18, 16, 18, 16)
        inner.setSpacing(8)
        title = QLabel(translate("backups/settings_card", "Automatic backups"))
        title.setStyleSheet("font-weight: 700;")
        inner.addWidget(title)
        self.daily_check = QCheckBox(
            translate("backups/settings_card", "Every day, when PopupPOS first starts")
        )
        self.shift_check = QCheckBox(
            translate("backups/settings_card", "Each time a shift is closed")
        )
        inner.addWidget(self.daily_check)
        inner.addWidget(self.shift_check)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(translate("backups/settings_card", "Keep the newest")))
        self.keep_stepper = QuantityStepper(backups.KEEP_MAX)  # − [14] + with 44 px keys
        self.keep_spin = self.keep_stepper.spin
        self.keep_spin.setMinimum(backups.KEEP_MIN)
        self.keep_spin.setValue(BackupSettings().keep)
        self.keep_spin.setAccessibleName(
            translate("backups/settings_card", "How many backups to keep")
        )
        self.keep_stepper.minus.setAccessibleName(
            translate("backups/settings_card", "Keep one fewer")
        )
        self.keep_stepper.plus.setAccessibleName(
            translate("backups/settings_card", "Keep one more")
        )
        keep_row.addWidget(self.keep_stepper)
        keep_row.addWidget(QLabel(translate("backups/settings_card", "backups")))
        keep_row.addStretch(1)
        inner.addLayout(keep_row)
        self.keep_note = muted(translate("backups/settings_card", KEEP_NOTE))
        inner.addWidget(self.keep_note)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save)
        self.daily_check.toggled.connect(self._edited)
        self.shift_check.toggled.connect(self._edited)
        self.keep_spin.valueChanged.connect(self._edited)

    def show_settings(self, settings: BackupSettings, backup_count: int) -> None:
        self._ready = False
        self.backup_count = backup_count
        self.daily_check.setChecked(settings.daily)
        self.shift_check.setChecked(settings.at_shift_close)
        self.keep_spin.setValue(settings.keep)
        self._ready = True
        self._show_keep_note()

    def _edited(self) -> None:
        self._show_keep_note()
        if self._ready:
            self._save_timer.start()

    def _show_keep_note(self) -> None:
        keep = self.keep_spin.value()
        if self.backup_count > keep:
            self.keep_note.setText(
                translate(
                    "backups/settings_card",
                    "The next backup deletes the {backups}, keeping the newest {keep}.",
                ).format(backups=plural(self.backup_count + 1 - keep, "oldest backup"), keep=keep)
            )
        else:
            self.keep_note.setText(translate("backups/settings_card", KEEP_NOTE))

    def save(self) -> None:
        self._save_timer.stop()
        db = self.ctx.db
        keep, daily, shift = (
            self.keep_spin.value(),
            self.daily_check.isChecked(),
            self.shift_check.isChecked(),
        )
        run_operation(
            self,
            lambda: backups.save_backup_settings(db, keep=keep, daily=daily, at_shift_close=shift),
            on_failure=self.failed.emit,
        )
