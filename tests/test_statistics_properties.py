"""Properties of the statistics extractor on any text: it never raises, every claim
points at its own surface text, and the output is deterministic."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract import extract
from claims.extract.statistics import find_quantities, find_statistics

# Pieces that exercise the grammar: digits and separators, signs, currencies,
# number and scale words, units, approximators, quotes and line breaks.
PIECES = [
    "0", "1", "7", "12", "1,000", "2004", "3.5", ",", ".", "%", "£", "$", "€", "US$", "&#163;",
    "-", "–", "+", "/", ":", "(", ")", ";", " ", " ", " ", "\n", "\n\n", '"', "'", "“", "”", "‘", "’",
    "one", "two", "twenty-five", "a", "an", "half", "third", "quarters", "twice", "double", "times",
    "in", "out of", "every", "hundred", "hundreds", "hundredth", "thousand", "thousands", "of", "million", "m", "bn", "k", "p",
    "per cent", "percentage points", "euros", "cents", "yuan", "USD", "mph", "mg", "years", "year-old",
    "aged", "over", "more than", "up to", "about", "plus", "between", "and", "to", "January", "May",
    "No", "Channel", "Mr", "İ", "ß", "The", "said", "m", "metres", "tall", "the", "women's", "(", "Street",
    "Downing", "aged", "figure", "#", "=", "1.80", "0870",
]

texts = st.one_of(
    st.text(max_size=200),
    st.text(alphabet="0123456789,.%£$€-+ \n'\"()", max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join),
)


def assert_points_at_its_text(text, claims):
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start:claim.end] == claim.text


@settings(max_examples=200, deadline=None)
@given(texts)
def test_find_quantities_never_raises_and_points_at_its_text(text):
    claims = find_quantities(text)
    assert_points_at_its_text(text, claims)
    assert all(c.kind == "quantity" for c in claims)
    assert find_quantities(text) == claims


@settings(max_examples=200, deadline=None)
@given(texts)
def test_find_statistics_never_raises_and_points_at_its_text(text):
    claims = find_statistics(text)
    assert_points_at_its_text(text, claims)
    assert all(c.kind == "statistic" and c.text for c in claims)
    assert find_statistics(text) == claims


@settings(max_examples=200, deadline=None)
@given(texts)
def test_extract_never_raises_and_points_at_its_text(text):
    claims = extract(text)
    assert_points_at_its_text(text, claims)
    assert extract(text) == claims


@settings(max_examples=200, deadline=None)
@given(texts)
def test_statistics_are_quantities(text):
    quantity_spans = {(q.start, q.end) for q in find_quantities(text)}
    assert {(s.start, s.end) for s in find_statistics(text)} <= quantity_spans
