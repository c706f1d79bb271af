"""Exporting stored claims as CSV or JSON, with the columns of the ``claim_export`` view."""
import csv
import json
import sqlite3

from .models import KINDS, STATUSES


def export_rows(conn: sqlite3.Connection, status: str | None = None, kind: str | None = None):
    """(columns, rows) of ``claim_export``, filtered by status and kind, in document order.

    ``unverified_statistics`` is this view filtered by kind and status, so an
    export of unverified statistics has exactly that view's columns.
    """
    if status is not None and status not in STATUSES:
        raise ValueError(f"invalid status {status!r}: choose one of {', '.join(STATUSES)}")
    if kind is not None and kind not in KINDS:
        raise ValueError(f"invalid kind {kind!r}: choose one of {', '.join(KINDS)}")
    sql = "SELECT * FROM claim_export WHERE (:status IS NULL OR status = :status)" \
          " AND (:kind IS NULL OR kind = :kind) ORDER BY document_id, start, id"
    cursor = conn.execute(sql, {"status": status, "kind": kind})
    return [d[0] for d in cursor.description], cursor


def write_csv(out, columns, rows) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_json(out, columns, rows) -> int:
    records = [dict(zip(columns, row)) for row in rows]
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(records)
