"""Export views (claim_export, unverified_statistics) and an append-only reviews log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 21:05:00
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# One row per claim with its document's path and title: what `claims export` writes.
CLAIM_EXPORT = """
CREATE VIEW claim_export AS
SELECT c.id, c.document_id, d.path, d.title, c.kind, c.status,
       c.text, c.phrase, c.value, c.unit, c.approx, c.measure,
       c.speaker, c.cue, c.sentence, c.start, c."end",
       c.extractor_version, c.created_at, c.updated_at
FROM claims c JOIN documents d ON d.id = c.document_id
"""

# A view (not a canned query) so that Datasette streams every row as CSV.
UNVERIFIED_STATISTICS = """
CREATE VIEW unverified_statistics AS
SELECT * FROM claim_export
WHERE kind = 'statistic' AND status = 'unverified'
ORDER BY document_id, start
"""

REVIEWS_APPEND_ONLY = [
    """CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
       BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END""",
    """CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
       BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END""",
]


def upgrade() -> None:
    op.execute(CLAIM_EXPORT)
    op.execute(UNVERIFIED_STATISTICS)
    for trigger in REVIEWS_APPEND_ONLY:
        op.execute(trigger)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS reviews_no_delete")
    op.execute("DROP TRIGGER IF EXISTS reviews_no_update")
    op.execute("DROP VIEW IF EXISTS unverified_statistics")
    op.execute("DROP VIEW IF EXISTS claim_export")
