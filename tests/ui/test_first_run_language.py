"""A new shop's setup speaks the machine's language, and its welcome page switches it.

The host has answered nothing yet when the setup opens, so it cannot know the shop's
language: it starts in the system's (LANG=de_AT -> German words, Austrian money) and the
welcome page's "English" / "Deutsch" opens the setup again in the other language, keeping
the region where that pair exists.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from popuppos.core import i18n as core_i18n
from popuppos.services.shop import get_settings
from popuppos.store.db import Database, DatabaseProblem, open_database
from popuppos.ui import app as app_module
from popuppos.ui.context import AppContext
from popuppos.ui.first_run import FirstRunWizard, needs_first_run
from popuppos.ui.i18n import apply_language, current_language, locale_for_words
from popuppos.ui.operations import wait_for_operations
from popuppos.ui.qt import QApplication, QLocale, Qt, QTimer


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    apply_language("en_IE")
    QLocale.setDefault(before)
    core_i18n.install_translator(None)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "new.sqlite")
    yield database
    wait_for_operations()
    database.close()


def test_the_words_language_keeps_the_region_where_it_can() -> None:
    assert locale_for_words("en", "de_AT") == "en_AT"  # English words, Austrian money
    assert locale_for_words("de", "de_CH") == "de_CH"  # already German: unchanged
    assert locale_for_words("de", "en_IE") == "de_DE"  # no German for Ireland either
    assert locale_for_words("de", "fr_FR") == "de_DE"  # no German for France in CLDR
    assert locale_for_words("en", "fr_FR") == "fr_FR"  # French shows English words anyway
    assert locale_for_words("en", "de") == "en_IE"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de_AT.UTF-8", "de_AT"), ("fr_FR.UTF-8", "fr_FR"), ("C", "en_IE"), ("", "en_IE")],
)
def test_the_system_locale_comes_from_the_machine(lang: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    code = "from popuppos.ui.i18n import system_locale; print(system_locale())"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == expected


def test_the_welcome_page_switches_the_setup_language(
    qtbot: QtBot, db: Database, language: None
) -> None:
    apply_language("de_AT")
    wizard = FirstRunWizard(AppContext(db=db, settings=get_settings(db)), locale="de_AT")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "PopupPOS einrichten"
    assert wizard.money_page.locale_box.code() == "de_AT"
    assert wizard.hub_page.device_name() == "Stand 1"  # the default stall name, in German
    chips = wizard.welcome.language_buttons
    assert [c.text() for c in chips.values()] == ["English", "Deutsch"]
    assert chips["de"].isChecked() and not chips["en"].isChecked()
    qtbot.mouseClick(chips["en"], Qt.MouseButton.LeftButton)
    assert wizard.relaunch_locale == "en_AT"
    assert not wizard.isVisible() and wizard.result() == 0
    assert needs_first_run(db)  # switching the language saved nothing


def test_a_new_shop_opens_its_setup_in_the_machines_language_then_the_chosen_one(
    qtbot: QtBot, db: Database, language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "system_locale", lambda: "de_DE")
    seen: list[tuple[str, str, str]] = []

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, FirstRunWizard) or not wizard.isVisible():
            QTimer.singleShot(20, drive)
            return
        seen.append((wizard.windowTitle(), current_language(), wizard.money_page.locale_box.code()))
        if len(seen) == 1:
            wizard.welcome.language_buttons["en"].click()
            QTimer.singleShot(20, drive)
        else:
            wizard.reject()  # closed: nothing saved, asked again at the next start

    QTimer.singleShot(0, drive)
    assert app_module.run_app(db) == 0
    assert seen == [
        ("PopupPOS einrichten", "de", "de_DE"),
        ("Set up PopupPOS", "en", "en_DE"),
    ]
    assert needs_first_run(db)


def test_a_file_that_cannot_open_is_told_in_the_computers_language(
    tmp_path: Path, language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the shop's file is open its language is unknown: the app speaks the
    computer's (``speak_system_language``, called by ``popuppos`` on a real screen)."""
    folder = tmp_path / "shop.sqlite"
    folder.mkdir()
    with pytest.raises(DatabaseProblem, match="is a folder, not a PopupPOS database file"):
        open_database(folder)
    monkeypatch.setattr(app_module, "system_locale", lambda: "de_DE")
    app_module.speak_system_language()
    with pytest.raises(DatabaseProblem, match="ist ein Ordner, keine PopupPOS-Datenbankdatei"):
        open_database(folder)
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"not a database at all, just text")
    with pytest.raises(DatabaseProblem, match=r"\(keine SQLite-Datei\)\. Nichts wurde verändert"):
        open_database(other)
    assert other.read_bytes() == b"not a database at all, just text"
