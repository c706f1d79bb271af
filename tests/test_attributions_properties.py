"""Properties of find_attributions that hold for any text: it never raises, every
span points into the text, and the same text always gives the same claims."""
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extract.attributions import _Document, find_attributions
from claims.extract.quotes import find_quotes

# Texts made of the pieces attribution finding reacts to: quote marks of every
# kind, cue words, names, titles, sentence ends and paragraph breaks.
PIECES = st.sampled_from([
    "\"", "“", "”", "‘", "’", "'", "«", "»", " ", " ", " ", "\n", "\n\n", ".", ",", ":", "?", "-",
    "said", "says", "told the BBC", "according to", "warned that", "found", "he", "she", "it",
    "Mr", "Lord", "Tony Blair", "Blair", "the mayor", "the company", "EFF", "a spokesman for",
    "Home Office", "The", "figures", "that", "We will win", "it's", "drivers'", "(", ")",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=80).map("".join),
    st.text(max_size=300),
    st.lists(PIECES, min_size=200, max_size=400).map(lambda p: "".join(p).replace("\n", " ")),
)
FAST = settings(max_examples=200, deadline=None)


@FAST
@given(TEXTS)
@example('said  "')  # a cue before a lone mark: once an empty source phrase
@example("“A,” “B,” ‘C’ said he, ‘D’.\n\n“")
@example("According to")
def test_never_raises_and_spans_point_into_the_text(text):
    for claim in _Document(text).attributions():  # unguarded: a bug fails here
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text
        assert claim.kind in ("direct", "indirect")


@FAST
@given(TEXTS)
def test_is_deterministic(text):
    assert find_attributions(text) == find_attributions(text)


@FAST
@given(TEXTS)
def test_quotations_stay_inside_their_paragraph(text):
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert "\n" not in text[q.start:q.end]


@FAST
@given(st.lists(st.sampled_from(["“", "”", "\"", "‘", "’", "'", "word", " ", "said"]), max_size=60)
       .map("".join))
def test_unbalanced_quote_marks_never_reach_the_next_paragraph(text):
    document = text + "\n\nClosing paragraph."
    for claim in find_attributions(document):
        assert "Closing paragraph" not in claim.text


def test_a_huge_paragraph_without_sentence_ends_is_handled():
    text = ("he said that " + "the plan would work and " * 4000) + "“it will” she said"
    claims = find_attributions(text)
    assert all(text[c.start:c.end] == c.text for c in claims)
