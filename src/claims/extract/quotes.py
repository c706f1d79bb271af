"""Quotation spans: pair quote marks paragraph by paragraph.

Marks pair by type: curly doubles with curly doubles, straight with straight,
singles with singles. Whether a straight mark opens or closes is read from its
neighbours (space before and a letter after opens). A letter on both sides of
a single mark makes it an apostrophe (``Britain’s``, ``haven't``); a single
closing mark with no opener is a plural possessive (``drivers'``).

A quotation never crosses a paragraph: news style leaves a quote that runs on
open at the paragraph end and reopens it in the next paragraph, and each part
is its own quotation. A new opening mark of the same type also ends an open
quotation (``"A. "B."`` is two). So an unbalanced mark can at worst run to
the end of its paragraph, never through the document.
"""
import re
from typing import NamedTuple

# type of each mark: which family it pairs within and whether it opens (1),
# closes (-1) or depends on its neighbours (0)
_MARKS = {
    "“": ("curly", 1), "”": ("curly", -1),
    "«": ("angle", 1), "»": ("angle", -1),
    '"': ("straight", 0),
    "‘": ("single", 1), "’": ("single", -1), "'": ("single", 0),
}
# A quote mark; a single mark between two letters or digits is an apostrophe
# (``Britain’s``), skipped here because apostrophes are half of all marks. One
# pattern per mark: the regex engine skips to one literal character many times
# faster than to any character of a class.
_NOT_APOSTROPHE = "(?!(?<=[^\\W_][‘’'])[^\\W_])"  # [^\W_]: what str.isalnum accepts
_MARK_PASSES = tuple((mark, re.compile(re.escape(mark) + _NOT_APOSTROPHE)) for mark in _MARKS)
_OPEN_BEFORE = " \t([{/–—-“‘\"'«:"  # ``read:"We want…``
_SINGLE_FAMILIES = ("single",)


class Quote(NamedTuple):
    """The words between a pair of quote marks (marks excluded).

    ``open_at`` is the opening mark's offset, ``close_at`` the closing mark's
    (-1 when the paragraph or a new opening mark ended the quotation);
    ``nested`` is true inside another quotation.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    nested: bool


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text`` with at least one word, in document order."""
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []  # open marks of the current paragraph: (family, offset)
    paragraph_end = -1
    marks = [m for mark, pattern in _MARK_PASSES if mark in text for m in pattern.finditer(text)]
    marks.sort(key=re.Match.start)
    for m in marks:
        at = m.start()
        if at > paragraph_end:  # the first mark of a new paragraph
            _close_paragraph(text, stack, paragraph_end, found)
            paragraph_end = text.find("\n", at)
            if paragraph_end < 0:
                paragraph_end = len(text)
        family, direction = _MARKS[m.group()]
        if direction == 0 or family == "single":
            direction = _direction(text, at, family, direction)
            if direction == 0:
                continue
        open_same = _find_open(stack, family)
        if direction > 0:
            if open_same is not None and family not in _SINGLE_FAMILIES:
                # a new opening mark of the same type ends the open quotation
                _close(text, stack, open_same, at, -1, found)
            stack.append((family, at))
        elif open_same is not None:
            _close(text, stack, open_same, at, at, found)
    _close_paragraph(text, stack, paragraph_end, found)
    found.sort(key=lambda q: (q.start, q.end))
    return found


def _close_paragraph(text: str, stack: list, end: int, found: list) -> None:
    """A paragraph's end closes its innermost open double quotation; the rest are dropped.

    A single mark still open here was a stray (``'Networks like…," it said``), not an
    outer quotation: what opened after it is not nested in it."""
    stray = stack[0][1] if stack and stack[0][0] in _SINGLE_FAMILIES else -1
    for i in range(len(stack) - 1, -1, -1):
        family, _ = stack[i]
        if family not in _SINGLE_FAMILIES:
            _close(text, stack, i, end, -1, found)
            break
    stack.clear()
    if stray >= 0:
        # the quotations that opened after the stray mark are the last found: any that opened
        # before it also closed before it (closing a quotation drops the marks opened inside)
        first = len(found)
        while first > 0 and found[first - 1].open_at > stray:
            first -= 1
        after = found[first:]
        for i, q in enumerate(after, first):
            if q.nested:
                found[i] = q._replace(nested=any(o.open_at < q.open_at and q.end <= o.end for o in after))


def _direction(text: str, at: int, family: str, given: int) -> int:
    """1 opening, -1 closing, 0 not a quote mark (ambiguous). A line break next to
    the mark counts as the space it is."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if given:
        if given < 0 and family == "single" and before.isspace():
            return 0  # ’ after a space: an elision like ’90s, not a close
        return given
    opens = before in _OPEN_BEFORE or before.isspace()
    closes = not before.isspace()
    if opens and not after.isspace():
        return 1
    if closes:
        return -1
    return 0


def _find_open(stack: list[tuple[str, int]], family: str) -> int | None:
    """The innermost open mark of ``family``; a single mark cannot close past a double."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i][0] == family:
            return i
        if family in _SINGLE_FAMILIES:
            return None
    return None


def _close(text: str, stack: list, index: int, stop: int, close_at: int, found: list) -> None:
    _, open_at = stack[index]
    del stack[index:]
    start, end = open_at + 1, stop
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        found.append(Quote(start, end, open_at, close_at, nested=bool(stack)))
