"""Duplicate check-ins: the same member checked in twice to a session by two devices that
were offline. Both facts stay; the first counts, the later one is flagged here."""

from __future__ import annotations

from popuppos.services.calendar import clock
from popuppos.services.checkin import DuplicateCheckIn, duplicate_check_ins
from popuppos.ui.backoffice.common import Notice, button, heading, muted
from popuppos.ui.calendar.look import day_title, local_date
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class DuplicatesDialog(QDialog):
    """Every duplicate check-in on this device, this session's first."""

    def __init__(
        self, ctx: AppContext, session_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.duplicates: list[DuplicateCheckIn] | None = None
        self.setWindowTitle(translate("calendar/duplicates", "Duplicate check-ins"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("calendar/duplicates", "Duplicate check-ins")))
        layout.addWidget(
            muted(
                translate(
                    "calendar/duplicates",
                    "Two devices that were offline both checked the same member in. "
                    "Both records are kept: the first one counts (seats, sessions, "
                    "1:1 minutes are charged once); the later one is flagged here.",
                )
            )
        )
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(translate("calendar/duplicates", "Duplicate check-ins"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = button(translate("calendar/duplicates", "Close"), role="primary", default=True)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.notice.show_message(translate("calendar/duplicates", "Loading…"), "info")
        db = ctx.db
        run_operation(
            self,
            lambda: duplicate_check_ins(db),
            on_success=self._loaded,
            on_failure=self.notice.show_problem,
        )

    def _loaded(self, found: list[DuplicateCheckIn]) -> None:
        self.duplicates = sorted(found, key=lambda d: d.session_id != self.session_id)
        self.list.clear()
        if not found:
            self.notice.show_message(
                translate(
                    "calendar/duplicates",
                    "No duplicate check-ins: every member was checked in once.",
                ),
                "success",
            )
            return
        self.notice.show_message(
            translate("calendar/duplicates", "{found} duplicate check-in flagged.").format(
                found=len(found)
            )
            if len(found) == 1
            else translate("calendar/duplicates", "{found} duplicate check-ins flagged.").format(
                found=len(found)
            ),
            "warning",
        )
        for d in self.duplicates:
            item = QListWidgetItem(
                translate("calendar/duplicates", "{message}\nSession: {d}").format(
                    message=d.message, d=session_when_of(d)
                )
            )
            self.list.addItem(item)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


def session_when_of(d: DuplicateCheckIn) -> str:
    """'Tue 12 May 2026 at 18:00'."""
    return translate("calendar/duplicates", "{day_title} at {session_starts_at}").format(
        day_title=day_title(local_date(d.session_starts_at)),
        session_starts_at=clock(d.session_starts_at),
    )
