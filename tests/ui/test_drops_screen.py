"""The host's drops screen over a real SQLite file: creating a drop through the dialog, the
rules' refusals in the dialog, ending a drop with the manager PIN, and the waitlist."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from drop_shop import add_print, make_drop, sell_from_drop
from pass_shop import MANAGER_PIN, PassShop, click, open_pass_shop
from pass_shop import rows as query
from pytestqt.qtbot import QtBot

from popuppos.core.drop_rules import DropState
from popuppos.services.drop_waitlist import WAITLIST_CONSENT, waitlist
from popuppos.services.drops import drop_status, list_drops
from popuppos.services.receipts import local_time
from popuppos.store.models import utcnow
from popuppos.ui.backoffice.pin_dialog import ManagerPinDialog
from popuppos.ui.drops.drop_dialog import DropDialog
from popuppos.ui.drops.drops_screen import DropsScreen
from popuppos.ui.drops.waitlist_dialog import WaitlistDialog, WaitlistView
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QDate, QTime

THIRTY_ONE = " ".join(["breathe"] * 31)


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[PassShop]:
    yield from open_pass_shop(tmp_path)


@pytest.fixture
def print_id(shop: PassShop) -> str:
    return add_print(shop)


@pytest.fixture
def screen(qtbot: QtBot, shop: PassShop, print_id: str) -> Iterator[DropsScreen]:
    widget = DropsScreen(shop.ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.loads > 0)
    yield widget
    wait_for_operations()
    qtbot.wait(1)


def reload(qtbot: QtBot, screen: DropsScreen) -> None:
    loads = screen.loads
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads > loads)
    qtbot.waitUntil(lambda: all(c.isVisible() for c in screen.cards.values()))  # shown queued


def open_dialog(qtbot: QtBot, screen: DropsScreen) -> DropDialog:
    click(qtbot, screen.new_button)
    dialog = screen.dialog
    assert isinstance(dialog, DropDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def test_create_a_bundle_drop_through_the_dialog(
    qtbot: QtBot, screen: DropsScreen, shop: PassShop, print_id: str
) -> None:
    dialog = open_dialog(qtbot, screen)
    dialog.name_edit.setText("Sunrise set — edition of 20")  # keyClicks types ASCII only
    dialog.price_edit.setText("49.50")
    dialog.edition.setValue(20)
    dialog.limit.setValue(2)
    dialog.threshold.setValue(5)
    qtbot.keyClicks(dialog.parts.search, "signed")
    assert dialog.parts.results.isVisible() and dialog.parts.results.count() == 1
    click_item = dialog.parts.results.item(0)
    dialog.parts.results.itemClicked.emit(click_item)
    qtbot.keyClicks(dialog.parts.search, "zine")
    dialog.parts.results.itemClicked.emit(dialog.parts.results.item(0))
    assert [r.choice.name for r in dialog.parts.rows] == ["Signed Print", "Founders Zine"]
    assert dialog.parts.is_bundle and "A bundle" in dialog.parts.note.text()
    assert "stock makes 9 units" in dialog.parts.note.text()  # 9 zines

    tomorrow = local_time(utcnow()).date() + timedelta(days=1)
    day = QDate(tomorrow.year, tomorrow.month, tomorrow.day)
    dialog.start.date_edit.setDate(day)
    dialog.start.time_edit.setTime(QTime(10, 0))
    dialog.end.date_edit.setDate(day.addDays(2))
    dialog.end.time_edit.setTime(QTime(18, 0))
    dialog.members_first.setValue(60)
    assert dialog.tiers.isVisible()
    dialog.tiers.tick("Gold membership")
    assert "may buy from" in dialog.members_note.text() and "09:00" in dialog.members_note.text()
    qtbot.keyClicks(dialog.hook_edit, "Twenty sets of the sunrise print and the founders zine.")
    assert dialog.hook_counter.text() == "10 / 30 words"
    dialog.terms_edit.setPlainText("One signed print and one zine.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: screen.dialog is None)
    qtbot.waitUntil(
        lambda: "Sunrise set — edition of 20" in [c.status.name for c in screen.cards.values()]
    )

    [saved] = list_drops(shop.db)
    assert (saved.name, saved.price, saved.edition_size) == (
        "Sunrise set — edition of 20",
        4950,
        20,
    )
    assert [(p.sku, p.quantity) for p in saved.parts] == [("PRINT", 1), ("ZINE", 1)]
    assert saved.terms.per_customer_limit == 2 and saved.terms.low_stock_threshold == 5
    assert saved.terms.members_first_minutes == 60 and saved.member_tier_ids == (shop.gold,)
    assert local_time(saved.terms.public_start).strftime("%H:%M") == "10:00"
    assert saved.state is DropState.SCHEDULED and saved.is_bundle
    card = screen.card("Sunrise set — edition of 20")
    assert card.count.text() == "9 of 20 left"  # the zines' stock is the truth
    assert card.chip.text() == "Scheduled"
    assert "Members first: Gold membership from 09:00 (60 min early)" in card.details.text()
    assert card.waitlist_button.text() == "Waitlist (0)"


def test_a_31_word_story_hook_and_an_end_before_the_start_are_refused(
    qtbot: QtBot, screen: DropsScreen, shop: PassShop, print_id: str
) -> None:
    dialog = open_dialog(qtbot, screen)
    dialog.name_edit.setText("Sunrise print")
    dialog.price_edit.setText("45")
    assert dialog.parts.add(print_id)
    dialog.hook_edit.setPlainText(THIRTY_ONE)
    assert dialog.hook_counter.text() == "31 / 30 words" and dialog.hook_counter.over
    assert dialog.hook_error.isVisible()  # told while typing, before any save
    assert dialog.hook_error.text() == "The story hook has 31 words; keep it to 30 or fewer."
    dialog.end.set_moment(dialog.start.moment() - timedelta(hours=1))
    click(qtbot, dialog.save_button)
    assert dialog.when_error.isVisible()
    assert dialog.when_error.text() == "The drop must end after it starts."
    assert not dialog.save_button.isEnabled()
    assert dialog.isVisible() and list_drops(shop.db) == []

    dialog.hook_edit.setPlainText(" ".join(["breathe"] * 30))
    dialog.end.set_moment(dialog.start.moment() + timedelta(days=1))
    assert not dialog.hook_error.isVisible() and not dialog.when_error.isVisible()
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: screen.dialog is None)
    assert [d.name for d in list_drops(shop.db)] == ["Sunrise print"]


def test_a_refusal_of_the_service_shows_in_the_dialog_and_nothing_is_lost(
    qtbot: QtBot, screen: DropsScreen, shop: PassShop, print_id: str
) -> None:
    drop = make_drop(shop, ((print_id, 1),), cap=30)
    sell_from_drop(shop, drop, 3)
    reload(qtbot, screen)
    card = screen.card("Sunrise print")
    assert card.count.text() == "27 of 30 left" and card.sold.text().startswith("3 sold")
    click(qtbot, card.edit_button)
    dialog = screen.dialog
    assert isinstance(dialog, DropDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.parts.locked and "3 sold already" in dialog.parts.note.text()
    dialog.name_edit.setText("Sunrise print — last few")
    dialog.edition.setValue(2)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.notice.isVisible() and dialog.notice.tone == "danger")
    assert "3 are sold already" in dialog.notice.text()
    assert dialog.isVisible() and dialog.name_edit.text() == "Sunrise print — last few"
    assert drop_status(shop.db, drop).name == "Sunrise print"


def test_end_now_needs_the_manager_pin(
    qtbot: QtBot, screen: DropsScreen, shop: PassShop, print_id: str
) -> None:
    drop = make_drop(shop, ((print_id, 1),))
    reload(qtbot, screen)
    card = screen.card("Sunrise print")
    assert card.chip.text() == "Live"
    click(qtbot, card.end_button)
    pin = screen.dialog
    assert isinstance(pin, ManagerPinDialog)
    for digit in "9999":
        click(qtbot, pin.keys[digit])
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: not pin.busy and pin.notice.tone == "danger")
    assert "not right" in pin.notice.text()
    assert drop_status(shop.db, drop).state is DropState.LIVE

    for digit in MANAGER_PIN:
        click(qtbot, pin.keys[digit])
    click(qtbot, pin.ok_button)
    qtbot.waitUntil(lambda: screen.dialog is None)
    qtbot.waitUntil(lambda: screen.card("Sunrise print").chip.text() == "Ended")
    assert drop_status(shop.db, drop).state is DropState.ENDED
    assert not screen.card("Sunrise print").end_button.isVisible()
    assert query(shop.db, "SELECT COUNT(*) FROM outbox WHERE event_type = 'drop.ended'") == [(1,)]
    assert "has ended" in screen.banner.text()


def test_the_waitlist_stores_an_entry_with_consent_and_refuses_without(
    qtbot: QtBot, screen: DropsScreen, shop: PassShop, print_id: str
) -> None:
    drop = make_drop(shop, ((print_id, 1),), cap=1)
    sell_from_drop(shop, drop, 1)
    reload(qtbot, screen)
    card = screen.card("Sunrise print")
    assert card.chip.text() == "Sold out" and card.count.text() == "Sold out"
    click(qtbot, card.waitlist_button)
    view = screen.dialog
    assert isinstance(view, WaitlistView)
    qtbot.waitUntil(lambda: view.loads > 0)
    assert view.summary.text() == "Nobody is waiting yet."
    dialog = view.add_someone()
    assert isinstance(dialog, WaitlistDialog)
    assert dialog.consent_words == WAITLIST_CONSENT.format(shop="Test stall")
    qtbot.keyClicks(dialog.name_edit, "Kwame Asante")
    qtbot.keyClicks(dialog.email_edit, "kwame@example.com")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.notice.tone == "danger")
    assert dialog.notice.text() == "They need to agree to be contacted before they can join"
    assert waitlist(shop.db, drop) == []
    assert dialog.name_edit.text() == "Kwame Asante"  # nothing typed is lost

    click(qtbot, dialog.consent_box)
    assert dialog.consent_box.isChecked()
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: view.loads > 1)
    [entry] = waitlist(shop.db, drop)
    assert (entry.name, entry.email, entry.phone) == ("Kwame Asante", "kwame@example.com", "")
    stored = query(shop.db, "SELECT consent_text FROM drop_waitlist")
    assert stored == [(dialog.consent_words,)]
    assert view.table.rowCount() == 1 and view.table.item(0, 1).text() == "kwame@example.com"
    assert view.summary.text().startswith("1 person is waiting")
    view.accept()
    qtbot.waitUntil(lambda: screen.card("Sunrise print").waitlist_button.text() == "Waitlist (1)")
