"""Conflicts between two stalls that were apart, decided by the real hub and shown in the
app: a double check-in, a revoked pass used elsewhere, two edits of one product."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hub_support import RunningHub
from pytestqt.qtbot import QtBot
from sync_support import Stall

from helpers import MANAGER_PIN, scalar, seed_products
from popuppos.services import calendar, catalog, members, pass_admin, passes
from popuppos.services.calendar import SessionSpec
from popuppos.services.checkin import check_in
from popuppos.services.conflicts import list_conflicts
from popuppos.services.receipts import local_time
from popuppos.services.shop import set_manager_pin
from popuppos.store.models import utcnow
from popuppos.sync.state import load_config
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import Qt
from popuppos.ui.sync_status import ConflictsDialog


def member_with_pass(a: Stall, b: Stall, starts: datetime) -> tuple[str, str]:
    """Ana's Gold pass and a session, made on A and synced to both: (pass token, session)."""
    gold = passes.save_tier(
        a.db, passes.TierSpec(name="Gold", code="GOLD", price=5000, validity_days=30)
    )
    member = members.create_member(a.db, name="Ana Lopez")
    issued = passes.issue_pass(a.db, tier_id=gold, member_id=member.id, actor="Ann")
    session_id = calendar.save_session(
        a.db, SessionSpec(title="Breathwork", starts_at=starts, duration_minutes=60, capacity=5)
    )
    a.sync()
    b.sync()
    return issued.token, session_id


def hub_conflicts(hub: RunningHub, kind: str, stall: Stall) -> list[tuple[str, str | None]]:
    """(loser's device, resolved_at) of the hub's conflicts of ``kind`` in the stall's shop."""
    config = load_config(stall.db)
    assert config is not None
    return [
        (str(device), resolved)
        for device, resolved in hub.rows(
            "SELECT e.device_id, c.resolved_at FROM conflicts c JOIN events e "
            "ON e.event_id = c.loser_event_id AND e.shop_id = c.shop_id "
            "WHERE c.kind = :k AND c.shop_id = :s",
            k=kind,
            s=config.shop_id,
        )
    ]


def hhmm(moment: datetime) -> str:
    return local_time(moment).strftime("%H:%M")


def test_a_double_check_in_keeps_the_first_by_device_time_and_is_resolved_from_the_dialog(
    qtbot: QtBot, stalls: tuple[Stall, Stall], hub_server: RunningHub
) -> None:
    a, b = stalls
    starts = datetime.combine(date.today() + timedelta(days=2), time(12, 0))
    token, session_id = member_with_pass(a, b, starts)
    # B let Ana in first (by its clock), but A reaches the hub first
    first, second = starts - timedelta(minutes=9), starts - timedelta(minutes=4)
    assert check_in(b.db, session_id, token, now=first, device_name="Stall B").ok
    assert check_in(a.db, session_id, token, now=second, device_name="Stall A").ok
    a.sync()
    b.sync()
    a.sync()
    assert hub_conflicts(hub_server, "double_check_in", a) == [(a.db.device_id, None)]
    expected = (
        f"Ana Lopez was checked in twice to Breathwork: first on Stall B at {hhmm(first)} "
        f"(that one counts), again on Stall A at {hhmm(second)}."
    )
    for stall in (a, b):
        [conflict] = list_conflicts(stall.db)
        assert (conflict.kind, conflict.sentence) == ("double_check_in", expected)

    # the host marks it resolved on A, in the conflicts dialog
    dialog = ConflictsDialog(a.db, resolved_by="Ann")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5_000)
    assert dialog.list.item(0).text() == expected
    assert dialog.list.currentRow() == 0  # the first conflict is chosen ...
    assert dialog.resolve_button.isEnabled()  # ... so one tap resolves it
    with qtbot.waitSignal(dialog.resolved, timeout=5_000):
        qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.list.item(0).text() == "Nothing to check.")
    wait_for_operations()
    assert a.engine.status().conflicts == 0
    assert b.engine.status().conflicts == 1
    a.sync()
    b.sync()
    [(_, resolved_at)] = hub_conflicts(hub_server, "double_check_in", a)
    assert resolved_at is not None
    assert b.engine.status().conflicts == 0
    [conflict] = list_conflicts(b.db, include_resolved=True)
    assert conflict.resolved_by == "Ann"
    assert scalar(b.db, "SELECT COUNT(*) FROM conflict_resolutions") == 1


@pytest.mark.parametrize("use_arrives_first", [True, False])
def test_a_pass_revoked_on_one_stall_and_used_on_the_other_is_flagged(
    stalls: tuple[Stall, Stall], hub_server: RunningHub, use_arrives_first: bool
) -> None:
    a, b = stalls
    starts = utcnow() + timedelta(minutes=30)
    token, session_id = member_with_pass(a, b, starts)
    pass_id = scalar(a.db, "SELECT id FROM passes")
    set_manager_pin(a.db, MANAGER_PIN, current_pin=None, actor="Ann")
    # both offline: A revokes the pass, then B (not knowing) lets Ana in
    pass_admin.revoke_pass(
        a.db, pass_id, actor="Ann", reason_note="card reported stolen", manager_pin=MANAGER_PIN
    )
    used = utcnow() + timedelta(seconds=5)
    assert check_in(b.db, session_id, token, now=used, device_name="Stall B").ok
    order = (b, a, b) if use_arrives_first else (a, b, a)
    for stall in order:
        stall.sync()
    assert hub_conflicts(hub_server, "revoked_use", a) == [(b.db.device_id, None)]
    for stall in (a, b):
        [conflict] = list_conflicts(stall.db)
        assert conflict.kind == "revoked_use"
        assert conflict.sentence.startswith("Ana Lopez's pass was revoked on Stall A at ")
        assert conflict.sentence.endswith(
            f"but used on Stall B at {hhmm(used)}, before the revocation reached it."
        )


def test_two_edits_of_one_product_the_last_received_wins_everywhere_and_the_loser_is_kept(
    stalls: tuple[Stall, Stall], hub_server: RunningHub
) -> None:
    a, b = stalls
    seed_products(a.db)
    a.sync()
    b.sync()

    def edit(stall: Stall, name: str, price: int) -> None:
        stock = scalar(stall.db, "SELECT stock FROM variants WHERE sku = 'MUG'")
        catalog.save_product(
            stall.db,
            catalog.ProductSpec(
                name=name,
                category="Home",
                tax_rate_bp=2300,
                variants=(catalog.VariantSpec("", "MUG", price, stock),),
            ),
        )

    edit(a, "Mug (speckled)", 1300)  # both offline
    edit(b, "Mug (stoneware)", 1500)
    a.sync()  # A's edit reaches the hub first ...
    b.sync()  # ... B's last: B's wins
    a.sync()
    for stall in (a, b):
        product = scalar(
            stall.db,
            "SELECT p.name || ' ' || v.price FROM variants v JOIN products p "
            "ON p.id = v.product_id WHERE v.sku = 'MUG'",
        )
        assert product == "Mug (stoneware) 1500"
        [conflict] = list_conflicts(stall.db)
        assert conflict.sentence == (
            "Mug (stoneware) was edited on Stall A and on Stall B while they were apart: "
            "Stall B's edit is kept (it reached the hub last); Stall A's edit "
            "(Mug (speckled), MUG at €13.00) is kept in the history."
        )
    assert hub_conflicts(hub_server, "catalog", a) == [(a.db.device_id, None)]
    # the losing edit stays in the hub's history
    [(count,)] = hub_server.rows(
        "SELECT COUNT(*) FROM events WHERE event_type = 'product.upserted' "
        "AND device_id = :d AND payload LIKE '%speckled%'",
        d=a.db.device_id,
    )
    assert count == 1

    # an edit made after seeing the other's is no conflict
    edit(a, "Mug", 1400)
    a.sync()
    b.sync()
    assert len(hub_conflicts(hub_server, "catalog", a)) == 1
    assert scalar(b.db, "SELECT price FROM variants WHERE sku = 'MUG'") == 1400
