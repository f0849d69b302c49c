"""Saving pass cards as PDF (one card, or a printable sheet of several), off the GUI thread.

The card's data comes from ``services.pass_admin.pass_card_data`` (which refuses a revoked
pass: its QR no longer works), the PDF from ``documents.pass_card_pdf``; both the
rendering and the write run on a worker through ``run_operation``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from popuppos.services.members import search_members
from popuppos.services.pass_admin import PassInfo, pass_card_data, passes_of_member
from popuppos.store.db import Database
from popuppos.ui.backoffice.common import ask_save_path, write_file
from popuppos.ui.operations import run_operation
from popuppos.ui.qt import QObject, QWidget

MEMBER_SCAN_LIMIT = 100_000  # every member, for "all active passes of a tier"


def card_file_name(holder: str, tier_code: str) -> str:
    """ "pass-GOLD-zoe-brennan.pdf": safe on every file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", holder.casefold()).strip("-") or "member"
    return f"pass-{tier_code}-{slug}.pdf"


def card_pdf(db: Database, pass_id: str) -> bytes:
    """One pass card (worker thread; reportlab loads here, not at start-up)."""
    from popuppos.documents.pass_card_pdf import render_pass_card_pdf

    return render_pass_card_pdf(pass_card_data(db, pass_id))


def sheet_pdf(db: Database, pass_ids: Sequence[str]) -> bytes:
    """A printable sheet of cards, four to an A4 page (worker thread)."""
    from popuppos.documents.pass_card_pdf import render_pass_sheet_pdf

    return render_pass_sheet_pdf([pass_card_data(db, p) for p in pass_ids])


def active_passes_of_tier(db: Database, tier_id: str) -> list[PassInfo]:
    """Every active pass of a tier, holders in name order (worker thread).

    Composed from the member services (one query per member): fine for a stall's few
    hundred members; a ``passes_of_tier`` service would make it one query.
    """
    found: list[PassInfo] = []
    for member in search_members(db, "", limit=MEMBER_SCAN_LIMIT):
        found.extend(
            p for p in passes_of_member(db, member.id) if p.tier_id == tier_id and p.active
        )
    return sorted(found, key=lambda p: (p.member_name.casefold(), p.pass_id))


def save_pdf_to(
    owner: QObject,
    path: Path,
    produce: Callable[[], bytes],
    *,
    on_saved: Callable[[Path], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Render with ``produce`` and write ``path``, both on a worker."""
    run_operation(
        owner,
        lambda: write_file(path, produce()),
        on_success=on_saved,
        on_failure=on_failure,
    )


def ask_and_save(
    owner: QWidget,
    caption: str,
    suggested: str,
    produce: Callable[[], bytes],
    *,
    on_saved: Callable[[Path], None],
    on_failure: Callable[[BaseException], None],
) -> bool:
    """Ask where to save (GUI thread), then render and write on a worker; False if cancelled."""
    path = ask_save_path(owner, caption, suggested, ".pdf")
    if path is None:
        return False
    save_pdf_to(owner, path, produce, on_saved=on_saved, on_failure=on_failure)
    return True
