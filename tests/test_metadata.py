"""metadata.yml describes the whole schema, and its canned queries answer the main questions."""
import sqlite3
from pathlib import Path

import pytest
from datasette.app import Datasette
from datasette.utils import parse_metadata

from review_desk_data import BUDGET, add_claim, add_document, create_database

METADATA = parse_metadata((Path(__file__).parents[1] / "metadata.yml").read_text())
DATABASE = METADATA["databases"]["claims"]


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "claims.db"
    engine = create_database(path)
    budget = add_document(engine, "budget", BUDGET)
    other = add_document(engine, "follow-up", "Unemployment is 4.2% says the ONS.")
    add_claim(engine, budget, "4.2%", value=4.2, unit="percent", speaker="Jane Smith")
    add_claim(engine, budget, "12%", value=12.0, unit="percent", speaker="Jane Smith")
    add_claim(engine, other, "4.2%", value=4.2, unit="percent", speaker="ONS")
    engine.dispose()
    return path


@pytest.fixture
async def ds(db_path):
    datasette = Datasette([str(db_path)], metadata=METADATA)
    await datasette.invoke_startup()
    return datasette


def test_every_table_view_and_column_has_a_description(db_path):
    with sqlite3.connect(db_path) as conn:
        names = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'claims_fts_%'"
            " AND name != 'alembic_version'")]
        for name in names:
            described = DATABASE["tables"].get(name, {})
            assert described.get("description"), name
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{name}])")]
            assert set(described.get("columns", {})) == set(columns), name


def test_claims_are_faceted_searchable_and_labelled():
    claims = DATABASE["tables"]["claims"]
    assert claims["facets"] == ["kind", "status", "unit", "speaker", "document_id"]
    assert (claims["fts_table"], claims["fts_pk"], claims["label_column"]) == ("claims_fts", "id", "text")


async def rows(ds, query, **params):
    response = await ds.client.get(f"/claims/{query}.json", params={"_shape": "objects", **params})
    assert response.status_code == 200, response.text
    return response.json()["rows"]


async def test_review_queue_lists_unverified_statistics(ds):
    # In document order: the budget (12% comes before 4.2% in it), then the follow-up.
    assert [r["text"] for r in await rows(ds, "review_queue")] == ["12%", "4.2%", "4.2%"]


async def test_statistics_by_speaker_counts_each_speakers_figures(ds):
    counts = {r["speaker"]: r["statistics"] for r in await rows(ds, "statistics_by_speaker")}
    assert counts == {"Jane Smith": 2, "ONS": 1}


async def test_claims_by_speaker_matches_part_of_a_name(ds):
    assert {r["speaker"] for r in await rows(ds, "claims_by_speaker", speaker="smith")} == {"Jane Smith"}


async def test_recently_reviewed_starts_empty(ds):
    assert await rows(ds, "recently_reviewed") == []


async def test_repeated_figures_finds_a_value_and_unit_in_two_documents(ds):
    [figure] = await rows(ds, "repeated_figures")
    assert (figure["value"], figure["unit"], figure["documents"], figure["claims"]) == (4.2, "percent", 2, 2)


async def test_claim_ids_in_query_results_and_export_views_link_to_the_claim(ds):
    queue = (await ds.client.get("/claims/review_queue")).text
    view = (await ds.client.get("/claims/unverified_statistics")).text
    for html in (queue, view):
        assert '<a href="/claims/claims/1">1</a>' in html
