"""Backups as the host meets them: when one is made, how many are kept, restoring one.

* **Daily**: :func:`backup_if_due` makes one when there is none yet for today (local day);
  the app calls it a little after start and then every half hour (``ui/backups/auto.py``).
* **At shift close**: :func:`backup_after_shift_close`, called by the UI once the close
  has been recorded (``services/shifts.py`` is untouched: a failed backup can never undo or
  hold up the close).
* **Keep N**: after each new backup the oldest beyond N are deleted (never before the new
  one is safely written and checked).
* **Restore**: :func:`restore_backup` (the app is running) and :func:`restore_at_start`
  (the database failed its check at start) both check the backup first and keep the
  current database aside, never deleting it.

The settings live in the ``settings`` table (``backup_keep``, ``backup_daily``,
``backup_at_shift_close``), JSON-encoded like ``services/shop.py``'s.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from popuppos.core.i18n import translate
from popuppos.services import audit
from popuppos.services.errors import ServiceError
from popuppos.services.shop import check_manager_pin, has_manager_pin
from popuppos.store import backup, migrate
from popuppos.store.backup import BackupCheck, BackupFile, BackupProblem
from popuppos.store.db import Database, _acquire, _release, open_database
from popuppos.store.models import Setting

KEEP_MIN, KEEP_MAX = 1, 365


@dataclass(frozen=True, slots=True)
class BackupSettings:
    keep: int = 14  # how many backups are kept
    daily: bool = True  # one a day, the first start of the day (or while running)
    at_shift_close: bool = True


_KEYS = {"keep": "backup_keep", "daily": "backup_daily", "at_shift_close": "backup_at_shift_close"}


@dataclass(frozen=True, slots=True)
class BackupMade:
    backup: BackupFile
    removed: tuple[Path, ...]  # older backups deleted to keep N


@dataclass(frozen=True, slots=True)
class Restored:
    backup: Path  # the file that was restored
    taken_at: datetime | None  # when that backup was made (None for a file of another name)
    kept_aside: Path  # the database as it was before the restore
    revision: str  # the backup's schema revision (upgraded to HEAD after the restore)


# -- settings -----------------------------------------------------------------------------
def get_backup_settings(db: Database) -> BackupSettings:
    with db.read() as conn:
        rows = conn.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_(_KEYS.values()))
        ).all()
    stored = {key: json.loads(value) for key, value in rows}
    values = {field: stored[key] for field, key in _KEYS.items() if key in stored}
    return replace(BackupSettings(), **values)


def save_backup_settings(
    db: Database,
    *,
    keep: int | None = None,
    daily: bool | None = None,
    at_shift_close: bool | None = None,
) -> BackupSettings:
    changes: dict[str, object] = {}
    if keep is not None:
        if not KEEP_MIN <= keep <= KEEP_MAX:
            raise ServiceError(
                translate(
                    "services/backups", "keep between {keep_min} and {keep_max} backups"
                ).format(keep_min=KEEP_MIN, keep_max=KEEP_MAX)
            )
        changes["keep"] = int(keep)
    if daily is not None:
        changes["daily"] = bool(daily)
    if at_shift_close is not None:
        changes["at_shift_close"] = bool(at_shift_close)
    with db.write() as conn:
        for field, value in changes.items():
            raw = json.dumps(value)
            stmt = sqlite_insert(Setting).values(key=_KEYS[field], value=raw)
            conn.execute(
                stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": raw})
            )
    return get_backup_settings(db)  # a lower keep prunes at the next backup, not now


# -- making backups -----------------------------------------------------------------------
def list_backups(db: Database) -> list[BackupFile]:
    """This shop's backups, newest first."""
    return backup.list_backups(db.path)


@dataclass(frozen=True, slots=True)
class BackupsOverview:
    """What the "Backups and data" dialog shows."""

    folder: Path
    backups: tuple[BackupFile, ...]  # newest first
    settings: BackupSettings
    needs_pin: bool  # restoring asks for the manager PIN

    @property
    def to_prune(self) -> int:
        """How many backups the next backup will delete (keep was lowered)."""
        return max(0, len(self.backups) + 1 - self.settings.keep)


def overview(db: Database) -> BackupsOverview:
    return BackupsOverview(
        backup.backup_folder(db.path),
        tuple(backup.list_backups(db.path)),
        get_backup_settings(db),
        has_manager_pin(db),
    )


def _make(db: Database, reason: str, now: datetime | None, keep: int | None = None) -> BackupMade:
    made = backup.make_backup(db.path, reason, now=now)
    kept = keep if keep is not None else get_backup_settings(db).keep
    return BackupMade(made, tuple(backup.prune(db.path, kept)))


def back_up_now(db: Database, *, now: datetime | None = None) -> BackupMade:
    """ "Back up now": a backup whatever the day, then keep N."""
    return _make(db, "manual", now)


def backup_if_due(db: Database, *, now: datetime | None = None) -> BackupMade | None:
    """The daily backup: made when daily backups are on and none exists for today yet.

    "Today" is the calendar day of ``now`` in its own time zone (default: this machine's
    clock and zone). Any backup made today counts (a shift close or "Back up now" too).
    """
    settings = get_backup_settings(db)
    if not settings.daily:
        return None
    local_now = now if now is not None and now.tzinfo else datetime.now().astimezone()
    today = local_now.date()
    for existing in backup.list_backups(db.path):
        if existing.taken_at.astimezone(local_now.tzinfo).date() == today:
            return None
    return _make(db, "daily", local_now, settings.keep)


def backup_after_shift_close(db: Database, *, now: datetime | None = None) -> BackupMade | None:
    """The backup after a shift is closed (when that setting is on)."""
    settings = get_backup_settings(db)
    if not settings.at_shift_close:
        return None
    return _make(db, "shift", now, settings.keep)


# -- restoring ----------------------------------------------------------------------------
def check_backup(path: Path) -> BackupCheck:
    """Whether ``path`` can be restored (sound, PopupPOS's, not from a newer version)."""
    return backup.check_backup(path)


def newest_good_backup(db_path: Path) -> tuple[BackupFile, BackupCheck] | None:
    return backup.newest_good_backup(db_path)


def restore_needs_pin(db: Database) -> bool:
    return has_manager_pin(db)


def restore_backup(
    db: Database,
    backup_path: Path,
    *,
    pin: str | None,
    actor: str,
    now: datetime | None = None,
) -> Restored:
    """Put ``backup_path`` back as the shop's database while the app has it open.

    Order: the manager PIN (when the shop has one), the file's check, a copy of the
    current database kept as a "before-restore" backup (not counted against keep N's
    pruning here), then the backup API copies the backup over the live database in one
    transaction, the schema is brought to HEAD, and the restore is written to the audit
    log. On any refusal or failure the live database is as it was.

    The screens still show the old data: the UI reopens its main window afterwards.
    """
    if has_manager_pin(db):
        with db.read() as conn:
            check_manager_pin(conn, pin)
    check = backup.check_backup(backup_path)
    if not check.ok:
        raise BackupProblem(check.problem)
    aside = backup.make_backup(db.path, "before-restore", now=now)
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if raw is None:  # pragma: no cover - a pooled connection always has one
            raise BackupProblem("the database connection was closed")
        backup.restore_into(raw, backup_path)  # type: ignore[arg-type]
    migrate.upgrade(db.engine)
    with db.write() as conn:
        device = conn.scalar(select(Setting.value).where(Setting.key == "device_id"))
        if device:
            db.device_id = device
        else:  # a backup from before the device had an id: it keeps this device's
            conn.execute(sqlite_insert(Setting).values(key="device_id", value=db.device_id))
        parsed = backup.parse_name(backup_path.name)
        audit.record(
            conn,
            db.device_id,
            actor=actor.strip() or "host",
            action="backup.restored",
            subject_id=None,
            approved_by="manager" if pin else None,
            details={
                "backup": backup_path.name,
                "revision": check.revision,
                "kept_aside": aside.path.name,
            },
        )
    return Restored(
        backup_path, parsed[1] if parsed else None, aside.path, check.revision or migrate.HEAD
    )


def restore_at_start(
    db_path: Path, backup_path: Path, *, now: datetime | None = None
) -> tuple[Database, Path]:
    """Replace a database that failed its check at start with ``backup_path``, and open it.

    The damaged file is kept beside it as ``<name>.damaged-<time>.sqlite`` (with its -wal),
    and at no moment is there no database file at ``db_path``. Returns the opened database
    and where the damaged file was kept.
    """
    check = backup.check_backup(backup_path)
    if not check.ok:
        raise BackupProblem(check.problem)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    lock = _acquire(db_path)  # no other PopupPOS may open it while it is swapped
    try:
        backup.swap_in(db_path, backup_path, aside)
    finally:
        _release(lock)
    return open_database(db_path), aside
