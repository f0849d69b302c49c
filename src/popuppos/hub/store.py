"""The hub's database: engine set-up by URL, read and write transactions, the clock.

SQLite (the default, ``sqlite:///path``): WAL, ``synchronous=FULL`` and ``BEGIN IMMEDIATE``
for writers, so a check-then-insert cannot interleave with another writer and readers
never wait for writers. PostgreSQL (``postgresql://...``, with ``psycopg`` installed):
writers of one shop serialise on that shop's row (``SELECT ... FOR UPDATE``, see
``events.lock_shop``), which also keeps ``hub_seq`` order equal to commit order.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from popuppos.hub.models import HUB_SCHEMA_VERSION, HubBase, HubMeta

#: The hub's clock: returns an aware UTC datetime. Tests inject their own.
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_naive_utc(value: datetime) -> datetime:
    """What a timestamp column stores."""
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def as_aware_utc(value: datetime) -> datetime:
    """What the protocol carries."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class HubDatabaseProblem(Exception):
    """The hub database cannot be used; the message says why and what to do."""


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from ``--db``: a URL as given, or a plain file path for SQLite."""
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")  # the hub is the shop's record of every sale
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get("hub_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise HubDatabaseProblem(
            f"{url!r} is not a database URL; use sqlite:///path/to/hub.sqlite "
            "or postgresql://user@host/dbname"
        ) from None
    try:
        if parsed.get_backend_name() != "sqlite":
            return create_engine(parsed, pool_pre_ping=True, pool_size=10, max_overflow=10)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise HubDatabaseProblem(
            f"No database driver for {parsed.drivername} ({exc}); for PostgreSQL install "
            "it with: pip install 'psycopg[binary]'"
        ) from None
    name = parsed.database or ""
    if name in {"", ":memory:"} or name.startswith("file:"):
        raise HubDatabaseProblem(
            "The hub keeps its data in a file: use sqlite:///path/to/hub.sqlite"
        )
    path = Path(name)
    if path.is_dir():
        raise HubDatabaseProblem(f"{path} is a folder, not a hub database file.")
    if not path.parent.exists():
        raise HubDatabaseProblem(f"The folder {path.parent} does not exist; create it first.")
    engine = create_engine(
        parsed, connect_args={"check_same_thread": False}, pool_size=8, max_overflow=8
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class HubStore:
    """The hub's database and clock, shared by every request of one app."""

    def __init__(self, url: str, clock: Clock = utc_now) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.clock = clock
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(hub_write=True)
        self._writes = sessionmaker(writer, expire_on_commit=False)
        self._write_queue: AbstractContextManager[object] = (
            threading.Lock() if self.engine.dialect.name == "sqlite" else nullcontext()
        )
        try:
            self._prepare()
        except Exception:
            self.engine.dispose()
            raise

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def now(self) -> datetime:
        """The hub's time as stored: naive UTC."""
        return as_naive_utc(self.clock())

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reads.begin() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed at the end, rolled back on any exception.

        On SQLite the writers of this process queue on a lock before ``BEGIN IMMEDIATE``:
        SQLite lets one writer in at a time anyway, and its busy handler makes the others
        sleep and poll, so under twenty stalls pushing at once a batch could wait seconds
        behind luckier ones (bench/hub_load.py: p99 5.9 s without the queue).
        """
        with self._write_queue, self._writes.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def _prepare(self) -> None:
        try:
            tables = set(inspect(self.engine).get_table_names())
        except Exception as exc:  # the driver's own error: unreachable server, bad file ...
            raise HubDatabaseProblem(f"Cannot open the hub database: {exc}") from None
        if "outbox" in tables and "hub_meta" not in tables:
            raise HubDatabaseProblem(
                "This is a stall's PopupPOS database, not a hub database; "
                "give the hub a file of its own."
            )
        HubBase.metadata.create_all(self.engine)
        with self.write() as session:
            row = session.scalar(select(HubMeta).where(HubMeta.key == "schema_version"))
            if row is None:
                session.add(HubMeta(key="schema_version", value=str(HUB_SCHEMA_VERSION)))
            elif int(row.value) > HUB_SCHEMA_VERSION:
                raise HubDatabaseProblem(
                    f"This hub database was written by a newer PopupPOS hub (schema "
                    f"{row.value}, this one knows {HUB_SCHEMA_VERSION}); upgrade PopupPOS."
                )
            elif int(row.value) < HUB_SCHEMA_VERSION:  # create_all added the new tables
                row.value = str(HUB_SCHEMA_VERSION)
