"""Sentence boundaries, shared by the statistics and attribution extractors."""
import re
from bisect import bisect_right
from functools import lru_cache

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and an opening capital, digit or quote (also a quote opening with a
# bracket: ``"[Oil prices] will…``), or at a blank line / line end.
# Abbreviations and initials (Mr. Dr. U.K. J. Smith) are not ends.
# The pattern starts with the end character so that the regex engine can skip
# ordinary text quickly; the abbreviation look-behinds therefore include the first
# end mark they follow (the trailing "." below).
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "v", "Prof", "Gen", "Sen", "Rev",
                  "Inc", "Co", "Ltd", "Jr", "Sr", "fig", r"e\.g", r"i\.e")


def _not_after(abbreviations) -> str:
    """Look-behinds that reject an end mark after an abbreviation or initial, one per
    abbreviation length (a look-behind needs a fixed width): four checks, not twenty."""
    by_width: dict[int, list[str]] = {1: ["[A-Z]"]}
    for abbreviation in abbreviations:
        by_width.setdefault(len(abbreviation.replace("\\", "")), []).append(abbreviation)
    return "".join(rf"(?<!\b(?:{'|'.join(group)}).)" for _, group in sorted(by_width.items()))


_NOT_AFTER = _not_after(_ABBREVIATIONS)
_NEXT_OPENS = r"(?=\s+['\"‘“(\[]?[(\[]?[A-Z0-9£$€])"
_AFTER_END = (
    r"(?:(?<=\n)(?:\s*\n)?"  # line break, or blank lines as one break
    r"|(?<=[.!?…])" + _NOT_AFTER + r"[.!?…]*['\"’”)\]]*" + _NEXT_OPENS
    # a closing quote after a capital's full stop ends a quotation, not an initial:
    # ``since Prisoner Cell Block H." Labour had…``
    + r"|(?<=[A-Z]\.)['\"’”]+" + _NEXT_OPENS + ")"
)
_BOUNDARY = re.compile(r"[\n.!?…]" + _AFTER_END)
# The engine skips to one literal character many times faster than to any of a
# class: a text without ! ? … takes one pass for line breaks and one for full
# stops instead (their matches never overlap: a break is only whitespace, an end
# only marks and closing quotes).
_LINE_BREAK = re.compile(r"\n" + _AFTER_END)
_FULL_STOP = re.compile(r"\." + _AFTER_END)


class Sentences:
    """Sentence spans of one text, with lookup of the sentence holding an offset.

    ``Sentences.of(text)`` shares one instance between the extractors that
    split the same text.
    """

    @classmethod
    def of(cls, text: str) -> "Sentences":
        return _cached_sentences(text)

    def __init__(self, text: str):
        self.text = text
        # Where each sentence ends and the next one's text begins: a line break ends
        # the sentence before it; an end mark is part of it.
        if "!" in text or "?" in text or "…" in text:
            cuts = [(at if text[at] == "\n" else after, after)
                    for at, after in (m.span() for m in _BOUNDARY.finditer(text))]
        else:
            cuts = sorted([m.span() for m in _LINE_BREAK.finditer(text)]
                          + [(m.end(), m.end()) for m in _FULL_STOP.finditer(text)])
        cuts.append((len(text), len(text)))
        spans = []
        start = 0
        for end, after in cuts:  # inline, not a helper: this runs once per sentence
            sentence = text[start:end].rstrip()
            if sentence:  # without its surrounding whitespace, unless it is blank
                spans.append((start + len(sentence) - len(sentence.lstrip()), start + len(sentence)))
            start = after
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


@lru_cache(maxsize=4)
def _cached_sentences(text: str) -> Sentences:
    return Sentences(text)
