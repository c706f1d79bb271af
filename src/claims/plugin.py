"""Datasette plugin for the claims review desk (being built)."""
