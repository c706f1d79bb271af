"""The review desk's web layer: pure helpers used by the Datasette plugin."""
