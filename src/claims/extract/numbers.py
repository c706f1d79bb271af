"""Number surfaces to values: digits, number words, fractions and scale words.

The patterns here match lower-cased text; ``statistics`` lower-cases a document
once and runs them anchored at candidate positions.
"""
import re

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
# Denominators of fraction words, singular and plural ("a third", "two-thirds").
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "twentieth": 20, "twentieths": 20, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000,
}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12, "dozen": 12,
}
# Vague magnitudes count as their unit (guide section 3): "thousands" is 1000.
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
         "millions": 1e6, "billions": 1e9, "trillions": 1e12}
# "several hundred", "a few thousand": vague magnitudes, valued like "hundreds", "thousands".
FEW_MAGNITUDES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12}
FEW = re.compile(r"(?:several|a\s+few)\s+(hundred|thousand|million|billion|dozen)\b")
# "double", "treble" and "triple" are also adjectives ("double act"); the others are
# always multipliers ("a fivefold rise", "grew tenfold").
MULTIPLIERS = {"twice": 2, "double": 2, "treble": 3, "triple": 3,
               **{word + "fold": value for word, value in SMALL_NUMBERS.items() if 2 <= value <= 10}}


def _alternation(words) -> str:
    # Longest first, so that "seventeen" is not cut to "seven".
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT_WORD = _alternation(k for k in SMALL_NUMBERS if k != "zero" and SMALL_NUMBERS[k] < 10)
_BELOW_HUNDRED = rf"(?:(?:{_alternation(TENS)})(?:[- ](?:{_UNIT_WORD})\b)?|{_alternation(SMALL_NUMBERS)})"
_BELOW_THOUSAND = (rf"(?:(?:{_BELOW_HUNDRED}|an?)\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?"
                   rf"|{_BELOW_HUNDRED})")

# Words that can start a number, for the fast candidate scan (fractions and
# vague amounts included; "a"/"an" only before a scale or fraction word).
START_WORDS = (
    [w for w in SMALL_NUMBERS if w != "zero"] + list(TENS) + list(VAGUE) + list(MULTIPLIERS)
    + ["half"]
)
A_BEFORE = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "third",
            "quarter", "fifth", "tenth"]

# A number written in words: "four", "twenty-five", "two hundred and ten".
WORD_NUMBER = re.compile(rf"{_BELOW_THOUSAND}\b")
# A number in digits: "5,000", "29.4", ".5".
DIGIT_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?|\.\d+")
# A fraction word after a numerator: "a third", "two-thirds", "three quarters".
FRACTION_TAIL = re.compile(rf"[\s-]+({_alternation(FRACTIONS)})\b")
# A scale after a number: "1.5 million", "£4bn", "30k", "two thousand".
SCALE_TAIL = re.compile(
    r"(?:\s*(?:bn|mn|mln|tn)|m|k|\s+(?:thousand|million|billion|trillion|dozen))\b"
    r"(?:\s+(?:thousand|million|billion|trillion)\b)?"
)
# "hundreds of thousands", "tens of millions".
VAGUE_TAIL = re.compile(r"\s+of\s+(thousands|millions|billions)\b")


_WORD_GAP = re.compile(r"[\s-]+")


def word_value(words: str) -> float:
    """The value of a number in words matched by ``WORD_NUMBER``: "two hundred and ten" -> 210."""
    if words in SMALL_NUMBERS:  # the usual case: one word
        return float(SMALL_NUMBERS[words])
    total = 0.0
    for word in _WORD_GAP.split(words):
        if word == "hundred":
            total = (total or 1) * 100
        elif word in SMALL_NUMBERS:
            total += SMALL_NUMBERS[word]
        elif word in TENS:
            total += TENS[word]
        elif word in ("a", "an"):
            total += 1
    return total


def digit_value(digits: str) -> float:
    """"5,000" -> 5000.0, "29.4" -> 29.4."""
    return float(digits.replace(",", ""))


def scale_value(scale: str) -> float:
    """The multiplier of a scale tail: " million" -> 1e6, "bn" -> 1e9, " thousand million" -> 1e9."""
    value = 1.0
    for word in scale.split():
        value *= SCALES.get(word, 1.0)
    return value
