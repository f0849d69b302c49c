"""Alembic environment: runs on the connection PopupPOS hands it (see store/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from popuppos.store import (  # noqa: F401  (registers their tables)
    drop_models,
    partner_models,
    pass_models,
    sync_models,
)
from popuppos.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # `alembic` on the command line (developers): -x db=PATH
        db = context.get_x_argument(as_dictionary=True).get("db", "dev.sqlite")
        engine = create_engine(f"sqlite:///{db}")
        with engine.begin() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    context.run_migrations()


run()
