"""The command line, as a user runs it (click's CliRunner, real files and SQLite)."""
import csv
import io
import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from claims.cli import cli
from conftest import SEEDS


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def invoke(*args):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return invoke


def test_every_command_has_help_with_an_example(run):
    for command in ("extract", "ingest", "review", "export", "serve", "migrate"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output
        # Every command but extract (which never touches a database) takes --db.
        assert ("--db" in result.output) == (command != "extract")


def test_python_dash_m_claims_is_the_same_command():
    result = subprocess.run([sys.executable, "-m", "claims", "extract", "--help"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.startswith("Usage: claims extract")


def test_extract_writes_one_json_object_per_claim_without_a_database(run, tmp_path):
    result = run("extract", SEEDS / "001_5943dc243e994366.txt", "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records
    assert {"doc", "kind", "start", "end", "text", "value", "unit", "approx", "measure", "phrase",
            "speaker", "cue"} == set(records[0])
    assert any(r["text"] == "£29.4 million" and r["value"] == 29_400_000 for r in records)
    assert not list(tmp_path.glob("*.db"))


def test_extract_quantities_emits_quantity_records_with_a_change(run):
    result = run("extract", "--quantities", SEEDS / "000_74a6cc407a6e7f1c.txt")
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records and {r["kind"] for r in records} == {"quantity"}
    assert all("change" in r for r in records)


def test_ingest_reports_a_summary_and_is_idempotent(run):
    first = run("ingest", SEEDS)
    assert first.exit_code == 0
    assert "5 new" in first.output and "0 failed" in first.output
    second = run("ingest", SEEDS)
    assert "0 new" in second.output and "5 skipped" in second.output


def test_ingest_goes_on_past_a_bad_file_and_exits_nonzero(run, seeds_copy):
    (seeds_copy / "broken.txt").write_bytes(b"\xff\xfe\x00binary")
    result = run("ingest", seeds_copy, "missing-folder/file.txt")
    assert result.exit_code == 1
    assert "5 new" in result.output and "2 failed" in result.output
    assert "broken.txt: binary" in result.output
    assert "missing-folder/file.txt: No such file" in result.output


def test_review_then_export_the_queue(run):
    run("ingest", SEEDS)
    out = run("export", "--kind", "statistic", "--status", "unverified").output
    queue = list(csv.DictReader(io.StringIO(out)))
    assert queue and {row["status"] for row in queue} == {"unverified"}
    first = queue[0]["id"]

    result = run("review", first, "--status", "verified", "--note", "checked", "--reviewer", "ann")
    assert result.exit_code == 0 and "unverified -> verified" in result.output
    with sqlite3.connect("claims.db") as conn:
        assert conn.execute("SELECT reviewer, note FROM reviews").fetchall() == [("ann", "checked")]

    after = list(csv.DictReader(io.StringIO(
        run("export", "--kind", "statistic", "--status", "unverified").output)))
    assert [r["id"] for r in after] == [r["id"] for r in queue[1:]]


def test_export_columns_match_the_unverified_statistics_view(run):
    run("ingest", SEEDS)
    header = run("export").output.splitlines()[0].split(",")
    with sqlite3.connect("claims.db") as conn:
        view = [d[0] for d in conn.execute("SELECT * FROM unverified_statistics").description]
    assert header == view


def test_export_json_and_to_a_file(run, tmp_path):
    run("ingest", SEEDS)
    result = run("export", "--format", "json", "-o", "all.json")
    records = json.loads((tmp_path / "all.json").read_text())
    assert f"{len(records)} claims written to all.json" in result.output
    assert {r["kind"] for r in records} <= {"statistic", "direct", "indirect"}


@pytest.mark.parametrize("args, message", [
    (("review", "999999", "--status", "verified"), "no claim with id 999999"),
    (("review", "1", "--status", "maybe"), "Invalid value for '--status'"),
    (("export", "--db", "nowhere.db"), "no database at nowhere.db"),
    (("ingest", SEEDS, "--db", "no/such/folder/claims.db"), "cannot use no/such/folder/claims.db"),
    (("export", "--db", "notes.txt"), "cannot use notes.txt as a claims database: file is not a database"),
])
def test_bad_input_is_a_clear_error(run, tmp_path, args, message):
    run("ingest", SEEDS)
    (tmp_path / "notes.txt").write_text("not a database, but words")
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.output
