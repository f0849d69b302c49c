"""drop allocations, oversell overrides, conflicts flagged by the hub and their resolutions

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 10:00:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FACTS = ("drop_overrides", "conflict_resolutions")


def upgrade() -> None:
    """Upgrade schema: new tables only (nothing existing is rebuilt)."""
    op.create_table(
        "drop_allocations",
        sa.Column("drop_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("edition_size", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["drop_id"], ["drops.id"]),
        sa.PrimaryKeyConstraint("drop_id"),
    )
    op.create_table(
        "drop_overrides",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("drop_id", sa.String(length=36), nullable=False),
        sa.Column("sale_id", sa.String(length=36), nullable=False),
        sa.Column("units_over", sa.Integer(), nullable=False),
        sa.Column("allocated", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_drop_overrides_drop_id", "drop_overrides", ["drop_id"], unique=False)
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("flagged_at", sa.DateTime(), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "conflict_resolutions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("conflict_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("resolved_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_conflict_resolutions_conflict_id", "conflict_resolutions", ["conflict_id"], unique=False
    )
    for table in _FACTS:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are facts and cannot change'); END"
            )


def downgrade() -> None:
    """Downgrade schema (for developers; the app only ever upgrades)."""
    for table in _FACTS:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    op.drop_index("ix_conflict_resolutions_conflict_id", table_name="conflict_resolutions")
    op.drop_table("conflict_resolutions")
    op.drop_table("sync_conflicts")
    op.drop_index("ix_drop_overrides_drop_id", table_name="drop_overrides")
    op.drop_table("drop_overrides")
    op.drop_table("drop_allocations")
