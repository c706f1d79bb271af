"""Serving a claims database with Datasette, the review plugin and metadata.yml.

Whatever the file is called, it is served as the database ``claims``: the URLs,
metadata.yml and the review desk's templates all use that name.
"""
import os
from pathlib import Path

import uvicorn
from datasette.app import Datasette
from datasette.database import Database
from datasette.utils import parse_metadata

from ..plugin import DATABASE


def build_datasette(db_path, metadata_path) -> Datasette:
    metadata = parse_metadata(Path(metadata_path).read_text(encoding="utf-8"))
    datasette = Datasette([], metadata=metadata, secret=os.environ.get("DATASETTE_SECRET"))
    datasette.add_database(Database(datasette, path=str(db_path), is_mutable=True), name=DATABASE)
    return datasette


def sign_in_url(datasette: Datasette, host: str, port: int) -> str:
    """The one-time link that signs in the ``root`` actor (as ``datasette --root`` prints)."""
    return f"http://{host}:{port}{datasette.urls.path('-/auth-token')}?token={datasette._root_token}"


def serve(datasette: Datasette, host: str, port: int) -> None:
    uvicorn.run(datasette.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)
