"""Kiosk mode at start: when it is on, open the check-in kiosk for its session.

Which session (the chosen one, or the one on now or next today) is read on a worker
(``services.kiosk_mode.kiosk_session_at_start``); the window then opens the kiosk the
same way the host does from the check-in screen, so leaving it needs the manager PIN.
When kiosk mode is on but cannot open (no session today, the chosen one ended), the app
opens normally and ``tell`` gets the sentence for the status line. For the main window::

    start_kiosk_if_set(self, self.ctx, open_kiosk=self.open_kiosk_for, tell=self._problem)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from popuppos.services.kiosk_mode import KioskStart, kiosk_session_at_start
from popuppos.store.models import utcnow
from popuppos.ui.context import AppContext
from popuppos.ui.i18n import translate
from popuppos.ui.operations import message_for, run_operation
from popuppos.ui.qt import QObject


def start_kiosk_if_set(
    owner: QObject,
    ctx: AppContext,
    *,
    open_kiosk: Callable[[str], None],
    tell: Callable[[str], None],
    now: Callable[[], datetime] = utcnow,
) -> None:
    """Call ``open_kiosk(session_id)`` when kiosk mode is on and has a session now."""
    db, moment = ctx.db, now()

    def decided(start: KioskStart) -> None:
        if start.session_id is not None:
            open_kiosk(start.session_id)
        elif start.note:
            tell(start.note)

    run_operation(
        owner,
        lambda: kiosk_session_at_start(db, moment),
        on_success=decided,
        on_failure=lambda exc: tell(
            translate("settings/kiosk_start", "Kiosk mode could not start: {exc}").format(
                exc=message_for(exc)
            )
        ),
    )
