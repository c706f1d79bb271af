"""Sentence boundaries, shared by the statistics and attribution extractors."""
import re
from bisect import bisect_right

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and an opening capital, digit or quote, or at a blank line / line end.
# Abbreviations and initials (Mr. Dr. U.K. J. Smith) are not ends.
_ABBREVIATIONS = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bvs)(?<!\bv)(?<!\bProf)(?<!\bGen)(?<!\bSen)(?<!\bRev)(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bJr)(?<!\bSr)(?<!\bfig)(?<!\be\.g)(?<!\bi\.e)"
_BOUNDARY = re.compile(
    r"\n\s*\n|\n"  # paragraph or line break
    r"|" + _ABBREVIATIONS + r"(?<!\b[A-Z])[.!?…]+['\"’”)\]]*(?=\s+['\"‘“(\[]?[A-Z0-9£$€])"
)


class Sentences:
    """Sentence spans of one text, with lookup of the sentence holding an offset."""

    def __init__(self, text: str):
        self.text = text
        spans = []
        start = 0
        for m in _BOUNDARY.finditer(text):
            end = m.end() if m.group().strip() else m.start()
            if text[start:end].strip():
                spans.append(_strip(text, start, end))
            start = m.end()
        if text[start:].strip():
            spans.append(_strip(text, start, len(text)))
        self.spans: list[tuple[int, int]] = spans
        self._starts = [s for s, _ in spans]

    def __iter__(self):
        return iter(self.spans)

    def span_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``offset``; (offset, offset) if none."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.spans[i][1]:
            return self.spans[i]
        return (offset, offset)

    def sentence_at(self, offset: int) -> str:
        start, end = self.span_at(offset)
        return self.text[start:end]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)
