"""Untrusted document text as safe HTML, with spans (claims, sentences) marked.

Every character of the text goes through ``markupsafe.escape``; the only markup is
what this module writes. Spans may overlap or nest (a statistic inside a quote): the
text is cut at every span boundary and each piece is marked with its innermost span,
so overlaps never produce broken or interleaved tags.
"""
from dataclasses import dataclass

from markupsafe import Markup, escape

# A claim's paragraph is shown whole unless it is longer than this many characters
# on either side of the claim (text without blank lines can be one huge "paragraph").
MAX_CONTEXT = 600


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css_class: str
    href: str = ""
    title: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start


def highlight(text: str, spans: list[Span], offset: int = 0) -> Markup:
    """``text`` (which starts at ``offset`` in its document) as HTML with ``spans`` marked."""
    end_of_text = offset + len(text)
    spans = [s for s in spans if s.start < s.end and s.start < end_of_text and s.end > offset]
    cuts = sorted({offset, end_of_text}
                  | {min(max(p, offset), end_of_text) for s in spans for p in (s.start, s.end)})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a - offset:b - offset])
        covering = [s for s in spans if s.start <= a and s.end >= b]
        pieces.append(_mark(piece, covering) if covering else piece)
    return Markup("").join(pieces)


def _mark(piece: Markup, covering: list[Span]) -> Markup:
    innermost = min(covering, key=lambda s: (s.length, -s.start))
    title = Markup(' title="{}"').format(innermost.title) if innermost.title else ""
    mark = Markup('<mark class="{} depth-{}"{}>{}</mark>').format(
        innermost.css_class, len(covering), title, piece)
    if innermost.href:
        return Markup('<a class="span-link" href="{}">{}</a>').format(innermost.href, mark)
    return mark


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The blank-line-delimited paragraph(s) around ``text[start:end]``, at most
    ``MAX_CONTEXT`` characters either side of it."""
    begin = text.rfind("\n\n", 0, start)
    begin = 0 if begin == -1 else begin + 2
    finish = text.find("\n\n", end)
    finish = len(text) if finish == -1 else finish
    return max(begin, start - MAX_CONTEXT), min(finish, end + MAX_CONTEXT)


def locate(text: str, needle: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``needle`` occurs in ``text`` covering ``[start, end)``, if it does."""
    if not needle:
        return None
    position = text.find(needle, max(0, end - len(needle)))
    while position != -1 and position <= start:
        if position + len(needle) >= end:
            return position, position + len(needle)
        position = text.find(needle, position + 1)
    return None
