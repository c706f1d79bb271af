"""Attributions: direct quotes and reported speech with speakers (guide section 2).

The pipeline for one text:

1. ``find_quotes`` pairs the quote marks (quotes.py).
2. Every cue outside a quotation (cues.py) is read in its sentence, in one of
   two shapes: ``SUBJECT cue (that) CLAUSE`` (forward) or ``CLAUSE, SUBJECT
   cue`` / ``CLAUSE, cue SUBJECT`` (backward; ``A, he said, B`` reads as one).
   A reading with a clause is an indirect attribution; every reading gives a
   speaker that a neighbouring quotation can use.
3. A quotation of two or more words that is not a title gets its speaker from
   the cue right after it (``,” she said``), else the cue before it in its
   sentence (``told the JC: “``), else the quotation next to it, else the
   last speaker: news style runs quotes on without repeating the cue.
4. Speakers are resolved in document order (speakers.py), so that ``she``
   and ``the mayor`` find who was last named.
"""
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from .cues import CUE_AT_START_RE, CUE_RE, DATA_NOUNS, PARTICIPLES, cue_class, find_cues
from .models import Claim
from .quotes import Quote, find_quotes
from .sentences import Sentences
from .speakers import (JOB_TITLES, NAME_RE, ORG_ROLES, ORG_WORDS, PERSON_ROLES, PRONOUNS,
                       SENTENCE_OPENERS, TRAILING_ADVERBS, SpeakerResolver, proper_name)

_CLOSING = "\"”’'»"
_OPENING = "\"“‘'«"
_SENTENCE_END = ".!?…"
# what a quotation and the cue after it cannot have between them
# (an apostrophe after a letter is no opening mark: ``," Oxfam's Barbara Stocking said``)
_GAP_BREAK_RE = re.compile("[" + re.escape(_SENTENCE_END + _OPENING.replace("'", "")) + "\n;:]|(?<!\\w)'")
_NARRATIVE_END_RE = re.compile(r"[.!?]\s")
# words opening a clause of its own between a quotation and the next cue
_NEW_CLAUSE_OPENERS = [[w] for w in ("with", "while", "whereas", "although", "though", "because")]
_CLOSING_MARK_RE = re.compile("[" + re.escape(_CLOSING.replace("'", "")) + "]")  # not an apostrophe

# Words that may stand between a subject and its cue: auxiliaries and adverbs
# (``has again denied``, ``is expected to tell``, ``also spoke of``).
_BETWEEN = {
    "has", "have", "had", "also", "recently", "previously", "now", "then", "later", "again",
    "since", "even", "already", "further", "earlier", "today", "yesterday", "subsequently",
    "once", "repeatedly", "publicly", "privately", "strongly", "reportedly", "apparently",
    "originally", "still", "will", "would", "could", "may", "might", "must", "should", "can",
    "did", "does", "do", "not", "never", "always", "often", "first", "really", "allegedly",
    "personally", "firmly", "genuinely", "clearly", "openly", "quickly", "immediately",
}
_BETWEEN_PHRASES = ("time and again", "is expected to", "was expected to", "are expected to",
                    "is due to", "was due to", "went on to", "last week", "last month", "last year",
                    "last night", "is to", "was to")
_BETWEEN_SUFFIXES = tuple(" " + p for p in _BETWEEN_PHRASES)
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can",
                "should", "may", "might", "must"}
_SUBJECT_REACH = 200  # how far before a cue its subject can start
_VERBISH = {"is", "are", "was", "were", "be", "been", "would", "will", "could", "can", "had", "has",
            "have", "should", "may", "might", "must", "did", "does", "do", "not", "that", "it", "he",
            "she", "they", "there", "this"}
_PASSIVE_END = {"is", "are", "was", "were", "be", "been", "being"}
# A subject phrase cannot end with these: the cue is then not a verb with a subject.
_BAD_SUBJECT_END = {
    "the", "a", "an", "of", "in", "on", "at", "for", "with", "by", "from", "to", "as", "than",
    "that", "this", "these", "those", "not", "and", "or", "but", "if", "so", "his", "her",
    "their", "its", "our", "my", "your", "no", "any", "some", "into", "about", "what", "how",
    "why", "when", "where", "whether", "there", "here", "being", "having", "very", "more",
    "most", "less", "just", "only", "well", "widely", "generally", "commonly", "previously",
    "amid", "despite", "over", "following", "against", "among", "amongst", "without",
}
_RELATIVE = {"who", "which", "that"}
_NOT_SUBJECTS = _RELATIVE | {"i", "we", "you"}
_LINKS = {"while", "when", "after", "before", "by", "as", "since", "without", "in", "also"}
_SUBORDINATORS = {"when", "after", "before", "while", "whilst", "if", "although", "though", "because",
                  "since", "once", "until", "unless", "whereas", "as"}
# a cue after these opens a subordinate clause that ends at its comma (not ``As announced, X…``)
_OPENING_SUBORDINATORS = _SUBORDINATORS - {"as"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "some", "many"}
_PREPOSITIONS = {"in", "on", "at", "for", "with", "from", "by", "under", "despite", "during", "after",
                 "before", "since", "until", "without", "like", "unlike", "amid", "following"}
# Clause-level words; the subject starts after the last of them.
_SUBJECT_CUT = {
    "and", "but", "while", "whilst", "whereas", "as", "that", "which", "who", "because", "although",
    "though", "if", "when", "after", "before", "since", "so", "yet", "where", "whom", "than",
    "until", "unless", "whether", "how", "why", "what", "with", "once", "however", "meanwhile",
    "also",
}
# linking words that open a clause (matched at a position: ``match``, not ``search``)
_LEADING_LINK_RE = re.compile(r"(?:(?:and|but|so|however|meanwhile|yet|also|still)\b[,\s]*)+", re.I)
# the leading character class lets the engine skip to commas and spaces fast
_SPLIT_RE = re.compile(r"[,\s](?:(?<=,)(?!\d)\s*|\s*[-–—]\s+)")  # not ``5,196``
_BRACKETS_RE = re.compile(r"\s*\([^()]*\)")
_THAT_SOON_RE = re.compile(r"(?:\s+[^\s,.;:!?\"“”]+){0,10}?\s+that\b")
_THAT_AFTER_ASIDE_RE = re.compile(r"\s+(?:in|on)\s+(?:a|an|the|his|her|its|their)\s"
                                  r"[^.;:!?\"“”]{0,80}?,\s+that\b")
_PRONOUN_THAT_RE = re.compile(r"\s+(?:was|is|would|will|could|had|has|must|might|should)\b")
# ``denied that.``, ``denied that, saying``: not ``said that, on average, …``
_THAT_AS_OBJECT_RE = re.compile(r"[.;]|,\s+(?:saying|adding|arguing|insisting|claiming|calling|describing)\b")
_ADVERBIAL_AFTER_RE = re.compile(
    r"(?:\s*,?\s+(?:on\s+\w+day|last\s+\w+|earlier\s+(?:this|last)\s+\w+|"
    r"this\s+(?:week|month|year|morning|afternoon|evening|weekend|season|summer|autumn|winter|"
    r"spring)\b|yesterday|today|"
    r"recently|previously|also|again|publicly|privately|earlier|later|in\s+(?:a|an|his|her|its|"
    r"their|the)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:statement|interview|speech|letter|report|note|filing|post|"
    r"blog|message)|"
    r"in\s+the\s+past|(?:in|on)\s+(?!(?:the|a|an)\b)\w+|"
    r"to\s+(?:reporters|journalists|the\s+\w+))\b)*")  # not ``against``
_PLACE_PHRASE = r",?\s+(?:in|on)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,?"
# ``told staff to leave``, ``tell people how to apply``: the words before an infinitive
_TOLD_TO_RE = re.compile(r"((?:[\w'’-]+\s+){1,6}?)(?:not\s+|how\s+)?to\s+(?!(?:the|a|an)\b)[a-z]+\b")
# ``quoted one trader as (saying)``, ``reports a union source as``; not ``was quoted by the paper
# as``, ``quoted in a paper as``
_QUOTED_AS_RE = re.compile(r"\b(?:quoted|quotes|reports|reported|cited|cites)\s+(?!(?:by|in)\s)"
                           r"([^,;:]{2,60}?)\s+as$")
# ``asked whether he thought``, ``if they said no``: a question or a condition, no claim (but
# ``even if the coach admitted``)
_EMBEDDED_QUESTION_RE = re.compile(r"\b(?:whether|why|(?<!even )if)\s+(?:he|she|it|they|we|I|you|the\s+\w+)"
                                   r"(?:\s+[a-z]+ly|\s+still|\s+really)?\s*$")
_PARTICIPLE_AFTER_RE = re.compile(r",\s+[a-z]+ing\b")
_SPACES_AND_COMMAS_RE = re.compile(r"[ ,]*")
_NOUN_CUES = {"claim", "fear", "forecast", "note", "call", "show"}  # cue forms that are nouns
_NOUN_BEFORE_VERB_RE = re.compile(r"\s+(?:is|was|has|had|will|would)\s")
# ``the overall claim is``: an adjective, not a plural subject (``its makers claim is``)
_DETERMINED_WORD_RE = re.compile(r"\b(?i:the|a|an|its|his|her|their)\s+[a-z]*[a-rt-z]$")
_PLACE_START_RE = re.compile(r"(?i:in|on)\s+(?:the|a|an)\s")
_PLACE_BEFORE_PRONOUN_RE = re.compile(_PLACE_PHRASE + r"(?=\s+(?:there|he|she|it|they|we|I)\s)")
_PLACE_BEFORE_NOUN_RE = re.compile(_PLACE_PHRASE + r"(?=\s+(?:the|a|an|this|these|its|his|her|their)\s)")
# the last word of a news outlet before a capitalised word (``told the BBC Michael Howard``)
_OUTLETS = ("(?:BBC|News|Times|Telegraph|Guardian|Independent|Observer|Mail|Express|Herald|Record|Mirror|"
            "Sun|Standard|Post|Journal|Online|Reuters)")
_OUTLET_THEN_NAME_RE = re.compile(r"\b" + _OUTLETS + r"(?=\s+[A-Z])(?!.*\b" + _OUTLETS + r"\s+[A-Z])")
_AUXILIARY_NEXT_RE = re.compile(r"\s*(?:has|had|have|was|were|is|are|would|will|could|should|must|may|"
                                r"might|can|did)\b")
# words that end a listener's noun phrase after ``told his``: a subject, a preposition, a verb
_NOT_IN_OBJECT = ("(?:he|she|it|they|we|i|you|the|a|an|there|this|that|about|to|of|in|on|at|for|with|"
                  "was|were|is|are|would|will|had|has|have|could|should|must|may|might|can|did|not)")
_TOLD_OBJECT_RE = re.compile(
    r"\s+(?:(?:him|her|them|us|me|media|reporters|journalists|MPs|MSPs|delegates)\b"
    r"|[a-z]{3,}s(?=\s+(?:he|she|they|it|we|I)\s)"  # ``told jurors he met``
    r"|the\s+(?:[A-Z][\w-]*\s*)+(?:website|programme|newspaper|magazine|agency|channel)?"
    r"|(?:[A-Z][\w-]*\s+)*(?:[A-Z][\w-]*|(?<=Radio\s)\d)"
    r"(?:['’]s(?:\s+(?:(?:with|of|and|at)\s+)?[A-Z][\w-]*)+)?"
    r"(?:\s+(?:news(?:\s+agency)?|radio|television|website|programme)\b)?"
    r"|the\s+(?:[a-z]+(?:al|ic|ish|ern|ary|ior)\s+)?\w+"  # ``the federal court``
    r"|(?:his|her|their|its|our|my|your)(?:\s+(?!" + _NOT_IN_OBJECT + r"\b)[a-z][\w-]*(?:['’]s)?){1,3})")
# ``told media``, ``told BBC news``, ``told BBC One's Breakfast with Frost``, ``told BBC Radio 4's
# Today programme``, ``tell their friends``
# ``warned musicians against``, ``warn people about``: a listener, then the topic
_WARNED_ABOUT_RE = re.compile(r"\s+[a-z]+\s+(?:against|about|of|off)\b")
# ``warned him such practices were``: the one listener ``warned`` takes before a clause
_WARNED_PRONOUN_RE = re.compile(r"\s+(?:him|them|us|me)\b(?!\s+(?:to|not|against|about|of|off)\b)")
_FINITE = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
           "could", "shall", "should", "may", "might", "must", "do", "does", "did", "won't", "isn't",
           "wasn't", "says", "said", "made", "took", "gave", "knew", "thought", "felt", "saw", "went",
           "came", "got", "left", "told", "became", "grew", "fell", "rose", "met", "kept", "lost",
           "needs", "wants", "means", "remains", "seems", "looks", "faces", "makes", "takes"}
# a weak cue's clause without ``that``: ``added he would``, ``stated the firm had``
_WEAK_CLAUSE_RE = re.compile(r"\s+(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Tt]here|the\s+[a-z]+)\s+(?:will|would|"
                             r"could|was|were|is|are|had|has|have|should|may|might|must|can|did|does|do)\b")
# where a reported clause ends early: ``; ``, ``and said``, ``, adding``; every form starts
# with one character of a class, so that the engine skips ordinary text fast
_JOINED_CUE = (r"(?:and|but|while)\s+(?:also\s+)?(?=(?:said|says|added|adds|warned|warns|told|argued|argues|"
               r"insisted|insists|claimed|denied|denies|admitted|admits|stressed|suggested|urged|called|"
               r"acknowledged|accepted|conceded)\b)")
_JOINED_PARTICIPLE = r"(?=(?:saying|adding|arguing|claiming|warning|insisting|stating|suggesting)\b)"
_CLAUSE_CUT_RE = re.compile(r"[;,\s](?:(?<=;)\s|(?<=\s)\s*" + _JOINED_CUE
                            + r"|(?<=,)\s+(?:" + _JOINED_CUE + "|" + _JOINED_PARTICIPLE + "))")
_CLAUSE_END_TRIM = _SENTENCE_END + " ,;:-–—"  # what a reported clause does not end with
# ``…, but Parry countered: “``: a new clause with its own subject after a cue
_NEW_CLAUSE_RE = re.compile(r"(?:,|;)\s+(?:but|and|while|whereas)\s+\S+")
# cues whose claim can be a noun phrase: ``accused X of …``, ``blame China for …``
_NOUN_OBJECT_CUES = ("accus", "blam", "spoke", "den")
# the first word after a cue, past spaces and punctuation (none: the sentence ends)
_FIRST_WORD_RE = re.compile(r"[\s,.!?\"”’]*([^\s,.!?\"”’]+)")
# the source named after an inverted cue, up to punctuation or a preposition
_PHRASE_AFTER_RE = re.compile(
    r"\s+((?:the\s+|a\s+|an\s+)?[^,.;:!?\"“”()]{1,80}?)(?=\s*(?:[,.!?\"“”(]|$)|"
    r"\s+(?:of|at|from|in|on|who|during|when|after|before|as|while|last|yesterday|today|afterwards|"
    r"later|earlier|recently)\b)")
# ``of India`` after ``the Telecom Regulatory Authority``: the rest of an organisation's name
_ORG_NAME_REST_RE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*(?=[,.;:!?]|$)")
# `` boss Arsene Wenger`` after ``Gunners``: a role and its holder's name
_ROLE_THEN_NAME_RE = re.compile(r"\s+([a-z]+)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# ``Ofcom, `` after ``according to industry watchdog,``: a name in apposition
_APPOSITIVE_NAME_RE = re.compile(r"([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}),\s+")
# words after a subject that only weigh or place it: ``The chancellor meanwhile said``
_FOCUS_WORDS = TRAILING_ADVERBS | {"both", "all"}  # ``The chancellor meanwhile``, ``the firms both``
_DESCRIBING = {"the", "a", "an", "its", "his", "her", "their", "our"}
# ``said the chairman of the committee, Labour MP Barry Sheerman.``: a name closing the sentence
_DESCRIBED_NAME_RE = re.compile(
    r"(?:\s+(?:of|at|for|in)\s[^,.;:!?\"“”()]{1,80}?)?,\s+"
    r"((?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’-]*\s+[A-Z][\w'’-]+)\s*(?:[.!?]\s*)?$")
_TAIL_STARTERS = {"in", "on", "at", "during", "last", "yesterday", "today", "when", "after", "before",
                  "while", "earlier", "later", "recently", "but", "and", "although", "though",
                  "because", "since", "adding", "saying", "amid", "following", "ahead", "speaking",
                  "according", "as", "with", "without", "for", "of", "to", "from", "by"}
_BAD_CLAUSE_START = {"to", "by", "of", "for", "with", "from", "into", "on", "at", "up", "out", "whether",
                     "as", "about", "over", "and", "or", "but", "in", "after", "before", "during",
                     "goodbye", "sorry", "yes", "no", "so", "nothing", "something",
                     "anything", "what", "how", "why", "where", "when", "which", "who"}
# words right before a quoted title or term: ``a programme called “…”``
_TITLE_CUE_RE = re.compile(r"\b(?:called|entitled|titled|named|dubbed|so-called|branded|labelled|"
                           r"nicknamed|headlined|the\s+phrase|the\s+term|the\s+word|known\s+as|"
                           r"slogan|motto|banner|headline)\s*$", re.I)
# what opens a noun phrase that a comparison introduces: ``compared to 34% who said``
_COMPARED_RE = re.compile(r"^(?:compared\s+(?:to|with)|against|versus)\s+", re.I)
# a statement the text does not say whose it is: ``the statement``, ``Wednesday's statement``
_STATEMENT_RE = re.compile(r"(?i)(?:the|(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day['’]s)"
                           r"\s+statement$")
_UNNAMED_DATA_RE = re.compile(r"^(?:a|an|new|recent|the\s+latest)?\s*(?:new\s+)?(?:report|study|survey|"
                              r"research|poll|analysis|figures|data)$", re.I)
# ``announced by Chancellor Gordon Brown``: a passive participle, not a reporting verb
_PASSIVE_BY_RE = re.compile(r"\s+by\s")
# ``agreed to buy``: the cue takes an infinitive (not ``said to reporters``, ``told to the BBC``)
_INFINITIVE_RE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|reporters|"
    r"journalists|delegates|members|me|him|them|us)\b|[a-z]+ing\b)[a-z]+\b")
# cue forms that are also plural nouns (``the estimates have``, ``his claims were``)
_PLURAL_NOUN_CUES = {"estimates", "claims", "forecasts", "fears", "notes", "warnings", "calls"}
_SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "or", "&", "is"}


@dataclass
class _Attribution:
    kind: str
    start: int
    end: int
    cue: str
    phrase: str      # the words naming the source, as written
    at: int          # where the source is named, for resolving pronouns
    speaker: str = ""
    dropped: bool = False


@dataclass
class _CueReading:
    """What one cue tells: its source phrase and, if any, its reported clause."""
    start: int
    end: int
    cue: str
    phrase: str
    clause: tuple[int, int] | None
    tail: tuple[int, int] | None = None  # the words after a cue whose claim came before it


def find_attributions(text: str) -> list[Claim]:
    """Direct and indirect attributions in ``text``, speakers resolved."""
    try:
        return _Document(text).attributions()
    except Exception:  # noqa: BLE001 - an extractor bug must not stop a batch of documents
        return []


class _Document:
    """One text's quotations, sentences, cue readings and speaker resolver."""

    def __init__(self, text: str):
        self.text = text
        self.sentences = Sentences.of(text)  # shared with the statistics extractor
        self.quotes = [q for q in find_quotes(text) if not q.nested]
        self._quote_starts = [q.open_at for q in self.quotes]
        self.resolver = SpeakerResolver(text)
        self._readings: list[_CueReading] = []
        self._reading_starts: list[int] = []
        self._indirect_starts: list[int] = []

    def attributions(self) -> list[Claim]:
        readings = self._read_cues()
        self._readings = readings
        self._reading_starts = [r.start for r in readings]
        for r in readings:
            if r.clause:
                r.clause = self._before_next_source(r.clause, r)
        clause_starts = sorted(r.clause[0] for r in readings if r.clause)
        found = [_Attribution("indirect", r.clause[0], r.clause[1], r.cue, r.phrase, r.start)
                 for r in readings if r.clause and not _nested_pronoun(r, clause_starts)]
        found.sort(key=lambda a: a.start)
        self._indirect_starts = [a.start for a in found]
        found += self._directs(readings, found)
        found.sort(key=lambda a: (a.start, a.kind))
        self._resolve(found)
        return [self._claim(a) for a in found if not a.dropped]

    # -- quotations ------------------------------------------------------------

    def _in_quote(self, offset: int) -> bool:
        i = bisect_right(self._quote_starts, offset) - 1
        return i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end

    def _directs(self, readings: list[_CueReading], indirects: list[_Attribution]) -> list[_Attribution]:
        directs = []
        headline_end = self._headline_end()
        for q in self.quotes:
            if not self._is_speech(q):
                continue
            a = _Attribution("direct", q.start, q.end, "", "", q.start)
            source = self._cue_after(q, readings) or self._cue_before(q, readings, indirects)
            if source:
                a.cue, a.phrase, a.at = source
            elif q.start < headline_end:
                a.phrase, a.at = self._headline_speaker(q), q.start
            elif self.text[q.open_at] in "‘'" or _fewer_words(self.text[q.start:q.end], 4):
                continue  # ``not just ‘community leaders’``, ``"audit trails"``: scare quotes
            directs.append(a)
        for a in directs:
            if a.start < headline_end and not a.phrase:
                # the headline quotes the story's first source
                first = min((b for b in indirects + directs if b.start >= headline_end and b.phrase),
                            key=lambda b: b.start, default=None)
                if first:
                    a.phrase, a.at = first.phrase, first.at
        return directs

    def _is_speech(self, q: Quote) -> bool:
        """Two or more words, not a title, not a scare-quoted term."""
        words = self.text[q.start:q.end].split(None, 8)  # only up to nine words are looked at
        if len(words) < 2:
            return False
        # every title cue ends with a letter, or a letter and a colon (``headline:``)
        before = self.text[max(0, q.open_at - 20):q.open_at].rstrip().rstrip(":")
        if before[-1:].isalpha() and _TITLE_CUE_RE.search(before):
            return False
        # ``Real People, Honest Talk``: every word capitalised and no sentence in it
        if len(words) <= 8 and self.text[q.end - 1] not in _SENTENCE_END \
                and all(w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha() for w in words):
            return False
        return True

    def _cue_after(self, q: Quote, readings: list[_CueReading]):
        """``“…,” she said`` / ``," said John Craig, co-author``."""
        if q.close_at < 0:
            return None
        before = bisect_right(self._reading_starts, q.open_at) - 1
        if before >= 0 and readings[before].phrase \
                and not self.text[readings[before].end:q.open_at].strip(" :,") \
                and not _CLOSING_MARK_RE.search(self.text, max(0, readings[before].start - 20),
                                                readings[before].start):
            # ``which he calls "good fun", apart from…, suggesting``: the cue right before it
            # (not the cue of the quotation before: ``"A," he said "B," he added``)
            return None
        gap_start = q.close_at + 1
        fragment = self.text[q.end - 1] not in ",.!?…-–—" \
            and self.text[gap_start:gap_start + 1] not in ",-–—"
        for i in range(bisect_right(self._reading_starts, gap_start - 1), len(readings)):
            r = readings[i]
            if r.start - gap_start > 120:
                break
            gap = self.text[gap_start:r.start]
            if _GAP_BREAK_RE.search(gap):
                return None
            if fragment and gap.strip():
                return None  # ``the "bonfire of quangos" New Labour had promised``: not its cue
            if gap.lstrip(" ,").split(None, 1)[:1] in _NEW_CLAUSE_OPENERS:
                return None  # ``remained a "major killer", with figures showing``: another source
            if self.text[q.end - 1] in _SENTENCE_END \
                    and not self.text[gap_start:r.end].lstrip(" ,")[:1].islower() \
                    and not (self.text[r.end:r.end + 1] in _SENTENCE_END and gap.strip() == r.phrase):
                # ``“….” He added:`` opens a new sentence: its cue is for what follows (not
                # ``"…?" Roe said.``: only a source and a cue, ending the sentence)
                return None
            if r.phrase:
                return r.cue, r.phrase, r.start
            return None
        return None

    def _cue_before(self, q: Quote, readings: list[_CueReading], indirects: list[_Attribution]):
        """``told the JC: “`` / ``said the plan was “…”``: the last cue of its sentence."""
        sent_start, _ = self.sentences.span_at(q.open_at)
        i = bisect_right(self._indirect_starts, q.open_at) - 1
        holding = [a for a in indirects[max(0, i - 2):i + 1]  # clauses rarely overlap more than that
                   if a.start <= q.open_at < a.end]
        if holding:
            # the first clause holding it, unless a speaker inside a source's report says it:
            # ``According to the FT, Tom Hale said the firm is "…"``
            a = holding[-1] if cue_class(holding[0].cue) == "according" else holding[0]
            return a.cue, a.phrase, a.at
        best = None
        for i in range(bisect_right(self._reading_starts, q.open_at) - 1, -1, -1):
            r = readings[i]
            if r.start < sent_start:
                break
            if r.end <= q.open_at:
                best = r
                break
        if best:
            gap = self.text[best.end:q.open_at]
            if _fewer_words(gap, 13) and not _CLOSING_MARK_RE.search(gap) \
                    and not _NEW_CLAUSE_RE.search(gap):
                cue = self.text[best.start:q.open_at].rstrip(" :,\"“‘'")
                return (cue if len(cue.split()) <= 6 else best.cue), best.phrase, best.start
        before = self.text[sent_start:q.open_at].rstrip()
        label = before.rstrip(":").strip(" -–—•*")
        if (before.endswith(":") or before[:1] in "-–—•*") and 0 < len(label.split()) <= 6 \
                and label[-1:].isalpha() and label.split()[-1][0].isupper():
            # ``- Bolton boss Sam Allardyce: "…"``: a name labels the quote
            return "", label, sent_start + before.find(label)
        if before.endswith(":"):
            # ``Austin’s post read:``: the first name of the sentence
            for name in NAME_RE.finditer(before):
                if name.group().split()[0].lower() not in SENTENCE_OPENERS:
                    end = name.end()
                    holder = _ROLE_THEN_NAME_RE.match(before, end)
                    if holder and holder.group(1) in _ROLE_WORDS:
                        end = holder.end()  # ``Gunners boss Arsene Wenger said:``: the holder too
                    return before[end:-1].strip(), before[name.start():end], sent_start + name.start()
        return None

    def _headline_end(self) -> int:
        first = re.match(r"\s*([^\n]*)\n\s*\n", self.text)
        if first and first.group(1) and first.group(1).rstrip()[-1:] not in ".!?":
            return first.end(1)
        return 0

    def _headline_speaker(self, q: Quote) -> str:
        """``Blair 'up for it'`` / ``Goldsmith: 'I was not leant on'``: the name before it."""
        line_start = self.text.rfind("\n", 0, q.open_at) + 1
        before = self.text[line_start:q.open_at].rstrip(" :")
        name = proper_name(before)
        if not name or " " in before.strip() or " " not in self.resolver.resolve(name, q.start):
            return ""  # ``Teens 'know little'``: not a name the story gives in full
        return name

    # -- cues ------------------------------------------------------------------

    def _read_cues(self) -> list[_CueReading]:
        """The readings of every cue outside a quotation, in document order."""
        readings = []
        # cues, quotations and sentences are all in document order: walk them together
        # (non-nested quotations and sentences never overlap)
        quotes, q = self.quotes, 0
        sentences, s = self.sentences.spans, 0
        for m in find_cues(self.text):
            at = m.start(1)
            while q < len(quotes) and quotes[q].end <= at:
                q += 1
            if q < len(quotes) and quotes[q].start <= at:
                continue  # quoted words report nothing
            while s < len(sentences) and sentences[s][1] <= at:
                s += 1
            if s < len(sentences) and sentences[s][0] <= at:
                reading = self._read_cue(m, *sentences[s])
                if reading:
                    readings.append(reading)
        return readings

    def _read_cue(self, m: re.Match, sent_start: int, sent_end: int) -> _CueReading | None:
        text = self.text
        cue = m.group(1)
        cue_start, cue_end = m.span(1)
        cls = cue_class(cue)
        if cls == "according":
            return self._read_according(m, sent_start, sent_end)
        if _PASSIVE_BY_RE.match(text, cue_end):
            return None  # ``the £7.4m announced by Chancellor Gordon Brown``: not a cue with a clause
        quote_end = self._after_last_quote(sent_start, cue_start)
        left_start = max(quote_end, cue_start - _SUBJECT_REACH)
        left = text[left_start:cue_start]
        trimmed = left.rstrip()
        if (" " + trimmed[-4:].lower()).endswith((" a", " an", " the")) \
                or cue.lower() in _NOUN_CUES | _PLURAL_NOUN_CUES and trimmed.endswith(("'s", "’s")) \
                and not text.startswith(" that ", cue_end) \
                or cue.lower() in _NOUN_CUES and _NOUN_BEFORE_VERB_RE.match(text, cue_end) \
                and _DETERMINED_WORD_RE.search(trimmed):
            return None  # ``a note written on a napkin``, ``the overall claim is``, ``Brown's forecast
            # of 3%``: a noun, not a cue (but ``Mr Hale's claim that…`` reports his claim)
        # inverted: ``…, said Richard Diamond, FCC deputy secretary.`` (never ``told X``: X listens),
        # also with no comma after a clause: ``…remains an issue said MP Richard Allan, …``
        if (trimmed[-1:] in (",", "\"", "”", "’", "") or self._inverted_without_comma(trimmed, m)) \
                and not _is_tell(cue) \
                and not cue.lower().endswith("ing") \
                and not cue.lower().startswith(_NOUN_OBJECT_CUES) \
                and not _closes_relative(trimmed) \
                and not (left_start == sent_start and _closes_apposition(trimmed)):
            phrase = self._phrase_after(cue_end, sent_end)
            if phrase:
                clause = None
                if cls in ("speech", "weak"):
                    before_end = left_start + len(left.rstrip(" ,"))
                    clause = self._clause_before(sent_start, before_end)
                    after = self._clause_after_phrase(cue_end, sent_end, phrase) \
                        if quote_end == sent_start else None
                    if clause and _is_opening_adverbial(text[clause[0]:clause[1]].split()):
                        clause = None  # ``At that point, says Dr Hale, games could…``
                    whole = after and self._interrupted(sent_start, before_end, after)
                    if whole:
                        clause = whole  # ``This, said Mr Hale, should help``: one clause
                    elif clause is None:
                        clause = after  # ``More significantly, argues the report, broadband is…``
                return _CueReading(cue_start, cue_end, cue, phrase, clause)
        if trimmed.lower().endswith("having") and text.startswith(" that,", cue_end):
            return None  # ``Having said that, Mark is fit``: an idiom, not a report
        subject = self._subject(left, cue)
        if subject is None:
            return None
        phrase, sep = subject
        words = phrase.split()
        if quote_end > sent_start and words and words[0] in _PREPOSITIONS | {"of", "to"} \
                and (trimmed.endswith(",") or not any(w[:1].isupper() for w in words)):
            # ``Mr Blair, who has called Africa a "scar" on the world's conscience, has said``:
            # the words after a quotation end a phrase, the subject is the sentence's (not
            # ``"make or break" for poorer countries Gordon Brown will say``)
            phrase, sep = "", -1
        rest_end, has_that = self._cue_object_end(cue_end, sent_end, cue)
        clause_start = rest_end if has_that or cls != "speech" else self._after_place(rest_end, sent_end)
        clause = tail = None
        if cls == "quote" or ("if " in left or "whether" in left or "why" in left) \
                and _EMBEDDED_QUESTION_RE.search(left, len(left) - 40):
            pass  # ``Asked whether he thought the plan would work, he said``
        elif not has_that and _INFINITIVE_RE.match(text, cue_end, sent_end):
            pass  # ``agreed to buy``, ``claimed to be``: an infinitive, not reported speech
        elif not has_that and cue[:4].lower() == "warn" \
                and _WARNED_ABOUT_RE.match(text, cue_end, sent_end) \
                and _FINITE.isdisjoint(text[cue_end:sent_end].split(",", 1)[0].lower().split()[:8]):
            # ``warned musicians against being allied to a party``: a topic, not a report (not
            # ``warned prices of food would rise``: a verb follows, a clause)
            pass
        elif not has_that and (self._is_tail(clause_start, sent_end, cls, cue)
                               or _PARTICIPLE_AFTER_RE.match(text, clause_start, sent_end)
                               and (quote_end > sent_start or sep >= 0
                                    and not _fewer_words(text[sent_start:left_start + sep], 3))):
            # (``"…," she said, quoting the man she knew``, ``…, he said, claiming they were``: a
            # participle phrase after a clause; not ``Sometimes, he said, spotting him was easy``)
            # the claim came first: ``…, Eurotunnel said`` / ``“…,” Mr Blair insisted``
            if sep >= 0:
                clause = self._clause_before(sent_start, left_start + sep)
            elif quote_end > sent_start and not self._introduced_quote(sent_start, quote_end):
                clause = self._clause_before(sent_start, quote_end)
            tail = (clause_start, sent_end)
        elif not (cue.lower().startswith("add") and text.startswith(" to ", cue_end)):  # ``adding to``
            clause = self._clause_after(clause_start, sent_end, cls, phrase, has_that, cue)
            opening = text[sent_start:cue_start].split(None, 2)
            if opening[0].lower() in ("but", "and", "yet") and len(opening) > 1:
                opening = opening[1:]  # ``But while Sella admitted…``
            if clause and opening[0].lower() in _OPENING_SUBORDINATORS \
                    and text.find(",", sent_start, cue_start) < 0 \
                    and text.find(",", clause[0], clause[1]) > 0:
                # ``While Simpson declared he would look back with pride, his focus turned…``:
                # the subordinate clause ends at its comma (not ``As announced last year, X…``),
                # after any aside (``When he arrived he said the plan, which cost £5m, would fail``)
                end = self._comma_after_asides(clause[0], clause[1])
                clause = None if _fewer_words(text[clause[0]:end], 3) else (clause[0], end)
            if sep >= 0 and text.startswith(",", clause_start) and cls in ("speech", "weak"):
                # ``Nobody, he claimed, could picture it``, ``Its claims, the suit added, were false``
                after_start = _SPACES_AND_COMMAS_RE.match(text, clause_start).end()
                after = clause or (after_start, self._clause_end(after_start, sent_end))
                clause = self._interrupted(sent_start, left_start + sep, after) or clause
        return _CueReading(cue_start, cue_end, self._cue_text(m, rest_end), phrase, clause, tail)

    def _inverted_without_comma(self, left: str, m: re.Match) -> bool:
        """``…that have educational elements said Mr Owen.``: a clause, then ``said`` and a
        person's name ending the sentence or followed by a comma (not ``She said French,``,
        ``A BNP spokesperson said Mr Tyndall,``)."""
        if m.group(1) not in ("said", "says"):
            return False
        last = left[left.rfind(" ") + 1:]
        return last.isalpha() and last.islower() \
            and last not in _ROLE_WORDS and last not in PRONOUNS \
            and bool(_NAME_ENDING_CLAUSE_RE.match(self.text, m.end(1))) and _has_verb(left.split()[-12:])

    def _comma_after_asides(self, start: int, end: int) -> int:
        """The first comma in ``text[start:end]`` that does not open an aside (``, which cost
        £5m,``, ``, in real terms,``, ``, once a market leader,``), or ``end``."""
        text = self.text
        comma = text.find(",", start, end)
        while comma > 0:
            following = text.find(",", comma + 1, end)
            if following < 0:
                return comma
            words = text[comma + 1:following].split()
            if not (words[:1] in (["which"], ["who"], ["whose"])
                    or len(words) <= 5 and not _has_verb(words)):
                return comma
            comma = text.find(",", following + 1, end)
        return end

    def _before_next_source(self, clause: tuple[int, int], reading: _CueReading) -> tuple[int, int]:
        """``figures suggest a rise, Ms Lomax said``, ``…insisted A, he admitted B``: a clause
        ends at the comma before another cue and its source."""
        start, end = clause
        mark = self._relative_clause_mark(reading)
        if mark:
            # ``John Cryer, whose question revealed the estimate, said``, ``The IAAF - which said
            # it was surprised - is deciding``: the relative ends at a comma or dash before the
            # main clause's verb
            comma = self.text.find(mark, start, end)
            after = self.text[comma + len(mark):comma + 30].split(None, 1)[:1] if comma > 0 else []
            if after and (after[0] in _FINITE or CUE_AT_START_RE.fullmatch(after[0])):
                return start, comma
        if self.text[start:start + 12].split(None, 1)[0].lower() in _SUBORDINATORS | _PREPOSITIONS:
            return clause  # ``said if it made no cuts, it expects to lose``: one clause
        for i in range(bisect_right(self._reading_starts, start), len(self._readings)):
            other = self._readings[i]
            if other.start >= end:
                break
            comma = self.text.rfind(",", start, other.start)
            if other is reading or comma < reading.end or cue_class(other.cue) == "quote" \
                    or not other.clause and not other.cue.endswith("ing"):
                continue  # (``…channels, call signs and codes``: a noun, no report)
            gap = self.text[comma + 1:other.start]
            words = gap.split()
            link = bool(words) and words[0].lower() in _CLAUSE_LINKS
            first = words[1:2] if link else words[:1]
            if first and first == other.phrase.split()[:1] \
                    and (first[0][0].isupper() or first[0] in _SUBJECT_WORDS or link) \
                    or not first and self._closes_with(other) \
                    or link and not other.phrase and _BETWEEN.issuperset(w.lower() for w in words[1:]):
                # (``…, he admitted``, ``…, Ms Lomax said``, ``…, but he stressed``, ``…, with the
                # committee announcing``, ``…, but has admitted``; not ``…, his lawyer, Tom Hale,
                # told``, ``the deficit which, they claim, would``)
                before = self.text[start:comma].rsplit(None, 1)
                if _fewer_words(gap, 7) and not _GAP_BREAK_RE.search(gap) and len(before) > 1 \
                        and before[1].lower() not in _RELATIVE:
                    return start, comma
        return clause

    def _interrupted(self, sent_start: int, before_end: int,
                     after: tuple[int, int]) -> tuple[int, int] | None:
        """``Nobody, he claimed, could picture it``: the clause a cue interrupts, from the
        sentence's start, when the words after the cue go on with a verb (not ``the deficit
        which, they claim, would grow``: the clause is the relative's)."""
        text = self.text
        if text[after[0]:after[0] + 12].split(None, 1)[0] not in _FINITE \
                or text[sent_start:before_end].rstrip(" ,").rpartition(" ")[2].lower() in _RELATIVE:
            return None
        opening = _LEADING_LINK_RE.match(text, sent_start, after[0])
        return opening.end() if opening else sent_start, after[1]

    def _relative_clause_mark(self, reading: _CueReading) -> str:
        """``X, whose question revealed…``, ``X - which said…``: the comma or dash opening the
        relative clause a cue is in ("" if it is in none)."""
        text = self.text
        for mark in (",", " - ", " – "):
            at = text.rfind(mark, max(0, reading.start - 150), reading.start)
            first = text[at + len(mark):reading.start].split(None, 1)[:1] if at > 0 else []
            if first in (["who"], ["whose"], ["which"]) and "." not in text[at:reading.start]:
                return mark
        return ""

    def _introduced_quote(self, start: int, end: int) -> bool:
        """``Ms Hale added: "…," she said``: the words before the cue are a cue and the
        quotation it introduces, no reported clause."""
        i = bisect_right(self._quote_starts, start)
        return i < len(self.quotes) and self.quotes[i].open_at < end \
            and self.text[start:self.quotes[i].open_at].rstrip().endswith(":")

    def _closes_with(self, reading: _CueReading) -> bool:
        """Whether a cue right after a comma closes the clause before it: ``…, adding``,
        ``…, said Mr Clarke, a barrister.``, ``…, according to analysts.`` (not ``…, finding
        cures``, ``…, suggests a degree of skill``, ``…because, said Mr Hale, they are…``)."""
        cue, cls = reading.cue.lower(), cue_class(reading.cue)
        if cue.endswith("ing"):
            return cls in ("speech", "weak")
        if cls == "according" or cue in _TAIL_CUES and self.text.startswith(reading.phrase, reading.end + 1):
            rest = self.text[reading.end:self.sentences.span_at(reading.end)[1]]
            return not _has_verb(rest.split())
        return False

    def _cue_text(self, m: re.Match, rest_end: int) -> str:
        cue_text = self.text[m.start(1):rest_end].strip()
        if cue_text.endswith(" that"):
            cue_text = cue_text[:-5]
        return cue_text if len(cue_text.split()) <= 6 else m.group(1)

    def _after_last_quote(self, start: int, end: int) -> int:
        """Where the words before a cue start: after any quotation closed before it."""
        i = bisect_right(self._quote_starts, end) - 1
        while i >= 0:
            q = self.quotes[i]
            stop = q.close_at + 1 if q.close_at >= 0 else q.end
            if stop <= end:
                return max(start, stop)
            if q.open_at < start:
                break
            i -= 1
        return start

    def _subject(self, left: str, cue: str) -> tuple[str, int] | None:
        """The phrase naming the source just before a cue, and where its clause separator is.

        Returns (phrase, offset in ``left`` of the comma before the subject, or -1).
        ``James Cridland, head of new media at Virgin Radio, said`` and ``Michael Gove,
        who said`` name the person before the commas; ``Last night, a Lufthansa
        spokesman said`` the one after.
        """
        core = _without_adverb(_strip_between(left))
        if not core:
            return None
        last_word = core[core.rfind(" ") + 1:].lower()
        if last_word in _PASSIVE_END and cue.lower().endswith("ing") and " " in core:
            # ``it is estimating``: a progressive, not a passive
            core = core[:core.rfind(" ")].rstrip()
            last_word = core[core.rfind(" ") + 1:].lower()
        if last_word in _PASSIVE_END or last_word in ("it's", "it’s"):
            return None  # ``it is thought``, ``It's predicted``: a passive with no source
        participle = cue.lower() in PARTICIPLES
        quoted = _QUOTED_AS_RE.search(core) if participle and last_word == "as" else None
        if quoted:
            # ``quoted an unnamed executive as saying``: the one quoted; ``A, Reuters quoted sources
            # as saying``: A is what they said (not a quotation's own comma: ``"A," X quoted…``)
            comma = core.rfind(",", 0, quoted.start())
            return quoted.group(1), comma if comma > 0 and core[comma - 1] not in _CLOSING else -1
        if last_word in {"and", "but", "having"} or participle and last_word in _LINKS:
            return "", -1  # ``… and said``, ``while announcing``: the sentence's subject
        if "(" in core:
            core = _BRACKETS_RE.sub(lambda m: " " * len(m.group()), core).rstrip()
        closed = core.endswith((",", " -", " –", " —"))
        parts = _parts(core.rstrip(",-–— "))
        if participle and closed:
            return "", -1  # ``…, saying``: the sentence's subject, found by the caller
        if closed:
            del parts[_relative_list_end(parts):]  # ``X, which includes A, B and C, said``: X
            # ``Bob Wellington, of Torfaen, said``, ``after Qwest, which had an offer
            # rejected, said``, ``Dr Greenspan, 79, said``: appositives that cannot be
            # subjects; the subject ends the part before them
            while len(parts) > 1 and (_never_subject(parts[-1][1]) or len(parts) > 2
                                      and parts[-2][1].split()[:1] in (["from"], ["in"], ["of"])
                                      and len(parts[-1][1].split()) <= 2 and parts[-1][1][:1].isupper()):
                parts.pop()  # ``Mr Mubanga, 32, from Wembley, London, said``: the place goes too
            parts[-1] = (parts[-1][0], _strip_between(parts[-1][1]))  # ``He did, however, admit``
        sep_at, phrase = parts[-1]
        if len(parts) > 1 and phrase.strip().lower() in _RELATIVE:
            # ``… by Housing Secretary Michael Gove, who said``, ``by the National Council for
            # Adoption, which said``: the name before ``who``
            names = list(NAME_RE.finditer(parts[-2][1]))
            if not names:
                return None
            sep_at, phrase = -1, _joined_name(parts[-2][1], names[-1])
        elif closed or len(parts) > 1 and _is_appositive(phrase) and not _described_subject(phrase) \
                and not _description_then_name(phrase):
            # walk back over appositives to the name they describe; a clause-like
            # appositive (``The research, carried out by …, says``) follows any noun phrase
            # (a lone part that is not closed has nothing to walk back to)
            skipped = phrase
            for at, part in reversed(parts[-4:-1]):
                if _is_name_like(phrase) and (_only_titles(part) or _owned_role(part)) \
                        or closed and _never_subject(part):
                    # ``The head of the NHTCU, Acting Chief Superintendent, Mick Deats, said``,
                    # ``Robert Jackson, 58, MP for Wantage, said``, ``Netco's CEO, Jan Roe, said``
                    continue
                if _is_name_like(part) and not _AUXILIARIES.intersection(part.split()):
                    sep_at, phrase = at, _leading_name(part)
                    break
                if _description_then_name(part):
                    sep_at, phrase = at, part  # ``marketing company Doubleclick, one of …, warned``
                    break
                if _is_clause_like(skipped) and len(part.split()) <= 4 and _opening_noun_phrase(part):
                    sep_at, phrase = at, part
                    break
                if not _is_appositive(part):
                    break
                skipped = part
            else:
                if closed and len(parts) > 1 and parts[-2][1].split()[0] in {"A", "An", "The"} \
                        and (_POSSESSIVE_PART_RE.match(phrase.strip()) or _is_appositive(phrase)):
                    # ``A spokesman for Unison, Britain's biggest union, said``: the first
                    # noun phrase is the subject, the second describes it
                    sep_at, phrase = parts[-2]
        phrase = phrase.strip()
        cut = _after_last_link(phrase)
        if cut != phrase:
            phrase = cut
            sep_at = -1
        phrase = _without_link(phrase).strip()
        time = _TIME_PHRASE_RE.match(phrase)
        if time and time.end() == len(phrase):
            return "", -1  # the sentence's subject, found by the caller
        if time and phrase[time.end():].strip()[:1].isupper():
            phrase = phrase[time.end():].strip()  # ``and in December BT announced``
        if _OPENING_ADVERBIAL_RE.match(phrase) and phrase[phrase.rfind(" ") + 1:].islower():
            # ``In 1998 the party said``, ``In its report the committee said``: not ``In``
            phrase = phrase[[m.start() for m in _DETERMINER_RE.finditer(phrase)][-1]:]
        words = phrase.split()
        if not words or not _AUXILIARIES.isdisjoint(words) or ("n't" in phrase or "n’t" in phrase) \
                and any(w.endswith(("n't", "n’t")) for w in words):
            return None  # ``The government has played down claims``: a clause, not a subject
        if words[-1].lower() in {"he", "she", "it", "they"}:
            phrase, words = words[-1], words[-1:]  # ``Last season he``
        elif len(words) > 1 and words[-1] in ("which", "who"):
            # ``The advice came from the Low Pay Commission which said``: the name before it
            names = list(NAME_RE.finditer(phrase, 0, len(phrase) - len(words[-1])))
            if names and not phrase[names[-1].end():len(phrase) - len(words[-1])].strip():
                phrase = names[-1].group().strip()
            else:
                # ``compared to 34% who said``: the noun phrase before it
                phrase = _COMPARED_RE.sub("", " ".join(words[:-1]))
            words = phrase.split()
        if len(words) > 3 and words[0][:1].isupper():
            phrase, words = _name_before_role(phrase, words)
        if len(words) > 10 or phrase.lower() in _NOT_SUBJECTS or words[0].lower() in ("there", "whose"):
            return None  # ``I think``: a reader's comment; ``there are growing fears``
        if words[-1].lower().strip(",") in _BAD_SUBJECT_END \
                or cue.lower() in _PLURAL_NOUN_CUES and _verb_before_object(words):
            return None
        if len(words) > 1 and any(m.group(1) != "states" for m in CUE_RE.finditer(" " + phrase)):
            # ``observers said they thought``: a cue inside another's clause (``Officials in
            # several states`` holds the noun)
            return None
        if cue == "states" and words[0].lower() not in _DETERMINERS:
            return None  # ``from all member states``: the noun
        if len(words) > 2 and words[0].islower() and words[1] in _DETERMINERS \
                and (words[0].endswith("ing") or cue.lower() in PARTICIPLES and words[0].endswith("ed")) \
                and "from" not in words and "by" not in words:
            # ``…, sending a message on video saying``, ``Plus.net backed the proposals saying``:
            # the sentence's subject (not ``using a letter from Lee Scott saying``)
            return "", -1
        while len(words) > 1 and words[-1].lower() in _FOCUS_WORDS:
            words = words[:-1]  # ``The chancellor meanwhile``, ``Tony Blair himself``
            phrase = " ".join(words)
        return _before_participle(phrase), sep_at - 1 if sep_at > 0 else -1

    def _phrase_after(self, start: int, end: int) -> str:
        """The source named after an inverted cue: ``said the mayor.``"""
        m = _PHRASE_AFTER_RE.match(self.text, start, end)
        if not m:
            return ""
        phrase = m.group(1).strip()
        words = phrase.lower().split()
        if not words:
            return ""
        if phrase.lower() in {"he", "she", "it", "they"}:
            # ``…,” said he.``; not ``…, said it "meant a lot"``: a pronoun opening a clause
            return phrase if self.text[m.end(1):m.end(1) + 1] in ",.;!?" else ""
        if self.text[m.end(1):m.end(1) + 2].lstrip()[:1] in ("\"", "“"):
            return ""  # ``Mr Yeo, his spokesman, said the plans "stink"``: a clause, not a source
        if phrase[:1].islower() and words[0].endswith("ing"):
            return ""  # ``…, said being honoured meant a lot``: a clause
        if len(words) > 8 or words[0] in _BAD_CLAUSE_START or any(w in _VERBISH for w in words) \
                or words[-1] in _BAD_SUBJECT_END:  # ``…, says a "touchy-feely" image``
            return ""  # ``…, said the two-year penalty was``: a clause, not a source
        if words[0] in _DESCRIBING and (len(words) > 1 or phrase[:1].islower()):
            # ``…," said its chairman, Sir Anthony Greener.``: the name the description gives
            named = _DESCRIBED_NAME_RE.match(self.text, m.end(1), end)
            if named:
                return named.group(1)
        if words[-1] in ORG_WORDS and phrase.split()[-1][:1].isupper():
            rest = _ORG_NAME_REST_RE.match(self.text, m.end(1), end)
            if rest:
                return phrase + rest.group()  # ``said the Telecom Regulatory Authority of India``
        return phrase

    def _cue_object_end(self, cue_end: int, sent_end: int, cue: str) -> tuple[int, bool]:
        """Skip the cue's object and adverbials (``told the JC``, ``said in a statement``).

        Returns where the reported clause may start and whether ``that`` opened it.
        """
        text = self.text
        # most sentences have no ``that`` after the cue: no need to try every word
        has_that = text.find("that", cue_end, sent_end) >= 0
        that = has_that and _THAT_SOON_RE.match(text, cue_end, sent_end)
        if has_that and not that and text.startswith((" in ", " on "), cue_end):
            # ``said in the complaint, filed on 13 December, that it did not``
            that = _THAT_AFTER_ASIDE_RE.match(text, cue_end, sent_end)
            if that:
                return that.end(), True
        if that and not text[cue_end:that.end() - 4].strip():
            if _PRONOUN_THAT_RE.match(text, that.end()):
                return cue_end, False  # ``said that was impossible``: ``that`` is the clause's subject
            if _THAT_AS_OBJECT_RE.match(text, that.end()):
                return that.end(), False  # ``denied that, saying``: ``that`` is the object
        between = text[cue_end:that.end() - 4].lower().split() if that else []
        if that and _FINITE.isdisjoint(between) and between[:1] not in (["about"], ["of"], ["against"]) \
                and not (between and _PRONOUN_THAT_RE.match(text, that.end())):
            # (not ``said one factor that might have…``: a relative ``that`` after a noun)
            # not ``said it would release a toolkit that strips``: a clause came before ``that``;
            # not ``warning about viruses that can spread``: a relative ``that``
            return that.end(), True
        pos = cue_end
        warned = cue.lower().startswith("warn") and _WARNED_PRONOUN_RE.match(text, pos, sent_end)
        if warned:
            pos = warned.end()  # ``warned him such practices were improper``
        if _is_tell(cue):
            obj = _TOLD_OBJECT_RE.match(text, pos, sent_end)
            if obj:
                pos = obj.end()
                outlet = _OUTLET_THEN_NAME_RE.search(text, obj.start(), pos)
                if outlet and _AUXILIARY_NEXT_RE.match(text, pos, sent_end):
                    pos = outlet.end()  # ``told the BBC Michael Howard has``: the name is the clause's
        adverbial = _ADVERBIAL_AFTER_RE.match(text, pos, sent_end)
        if adverbial:
            pos = adverbial.end()
        return pos, False

    def _after_place(self, pos: int, sent_end: int) -> int:
        """``said in a referendum they wanted``, ``said on a visit to Sydney there was``: where
        the clause starts, at its subject after the place or occasion (a pronoun first)."""
        if not self.text.startswith((" in ", " on ", ", in ", ", on "), pos):
            return pos
        place = _PLACE_BEFORE_PRONOUN_RE.match(self.text, pos, sent_end) \
            or _PLACE_BEFORE_NOUN_RE.match(self.text, pos, sent_end)
        return place.end() if place else pos

    def _is_tail(self, start: int, end: int, cls: str, cue: str) -> bool:
        """Nothing in ``text[start:end]`` after the cue but an adverbial or a new clause
        (``…, he said during an interview.``, ``…, Eurotunnel said, but warned``, ``…, he said
        in his interview, which…``, ``…, the paper said, taking into account…``): the claim was
        before the cue. (A colon is never skipped, so ``said: in…`` is no tail.)"""
        first = _FIRST_WORD_RE.match(self.text, start, end)
        if not first:
            return True
        word = first.group(1).lower()
        # not ``colours found in the two earlier films, X brings``, ``talent recognised on the
        # global stage``: a participle's place (but ``…, he said on the Today programme``: where
        # it was said); not ``a weekend show, which``: a noun
        return word in _TAIL_STARTERS \
            and not (cue.lower() not in _TAIL_CUES and _PLACE_START_RE.match(self.text, first.start(1), end)) \
            or word == "which" and cls in ("speech", "weak") \
            or word.endswith("ing") and self.text[start:first.start(1)].strip() == "," \
            and not _has_verb([w for w in self.text[first.end(1):end].split() if not w.endswith("ing")])

    def _clause_after(self, start: int, sent_end: int, cls: str, phrase: str, has_that: bool,
                      cue: str) -> tuple[int, int] | None:
        text = self.text
        if cls == "weak" and not has_that and not (cue.lower() in _FIGURE_CUES
                                                   and any(ch.isdigit() for ch in text[start:sent_end])
                                                   and not _NOUN_FORECASTS_RE.match(text, start, sent_end)) \
                and not _WEAK_CLAUSE_RE.match(text, start, sent_end) \
                and not _pronoun_clause(text[start:start + 40].split() + ["", ""]):
            return None  # ``added 500 jobs``; but ``reported a 6% rise in profits``, ``adding it believes``
        if cue.lower().startswith("den") and not has_that:
            first_word = text[start:start + 40].split(None, 1)[:1]
            if (not first_word or not first_word[0].endswith("ing")) \
                    and not _WEAK_CLAUSE_RE.match(text, start, sent_end):
                return None  # ``Ferreira denied Gerrard``: a save, not a denial (but ``denied he was``)
        if cls == "finding" and not has_that and not _holds_data(phrase):
            return None  # ``they showed their intent``: a team, not a study
        while start < sent_end and text[start] in " \t,":
            start += 1
        if start >= sent_end or text[start] in ":;(" or text[start] in _SENTENCE_END:
            return None
        end = self._clause_end(start, sent_end)
        words = text[start:end].split()
        if len(words) < 2 or not has_that and words[0].lower().strip("\"“”") in _BAD_CLAUSE_START:
            return None
        if not has_that and cue.lower() in _PLURAL_NOUN_CUES and words[0] in ("have", "are", "were"):
            return None  # ``initial estimates have put``: the cue word was a noun
        if self._only_a_quote(start, end):
            return None
        if not has_that and _is_tell(cue):
            order = _TOLD_TO_RE.match(text, start, end)
            before = order.group(1).split() if order else []
            # (an -ing word is no verb here: ``told aspiring film-makers not to``)
            if order and not _has_verb([w for w in before if not w.endswith("ing")]) \
                    and not (len(before) > 1 and _pronoun_clause(before)):
                return None  # ``told young film-makers not to ignore…``: an order, not a report
        colon = text.find(":", start, end)
        if colon > 0 and text[colon + 1:colon + 3].lstrip()[:1] in _OPENING \
                and not _has_verb(text[start:colon].split()):
            return None  # ``told a news channel on her phone: "…"``: the quotation is the claim
        if not has_that and cls == "speech" and not cue.lower().startswith(_NOUN_OBJECT_CUES) \
                and not _has_verb(words) and not _pronoun_clause(words) \
                and not (cue.lower() in _CLAUSE_TAKING and _plain_verb(words)) \
                and not (cue.lower() in _EXPECTING_CUES and _holds_figure(text[start:end])):
            return None  # ``told his monthly news conference``, ``confirmed his superstar status``
        return start, end

    def _clause_after_phrase(self, start: int, sent_end: int, phrase: str) -> tuple[int, int] | None:
        after = self.text.find(phrase, start, sent_end)
        if after < 0 or self.text[after + len(phrase):after + len(phrase) + 1] != ",":
            return None
        return self._clause_after(after + len(phrase) + 1, sent_end, "speech", phrase, False, "argues")

    def _clause_before(self, sent_start: int, sep: int) -> tuple[int, int] | None:
        text = self.text
        start = sent_start
        link = _LEADING_LINK_RE.match(text, start, sep)
        if link:
            start = link.end()
        end = sep
        while end > start and text[end - 1] in " ,":
            end -= 1
        if _fewer_words(text[start:end], 3) or self._only_a_quote(start, end) or self._in_quote(start):
            return None
        if text[start] in _OPENING and CUE_RE.search(text, start, end):
            return None  # ``"A," said X. "B," she added``: quotations with their own cues
        return start, end

    def _clause_end(self, start: int, sent_end: int) -> int:
        """The end of a reported clause: its sentence's end, or the next cue joined to it."""
        text = self.text
        end = sent_end
        cut = _CLAUSE_CUT_RE.search(text, start, sent_end)
        while cut and text[cut.start()] == ";" \
                and text.count("(", start, cut.start()) > text.count(")", start, cut.start()):
            cut = _CLAUSE_CUT_RE.search(text, cut.end(), sent_end)  # ``1.45bn euros (£1bn; $1.9bn)``
        if cut:
            end = cut.start()
        while end > start and (text[end - 1] in _CLAUSE_END_TRIM or
                               (text[end - 1] in "\"”’'" and self._quote_opened_before(start, end))):
            end -= 1
        return end

    def _quote_opened_before(self, start: int, end: int) -> bool:
        """A closing mark at ``end`` whose quotation opened before ``start``."""
        i = bisect_right(self._quote_starts, end) - 1
        return i >= 0 and self.quotes[i].close_at == end - 1 and self.quotes[i].open_at < start

    def _only_a_quote(self, start: int, end: int) -> bool:
        """``said that "the plan is a leap in the dark"``: a quotation, no clause."""
        if start >= end or self.text[start] not in _OPENING:
            return False
        i = bisect_right(self._quote_starts, start) - 1
        if i < 0 or self.quotes[i].open_at != start:
            return False
        rest = []  # the words outside quotations: ``“A” and “B”`` has only ``and``
        pos = start
        for q in self.quotes[i:]:
            if q.open_at >= end:
                break
            rest.append(self.text[pos:q.open_at])
            pos = q.close_at + 1 if q.close_at >= 0 else q.end
        rest.append(self.text[pos:end])
        return not set(" ".join(rest).strip(" ,.!?\"”’'").split()) - {"and", "or", ",", "but"}

    def _read_according(self, m: re.Match, sent_start: int, sent_end: int) -> _CueReading | None:
        text = self.text
        source = re.match(r"\s+([^,.;:!?\"“”]{1,80}?)(?=\s*[,.;:!?]|$)", text[m.end(1):sent_end] + ".")
        if not source:
            return None
        source_text = source.group(1)
        if source_text.split(None, 1)[0].lower() in ("how", "whether", "what", "when", "where") \
                or not _MANNER_NOUNS.isdisjoint(source_text.split()[:3]) \
                and not any(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in source_text.split()[:4]):
            # ``lose weight according to how long he spends``, ``modelled according to the laws
            # of physics``, ``according to Russia's competition law``: depending on, in line
            # with; no source (but ``according to Age Concern``: a name)
            return None
        opens_sentence = not text[sent_start:m.start(1)].strip()
        if opens_sentence:
            source_text = source_text[:_source_end(source_text)]
        phrase = _source_of(source_text)
        after = m.end(1) + source.start(1) + len(source_text)
        clause = None
        if not opens_sentence:
            sep = m.start(1)
            clause = self._clause_before(sent_start, sep)
            if clause and text[after:sent_end].strip(" .!?"):
                clause = (clause[0], self._clause_end(after, sent_end))  # ``A, according to X, B``
        elif after < sent_end:
            start = after
            while start < sent_end and text[start] in " ,":
                start += 1
            first = text[start:start + 20].split(None, 1)[:1]
            if first and (first[0] in ("which", "who") or first[0] in _ROLE_WORDS) \
                    and text.find(", ", start, sent_end) > 0:
                # ``According to the WSJ, which cites…, B``, ``According to Tom Hale, head of
                # Netco, B``
                start = text.find(", ", start, sent_end) + 2
            named = _APPOSITIVE_NAME_RE.match(text, start, sent_end)
            if named and phrase.islower() and phrase.split()[-1] not in DATA_NOUNS | {"book"} \
                    and not _opens_description(text[named.end():sent_end]):
                # ``According to industry watchdog, Ofcom, the growth means``: the name the
                # description gives (not ``According to analysts, HSBC, the biggest bank, will``, nor
                # a title: ``According to a new book, Brown's Britain, …``)
                phrase, start = named.group(1), named.end()
            end = self._clause_end(start, sent_end)
            if not _fewer_words(text[start:end], 3):
                clause = (start, end)
        return _CueReading(m.start(1), m.end(1), m.group(1), phrase, clause)

    # -- speakers --------------------------------------------------------------

    def _resolve(self, found: list[_Attribution]) -> None:
        """Resolve every source phrase in document order; cue-less quotes take the last speaker."""
        resolver = self.resolver
        # nor is anyone named after a cue whose claim came first (``…, Lord Butler said in his
        # interview, which was conducted by X. He said:``: not X)
        resolver.set_claim_spans([(a.start, a.end) for a in found]
                                 + [r.tail for r in self._readings if r.tail])
        resolved: dict[tuple[str, int], str] = {}
        last = ""
        for i, a in enumerate(found):
            if a.phrase and _UNNAMED_DATA_RE.match(a.phrase):
                a.speaker = self._named_later(found, i) or a.phrase
            elif _STATEMENT_RE.match(a.phrase) and (issuer := self._statement_source(found, i)):
                a.speaker = issuer
            elif a.phrase:
                # a quotation inside a reported clause shares its reading: resolve it once
                key = (a.phrase, a.at)
                if key not in resolved:
                    resolved[key] = resolver.resolve(a.phrase, a.at)
                a.speaker = resolved[key]
            elif a.kind == "indirect" or a.cue:
                a.speaker = self._sentence_subject(a.at)
            elif a.kind == "direct":
                a.speaker = self._next_in_run(found, i) or self._narrative_subject(found, i) or last
                # ``"Make love not spam"``: a short quotation no one says is a slogan
                a.dropped = not a.speaker and _fewer_words(self.text[a.start:a.end], 6)
            if a.speaker:
                resolver.remember(a.at, a.speaker)
                last = a.speaker

    def _statement_source(self, found: list[_Attribution], i: int) -> str:
        """``An IAAF statement said: … The statement continued:``: who issued the statement
        the text mentioned last (the speaker of the sentence that mentions it), else the last
        organisation that spoke."""
        mention = self.text.rfind("statement", 0, found[i].at - len(found[i].phrase) - 1)
        sent_start, sent_end = self.sentences.span_at(mention) if mention >= 0 else (-1, -1)
        for b in reversed(found[:i]):
            if b.at < sent_start:
                break
            if b.at < sent_end and b.speaker:
                return b.speaker
        if mention < 0:
            return next((b.speaker for b in reversed(found[:i])
                         if b.speaker[:1].isupper() and self.resolver.kind(b.speaker) == "org"), "")
        return ""

    @cached_property
    def _lead_end(self) -> int:
        """Where the story's opening paragraph ends (-1 if it is the whole text)."""
        text = self.text
        lead_start = len(text) - len(text[self._headline_end():].lstrip())
        return text.find("\n", lead_start)

    def _named_later(self, found: list[_Attribution], i: int) -> str:
        """``research suggests`` in a story's opening paragraph: the organisation or study the
        story then names. Later in a story (``Figures show that…``) the next source is someone
        commenting, and a person named next is not the study (``…, new figures show. …, Bert
        Ruerup said``)."""
        if found[i].at > self._lead_end >= 0:
            return ""
        for b in found[i + 1:i + 4]:
            if b.phrase and b.at - found[i].at < 600 and not _UNNAMED_DATA_RE.match(b.phrase):
                name = self.resolver.resolve(b.phrase, b.at)
                if name[:1].isupper():
                    kind = self.resolver.kind(name)
                    # not a description (``The rule states``, ``A majority of voters said``)
                    described = name.split()[0] in ("The", "A", "An") and kind != "org"
                    return name if kind != "person" and not described else ""
        return ""

    def _next_in_run(self, found: list[_Attribution], i: int) -> str:
        """``"A. "B," said Z``: a quotation left open by the next one shares its speaker; so do
        closed ones that run into a cued one after a sentence of narrative (``Z wants more.
        "A." "B," said Z``), not right after another speaker's quote (``"C," said Y. "D."``)."""
        a = found[i]
        after_narrative = self._after_narrative(found, i)
        if self.text[a.end:a.end + 1] in _CLOSING and not after_narrative:
            return ""
        for b in found[i + 1:i + 4]:
            if b.kind != "direct" or self.text[a.end:b.start].strip(" \t\"“”,.!?"):
                return ""
            if b.phrase:
                return self.resolver.resolve(b.phrase, b.at)
            if not after_narrative or self.text[b.end:b.end + 1] in _CLOSING:
                return ""  # ``"A." "B." "C," added Y``: C is a new quotation
            a = b  # cue-less and left open too: the run goes on
        return ""

    def _after_narrative(self, found: list[_Attribution], i: int) -> bool:
        """Whether a sentence of the writer's own stands between ``found[i]`` and the claim
        before it."""
        before = found[i - 1].end if i else 0
        gap = self.text[before:found[i].start].lstrip(" \t\"”’'")
        if gap[:1].isupper() and self.text[before - 1:before] in _SENTENCE_END:
            return True  # ``…." He wants more. "A."``; not ``…," Cary Leahy said. "A."``
        end = _NARRATIVE_END_RE.search(gap)  # past the cue's sentence: ``," said Y. He…``
        return bool(end and gap[end.end():].strip(" \t\"“‘'"))

    def _narrative_subject(self, found: list[_Attribution], i: int) -> str:
        """``On this subject, Morris appears almost evangelical. "I was…"``: a quotation with
        no cue after a sentence of the writer's that opens with a person's name is theirs."""
        quote_at = found[i].start - 1
        if not self._after_narrative(found, i):
            return ""
        sent_start, sent_end = self.sentences.span_at(len(self.text[:quote_at].rstrip()) - 1)
        if sent_end > quote_at or sent_start <= (found[i - 1].end if i else 0):
            return ""  # the sentence holds the quotation, or the claim before it
        first = self.text[sent_start:sent_end].split(None, 1)[:1]
        if not first:
            return ""
        if first[0].lower() in PRONOUNS:
            # ``He promised to listen. "I will…"``: the person the pronoun means
            return self.resolver.resolve(first[0], sent_start) if first[0] in ("He", "She") else ""
        name = self._sentence_subject(sent_end - 1)
        if not name[:1].isupper() or self.resolver.kind(name) != "person":
            return ""
        # the subject of a story about them (``Bob became an icon``) speaks elsewhere too
        # (``He said`` before, resolved to them; a cue's phrase after)
        surname = name.split()[-1]
        return name if any(surname in (b.speaker or b.phrase) for b in found if b is not found[i]) else ""

    def _sentence_subject(self, at: int) -> str:
        """The subject of the sentence holding ``at`` (for ``…, saying``): the source of its
        main verb if that is a cue, else its opening name or phrase."""
        sent_start, sent_end = self.sentences.span_at(at)
        for i in range(bisect_right(self._reading_starts, sent_start - 1), len(self._readings)):
            reading = self._readings[i]
            if reading.start >= at:
                break
            if reading.phrase:
                return self.resolver.resolve(reading.phrase, reading.start)
        # ``But in an interview with the FT, Mr Blair refused…``: the first clause that
        # opens with a noun phrase
        parts = _parts(self.text[sent_start:at])
        for i, (part_at, part) in enumerate(parts):
            first = part.split(None, 1)[0].lower() if part.split(None, 1) else ""
            if first in _SUBORDINATORS or first.endswith("ing") and len(parts) > i + 1:
                # ``When Carson died, President Bush led the tributes, saying``; ``Having
                # been pricked into action, the regulator…``
                continue
            phrase = _opening_noun_phrase(_without_link(part.strip()))
            if phrase and phrase.lower() not in SENTENCE_OPENERS:  # not ``Later, Dr Gibbons``
                if i + 2 < len(parts) and phrase[:1].isupper() and not _is_name_like(part) \
                        and _is_name_like(parts[i + 1][1]):
                    # ``The SNP's leader, Nicola Sturgeon, welcomed the move but added``
                    part_at, phrase = parts[i + 1][0], _leading_name(parts[i + 1][1])
                return self.resolver.resolve(phrase, sent_start + part_at)
        opening = self.text[sent_start:at].split()
        if not opening or len(opening) == 1 and opening[0].lower() in _SUBORDINATORS:
            # ``While saying he admired the leader, he criticised…``: the subject after the
            # participle's clause
            comma = self.text.find(", ", at, sent_end)
            phrase = _opening_noun_phrase(self.text[comma + 2:sent_end]) if comma > 0 else ""
            if phrase:
                return self.resolver.resolve(phrase, comma + 2)
        return ""

    def _claim(self, a: _Attribution) -> Claim:
        return Claim.trusted({"kind": a.kind, "start": a.start, "end": a.end,
                           "text": self.text[a.start:a.end],
                           "sentence": self.sentences.sentence_at(a.start),
                           "speaker": a.speaker, "cue": a.cue})


def _fewer_words(text: str, n: int) -> bool:
    """Whether ``text`` has fewer than ``n`` words, without splitting all of a long one."""
    return len(text.split(None, n)) < n


def _without_link(words: str) -> str:
    """``But B&B`` -> ``B&B``: without the linking words that open it."""
    link = _LEADING_LINK_RE.match(words)
    return words[link.end():] if link else words


_QUANTIFIERS = {"other", "several", "most", "both", "few"}  # ``Other analysts were``
# verbs that ``_FINITE`` and ``_IRREGULAR_PAST`` do not hold
_COMMON_VERBS = {"blew", "come", "withdrew", "set", "say", "want", "need", "hope", "believe", "think", "agree"}


def _goes_on_noun(word: str) -> bool:
    """Whether a lower-case word after ``The firm``'s first one still belongs to the noun
    phrase (``A prospective candidate``), not its verb, a preposition or an adverb."""
    low = word.lower().strip(",;:")
    return word[:1].islower() and low.isalpha() and low not in _FINITE and low not in _AUXILIARIES \
        and low not in _PREPOSITIONS and low not in _SUBJECT_CUT and low not in _BETWEEN \
        and low not in _BAD_SUBJECT_END and low not in _IRREGULAR_PAST and low not in _COMMON_VERBS \
        and not low.endswith(("ed", "ly", "s", "ing")) and low not in PRONOUNS


def _opening_noun_phrase(head: str) -> str:
    """The noun phrase a sentence opens with: its capitalised words, or a determiner up to
    the first common noun (``The Muslim group went on…`` -> ``The Muslim group``)."""
    taken: list[str] = []
    determined = False
    words = head.split()[:12]
    if words and words[0].lower() in _PREPOSITIONS:
        return ""  # ``In March this year``: an adverbial, no subject
    while len(words) > 1 and words[0].lower() in SENTENCE_OPENERS and words[1][:1].isupper() \
            and words[0].lower() not in _DETERMINERS:
        words.pop(0)  # ``Earlier Tory leader Michael Howard``: not ``Earlier Tory``
    if words and words[0] in ("he", "she", "it", "they"):
        return words[0]  # ``But he opposed the plan, saying``: whom it means is the resolver's
    if words and (words[0].islower() or words[0] == "Former") and words[0] not in _DETERMINERS \
            and not _has_verb(words[:1]):
        # ``novelist Gore Vidal defended``, ``Former civil service chief Lord Butler has``: the name
        # after a description
        for j in range(1, min(len(words), 6)):
            if words[j][:1].isupper():
                words = words[j:]
                break
            if words[j].lower() in _FINITE or words[j].endswith("ed"):
                break
    for i, word in enumerate(words):
        bare = word.strip(",;:")
        low = bare.lower()
        after_name = bool(taken) and taken[-1][:1].isupper() and taken[-1].lower() not in _DETERMINERS
        if not taken and (low in _DETERMINERS or low in _QUANTIFIERS):
            determined = True
        elif bare[:1].isupper():
            pass
        elif after_name and (low in _DESCRIBING_NOUNS or low in _NAME_JOINERS) \
                and i + 1 < len(words) and words[i + 1][:1].isupper():
            # ``Tory leader Michael Howard``, ``Monitoring firm Netcraft``, ``Jeremy de Souza``: a
            # title or a name goes on
            pass
        elif after_name and i + 2 < len(words) and words[i + 1].lower() in _ROLE_WORDS \
                and words[i + 2][:1].isupper():
            pass  # ``French finance minister Herve Gaymard``: a title's first word
        elif taken and taken[-1].islower() and not determined and low in _ROLE_WORDS \
                and i + 1 < len(words) and words[i + 1][:1].isupper():
            pass  # and its role word
        elif after_name and determined and (low in _FINITE or low.endswith("ed")):
            break  # ``The Tories criticised``: the verb after a name
        elif determined and bare[:1].isalpha():
            if low == "of":  # ``Some of those who…``
                taken += _of_phrase(words[i:])
                break
            taken.append(bare)
            while bare == word and i + 1 < len(words) and len(taken) < 5 \
                    and bare.lower() not in _PREPOSITIONS and _goes_on_noun(words[i + 1]):
                # ``A prospective candidate for UKIP``: an adjective before its noun
                i += 1
                word = words[i]
                bare = word.strip(",;:")
                taken.append(bare)
            if i + 1 < len(words) and words[i + 1] == "of" and bare == word:
                taken += _of_phrase(words[i + 1:])  # ``A number of large MCI shareholders``
            break
        else:
            break
        taken.append(bare)
        if bare != word:
            break  # a comma ends the phrase
    return " ".join(taken) if taken and not (determined and len(taken) == 1) else ""


def _of_phrase(words: list[str]) -> list[str]:
    """The words of an ``of`` phrase opening ``words``, up to the sentence's verb: ``of large MCI
    shareholders``, ``of those who have been banned by the firm`` (over a relative clause's verb)."""
    taken: list[str] = []
    relative = ""  # "verb" in the verb of a ``who`` clause, "after" past it
    for more in words:
        low = more.lower().strip(",;:")
        is_verb = low in _FINITE or low in _AUXILIARIES or low.endswith("ed") and low != "of"
        if is_verb and relative != "verb":
            break
        if relative == "verb" and not is_verb and taken[-1] != "who":
            relative = "after"
        if low == "who" and not relative:
            relative = "verb"
        taken.append(more.strip(",;:"))
        if more != more.rstrip(",;:"):
            break
    return taken


def _nested_pronoun(reading: _CueReading, clause_starts: list[int]) -> bool:
    """``observers said they thought X``: a pronoun's cue opening another's clause only
    repeats it (``…, which he said X`` later in the clause and a named source, ``says
    Goldsmith warned that``, are claims of their own)."""
    if reading.phrase.lower() not in {"he", "she", "it", "they"} \
            or reading.clause and reading.clause[0] < reading.start:
        return False  # (``Iraq, they insisted, would…``: its own clause opens before it)
    i = bisect_right(clause_starts, reading.start) - 1  # the last clause opening before the cue
    return i >= 0 and reading.start < clause_starts[i] + 12


def _verb_before_object(words: list[str]) -> bool:
    """``Lord Browne rejected calls``, ``A spokesperson dismissed the latest claims``: a past
    tense verb before a cue word that can be a noun, its object (not ``the revised figures``)."""
    for i in range(1, len(words)):
        word = words[i]
        if word.endswith("ed") and word.islower() and (
                i == len(words) - 1 or words[i + 1].lower() in _DESCRIBING):
            return True
    return False


def _closes_relative(left: str) -> bool:
    """``Inbev, which makes Stella Artois, said``: the comma closes a relative clause after
    a noun phrase, its subject, so the cue is not inverted (but ``China has grown, which
    led to wealth, says the BBC's Louisa Lim`` is: a clause comes before it)."""
    if not left.endswith(","):
        return False
    parts = _parts(left[:-1])
    last = parts[-1][1].split(None, 1)
    return len(parts) > 1 and bool(last) and last[0] in ("which", "who", "whose") \
        and not _has_verb(parts[-2][1].split())


def _closes_apposition(left: str) -> bool:
    """``Research from Halifax, the country's biggest lender, suggests the value…``: the
    sentence so far is a noun phrase and its description, no clause, so it is the cue's
    subject and the cue is not inverted (``…, outstripping X, said Y`` has a verb)."""
    if not left.endswith(","):
        return False
    parts = _parts(left[:-1])
    first = parts[0][1].split(None, 1)[0].lower() if parts[0][1].strip() else ""
    # ``Locally, too, say analysts, …``, ``With 53% online, the state, suggests X, could``:
    # an adverbial opens the sentence, and the cue is a parenthesis
    return len(parts) > 1 and parts[0][1][:1].isupper() and not first.endswith("ly") \
        and first not in _BAD_CLAUSE_START \
        and not any(_has_verb(part.split()) for _, part in parts)


def _is_tell(cue: str) -> bool:
    return cue.lower().startswith(("tel", "told"))


def _holds_figure(text: str) -> bool:
    """A number other than a year (``a figure closer to A$431m``, not ``growth in 2005``)."""
    return any(not _YEAR_RE.fullmatch(n) for n in _NUMBER_RE.findall(text))


def _has_verb(words: list[str]) -> bool:
    """Whether a clause has a finite verb we can recognise without a tagger (an ``-ing``
    word after a determiner is a noun: ``its trading debacle``; a capitalised ``-ed`` word
    after the first is a name: ``from pop band Busted``)."""
    return any(w.lower().strip(",.;:\"“”'’") in _FINITE or w.endswith("n't")
               or w.endswith("ed") and (i == 0 or not w.lstrip("\"“‘'")[:1].isupper())  # not ``Busted``
               or w[:1].islower() and w.endswith("ing") and len(w) > 5
               and (i == 0 or words[i - 1].lower() not in _DESCRIBING) for i, w in enumerate(words))


# weak cues whose object can be the claim when it holds a figure: ``reported a 6% rise``,
# ``forecasts growth of about 5%``
_FIGURE_CUES = {"reported", "forecast", "forecasts", "forecasted"}
_NUMBER_RE = re.compile(r"\d[\d,.]*\d|\d")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# speech cues whose object holding a figure is the claim: ``had been predicting as much as 2%``
_EXPECTING_CUES = {"predict", "predicts", "predicted", "predicting", "expects", "expected",
                   "estimated", "estimating"}
# ``growth forecasts slipping``, ``beat profit forecasts, posting``: the noun, not the verb
_NOUN_FORECASTS_RE = re.compile(r"\s*(?:[,;:)]|\w+(?:ing|ed)\b|said\b|says\b|show|were\b|are\b|was\b|is\b)")
# what ``according to`` follows when it means ``in line with``
_MANNER_NOUNS = {"law", "laws", "rules", "rule", "value", "steps", "brief", "plan", "schedule", "tastes",
                 "wishes", "needs", "merit", "size", "age", "tradition", "principles", "guidelines"}
# an adverbial opening the subject's clause without a comma: ``In 1998 the party``
_OPENING_ADVERBIAL_RE = re.compile(r"(?:In|On|At|By|After|Before|Since|During|Until|Last|Earlier|Later)"
                                   r"\s.*\s(?:the|a|an|its|their|his|her)\s")
# ``… and on Sunday blamed``, ``and in September this year said``: a time, no subject
_TIME_PHRASE_RE = re.compile(r"(?i:in|on|at|during)\s+(?:\d{4}|[A-Z][a-z]+day|January|February|March|April|"
                             r"May|June|July|August|September|October|November|December)"
                             r"(?:\s+(?:this|last|next)\s+(?:year|week|month))?")
_DETERMINER_RE = re.compile(r"(?<=\s)(?:the|a|an|its|their|his|her)\s")
_NOT_AFTER_PRONOUN = _BAD_CLAUSE_START | {"in", "about", "and", "or", "after", "before", "again", "too",
                                          "all", "both", "back", "down", "over", "off", "as", "is"}


# cues that take a clause and almost never an object (``says the plan works``), unlike
# ``confirmed his plans``, ``warned his supporters against``
_CLAUSE_TAKING = {"say", "says", "said", "saying", "believe", "believes", "believed", "think", "thinks",
                  "argue", "argues", "argued", "insist", "insists", "insisted", "suggest", "suggests",
                  "suggested"}
_IRREGULAR_PAST = {"began", "broke", "stuck", "found", "brought", "caught", "lay", "led", "sent", "spent",
                   "won", "ran", "struck", "sought", "fought", "meant", "paid", "put", "cut", "hit", "let",
                   "upheld"}
# words that follow a plural noun, never a verb: ``suggest changes to improve the cubs' chances of``
_NOUN_FOLLOWERS = {"of", "and", "or", "for", "from", "which", "who", "that", "at"}
_CONTRACTED_SUBJECT_RE = re.compile(r"(?:it|he|she|they|we|i|you|there|that)['’](?:s|ll|re|ve|d|m)$"
                                    r"|cannot$")


def _plain_verb(words: list[str]) -> bool:
    """A verb ``_has_verb`` cannot tell from a noun, after a cue that takes a clause: a present
    tense (``says the case threatens the press``), a plural noun before its verb (``says
    software titles suffer by comparison``), a common irregular past (``said the party stuck
    to the rules``) or a contracted subject (``thinks it's time``)."""
    if _CONTRACTED_SUBJECT_RE.match(words[0].lower()) or len(words) > 1 and words[1] == "cannot":
        return True
    for i in range(1, len(words) - 1):
        word = words[i].strip("\"“”")  # ``said the feature "adds useful links"``
        if word in _IRREGULAR_PAST or word.endswith("s") and word.isalpha() and word.islower() \
                and not word.endswith(("ss", "us", "is")) and words[i + 1][:1].islower() \
                and words[i + 1] not in _NOUN_FOLLOWERS:
            return True
    return False


# cues that close a clause with their source after them: ``…, said Mr Clarke.``
_TAIL_CUES = {"said", "says", "added", "adds", "argued", "argues", "explained", "insisted", "warned",
              "claimed", "noted", "wrote", "reported", "told"}
_SUBJECT_PRONOUNS = {"there", "he", "she", "it", "they", "we"}
# what a lower-case subject of a clause can open with
_SUBJECT_WORDS = _SUBJECT_PRONOUNS | {"the", "a", "an", "its", "his", "her", "their", "our", "this", "these"}
_SOURCE_PREPOSITIONS = {"by", "from", "of", "for", "at", "in", "on", "with", "to"}


def _source_end(source: str) -> int:
    """Where the source named after a sentence-opening ``According to`` ends when no comma
    closes it: before the subject of the clause that follows (``According to Ofcom there
    were…``, ``According to pollsters 44% of voters…``, ``According to this report the
    rate is…``; not ``According to a report by the FCC``, ``… newspaper the Daily Post,``)."""
    words = source.split(" ")
    at = len(words[0])
    for i in range(1, len(words)):
        word = words[i]
        if word in _SUBJECT_PRONOUNS or word[:1].isdigit() \
                and not (i + 1 < len(words) and words[i + 1][:1].isupper()) \
                or word in ("the", "a", "an", "this") and words[i - 1].lower() not in _SOURCE_PREPOSITIONS \
                and _has_verb(words[i + 1:]):
            return at
        at += 1 + len(word)
    return len(source)


def _holds_data(phrase: str) -> bool:
    """Whether a subject can find or show without ``that``: ``it``, ``the survey``, ``figures
    from the ONS`` (not ``they``, a team)."""
    words = phrase.lower().split()
    if len(words) == 1:
        return words[0] == "it" or words[0] in DATA_NOUNS - {"they"}
    return bool(words) and bool({words[0], words[-1]} & DATA_NOUNS)


def _pronoun_clause(words: list[str]) -> bool:
    """``says it raises awareness``, ``say they want``: a subject pronoun and its present-tense
    verb (not ``confirmed it on Monday``)."""
    first, second = words[0].lower(), words[1].strip(",.;:\"“”")
    if not second.isalpha() or not second.islower() or second in _NOT_AFTER_PRONOUN:
        return False
    if first in ("he", "she", "it"):
        return second.endswith("s") and not second.endswith("ss")
    return first in ("they", "we", "i", "you")


def _parts(core: str) -> list[tuple[int, str]]:
    """Comma and dash separated parts of ``core``, each with its start offset."""
    if "-" in core or "–" in core or "—" in core:
        parts, start = [], 0
        for m in _SPLIT_RE.finditer(core):
            parts.append((start, core[start:m.start()]))
            start = m.end()
        parts.append((start, core[start:]))
        return [(at, p) for at, p in parts if p.strip()] or [(0, core)]
    # no dash: str.split is much faster than the regex (which tries every space)
    if "," not in core:
        return [(0, core)]
    pieces = core.split(",")
    parts = [(0, pieces[0])] if pieces[0].strip() else []
    start = len(pieces[0]) + 1
    for piece in pieces[1:]:
        if piece[:1].isdigit() and parts and parts[-1][1][-1:].isdigit():
            # ``the survey of 5,196 firms``: a thousands separator, not a comma
            parts[-1] = (parts[-1][0], parts[-1][1] + "," + piece)
            start += len(piece) + 1
            continue
        bare = piece.lstrip()  # as ``,\s*`` would skip
        if bare:
            parts.append((start + len(piece) - len(bare), bare))
        start += len(piece) + 1
    return parts or [(0, core)]


def _relative_list_end(parts: list[tuple[int, str]]) -> int:
    """``The Alliance, which includes Age Concern, Mencap and Shelter,``: a list after a
    relative clause's verb belongs to that clause, so the parts end with the relative one
    (len(parts) when there is no such list)."""
    if len(parts) < 3 or "and" not in parts[-1][1].split():
        return len(parts)
    for k in range(len(parts) - 2, max(0, len(parts) - 7), -1):
        first = parts[k][1].split(None, 1)[0].lower()
        if first in ("which", "who"):
            return k + 1
        if len(parts[k][1].split()) > 5:
            break  # list items are short names
    return len(parts)


def _is_appositive(part: str) -> bool:
    """``a Lufthansa spokesman``, ``senior US economist at …``, ``who chairs …``."""
    words = part.split()
    first = words[0] if words else ""
    return not first or first[0].islower() and first not in {"he", "she", "it", "they", "his", "her",
                                                             "its", "their"} \
        or first in {"A", "An", "The"} \
        or len(words) > 1 and words[-1] in _ROLE_WORDS \
        or len(words) > 1 and words[0][:1].isupper() and words[1] in _ROLE_WORDS
    # ``IBM senior vice president``, ``European director for public policy at CompTIA``


def _described_subject(part: str) -> bool:
    """``…, the non-partisan charity said``: a short described source right before its cue is
    the subject, not an appositive of a name before it (but ``Tom Hale, the chief executive
    said``, ``Tom Hale, the economist at Netco said``)."""
    words = part.lower().split()
    return 1 < len(words) <= 4 and words[0] == "the" and _ROLE_WORDS.isdisjoint(words) \
        and _PREPOSITIONS.isdisjoint(words) and "of" not in words and "'s" not in part and "’s" not in part


def _is_clause_like(part: str) -> bool:
    """``carried out by …``, ``which is acting as …``: an appositive that is a clause."""
    first = part.split()[0].lower() if part.split() else ""
    return first in {"who", "which", "whose"} or first.endswith(("ed", "ing")) and first[:1].islower()


_ROLE_WORDS = JOB_TITLES | PERSON_ROLES
# words that open another clause after a comma: ``…, but he stressed``, ``…, with X announcing``
_CLAUSE_LINKS = {"but", "and", "with", "while", "whereas"}
# a person's name after ``said`` that ends the sentence or an appositive opens (not a comma
# before the clause's own verb: ``said Smith, 45, was driving``; but ``said Ann Roe, from
# Netco, which is…``)
_NAME_ENDING_CLAUSE_RE = re.compile(r"\s+(?:(?:MP|Mr|Mrs|Ms|Dr|Sir|Lord|Professor)\s+)?"
                                    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
                                    r"(?:\.|,(?!(?:[^,.]*,(?!\s+(?:which|who)\b))?[^,.]*"
                                    r"\b(?:was|were|is|are|had|has|have|would|will|could)\b))")
# a long name's first part before ``for``/``of``/``on``: ``National Council for`` Adoption
# ``National Council for``, ``British Bankers' `` (a plural possessive inside a name)
_NAME_BEFORE_JOINER_RE = re.compile(r"(?:[A-Z][\w&.'’-]*\s+)+(?:for|of|on)\s+(?:the\s+)?$"
                                    r"|(?:[A-Z][\w&.'’-]*\s+)*[A-Z][\w&.-]*s['’]\s+$")
_POSSESSIVE_PART_RE = re.compile(r"^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s?\s+[a-z]")
_NAME_JOINERS = {"de", "van", "von", "der", "al", "bin", "du", "la", "le", "da", "di"}
_ASIDES = {"though", "however", "meanwhile", "too", "also", "moreover", "instead", "nevertheless"}
_NEVER_SUBJECT_FIRST = {"of", "from", "at", "in", "with", "for", "who", "which", "whose", "aged",
                        "based", "now", "formerly", "himself", "herself", "itself"}


# words that make a phrase more than a description before a name (``president of X``)
_NOT_DESCRIBING = _PREPOSITIONS | _DETERMINERS | {"of", "and", "or", "to", "as", "also"}
_DESCRIBING_NOUNS = _ROLE_WORDS | ORG_ROLES


def _description_then_name(part: str) -> bool:
    """``marketing company Doubleclick``, ``car maker Ford``: a few lowercase words ending in a
    role or an organisation noun before the name that ends the part (not ``president of X``,
    ``defended coach Y``)."""
    words = part.split()
    if len(words) < 2 or not words[0][:1].islower() or not words[-1][:1].isupper():
        return False
    described = 1
    while described < len(words) and words[described][:1].islower():
        described += 1
    return described <= 3 and words[described - 1] in _DESCRIBING_NOUNS \
        and not words[0].endswith("ed") and _NOT_DESCRIBING.isdisjoint(words[:described]) \
        and all(w[:1].isupper() for w in words[described:])


def _name_before_role(phrase: str, words: list[str]) -> tuple[str, list[str]]:
    """``Dr Jan Roe games systems director at firm Netco`` -> ``Dr Jan Roe``: a name, then its
    role described with no comma between (the phrase and its words unchanged otherwise)."""
    named = 0
    while named < len(words) and words[named][:1].isupper():
        named += 1
    role = next((i for i in range(named, min(named + 4, len(words))) if not words[i][:1].islower()
                 or words[i] in _ROLE_WORDS), len(words))
    while role + 1 < len(words) and words[role + 1] in _ROLE_WORDS:
        role += 1  # ``chief executive of``
    # the role then its organisation (``director at Netco``), not the name's organisation
    # before a role and the holder's name (``Netco chairman Jan Roe``, ``Labour spokesman for
    # health Jan Roe``) or a description (``The Belgian minister at the centre of…``)
    if named < 2 or role + 1 >= len(words) or not words[role][:1].islower() \
            or words[0] in ("The", "A", "An") or words[-2][:1].isupper() \
            or words[role + 1] not in ("at", "of", "for", "with") \
            or _NOT_DESCRIBING.intersection(words[named:role]):
        return phrase, words
    return " ".join(words[:named]), words[:named]


def _is_opening_adverbial(words: list[str]) -> bool:
    """``At that point``, ``In the long run``: a short verbless prepositional phrase."""
    return 1 < len(words) <= 5 and words[0].lower() in _PREPOSITIONS and not _has_verb(words)


def _owned_role(part: str) -> bool:
    """``Netco's CEO``: an owner and a role, no name."""
    words = part.split()
    return len(words) == 2 and words[0].endswith(("'s", "’s")) and words[1].lower() in _ROLE_WORDS


def _only_titles(part: str) -> bool:
    """``Acting Detective Chief Superintendent``: rank words with no name."""
    words = part.lower().split()
    return len(words) > 1 and words[-1] in _ROLE_WORDS \
        and all(w in _ROLE_WORDS or w in ("acting", "deputy", "assistant", "senior", "vice") for w in words)


def _never_subject(part: str) -> bool:
    """An appositive that cannot be a subject itself: ``of Torfaen``, ``who chairs …``, ``34``,
    ``though`` (``Jack Rowell, though, believes``)."""
    words = part.split()
    return bool(words) and (words[0].lower() in _NEVER_SUBJECT_FIRST or words[0][:1].isdigit()
                            or len(words) == 1 and words[0].lower() in _ASIDES)


def _is_name_like(part: str) -> bool:
    """A part that opens with a name: ``Michael Lamberty``, ``But B&B``, ``Rukaya Hussein
    from the Faiths Forum``; not ``Last night`` or ``In his review``."""
    words = _without_link(part.strip()).split()
    if not words or words[0].lower() in SENTENCE_OPENERS or words[0].lower() in _PREPOSITIONS:
        return False  # not ``Following Mr Straw's announcement``
    if len(words) == 1:
        return words[0][0].isupper() and not words[0].endswith("ly")  # not ``Separately``
    if len(words) > 2 and words[1] in _NAME_JOINERS:
        return words[0][0].isupper() and words[2][0].isupper()  # ``Jeremy de Souza``
    return words[0][0].isupper() and words[1][0].isupper()


def _joined_name(text: str, name: re.Match) -> str:
    """The name ``name`` ends, joined to the capitals before ``for``/``of``/``on`` or a plural
    possessive."""
    before = _NAME_BEFORE_JOINER_RE.search(text, max(0, name.start() - 60), name.start())
    return text[before.start():name.end()] if before else name.group()


def _leading_name(part: str) -> str:
    """The name a part opens with: ``Rukaya Hussein`` of ``Rukaya Hussein from the Faiths Forum``."""
    part = _without_link(part.strip())
    m = NAME_RE.match(part)
    if not m:
        return part
    if part[m.end():m.end() + 3] in ("'s ", "’s "):
        # ``Bafta's Grant Dean``: the owner's name, then the person's
        owned = NAME_RE.match(part, m.end() + 3)
        return part[:owned.end()] if owned else m.group()
    return m.group()


def _strip_between(left: str) -> str:
    """``left`` without the auxiliaries and adverbs that end it (``Mr Blair has also``)."""
    core = left.rstrip()
    while core:
        tail = core[-20:].lower()
        if tail.endswith(_BETWEEN_SUFFIXES):
            phrase = next(p for p in _BETWEEN_SUFFIXES if tail.endswith(p))
            core = core[:-len(phrase)].rstrip()
            continue
        head, _, last = core.rpartition(" ")
        if last not in _BETWEEN or not head:  # ``Theresa May``: a capital is a name
            break
        core = head.rstrip()
    return core


_LY_NOUNS = {"family", "assembly", "rally", "supply", "monopoly", "anomaly", "bully", "daily",
             "weekly", "monthly", "quarterly"}
_ADVERBS = {"indeed", "instead", "simply", "still", "then", "now", "even", "merely", "just"}
# words an adverb before a cue can follow: ``he bitterly said``, ``, instead saying``
_ADVERB_HOSTS = {"he", "she", "it", "they", "we", "i", "who", "which", "and", "but"}


def _without_adverb(core: str) -> str:
    """``which indeed``, ``…, simply``, ``he bitterly``, ``BT quietly``: the words before a cue
    without the adverb that ends them, which is never the source."""
    before, _, last = core.rpartition(" ")
    if not (last in _ADVERBS or last.endswith("ly") and len(last) > 4 and last.islower()
            and last not in _LY_NOUNS):
        return core
    host = before[before.rfind(" ") + 1:]
    # ``BT quietly``: after a name too
    return before.rstrip() if host.endswith(",") or host.lower() in _ADVERB_HOSTS \
        or host[:1].isupper() and last not in _ADVERBS else core


def _opens_description(rest: str) -> bool:
    """``the biggest UK bank, will``: a verbless noun phrase closed by a comma."""
    described = rest.split(",", 1)
    return len(described) > 1 and described[0].split()[:1] in (["the"], ["a"], ["an"]) \
        and not _has_verb(described[0].split())


def _after_last_link(phrase: str) -> str:
    """The words after the last clause-level word (``which critics`` -> ``critics``), keeping
    an ``and`` between capitalised words (``Muslim Engagement and Development``)."""
    lowered = phrase.lower().split()
    if _SUBJECT_CUT.isdisjoint(lowered[:-1]):
        return phrase  # most subjects: no clause-level word to look for
    words = phrase.split()
    for i in range(len(words) - 2, -1, -1):
        word = lowered[i]
        if word in _SUBJECT_CUT and not _opens_participle_phrase(words, lowered, i):
            if word == "and" and i > 0 and words[i - 1][:1].isupper() and (
                    words[i + 1][:1].isupper()
                    or words[i + 1] == "the" and i + 2 < len(words) and words[i + 2][:1].isupper()):
                continue  # ``Latin America and the Caribbean``
            opening = _description_start(words, lowered, i) if word == "and" else -1
            if opening >= 0:
                # ``the Labour peer and former minister``, ``the trade and industry secretary``,
                # ``after the Commons standards and privileges committee`` (not ``a deficit and analysts``)
                return " ".join(words[opening:])
            if word in ("who", "which") and i > 0 \
                    and (_is_participle(words[i + 1]) or lowered[i + 1] in _FINITE):
                # ``Analysts who studied the data``: the relative clause describes the subject
                return _after_last_link(" ".join(words[:i]))
            return " ".join(words[i + 1:])
    return phrase


def _description_start(words: list[str], lowered: list[str], i: int) -> int:
    """Where the ``the A and B`` description that the ``and`` at ``i`` joins starts (-1: none):
    a determiner at most four words before it, no verb, and a singular common noun to end it
    (``the world 200m and 400m record holder``)."""
    opening = max(j + 1 for j in range(-1, i) if j < 0 or lowered[j] in _SUBJECT_CUT)
    one = lowered[opening:opening + 1] in (["the"], ["a"], ["an"]) and i - opening <= 4 \
        and not _has_verb(words[opening:i]) and not lowered[-1].endswith("s") \
        and (words[i + 1][:1].islower() or words[i + 1][:1].isdigit()) \
        and lowered[i + 1] not in _DETERMINERS | PRONOUNS.keys()
    return opening if one else -1


def _source_of(phrase: str) -> str:
    """``a report by UK think-tank Demos`` -> ``UK think-tank Demos``; ``Jan Roe from firm
    Netco`` -> ``Jan Roe`` (a named person speaks, not their employer)."""
    by = re.search(r"\b(?:by|from)\s+(.+)$", phrase)
    if not by:
        return _before_participle(phrase)
    named = phrase[:by.start()].split()
    if len(named) > 1 and named[0] not in ("The", "A", "An") and all(w[:1].isupper() for w in named):
        return " ".join(named)
    return by.group(1)


# prepositions after a participle that describe its noun (``a letter sent to X``,
# ``documents released after 30 years``); not ``by``: ``a report published by Demos`` names
# the source
_PARTICIPLE_PREPOSITIONS = {"to", "at", "after", "in", "on", "with", "from", "for", "during", "over",
                            "under", "across", "into", "since", "about", "between", "among"}
_IRREGULAR_PARTICIPLES = {"sent", "written", "shown", "given", "taken", "made", "held", "known", "seen",
                          "drawn", "brought", "built", "kept", "paid", "sold"}


def _is_participle(word: str) -> bool:
    return word.endswith("ed") and len(word) > 4 and word[:1].islower() or word in _IRREGULAR_PARTICIPLES


def _opens_participle_phrase(words: list[str], lowered: list[str], i: int) -> bool:
    """``drafts shared with``, ``papers released after 30 years``: ``words[i]`` goes on a
    participle phrase, it opens no clause (not ``was linked with``: a passive verb)."""
    return i > 1 and _is_participle(words[i - 1]) \
        and (lowered[i] == "with" or words[i + 1][:1].isdigit()) \
        and lowered[i - 2] not in _PASSIVE_END and lowered[i - 2] not in _AUXILIARIES


def _before_participle(phrase: str) -> str:
    """``A letter sent to Martin Mubanga`` -> ``A letter``; ``Initial drafts shared with
    community leaders`` -> ``Initial drafts``: the noun a participle phrase describes; not
    ``figures released at the end of 2004`` (data the resolver looks up), ``In a statement
    issued on Wednesday Lord Woolf`` (an adverbial) or ``Teenagers questioned for a survey``."""
    words = phrase.split()
    for i in range(1, len(words) - 2):
        if _is_participle(words[i]) and words[i + 1] in _PARTICIPLE_PREPOSITIONS:
            head, tail = words[:i], [w.lower() for w in words[i + 2:]]
            if head[0].lower() in _PREPOSITIONS or head[0].lower() == "to" \
                    or head[-1].lower() in _BAD_SUBJECT_END or head[-1].lower() in _PASSIVE_END \
                    or head[-1].lower() in DATA_NOUNS or not DATA_NOUNS.isdisjoint(tail) \
                    or not _SUBJECT_CUT.isdisjoint(tail):
                return phrase
            return " ".join(head)
    return phrase
