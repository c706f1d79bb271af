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
from dataclasses import dataclass

# type of each mark: which family it pairs within and whether it opens (1),
# closes (-1) or depends on its neighbours (0)
_MARKS = {
    "“": ("curly", 1), "”": ("curly", -1),
    "«": ("angle", 1), "»": ("angle", -1),
    '"': ("straight", 0),
    "‘": ("single", 1), "’": ("single", -1), "'": ("single", 0),
}
_MARK_RE = re.compile("[“”«»\"‘’']")
_OPEN_BEFORE = " \t([{/–—-“‘\"'«"
_SINGLE_FAMILIES = ("single",)


@dataclass(frozen=True)
class Quote:
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
    quotes: list[Quote] = []
    at = _MARK_RE.search(text)
    while at:
        # the paragraph holding the next mark; jump to the next mark past it
        start = text.rfind("\n", 0, at.start()) + 1
        end = text.find("\n", at.start())
        end = len(text) if end < 0 else end
        quotes.extend(_paragraph_quotes(text, start, end))
        at = _MARK_RE.search(text, end)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _paragraph_quotes(text: str, start: int, end: int) -> list[Quote]:
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []  # open marks: (family, offset)
    for m in _MARK_RE.finditer(text, start, end):
        at = m.start()
        family, direction = _MARKS[m.group()]
        if direction == 0 or family == "single":
            direction = _direction(text, at, start, end, family, direction)
        if direction == 0:
            continue
        if direction > 0:
            open_same = _find_open(stack, family)
            if open_same is not None and family not in _SINGLE_FAMILIES:
                # a new opening mark of the same type ends the open quotation
                _close(text, stack, open_same, at, -1, found)
            stack.append((family, at))
        else:
            open_same = _find_open(stack, family)
            if open_same is not None:
                _close(text, stack, open_same, at, at, found)
    for i in range(len(stack) - 1, -1, -1):
        family, _ = stack[i]
        if family not in _SINGLE_FAMILIES:
            _close(text, stack, i, end, -1, found)
            break
    return found


def _direction(text: str, at: int, start: int, end: int, family: str, given: int) -> int:
    """1 opening, -1 closing, 0 not a quote mark (apostrophe or ambiguous)."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if family == "single" and before.isalnum() and after.isalnum():
        return 0  # apostrophe inside a word
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
