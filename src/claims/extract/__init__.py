"""Pure extraction: text in, pydantic claims out. No database here.

    >>> from claims.extract import extract
    >>> [c.text for c in extract("Sales rose 38% last year.") if c.kind == "statistic"]
    ['38%']
"""
from .attributions import find_attributions
from .models import Claim
from .statistics import find_quantities, find_statistics

EXTRACTOR_VERSION = "0.1.0"

__all__ = ["Claim", "EXTRACTOR_VERSION", "extract", "extract_quantities"]


def extract(text: str) -> list[Claim]:
    """Every statistic and attribution in ``text``, in document order.

    A statistic that lies inside an attribution's span carries its speaker.
    """
    attributions = find_attributions(text)
    statistics = [_with_speaker(s, attributions) for s in find_statistics(text)]
    return sorted(statistics + attributions, key=lambda c: (c.start, c.end, c.kind))


def extract_quantities(text: str) -> list[Claim]:
    """Every quantity mention (``kind="quantity"``), claim-worthy or not."""
    return find_quantities(text)


def _with_speaker(statistic: Claim, attributions: list[Claim]) -> Claim:
    if statistic.speaker:
        return statistic
    holders = [a for a in attributions
               if a.speaker and a.start <= statistic.start and statistic.end <= a.end]
    if not holders:
        return statistic
    # The innermost span is the most specific source (a quote inside reported speech).
    holder = min(holders, key=lambda a: a.end - a.start)
    return statistic.model_copy(update={"speaker": holder.speaker})
