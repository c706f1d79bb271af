"""claims_fts follows the claims table: after insert, update and delete, and after migrating."""
import sqlite3

import pytest
from claims import fts
from claims.db import engine_for, migrate

from review_desk_data import BUDGET, add_claim, add_document, create_database


def search(conn, query):
    return [row[0] for row in conn.execute(
        "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid", (query,))]


def trigger_names(conn):
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


@pytest.fixture
def engine(tmp_path):
    engine = create_database(tmp_path / "claims.db")
    yield engine
    engine.dispose()


@pytest.fixture
def conn(tmp_path, engine):
    conn = sqlite3.connect(tmp_path / "claims.db")
    yield conn
    conn.close()


def test_the_triggers_exist_at_head(conn):
    assert set(fts.TRIGGERS) <= trigger_names(conn)


def test_an_inserted_claim_is_found_by_text_sentence_and_speaker(engine, conn):
    document = add_document(engine, "budget", BUDGET)
    claim = add_claim(engine, document, "12%", sentence="We will spend 12% more on schools",
                      speaker="Jane Smith")
    assert search(conn, '"12"') == [claim]
    assert search(conn, "schools") == [claim]
    assert search(conn, "speaker:smith") == [claim]


def test_an_updated_claim_is_found_by_its_new_text_only(engine, conn):
    document = add_document(engine, "budget", BUDGET)
    claim = add_claim(engine, document, "4.2%", speaker="Office for National Statistics")
    conn.execute("UPDATE claims SET speaker = 'Jane Smith' WHERE id = ?", (claim,))
    conn.commit()
    assert search(conn, "smith") == [claim]
    assert search(conn, "statistics") == []


def test_a_deleted_claim_is_no_longer_found(engine, conn):
    document = add_document(engine, "budget", BUDGET)
    claim = add_claim(engine, document, "4.2%", speaker="Jane Smith")
    conn.execute("DELETE FROM claims WHERE id = ?", (claim,))
    conn.commit()
    assert search(conn, "smith") == []
    # The index holds exactly what the content table holds.
    conn.execute("INSERT INTO claims_fts(claims_fts) VALUES('integrity-check')")


def test_claims_stored_before_the_fts_migration_are_indexed_by_it(tmp_path):
    path = tmp_path / "claims.db"
    migrate(path, "0002")
    engine = engine_for(path)
    document = add_document(engine, "budget", BUDGET)
    claim = add_claim(engine, document, "4.2%", speaker="Jane Smith")
    engine.dispose()

    migrate(path)

    conn = sqlite3.connect(path)
    assert search(conn, "smith") == [claim]
    assert set(fts.TRIGGERS) <= trigger_names(conn)
    conn.close()


def test_create_triggers_restores_triggers_lost_to_a_table_rebuild(engine, conn):
    for name in fts.TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    fts.create_triggers(conn)
    document = add_document(engine, "budget", BUDGET)
    claim = add_claim(engine, document, "4.2%", speaker="Jane Smith")
    assert search(conn, "smith") == [claim]


def test_downgrade_drops_the_fts_table_and_triggers(tmp_path):
    from alembic import command
    from claims.db import alembic_config

    path = tmp_path / "claims.db"
    migrate(path)
    command.downgrade(alembic_config(path), "0002")
    conn = sqlite3.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert not {n for n in names if n.startswith("claims_fts")}
    assert not set(fts.TRIGGERS) & names
    conn.close()
