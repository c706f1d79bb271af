"""Full-text search over claims (FTS5 table claims_fts and its triggers).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 21:20:00
"""
from typing import Sequence, Union

from alembic import op

from claims import fts

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    fts.create(op)


def downgrade() -> None:
    fts.drop(op)
