"""Ingest: each document once, every claim pointing exactly into its text, reviews kept."""
import sqlite3

import pytest
from sqlmodel import Session, select

from claims import store
from claims.db import engine_for
from claims.documents import read_document
from claims.extract import Claim
from claims.models import ClaimRecord, Document
from claims.review import record_review
from claims.store import ingest_document, ingest_paths
from conftest import SEEDS


def rows(db_path, sql, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()


def test_ingesting_the_seeds_twice_stores_five_documents_once(db_path):
    engine = engine_for(db_path)
    first = ingest_paths(engine, [SEEDS])
    second = ingest_paths(engine, [SEEDS])
    assert (first.new, first.skipped, first.failed) == (5, 0, [])
    assert (second.new, second.skipped, second.claims_stored) == (0, 5, 0)
    assert rows(db_path, "SELECT count(*) FROM documents") == [(5,)]
    assert rows(db_path, "SELECT count(*) FROM claims")[0][0] == first.claims_stored > 0


def test_every_stored_claim_is_its_documents_text_at_its_span(seeded_db):
    claims = rows(seeded_db, "SELECT c.text, c.start, c.\"end\", d.text FROM claims c"
                             " JOIN documents d ON d.id = c.document_id")
    assert claims
    for text, start, end, document_text in claims:
        assert document_text[start:end] == text


@pytest.mark.parametrize("seed, text, value, unit, approx, phrase", [
    ("000_74a6cc407a6e7f1c.txt", "38%", 38, "percent", "", "38% surge"),
    ("001_5943dc243e994366.txt", "£29.4 million", 29_400_000, "GBP", "up to", "£29.4 million"),
    ("000_74a6cc407a6e7f1c.txt", "5,000", 5000, "count", "over", "over 5,000 young people"),
])
def test_the_three_examples_of_the_brief_are_stored_exactly(seeded_db, seed, text, value, unit,
                                                            approx, phrase):
    found = rows(seeded_db, "SELECT c.value, c.unit, c.approx, c.phrase, c.status FROM claims c"
                            " JOIN documents d ON d.id = c.document_id"
                            " WHERE c.kind = 'statistic' AND c.text = ? AND d.path LIKE ?",
                 text, f"%{seed}")
    assert len(found) == 1
    stored_value, stored_unit, stored_approx, stored_phrase, status = found[0]
    assert (stored_value, stored_unit, stored_approx) == (value, unit, approx)
    assert phrase in stored_phrase
    assert status == "unverified"


def test_a_bad_file_among_good_ones_is_reported_and_the_rest_stored(db_path, seeds_copy):
    (seeds_copy / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (seeds_copy / "latin1.txt").write_bytes(b"Caf\xe9 prices rose 5%.")
    report = ingest_paths(engine_for(db_path), [seeds_copy])
    assert report.new == 5
    assert sorted(p.rsplit("/", 1)[-1] for p, _ in report.failed) == ["image.txt", "latin1.txt"]
    assert rows(db_path, "SELECT count(*) FROM documents") == [(5,)]


def test_a_failing_extraction_stores_nothing_of_that_document(db_path, seeds_copy, monkeypatch):
    real_extract = store.extract

    def extract_failing_on_mosques(text):
        if "mosques" in text:
            raise RuntimeError("extractor bug")
        return real_extract(text)

    monkeypatch.setattr(store, "extract", extract_failing_on_mosques)
    report = ingest_paths(engine_for(db_path), [seeds_copy])
    assert report.new + len(report.failed) == 5
    assert all("extractor bug" in reason for _, reason in report.failed)
    stored = {p for (p,) in rows(db_path, "SELECT path FROM documents")}
    assert not any("mosques" in read_document(p).text for p in stored)


def test_a_newer_extractor_refreshes_claims_and_keeps_every_review(db_path, tmp_path, monkeypatch):
    doc = tmp_path / "report.txt"
    doc.write_text("Costs rose 12% and 40 staff left.")
    engine = engine_for(db_path)
    fake = [Claim(kind="statistic", start=11, end=14, text="12%", value=12, unit="percent"),
            Claim(kind="statistic", start=19, end=21, text="40", value=40, unit="count"),
            Claim(kind="statistic", start=0, end=5, text="Costs", value=1, unit="count")]
    monkeypatch.setattr(store, "extract", lambda text: fake)
    ingest_document(engine, read_document(doc))
    ids = dict(rows(db_path, "SELECT text, id FROM claims"))
    with sqlite3.connect(db_path) as conn:
        record_review(conn, ids["Costs"], "not_a_claim", "alice", "a word, not a number")
        record_review(conn, ids["12%"], "verified", "alice")

    # Version 2 no longer finds "Costs" nor "40", and finds the 12% with a better measure.
    monkeypatch.setattr(store, "EXTRACTOR_VERSION", "2")
    monkeypatch.setattr(store, "extract", lambda text: [
        fake[0].model_copy(update={"measure": "costs"})])
    assert ingest_document(engine, read_document(doc)) == ("updated", 1)

    after = {text: (status, measure) for text, status, measure in
             rows(db_path, "SELECT text, status, measure FROM claims")}
    assert after == {"12%": ("verified", "costs"),            # refreshed, status kept
                     "Costs": ("not_a_claim", "")}            # reviewed: kept
    assert rows(db_path, "SELECT count(*) FROM reviews") == [(2,)]
    assert ingest_document(engine, read_document(doc)) == ("skipped", 0)


def test_claims_are_stored_as_unverified_by_the_current_extractor(seeded_db):
    with Session(engine_for(seeded_db)) as session:
        claims = session.exec(select(ClaimRecord)).all()
        documents = session.exec(select(Document)).all()
    assert {c.status for c in claims} == {"unverified"}
    assert {c.extractor_version for c in claims} == {d.extractor_version for d in documents} \
        == {store.EXTRACTOR_VERSION}
