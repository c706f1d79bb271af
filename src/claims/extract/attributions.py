"""Attributions: direct quotes and reported speech with speakers (guide section 2)."""
from .models import Claim


def find_attributions(text: str) -> list[Claim]:
    """Direct and indirect attributions in ``text``, speakers resolved."""
    return []
