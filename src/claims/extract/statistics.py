"""Statistics: quantity mentions and the claim-worthy ones (guide section 1).

Three layers (docs/extraction.md):

1. *Scan*: two fast regexes find where a number may start: a digit, or a number
   word after a space or opening mark (on the lower-cased text).
2. *Read*: anchored regexes read the number at that position (digits or words),
   then its fraction, ratio, scale and unit; the sign, currency and approximator
   are read from the few characters before it.
3. *Judge*: context rules drop what is not a quantity (dates, years, times,
   ordinals, identifiers, names, determiners, scores) and mark quantities that
   are not claims (ages, durations that only frame events, page furniture).
"""
import re
from dataclasses import dataclass

from . import numbers, quantity_words, units
from .models import Claim
from .patterns import trie_pattern
from .sentences import Sentences


@dataclass(slots=True)
class Mention:
    """A quantity found in a text, before it becomes a ``Claim``."""

    start: int          # of the surface text: currency sign or first digit/word
    end: int
    value: float
    unit: str
    approx: str = ""
    approx_start: int = -1
    change: str = ""
    scaled: bool = False      # a scale word, unit or currency was read with the number
    scale: float = 1.0        # the scale word's multiplier, shared with the other end of a range
    factor: float = 1.0       # 0.01 for pence and cents
    claim: bool = True        # False: a quantity that is not a statistic
    range_end: "Mention | None" = None  # for the left end of a range: the right end


# --- layer 1: where numbers may start -------------------------------------------------

# Both scans test every character of the text against a class, so the classes are
# written for speed: digits as [0-9] on ASCII text (the same as \d there), and the
# white space of \s listed out (a table look-up instead of a Unicode category test).
_DIGITS = re.compile(r"\d[\d,.]*")
_ASCII_DIGITS = re.compile(r"[0-9][0-9,.]*")
_WHITESPACE = r"\t\n\x0b\x0c\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# "one" before a unit of money, percent or measure is an amount ("one per cent", "one
# gigabyte"); not before a unit of time ("one day": a determiner, guide section 1) nor
# one that idioms use ("at one point", "one foot in the door", "one won a medal"); and
# not joined by a hyphen: "one-euro jobs" names a kind of job. "£1 for every one
# megabyte": the unit of a rate, not an amount.
_ONE_UNIT_AFTER = re.compile(r"\s+(?:" + trie_pattern(
    [*(w for w in units.PERCENT_WORDS if w != "%"), *(w for w in units.CURRENCY_WORDS if w not in ("won", "p")),
     *(form for form, unit in units.MEASURES.items()
       if unit not in units.TIME_UNITS and unit not in ("point", "degree", "foot", "inch", "yard"))])
    + r")(?![\w])")
# "one or two buttons", "the next one to three weeks": the low end of a range.
_ONE_RANGE_AFTER = re.compile(r"\s+(?:or|to)\s+(?:" + trie_pattern(
    w for w, value in numbers.SMALL_NUMBERS.items() if 2 <= value <= 10) + r"|\d+)(?![\w-])")
# "one" is a number only before "hundred", a fraction, a scale word ("m" and "k" are
# glued to digits only), a ratio ("one in five"), a unit or the other end of a range;
# elsewhere it is a determiner or pronoun ("one of the") that the reader drops, so the
# scan leaves it out. Before a dash or slash it stays: a dropped number decides how the
# number after the dash is read.
_ONE = (r"one(?=[-–/]|[\s-]+(?:in|out|times|hundred|and\s+a\s+half|"
        + trie_pattern([*numbers.FRACTIONS, *(w for w in numbers.SCALES if len(w) > 1)])
        + ")|" + _ONE_UNIT_AFTER.pattern + "|" + _ONE_RANGE_AFTER.pattern + ")")
_WORD_START = re.compile(
    "[" + _WHITESPACE + r"(\[\"'“‘/—–](?:an?\s+"
    + trie_pattern(numbers.A_BEFORE + list(units.TIME_UNITS) + ["mile"]
                   + ["few " + magnitude for magnitude in numbers.FEW_MAGNITUDES])
    + "|" + trie_pattern([*(w for w in numbers.START_WORDS if w != "one"),
                          *("several " + magnitude for magnitude in numbers.FEW_MAGNITUDES)])
    + "|" + _ONE + r")\b"
)

# --- layer 2: reading a quantity --------------------------------------------------------

# The letters of a number word: the scan found it in ASCII, followed by a word boundary.
_LETTERS = re.compile(r"[a-z]+")

_RATIO_TAIL = re.compile(r"[\s-]+(?:times\s+)?(?:in|out[\s-]+of)[\s-]+(?:every\s+)?(?=[\da-z])")
# After "N in M": a period or a tally, not a population ("lost $4 in five days").
_PERIOD_AFTER = re.compile(r"\s+(?:hours|days|weeks|months|years|attempts)\b")
# "two and a half", "15-and-a-half": the half belongs to the number.
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b")
_TIMES_TAIL = re.compile(r"(?:\s+times|-fold)\b")
_COMPARATIVE = re.compile(r"\s+(?:as|more|less|the|that|what|oversubscribed|[a-z]+er)\b")
# After "second" or "point": "second hand", "a 56-point deal", "a 10 point charter".
_NOT_A_UNIT_AFTER = re.compile(
    r"[\s-]+(?:hand|plan|deal|charter|programme|agenda|strategy|package|manifesto|blueprint)\b")
_ISO_AFTER = re.compile(r"\s?([A-Z]{3})\b")
_OF_A_WORD = re.compile(r" of [a-z]")
_OF_MONEY = re.compile(r"\s+of\s+(pounds|dollars|euros)\b")
_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(thousand|million|billion|trillion)\b")
_HALF_OF = re.compile(r"\s+an?\s+(million|billion|trillion|dozen|hour|day|week|mile)\b")

# Matched on the reversed text before the quantity, so one anchored match finds the
# nearest (longest) approximator.
_APPROX_BEFORE_REVERSED = re.compile(
    r"\s+(" + "|".join(re.escape(a[::-1])
                       for a in sorted(quantity_words.APPROXIMATORS, key=len, reverse=True))
    + r")(?![a-z])"
)
_APPROX_LAST_WORDS = tuple({a.split()[-1] for a in quantity_words.APPROXIMATORS})
_APPROX_LAST_LETTERS = frozenset(word[-1] for word in _APPROX_LAST_WORDS)
# The function words where the words naming what is measured stop.
_STOP = trie_pattern(quantity_words.MEASURE_STOP)
# A lower-case word that is not a function word: what a number counts ("50m passengers").
_COUNTED_NOUN_AFTER = re.compile(rf"\s+(?!(?:{_STOP})\b)[a-z]")

# --- contexts that decide what a number is (layer 3) ------------------------------------

# A plural noun ("cases", "MPs"), not a function word ending in "s".
_PLURAL_NOUN = r"(?!(?:this|does|thus|plus|always|perhaps|whereas)\b)(?:[a-z]{2,}[a-rt-z]|[A-Z]{2,})s\b"

# Dates and times: "12 November", "11-26 March", "14, 20 and 27 April", "October 7", "10am",
# "at 12.30", "190 AD".
_MONTH_AFTER = re.compile(
    r"(?:\s*(?:,|-|–|to|and|or)\s*\d{1,2}(?:st|nd|rd|th)?)*(?:st|nd|rd|th)?(?:\s+of)?"
    r"\s+(?:" + quantity_words.MONTHS + r")\b")
_MONTH_BEFORE = re.compile(r"\b(?:" + quantity_words.MONTHS + r")\.?\s+\Z")
# The second day of "February 16 and 17".
_MONTH_DAY_BEFORE = re.compile(
    r"\b(?:" + quantity_words.MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|or)\s+\Z")
# Hours 1-23: "by 0.25" is a change, not a time.
_CLOCK = re.compile(r"(?:[1-9]|0[1-9]|1\d|2[0-3])\.[0-5]\d")
# A lower-case noun after a four-digit number: "about 1500 people", not "over 2005 as a whole".
_LOWER_NOUN_AFTER = re.compile(rf" (?!(?:{_STOP})\b)[a-z]+\b(?!['’])")

# A time of day in words: "until three (or four) in the morning", "at about ten at night"
# (an hour: not "rose from 12 to 40 at night").
_TIME_OF_DAY_AFTER = re.compile(
    r"(?:\s+(?:or|to)\s+(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
    r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b")
# "or" and "to" before the second end of "until three or four in the morning".
_TIME_PREPOSITIONS = frozenset({"at", "until", "till", "from", "by", "before", "after", "past", "or", "to"})

# The rest of a model code after a dash: "777-200LR", "A380-800F".
_MODEL_CODE_AFTER = re.compile(r"-\d+[A-Z]")

# Ages: "Prince Charles, 56,"; "the film-maker, 68, won" (a role, then a verb after the age).
_AGE_AFTER_NAME = re.compile(r"[A-Z][a-z]+,\s?\Z")
_AGE_AFTER_ROLE = re.compile(r"[a-z],\s?\Z")
_VERB_AFTER_AGE = re.compile(
    r", (?:who|has|had|is|was|won|said|says|will|would|died|became|joined|apologised)\b")
# A name before "at" and a bare number that ends its clause: "Leader of the Opposition at 36."
_NAME_BEFORE_AT = re.compile(r"\b[A-Z][\w'’-]* at \Z")
# A bare number that ends its clause after "she was", "died in Paris at": an age.
_AGE_CLAUSE_END = re.compile(r"[,.;)]|\s+(?:when|at\s+the\s+time|and|with)\b")
# Words before "at N" that make N an age: "the youngest manager at 19", "the age for voting at 21".
_AGE_AT_WORDS = frozenset({"youngest", "oldest", "age"})

# What follows a quantity decides several rules; one anchored match reads it (on the
# lower-cased text). No two alternatives can match at the same place, so the name of
# the group that matched (``lastgroup``) is the one context there is.
_CONTEXT_AFTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in {
    # Dates and times: "190 AD", "10am", "2200 GMT".
    "era": r"\s*(?:ad|bc|bce|ce|a\.d\.|b\.c\.)(?![a-z])",
    "time_of_day": r"\s*(?:am|pm|a\.m\.|p\.m\.|gmt|bst|cet|est|o['’]clock)\b",
    # Ages: "the 45-year-old", "14-16 year olds", "the over-50s".
    "age": r"[\s-]+years?[\s-]+olds?\b|-years?-olds?\b|s\b",
    # Durations that place events in time: "two weeks later", "in two weeks' time",
    # "with 10 minutes left", "two minutes into extra time", "four minutes from time";
    # not "12 hours' worth", "six months' paid leave".
    "framing": r"['’]\s+(?:time|ago)\b|\s+(?:ago|later|earlier|before|after|away|on|since|running|hence"
               r"|from\s+(?:now|time)|between|time|left|remaining|to\s+go|into|(?:of\s+[\w-]+\s+)?left)\b",
    # Page furniture, not claims: "5 mins read", "113 views".
    "furniture": r"(?:\s+mins?)?\s+read\b|\s+(?:views|comments|likes|replies)(?![a-z])",
    # "a six-figure salary", "double-digit growth", "two-way trade", "a two-tier
    # economy": a description, not a count.
    "descriptor": r"[-\s](?:figure|digit)\b|-(?:way|tier)\b",
    # "risen to 120 in the world": a rank after a position word.
    "world": r"\s+in\s+the\s+world\b",
}.items()))

# The noun after a duration used as an adjective: not a function word, an age ("-year-old"),
# "-long" or a period ("a five-year period", "the next four-year cycle": those frame).
_NOUN_AFTER_DURATION = re.compile(
    rf"[\s-](?!(?:{_STOP}|olds?|long|period|periods|spell|span|stretch|window|cycle|time)\b)[a-z]")
# "over a minute behind", "over 20 years old": measured, not a period.
_MEASURED_AFTER_OVER = re.compile(r"\s+(?:old|behind|late|longer|older)\b")

# Street numbers: not quantities.
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)+(?:Street|Road|Avenue|Lane|Square|Place|Drive|Close|Terrace|Gardens|Row)\b")

# A chart or list position shortened after its first mention: "in at number 12 ... at 20".
_CHART_POSITION_BEFORE = re.compile(r"\b(?:at|to|in)\s+number\s+(?!of\b)\w")

# "The last 16", "the last four": knockout rounds, named by how many are left.
_KNOCKOUT_ROUNDS = frozenset({4, 8, 16, 32, 64})

# A line opening with digits and a full name is a numbered list (seedings, charts).
_NAME_AFTER = re.compile(r" [A-Z][\w'-]+ [A-Z]")

# Metres or millions: "the 100m hurdles" (an event), "the 508m tall tower", "£5-6m".
_SPORT_EVENT_AFTER = re.compile(
    r"\s+(?:hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|sprint|dash|race|final"
    r"|champion|championship|title|gold|silver|bronze|medallist|medal|world|record|runner|heats?"
    r"|semi-final|specialist|event|stage|legend|runners|hurdler|star|winner|mark|barrier|leg"
    r"|distance|bend|straight|split|titles|crown|finals|events|finalist|victory|success|hope|season"
    r"|qualifying|ranking|races|indoors?|outdoors?|(?:wo)?man(?!-)|favourites?|line|personal\s+best)\b")
# Two track distances joined by "and"/"or" name events: "the 800m and 1500m", "the marathon and 10,000m".
_TRACK_PAIR_AFTER = re.compile(r"\s+(?:and|or)\s+([\d,]+)m\b")
_TRACK_PAIR_BEFORE = re.compile(r"(?:(?<![\w,.])([\d,]+)m|\bmarathon)\s+(?:and|or)\s+\Z")
_DIMENSION_AFTER = re.compile(
    r"\s*(?:/|tall|taller|high|higher|long|longer|wide|wider|deep|deeper|track|penalty|jump|away"
    r"|\(\d[\d.]*\s*(?:ft|feet|foot|in|inches|yards?|miles?))\b")  # "1.3m (4.2ft)": a conversion
# A race or match time written as a compound duration: "two hours 18 minutes 15 seconds",
# "four hours and five minutes", "one minute 53 secs" (guide section 1: race times).
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})
_CLOCK_NUMBER = r"(?<![\w.])(?:\d+(?:\.\d+)?|" + trie_pattern([*numbers.SMALL_NUMBERS, *numbers.TENS]) + ")"
_COMPOUND_TIME_BEFORE = re.compile(_CLOCK_NUMBER + r"\s+(?:hours?|hrs?|minutes?|mins?)(?:,|\s+and)?\s+\Z")
_COMPOUND_TIME_AFTER = re.compile(r"(?:,|\s+and)?\s+" + _CLOCK_NUMBER + r"\s*(?:minutes?|mins?|seconds?|secs?)\b")
# "over the final 400m", "in the last two kilometres": a stretch of a race places what
# happened in it, like "in the last two months" in time.
_RACE_DISTANCE_UNITS = frozenset({"metre", "kilometre", "mile", "yard"})
_RACE_STRETCH_WORDS = frozenset({"final", "last", "first", "closing", "opening", "remaining"})
# Money earlier in the sentence: "77m euros, up from 38m" is millions of euros.
_MONEY_WORD = re.compile(r"[£$€¥]|\b(?:euros?|dollars|pounds|yen|yuan)\b")
_CURRENCY_RANGE_BEFORE = re.compile(r"[£$€][\d.,]+(?:m|bn)?\s?(?:-|–|to)\s?\Z")
# A scaled amount just before a dash: "$779m-798m" is a range, not a code like "CDP-101".
_SCALED_BEFORE_DASH = re.compile(r"\d(?:m|bn|k)\Z")
_TWO_DECIMALS = re.compile(r"\.\d\d$")


def _scan(text: str) -> tuple[str, list[Mention]]:
    """The lower-cased text and every quantity mention in it, claims and non-claims,
    in document order."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few non-ASCII letters lower-case to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    starts = [m.start() for m in (_ASCII_DIGITS if text.isascii() else _DIGITS).finditer(text)]
    # The padding space lets a word at offset 0 match; its index is the word's start.
    starts += [m.start() for m in _WORD_START.finditer(" " + lowered)]
    mentions: list[Mention] = []
    dropped_end = -1
    for start in sorted(starts):
        if mentions and start < mentions[-1].end:
            continue
        if start <= dropped_end:
            continue
        if start - 1 == dropped_end and lowered[start - 1] in "-–/":
            # The second half of a dropped "2015-18" or "24/7".
            dropped_end = _DIGITS.match(lowered, start).end() if lowered[start].isdigit() else start
            continue
        # The quantity starting there, or (None, the end of what was read) if there is none.
        read = _read_digits if lowered[start].isdigit() else _read_words
        mention, end = read(text, lowered, start)
        if mention is None:
            dropped_end = max(dropped_end, end)
        else:
            mentions.append(mention)
    mentions = _join_ranges(text, lowered, mentions)
    _name_country_currencies(lowered, mentions)
    _share_currency(lowered, mentions)
    return lowered, mentions


def _read_digits(text: str, lowered: str, start: int) -> tuple[Mention | None, int]:
    match = numbers.DIGIT_NUMBER.match(lowered, start)
    end = match.end()
    prev = lowered[start - 1] if start else " "
    after = lowered[end:end + 1]
    # Glued to letters, colons or slashes: p2, G8, MP3, CDP-101, 49:13, 24/7, 1st, v2.0.
    if prev.isalpha() or prev.isdigit() or prev in ":'’#=" or after == "=":
        return None, end
    if prev == "/" and lowered[start - 2:start - 1].isalpha():
        return None, end  # OS/2
    if after in (":", "/", "+") and lowered[end + 1:end + 2].isdigit():
        return None, end
    if after == ")" and lowered[max(0, start - 3):start].rstrip(" ")[-1:] in ("", ".", "!", "?", ":", "\n"):
        return None, end  # "... facts: 1) If they ... 2) The rest": a list item's number
    if prev == "+" and lowered[start - 2:start - 1].isdigit():  # 2+2=5
        return None, end
    if prev in "-." and start >= 2 and lowered[start - 2].isalpha() \
            and not (prev == "-" and _SCALED_BEFORE_DASH.search(lowered, max(0, start - 5), start - 1)):
        return None, end  # CDP-101, but not the right end of "$779m-798m"
    if after == "." and lowered[end + 1:end + 2].isdigit():  # 1.2.3
        return None, end
    if lowered[start] == "0" and end - start > 1 and lowered[start + 1].isdigit():
        return None, end  # 0870, 007: codes, not amounts
    if after in ("'", "’") and lowered[end + 1:end + 2] == "s" and not lowered[end + 2:end + 3].isalpha():
        return None, end  # "the 30's", "70's music", "50's beef": a decade or a name, never a count
    if after == "-" and _MODEL_CODE_AFTER.match(text, end):
        return None, end  # "the 777-200LR": a model code
    value = numbers.digit_value(match.group())
    if _is_year(lowered, match.group(), value, end) and not _approximator(lowered, start)[0]:
        return None, end  # most four-digit numbers in news are years: a fast exit
    mention = Mention(start, end, value, "count")
    _read_sign(lowered, mention)
    return _finish(text, lowered, mention, digits=match.group())


def _is_year(lowered: str, digits: str, value: float, end: int) -> bool:
    return (len(digits) == 4 and 1000 <= value <= 2100 and digits.isdigit()
            and not numbers.SCALE_TAIL.match(lowered, end) and not units.UNIT_AFTER.match(lowered, end))


def _read_sign(lowered: str, mention: Mention) -> None:
    start = mention.start
    if start and lowered[start - 1] in "-−+" and (start < 2 or lowered[start - 2] in " (\n\t"):
        mention.start -= 1
        if lowered[start - 1] != "+":
            mention.value = -mention.value
    elif lowered.endswith("minus ", 0, start):
        mention.value = -mention.value


def _read_words(text: str, lowered: str, start: int) -> tuple[Mention | None, int]:
    word_end = _LETTERS.match(lowered, start).end()
    word = lowered[start:word_end]
    if text[start].isupper() and not _starts_sentence(text, start):
        return None, word_end  # Air Force One, Ocean's Twelve
    if word in numbers.MULTIPLIERS:
        return _read_multiplier(text, lowered, start, word_end, word)
    if word in numbers.VAGUE:
        return _read_vague(text, lowered, start, word_end, word)
    if word == "half":
        return _read_half(text, lowered, start, word_end)
    if word in ("a", "an"):
        return _read_article(text, lowered, start, word_end)
    few = numbers.FEW.match(lowered, start) if word == "several" else None
    if few:
        return _read_few(text, lowered, few)
    match = numbers.WORD_NUMBER.match(lowered, start)
    if match is None:  # "quarter", "third" alone are periods and ordinals
        return None, word_end
    mention = Mention(start, match.end(), numbers.word_value(match.group()), "count")
    fraction = numbers.FRACTION_TAIL.match(lowered, mention.end)
    if fraction:
        return _read_fraction(text, lowered, mention, fraction)
    if lowered.startswith("-time", mention.end):
        return None, mention.end  # "four-time champion"
    if match.group() == "one" and not (numbers.SCALE_TAIL.match(lowered, mention.end)
                                       or _AND_A_HALF.match(lowered, mention.end)
                                       or _ONE_RANGE_AFTER.match(lowered, mention.end)
                                       or _ratio_denominator(lowered, mention.end, 1)
                                       or _ONE_UNIT_AFTER.match(lowered, mention.end)
                                       and lowered[max(0, start - 7):start].split()[-1:] not in
                                       (["every"], ["each"], ["per"])):
        return None, mention.end  # "one of the", "one thing": a determiner or pronoun
    return _finish(text, lowered, mention, digits="")


# A fraction as the subject of a verb: "a fifth rely on it", "a quarter said so".
_VERB_AFTER_FRACTION = re.compile(
    r" (?:are|were|have|had|said|say|think|thought|believe|believed|want|wanted|own|rely|use|used)\b")
# "cut by (about) a fifth if ...": the size of a change, before a function word (not "by a
# third party").
_CHANGE_BY_BEFORE = re.compile(r"\bby (?:about |around |nearly |almost |roughly |more than |over )?\Z")
_STOP_WORD_AFTER = re.compile(rf" (?:{_STOP})\b")
# "a quarter point", "a quarter percentage point"; in "three quarter-point rises" the count.
_POINTS_AFTER = re.compile(r"[\s-]+((?:percentage[\s-]+)?point)(?![\w-])")
_PREPOSITION_APPROXIMATORS = frozenset({"", "about", "over", "under", "above", "below", "some"})


def _read_fraction(text, lowered, mention: Mention, fraction: re.Match) -> tuple[Mention | None, int]:
    """"a third", "two-thirds", "three quarters" as ratios."""
    word = fraction.group(1)
    singular = not word.endswith("s") or word == "halves"
    after = lowered[fraction.end():fraction.end() + 4]
    points = word == "quarter" and _POINTS_AFTER.match(lowered, fraction.end())
    if points and mention.value != 1:
        return _finish(text, lowered, mention, digits="")  # "three quarter-point rises": a count
    if points:  # "a quarter point rise", "a quarter percentage point": the size of a rate move
        mention.unit, factor = units.unit_of(points.group(1))
        mention.value, mention.end = factor / 4, points.end()
        return _judge(text, lowered, mention)
    # "a third term", "a quarter-final": ordinals; "a third of", "by a third.", "nearly a
    # third said", "a fifth rely on it" are fractions ("about a third runway": "about" is
    # also a preposition); "two quarters ahead" are periods.
    if singular and word != "half" and not (
            after.startswith(" of") or after[:1] in ",.;)" or after == ""
            or _VERB_AFTER_FRACTION.match(lowered, fraction.end())
            or _CHANGE_BY_BEFORE.search(lowered, max(0, mention.start - 24), mention.start)
            and _STOP_WORD_AFTER.match(lowered, fraction.end())
            or after[:1] != "-" and _approximator(lowered, mention.start)[0] not in _PREPOSITION_APPROXIMATORS):
        return None, fraction.end()
    if word == "quarters" and not after.startswith(" of") and (
            _approximator(lowered, mention.start)[0] in _PREPOSITION_APPROXIMATORS):
        return None, fraction.end()  # "two quarters ahead": periods; "up to three-quarters fell" counts
    if singular and after[:1] in ",.;)" and lowered.endswith(" in ", 0, mention.start):
        return None, fraction.end()  # "slid in a third,", "a merchant in a third.": an ordinal
    mention.end = fraction.end()
    mention.value = mention.value / numbers.FRACTIONS[word]
    mention.unit = "ratio"
    of_scale = _OF_A_SCALE.match(lowered, mention.end)
    if of_scale:  # "a quarter of a million": a count
        mention.value *= numbers.SCALES[of_scale.group(1)]
        mention.unit, mention.end = "count", of_scale.end()
    elif lowered.startswith(" of a", mention.end):
        unit = units.UNIT_AFTER.match(lowered, mention.end + 5)
        if unit and unit.group("spaced"):  # "a quarter of a percentage point": 0.25 percent
            mention.unit, factor = units.unit_of(unit.group("spaced"))
            mention.value *= factor
            mention.end = unit.end()
    return _judge(text, lowered, mention)


def _read_multiplier(text, lowered, start, end, word) -> tuple[Mention | None, int]:
    """"twice", "double the time", "triple", "fivefold": ratios."""
    if lowered[end:end + 1] == "-":
        return None, end  # "double-digit", "twice-nominated": a description
    if word in ("double", "treble", "triple"):
        next_word = lowered[end:end + 12].split()[:1]
        if not next_word or next_word[0] not in quantity_words.DOUBLE_BEFORE:
            return None, end  # double act, Olympic double
    return _judge(text, lowered, Mention(start, end, float(numbers.MULTIPLIERS[word]), "ratio"))


# A bare "millions" quantifies people or money when a function word or auxiliary follows
# ("infecting millions are", "Hundreds have submitted", "watched by millions in the US"); in
# "£22 billions worth" it is the scale of the number before.
_WORD_AFTER_VAGUE = re.compile(
    r" (?:are|were|have|had|has|can|could|will|would|may|might|who|that|in|on|at|for|to|into|"
    r"from|more|every|each|around|across|worth|when|if|using)\b")


def _read_vague(text, lowered, start, end, word) -> tuple[Mention | None, int]:
    """"thousands", "hundreds of thousands", "millions of pounds"."""
    value = numbers.VAGUE[word]
    tail = numbers.VAGUE_TAIL.match(lowered, end)
    if tail:
        value *= numbers.VAGUE[tail.group(1)]
        end = tail.end()
    elif word == "tens" or word == "scores" and not _OF_A_WORD.match(lowered, end):
        return None, end  # "tens of thousands" and "scores of people" count; not "scores of 6-4"
    if not (lowered.startswith(" of ", end) or lowered[end:end + 1] in ",.;:)"
            or _WORD_AFTER_VAGUE.match(lowered, end) and not lowered[start - 2:start - 1].isdigit()):
        return None, end  # "Millions" the film, "hundreds and hundreds of": no amount of its own
    mention = Mention(start, end, value, "count")
    money = _OF_MONEY.match(lowered, end)
    if money:
        mention.unit = units.unit_of(money.group(1))[0]
        mention.end = money.end()
    return _judge(text, lowered, mention)


def _read_half(text, lowered, start, end) -> tuple[Mention | None, int]:
    """"half of those" 0.5; "half a million" 500000; "half an hour" 0.5 hour."""
    before = lowered[max(0, start - 30):start].split()[-2:]
    if before and before[-1] in quantity_words.HALF_NOT_FRACTION_BEFORE or lowered[end:end + 1] == "-":
        return None, end
    if any(word in quantity_words.DETERMINERS for word in before):
        return None, end  # a half of a pitch or a game: "in their half", "the Italian half"
    of_scale = _HALF_OF.match(lowered, end)
    if of_scale:
        scaled = Mention(start, of_scale.end(), 0.5, "count")
        word = of_scale.group(1)
        if word in numbers.SCALES or word == "dozen":
            scaled.value = 0.5 * numbers.SCALES.get(word, 12)
            return _finish(text, lowered, scaled, digits="")  # "half a billion dollars"
        scaled.unit = units.MEASURES[word]
        return _judge(text, lowered, scaled)
    next_word = lowered[end:end + 15].split()[:1]
    if next_word and next_word[0].rstrip(",.;:!?)") in quantity_words.HALF_NOT_FRACTION_AFTER:
        return None, end
    return _judge(text, lowered, Mention(start, end, 0.5, "ratio"))


def _read_few(text, lowered, few: re.Match) -> tuple[Mention | None, int]:
    """"several hundred", "a few thousand": valued like "hundreds", "thousands"."""
    mention = Mention(few.start(), few.end(), numbers.FEW_MAGNITUDES[few.group(1)], "count")
    return _finish(text, lowered, mention, digits="")  # "several hundred million pounds"


def _read_article(text, lowered, start, end) -> tuple[Mention | None, int]:
    """"a" and "an" as one: "a million", "a third", "a dozen", "up to a week"."""
    few = numbers.FEW.match(lowered, start)
    if few:
        return _read_few(text, lowered, few)
    mention = Mention(start, end, 1.0, "count")
    fraction = numbers.FRACTION_TAIL.match(lowered, end)
    if fraction and fraction.group(1) != "half" or fraction and lowered.startswith(" of", fraction.end()):
        return _read_fraction(text, lowered, mention, fraction)
    hundred = numbers.WORD_NUMBER.match(lowered, start)
    if hundred:  # "a hundred", "a hundred and fifty"
        mention.end, mention.value = hundred.end(), numbers.word_value(hundred.group())
        return _finish(text, lowered, mention, digits="")
    if numbers.SCALE_TAIL.match(lowered, end) and lowered[end:end + 1] == " ":
        return _finish(text, lowered, mention, digits="")
    unit = units.UNIT_AFTER.match(lowered, end)
    if unit and _approximator(lowered, start)[0] or unit and lowered.endswith("average of ", 0, start):
        return _finish(text, lowered, mention, digits="")
    return None, end


def _finish(text: str, lowered: str, mention: Mention, digits: str) -> tuple[Mention | None, int]:
    """Read the ratio, scale, unit and currency after and before the number, then judge it."""
    end = mention.end
    half = lowered.startswith((" and", "-and"), end) and _AND_A_HALF.match(lowered, end)
    if half:  # "two and a half million", "15-and-a-half miles"
        mention.value += 0.5
        end = mention.end = half.end()
    denominator = _ratio_denominator(lowered, end, mention.value)
    if denominator:
        mention.value /= denominator[0]
        mention.unit = "ratio"
        mention.end = denominator[1]
        return _judge(text, lowered, mention)
    times = lowered.startswith((" times", "-fold"), end) and _TIMES_TAIL.match(lowered, end)
    if times:
        mention.end = times.end()
        if times.group().startswith("-") or _COMPARATIVE.match(lowered, mention.end):
            mention.unit = "ratio"  # "three times as many", "10 times faster", "11 times oversubscribed"
        return _judge(text, lowered, mention)
    scale = numbers.SCALE_TAIL.match(lowered, end)
    if scale:
        if scale.group() == "k" and not _currency_before(text, mention.start) \
                and not _CURRENCY_RANGE_BEFORE.search(lowered, max(0, mention.start - 16), mention.start):
            return None, scale.end()  # "5K" race, "16k" memory, "512K" broadband: "k" is thousands only in money
        if scale.group() == "m" and not _currency_before(text, mention.start):
            metres = _read_metres(text, lowered, mention, scale.end(), digits)
            if metres is not None:
                return metres
        mention.scale = numbers.scale_value(scale.group())
        mention.value *= mention.scale
        mention.scaled = True
        end = mention.end = scale.end()
    unit = units.UNIT_AFTER.match(lowered, end)
    spaced = unit.group("spaced") if unit else None
    if spaced and text[unit.start("spaced")].isupper() and (
            spaced in units.MEASURES or spaced + "s" in units.CURRENCY_WORDS and " " not in spaced):
        return None, unit.end()  # a title or name: "60 Minutes", "50 Cent" (money is "50 cents")
    if spaced == "won" and not mention.scaled:
        unit = None  # "won" is the currency only after a scale: "100 trillion won"
    if spaced in units.MEASURES and _currency_before(text, mention.start):
        unit = None  # "$639m year-earlier": money, not a measure
    elif spaced in ("second", "point") and _NOT_A_UNIT_AFTER.match(lowered, unit.end()):
        unit = None  # "six second hand planes", "a five-point plan": what they count, not a unit
    if unit and (unit.group("pence") is None or digits):
        written = unit.group("glued") or unit.group("spaced") or unit.group("pence")
        mention.unit, mention.factor = units.unit_of(written)
        mention.value *= mention.factor
        mention.scaled = True
        mention.end = unit.end()
        if mention.unit == "metre" and _names_event(lowered, mention, digits):
            return None, mention.end  # "the 800 metres runner", "the 60 metres will be": an event
    elif text[end + 1:end + 2].isupper() or text[end:end + 1].isupper():
        code = _ISO_AFTER.match(text, end)
        if code and code.group(1) in units.ISO_CURRENCIES:
            mention.unit, mention.end, mention.scaled = code.group(1), code.end(), True
    if digits and lowered[mention.end:mention.end + 1].isalpha():
        return None, mention.end  # 7c, 3G, 10am, 1990s, 60th, 16k-bit
    _read_currency_before(text, mention)
    return _judge(text, lowered, mention, digits)


def _read_metres(text: str, lowered: str, mention: Mention, end: int,
                 digits: str) -> tuple[Mention | None, int] | None:
    """"m" without a currency is a million before a counted noun or a currency word
    ("50m passengers", "719m euros"), otherwise metres ("a best of 16.50m in the
    triple jump", "the 508m tall tower"); before an event word or after "the"
    or "women's", or joined to another track distance, it names an event ("the
    100m hurdles", "the 800m and 1500m"). One decimal is millions ("a peak of 15.3m")."""
    unit = units.UNIT_AFTER.match(lowered, end)
    if unit and units.unit_of(unit.group().strip(" -"))[0] in units.ISO_CURRENCIES:
        return None
    if _CURRENCY_RANGE_BEFORE.search(lowered, max(0, mention.start - 16), mention.start):
        return None  # the right end of "£5-6m"
    if not _DIMENSION_AFTER.match(lowered, end):
        if _SPORT_EVENT_AFTER.match(lowered, end):
            return None, end  # the 100m hurdles: an event's name
        previous = lowered[max(0, mention.start - 12):mention.start].split()[-1:]
        after_event_word = bool(previous) and previous[0] in quantity_words.EVENT_BEFORE
        if digits in quantity_words.TRACK_DISTANCES and (
                after_event_word or _paired_with_track_distance(lowered, mention.start, end)):
            return None, end  # "the 10,000m five days later", "men's 800m went": an event, whatever follows
        if digits[-2:-1] == ".":
            return None  # "a peak of 15.3m": one decimal is millions; measured marks have two (16.50m)
        if _COUNTED_NOUN_AFTER.match(lowered, end) and not _TWO_DECIMALS.search(digits):
            if "," not in digits:
                return None
            if digits in quantity_words.TRACK_DISTANCES:
                return None, end  # "a 1,500m place": an event; thousands of millions are written "bn"
        if after_event_word or _in_name(text, mention.start):
            return None, end  # the women's 60m, the Athens 10,000m: an event's name
        if _money_earlier_in_sentence(lowered, mention.start):
            return None
        if digits in quantity_words.TRACK_DISTANCES and not quantity_words.EVENT_OWNERS.isdisjoint(previous):
            return None, end  # "his world title over 60m", "her 1500m": an event, not a distance
    mention.unit, mention.scaled, mention.end = "metre", True, end
    return _judge(text, lowered, mention)


def _names_event(lowered: str, mention: Mention, digits: str) -> bool:
    """A distance in metres spelled out that names an athletics event: before an event
    word ("the 800 metres runner") or a standard distance after "the" or "women's"."""
    if _SPORT_EVENT_AFTER.match(lowered, mention.end):
        return True
    previous = lowered[max(0, mention.start - 12):mention.start].split()[-1:]
    return digits in quantity_words.TRACK_DISTANCES and bool(previous) \
        and previous[0] in quantity_words.EVENT_BEFORE


def _paired_with_track_distance(lowered: str, start: int, end: int) -> bool:
    """Joined by "and"/"or" to another track distance or to "marathon": "the 800m and 1500m"."""
    pair = _TRACK_PAIR_AFTER.match(lowered, end) \
        or _TRACK_PAIR_BEFORE.search(lowered, max(0, start - 16), start)
    return bool(pair) and (pair.group(1) is None or pair.group(1) in quantity_words.TRACK_DISTANCES)


def _money_earlier_in_sentence(lowered: str, start: int) -> bool:
    """A currency sign or word between the sentence start (150 characters at most) and ``start``."""
    before = lowered[max(0, start - 150):start]
    return bool(_MONEY_WORD.search(before, before.rfind(". ") + 1))


def _ratio_denominator(lowered: str, end: int, numerator: float) -> tuple[float, int] | None:
    """The M of "N in M", "N out of (every) M", "N times out of M": (value, end)."""
    if not lowered.startswith((" in ", " out ", " times ", "-in-", "-out-"), end):
        return None  # cheap test first: most numbers are not ratios
    ratio = _RATIO_TAIL.match(lowered, end)
    if not ratio:
        return None
    denominator = _number_at(lowered, ratio.end())
    if not denominator or not denominator[0] > abs(numerator) > 0:
        return None
    digits = lowered[ratio.end():denominator[1]]
    if len(digits) == 4 and digits.isdigit() and 1000 <= denominator[0] <= 2100:
        return None  # "one in 1992" is a date
    if _PERIOD_AFTER.match(lowered, denominator[1]):
        return None  # "lost $4 in five days", "four in eight attempts": a number and a period or tally
    return denominator


def _number_at(lowered: str, start: int) -> tuple[float, int] | None:
    """A plain number (digits or words) at ``start``: (value, end)."""
    match = numbers.DIGIT_NUMBER.match(lowered, start)
    if match:
        return numbers.digit_value(match.group()), match.end()
    match = numbers.WORD_NUMBER.match(lowered, start)
    if match:
        return numbers.word_value(match.group()), match.end()
    return None


def _read_currency_before(text: str, mention: Mention) -> None:
    if mention.unit != "count":
        return
    sign = _currency_before(text, mention.start)
    if sign:
        code = sign.group("code")
        mention.unit = code or units.CURRENCY_SIGNS[sign.group().strip()]
        mention.start = sign.start()
        mention.scaled = True


def _currency_before(text: str, start: int) -> re.Match | None:
    """The currency sign or ISO code just before ``start``: "£", "US$", "EUR "."""
    end = start - 1 if text[start - 1:start] == " " else start  # where a sign would end
    prev = text[end - 1:end]
    # Cheap tests first: a sign's last character, or the rupee's "Rs" and "Rs.".
    if not prev or not (prev in "$£€¥₹;" or prev.isupper() or text.endswith(("Rs", "Rs."), 0, end)):
        return None
    sign = units.CURRENCY_SIGN_BEFORE.search(text, max(0, start - 8), start)
    if sign is None or sign.group("code") and sign.group("code") not in units.ISO_CURRENCIES:
        return None
    return sign


def _approximator(lowered: str, start: int) -> tuple[str, int]:
    """The approximator just before ``start`` and where it starts, or ("", -1)."""
    # Cheap tests first: whitespace precedes the number, and before it more whitespace
    # or an approximator's last word (its last letter tested first).
    if not lowered[start - 1:start].isspace():
        return "", -1
    last = lowered[start - 2:start - 1]
    if not last.isspace() and (last not in _APPROX_LAST_LETTERS
                               or not lowered.endswith(_APPROX_LAST_WORDS, 0, start - 1)):
        return "", -1
    window = lowered[max(0, start - 24):start][::-1]
    match = _APPROX_BEFORE_REVERSED.match(window)
    if match is None:
        return "", -1
    approx, approx_start = match.group(1)[::-1], start - match.end()
    if approx == "up to":
        verb = lowered[max(0, approx_start - 12):approx_start].split()[-1:]
        if verb and verb[0] in quantity_words.MOVES_UP:
            return "", -1  # "went up to 5.5%", "added up to 22bn yen": a move or a sum, not a bound
    return approx, approx_start


# --- layer 3: judging a quantity ------------------------------------------------------------

def _judge(text: str, lowered: str, mention: Mention, digits: str = "") -> tuple[Mention | None, int]:
    """Drop what is not a quantity; mark quantities that are not claims; add approx and change."""
    start, end = mention.start, mention.end
    before = _words_before(lowered, start)
    prev = before[-1] if before else ""
    bare = not mention.scaled and mention.unit == "count"
    context = _context_after(lowered, end)
    # "a six-figure salary" describes; "a 784m euro figure" is an amount.
    if prev in quantity_words.REFERENCE_WORDS or prev == "per" or context == "descriptor" and bare:
        return None, end
    if bare and prev in ("ranked", "to", "from", "at") and (
            context == "world" or "ranking" in before[-4:-1] and not _COUNTED_NOUN_AFTER.match(lowered, end)):
        return None, end  # a rank: "ranked 134 in the world", "with his ranking down at 168"
    if bare and prev in ("at", "to", "from") and not _COUNTED_NOUN_AFTER.match(lowered, end) \
            and _CHART_POSITION_BEFORE.search(lowered, max(0, start - 150), start):
        return None, end  # "in at number 12, and The Zutons at 20", "to number 8 from 32": a chart position
    if bare and prev in ("and", "or") and len(before) > 2 and before[-3] in quantity_words.REFERENCE_WORDS \
            and (before[-2].isdigit() or before[-2] in numbers.SMALL_NUMBERS):
        return None, end  # "at number 11 and 12", "numbers 19 and 10", "pages 4 or 5": a second reference
    if bare and prev == "last" and mention.value in _KNOCKOUT_ROUNDS \
            and not _COUNTED_NOUN_AFTER.match(lowered, end) and not _RANGE_JOIN.match(lowered, end):
        return None, end  # "reached the last eight", "the last 16 of" (not "the last four or five years")
    if bare and (prev == "from" and lowered.startswith(" to number ", end)
                 or prev == "to" and before[-2:-1] in (["place"], ["places"])):
        return None, end  # "moved from 13 to number four", "fell three places to five": chart positions
    if bare and not text[end + 1:end + 2].islower() and _STREET_AFTER.match(text, end):
        return None, end  # 10 Downing Street
    if bare and digits and text[start - 1:start] in ("\n", "") and _NAME_AFTER.match(text, end):
        return None, end  # a numbered list, "3 Anastasia Myskina (Russia)": a rank
    if digits and bare and _is_date_or_time(text, lowered, mention, digits, prev, context):
        return None, end
    if bare and digits and "," not in digits and (
            _in_name(text, start) or text[start - 1:start] == "(" and text[end:end + 1] == ")"):
        return None, end  # a name or a reference: "Windows 95", "Rivaldo (2)"; not "in Scotland 53,000"
    mention.approx, mention.approx_start = _approximator(lowered, start)
    if not mention.approx and lowered.startswith(("-plus", " plus"), end):
        mention.approx = "plus"
    if mention.approx:  # framing words sit before the approximator: "for more than 20 years"
        before = _words_before(lowered, mention.approx_start)
        prev = before[-1] if before else ""
    if bare and 1 <= mention.value <= 12 and (
            context == "time_of_day" or prev in _TIME_PREPOSITIONS and _TIME_OF_DAY_AFTER.match(lowered, end)):
        return None, end  # "at four o'clock", "until three or four in the morning": times of day
    if _is_age(text, lowered, mention, prev, before, context) or context == "furniture":
        mention.claim = False
    elif mention.unit in units.TIME_UNITS and _frames_time(lowered, mention, before, context):
        mention.claim = False
    elif mention.unit in _RACE_DISTANCE_UNITS and prev in _RACE_STRETCH_WORDS and len(before) > 1 \
            and before[-2] in quantity_words.DETERMINERS:
        mention.claim = False
    elif mention.unit == "second" and digits and "." in digits and prev != "every" or \
            mention.unit in _CLOCK_UNITS and _in_compound_time(lowered, mention) or \
            bare and _TWO_DECIMALS.search(digits) and _times_a_race(prev, before):
        mention.claim = False  # race times
    mention.change = _change(lowered, mention, before)
    return mention, end


def _times_a_race(prev: str, before: list[str]) -> bool:
    """Before a bare number with two decimals, words that make it a race time:
    "finished fifth in 7.35", "clocking 8.06", "a personal best of 20.94"."""
    return prev in ("in", "clocking", "clocked") or \
        prev == "of" and len(before) > 1 and before[-2] in ("time", "times", "best", "record")


def _in_compound_time(lowered: str, mention: Mention) -> bool:
    """Part of "two hours 18 minutes" or "one minute 53 secs": a race time."""
    return bool(_COMPOUND_TIME_AFTER.match(lowered, mention.end)
                or _COMPOUND_TIME_BEFORE.search(lowered, max(0, mention.start - 24), mention.start))


def _context_after(lowered: str, end: int) -> str:
    """The name of the ``_CONTEXT_AFTER`` group matching at ``end``, or ""."""
    context = _CONTEXT_AFTER.match(lowered, end)
    return context.lastgroup if context else ""


def _words_before(lowered: str, start: int) -> list[str]:
    """The words in the 40 characters before ``start``, adverbs left out."""
    words = lowered[max(0, start - 40):start].split()
    if quantity_words.ADVERBS.isdisjoint(words):  # the usual case, tested in C
        return words
    return [w for w in words if w not in quantity_words.ADVERBS]


def _is_date_or_time(text, lowered, mention: Mention, digits: str, prev: str, context: str) -> bool:
    value, end = mention.value, mention.end
    if len(digits) >= 4 and digits.isdigit():
        # A year, or a model or code ("the 7610 phone", "2200 GMT"): amounts of four
        # digits or more are written with commas, unless an approximator and a noun
        # make it a count: "about 1500 people".
        return not (_approximator(lowered, mention.start)[0] and _LOWER_NOUN_AFTER.match(text, end))
    if context in ("era", "time_of_day"):
        return True
    if digits.isdigit() and 1 <= value <= 31 and (
            _MONTH_AFTER.match(text, end)
            or prev.rstrip(".,") in quantity_words.MONTH_WORDS
            and _MONTH_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            or prev in ("and", "to", "or")
            and _MONTH_DAY_BEFORE.search(text, max(0, mention.start - 24), mention.start)):
        return True
    # "at 12.30": a clock time written with a point.
    return prev in ("at", "from", "until", "by", "before", "after") and _CLOCK.fullmatch(digits) is not None


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in ".!?\n\"'“‘(:-–—"


# The numbers before a listed one: "Windows 2000, 95, 98".
_NAME_LIST_BEFORE = re.compile(r"(?<= )(\d+), (?:\d+, )*\Z")
_LISTED_NUMBER = re.compile(r"\d+(?:[,.;]|\s+(?:and|or)\b|\Z)")
# After a possessive ("Ocean's 12", "Boeing's 777"), a number that counts: before a plural
# noun, perhaps after one adjective ("184 members", "148 current members", "659 MPs").
_COUNT_AFTER_POSSESSIVE = re.compile(r"\d+ (?:[a-z]+ )?" + _PLURAL_NOUN)
# Capitalised words before a number that are not names: function words and
# approximators that start a sentence ("Roughly 30 people came").
_NOT_NAMES = quantity_words.FUNCTION_WORDS | {a for a in quantity_words.APPROXIMATORS if " " not in a}


def _in_name(text: str, start: int) -> bool:
    """A bare number after a capitalised word mid-sentence: Channel 4, Windows 95, Maroon 5;
    or listed after such a name: "Windows 95, 98 and XP"."""
    if text[start - 1:start] != " ":
        return False
    if text[start - 2:start - 1] == ",":  # not "In March 2004, 30 people": a list ends at a noun
        listed = _NAME_LIST_BEFORE.search(text, max(0, start - 40), start)
        return bool(listed) and bool(_LISTED_NUMBER.match(text, start)) and _in_name(text, listed.start(1))
    left = text[max(0, start - 30):start - 1].split()
    word = left[-1].lstrip("(\"'“‘[").rsplit("/", 1)[-1] if left else ""  # "Sky One/Channel 4"
    # Names may hold hyphens and apostrophes ("Sinama-Pongolle", "O'Neill", "Britain's");
    # a plural possessive ("the Lords' 750 peers") or "I'm" is not one.
    if not word[:1].isupper() or not word.replace("-", "").replace("'", "").replace("’", "").isalpha() \
            or word[-1] in "'’" or word[:2] in ("I'", "I’"):
        return False
    if word.endswith(("'s", "’s")) and _COUNT_AFTER_POSSESSIVE.match(text, start):
        return False  # "the IMF's 184 members": what it owns, counted
    # Also at the start of a sentence ("Xbox 2 may be unveiled"), where the
    # capitalised words that are not names are function words ("In 28 countries")
    # and approximators.
    return word.lower() not in _NOT_NAMES


_AGE_UNITS = frozenset({"year", "month", "week", "day"})


def _is_age(text: str, lowered: str, mention: Mention, prev: str, before: list[str],
            context: str) -> bool:
    start, end = mention.start, mention.end
    bare = mention.unit == "count" and not mention.scaled
    if bare and (text[start - 2:start] == ", " or text[start - 1:start] == ",") \
            and (text[end:end + 2] in (", ", ",", " -", ")") or text[end:end + 1] in (".", ";")) \
            and _AGE_AFTER_NAME.search(text, max(0, start - 30), start):
        return True  # "Prince Charles, 56, and", "Jane Doe,31,", "said Jo Bloggs, 53."
    if bare and text[start - 2:start] == ", " and _VERB_AFTER_AGE.match(text, end) \
            and _AGE_AFTER_ROLE.search(text, max(0, start - 4), start):
        return True  # "The prince, 20, apologised", "the film-maker, 68, won"
    if prev in quantity_words.AGE_WORDS or bare and prev.lstrip("\"“‘'(") in ("i'm", "i’m"):
        return True  # "aged 60", "when I'm 74"
    if prev in ("between", "from", "over", "under") and before[-2:-1] and before[-2] in quantity_words.AGE_WORDS:
        return True  # "aged between 16 and 24"
    if prev == "from" and "age" in before[-6:-1]:
        return True  # "the pension age for staff from 60 to 65"
    if bare and mention.approx in ("over", "under") and mention.value <= 120 and (
            prev in quantity_words.AGED_PEOPLE
            or prev in ("are", "is", "were", "be") and before[-2:-1]
            and before[-2] in quantity_words.AGED_PEOPLE and not _COUNTED_NOUN_AFTER.match(lowered, end)):
        return True  # "children under five", "voters over 60", "they are over 18 before": ages
    if prev in ("of", "at") and len(before) > 1 and before[-2] in ("age", "ages", "dies", "died"):
        return True  # "at the age of 28", "between the ages of six and 11", "dies at 62"
    clause_end = bare and prev in ("was", "is", "am", "at") and _AGE_CLAUSE_END.match(text, end)
    if clause_end:
        subject = before[-2].lstrip("\"“‘'(") if len(before) > 1 else ""
        if subject in ("i", "he", "she") or prev == "at" and not {"died", "dies"}.isdisjoint(before[-5:-1]) \
                or prev == "was" and clause_end.group().endswith(("when", "time")):
            return True  # "when I was 16, it", "he was 40.", "died at 50.", "Jo was 22 when", "13 at the time"
        if prev == "at" and mention.value <= 120 and (
                subject in quantity_words.AGED_PEOPLE or not _AGE_AT_WORDS.isdisjoint(before[-7:-1])
                or _NAME_BEFORE_AT.search(text, max(0, start - 30), start)):
            return True  # "became an MP at 27 and", "adults at 18.": an age (or a list place)
    if bare and prev == "now" and text.endswith(", now ", 0, start) and text[end:end + 1] in ",." \
            and _AGE_AFTER_NAME.search(text, max(0, start - 36), start - 4):
        return True  # "Agassi, now 34, has"
    if bare and mention.approx == "under" and mention.value <= 23 and before[-1:] \
            and (before[-1].endswith(("'s", "’s")) or before[-1] in quantity_words.DETERMINERS):
        return True  # "Britain's under 14 boys", "the under 21 side": an age group
    if bare and prev == "at" and text[start - 3:start] == "At " and text[end:end + 2] == ", " \
            and _starts_sentence(text, start - 3):
        return True  # "At 34, Holmes will": a sentence opening with someone's age
    if context == "age":  # "45-year-old", "14-16 year olds", "the over-50s"
        after = lowered[end:end + 1]
        if after in (" ", "-") or after == "s" and mention.unit == "count":
            return True
    if mention.unit in ("year", "count") and lowered.startswith(("-year-old", "-year old"), mention.end):
        return True
    # "a six-year-old", "the baby is six months old"; not "more than 20 years old" (measured)
    return mention.unit in _AGE_UNITS and lowered.startswith(("-old", " old"), mention.end) and not mention.approx


def _frames_time(lowered: str, mention: Mention, before: list[str], context: str) -> bool:
    """A duration that places events in time ("for three years", "two weeks later")."""
    if before[-1:] == ["every"] or before[-3:-1] == ["sold", "out"]:
        return False  # a rate or a measured wait: "every four days between", "sold out in 36 hours"
    after_for = before[-1:] == ["for"]
    verbs = before[:-1] if after_for else before  # "lasted for three hours"
    if verbs and (verbs[-1] in quantity_words.DURATION_VERBS or verbs[-1] == "last" and len(verbs) > 1
                  and verbs[-2] in quantity_words.BEFORE_VERB_LAST
                  or after_for and verbs[-1] in quantity_words.MEASURED_BEFORE_FOR):
        return False  # "took 15 years", "expected to last five months", "banned for two years": measured
    if _describes_a_noun(lowered, mention):
        return False  # "for a 39 hour week", "during the three-day conference": "for" frames the noun
    if context == "framing":
        return True
    if mention.approx == "over" and not _MEASURED_AFTER_OVER.match(lowered, mention.end):
        return True  # "£960m over 15 years"
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in quantity_words.SPAN_WORDS:
        before = before[:-2]  # "for a period of five years" frames like "for five years"
    words = [w for w in before[-3:] if w not in quantity_words.DETERMINERS]
    if not words:
        return False
    if words[-1] == "for" and "-" not in lowered[mention.start:mention.end] and _ranked(before[-7:-1]):
        return False  # "the lowest level for 29 years": a ranking measures it, as with "in"
    if words[-1] in quantity_words.FRAMING_WORDS:
        return True
    if words[-1] == "in":
        return not any(w in quantity_words.RANKING_WORDS for w in before[-5:-1])
    return False


def _describes_a_noun(lowered: str, mention: Mention) -> bool:
    """A duration written as an adjective before its noun ("a 22-week limit", "his 49 minute
    speech"), except before a period it spans ("over a five-year period")."""
    written = lowered[mention.start:mention.end]
    return written[-1] != "s" and ("-" in written or mention.value != 1) \
        and _NOUN_AFTER_DURATION.match(lowered, mention.end) is not None


def _ranked(words: list[str]) -> bool:
    """A determined ranking among ``words``: "the lowest", "their first", "Japan's first"
    (not "he first went")."""
    return any(word in quantity_words.RANKING_WORDS and i and (
        words[i - 1] in quantity_words.DETERMINERS or words[i - 1].endswith(("'s", "’s")))
        for i, word in enumerate(words))


_DIRECTIONS = {**{word: "up" for word in quantity_words.UP_WORDS},
               **{word: "down" for word in quantity_words.DOWN_WORDS}}
# A change word as the first word after the quantity, matched up to 20 characters on.
_CHANGE_AFTER = re.compile(r"[^\S\n]*(" + trie_pattern(_DIRECTIONS) + r")(?!\S)")  # not the next line's


_SENTENCE_END_MARKS = ".!?\"'”’)"  # a word ending a sentence ends with one of these: "rose.", "fell.\""


def _change(lowered: str, mention: Mention, before: list[str]) -> str:
    for i in range(len(before) - 1, max(-1, len(before) - 4), -1):
        word = before[i]
        if word[-1] in _SENTENCE_END_MARKS and word.rstrip("\"'”’)")[-1:] in (".", "!", "?"):
            break  # the end of the sentence before
        direction = _DIRECTIONS.get(word.strip(",."))
        if direction and not (word in ("up", "down") and (
                i and before[i - 1] in quantity_words.PARTICLE_VERBS or before[i + 1:i + 2] == ["for"])):
            return direction  # not "makes up 16%", "broken down into 12", "up for nine awards"
    after = _CHANGE_AFTER.match(lowered, mention.end, mention.end + 20)
    return _DIRECTIONS[after.group(1)] if after else ""


# --- ranges ------------------------------------------------------------------------------------

_PLURAL_NOUN_AFTER = re.compile(" " + _PLURAL_NOUN)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or)\s*|\s+and\s+")
_AGE_AFTER = re.compile(r"(?:[\s-]+years?)?[\s-]+olds?\b")


def _join_ranges(text: str, lowered: str, mentions: list[Mention]) -> list[Mention]:
    """Ranges: "20-30%", "£5-6m", "between 20 and 30". Each end keeps its own claim;
    the left end takes the unit and scale of the right; bare "3-1" is a score."""
    kept: list[Mention] = []
    skip_next = False
    for i, left in enumerate(mentions):
        if skip_next:
            skip_next = False
            continue
        right = mentions[i + 1] if i + 1 < len(mentions) else None
        join = right and _RANGE_JOIN.fullmatch(lowered, left.end, right.start)
        if not join:
            if not _one_without_its_range(lowered, left):
                kept.append(left)
            continue
        if join.group().strip() == "and" and not lowered.endswith(("between ", "ages of "), 0, left.start) \
                and not _AGE_AFTER.match(lowered, right.end):  # "16 and 17-year-olds": a range
            if left.unit != right.unit and left.unit in units.TIME_UNITS and right.unit in units.TIME_UNITS:
                right.claim = left.claim  # "for five years and eight months": one length of time
            kept.append(left)
            continue
        if "count" != left.unit != right.unit != "count" or left.unit != "count" == right.unit \
                and _PLURAL_NOUN_AFTER.match(lowered, right.end):
            kept.append(left)  # two figures: "rose 5% to £1.2bn", "from £808m to 8,177 cases"
            continue
        left_bare = left.unit == "count" and not left.scaled
        right_bare = right.unit == "count" and not right.scaled
        if left_bare and right_bare and join.group() in ("-", "–") and \
                left.value.is_integer() and right.value.is_integer() and not left.approx:
            skip_next = True  # a score or reference: "won 3-1", "section 2-4"
            continue
        _share_unit(left, right)
        left.range_end = right  # "between 20 and 30 people": both ends count people
        if not (left.claim and right.claim):  # "aged 18 to 21"
            left.claim = right.claim = False
        if left.unit in units.TIME_UNITS and left.claim:
            before = lowered[max(0, left.start - 40):left.start].split()
            context = _context_after(lowered, left.end)
            if _frames_time(lowered, left, before, context):  # "in three or four years"
                left.claim = right.claim = False
        kept.append(left)
    return kept


def _one_without_its_range(lowered: str, mention: Mention) -> bool:
    """A "one" read as the low end of a range whose other end is no quantity ("the next
    one or two quarters"): a determiner after all."""
    return mention.end - mention.start == 3 and lowered.startswith("one", mention.start) \
        and bool(_ONE_RANGE_AFTER.match(lowered, mention.end))


def _share_unit(left: Mention, right: Mention) -> None:
    """The ends of a range share scale and unit: "£5-6m" is £5m to £6m, "20-30%" two percents."""
    # "between 200 and 250 million", but not "between 700,000 and one million", nor
    # "fell by 20 to 1.2m" (a change and a level: the ends of a range ascend).
    if left.scale == 1 and right.scale != 1 and abs(left.value) <= right.value / right.scale and (
            left.unit in ("count", right.unit) or left.unit in units.ISO_CURRENCIES):
        left.value *= right.scale
        left.scale = right.scale
    if left.unit == "count" and right.unit != "count":
        left.unit = right.unit
        left.value *= right.factor
        left.claim = right.claim
    elif right.unit == "count" and left.unit in units.ISO_CURRENCIES:
        right.unit = left.unit


_SENTENCE_END = re.compile(r"[.!?]\s")


def _name_country_currencies(lowered: str, mentions: list[Mention]) -> None:
    """Money in a currency word several countries use ("rupees", "pesos", "kroner") takes the
    code of the country the text names ("Sri Lanka ... 25bn rupees" is LKR); a country written
    with it ("Danish kroner") already decided. The text is searched once, and only if such a
    word is read."""
    codes = None
    for mention in mentions:
        words = lowered[mention.start:mention.end].split()
        if words[-1] not in units.COUNTRY_CURRENCIES or " ".join(words[-2:]) in units.CURRENCY_WORDS:
            continue
        if codes is None:
            codes = units.currencies_of_countries(lowered)
        code = codes.get(words[-1])
        if code:
            mention.unit = code
            for left in mentions:  # "between 20 and 30 pesos": the left end shares it
                if left.range_end is mention:
                    left.unit = code


def _share_currency(lowered: str, mentions: list[Mention]) -> None:
    """A bare amount in millions or billions right after money in the same sentence is
    in that currency: "rose to £2.5bn from 1.9bn", "77m euros ($100m), up from 38m"
    (euros: a conversion in brackets is not the sentence's currency). Not when it
    counts something ("£5bn for 20m homes") or another quantity comes between
    ("£3bn lost, 250,000 repossessed, one million in negative equity")."""
    currency, currency_end = "", -1
    for mention in mentions:
        if mention.unit in units.ISO_CURRENCIES:
            if lowered[max(0, mention.start - 3):mention.start].rstrip()[-1:] not in ("(", ";"):
                currency, currency_end = mention.unit, mention.end
            continue
        if mention.unit == "count" and mention.scale >= 1e6 and currency \
                and mention.start - currency_end < 150 \
                and not _SENTENCE_END.search(lowered, currency_end, mention.start) \
                and not _COUNTED_NOUN_AFTER.match(lowered, mention.end):
            mention.unit = currency
            if mention.range_end:  # "six or seven million": both ends
                mention.range_end.unit = currency
        currency = ""


# --- claims -------------------------------------------------------------------------------------

# A word of a measure, with its hyphenated parts ("stand-by"), after a space (not a line
# break) or a hyphen ("14-year-olds"), and not a function word; a spaced dash ends it.
_MEASURE_WORD = rf"(?:[^\S\n]+|-)(?!(?:{_STOP})\b)[\w'’&]+(?:-[\w'’&]+)*"
# Up to four words after the quantity, stopping at punctuation or a function word; "of"
# and a determiner before them are skipped ("28 of the world's largest firms").
_MEASURE_AFTER = re.compile(
    rf"(?:\s+of(?:\s+(?:the|its|their|his|her|our)(?=\s+[a-z]))?\b)?((?:{_MEASURE_WORD}){{1,4}})")
# "a 38% surge in hate crimes": a change noun continues with "in".
_CHANGE_IN = re.compile(rf"\s+in((?:{_MEASURE_WORD}){{1,4}})")


def _measure(text: str, lowered: str, mention: Mention) -> tuple[str, int, int]:
    """What is counted or measured, as (words, start, end): the words after the
    quantity, else those before it."""
    after = _MEASURE_AFTER.match(lowered, mention.end)
    if after is None:
        return _measure_before(text, mention)
    end = after.end()
    last_word = lowered[after.start(1):end].rsplit(None, 1)[-1]
    if last_word in quantity_words.UP_WORDS or last_word in quantity_words.DOWN_WORDS:
        continued = _CHANGE_IN.match(lowered, end)
        end = continued.end() if continued else end
    return " ".join(text[after.start(1):end].split()).lstrip("-"), mention.end, end


_SKIP_BEFORE_MEASURE = (quantity_words.SKIP_BEFORE_MEASURE | quantity_words.UP_WORDS
                        | quantity_words.DOWN_WORDS)


def _measure_before(text: str, mention: Mention) -> tuple[str, int, int]:
    start = mention.approx_start if mention.approx else mention.start
    window_start = max(0, start - 80)
    window_start = text.rfind("\n", window_start, start) + 1 or window_start  # not across a line break
    tokens = text[window_start:start].split(" ")
    words: list[str] = []
    while tokens and (not tokens[-1] or tokens[-1].lower() in _SKIP_BEFORE_MEASURE):
        tokens.pop()
    while tokens and len(words) < 4:
        token = tokens.pop()
        if not token or not token[-1].isalnum() or token.lower() in quantity_words.MEASURE_STOP \
                or token[0].isdigit() or token[0] in "$£€":
            break  # punctuation, a function word or another quantity ("831 cases worth £35m")
        if not token[0].isalnum():
            words.insert(0, token.lstrip("\"'“‘(["))  # "\"The investment may go": not the quote mark
            break
        words.insert(0, token)
    if not words:
        return "", start, start
    return " ".join(words), text.rfind(words[0], 0, start), mention.end


def _range_measure(text: str, lowered: str, mention: Mention) -> tuple[str, int, int, Mention]:
    """The left end of a range shares what follows the right end ("between 20 and 30
    people"); returns (measure, start, end, the range's last mention)."""
    right = mention.range_end
    if right is None:
        return (*_measure(text, lowered, mention), mention)
    measure, start, end = _measure(text, lowered, right)
    if measure and start >= right.end:
        return measure, start, end, right
    return (*_measure_before(text, mention), right)  # what follows is the other end


_LONGEST_SENTENCE = 1000


def _sentence(text: str, sentences: Sentences, mention: Mention) -> str:
    """The sentence holding the mention; a window of it when the "sentence" is a whole
    unpunctuated text (copying it into every claim would be quadratic)."""
    start, end = sentences.span_at(mention.start)
    if end - start > _LONGEST_SENTENCE:
        half = _LONGEST_SENTENCE // 2
        start, end = max(start, mention.start - half), min(end, mention.end + half)
    return text[start:end]


def _claims(text: str, lowered: str, mentions: list[Mention], kind: str) -> list[Claim]:
    if not mentions:
        return []
    sentences = Sentences.of(text)
    claims = []
    for mention in mentions:
        measure, measure_start, measure_end, last = _range_measure(text, lowered, mention)
        phrase_start = min(measure_start, mention.approx_start if mention.approx else mention.start)
        phrase_end = max(measure_end, last.end)
        claims.append(Claim.trusted({  # every value below has its field's type: skip validation
            "kind": kind, "start": mention.start, "end": mention.end,
            "text": text[mention.start:mention.end], "sentence": _sentence(text, sentences, mention),
            "phrase": " ".join(text[phrase_start:phrase_end].split()),
            "value": float(f"{mention.value:.12g}"), "unit": mention.unit, "approx": mention.approx,
            "measure": measure, "change": mention.change,
        }))
    return claims


def find_quantities(text: str) -> list[Claim]:
    """Every quantity mention in ``text`` as ``kind="quantity"`` claims (ages and framing
    durations included; dates, identifiers and names are not quantities)."""
    lowered, mentions = _scan(text)
    return _claims(text, lowered, mentions, "quantity")


def find_statistics(text: str) -> list[Claim]:
    """The claim-worthy quantities in ``text`` as ``kind="statistic"`` claims."""
    lowered, mentions = _scan(text)
    return _claims(text, lowered, [m for m in mentions if m.claim], "statistic")
