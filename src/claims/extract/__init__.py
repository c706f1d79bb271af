"""Pure extraction: text in, pydantic claims out. No database here.

    >>> from claims.extract import extract
    >>> [c.text for c in extract("Sales rose 38% last year.") if c.kind == "statistic"]
    ['38%']
"""
from bisect import bisect_right

from .attributions import find_attributions
from .models import Claim
from .statistics import find_quantities, find_statistics

EXTRACTOR_VERSION = "0.3.0"

__all__ = ["Claim", "EXTRACTOR_VERSION", "extract", "extract_quantities"]


def extract(text: str) -> list[Claim]:
    """Every statistic and attribution in ``text``, in document order.

    A statistic that lies inside an attribution's span carries its speaker.
    """
    attributions = find_attributions(text)
    statistics = _with_speakers(find_statistics(text), attributions)
    return sorted(statistics + attributions, key=lambda c: (c.start, c.end, c.kind))


def extract_quantities(text: str) -> list[Claim]:
    """Every quantity mention (``kind="quantity"``), claim-worthy or not."""
    return find_quantities(text)


def _with_speakers(statistics: list[Claim], attributions: list[Claim]) -> list[Claim]:
    """Give each statistic without a speaker the speaker of the innermost attribution
    holding it (a quote inside reported speech is the more specific source)."""
    spans = sorted(((a.start, a.end, a.speaker) for a in attributions if a.speaker),
                   key=lambda span: span[0])
    if not spans:
        return statistics
    starts = [start for start, _, _ in spans]
    result = []
    for statistic in statistics:
        holder = None
        if not statistic.speaker:
            # only spans starting at or before the statistic can hold it
            for span in spans[:bisect_right(starts, statistic.start)]:
                if statistic.end <= span[1] and (holder is None or span[1] - span[0] < holder[1] - holder[0]):
                    holder = span  # the first of the shortest
        result.append(statistic.model_copy(update={"speaker": holder[2]}) if holder else statistic)
    return result
