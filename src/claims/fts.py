"""Full-text search over claims: the FTS5 table and the triggers that keep it in step.

The SQL lives here, in one place, because a batch migration that rebuilds ``claims``
silently drops its triggers: any such migration must call ``create_triggers`` again.
The shape is sqlite-utils' ``enable_fts(..., create_triggers=True)``: an external-content
FTS5 table (``content="claims"``) keyed on the claim's rowid (its ``id``).
"""

FTS_TABLE = "claims_fts"
COLUMNS = ("text", "sentence", "speaker")

_columns = ", ".join(f"[{c}]" for c in COLUMNS)
_new_values = ", ".join(f"new.[{c}]" for c in COLUMNS)
_old_values = ", ".join(f"old.[{c}]" for c in COLUMNS)

CREATE_TABLE = f"CREATE VIRTUAL TABLE [{FTS_TABLE}] USING FTS5 ({_columns}, content=[claims])"

# Fills the index from the rows already in ``claims`` (the content table).
REBUILD = f"INSERT INTO [{FTS_TABLE}]([{FTS_TABLE}]) VALUES('rebuild')"

TRIGGERS = {
    "claims_ai": f"""CREATE TRIGGER [claims_ai] AFTER INSERT ON [claims] BEGIN
  INSERT INTO [{FTS_TABLE}] (rowid, {_columns}) VALUES (new.rowid, {_new_values});
END""",
    "claims_ad": f"""CREATE TRIGGER [claims_ad] AFTER DELETE ON [claims] BEGIN
  INSERT INTO [{FTS_TABLE}] ([{FTS_TABLE}], rowid, {_columns}) VALUES('delete', old.rowid, {_old_values});
END""",
    "claims_au": f"""CREATE TRIGGER [claims_au] AFTER UPDATE ON [claims] BEGIN
  INSERT INTO [{FTS_TABLE}] ([{FTS_TABLE}], rowid, {_columns}) VALUES('delete', old.rowid, {_old_values});
  INSERT INTO [{FTS_TABLE}] (rowid, {_columns}) VALUES (new.rowid, {_new_values});
END""",
}


def create_triggers(executor) -> None:
    """(Re)create the triggers; ``executor`` is anything with ``execute(sql)``,
    such as a sqlite3 connection or ``alembic.op``."""
    for name, sql in TRIGGERS.items():
        executor.execute(f"DROP TRIGGER IF EXISTS [{name}]")
        executor.execute(sql)


def create(executor) -> None:
    """Create the FTS table, index the existing claims and keep it in step from now on."""
    executor.execute(CREATE_TABLE)
    executor.execute(REBUILD)
    create_triggers(executor)


def drop(executor) -> None:
    for name in TRIGGERS:
        executor.execute(f"DROP TRIGGER IF EXISTS [{name}]")
    executor.execute(f"DROP TABLE IF EXISTS [{FTS_TABLE}]")
