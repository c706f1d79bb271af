"""The ``claims`` command line: a thin click layer over the library."""
import asyncio
import getpass
import json
import sqlite3
import sys
from contextlib import closing

import click

from .db import DEFAULT_DB, DatabaseError, default_metadata, open_database
from .documents import DocumentError, find_documents, read_document
from .export import export_rows, write_csv, write_json
from .extract import extract, extract_quantities
from .models import KINDS, STATUSES
from .review import ReviewError, record_review
from .store import ingest_paths
from .web.server import build_datasette, sign_in_url
from .web.server import serve as run_server


@click.group()
@click.version_option(package_name="claims")
def cli():
    """Find statistics and attributions in news text, store and review them.

    \b
    Quick start:
        claims ingest seeds/          # extract and store in claims.db
        claims serve                  # review in Datasette on 127.0.0.1:8001
    """


@cli.command(name="extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object per claim per line.")
@click.option("--quantities", is_flag=True,
              help="Emit every quantity mention (kind \"quantity\") instead of claims.")
def extract_command(paths, fmt, quantities):
    """Extract claims from files or folders to stdout, without a database.

    \b
    Example:
        claims extract seeds/ --format jsonl > claims.jsonl
    """
    finder = extract_quantities if quantities else extract
    failed = 0
    for path in find_documents(paths):
        try:
            document = read_document(path)
        except DocumentError as e:
            click.echo(f"error: {path}: {e}", err=True)
            failed += 1
            continue
        for claim in finder(document.text):
            sys.stdout.write(json.dumps(claim.to_jsonl_record(document.path), ensure_ascii=False) + "\n")
    sys.exit(1 if failed else 0)


def db_option(command):
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False), help="SQLite database file.")(command)


def _open_or_exit(db_path, create=False):
    try:
        return open_database(db_path, create=create)
    except DatabaseError as e:
        raise click.ClickException(str(e)) from None


@cli.command()
@db_option
def migrate(db_path):
    """Create the database, or upgrade it to the newest schema.

    \b
    Example:
        claims migrate --db claims.db
    """
    _open_or_exit(db_path, create=True).dispose()
    click.echo(f"{db_path}: at the newest schema")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
def ingest(paths, db_path):
    """Extract claims from files and folders (.txt, .md) and store them.

    Idempotent: a document whose content is already stored is skipped (or
    re-extracted, keeping every review, when the extractor is newer). A file
    that cannot be read is reported and the batch goes on; the exit code is 1
    if any file failed.

    \b
    Example:
        claims ingest seeds/ reports/annual.txt --db claims.db
    """
    engine = _open_or_exit(db_path, create=True)
    documents = find_documents(paths)
    if sys.stderr.isatty():
        with click.progressbar(length=len(documents), label="Ingesting", file=sys.stderr,
                               item_show_func=lambda p: str(p) if p else None) as bar:
            report = ingest_paths(engine, documents, on_document=lambda p: bar.update(1, p))
    else:
        report = ingest_paths(engine, documents)
    for path, reason in report.failed:
        click.echo(f"error: {path}: {reason}", err=True)
    click.echo(report.summary())
    sys.exit(1 if report.failed else 0)


@cli.command()
@click.argument("claim_id", type=int)
@click.option("--status", required=True, type=click.Choice(STATUSES), help="The new status.")
@click.option("--note", default="", help="Why: what the reviewer found.")
@click.option("--evidence", "evidence_url", default="", help="URL of the evidence.")
@click.option("--reviewer", default=getpass.getuser, show_default="your login name",
              help="Who reviewed it.")
@db_option
def review(claim_id, status, note, evidence_url, reviewer, db_path):
    """Set a claim's status and record the review in the audit log.

    \b
    Example:
        claims review 12 --status verified --note "Matches ONS table 3" \\
            --evidence https://www.ons.gov.uk/...
    """
    _open_or_exit(db_path).dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        try:
            row = record_review(conn, claim_id, status, reviewer, note, evidence_url)
        except ReviewError as e:
            raise click.ClickException(str(e)) from None
    click.echo(f"claim {claim_id}: {row['old_status']} -> {row['new_status']} (by {reviewer})")


@cli.command()
@click.option("--status", type=click.Choice(STATUSES), help="Only claims with this status.")
@click.option("--kind", type=click.Choice(KINDS), help="Only claims of this kind.")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv",
              show_default=True, help="CSV with a header row, or a JSON array.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of stdout.")
@db_option
def export(status, kind, fmt, output, db_path):
    """Export stored claims with their document path and title.

    \b
    Example (the review queue: every unverified statistic):
        claims export --status unverified --kind statistic -o unverified.csv
    """
    _open_or_exit(db_path).dispose()
    writer = write_csv if fmt == "csv" else write_json
    with closing(sqlite3.connect(db_path)) as conn:
        columns, rows = export_rows(conn, status=status, kind=kind)
        if output is None:
            writer(sys.stdout, columns, rows)
            return
        with open(output, "w", encoding="utf-8", newline="") as out:
            count = writer(out, columns, rows)
    click.echo(f"{count} claims written to {output}", err=True)


@cli.command()
@click.option("--port", default=8001, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; 127.0.0.1 keeps it on this machine.")
@click.option("--metadata", "metadata_path", type=click.Path(exists=True, dir_okay=False),
              default=None, help="Datasette metadata file [default: the project's metadata.yml].")
@db_option
def serve(port, host, metadata_path, db_path):
    """Browse and review the claims in Datasette.

    Prints a one-time sign-in link for you (the root actor, who may review).

    \b
    Example:
        claims serve --db claims.db --port 8001
    """
    _open_or_exit(db_path).dispose()
    datasette = build_datasette(db_path, metadata_path or default_metadata())
    asyncio.run(datasette.invoke_startup())
    click.echo(f"Serving {db_path} at http://{host}:{port}/claims/claims")
    click.echo("Sign in as root (may review) with this one-time link:")
    click.echo(sign_in_url(datasette, host, port))
    run_server(datasette, host, port)
