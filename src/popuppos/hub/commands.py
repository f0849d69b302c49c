"""``popuppos hub``: run the hub, create a shop, make a pairing code.

popuppos hub [--db URL] [--host 127.0.0.1] [--port 8765] [--public-url URL]
popuppos hub create-shop [--db URL] "Shop name"          prints the owner token once
popuppos hub pairing-code [--db URL] --owner-token T     prints a one-time pairing code
popuppos hub devices [--db URL] --owner-token T          lists the shop's devices
popuppos hub allocate [--db URL] --owner-token T DROP_ID DEVICE=UNITS ...   sets a split
popuppos hub rebalance [--db URL] --owner-token T DROP_ID [DEVICE ...]      rebalances it
popuppos hub retire [--db URL] --owner-token T DEVICE                      retires a device

Kept light: nothing heavy (FastAPI, uvicorn, SQLAlchemy) is imported until it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from popuppos.hub.owner_commands import add_owner_parsers, run_owner_command

OWNER_TOKEN_ENV = "POPUPPOS_HUB_OWNER_TOKEN"
OWNER_COMMANDS = ("devices", "allocate", "rebalance", "retire")


def default_hub_db() -> Path:
    from platformdirs import user_data_path

    return user_data_path("PopupPOS", appauthor=False) / "hub.sqlite"


def add_hub_parser(sub: Any) -> None:
    """Add ``hub`` and its sub-commands to the ``popuppos`` sub-command parsers."""
    hub = sub.add_parser(
        "hub",
        help="run the central shop hub (or: hub create-shop, pairing-code, devices, retire, "
        "allocate, rebalance)",
        description="The central shop API every stall syncs with.",
    )
    db_help = "the hub database: sqlite:///path, postgresql://..., or a file path"
    hub.add_argument(
        "--db", dest="hub_db", metavar="URL", default=None, help=f"{db_help} (default: hub.sqlite)"
    )
    hub.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    hub.add_argument("--port", type=int, default=8765, help="port to listen on (8765)")
    hub.add_argument(
        "--public-url", default=None, help="the address stalls use, put into pairing QR codes"
    )
    actions = hub.add_subparsers(dest="hub_command")
    create = actions.add_parser("create-shop", help="create a shop; prints its owner token once")
    create.add_argument("--db", dest="hub_db_of_action", metavar="URL", default=None, help=db_help)
    create.add_argument("name", help="the shop's name, e.g. 'Lantern & Loom'")
    code = actions.add_parser("pairing-code", help="make a one-time code to pair a device")
    code.add_argument("--db", dest="hub_db_of_action", metavar="URL", default=None, help=db_help)
    code.add_argument(
        "--owner-token", default=None, help=f"the shop owner's token (or set {OWNER_TOKEN_ENV})"
    )
    code.add_argument(
        "--hub-url", default=None, help="the hub address stalls use (default http://HOST:PORT)"
    )
    add_owner_parsers(actions, db_help, f"the shop owner's token (or set {OWNER_TOKEN_ENV})")


def _fail(message: str) -> int:
    print(f"PopupPOS hub: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from popuppos.hub.problems import HubProblem
    from popuppos.hub.store import HubDatabaseProblem, database_url

    db = getattr(args, "hub_db_of_action", None) or args.hub_db
    if db is None:
        path = default_hub_db()
        path.parent.mkdir(parents=True, exist_ok=True)
        db = str(path)
    url = database_url(db)
    try:
        if args.hub_command == "create-shop":
            return _create_shop(url, args.name)
        if args.hub_command in ("pairing-code", *OWNER_COMMANDS):
            token = args.owner_token or os.environ.get(OWNER_TOKEN_ENV)
            if not token:
                return _fail(f"give the shop owner's token: --owner-token or {OWNER_TOKEN_ENV}")
            if args.hub_command in OWNER_COMMANDS:
                return run_owner_command(url, token, args)
            hub_url = args.hub_url or f"http://{args.host}:{args.port}"
            return _pairing_code(url, token, hub_url)
        from popuppos.hub.server import serve

        serve(url, args.host, args.port, public_url=args.public_url)
        return 0
    except HubDatabaseProblem as exc:
        return _fail(str(exc))
    except HubProblem as exc:
        return _fail(exc.detail)


def _create_shop(url: str, name: str) -> int:
    from popuppos.hub.pairing import create_shop
    from popuppos.hub.store import HubStore

    store = HubStore(url)
    try:
        shop_id, token = create_shop(store, name)
    finally:
        store.close()
    print(f"Shop {name!r} created (id {shop_id}).")
    print(f"Owner token: {token}")
    print("Keep the owner token safe: it is shown only now (the hub keeps only its hash).")
    return 0


def _pairing_code(url: str, owner_token: str, hub_url: str) -> int:
    from popuppos.hub.pairing import create_pairing_code, shop_of_owner
    from popuppos.hub.store import HubStore

    store = HubStore(url)
    try:
        code = create_pairing_code(store, shop_of_owner(store, owner_token), hub_url)
    finally:
        store.close()
    until = code.expires_at.astimezone().strftime("%H:%M")
    print(f"Pairing code: {code.code}  (one use, valid until {until})")
    print(f"QR text: {code.qr_text}")
    if sys.stdout.isatty():
        import segno

        # A terminal that cannot draw blocks still has the text above.
        with contextlib.suppress(UnicodeEncodeError):
            segno.make(code.qr_text, error="m").terminal(compact=True)
    return 0
