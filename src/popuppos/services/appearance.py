"""How this stall's screen looks: the light theme, the dark one, or whatever the system uses.

Kept per device in the ``settings`` table under one key (``appearance.theme``): a bright
market stall and a dim evening venue may want different themes on the same shop. The app
reads it at start (``ui.app.run_app``) and Settings → Appearance changes it (applied at
once). A stored value that is not one of the choices (edited by hand) reads as the default.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from popuppos.core.i18n import translate
from popuppos.services.errors import ServiceError
from popuppos.store.db import Database
from popuppos.store.models import Setting

KEY = "appearance.theme"
LIGHT, DARK, SYSTEM = "light", "dark", "system"
CHOICES = (LIGHT, DARK, SYSTEM)
DEFAULT = LIGHT


def load_appearance(conn: Connection) -> str:
    """The saved choice: ``"light"``, ``"dark"`` or ``"system"``."""
    raw = conn.execute(select(Setting.value).where(Setting.key == KEY)).scalar_one_or_none()
    if raw is None:
        return DEFAULT
    try:
        value = json.loads(raw)
    except ValueError:
        return DEFAULT
    return value if isinstance(value, str) and value in CHOICES else DEFAULT


def get_appearance(db: Database) -> str:
    with db.read() as conn:
        return load_appearance(conn)


def save_appearance(db: Database, choice: str) -> str:
    """Keep ``choice`` for this device; anything but the three choices is refused."""
    if choice not in CHOICES:
        raise ServiceError(
            translate(
                "services/appearance", "The look is light, dark or the system's, not {choice}."
            ).format(choice=repr(choice))
        )
    raw = json.dumps(choice)
    with db.write() as conn:
        stmt = sqlite_insert(Setting).values(key=KEY, value=raw)
        conn.execute(stmt.on_conflict_do_update(index_elements=[Setting.key], set_={"value": raw}))
    return choice
