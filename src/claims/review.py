"""The review workflow: change a claim's status and append the audit row, atomically.

Works on a plain ``sqlite3`` connection so that the CLI and the Datasette plugin
(inside ``execute_write_fn``) share one implementation.
"""
import sqlite3
from datetime import UTC, datetime

from .models import STATUSES


class ReviewError(ValueError):
    """A review that cannot be recorded; nothing was changed."""


class UnknownClaim(ReviewError):
    pass


class InvalidStatus(ReviewError):
    pass


def timestamp() -> str:
    """Now, in the format SQLModel stores datetimes in (UTC)."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def record_review(conn: sqlite3.Connection, claim_id: int, status: str, reviewer: str,
                  note: str = "", evidence_url: str = "") -> dict:
    """Set claim ``claim_id`` to ``status`` and log it in ``reviews``; returns the log row."""
    if status not in STATUSES:
        raise InvalidStatus(f"invalid status {status!r}: choose one of {', '.join(STATUSES)}")
    if not reviewer:
        raise ReviewError("a review needs a reviewer")
    now = timestamp()
    with conn:  # one transaction: both rows or neither
        row = conn.execute("SELECT status FROM claims WHERE id = ?", (claim_id,)).fetchone()
        if row is None:
            raise UnknownClaim(f"no claim with id {claim_id}")
        old_status = row[0]
        conn.execute("UPDATE claims SET status = ?, updated_at = ? WHERE id = ?",
                     (status, now, claim_id))
        cursor = conn.execute(
            "INSERT INTO reviews (claim_id, old_status, new_status, reviewer, note, evidence_url,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (claim_id, old_status, status, reviewer, note or "", evidence_url or "", now))
    return {"id": cursor.lastrowid, "claim_id": claim_id, "old_status": old_status,
            "new_status": status, "reviewer": reviewer, "note": note or "",
            "evidence_url": evidence_url or "", "created_at": now}
