"""``python -m claims``: the ``claims`` command, for environments without the script."""
from .cli import cli

cli(prog_name="claims")
