"""Where this device keeps its hub credential (the device token).

The token is a secret. It lives in the OS keyring (Secret Service, macOS Keychain, Windows
Credential Locker) when the optional ``keyring`` package is installed and finds a usable
backend. Otherwise it lives in the stall database itself, in the ``hub_credential`` table:
the database file is created for its user alone (mode 0600, ``store/db.py``), and the
token is only written after checking that it still is (a file others may read is
tightened, or the token is refused with a sentence saying what to do). It is never in
``settings``, ``sync_state``, the outbox, a sync event, a log line or an export.

A device paired before kept its token in ``<database>.hub-token``; the database store
reads that file once, moves the token into the database and deletes the file.
``sync_state.token_store`` says which store holds the token ("keyring" or "database"),
and the sync status shows it.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import stat
import sys
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import delete, insert, select, update

from popuppos.core.i18n import QT_TRANSLATE_NOOP, translate
from popuppos.services.errors import ServiceError
from popuppos.store.db import Database
from popuppos.store.models import utcnow
from popuppos.store.sync_models import HubCredential, SyncState

log = logging.getLogger(__name__)

KEYRING_SERVICE = "PopupPOS hub"

#: Where each store kind keeps the token, in words for the status.
WHERE = {  # shown through translate("sync/credential", ...)
    "keyring": QT_TRANSLATE_NOOP("sync/credential", "the system keyring"),
    "database": QT_TRANSLATE_NOOP(
        "sync/credential", "this stall's database (readable by this user only)"
    ),
    "file": QT_TRANSLATE_NOOP("sync/credential", "a private file beside the database"),
}


class CredentialStorageProblem(ServiceError):
    """The credential cannot be kept safely; ``str(exc)`` says what to do."""


class TokenStore(Protocol):
    kind: str  # "keyring" or "database": shown in the status

    def check(self) -> None:
        """Raise CredentialStorageProblem when a token could not be kept safely here
        (called before pairing, so a one-time code is not spent in vain)."""

    def get(self, device_id: str) -> str | None: ...

    def put(self, device_id: str, token: str) -> None: ...

    def delete(self, device_id: str) -> None: ...


# -- in the database -----------------------------------------------------------------------
def legacy_token_file(db: Database) -> Path:
    """``<database>.hub-token``: where devices paired by an older version kept the token."""
    return db.path.with_name(db.path.name + ".hub-token")


def ensure_private(path: Path) -> None:
    """Make sure only this user may read ``path`` and its WAL and shared-memory files:
    tighten a file others may read, or raise CredentialStorageProblem when that fails."""
    if sys.platform == "win32":  # pragma: no cover - NTFS rights, not POSIX modes
        return
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            mode = stat.S_IMODE(file.stat().st_mode)
        except FileNotFoundError:
            continue
        if not mode & 0o077:
            continue
        with contextlib.suppress(OSError):
            os.chmod(file, mode & 0o700)
        if stat.S_IMODE(file.stat().st_mode) & 0o077:
            raise CredentialStorageProblem(
                translate(
                    "sync/credential",
                    "{file} can be read by other users of this computer, so the hub credential "
                    "is not stored in it. Make it private (chmod 600 {file}) and pair again.",
                ).format(file=file)
            )
        log.warning("Made %s private to its user (it was mode %o).", file.name, mode)


class DatabaseTokenStore:
    """The token in this stall's database (``hub_credential``), private to this user."""

    kind = "database"

    def __init__(self, db: Database) -> None:
        self.db = db

    def check(self) -> None:
        ensure_private(self.db.path)

    def get(self, device_id: str) -> str | None:
        with self.db.read() as conn:
            token = conn.scalar(
                select(HubCredential.token).where(HubCredential.device_id == device_id)
            )
        return token if token else self._from_legacy_file(device_id)

    def put(self, device_id: str, token: str) -> None:
        self.check()
        with self.db.write() as conn:
            conn.execute(delete(HubCredential).where(HubCredential.device_id == device_id))
            row = {"device_id": device_id, "token": token, "stored_at": utcnow()}
            conn.execute(insert(HubCredential), row)

    def delete(self, device_id: str) -> None:
        with self.db.write() as conn:
            conn.execute(delete(HubCredential).where(HubCredential.device_id == device_id))
        legacy_token_file(self.db).unlink(missing_ok=True)

    def _from_legacy_file(self, device_id: str) -> str | None:
        """A token an older version kept beside the database: moved in, the file deleted."""
        path = legacy_token_file(self.db)
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        token = data.get(device_id) if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            return None
        try:
            self.put(device_id, token)
        except CredentialStorageProblem as exc:  # keep using the file until it is fixed
            log.warning("The hub credential stays in %s for now: %s", path.name, exc)
            return token
        with self.db.write() as conn:
            conn.execute(
                update(SyncState)
                .where(SyncState.id == 1, SyncState.token_store == "file")
                .values(token_store=self.kind)
            )
        path.unlink(missing_ok=True)
        log.info("Moved the hub credential from %s into the database.", path.name)
        return token


# -- in the OS keyring ---------------------------------------------------------------------
class KeyringTokenStore:
    """The token in the OS keyring through the ``keyring`` package."""

    kind = "keyring"

    def __init__(self, backend: Any) -> None:
        self._keyring = backend

    def check(self) -> None:
        return None

    def get(self, device_id: str) -> str | None:
        token = self._keyring.get_password(KEYRING_SERVICE, device_id)
        return token if isinstance(token, str) else None

    def put(self, device_id: str, token: str) -> None:
        self._keyring.set_password(KEYRING_SERVICE, device_id, token)

    def delete(self, device_id: str) -> None:
        with contextlib.suppress(Exception):  # already gone: nothing to delete
            self._keyring.delete_password(KEYRING_SERVICE, device_id)


def usable_keyring() -> Any | None:
    """The ``keyring`` module when it is installed and has a real backend, else None."""
    try:
        keyring = importlib.import_module("keyring")
        backend = keyring.get_keyring()
    except Exception:
        return None
    priority = getattr(backend, "priority", 0)
    name = type(backend).__module__ + "." + type(backend).__name__
    if not isinstance(priority, int | float) or priority < 1 or "fail" in name or "null" in name:
        return None
    return keyring


def default_token_store(db: Database) -> TokenStore:
    keyring = usable_keyring()
    return KeyringTokenStore(keyring) if keyring is not None else DatabaseTokenStore(db)


def token_store_for(db: Database, kind: str) -> TokenStore:
    """The store a paired device put its token in (``sync_state.token_store``); "file"
    (an older version's) is read by the database store, which moves it in."""
    if kind == "keyring":
        keyring = usable_keyring()
        if keyring is not None:
            return KeyringTokenStore(keyring)
    return DatabaseTokenStore(db)
