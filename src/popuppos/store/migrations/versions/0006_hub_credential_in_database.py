"""the hub credential kept in the stall database when the OS offers no keyring

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-15 10:00:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: one new table (a device paired before keeps its token file until
    the sync engine next reads it, which moves it here)."""
    op.create_table(
        "hub_credential",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("token", sa.Text(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("device_id"),
    )


def downgrade() -> None:
    """Downgrade schema (for developers; the app only ever upgrades)."""
    op.drop_table("hub_credential")
