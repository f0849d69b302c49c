"""Copies of the shop's database: made with SQLite's online backup API, checked, listed,
pruned, and put back.

Backups live in a ``backups`` folder beside the database, one self-contained file each
(rollback journal, no ``-wal`` beside it, mode 0600), named so they sort by time (UTC)::

    backups/popuppos_20260512T140233.123Z_daily.sqlite

A copy is read in one transaction from its own read-only connection (so it is a consistent
snapshot while the app keeps selling: WAL readers never block the writer), written to a
``.part`` file, synced, checked with ``PRAGMA integrity_check`` and only then renamed into
place. A failure leaves no half file behind and never touches the live database.

Nothing here knows about settings or the UI: ``services/backups.py`` decides when.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from popuppos.store import migrate
from popuppos.store.db import DatabaseProblem

BACKUP_FOLDER = "backups"
REASONS = ("daily", "shift", "manual", "before-restore")
_NAME = re.compile(r"^(?P<stem>.+)_(?P<stamp>\d{8}T\d{6}\.\d{3})Z_(?P<reason>[a-z-]+)\.sqlite$")
_STAMP = "%Y%m%dT%H%M%S"
#: One backup at a time in this process (the daily timer, a shift close, "Back up now").
_one_at_a_time = threading.Lock()


class BackupProblem(DatabaseProblem):
    """A backup could not be made, read or restored; ``str(exc)`` says why, for the host."""


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    taken_at: datetime  # aware, UTC
    reason: str  # one of REASONS
    size: int  # bytes


@dataclass(frozen=True, slots=True)
class BackupCheck:
    """What a file is, read without changing it: fit to restore when ``problem`` is ""."""

    path: Path
    revision: str | None  # its migration revision
    device_id: str | None
    problem: str  # a sentence for the host, or "" when the file can be restored

    @property
    def ok(self) -> bool:
        return not self.problem


# -- names and listing --------------------------------------------------------------------
def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def backup_name(db_path: Path, taken_at: datetime, reason: str) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    utc = taken_at.astimezone(UTC)
    return f"{db_path.stem}_{utc.strftime(_STAMP)}.{utc.microsecond // 1000:03d}Z_{reason}.sqlite"


def parse_name(name: str) -> tuple[str, datetime, str] | None:
    """(database stem, when, reason) of a backup file name; None for any other file."""
    m = _NAME.match(name)
    if m is None or m["reason"] not in REASONS:
        return None
    whole, _, millis = m["stamp"].partition(".")
    taken = datetime.strptime(whole, _STAMP).replace(tzinfo=UTC, microsecond=int(millis) * 1000)
    return m["stem"], taken, m["reason"]


def list_backups(db_path: Path) -> list[BackupFile]:
    """This database's backups, newest first (files of other databases are left out)."""
    folder = backup_folder(db_path)
    found: list[BackupFile] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:  # no folder yet (or unreadable): no backups to offer
        return []
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed is None or parsed[0] != db_path.stem:
            continue
        with contextlib.suppress(OSError):
            if entry.is_file():
                found.append(
                    BackupFile(Path(entry.path), parsed[1], parsed[2], entry.stat().st_size)
                )
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


# -- checking -----------------------------------------------------------------------------
def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (it may leave empty -wal/-shm beside a
    WAL-mode file, as any reader does; the database file itself is never changed)."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def integrity_problems(path: Path, *, limit: int = 10) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong in ``path`` ([] when it is sound).

    Read-only: it changes nothing. A file SQLite cannot read at all is one problem.
    """
    try:
        conn = _read_only(path)
        try:
            rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    found = [
        line.strip()
        for r in rows
        for line in str(r[0]).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    return [] if found == ["ok"] else found


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    """Every migration revision this version of PopupPOS knows (HEAD and all before it)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def check_backup(path: Path) -> BackupCheck:
    """Whether ``path`` can be restored: sound, a PopupPOS database, not from a newer version."""
    if not path.is_file():
        return BackupCheck(path, None, None, f"{path.name} is not there any more.")
    with contextlib.suppress(OSError), path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return BackupCheck(path, None, None, f"{path.name} is not a PopupPOS database.")
    problems = integrity_problems(path)
    if problems:
        return BackupCheck(
            path, None, None, f"{path.name} is damaged ({problems[0]}); it cannot be restored."
        )
    try:
        conn = _read_only(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = device = None
            if {"alembic_version", "settings"} <= tables:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                device = conn.execute(
                    "SELECT value FROM settings WHERE key = 'device_id'"
                ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return BackupCheck(path, None, None, f"{path.name} cannot be read ({exc}).")
    rev = str(revision[0]) if revision else None
    dev = str(device[0]) if device else None
    if rev is None:
        return BackupCheck(path, None, None, f"{path.name} is not a PopupPOS database.")
    if rev not in known_revisions():
        return BackupCheck(
            path,
            rev,
            dev,
            f"{path.name} was written by a newer PopupPOS (schema {rev}); "
            "install that version to restore it.",
        )
    return BackupCheck(path, rev, dev, "")


def newest_good_backup(db_path: Path) -> tuple[BackupFile, BackupCheck] | None:
    """The newest backup of ``db_path`` that passes :func:`check_backup` (damaged ones are
    passed over)."""
    for backup in list_backups(db_path):
        check = check_backup(backup.path)
        if check.ok:
            return backup, check
    return None


# -- writing ------------------------------------------------------------------------------
def cannot_write(place: Path, exc: BaseException) -> str:
    """A sentence for the host about a write that failed at ``place``."""
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        why = "the disk is full"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        why = "PopupPOS may not write there"
    elif code in (errno.ENOTDIR, errno.ENOENT, errno.EEXIST):
        why = "that folder cannot be created there"
    else:
        why = getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__
    return f"PopupPOS could not write to {place}: {why}."


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - folders cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create_private(path: Path) -> None:
    """Create ``path`` empty, readable by this user only (it holds the shop's data)."""
    fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)


def copy_database(source: Path, target: Path, *, max_pages: int | None = None) -> None:
    """Copy ``source`` to a new one-file database ``target`` with the online backup API.

    The whole copy is one step, so it is one read transaction: a consistent snapshot even
    while another connection writes. ``max_pages`` caps the copy's size (tests use it to
    meet a full disk). ``target`` is synced to disk before this returns.
    """
    _create_private(target)
    src = _read_only(source)
    try:
        dst = sqlite3.connect(target)
        try:
            if max_pages is not None:
                dst.execute(f"PRAGMA max_page_count={int(max_pages)}")
            src.backup(dst)
            # A backup is one file: no -wal beside it, readable by any SQLite.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with target.open("rb+") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def _partial(path: Path) -> Iterator[Path]:
    """A ``.part`` name for ``path``, removed again unless the block renamed it."""
    part = path.with_name(path.name + ".part")
    try:
        yield part
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
        for sidecar in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(part) + sidecar).unlink()


def make_backup(
    db_path: Path,
    reason: str,
    *,
    now: datetime | None = None,
    folder: Path | None = None,
    max_pages: int | None = None,
) -> BackupFile:
    """Copy the database at ``db_path`` (open or not) into its backups folder and check it.

    Raises :class:`BackupProblem` with a sentence for the host when the folder cannot be
    made or written, the disk is full, or the copy fails its check; the live database is
    only ever read.
    """
    target_folder = folder or backup_folder(db_path)
    with _one_at_a_time:
        try:
            target_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupProblem(
                cannot_write(target_folder, exc) + " No backup was made; the shop's data is "
                "untouched."
            ) from None
        taken = (now or datetime.now(UTC)).astimezone(UTC)
        taken = taken.replace(microsecond=taken.microsecond // 1000 * 1000)  # as in its name
        final = target_folder / backup_name(db_path, taken, reason)
        with _partial(final) as part:
            try:
                copy_database(db_path, part, max_pages=max_pages)
            except (OSError, sqlite3.Error) as exc:
                raise BackupProblem(
                    cannot_write(target_folder, exc) + " No backup was made; the shop's data "
                    "is untouched."
                ) from None
            problems = integrity_problems(part)
            if problems:
                raise BackupProblem(
                    f"The backup copy failed its check ({problems[0]}), so it was not kept. "
                    "The shop's database may be damaged: try again, and keep the older backups."
                )
            try:
                os.replace(part, final)
                _fsync_folder(target_folder)
            except OSError as exc:
                raise BackupProblem(cannot_write(target_folder, exc)) from None
        return BackupFile(final, taken, reason, final.stat().st_size)


def prune(db_path: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest backups of ``db_path``; returns what went.

    A file that cannot be deleted is left (and not returned); pruning never fails a backup.
    """
    removed: list[Path] = []
    for old in list_backups(db_path)[max(keep, 1) :]:
        try:
            old.path.unlink()
        except OSError:
            continue
        removed.append(old.path)
    return removed


# -- putting a backup back ------------------------------------------------------------------
def restore_into(live: sqlite3.Connection, backup_path: Path) -> None:
    """Copy ``backup_path`` over the open database behind ``live`` (the backup API, backwards).

    It is one write transaction on the live database: other connections see the old
    content or the restored one, never a mix, and a crash part-way leaves the old content.
    The live file keeps its WAL journal.
    """
    src = _read_only(backup_path)
    try:
        src.backup(live)
    except sqlite3.Error as exc:
        raise BackupProblem(
            f"{backup_path.name} could not be restored ({exc}); the shop's database is unchanged."
        ) from None
    finally:
        src.close()


def sidecars(path: Path) -> list[Path]:
    return [Path(str(path) + s) for s in ("-wal", "-shm")]


def swap_in(db_path: Path, backup_path: Path, aside: Path) -> None:
    """Put a checked copy of ``backup_path`` at ``db_path`` (a database nobody has open);
    the file that was there is kept as ``aside`` (with its -wal), never deleted.

    At every moment a database file is at ``db_path``: the old one is hard-linked (or, where
    links are not possible, copied) to ``aside`` first, then the copy replaces it in one
    rename. Its old -wal moves aside before that, so it can never be replayed onto the copy.
    """
    restoring = db_path.with_name(db_path.name + ".restoring")
    with _partial(restoring) as part:
        try:
            copy_database(backup_path, part)
        except (OSError, sqlite3.Error) as exc:
            raise BackupProblem(
                cannot_write(db_path.parent, exc) + " Nothing was changed."
            ) from None
        problems = integrity_problems(part)
        if problems:
            raise BackupProblem(
                f"The copy of {backup_path.name} failed its check ({problems[0]}); "
                "nothing was changed."
            )
        try:
            if db_path.exists():
                _keep_aside(db_path, aside)
                for old, kept in zip(sidecars(db_path), sidecars(aside), strict=True):
                    if old.exists():
                        os.replace(old, kept)
            os.replace(part, db_path)
            _fsync_folder(db_path.parent)
        except OSError as exc:
            raise BackupProblem(cannot_write(db_path.parent, exc)) from None


def _keep_aside(path: Path, aside: Path) -> None:
    try:
        os.link(path, aside)
    except OSError:  # no hard links here (some USB sticks): a full copy instead
        import shutil

        shutil.copy2(path, aside)
        with aside.open("rb+") as fh:
            os.fsync(fh.fileno())
