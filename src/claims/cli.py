"""The ``claims`` command line: a thin click layer over the library."""
import json
import sys

import click

from .documents import DocumentError, find_documents, read_document
from .extract import extract, extract_quantities


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
