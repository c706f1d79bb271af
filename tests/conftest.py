"""Shared fixtures: real SQLite databases built by migrating to head."""
import shutil
from pathlib import Path

import pytest

from claims.db import engine_for, migrate
from claims.store import ingest_paths

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture
def db_path(tmp_path) -> Path:
    """An empty database at the newest schema."""
    path = tmp_path / "claims.db"
    migrate(path)
    return path


@pytest.fixture
def seeded_db(db_path) -> Path:
    """The database with the five seed documents ingested."""
    engine = engine_for(db_path)
    ingest_paths(engine, [SEEDS])
    engine.dispose()
    return db_path


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A writable copy of seeds/, to add bad files beside the good ones."""
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    return folder
