"""Opening the database: an engine with foreign keys on, migrated by Alembic to head."""
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

DEFAULT_DB = "claims.db"


class DatabaseError(Exception):
    """The database is missing or not usable; the message says what to do."""


def migrations_dir() -> Path:
    """The Alembic scripts: inside the installed package, or the checkout's migrations/."""
    packaged = Path(__file__).parent / "migrations"
    return packaged if packaged.is_dir() else Path(__file__).parents[2] / "migrations"


def default_metadata() -> Path:
    """The Datasette metadata.yml: inside the installed package, or the checkout's."""
    packaged = Path(__file__).parent / "metadata.yml"
    return packaged if packaged.is_file() else Path(__file__).parents[2] / "metadata.yml"


def engine_for(db_path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", _configure_connection)
    return engine


def _configure_connection(dbapi_connection, _record):
    dbapi_connection.execute("PRAGMA foreign_keys = ON")
    # In WAL mode NORMAL never corrupts; it only skips an fsync per commit (per document).
    dbapi_connection.execute("PRAGMA synchronous = NORMAL")


def alembic_config(db_path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return config


def migrate(db_path, revision: str = "head") -> None:
    """Create or upgrade the database at ``db_path`` to ``revision``."""
    engine = engine_for(db_path)
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode = WAL")
    config = alembic_config(db_path)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def is_at_head(db_path) -> bool:
    head = ScriptDirectory.from_config(alembic_config(db_path)).get_current_head()
    engine = engine_for(db_path)
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    engine.dispose()
    return current == head


def open_database(db_path, create: bool = False) -> Engine:
    """An engine on a database at the newest schema.

    With ``create``, a missing or older database is migrated to head; without it,
    a missing database is an error (nothing is created by reading commands).
    """
    path = Path(db_path)
    if not path.exists() and not create:
        raise DatabaseError(f"no database at {db_path}: run `claims ingest PATH --db {db_path}` first")
    try:
        if create:
            migrate(db_path)
        elif not is_at_head(db_path):
            raise DatabaseError(f"{db_path} is not at the newest schema: run `claims migrate --db {db_path}`")
    except DBAPIError as e:  # not a SQLite file, a folder that does not exist, no permission...
        raise DatabaseError(f"cannot use {db_path} as a claims database: {e.orig}") from None
    return engine_for(db_path)
