"""Opening the shop's database: checks, the one-app lock, pragmas and migrations.

``open_database(path)`` either returns a ready :class:`Database` or raises
:class:`DatabaseProblem` whose message a host can act on (no traceback): the file is
not a PopupPOS database, cannot be read, is open in another PopupPOS, or was written by
a newer version.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from popuppos.core.i18n import translate
from popuppos.core.ids import new_id
from popuppos.store import migrate
from popuppos.store.models import Setting


class DatabaseProblem(Exception):
    """The database cannot be used; ``str(exc)`` says why and what to do."""


class DamagedDatabase(DatabaseProblem):
    """The file fails ``PRAGMA integrity_check``; PopupPOS has written nothing to it."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        first = problems[0] if problems else "it cannot be read"
        super().__init__(
            f"{path.name} is damaged: SQLite's integrity check found problems ({first}). "
            "PopupPOS has not written to it. Started on a screen, PopupPOS offers the "
            f"newest good backup from {path.parent / 'backups'}."
        )


#: Files up to this size are integrity-checked before ``open_database`` returns (a few
#: milliseconds to ~0.2 s); larger ones are checked on a thread while the app starts, and
#: every write waits for that check (see :class:`IntegrityGate`).
CHECK_BEFORE_OPEN_BYTES = 32 * 1024 * 1024


class IntegrityGate:
    """``PRAGMA integrity_check`` of a big database file, run on a thread at start.

    Reads go ahead meanwhile (the sell screen shows at once); every write transaction
    (``BEGIN IMMEDIATE``) first waits for the verdict, and on a damaged file fails with
    :class:`DamagedDatabase`, so PopupPOS never writes to a file that failed the check.
    On this project's 2-core machine a 300 MB shop (200,000 sales) takes 2.5-4 s to check.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] | None = None
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)

    def start(self) -> IntegrityGate:
        self._thread.start()
        return self

    def _run(self) -> None:
        from popuppos.store.backup import integrity_problems

        try:
            self.problems = integrity_problems(self.path)
        except Exception as exc:  # a check that cannot run is a failed check
            self.problems = [f"the check could not run ({exc})"]
        finally:
            self.done.set()

    def wait(self) -> None:
        """Return once the file passed; raise :class:`DamagedDatabase` when it did not."""
        self.done.wait()
        if self.problems:
            raise DamagedDatabase(self.path, self.problems)

    def on_begin(self, conn: Connection) -> None:
        if conn.get_execution_options().get("immediate"):
            self.wait()


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    device_id: str
    _lock: IO[str] | None = None
    integrity: IntegrityGate | None = None  # None: checked before it was opened

    def session(self) -> Session:
        return self.sessions()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error)."""
        with self.engine.connect().execution_options(immediate=True) as conn, conn.begin():
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            _release(self._lock)
            self._lock = None


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # We issue BEGIN ourselves (see _on_begin), so the driver must not.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Money-bearing commits are durable: FULL syncs the WAL on every commit.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
        pool_size=4,
        max_overflow=4,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_begin(conn: Connection) -> None:
    # Writers take the write lock up front, so a check-then-write (stock, sale number)
    # cannot interleave with another writer; readers start a plain deferred transaction.
    if conn.get_execution_options().get("immediate"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseProblem(
            translate("store/db", "{path} is a folder, not a PopupPOS database file.").format(
                path=path
            )
        )
    if not path.parent.exists():
        raise DatabaseProblem(
            translate(
                "store/db",
                "The folder {folder} does not exist. Create it, or choose another --db path.",
            ).format(folder=path.parent)
        )
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseProblem(
                translate(
                    "store/db",
                    "PopupPOS cannot read and write {path} (file permissions). "
                    "Give your user access to the file, or open another one with --db.",
                ).format(path=path)
            )
        with path.open("rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise DatabaseProblem(
                translate(
                    "store/db",
                    "{path} is not a PopupPOS database (it is not an SQLite file). "
                    "Nothing was changed; open another file with --db.",
                ).format(path=path)
            )
        if head and not _is_ours(path):
            raise DatabaseProblem(
                translate(
                    "store/db",
                    "{path} is not a PopupPOS database (it is another program's SQLite file). "
                    "Nothing was changed; open another file with --db.",
                ).format(path=path)
            )
    elif not os.access(path.parent, os.W_OK):
        raise DatabaseProblem(
            translate("store/db", "PopupPOS cannot create a database in {folder}.").format(
                folder=path.parent
            )
        )


def _is_ours(path: Path) -> bool:
    """An existing SQLite file is ours if it is empty or has PopupPOS's version table.

    Read through a read-only connection, before any pragma could touch the file.
    """
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(path, [str(exc)]) from None
    return not tables or "alembic_version" in tables


def _acquire(path: Path) -> IO[str]:
    """Hold an OS lock beside the database for as long as this app has it open."""
    lock_path = path.with_name(path.name + ".lock")
    fh = lock_path.open("a+")
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.seek(0)
        holder = fh.read().strip()
        fh.close()
        raise DatabaseProblem(
            (
                translate(
                    "store/db",
                    "{name} is already open in another PopupPOS (process {pid}). "
                    "Switch to that window, or close it first.",
                )
                if holder
                else translate(
                    "store/db",
                    "{name} is already open in another PopupPOS. "
                    "Switch to that window, or close it first.",
                )
            ).format(name=path.name, pid=holder)
        ) from None
    fh.seek(0)
    fh.truncate()
    fh.write(str(os.getpid()))
    fh.flush()
    return fh


def _release(fh: IO[str]) -> None:
    try:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    finally:
        fh.close()


def open_database(path: Path, *, lock: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``."""
    path = path.expanduser().resolve()
    _check_file(path)
    if not path.exists():
        # The shop's data (and this device's pass-signing key) is for this user alone.
        path.touch(mode=0o600)
    lock_fh = _acquire(path) if lock else None
    try:
        size = path.stat().st_size
        gate: IntegrityGate | None = None
        if 0 < size <= CHECK_BEFORE_OPEN_BYTES:  # checked before anything could write to it
            _check_integrity(path)
        elif size:
            gate = IntegrityGate(path).start()
        engine = make_engine(path)
        if gate is not None:  # every write waits for the verdict (listener runs first)
            event.listen(engine, "begin", gate.on_begin, insert=True)
        try:
            if gate is not None and migrate.current_revision(engine) != migrate.HEAD:
                gate.wait()  # an upgrade writes: wait for the check first
            migrate.upgrade(engine)
        except sqlite3.DatabaseError as exc:  # pragma: no cover - re-raised as SQLAlchemy's
            raise DatabaseProblem(
                translate("store/db", "{path} cannot be read: {error}").format(path=path, error=exc)
            ) from None
        except migrate.NewerSchema as exc:
            engine.dispose()
            raise DatabaseProblem(
                translate(
                    "store/db",
                    "{name} was written by a newer PopupPOS (schema {revision}). "
                    "Install the newer version to open it; this one leaves it untouched.",
                ).format(name=path.name, revision=exc.revision)
            ) from None
        except Exception as exc:
            engine.dispose()
            if "file is not a database" in str(exc) or "malformed" in str(exc):
                raise DatabaseProblem(
                    translate(
                        "store/db", "{path} is damaged or not a PopupPOS database ({kind})."
                    ).format(path=path, kind=exc.__class__.__name__)
                ) from None
            raise
        sessions = sessionmaker(engine, expire_on_commit=False)
        device_id = _ensure_device(sessions)
    except BaseException:
        if lock_fh is not None:
            _release(lock_fh)
        raise
    return Database(path, engine, sessions, device_id, lock_fh, gate)


def _check_integrity(path: Path) -> None:
    from popuppos.store.backup import integrity_problems

    problems = integrity_problems(path)
    if problems:
        raise DamagedDatabase(path, problems)


def _ensure_device(sessions: sessionmaker[Session]) -> str:
    with sessions.begin() as s:
        row = s.scalar(select(Setting).where(Setting.key == "device_id"))
        if row is not None:
            return row.value
        device_id = new_id()
        s.add(Setting(key="device_id", value=device_id))
        return device_id
