"""Reviewing: the status changes and the audit log grows, together or not at all."""
import sqlite3

import pytest

from claims.review import InvalidStatus, ReviewError, UnknownClaim, record_review


@pytest.fixture
def conn(seeded_db):
    with sqlite3.connect(seeded_db) as connection:
        connection.execute("INSERT INTO claims (document_id, kind, start, \"end\", text, sentence,"
                           " phrase, unit, approx, measure, speaker, cue, extractor_version,"
                           " created_at, updated_at) VALUES (1, 'statistic', 0, 1, 'x', '', '',"
                           " 'count', '', '', '', '', 'test', '2025-01-01', '2025-01-01')")
        connection.commit()
        yield connection


def claim_id(conn):
    return conn.execute("SELECT max(id) FROM claims").fetchone()[0]


def test_review_changes_status_and_appends_the_audit_row(conn):
    cid = claim_id(conn)
    record_review(conn, cid, "false", "alice", "ONS says 12%", "https://ons.gov.uk/x")
    assert conn.execute("SELECT status FROM claims WHERE id = ?", (cid,)).fetchone() == ("false",)
    assert conn.execute("SELECT claim_id, old_status, new_status, reviewer, note, evidence_url"
                        " FROM reviews").fetchall() == [
        (cid, "unverified", "false", "alice", "ONS says 12%", "https://ons.gov.uk/x")]


def test_each_review_is_logged_with_the_status_it_replaced(conn):
    cid = claim_id(conn)
    record_review(conn, cid, "verified", "alice")
    record_review(conn, cid, "misleading", "bob")
    assert conn.execute("SELECT old_status, new_status, reviewer FROM reviews ORDER BY id").fetchall() \
        == [("unverified", "verified", "alice"), ("verified", "misleading", "bob")]


@pytest.mark.parametrize("cid, status, error", [
    (10**9, "verified", UnknownClaim),
    (None, "correct", InvalidStatus),
    (None, "verified; DROP TABLE claims", InvalidStatus),
])
def test_bad_reviews_change_nothing(conn, cid, status, error):
    before = conn.execute("SELECT id, status FROM claims").fetchall()
    with pytest.raises(error):
        record_review(conn, cid or claim_id(conn), status, "alice")
    assert conn.execute("SELECT id, status FROM claims").fetchall() == before
    assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (0,)


def test_a_review_needs_a_reviewer(conn):
    with pytest.raises(ReviewError):
        record_review(conn, claim_id(conn), "verified", "")


def test_the_audit_log_is_append_only(conn):
    record_review(conn, claim_id(conn), "verified", "alice")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE reviews SET reviewer = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM reviews")


def test_the_database_refuses_an_unknown_status(conn):
    with pytest.raises(sqlite3.IntegrityError, match="ck_claims_status"):
        conn.execute("UPDATE claims SET status = 'maybe'")
