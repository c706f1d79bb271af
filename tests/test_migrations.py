"""Migrations: the schema is only ever made by Alembic, and data survives every step."""
import sqlite3

from alembic import command
from alembic.script import ScriptDirectory

from claims.db import alembic_config, is_at_head, migrate
from claims.review import record_review


def snapshot(db_path):
    with sqlite3.connect(db_path) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("documents", "claims", "reviews")}


def schema_objects(db_path):
    with sqlite3.connect(db_path) as conn:
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


def revisions(db_path):
    script = ScriptDirectory.from_config(alembic_config(db_path))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_a_new_database_is_migrated_to_head(db_path):
    assert is_at_head(db_path)
    assert {"documents", "claims", "reviews", "claim_export", "unverified_statistics"} \
        <= schema_objects(db_path)


def test_every_migration_steps_down_and_up_again_on_a_populated_database(seeded_db):
    with sqlite3.connect(seeded_db) as conn:
        claim_id = conn.execute("SELECT min(id) FROM claims").fetchone()[0]
        record_review(conn, claim_id, "verified", "alice", "checked")
    before, objects = snapshot(seeded_db), schema_objects(seeded_db)
    config = alembic_config(seeded_db)
    # Down to the first revision (tables only) one step at a time, then back up.
    for revision in reversed(revisions(seeded_db)[:-1]):
        command.downgrade(config, revision)
        assert snapshot(seeded_db) == before
    migrate(seeded_db)
    assert snapshot(seeded_db) == before
    assert schema_objects(seeded_db) == objects
    assert is_at_head(seeded_db)


def test_downgrading_to_base_removes_everything_and_head_rebuilds_it(seeded_db):
    objects = schema_objects(seeded_db)
    command.downgrade(alembic_config(seeded_db), "base")
    assert schema_objects(seeded_db) <= {"alembic_version"}
    migrate(seeded_db)
    assert schema_objects(seeded_db) == objects


def test_the_unverified_statistics_view_follows_reviews(seeded_db):
    with sqlite3.connect(seeded_db) as conn:
        count = conn.execute("SELECT count(*) FROM unverified_statistics").fetchone()[0]
        expected = conn.execute("SELECT count(*) FROM claims"
                                " WHERE kind = 'statistic' AND status = 'unverified'").fetchone()[0]
        assert count == expected > 0
        first = conn.execute("SELECT id FROM unverified_statistics").fetchone()[0]
        record_review(conn, first, "verified", "alice")
        assert conn.execute("SELECT count(*) FROM unverified_statistics").fetchone()[0] == count - 1
