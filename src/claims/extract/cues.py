"""Cue words: the reporting verbs and phrases that mark an attribution (guide section 2).

One trie-shaped pattern finds every cue form in a text. ``cue_class`` tells how
much a cue needs before it counts: speech verbs (``said``) take a clause;
weak verbs (``added``, ``noted``) only a ``that`` clause, since they are
ordinary verbs too (``added 500 jobs``); finding verbs (``found``,
``showed``) a ``that`` clause or a subject that holds data (``the survey``);
quoting verbs (``asked``, ``called him``, ``urged``) only a quotation: they
name who speaks, but what follows them is not a claim.
"""
import re
from functools import lru_cache

from .patterns import trie_pattern

_SPEECH = """
say says said saying tell tells told telling warn warns warned warning
claim claims claimed claiming argue argues argued arguing insist insists insisted insisting
announce announces announced announcing admit admits admitted admitting
deny denies denied denying confirm confirms confirmed confirming
acknowledge acknowledges acknowledged acknowledging concede concedes conceded conceding
assert asserts asserted asserting disclose discloses
disclosed reply replies replied declare declares declared declaring complain complains
complained complaining write writes wrote reveal reveals revealed revealing
suggest suggests suggested suggesting believe believes believed believing think thinks
thought expect expects expected estimates estimated estimating
predict predicts predicted predicting reckon reckons reckoned
accuse accuses accused accusing blame blames blamed blaming underscores underscored
contend contends contended hinted boasted reiterated cautioned countered responded retorted
confesses confessed confessing
""".split()
_WEAK = """
add adds added adding note notes noted noting stress stresses stressed stressing explain
explains explained explaining state states stated stating maintain maintains maintained
observe observes observed emphasised emphasized emphasises emphasizes emphasising
conclude concludes concluded concluding recall recalls recalled specified specifies
indicate indicates indicated indicating reported feel feels felt fear fears feared
agree agrees agreed allege alleges alleged alleging
forecast forecasts forecasted accept accepts accepted clarified clarifies
speculate speculated speculates recognised recognises recognized recognizes ruled
demonstrated demonstrates
commented
""".split()
_FINDING = "find finds found finding show shows showed shown showing".split()
# verbs that name who speaks a quotation but report no claim themselves
_QUOTE_ONLY = """asks asked reflects reflected continued continues quipped joked remarked
call calls called calling describe describes described describing branded
urge urges urged urging pledge pledges pledged pledging vowed promised read reads""".split()
_PHRASES = ["point out", "points out", "pointed out", "pointing out", "spoke of", "according to"]

WEAK = frozenset(_WEAK)
QUOTE_ONLY = frozenset(_QUOTE_ONLY)
FINDING = frozenset(_FINDING)
PARTICIPLES = frozenset(w for w in _SPEECH + _WEAK + _FINDING + _PHRASES
                        if w.endswith(("ing", "ing out")))

_ALL = _SPEECH + _WEAK + _FINDING + _QUOTE_ONLY + _PHRASES + ["According to"]


# Group 1 is the cue, after a space, line break, quote mark or bracket (or at the
# text's start: CUE_AT_START_RE).
# not a phrasal verb or an argument for something: ``write off``, ``show up``, ``find out``,
# ``ruled in favour of``, ``argued in favour of``
_NOT_PHRASAL = r"(?![\w-]|\s+(?:off|up|down|out|against|in\s+favou?r)\b)"
_CUE = "(" + trie_pattern(sorted(set(_ALL))) + ")" + _NOT_PHRASAL
_LEADS = " \n\"“‘("
CUE_RE = re.compile("[" + re.escape(_LEADS) + "]" + _CUE)
CUE_AT_START_RE = re.compile(_CUE)
# The regex engine skips to one literal character many times faster than to any
# character of a class, so find_cues makes one pass per character before a cue
# (passes cannot overlap: no cue phrase holds another cue after its space).
_CUE_PASSES = tuple((lead, re.compile(re.escape(lead) + _CUE)) for lead in _LEADS)


def find_cues(text: str) -> list[re.Match]:
    """Every cue match in ``text`` (group 1 is the cue), in document order."""
    cues = [m for lead, pattern in _CUE_PASSES if lead in text for m in pattern.finditer(text)]
    cues.sort(key=re.Match.start)
    first = CUE_AT_START_RE.match(text)
    return [first] + cues if first else cues


# Subjects that hold data, the only ones a bare ``found``/``showed`` takes.
DATA_NOUNS = frozenset("""
survey surveys study studies report reports research poll polls figures data statistics
results analysis review census index it they findings investigation inquiry audit
""".split())


@lru_cache(maxsize=1024)
def cue_class(cue: str) -> str:
    """``speech``, ``weak``, ``finding``, ``quote`` or ``according`` for a matched cue."""
    word = " ".join(cue.lower().split())
    if word == "according to":
        return "according"
    if word in QUOTE_ONLY:
        return "quote"
    if word in WEAK:
        return "weak"
    if word in FINDING:
        return "finding"
    return "speech"
