"""Venue partners, their revenue-share agreements and statements (Shop → Venue partners…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from popuppos.ui.context import AppContext
    from popuppos.ui.partners.partners_dialog import PartnersDialog
    from popuppos.ui.qt import QWidget


def open_venue_partners(parent: QWidget | None, ctx: AppContext) -> PartnersDialog:
    """Open the Venue partners dialog (window-modal, returns at once) and return it."""
    from popuppos.ui.partners.partners_dialog import PartnersDialog

    dialog = PartnersDialog(ctx, parent)
    dialog.open()
    return dialog
