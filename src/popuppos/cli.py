"""The one entry point: ``popuppos`` (the app) and its subcommands.

popuppos [--db PATH] [--demo]      start the app (default: a database in your data folder)
popuppos --self-test               open the database, render the sell screen once, exit 0
popuppos demo [--db PATH]          fill a database with the demo shop, then exit
popuppos hub [--db URL] [--host H] [--port P]      run the central shop hub
popuppos hub create-shop [--db URL] NAME           create a shop, print its owner token once
popuppos hub pairing-code [--db URL] --owner-token T   print a one-time pairing code
popuppos --version
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from popuppos import __version__


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("PopupPOS", appauthor=False) / "popuppos.sqlite"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="popuppos",
        description="PopupPOS: an offline-first point of sale for pop-up stalls.",
    )
    parser.add_argument("--version", action="version", version=f"PopupPOS {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"the shop database file (default: {default_db_path()})",
    )
    parser.add_argument(
        "--demo", action="store_true", help="fill an empty database with the demo shop first"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the database, render the sell screen once and exit (for installers and CI)",
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill a database with the demo shop and exit")
    demo.add_argument("--db", type=Path, default=None, dest="demo_db")
    from popuppos.hub.commands import add_hub_parser

    add_hub_parser(sub)
    return parser


def _fail(message: str) -> int:
    print(f"PopupPOS: {message}", file=sys.stderr)
    return 2


def _has_display() -> bool:
    """A real screen the host looks at (not a CI run or a terminal-only session)."""
    if os.environ.get("QT_QPA_PLATFORM", "") in {"offscreen", "minimal"}:
        return False
    return sys.platform in {"win32", "darwin"} or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=os.environ.get("POPUPPOS_LOG", "WARNING").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command == "hub":  # the hub has its own database: never open a stall's
        from popuppos.hub.commands import run as run_hub

        return run_hub(args)
    from popuppos.store.db import DamagedDatabase, Database, DatabaseProblem, open_database

    db_path: Path = getattr(args, "demo_db", None) or args.db or default_db_path()
    if args.db is None and getattr(args, "demo_db", None) is None:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return _fail(f"cannot create the data folder {db_path.parent}: {exc.strerror}")
    if args.command is None and not args.self_test and _has_display():
        from popuppos.ui.app import speak_system_language

        speak_system_language()  # until the shop's own language is read from its file
    try:
        db = open_database(db_path)
    except DatabaseProblem as exc:
        restored: Database | None = None
        if args.command is None and not args.self_test and _has_display():
            if isinstance(exc, DamagedDatabase):  # offer the newest good backup
                from popuppos.ui.backups.damaged import offer_newest_backup

                restored = offer_newest_backup(exc)
            else:
                from popuppos.ui.app import show_startup_problem

                show_startup_problem(str(exc))
        if restored is None:
            return _fail(str(exc))
        db = restored

    try:
        if args.command == "demo" or args.demo:
            from popuppos.services.demo import DEMO_MANAGER_PIN, load_demo_shop

            loaded = load_demo_shop(db)
            if args.command == "demo":
                if loaded.already_there:
                    print(f"{db.path} already has a catalogue; the demo shop was not added.")
                else:
                    print(
                        f"Demo shop ready in {db.path}: {loaded.products} products, "
                        f"{loaded.members} members. Manager PIN: {DEMO_MANAGER_PIN}."
                    )
                return 0
        from popuppos.ui.app import run_app

        return run_app(db, self_test=args.self_test)
    except OSError as exc:
        if exc.errno == 28:
            return _fail("the disk is full; free some space and start again (nothing was lost)")
        raise
    finally:
        db.close()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
