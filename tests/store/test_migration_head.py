"""The fast start-up path trusts migrate.HEAD: it must name the newest migration script."""

from popuppos.store import migrate


def test_head_constant_is_the_newest_migration() -> None:
    assert migrate.script_head() == migrate.HEAD
