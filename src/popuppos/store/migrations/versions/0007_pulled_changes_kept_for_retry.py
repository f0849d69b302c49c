"""a pulled change that cannot apply yet is kept, so the sync engine can retry it

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-16 10:00:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: one plain ADD COLUMN (no table rebuild). Changes logged "failed"
    before this revision carry no content and stay as they are."""
    op.add_column("sync_applied", sa.Column("change", sa.Text(), nullable=True))


def downgrade() -> None:
    """Downgrade schema (for developers; the app only ever upgrades)."""
    with op.batch_alter_table("sync_applied", schema=None) as batch_op:
        batch_op.drop_column("change")
