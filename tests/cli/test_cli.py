"""The `popuppos` command as a host meets it: clear messages, never a traceback."""

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from popuppos import __version__
from popuppos.cli import main
from popuppos.services.calendar import sessions_between
from popuppos.services.catalog import catalog_items
from popuppos.services.members import search_members
from popuppos.services.pass_admin import list_tiers, passes_of_member
from popuppos.store.db import open_database
from popuppos.store.models import utcnow


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_fills_an_empty_database_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    assert "Manager PIN: 1234" in capsys.readouterr().out
    db = open_database(path)
    try:
        items = catalog_items(db)
        tiers = list_tiers(db)
        week = sessions_between(db, utcnow(), utcnow() + timedelta(days=8))
        zoe = search_members(db, "Zoë")[0]
        zoes_passes = passes_of_member(db, zoe.id)
    finally:
        db.close()
    merch = [item for item in items if item.category != "Passes"]
    assert len(merch) >= 12 and all(item.image for item in merch)
    assert {t.code for t in tiers} == {"MORNING", "INNER"}
    assert {item.name for item in items if item.category == "Passes"} == {
        "Morning Circle",
        "Inner Circle",
    }
    assert len(week) == 6  # the coming week of member sessions
    assert [p.status for p in zoes_passes] == ["active"]
    assert main(["demo", "--db", str(path)]) == 0
    assert "already has a catalogue" in capsys.readouterr().out


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"shopping list: milk, eggs\n")
    assert main(["--db", str(path), "--self-test"]) == 2
    err = capsys.readouterr().err
    assert "not a PopupPOS database" in err and "Traceback" not in err
    assert path.read_bytes() == b"shopping list: milk, eggs\n"


def test_a_database_open_in_another_popuppos_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop.sqlite"
    other = open_database(path)  # the "other running PopupPOS"
    try:
        assert main(["--db", str(path), "--self-test"]) == 2
    finally:
        other.close()
    assert "already open in another PopupPOS" in capsys.readouterr().err


def test_a_database_from_a_newer_version_is_refused_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9f00-from-the-future'")
    before = path.read_bytes()
    assert main(["--db", str(path), "--self-test"]) == 2
    assert "newer PopupPOS" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_self_test_renders_the_sell_screen_of_the_demo_shop(
    tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop.sqlite"
    assert main(["--db", str(path), "--demo", "--self-test"]) == 0
    assert "self-test ok" in capsys.readouterr().out
