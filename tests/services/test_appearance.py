"""This device's look: light, dark or the system's, kept under one settings key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from popuppos.services.appearance import KEY, get_appearance, save_appearance
from popuppos.services.errors import ServiceError
from popuppos.store.db import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "shop.sqlite")
    yield database
    database.close()


def test_a_new_shop_is_light_and_each_choice_is_kept(db: Database) -> None:
    assert get_appearance(db) == "light"
    for choice in ("dark", "system", "light", "dark"):
        assert save_appearance(db, choice) == choice
        assert get_appearance(db) == choice
    with db.read() as conn:
        assert (
            conn.execute(text("select count(*) from settings where key = :k"), {"k": KEY}).scalar()
            == 1
        )


def test_anything_else_is_refused_with_a_sentence_and_nothing_changes(db: Database) -> None:
    save_appearance(db, "dark")
    with pytest.raises(ServiceError, match="light, dark or the system's"):
        save_appearance(db, "Dark")
    assert get_appearance(db) == "dark"


@pytest.mark.parametrize("stored", ['"purple"', "not json", "42", '["dark"]'])
def test_a_value_edited_by_hand_reads_as_light(db: Database, stored: str) -> None:
    with db.write() as conn:
        conn.execute(
            text("insert into settings (key, value) values (:k, :v)"), {"k": KEY, "v": stored}
        )
    assert get_appearance(db) == "light"
