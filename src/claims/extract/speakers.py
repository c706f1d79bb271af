"""Speakers: turn the words naming a source into the fullest name the document gives.

``SpeakerResolver(text)`` is built once per document. ``resolve(phrase, at)``
takes the noun phrase found next to a cue (``she``, ``Mr Blair``, ``the
mayor``, ``a Home Office spokesman``, ``EFF lawyer Kurt Opsahl``) and the
offset it was found at, and returns the name to report:

- proper names lose Mr/Mrs/Ms/Dr, post-nominals (MBE, QC) and leading job
  titles (``London Mayor Sadiq Khan`` -> ``Sadiq Khan``) but keep peerages
  and ranks (``Lord Carlile``, ``Sir William Shawcross``);
- a surname, short name or acronym grows to the fullest name in the document
  that it can stand for (``Mr Blair`` -> ``Tony Blair``, ``EFF`` ->
  ``Electronic Frontier Foundation``);
- a pronoun or a role (``she``, ``the mayor``, ``the company``) becomes the
  person or organisation last named before it, preferring one the document
  introduced with that role (``London Mayor Sadiq Khan``);
- an unnamed spokesperson speaks for the organisation named with them;
- anything else (``analysts``, ``the show's producers``) stays as written.

Names are looked up where a phrase needs them (the runs around a surname,
the few hundred characters before a pronoun) and memoised per document: each
run of capitals is cleaned once however many look-ups pass over it, and a
remembered speaker's kind is found only when a search reaches them. What a
phrase asks for (a pronoun's referent, a role's holder, a name's full form) is
worked out from the phrase alone, once for all documents. The few whole-text
searches (a role's holders, a name's occurrences) are memoised per document.
"""
import re
from bisect import bisect_right
from functools import lru_cache

# Capitalised words joined into one name: ``Lord Faulkner of Worcester``,
# ``Bradford & Bingley``, ``Jean-Louis Raymond``, ``Nielsen//NetRatings``.
_WORD = r"(?:[A-Z][\w\-/&]*(?:['’][A-Z]\w*)?|&)"
_JOINED_WORD = r"[ \t]+(?:(?:of|de|van|von|der|al|bin|du|la|le)[ \t]+)?" + _WORD
NAME_RE = re.compile(r"(?<!\w)" + _WORD + r"(?:" + _JOINED_WORD + r")*")  # not ``Pod`` of ``iPod``
# two or more words, also joined by ``for``/``and``/``of the`` (``Department for Constitutional
# Affairs``): where an acronym's expansion is looked for
_LONG_RUN_RE = re.compile(_WORD + r"(?:[ \t]+(?:(?:(?:of|for|and|on)(?:[ \t]+the)?"
                          r"|de|van|von|der|al|bin|du|la|le)[ \t]+)?" + _WORD + r")+")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_TRAILING_NUMBER_RE = re.compile(r"\s+\d{1,3}$")  # a name's closing number

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."}
PEERAGES = {"lord", "lady", "sir", "dame", "baroness", "baron", "viscount", "earl"}
POST_NOMINALS = {"mbe", "obe", "cbe", "bem", "qc", "kc", "mp", "msp", "mep", "am", "jr", "sr"}
# Job titles written before a name; they are how the text introduces someone,
# not part of the name (``Judge Kleinberg``, ``Housing Secretary Michael Gove``).
JOB_TITLES = {
    "president", "prime", "minister", "secretary", "chancellor", "mayor", "judge",
    "professor", "prof", "superintendent", "inspector", "detective", "sergeant",
    "constable", "chief", "commissioner", "governor", "senator", "congressman",
    "congresswoman", "chairman", "chairwoman", "chair", "director", "general",
    "attorney", "coach", "manager", "captain", "officer", "spokesman", "spokeswoman",
    "spokesperson", "leader", "deputy", "shadow", "economist", "exchequer",
    "analyst", "executive", "head", "boss", "founder", "editor", "presenter", "host",
    "vice", "ceo", "cfo", "md", "rev", "reverend", "father", "bishop", "archbishop",
    "pope", "king", "queen", "speaker", "dj", "guitarist", "drummer", "bassist", "singer", "actor",
    "actress", "star", "striker", "midfielder",
    "defender", "goalkeeper", "winger", "skipper", "chef", "author", "commander", "ambassador",
    "treasurer", "songwriter", "composer", "producer", "film-maker", "filmmaker", "playwright",
    "novelist", "comedian", "rapper", "critic", "journalist", "columnist",
}
PARTIES = {"tory", "labour", "conservative", "liberal", "democrat", "lib", "dem", "republican",
           "democratic", "green", "snp", "ukip", "plaid", "unionist", "dems", "tories"}
# Words that make a capitalised name an organisation, a place or a thing.
ORG_WORDS = {
    "party", "council", "radio", "news", "agency", "association", "foundation", "bank",
    "group", "ltd", "plc", "inc", "corp", "corporation", "company", "police", "office",
    "department", "ministry", "committee", "commission", "university", "college",
    "securities", "trust", "network", "institute", "court", "house", "street", "government",
    "union", "reserve", "board", "service", "services", "federal", "national", "international",
    "chronicle", "times", "post", "telegraph", "guardian", "mail", "express", "herald", "journal",
    "bbc", "itv", "cnn", "reuters", "fund", "organisation", "organization", "centre", "center",
    "club", "united", "city", "airport", "airlines", "airways", "motors", "systems", "holdings",
    "industries", "industrial", "partners", "capital", "research", "review", "survey", "report",
    "executive", "assembly", "parliament", "senate", "congress", "authority", "tribunal",
    "labour", "conservative", "conservatives", "tory", "tories", "democrat", "democrats",
    "liberal", "republican", "republicans", "kingdom", "states", "republic", "england",
    "britain", "scotland", "wales", "ireland", "europe", "european", "america", "american",
    "british", "day", "week", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "july",
    "september", "october", "november", "december", "school", "hospital",
    "church", "network", "channel", "magazine", "newspaper", "website", "awards", "festival",
    "league", "cup", "championship", "olympics", "games", "stadium", "studio", "studios",
    "records", "pictures", "films", "music", "entertainment", "media", "electronics",
    "technologies", "technology", "software", "communications", "telecom", "mobile",
    "energy", "oil", "gas", "motor", "insurance", "finance", "financial", "investment",
    "markets", "exchange", "index", "stock", "the", "a", "an", "this", "that", "in", "on",
    "at", "for", "but", "and", "if", "as", "when", "while", "after", "before", "since",
    "lib", "dem", "dems", "society", "academy", "institution", "federation", "alliance",
    "coalition", "confederation", "bureau", "forum", "consortium", "fellowship", "campaign",
    "administration", "project", "air", "airline",
}
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "it": "org", "its": "org", "they": "plural", "them": "plural", "we": "any", "i": "person"}
# Role nouns a description can end in (``the mayor``, ``the firm``): persons and organisations.
PERSON_ROLES = {
    "man", "woman", "boy", "girl", "teenager", "youngster", "veteran", "champion", "forward",
    "midfielder", "defender", "goalkeeper", "keeper", "winger", "skipper", "coach", "actor",
    "mayor", "minister", "secretary", "chancellor", "president", "premier", "leader",
    "attorney", "general", "judge", "chairman", "chairwoman", "chief", "executive", "boss",
    "spokesman", "spokeswoman", "spokesperson", "director", "governor", "senator", "star",
    "singer", "actor", "actress", "comedian", "presenter", "host", "coach", "manager",
    "player", "striker", "captain", "economist", "analyst", "author", "writer", "director",
    "founder", "peer", "mp", "chief", "official", "lawyer", "professor", "head", "editor",
    "commissioner", "ambassador", "bishop", "archbishop", "pope", "king", "queen", "prince",
    "princess", "musician", "rapper", "producer", "expert", "campaigner", "international",
    "entrepreneur", "businessman", "businesswoman", "assistant", "athlete", "medallist",
    "winner", "teacher", "dj", "mep", "msp", "guitarist", "drummer", "bassist", "barrister",
    "academic", "critic", "sprinter", "swimmer", "cyclist", "golfer", "batsman",
    "journalist", "novelist", "designer", "doctor", "scientist", "officer", "treasurer",
    "full-back", "fly-half", "scrum-half", "flanker", "prop", "hooker", "cardinal", "rabbi", "imam",
    "priest", "vicar", "trader",
}
# people a possessive names by their tie to the owner, not the owner's own office
# (``Bellamy's agent``, ``the firm's lawyer``): unnamed, they stay as written
RELATION_ROLES = {"agent", "lawyer", "lawyers", "solicitor", "barrister", "attorney", "mother",
                  "father", "wife", "husband", "son", "daughter", "brother", "sister", "friend",
                  "aide", "aides", "adviser", "advisers", "publicist", "girlfriend", "boyfriend",
                  "doctor"}
ORG_ROLES = {
    "company", "firm", "group", "bank", "airline", "carrier", "retailer", "lender",
    "magazine", "newspaper", "paper", "broadcaster", "station", "network", "association",
    "organisation", "organization", "charity", "agency", "watchdog", "regulator", "body",
    "think-tank", "institute", "maker",
    "manufacturer", "giant", "operator", "club", "party", "union", "website", "site",
    "business", "conglomerate", "insurer", "publisher", "studio", "label", "chain",
    "housebuilder", "builder", "developer", "provider", "supplier", "authority", "band",
    "team", "side",
}
# documents and data: ``the survey`` is the one the story names, else stays as written
DATA_ROLES = {"report", "survey", "study", "research", "poll", "review", "inquiry", "analysis"}
# ``the mayor``, ``the Tory leader``, ``this company``: a role with modifiers
_DESCRIPTION_RE = re.compile(r"^(?i:the|this|that)\s+(?P<words>(?:[\w'’-]+\s+)*[a-z][\w-]*)$")
# ``the 30-year-old``, ``the American``, ``the Scot``: a person described, not named
_PERSON_DESCRIPTION_RE = re.compile(
    r"^(?i:the)\s+(?:[\w-]*-year-old(?:\s+[a-z][\w-]*){0,3}|(?:[\w-]*-year-old\s+)?"
    r"(?:[A-Z][a-z]+(?:ian|an|ese|ish|man|woman|ard|ch|ot)|Briton|Argentine|Kiwi|Swede|Dane|Finn"
    r"|Greek|Israeli|Iraqi|Pakistani|Saudi|Turk|Croat|Serb|Wallaby|Springbok"
    r"|ex-[A-Z][\w-]+))$")  # ``the 27-year-old Austrian``, ``the 28-year-old world number one``
_TITLE_WORDS = JOB_TITLES | PERSON_ROLES
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# words written before a name that tell a person's sex
_FEMALE_WORDS = {"mrs", "ms", "miss", "lady", "dame", "baroness", "actress", "spokeswoman",
                 "chairwoman", "businesswoman", "queen", "princess", "sister", "daughter", "wife",
                 "mother", "girlfriend", "congresswoman", "countess", "duchess"}
# common given names whose sex is not in doubt: what a story that never writes ``Mr``, ``she``
# or a role before a name still tells (``Paul McNamee`` is not who ``her spokesman`` means)
_GIVEN_NAME_GENDER = dict.fromkeys(
    "john paul david michael peter james robert richard mark andrew stephen steven tony ian alan "
    "simon martin christopher brian gordon charles george william thomas tom jack kevin gary neil "
    "graham colin keith roger steve mike nick nicholas jonathan matthew matt daniel dan patrick "
    "gerard philip phil andy jim jimmy bob bill eric frank henry harry edward ken kenneth jose "
    "juan carlos luis pierre hans wayne sean craig ryan adam ben".split(), "m") | dict.fromkeys(
    "mary elizabeth sarah susan jane anne ann margaret patricia helen karen julie linda catherine "
    "kate claire emma lucy louise rachel rebecca victoria jennifer jessica laura amanda alison "
    "angela barbara carol caroline deborah diane fiona hazel janet jenny joanna lisa maria "
    "michelle nicola paula ruth sally sandra sharon sophie tracey wendy charlotte".split(), "f")
# given names that are also common words: alone, they may be things (``the Bill``, ``a Mark``)
_COMMON_WORD_NAMES = {"bill", "mark", "frank", "jack", "bob"}
_HONORIFIC_GENDER = {"mr", "mrs", "ms", "miss", "sir", "lord", "lady", "dame", "baroness"}
_MALE_WORDS = {"mr", "sir", "lord", "baron", "actor", "spokesman", "businessman", "king", "prince",
               "brother", "son", "husband", "father", "boyfriend", "congressman", "earl", "duke"}
# words written before a name that make it a person's: a role, title, honorific or kin
# (``Mr Howard``, ``his daughter Jill``)
_PERSON_EVIDENCE = PERSON_ROLES | HONORIFICS | JOB_TITLES | POST_NOMINALS | _FEMALE_WORDS | _MALE_WORDS
# ``, a mother of twins,`` after a name: what it is
_APPOSITIVE_RE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z][\w-]*)(?:[,.;]|\s+of\s)")
_ORG_ROLE_ENDINGS = tuple(ORG_ROLES)  # ``drugmaker``, ``carmaker``: compounds of a role
_WORLD_WORDS = {"world", "country", "nation", "globe", "region", "continent"}


def _is_place(owner: str) -> bool:
    """``the world``, ``Europe``, ``the UK``: an owner that is a place, not an organisation."""
    last = owner.split()[-1]
    return last in _PLACES or last.lower() in _WORLD_WORDS


# capitalised words that open a run of capitals without being part of the name in it
_RUN_OPENERS = {"in", "on", "at", "by", "during", "since", "until", "after", "before", "earlier", "later"}


def _role_gender(role: str) -> str:
    """The sex a description tells: ``the 60-year-old actor``, ``the Irishman``."""
    word = role.split()[-1] if role.split() else ""
    last, common = word.lower(), word.islower()  # not ``Ms King``: a name
    if common and last in _FEMALE_WORDS or last.endswith("woman"):
        return "f"
    if common and last in _MALE_WORDS or last.endswith("man") and last not in ("german", "roman", "oman"):
        return "m"
    return ""


_PUBLICATIONS = {"guardian", "times", "telegraph", "herald", "mail", "express", "post", "journal"}
# ``the director behind JFK``, ``the Labour MP for Birkenhead``: a person's role (lower case or
# an acronym, not the title of ``the Bishop of Durham``) and what qualifies it
_QUALIFIED_ROLE_RE = re.compile(
    r"^(?i:the)\s+(?P<role>(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w-]*|[A-Z]{2,3}))"
    r"\s+(?:of|behind|at|for|from|in|on|with)\s+(?P<rest>\S.*)$")
# a compound that says where an organisation is or who runs it: ``Paris-based``, ``state-owned``
_PLACED = r"-(?:based|owned|led|backed|run|funded|controlled|sponsored|published)"
# ``the IFPI industry body``: a name before its role (not ``the French firm``, ``the
# Paris-based firm``, ``the Labour-led council``)
_NAMED_ORG_ROLE_RE = re.compile(
    r"^(?:[A-Z][\w-]*-based\s+)?((?!\w+(?:ian|an|ese|ish|ch)\s|[\w-]+" + _PLACED + r"\s)"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"
    r"\s+(?:[a-z][\w-]*\s+)*[a-z][\w-]*$")
_CAPITALISED_ROLE_RE = re.compile(r"^(?i:the)\s+(?P<words>[A-Z][a-z]+)$")  # ``The Judge``
# ``Apple's lawsuit``, ``Scotland's justice minister``, ``the company's statement``
_POSSESSOR_RE = re.compile(
    r"^(?P<owner>(?:(?i:the)\s+)?[\w&.-]+(?:\s+[A-Z][\w&.-]*)*)['’]s?\s+(?P<head>[a-z][\w\s-]*)$")
# ``Plaid Cymru's local government spokesman Dai Lloyd``: the name after the role
_TRAILING_NAME_RE = re.compile(r"(?<=[a-z] )[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$")
# ``A number of large MCI shareholders``, ``the remaining members of Korn``: the head is
# the common noun before ``of``
_OF_PHRASE_RE = re.compile(r"^(?i:a|an|the|one|some|many|most|all|several)\s+(?:[a-z][\w-]*\s+)*?"
                           r"(?P<head>[a-z][\w-]*)\s+of\s+\S")
_LEADING_TIME_RE = re.compile(
    r"^(?:(?i:later|earlier|meanwhile|however|separately|yesterday|today|now|then|instead|elsewhere|finally)"
    r"(?:\s+(?i:this|last)\s+(?i:week|month|year|morning|afternoon|evening))?"
    r"|(?i:this|last)\s+(?i:week|month|year|weekend))"
    r",?\s+")  # ``This week a judge``: someone new, not a judge named before
# adverbs a subject can carry before its cue: not part of the source (the reader drops them
# from the subjects it finds too)
TRAILING_ADVERBS = {"also", "too", "though", "however", "himself", "herself", "itself", "themselves",
                     "instead", "now", "then", "again", "still", "alone", "meanwhile"}
_TIME_WORDS = {"today", "yesterday", "tomorrow", "week", "month", "year", "weekend", "night",
               "morning", "evening", "afternoon", "season", "day"}
# plural heads that name a group of people: the phrase is the source as written
GROUP_NOUNS = {"shareholders", "investors", "members", "lawyers", "officials", "executives",
               "staff", "workers", "employees", "fans", "supporters", "critics", "bosses",
               "directors", "owners", "creditors", "customers", "users", "analysts", "experts",
               "researchers", "scientists", "doctors", "ministers", "leaders", "mps", "campaigners",
               "readers", "viewers", "listeners", "residents", "voters", "parents", "sources",
               "authorities", "academics", "commentators", "insiders", "observers", "diplomats",
               "economists", "companies", "firms", "unions", "traders", "lawmakers", "opponents",
               "regulators"}
# a name followed by a common noun that is the real head (``CEA analysts``)
_LOWERCASE_HEAD_RE = re.compile(r"^(?:[A-Z][\w&.-]*\s+)+(?:[a-z][\w-]*\s+)*[a-z][\w-]*s?$")
_SPOKESPERSON_RE = re.compile(
    r"^(?:an?|the)\s+(?:(?P<before>.+?)\s+)?"
    r"(?:spokes(?:man|woman|person)|representative|source|official|statement)"
    r"(?:\s+(?:for|from|at)\s+(?:the\s+)?(?P<after>.+))?$", re.I)
# a capitalised name joined by ``of``/``for``/``and``: ``Department of Trade and Industry``
_FULL_ORG_NAME_RE = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*\s+(?:of|for)\s+[A-Z][\w'’&-]*"
                               r"(?:\s+(?:(?:and|&|the|of|for)\s+)?[A-Z][\w'’&-]*)*$")
# ``the BBC's Sarah Rainsford in Moscow``: a name placed somewhere
_TRAILING_PLACE_RE = re.compile(
    r"^(.*?[A-Z][\w'’-]*\s+[A-Z][\w'’-]*)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
_SPOKES_WORD_RE = re.compile(r"spokes|representative", re.I)
# an organisation's role with no article (``Opera spokeswoman``, ``RNID technology director``):
# most often written beside the holder's name (``said Opera spokeswoman, Ann Li``)
_BARE_ROLE_RE = re.compile(r"^(?!(?:A|An|The|This|That)\s)(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
                           r"(?:\s+[a-z][\w-]*){0,2}\s+(?P<head>[a-z][\w-]*)$")
_PRONOUN_SPOKESPERSON_RE = re.compile(
    r"^(?i:(his|her|its|their))\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|representatives?)$")
_PRONOUN_THING_RE = re.compile(r"^(?i:(his|her|its|their))\s+(?:[\w-]+\s+)*?(?P<head>[a-z]+)$")
# what a source owns that speaks for it: ``its report``, ``their figures``, ``her lawsuit``
_OWNED_SOURCES = DATA_ROLES | {"statement", "estimate", "estimates", "figures", "data", "accounts",
                               "website", "remarks", "comments", "lawsuit", "suit", "letter",
                               "submission", "filing", "forecast", "forecasts", "results", "findings"}
# heads of descriptions that stand for one organisation (``the government``, ``a Senate committee``)
_UNNAMED_ORG_HEADS = ORG_ROLES | {"government", "committee", "commission", "panel", "court", "ministry",
                                  "council", "administration", "department", "executive"}
# capitalised words that open sentences without being names
# words before a role that make its holder someone else's (``deputy prime minister X``)
_NOT_THE_HOLDER_RE = re.compile(r"(?<![\w-])(?:shadow|former|deputy|vice|ex)[ -]$")
_WINDOW = 400  # how far back a pronoun looks for a name
_NEXT_WINDOW = 300  # how far on a role with no holder yet looks for one
_JOINERS = {"of", "de", "van", "von", "der", "al", "bin", "du", "la", "le", "&"}
_CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"}
# names of places: never who a pronoun or role means
_PLACES = {"UK", "US", "USA", "EU", "UN", "Britain", "England", "Scotland", "Wales", "Ireland",
           "Europe", "America", "London", "Washington", "China", "India", "Japan", "France",
           "Germany", "Russia", "Iraq", "Iran", "Israel", "Brussels", "Paris", "Berlin",
           "United States", "United Kingdom"}
SENTENCE_OPENERS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "as", "if", "when", "while", "after",
    "before", "since", "last", "this", "that", "these", "those", "his", "her", "their", "its",
    "our", "my", "meanwhile", "however", "for", "with", "from", "by", "under", "despite",
    "although", "though", "both", "all", "some", "many", "most", "new", "former", "other",
    "another", "several", "asked", "according", "speaking", "earlier", "later", "yesterday",
    "today", "so", "yet", "also", "even", "only", "just", "now", "then", "there", "here",
    "overall", "nevertheless", "nonetheless", "instead", "indeed", "separately", "elsewhere",
    "similarly", "likewise", "currently", "previously", "initially", "finally", "ultimately",
    "furthermore", "moreover", "therefore", "consequently",
}


class SpeakerResolver:
    """Resolves source phrases to names against one document.

    Names are looked up where needed (the runs around a surname, the window
    before a pronoun), not by indexing the whole document first. Measured on
    the BBC corpus, in multiples of one plain regex pass over the text:
    scanning every run of capitals costs about 2, cleaning every run about 10,
    and finding each name's full form and kind too about 27, nearly three
    times what all the look-ups the documents need cost (about 10).
    """

    def __init__(self, text: str):
        self.text = text
        # resolved speakers so far, in order, as (offset, name, whether an unnamed spokesperson)
        self._speakers: list[tuple[int, str, bool]] = []
        self._spokes_at: set[int] = set()  # where an unnamed spokesperson spoke (``he`` can mean them)
        self._claim_starts: list[int] = []
        self._claim_ends: list[int] = []
        self._fullest_of: dict[str, str] = {}
        self._named: dict[str, str] = {}
        self._kind_of: dict[str, str] = {}
        self._evidence: dict[str, str] = {}
        self._gender_of: dict[str, str] = {}
        self._subjects: set[str] | None = None
        self._main_of: dict[str, str] = {}
        self._long_runs: list[tuple[int, str]] | None = None  # runs of two or more words, with offsets
        self._expansions_of: dict[str, set[str]] = {}
        self._lower: str | None = None
        self._holders: dict[tuple[str, str, bool], list[tuple[int, str]]] = {}
        self._mid_sentence: dict[str, bool] = {}
        self._names_at: dict[tuple[int, int], tuple[int, str]] = {}
        self._mentioned: list[str] | None = None
        self._spokes_speaker = ""  # what the last phrase resolved to, if an unnamed spokesperson
        self._not_speaker = ""  # the last name a reported clause opens with: not its speaker

    def remember(self, at: int, speaker: str) -> None:
        """Record a resolved speaker, for later pronouns and roles."""
        if speaker:
            # ``A Labour spokesman criticised …, saying`` is remembered at its cue, not where
            # the spokesman was resolved
            spokes = at in self._spokes_at or speaker == self._spokes_speaker
            self._speakers.append((at, speaker, spokes))
        self._spokes_speaker = ""

    def resolve(self, phrase: str, at: int) -> str:
        # ``The premier insisted Mr Brown will …``: whoever a pronoun or role means, it is not
        # the person the reported clause opens with
        subject = _CLAUSE_SUBJECT_RE.match(self.text, at)
        self._not_speaker = _POSSESSIVE_RE.sub("", subject.group(1).split()[-1]) \
            if subject and self.text.endswith(phrase, 0, at - 1) else ""
        speaker = self._resolve(phrase, at)
        self._spokes_speaker = speaker if at in self._spokes_at else ""
        return speaker

    def _resolve(self, phrase: str, at: int) -> str:
        described = self._described_source(phrase, at)
        if described:
            return described
        named = self._named.get(phrase)  # a name resolves the same anywhere in the document
        if named is not None:
            return named
        if _is_bare_role(phrase):
            # the holder named beside it, set off by commas (``said Opera spokeswoman, Ann Li``,
            # ``Ann Li, Opera spokeswoman, told``)
            named = self._named_beside(*self._span_of(phrase, at))
            if named:
                return named
        spokes, look_up, *args = _reading(phrase)
        if spokes:
            self._spokes_at.add(at)
        if look_up == "as written":
            return args[0]
        if look_up == "pronoun":
            found = self._last_before(at, *args)
            # a name found by its acronym grows only once chosen (``The EFF …. It argues``)
            return self._fullest(found) if found.isupper() else found
        if look_up == "name":
            written, name = args
            full = self._fullest(name)
            self._named[written] = full + "'s" if self._ends_in_s(full, written, at) else full
            return self._named[written]
        if look_up == "role":
            role, kind = args
            inside = self._span_of(phrase, at)
            if inside[1] and self.text.startswith(" who ", inside[1]):
                return phrase  # ``The barrister who had represented him``: someone new
            return self._role_holder(role, at, kind, inside) or phrase
        if look_up == "again":
            return self._resolve(args[0], at)
        if look_up == "relation":
            head, written = args
            return self._relation(head, at, self._span_of(phrase, at)) or written
        if look_up == "possessive":
            return self._possessive(*args, at, self._span_of(phrase, at))
        if look_up == "qualified role":
            role, written = args
            until = max(at, self._span_of(phrase, at)[1])
            return self._introduced_as(role, until, "person", after=True) \
                or self._introduced_as(role, until, "person", after=False) or written
        if look_up == "org role":
            # ``the veteran game maker`` after ``games maker Peter Molyneux``: a person
            head, role = args
            return self._introduced_as(head, at, "person", after=True) or self._role_holder(role, at, "org")
        if look_up == "named head":
            # ``the commission`` after ``the Electoral Commission``, ``the alliance`` after
            # ``the Making Decisions Alliance``: the organisation named with that word
            head, written = args
            return self._named_with_head(head, at) or written
        if look_up == "data":
            head, written = args
            return self._introduced_as(head, at, "org", after=True) \
                or self._introduced_as(head, at, "org", after=False) or written
        # ``a spokesman said``: for the organisation the story is about
        return self._role_holder("company", at, "org") or args[0]

    def _described_source(self, phrase: str, at: int) -> str:
        """The source a subject cut short to one nationality or place word stands for: the
        name it describes (``UK`` of ``UK advertising giant WPP`` -> ``WPP``) or the group it
        opens (``Japanese`` of ``Japanese government officials said`` -> the whole group);
        empty otherwise."""
        if " " in phrase or not phrase[:1].isupper() or phrase.lower() in PRONOUNS:
            return ""
        start = self._span_of(phrase, at)[0]
        end = start + len(phrase)
        if not (_is_modifier(self.text, start, phrase)
                or phrase in _PLACES and not _VERB_AFTER_RE.match(self.text, end)):
            return ""
        described = _DESCRIBED_NAME_RE.match(self.text, end)
        if described and _is_role_word(described.group("role")):
            return self._resolve(described.group("name"), described.start("name"))
        words = _LOWER_WORDS_RE.match(self.text, end).group().split()
        head = next((i for i, word in enumerate(words) if word in GROUP_NOUNS), -1)
        return " ".join([phrase] + words[:head + 1]) if head >= 0 else ""

    def _kind_evidence(self, name: str) -> str:
        """What the words written before ``name`` say it is (``person``, ``org``, ``thing``)."""
        self.kind(name)
        return self._evidence.get(name, "")

    def _span_of(self, phrase: str, at: int) -> tuple[int, int]:
        """Where ``phrase`` stands in the text, near ``at`` (its cue, before or after it),
        or ``(0, 0)``."""
        start = self.text.find(phrase, max(0, at - len(phrase) - 80), at + len(phrase) + 80)
        return (start, start + len(phrase)) if start >= 0 else (0, 0)

    def _possessive(self, phrase: str, owner: str, head_words: str, at: int,
                    inside: tuple[int, int]) -> str:
        """``X's <role>``: a named role-holder is the person (``Plaid Cymru's local
        government spokesman Dai Lloyd``); an unnamed spokesperson speaks for X (``the
        band's spokesman`` -> ``REM``); a role held by one person is who the document
        names with it (``Scotland's justice minister``); a group is the phrase as written
        (``MCI's directors``); a thing X owns
        is X's (``Apple's lawsuit`` -> ``Apple``), unless X is a time (``Friday's lawsuit``)."""
        named = _TRAILING_NAME_RE.search(head_words)
        if named:
            name = proper_name(named.group())
            if name:
                return self._fullest(name)
        head = head_words.split()[-1].lower()
        if owner.split()[-1] in _CALENDAR or owner.lower().split()[-1] in _TIME_WORDS:
            return phrase
        if head.startswith("spokes") or head in {"representative", "representatives"}:
            self._spokes_at.add(at)
            return self._resolve(owner, at)
        if head in RELATION_ROLES:
            return self._relation(head, at, inside) or phrase
        if _is_person_role(head):
            return self._role_holder(head_words, at, "person", inside)  # ``Scotland's justice minister``
        if head.endswith("s") and (head[:-1] in PERSON_ROLES or head in GROUP_NOUNS):
            return phrase  # ``MCI's directors``, ``the firm's shareholders``
        if head.endswith(_ORG_ROLE_ENDINGS) and (owner.lower() in {"the", "its", "their"}
                                                  or _is_place(owner)):
            # ``the UK's biggest mortgage lender``, ``Europe's fifth-largest reinsurance firm``:
            # the organisation the role stands for, not the place
            return self._role_holder(head, at, "org")
        if head in _UNNAMED_ORG_HEADS and _is_place(owner):
            return phrase  # ``the UK's highest court``: a body the place has, not the place
        return self._resolve(owner, at)

    def _named_beside(self, start: int, end: int) -> str:
        """The person named right after ``, `` at ``end`` or right before ``, `` at ``start``."""
        text = self.text
        after = NAME_RE.match(text, end + 2) if end and text.startswith(", ", end) else None
        before = None
        if start > 2 and text.startswith(", ", start - 2):
            last_word = text.rfind(" ", 0, start - 2) + 1
            before = NAME_RE.match(text, _run_start(text, last_word))
            before = before if before and before.end() == start - 2 else None
        for run in (after, before):
            name = proper_name(run.group()) if run else ""
            if name and name_kind(name) == "person":
                return self._fullest(name)
        return ""

    def _ends_in_s(self, name: str, written: str, at: int) -> bool:
        """Whether ``'s`` is part of the name, not an owner's mark: the source is written with
        it and nothing it owns (``McDonald's announced``, ``according to Parker's,``), or the
        text writes the name so before a verb (``Standard & Poor's has`` for ``S&P``)."""
        text = self.text
        if written.endswith(("'s", "’s")):
            if name.lower() in PRONOUNS:
                return False  # ``It's predicted``
            # right before a verb cue (not ``Mr Mallon's claim that``: the cue is what it owns)
            before = text.rfind(written, max(0, at - len(written) - 3), at)
            if before >= 0 and text[before + len(written):at].isspace():
                return bool(_VERB_CUE_RE.match(text, at))
            after = text.find(written, at, at + 80) + len(written)  # ``according to Parker's,``
            return after >= len(written) and text[after:after + 1] in ",.;:"
        found = text.find(name + "'s ")
        return found >= 0 and bool(_VERB_AFTER_RE.match(text, found + len(name) + 2))

    def _relation(self, head: str, at: int, inside: tuple[int, int]) -> str:
        """``Bellamy's agent``, ``his son``: another person, named only where the text writes
        the role before a name (``his agent Barry Brown``, ``said his wife, Sheila``)."""
        return self._introduced_as(head, max(at, inside[1]), "person", after=True)

    def kind(self, name: str) -> str:
        """``person``, ``org`` or ``group``: what the document calls it (``housebuilder
        George Wimpey``, ``Mr Howard``), else what the name looks like.

        A name shaped like a person's (two to four capitalised words) with no title or
        role written before it is a person only if the text also uses its surname alone
        (``Tama Umaga`` … ``Umaga said``) or its first word is not a common word of the
        text (``New Zealand``, ``Run London`` are not people); and never when the text
        writes ``the`` or ``in`` before it (``the Run London 10km race``, ``in Athens``).
        An appositive after the name tells too (``Michelle, a mother of twins,``), and an
        unnamed body (``an all-party committee``) is an organisation ``it`` can mean."""
        known = self._kind_of.get(name)
        if known is None:
            known = name_kind(name)
            if known == "group" and name.split()[-1] in _UNNAMED_ORG_HEADS \
                    and name.split()[0].lower() in ("the", "a", "an"):
                # ``an all-party committee said …. It blamed``: an organisation ``it`` can mean
                self._kind_of[name] = "org"
                return "org"
            text = self.text
            at = text.find(name) if known != "group" and not _is_title_of_place(name.split()) else -1
            evidence, seen = "", 0
            while at > 0 and seen < 20:
                seen += 1
                # only a word written right before the name (then a space) tells what it is
                before = text[max(0, at - 25):at].split() if text[at - 1] == " " else None
                word = before[-1].lower() if before else ""
                after = text[at + len(name):at + len(name) + 2]
                # or the head of what is said of it after a comma (``Michelle, a mother of
                # twins,``, ``Diageo, the drinks company,``)
                appositive = _APPOSITIVE_RE.match(text, at + len(name)) if after == ", " else None
                head = appositive.group("head") if appositive else ""
                if word in ORG_ROLES or head in ORG_ROLES:
                    evidence = "org"
                    break
                if word in _PERSON_EVIDENCE or head in _PERSON_EVIDENCE:
                    evidence = "person"
                    break
                if before:
                    if before[-1] in ("the", "in") and after[:1] not in "'’" \
                            and not (after[:1] == " " and after[1:].isupper()):
                        # ``the Run London 10km race``, not ``the Robert Kilroy-Silk Party``
                        evidence = "thing"
                at = text.find(name, at + len(name))
            if evidence == "org" and known == "person" \
                    and re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? " + re.escape(name.split()[-1]) + r"\b", text):
                evidence = "person"  # ``games maker Peter Molyneux`` … ``Mr Molyneux``
            self._evidence[name] = evidence
            if evidence == "person":
                known = "person"
            elif evidence:
                known = "org"
            elif known == "person" and name.split()[0].lower() not in PEERAGES \
                    and not _is_title_of_place(name.split()):
                words = name.split()
                if len(words) > 1 and text.count(words[-1]) <= text.count(name) \
                        and _has_word(text, words[0].lower()):
                    known = "org"  # ``New Zealand``: ``new`` is a word of the text
                elif text.count(name + ", which ") and not text.count(name + ", who "):
                    known = "org"  # ``Standard Life, which owns a 1% stake``
            self._kind_of[name] = known
        return known

    # -- names in the document -------------------------------------------------

    def _mentions(self) -> list[str]:
        """Every name the document writes, in order, without capitals that only open a
        sentence; found once per document."""
        if self._mentioned is None:
            self._mentioned = []
            for m in NAME_RE.finditer(self.text):
                name = self._name_in(m)[1]
                if name and name.lower() not in PRONOUNS:  # not ``It`` of ``It's A Wonderful Life``
                    self._mentioned.append(name)
        return self._mentioned

    def _last_before(self, at: int, kind: str, gender: str = "", inside: tuple[int, int] = (0, 0)) -> str:
        """Who ``he``/``she``/``it``/``they`` is: the later of the last speaker of that
        kind and the last such name opening a sentence; else the last such name
        anywhere; else the document's main one. Names inside quotations and reported
        clauses do not count: a name inside someone's words is not who a pronoun means, nor
        one ``inside`` the span of the phrase being resolved."""
        last_speaker = self._last_speaker(at, kind, gender)
        speakers = [last_speaker] if last_speaker else []
        if kind in ("any", "plural"):
            # ``they insist`` with no one before: most often the organisation in the news
            return speakers[-1][1] if speakers else self._last_before(at, "org")
        last_subject = last_mention = None
        # only a name after the last such speaker can be more recent than it
        since = max(at - _WINDOW, speakers[-1][0] if speakers else 0, 0)
        for m in reversed(list(NAME_RE.finditer(self.text, since, at))):
            pos, name = self._name_in(m)
            if not name or name == "I" or self._in_claim(pos) or inside[0] <= pos < inside[1]:
                continue
            full = name if name.isupper() else self._fullest(name)  # ``BBC``: not worth expanding here
            if full in _PLACES or self.kind(full) != kind \
                    or gender and self.gender(full) not in ("", gender) \
                    or full.rsplit(None, 1)[-1] == self._not_speaker:
                continue
            last_mention = last_mention or (pos, full, m.end())
            if (_opens_clause(self.text, pos) or _VERB_AFTER_RE.match(self.text, m.end())
                    and not _right_after_preposition(self.text, m, name)) \
                    and _word_before_name(self.text, pos) not in _QUESTION_WORDS:
                # (not ``was asked why Mr Smith had resigned. He replied``, nor the object in
                # ``speculation of a switch to Stamford Bridge has arisen. He said``)
                last_subject = (pos, full, m.end())
                break
        if last_mention and not _SENTENCE_END_RE.search(self.text, last_mention[0], at) \
                and self.text[last_mention[2]:last_mention[2] + 1] not in ("'", "’") \
                and (not _after_preposition(self.text, last_mention[0])
                     and _word_before_name(self.text, last_mention[0]) not in _QUESTION_WORDS
                     or _RELATIVE_WHO_RE.match(self.text, last_mention[2])):
            # ``when Mend leader Qayum gave a speech in which he asked``: named earlier in its
            # sentence (not as an owner: ``attention to Mr Howard's beliefs, he replied``; as
            # an object only if a clause about them holds the pronoun: ``a nomination for
            # Staunton, 49, who told the BBC she``)
            last_subject = max(last_subject or last_mention, last_mention)
        elif last_mention and kind == "person" and gender \
                and _PRONOUN_OPENS_RE.search(self.text, max(0, at - 20), at) \
                and self.text[last_mention[2]:last_mention[2] + 1] == ",":
            # ``One dissenting opinion came from Brian Gammage, of Gartner. He said:``: a
            # person introduced in the sentence before, when no one spoke in it and it
            # names no other subject
            prev = max(self.text.rfind(mark, 0, last_mention[0]) for mark in ".!?\n")
            if len(_SENTENCE_END_RE.findall(self.text, last_mention[2], at)) == 1 \
                    and (not speakers or speakers[-1][0] < prev) \
                    and (not last_subject or last_subject[0] < prev):
                last_subject = max(last_subject or last_mention, last_mention)
        candidates = speakers[-1:] + ([last_subject[:2]] if last_subject else [])
        if candidates:
            return max(candidates)[1]
        if last_mention and kind == "org" and _after_preposition(self.text, last_mention[0]):
            # ``its event in California. … but it said``: a place or object named in passing
            # is less likely what ``it`` means than the organisation the story is about
            return self._main(kind) or last_mention[1]
        if last_mention:
            return last_mention[1]
        return self._main(kind) or (self._main_given_name() if kind == "person" else "")

    def _subject_words(self) -> set[str]:
        """Capitalised words written before a verb (``Paula will``), found once per document."""
        if self._subjects is None:
            self._subjects = set(_SUBJECT_WORD_RE.findall(self.text))
        return self._subjects

    def _main_given_name(self) -> str:
        """``she said`` in a story that only writes ``Paula``: the most named single word
        that is neither a place, an organisation nor a capitalised common word."""
        if "_given" not in self._main_of:
            counts: dict[str, int] = {}
            for name in self._mentions():
                if " " not in name and not name.isupper() and name not in _PLACES \
                        and name.lower() not in ORG_WORDS and name.lower() not in SENTENCE_OPENERS \
                        and name.lower() not in PRONOUNS and name[1:].islower() \
                        and name in self._subject_words():
                    counts[name] = counts.get(name, 0) + 1  # a subject: ``Paula will take part``
            best = max(sorted(counts), key=counts.get, default="")
            if best and (counts[best] < 2 or self.kind(best) == "org" and self._kind_evidence(best)):
                best = ""
            self._main_of["_given"] = best
        return self._main_of["_given"]

    def _main(self, kind: str) -> str:
        """The most named person or organisation in the document (earliest on a tie)."""
        if kind not in self._main_of:
            best, best_count = "", 0
            # each name once, in order of first mention: a repeat cannot beat its first
            for name in dict.fromkeys(self._mentions()):
                full = self._fullest(name)
                last = full.split()[-1]
                count = self.text.count(last)
                if not name.endswith(last):
                    # ``SEC`` for ``Securities and Exchange Commission``, ``Marsh`` for ``Marsh &
                    # McLennan``: the short form is how the text mostly names it
                    count = max(count, self.text.count(name))
                # the count first: it is cheap, and most names cannot beat the best so far
                if count > best_count and full not in _PLACES and self.kind(full) == kind:
                    best, best_count = full, count
            self._main_of[kind] = best
        return self._main_of[kind]

    def _in_claim(self, offset: int) -> bool:
        i = bisect_right(self._claim_starts, offset) - 1
        return i >= 0 and offset < self._claim_ends[i]

    def set_claim_spans(self, spans: list[tuple[int, int]]) -> None:
        """Quotations and reported clauses: names inside them are not who pronouns mean."""
        spans = sorted(spans)
        self._claim_starts = [start for start, _ in spans]
        # running maximum of ends, so that nested spans do not hide their container
        self._claim_ends, furthest = [], 0
        for _, end in spans:
            furthest = max(furthest, end)
            self._claim_ends.append(furthest)

    def _named_with_head(self, head: str, at: int) -> str:
        """The last organisation named before ``at`` whose name ends in ``head``
        capitalised (``Commission`` of ``Electoral Commission``) or opens with it before
        ``of`` or ``for`` (``Ministry of Communications``, ``Forum for the Future``)."""
        text, word = self.text, head.capitalize()
        found = text.rfind(word, 0, at)
        for _ in range(10):
            if found <= 0:
                break
            end = found + len(word)
            if text[found - 1] == " " and not text[end:end + 1].isalnum():
                run = NAME_RE.match(text, _run_start(text, found))
                if run and run.end() == end:
                    name = self._name_in(run)[1]
                    if " " in name and name.endswith(word) and self.kind(name) == "org":
                        return name
                joined = text.startswith((" of ", " for "), end)
                long_run = _LONG_RUN_RE.match(text, found) if joined else None
                if long_run:
                    name = proper_name(long_run.group())
                    if name.startswith(word + " ") and self.kind(name) == "org":
                        return name
            found = text.rfind(word, 0, found)
        return ""

    def _role_holder(self, role: str, at: int, kind: str, inside: tuple[int, int] = (0, 0)) -> str:
        """Who the document introduced with ``role`` before ``at`` or in the phrase's span
        ``inside`` (``London Mayor Sadiq Khan``, ``US magazine Mobile PC``, ``Michael Gove,
        the Housing Secretary``), else who a pronoun of that kind would mean."""
        if kind == "org":
            # ``the company said`` after ``Lufthansa said``: the organisation speaking (a
            # named one: not ``the government`` of ``Cairn said the government believed``)
            speaker = self._last_speaker(at, "org", named=True)
            if speaker:
                return speaker[1]
        # also a name written with the role in the phrase (``said X's image editor, Ann Li``)
        until = max(at, inside[1])
        holder = self._introduced_as(role.lower(), until, kind, after=True) \
            or self._introduced_as(role.lower(), until, kind, after=False)
        if holder:
            return holder
        if kind == "person" and self._in_lede(at):
            # ``…, says the boss of the federation. Federation boss Ann Li told MPs``: a story's
            # first sentence names its source just after
            holder = self._introduced_next(role.lower(), until)
            if holder:
                return holder
        return self._main(kind) if kind == "org" else self._last_before(at, kind, _role_gender(role), inside)

    def _in_lede(self, at: int) -> bool:
        """Whether ``at`` is in the first sentence of the story, after its headline."""
        story = self.text.find("\n")
        while 0 <= story < len(self.text) and self.text[story] == "\n":
            story += 1
        return 0 < story < at and not _SENTENCE_END_RE.search(self.text, story, at)

    def _introduced_next(self, role: str, at: int) -> str:
        """The first person written right after ``role`` (``boss Ann Li``) in the few sentences
        after ``at``."""
        key = (role, "person", True)
        if key not in self._holders:
            self._holders[key] = self._holders_of(role, "person", True)
        holders = self._holders[key]
        i = bisect_right(holders, (at, ""))
        return holders[i][1] if i < len(holders) and holders[i][0] - at < _NEXT_WINDOW else ""

    def _name_in(self, run: re.Match) -> tuple[int, str]:
        """Where the name in a run of capitals starts, and the name (empty if none); each
        run is cleaned once, however many look-ups pass over it."""
        key = run.span()
        found = self._names_at.get(key)
        if found is None:
            at, words = self._without_opener(run.start(), run.group())
            if _is_modifier(self.text, at, words):
                words = ""  # ``the Japanese carmaker``, ``a Paris-based firm``: not a name
            found = self._names_at[key] = at, proper_name(words) if words else ""
        return found

    def _without_opener(self, at: int, run: str) -> tuple[int, str]:
        """A run of capitals without a capital that only opens its sentence (``Praising
        Celtic`` -> ``Celtic``; ``However`` -> nothing; ``Lufthansa`` stays if the text
        also writes it mid-sentence)."""
        if not _opens_sentence(self.text, at):
            return at, run
        first, _, rest = run.partition(" ")
        if not rest:
            if run not in self._mid_sentence:
                self._mid_sentence[run] = _named_mid_sentence(self.text, run)
            return (at, run) if self._mid_sentence[run] else (at, "")
        if first.lower() in SENTENCE_OPENERS or first.endswith("ing") \
                or first.endswith("ly") and len(first) > 6 or first.endswith("ed") and len(first) > 4:
            # ``Separately Microsoft``, ``Asked about``; not the names ``Kelly Holmes``, ``Fred Ross``
            return at + len(first) + 1, rest
        return at, run

    def gender(self, name: str) -> str:
        """``m`` or ``f`` when the text says (``Mr Cook``, ``Ms Ball``, ``actress Emma
        Thompson``) or, failing that, when a full name opens with a common given name
        (``Paul McNamee``), else empty."""
        known = self._gender_of.get(name)
        if known is None:
            words = name.split()
            first, last = words[0].lower(), words[-1]
            if first in _FEMALE_WORDS or first in _MALE_WORDS:
                known = "f" if first in _FEMALE_WORDS else "m"  # ``Lady Thatcher``
            else:
                known = self._gender_before(name)
                if not known and len(words) > 1:
                    # ``Mr Khan`` tells about ``Sadiq Khan`` only if ``Khan`` alone means him
                    # (asked second: most surnames tell nothing, and then who they mean is moot)
                    told = self._gender_before(last)
                    if told and self._fullest(last) == name:
                        known = told
                    else:
                        known = _GIVEN_NAME_GENDER.get(first, "")  # ``Paul McNamee``
            self._gender_of[name] = known
        return known

    def _gender_before(self, name: str) -> str:
        """The sex a word written before ``name`` (or before its first name) tells."""
        text = self.text
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not text[end:end + 1].isalnum():
                before = text[max(0, at - 40):at]
                cut = _SENTENCE_BREAK_RE.match(before)
                words = before[cut.end() if cut else 0:].split()
                for word in words[-1:] if words[-1:] and not words[-1][:1].isupper() or len(words) < 2 \
                        else words[-2:]:  # ``Ms Zoe Ball`` for ``Ball``
                    low = word.lower().rstrip(".")
                    if word[:1].isupper() and low not in _HONORIFIC_GENDER:
                        continue  # ``Big Brother``: a name, not a word about someone
                    if low in _FEMALE_WORDS:
                        return "f"
                    if low in _MALE_WORDS:
                        return "m"
            at = text.find(name, end)
        return ""

    def _last_speaker(self, at: int, kind: str, gender: str = "",
                      named: bool = False) -> tuple[int, str] | None:
        """The last speaker of ``kind`` remembered before ``at``, ``named`` or also described
        (``an all-party committee``). A speaker's kind is looked up only when a search
        reaches them: most are never asked about."""
        for pos, name, spokes in reversed(self._speakers):
            if pos >= at or named and name_kind(name) == "group" \
                    or name.rsplit(None, 1)[-1] == self._not_speaker:
                continue
            # ``The band's spokesman said … "…," he said``: he is the spokesperson, who
            # speaks for the organisation, so either kind of search finds them
            found = "spokes" if spokes else self.kind(name)
            if kind == "plural":
                # ``they``: a group or an organisation, never one person
                if found == "person":
                    continue
            elif kind != "any" and found not in (kind, "spokes") \
                    or gender and found == "person" and self.gender(name) not in ("", gender):
                continue
            return pos, name
        return None

    def _introduced_as(self, role: str, at: int, kind: str, after: bool) -> str:
        """The last name before ``at`` written right after ``role`` (``Mayor Sadiq Khan``)
        or, with ``after`` false, right before it (``Michael Gove, the Housing Secretary``)."""
        key = (role, kind, after)
        if key not in self._holders:
            self._holders[key] = self._holders_of(role, kind, after)
        holders = self._holders[key]
        i = bisect_right(holders, (at, "")) - 1
        return holders[i][1] if i >= 0 else ""

    def _holders_of(self, role: str, kind: str, after: bool) -> list[tuple[int, str]]:
        """Every (offset, name) the document writes next to ``role``, in order."""
        if self._lower is None:
            self._lower = self.text.lower()
        text, holders = self.text, []
        found = self._lower.find(role)
        while found >= 0:
            if found and text[found - 1].isalnum():
                run = None  # not the word: ``son`` of ``Jason``
            elif _NOT_THE_HOLDER_RE.search(self._lower, max(0, found - 8), found):
                run = None  # ``shadow home secretary David Davis`` does not hold ``the home secretary``
            elif after:
                start = found + len(role)
                start += 2 if text.startswith(", ", start) else 1 if text.startswith(" ", start) else 0
                run = NAME_RE.match(text, start) if start > found + len(role) else None
            else:
                end = found - 5 if text.startswith(", the", found - 6) else found - 1
                run = NAME_RE.match(text, _run_start(text, end + 1)) if end > 0 and text[end] == " " else None
                if run and found < run.end() < found + len(role):
                    run = None  # the role's own capitals: ``The Sydney Olympic gold medallist``
                elif run and kind == "person" and text[run.end():found].rstrip() in ("'", "’", "'s", "’s"):
                    run = None  # the role's owner: ``Kenteris' lawyer`` is someone else
            name = proper_name(run.group()) if run and not _is_modifier(text, *self._without_opener(
                run.start(), run.group())) else ""
            if name and not after and run.end() == found + len(role) \
                    and not name.endswith(text[found:run.end()]):
                name = ""  # ``the Glasgow Kelvin MP``: a place the role is for (not ``Jason King``)
            if name and name.lower() not in SENTENCE_OPENERS and self.kind(self._fullest(name)) == kind:
                # not ``However, the company``
                holders.append((found, self._fullest(name)))
            found = self._lower.find(role, found + len(role))
        return holders

    def _fullest(self, name: str) -> str:
        """The name in the document that ``name`` is a short form of, written in the story
        (not only its headline) first, then most named, then most named by its first word,
        then longest (``Blair`` -> ``Tony Blair``,
        ``EFF`` -> ``Electronic Frontier Foundation``)."""
        words = name.split()
        if len(words) > 1 and words[0].lower() not in PEERAGES:
            return name  # already a full name: ``Tony Blair``
        full = self._fullest_of.get(name)
        if full is None:
            candidates = {other for other in self._runs_around(name)
                          if len(other) > len(name) and _is_short_form(words, other)}
            # on a tie, the one whose first name the text uses more (``Ozzy Osbourne`` over
            # ``Sharon Osbourne`` when it calls him ``Ozzy``), then the longest
            if len(candidates) > 1:
                # written in the story, not only in its headline (``Classy Henman makes winning
                # start`` … ``Tim Henman``)
                story = self.text.find("\n")
                full = max(sorted(candidates), key=lambda c: (
                    self.text.find(c, story) >= 0, self.text.count(c), self.text.count(c.split()[0]), len(c)))
            else:
                full = candidates.pop() if candidates else name
            self._fullest_of[name] = full
        return full

    def _runs_around(self, name: str) -> set[str]:
        """The longer names in the document that hold ``name``'s last word, or that
        ``name`` (an acronym) abbreviates."""
        text = self.text
        word = name.split()[-1]
        if word.replace("&", "").isupper() and len(word) > 1:
            return self._expansions(word.replace("&", ""))
        runs, size = set(), len(word)
        at = text.find(word)
        while at >= 0:
            end = at + size
            # only where a capitalised word stands next to it: ``Tony Blair``, ``Virgin Radio``
            if text[at - 1:at] == " " and text[at - 2:at - 1].isalpha() or text[end:end + 2][-1:].isupper():
                run = NAME_RE.match(text, _run_start(text, at))
                # a run of one word holds no longer name (its words are joined by spaces or tabs)
                if run and (" " in run.group() or "\t" in run.group()):
                    full = self._name_in(run)[1]
                    if " " in full:
                        runs.add(full)
            at = text.find(word, end)
        return runs

    def _expansions(self, acronym: str) -> set[str]:
        """The names of two or more words in the document whose initials are ``acronym``
        (``Department for Constitutional Affairs`` for ``DCA``), or that the document
        defines it as (``the National Statistics Institute (INSEE)``)."""
        found = self._expansions_of.get(acronym)
        if found is None:
            if self._long_runs is None:
                self._long_runs = [(m.start(), m.group()) for m in _LONG_RUN_RE.finditer(self.text)]
            found = set()
            defined = " (" + acronym + ")"
            for at, written in self._long_runs:
                # not ``Ministry of Economy, Trade and Industry (METI)``: a name cut at a comma
                is_defined = self.text.startswith(defined, at + len(written)) \
                    and self.text[at - 2:at] != ", "
                # a run without all the acronym's letters cannot become its expansion
                if is_defined or all(letter in written for letter in acronym):
                    written = self._without_opener(at, written)[1]
                    # the whole run (defined or not), or either side of ``and`` (``Electronic
                    # Frontier Foundation and Tony Blair``), which only its initials can make one
                    sides = written.split(" and ") if " and " in written else []
                    for name, defines in [(written, is_defined)] + [(side, False) for side in sides]:
                        words = name.split()
                        while words and (words[0] == "The" or words[0].islower()
                                         or defines and not words[0].isupper()
                                         and _initials(words[1:]).endswith(acronym)):
                            words.pop(0)  # ``Past Congressional Budget Office (CBO)``; not ``US``
                        if len(words) > 1 and (defines or _initials(words) == acronym
                                               and not any(w.isupper() and len(w) > 1 for w in words)):
                            found.add(" ".join(words))
            self._expansions_of[acronym] = found
        return found


@lru_cache(maxsize=16384)
def _reading(phrase: str) -> tuple:
    """What a source phrase asks of the document, found from the phrase alone (so the
    same in every document, and worked out once): whether it is an unnamed spokesperson
    (``he`` can then mean them), then the look-up and its arguments:

    - ``as written``, text: the phrase itself or the organisation it names;
    - ``pronoun``, kind, sex: who a pronoun of that kind would mean (``she``, ``his
      spokesman``, ``the 30-year-old``);
    - ``name``, phrase, name: the fullest form of a proper name;
    - ``role``, role, kind: who holds a role (``the mayor``);
    - ``org role``, head, role: ``the game maker``: a person the document introduced with
      that word, else the organisation in that role;
    - ``data``, head, phrase: the report or survey the story names;
    - ``named head``, head, phrase: ``the commission``: the organisation named with that
      word (``the Electoral Commission``), else the phrase;
    - ``again``, phrase: what another phrase resolves to (``a Yukos spokesman``: Yukos);
    - ``qualified role``, role, phrase: ``the director behind JFK``: who the text names with
      that role, else the phrase;
    - ``possessive``, phrase, owner, head: ``X's <role>``;
    - ``relation``, head, phrase: ``his son``: the person the text names with that tie;
    - ``company``, phrase: ``a spokesman said``: the organisation the story is about.
    """
    phrase = phrase.strip(" \t\n,;:—–-\"“”‘’'")
    leading = _LEADING_TIME_RE.match(phrase)
    if leading and leading.end() < len(phrase):
        phrase = phrase[leading.end():]  # ``Later the prime minister``, ``now the German regulator``
    words = phrase.split()
    while len(words) > 1 and (words[-1] in TRAILING_ADVERBS or words[-1].endswith("ly")
                              and words[-1].islower() and words[-2][:1].isupper()):
        # ``The British Medical Association also``, ``Mr Kilroy-Silk separately`` (not ``his
        # family``, ``the former monopoly``)
        words.pop()
        phrase = phrase[:phrase.rindex(words[-1]) + len(words[-1])]
    if not phrase:
        return False, "as written", ""
    kind = PRONOUNS.get(phrase.lower())
    if kind:
        return False, "pronoun", kind, _PRONOUN_GENDER.get(phrase.lower(), "")
    placed = _TRAILING_PLACE_RE.match(phrase)
    if placed:
        phrase = placed.group(1)  # ``the BBC's Sarah Rainsford in Moscow``: not Moscow
    owner = _PRONOUN_THING_RE.match(phrase)
    if owner and owner.group("head").lower() in _OWNED_SOURCES:
        # ``according to its estimate``, ``her lawsuit says``: whoever the pronoun means
        pronoun = owner.group(1).lower()
        kind = {"his": "person", "her": "person", "its": "org"}.get(pronoun, "plural")
        return False, "pronoun", kind, {"his": "m", "her": "f"}.get(pronoun, "")
    if owner and owner.group("head").lower() in RELATION_ROLES:
        return False, "relation", owner.group("head").lower(), phrase  # ``his son said``
    owner = _PRONOUN_SPOKESPERSON_RE.match(phrase)
    if owner:
        # ``his spokesman has said``: for the person a pronoun would mean
        return True, "pronoun", "person" if owner.group(1).lower() in ("his", "her") else "org", \
            {"his": "m", "her": "f"}.get(owner.group(1).lower(), "")
    bare = _BARE_ROLE_RE.match(phrase)
    if bare and bare.group("head").startswith("spokes"):
        return True, "again", bare.group("org")  # ``Opera spokeswoman`` with no name beside
    spokes = False
    spokesperson = _SPOKESPERSON_RE.match(phrase)
    if spokesperson:
        spokes = bool(_SPOKES_WORD_RE.search(phrase))  # not ``a source``, ``a statement``: no ``he`` for them
        org = spokesperson.group("after") or spokesperson.group("before") or ""
        possessive = _POSSESSOR_RE.match(org)
        if possessive and _TRAILING_NAME_RE.search(possessive.group("head")):
            return spokes, "again", org  # ``A statement from the band's record company Universal``
        if possessive and possessive.group("head").split()[-1] not in PERSON_ROLES | ORG_ROLES:
            return spokes, "as written", org  # ``a spokesperson for Gove’s department``
        if _FULL_ORG_NAME_RE.match(org):
            return spokes, "as written", org  # ``a Department for Education and Skills source``
        if org[:1].isupper() or org.lower().startswith(("the ", "a ")):
            return spokes, "again", org
        if not org and spokesperson.group(0).split()[-1].lower().startswith("spokes"):
            return spokes, "company", phrase
    if _is_someone_new(phrase):
        return spokes, "as written", phrase  # ``a US-based insurance expert``
    possessive = _POSSESSOR_RE.match(phrase)
    if possessive:
        return spokes, "possessive", phrase, possessive.group("owner"), possessive.group("head")
    of_phrase = _OF_PHRASE_RE.match(phrase)
    if of_phrase and of_phrase.group("head").lower() not in PERSON_ROLES | ORG_ROLES:
        return spokes, "as written", phrase  # ``A number of large MCI shareholders``
    if phrase.split()[0].lower() in GROUP_NOUNS and phrase.split()[1:2] \
            and phrase.split()[1] in _QUALIFIER_WORDS | {"close", "within", "like"}:
        # ``Readers of the Boingboing weblog``, ``Sources close to Mr Hockney``, ``Lawyers for
        # Mr Fawcett``: the group as written, not a name that places it
        return spokes, "as written", phrase
    if _PERSON_DESCRIPTION_RE.match(phrase) and phrase.split()[-1].lower() not in _PUBLICATIONS:
        # ``the 30-year-old``, ``the American``, ``the Dutchman`` (a man)
        return spokes, "pronoun", "person", _role_gender(phrase)
    description = _DESCRIPTION_RE.match(phrase) or _CAPITALISED_ROLE_RE.match(phrase)
    if description:
        role = description.group("words")
        head = role.split()[-1].lower()
        if _is_person_role(head):
            return spokes, "role", role, "person"
        if head in ORG_ROLES:
            named = _NAMED_ORG_ROLE_RE.match(role)
            if named and not _is_place(named.group(1)) and not _MODIFIER_RE.match(role):
                return spokes, "name", named.group(1), named.group(1)  # ``the Associated Press agency``
            return spokes, "org role", head, role
        if head in DATA_ROLES:
            return spokes, "data", head, phrase
        if head.isalpha() and len(role.split()) == 1:
            return spokes, "named head", head, phrase  # ``the commission``
        return spokes, "as written", phrase
    words = phrase.split()
    if len(words) > 2 and words[0].lower() == "the" and words[-1] in ("MP", "MEP", "MSP"):
        return spokes, "role", " ".join(words[1:]), "person"  # ``the Salford MP``: not Salford
    qualified = _QUALIFIED_ROLE_RE.match(phrase)
    if qualified and _is_person_role(qualified.group("head").lower()) \
            and not _is_trailing_person(qualified.group("rest")):  # ``the minister for aviation Ann Li``
        # ``the director behind JFK``, ``the MP for Ealing North``: who the text names with that
        # role, else the description; ``the chief executive of a car maker``: someone new
        if qualified.group("rest").split()[0] in ("a", "an"):
            return spokes, "as written", phrase
        return spokes, "qualified role", qualified.group("role").lower(), phrase
    if _LOWERCASE_HEAD_RE.search(phrase):
        return spokes, "as written", phrase  # ``CEA analysts``, ``University College London research``
    name = proper_name(phrase)
    if name in _PLACES and re.search(r"\b(?:in|for|to|of|from|on)\s+(?:the\s+)?" + name + r"\b|\b"
                                     + name + r"\s+[a-z]", phrase):
        # ``Policy makers in Europe``, ``A team of US researchers``: the place only
        # says where the source is (not ``Earlier this week China``)
        return spokes, "as written", phrase
    if name:
        return spokes, "name", phrase, name
    words = phrase.split()
    last = words[-1]
    if last[:1].isupper() and last.lower() in PERSON_ROLES and not (
            # ``The Health and Safety Executive``: a role that also ends organisation names
            last.lower() in ORG_WORDS and len(words) > 2 and words[-2][:1].isupper()):
        return spokes, "role", last, "person"  # ``UK Chancellor``, ``The Judge``
    return spokes, "as written", phrase


@lru_cache(maxsize=32768)
def _is_bare_role(phrase: str) -> bool:
    bare = _BARE_ROLE_RE.match(phrase)
    return bool(bare) and (bare.group("head").startswith("spokes") or _is_person_role(bare.group("head")))


# one pass over a few thousand articles names about 10,000 different phrases: a smaller
# cache would drop each before it is asked again
@lru_cache(maxsize=32768)
def proper_name(phrase: str) -> str:
    """The name in a phrase, without honorifics, post-nominals and leading job titles.

    ``EFF lawyer Kurt Opsahl`` -> ``Kurt Opsahl``; ``Aliya Azam MBE`` -> ``Aliya Azam``;
    ``London Mayor Sadiq Khan`` -> ``Sadiq Khan``; ``Apple's lawsuit`` -> ``Apple``.
    Empty when the phrase holds no capitalised name.
    """
    first = NAME_RE.match(phrase)
    if first and first.end() == len(phrase):
        runs = [phrase]  # most phrases asked about are one run of capitals
    else:
        runs = NAME_RE.findall(phrase)
        if first and " " not in runs[0] and phrase[first.end():first.end() + 2].strip()[:1].islower():
            runs.pop(0)  # ``Nearly half…``: a capital that only opens the sentence
    # the last run that is not a day or month (``… on Wednesday``), unless a person comes
    # first with where they work (``Peter Saunders of the CMF``)
    run = next((r for r in runs[:-1] if _is_affiliated_person(r, phrase)), "") \
        or next((r for r in reversed(runs) if r not in _CALENDAR), "")
    if not run:
        return ""
    if len(runs) > 1 and run == runs[-1] and run.split()[-1].lower() in ORG_WORDS \
            and (runs[-2].split()[0] == "St" or runs[-2].split()[-1].lower() in _TITLE_WORDS
                 or " " not in run):
        # ``the Information Commissioner's Office``, ``St David's Shopping Centre``, ``the British
        # Bankers' Association``: one name (not an owner's: ``Pearson's Financial Times``)
        joined = re.search(re.escape(runs[-2]) + r"['’]s?\s+" + re.escape(run), phrase)
        if joined:
            run = joined.group()
    if len(runs) > 1 and run == runs[-1]:
        run = _joined_name(runs, phrase)
    number = _TRAILING_NUMBER_RE.search(phrase)
    if number and phrase.endswith(run, 0, number.start()):
        run = phrase[number.start() - len(run):number.end()]  # ``Radio 1``, ``Number 10``, ``Channel 4``
    words = run.split()
    lows = [w.lower() for w in words]
    # the name is words[start:end]; a run's words hold no dots, so no ``Mr.`` here
    start, end = 0, len(words)
    for i in range(end - 1, 0, -1):
        if lows[i] in HONORIFICS or lows[i] in PEERAGES:
            start = i  # ``Later Mr Blair`` -> ``Mr Blair``
            break
    # ``Mr King``, ``Ms Cook``: after an honorific a title word is a surname; so is a closing
    # ``King`` (``Mervyn King``: a king is named ``King Abdullah``)
    surname = lows[start] in HONORIFICS and end - start == 2 or end - start > 1 and words[end - 1] == "King"
    if lows[start] in HONORIFICS:
        start += 1  # no other honorific is left
    while end > start and lows[end - 1] in POST_NOMINALS:
        end -= 1
    while end - start > 2 and lows[start] in PARTIES:
        start += 1  # ``Conservative Michael Mates``
    # ``General Motors``, ``General Jackson``: opening a run, ``General`` is a company's name or a
    # rank (not in ``Attorney General John Ashcroft``)
    first_title = start + 1 if words[start:start + 1] == ["General"] else start
    if end - start > 2 and _is_describer(lows[start]) \
            and name_kind(" ".join(words[start + 1:end])) == "person":
        start += 1  # ``Fly-half Ann Lowe``, ``Swede Lars Berg``, ``Judges Tom Reed and …``
    while end - start > 1 and start >= first_title \
            and (lows[start] in JOB_TITLES or _PLACED_RE.search(lows[start])):
        start += 1  # also ``Paris-based Euronext``
    # ``Housing Secretary Michael Gove``, ``Tory MP Michael Mates``: the name follows the last title
    for i in range(end - 2, first_title - 1, -1):
        if (lows[i] in JOB_TITLES or lows[i] in POST_NOMINALS or lows[i] == "justice" and end - i > 2) \
                and lows[i] not in PEERAGES:
            # (``Supreme Court Justice Stephen Breyer``, not the ``Justice Department``)
            start = i + 1
            break
    while start < end and words[start] == "&":
        start += 1
    if "of" in lows[start + (1 if start and lows[start - 1] in HONORIFICS else 2):end]:
        # ``Mike Powell of Dresdner Kleinwort``, ``Mr Skeens of Brownsville`` -> the person;
        # not a peer's title (``Lord Nicholls of Birkenhead``) nor an organisation (``Royal
        # College of Physicians``)
        of = lows.index("of", start + 1)
        if (of - start == 1 or name_kind(" ".join(words[start:of])) == "person") \
                and (lows[start] not in PEERAGES or of - start > 2):
            end = of
    if 0 < start < end and lows[start] == "of" and lows[start - 1] in JOB_TITLES:
        # a title with its place: ``Secretary of State Condoleezza Rice`` -> the name after
        # it; ``the Archbishop of Canterbury`` -> the whole title, not ``of Canterbury``
        start = start + 2 if end - start > 3 else start - 1
    if end - start > 1 and lows[start] in _RUN_OPENERS:
        # ``On Wednesday Tony Blair`` -> ``Tony Blair``; ``In September`` -> nothing (but
        # ``Sunday Times``, ``June Carter Cash`` keep their first word)
        start += 1
        if end - start > 1 and words[start] in _CALENDAR:
            start += 1
    words = words[start:end]
    if words:
        words[-1] = _POSSESSIVE_RE.sub("", words[-1])
    if words and words[0] in ("The", "A", "An", "Its", "His", "Her", "Their") and len(words) > 1:
        words.pop(0)  # also ``Its BDO`` of ``Its BDO's output index``
    if not words or words[-1].lower() in PEERAGES or words[-1].lower() in JOB_TITLES and not surname \
            or words[-1] in ("The", "A", "An", "&") or len(words) == 1 and words[0] in _CALENDAR:
        return ""
    return " ".join(words)


# words that end the name of a body of its own
_BODY_HEADS = ORG_ROLES | {"council", "committee", "commission", "society", "federation", "trust",
                           "foundation", "ministry", "department", "office", "institute", "institution",
                           "authority"}
_NAME_JOINER_RE = re.compile(r"[ \t]+(?:(?:for|on|of)(?:[ \t]+the)?|(?P<conj>and)(?:[ \t]+the)?)[ \t]+")


# words that describe a person written before their name: a position in a team, a
# nationality, an age, or a title in the plural
_DESCRIBERS = {"fly-half", "scrum-half", "full-back", "prop", "hooker", "lock", "flanker",
               "centre", "substitute", "agent", "swede", "dane", "finn", "briton", "scot",
               "spaniard", "kiwi", "frenchman", "welshman", "irishman", "englishman", "scotsman",
               "dutchman", "frenchwoman", "welshwoman", "irishwoman", "englishwoman", "scotswoman",
               # nationalities as adjectives, before a person's name only (``American Ann Lowe``;
               # ``British`` opens too many bodies' names)
               "american", "australian", "russian", "canadian", "argentine", "hungarian", "italian",
               "german", "french", "spanish", "belgian", "austrian", "croatian", "serbian", "czech",
               "swedish", "danish", "norwegian", "finnish", "kenyan", "ethiopian", "jamaican",
               "brazilian", "mexican", "japanese", "chinese", "indian", "nigerian", "californian"}


def _is_describer(word: str) -> bool:
    """``fly-half``, ``swede``, ``judges``, ``fifteen-year-old``."""
    return word in _DESCRIBERS or word.endswith("-year-old") \
        or word.endswith("s") and word[:-1] in JOB_TITLES


_NAME_PREPOSITION_RE = re.compile(r" (?:for|on|of) ")


def _joined_name(runs: list[str], phrase: str) -> str:
    """The last run of capitals with those it is joined to by ``for``, ``on``, ``of the``
    (``the Office for National Statistics``, ``Forum for the Future``) and, inside such a name,
    ``and`` (``Organisation for Economic Co-operation and Development``, ``Institute of
    Purchasing and Supply``); not ``the MP for Witney``, ``Munich Re and Swiss Re``."""
    name, joined_by_and = runs[-1], False
    for left in reversed(runs[:-1]):
        left_end = phrase.rfind(left) + len(left)
        joiner = _NAME_JOINER_RE.match(phrase, left_end)
        if not joiner or not phrase.startswith(name, joiner.end()) \
                or left.split()[-1].lower() in _TITLE_WORDS | POST_NOMINALS:
            break
        one_name = joiner.group() == " and " \
            and _opens_name_with_and(left, name, phrase[:left_end - len(left)])
        if joiner.group("conj") and not one_name \
                and (name_kind(name) == "person" or name.split()[-1].lower() in _BODY_HEADS):
            # two people or two bodies: ``the Council of Mortgage Lenders and Building Society Association``
            break
        name = phrase[left_end - len(left):joiner.end() + len(name)]
        joined_by_and = joined_by_and or bool(joiner.group("conj")) and not one_name
    return name if not joined_by_and or _NAME_PREPOSITION_RE.search(name) else runs[-1]


_JOINED_BEFORE_RE = re.compile(r"\b(?:of|for|on|and|&)(?:\s+the)?\s+$")
_PARTY_WORDS = PARTIES | {"conservatives", "democrats", "republicans"}


def _opens_name_with_and(left: str, right: str, before: str) -> bool:
    """Whether ``left and right`` is one organisation's name (``Securities and Exchange
    Commission``, ``Pew Internet and American Life Project``, ``Ironhorse Oil and Gas``): the
    right part ends as an organisation's name does and the left part names no body or party
    of its own (not ``BBA and Building Societies Association``, ``Conservatives and Liberal
    Democrats``, ``Council of Mortgage Lenders and …``) nor is joined to a name before it;
    ``and the`` joins two names (``the Wall Street Journal and the Financial Times``)."""
    head, left_head = right.split()[-1].lower(), left.split()[-1].lower()
    return head in ORG_WORDS and head not in _PARTY_WORDS and right not in _PLACES \
        and not right.startswith("The ") and left_head not in _BODY_HEADS and left_head not in _PARTY_WORDS \
        and not _NAME_PREPOSITION_RE.search(left) and not _JOINED_BEFORE_RE.search(before)


# (also past what the organisation is: ``from broadband telecoms firm Thales``)
_AFFILIATION_RE = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z]")
_LOWER_WORD_RE = re.compile(r"\b(?!the\b|and\b|of\b)[a-z]")  # a word no name is joined by


def _is_affiliated_person(run: str, phrase: str) -> bool:
    """A person's name followed by where they work: ``Peter Saunders`` of ``Peter Saunders
    of the CMF``, ``Nigel McCune from the Musicians' Union``, ``Laura Brownlees of Save``
    (the Children)."""
    rest = phrase[phrase.find(run) + len(run):]
    followed = bool(_AFFILIATION_RE.match(rest))
    if not followed and " of " not in run:
        return False  # most runs: no affiliation, and no need to clean them
    name = proper_name(run)
    if " " not in name or name_kind(name) != "person":
        return False
    # the organisation runs on to the end (not ``State Administration of Taxation head Xie Xuren``)
    return followed or name + " of " in run and not _LOWER_WORD_RE.search(rest)


_PLACED_RE = re.compile(_PLACED + "$")
# one capitalised word that describes the noun after it: a nationality or a compound
_MODIFIER_RE = re.compile(
    r"(?:[A-Z][a-z]+(?:ese|ish|ian|ch)|American|Mexican|Korean|African|European|German|Venezuelan|Cuban"
    r"|Kenyan|Chilean|Jamaican|Saudi|Iraqi|Israeli|Pakistani|Kuwaiti|Thai|Muslim|Arab|Asian|Greek|Swiss"
    r"|Catholic|[A-Z][\w-]*" + _PLACED + r") [a-z]")


# the words after a modifier up to the name they describe (``… advertising giant WPP``) or
# the group they open (``… government officials``)
_DESCRIBED_NAME_RE = re.compile(r"(?:[ \t]+[a-z][\w-]*){0,4}?[ \t]+(?P<role>[a-z][\w-]*)[ \t]+(?P<name>"
                                + NAME_RE.pattern + ")")
_LOWER_WORDS_RE = re.compile(r"(?:[ \t]+[a-z][\w-]*){0,3}")


def _is_role_word(word: str) -> bool:
    """``giant``, ``minister``, ``drugmaker``: a noun a name can be introduced with."""
    word = word.lower()
    return word in ORG_ROLES or word in PERSON_ROLES or word in JOB_TITLES \
        or word.endswith(_ORG_ROLE_ENDINGS)


def _is_modifier(text: str, at: int, word: str) -> bool:
    """``Japanese`` of ``the Japanese carmaker``, ``Paris-based`` of ``The Paris-based firm``
    (not ``Brian said``): one word at ``at``."""
    return " " not in word and bool(_MODIFIER_RE.match(text, at)) \
        and not _VERB_AFTER_RE.match(text, at + len(word))


def _is_trailing_person(words: str) -> bool:
    """Whether ``words`` end in a person's name (``civil aviation Ann Li``; not ``union
    Unison``)."""
    named = _TRAILING_NAME_RE.search(words)
    return bool(named) and name_kind(proper_name(named.group())) == "person"


def _is_someone_new(phrase: str) -> bool:
    """``a US-based insurance expert``, ``a former MP``, ``A lawyer representing Mr Doe``, ``a
    City investment bank``: a person or organisation the text does not name, described by its
    role (but ``a Home Office spokesman`` speaks for the Home Office, and ``a World Bank
    report`` is the World Bank's)."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "one"):
        return False
    for i, word in enumerate(words[1:], 1):
        low = word.lower()
        if low in _QUALIFIER_WORDS:
            return False  # ``a study by Gartner``: the head is not a role
        if (word.islower() or word.isupper()) and not _SPOKES_HEAD_RE.match(low) \
                and (_is_person_role(low) or low in ORG_ROLES):
            # the role closes the phrase or is qualified (``representing Mr Doe``, ``on the
            # economy``); not a modifier (``a Reuters news agency report``)
            after = words[i + 1] if i + 1 < len(words) else ""
            return not after or after in _QUALIFIER_WORDS or after.endswith("ing")
    return False


# words that open what qualifies a head noun: ``an expert on``, ``a party of councillors``
_QUALIFIER_WORDS = {"of", "on", "for", "from", "at", "in", "by", "with", "to", "who", "close"}
_SPOKES_HEAD_RE = re.compile(r"spokes|representative|source|official|statement")


def _is_person_role(head: str) -> bool:
    """``minister``, also in a compound: ``secretary-general``, ``vice-chairman``, ``ex-minister``."""
    return head in PERSON_ROLES or "-" in head and any(part in PERSON_ROLES for part in head.split("-"))


def _is_title_of_place(words: list[str]) -> bool:
    """``Archbishop of Canterbury``, ``Mayor of London``: a person, even after ``the``."""
    return words[0].lower() in JOB_TITLES and words[1:2] == ["of"]


@lru_cache(maxsize=8192)
def name_kind(name: str) -> str:
    """``person`` for a personal name, ``org`` for other names, ``group`` for descriptions."""
    words = name.split()
    if not words or not words[-1][:1].isupper():
        return "group"  # ``analysts``, ``the show's producers``
    if words[0].lower() in PEERAGES or _is_title_of_place(words):
        return "person"  # ``Lord Carlile``, ``Archbishop of Canterbury``
    if len(words) == 1 and words[0].lower() in GROUP_NOUNS:
        return "group"  # ``Analysts said``: a description opening its sentence
    if len(words) == 1 and words[0].lower() in _GIVEN_NAME_GENDER and words[0].lower() not in _COMMON_WORD_NAMES:
        return "person"  # ``Lucy wrote``: a person the story calls by her given name (not ``the Bill``)
    if len(words) < 2 or len(words) > 4 or "of" in words:
        return "org"  # ``Much of Cuba``: no personal name but a peer's holds ``of``
    for i, w in enumerate(words):
        # (a lone capital between names is a middle initial, not an acronym: ``George W Bush``)
        initial = len(w) == 1 and 0 < i < len(words) - 1
        if w.lower() in ORG_WORDS or w.isupper() and not initial or "&" in w or "/" in w:
            return "org"
    return "person"


def _is_short_form(words: list[str], other: str) -> bool:
    """``Blair`` of ``Tony Blair``, ``Lord Khan`` of ``Lord Wajid Khan``, ``EFF`` of
    ``Electronic Frontier Foundation``, ``Virgin`` of ``Virgin Radio``. An acronym is taken
    to be short for any ``other``: callers offer only its expansions."""
    other_words = other.split()
    if len(words) == 1:
        word = words[0]
        if word.isupper() and len(word) > 1:
            return True  # the document's expansions of the acronym: its initials or definition
        if other_words[-1] == word and other_words[-2] != "of" and name_kind(other) == "person":
            return True  # not ``Khan`` of ``One of Khan`` (``One of Khan's films``)
        # ``Virgin`` of ``Virgin Radio``; not ``Nintendo`` of the product ``Nintendo DS``
        return other_words[0] == word and name_kind(other) == "org" \
            and not any(any(ch.isdigit() for ch in w) or w.isupper() and len(w) <= 3
                        for w in other_words[1:])
    first = words[0].lower()
    if first in PEERAGES:
        # ``Lord Khan`` / ``Sir William``: same title, and the other word in the name
        return other_words[0].lower() == first and words[-1] in other_words[1:]
    return other_words[-len(words):] == words and other_words[0].lower() not in PEERAGES


def _initials(words: list[str]) -> str:
    """``EFF`` for ``Electronic Frontier Foundation``, ``BB`` for ``Bradford & Bingley``."""
    return "".join(w[0] for w in words if w[0].isupper())


def _run_start(text: str, at: int) -> int:
    """Where the capitalised words running up to ``at`` start (``Tony`` of ``Tony Blair``)."""
    start = at
    while start > 1 and text[start - 1] == " ":
        floor = max(0, start - 40)
        prev = max(text.rfind(" ", floor, start - 1), text.rfind("\n", floor, start - 1)) + 1
        if prev == start - 1 or not (text[prev].isupper() or text[prev:start - 1] in _JOINERS) \
                or text[start - 2] in ",;:.!?)\"”" \
                or text[start].isupper() and (text[start - 2] in "'’"
                                              or text[start - 3:start - 1] in ("'s", "’s")):
            # not across punctuation (``the London School of Economics, Irene Khan``) nor from a
            # name to its owner (``Celtic's Neil Lennon``; but ``the Pensions Commission's report``)
            break
        start = prev
    while start < at:
        space = text.find(" ", start, at)
        if text[start:space if space >= 0 else at] not in _JOINERS:
            break
        start = space + 1  # a name does not open with ``of``
    return start


def _named_mid_sentence(text: str, word: str) -> bool:
    """``Lufthansa`` opening a sentence is a name if the text also writes it mid-sentence."""
    if word.lower() in SENTENCE_OPENERS or word.lower() in PRONOUNS or word.endswith("ly"):
        return False
    at = text.find(" " + word)
    for _ in range(8):
        if at < 0:
            return False
        before = text[max(0, at - 2):at].rstrip(" \"“‘'")
        if before and before[-1] not in ".!?\n:":
            return True
        at = text.find(" " + word, at + 1)
    return False


# a name followed by its verb is a subject wherever it stands (``… chief secretary George
# Osborne said``)
_VERB_AFTER_RE = re.compile(r"(?:,\s+\d+,)?\s+(?:has|had|have|was|is|will|would|could|says|said|told|"
                            r"added|insisted|argued|warned|believes|thinks|admitted|denied|claimed|"
                            r"explained|revealed|announced|urged|repeated|stressed|confirmed|"
                            r"suggested|predicted|criticised|welcomed|rejected|dismissed|promised|"
                            r"agreed|refused|accused|described|called|warns|insists|admits|argues|"
                            r"urges|accepted|conceded|stated)\b")


_OBJECT_PREPOSITIONS = {"to", "by", "with", "of", "for", "against", "from", "and", "than", "into",
                        "about", "over", "beat", "beats", "named", "said", "says"}
# a name right after these is their object, even before a verb (``a switch to Stamford
# Bridge has arisen``)
_PLAIN_PREPOSITIONS = {"to", "by", "with", "of", "for", "against", "from", "into", "about", "over",
                       "at", "in", "under", "like", "on"}


_SUBJECT_WORD_RE = re.compile(r"\b([A-Z][a-z]+)(?=" + _VERB_AFTER_RE.pattern + ")")


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (``new``, not ``renewed``)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "-'’")) \
                and not (text[end:end + 1].isalnum() or text[end:end + 1] in ("-", "'", "’")):
            return True
        at = text.find(word, end)
    return False


def _after_preposition(text: str, at: int) -> bool:
    """A name that is the object of a preposition, past the titles written before it
    (``hosted by UK finance minister Gordon Brown``)."""
    word = _word_before_name(text, at)
    return word in _OBJECT_PREPOSITIONS or word in _PLAIN_PREPOSITIONS



def _right_after_preposition(text: str, run: re.Match, name: str) -> bool:
    """Whether ``name``, in its ``run`` of capitals (``on Tuesday Mr Ebbers``), follows a
    preposition."""
    at = run.start() + max(0, run.group().find(name))
    words = text[max(0, at - 12):at].split()
    return bool(words) and words[-1] in _PLAIN_PREPOSITIONS


# a name after these is the subject of a clause inside the sentence, not the sentence's
# (``Asked if Mr Blunkett could return, he replied``)
_QUESTION_WORDS = {"if", "whether", "why", "how"}


def _word_before_name(text: str, at: int) -> str:
    """The lower-case word written before the name at ``at`` and its titles (``by`` of ``by
    UK finance minister Gordon Brown``), or empty."""
    words = text[max(0, at - 60):at].split()
    for word in reversed(words[-7:]):
        low = word.lower().strip(",\"“‘'")
        if not (word[:1].isupper() or low in _TITLE_WORDS):
            return low
    return ""


_SENTENCE_END_RE = re.compile(r"[.!?\n]")
# a cue that is a verb (``announced``, ``said``), not a noun an owner's name can hold (``claim``)
_VERB_CUE_RE = re.compile(r"(?:[a-z]+ed|said|says|told)\b")
# the name a reported clause opens with, after its cue: ``insisted Mr Brown will``
_CLAUSE_SUBJECT_RE = re.compile(r"(?:[a-z]+ ){1,3}?(?:that )?(?:(?:Mr|Mrs|Ms|Dr|Miss)\.? )?"
                                r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)")
_RELATIVE_WHO_RE = re.compile(r",(?:\s+\d+,)?\s+who\s")
# before a pronoun (or its cue) that opens its sentence: ``. He`` / ``. He said``
_PRONOUN_OPENS_RE = re.compile(r"[.!?\n]\s+(?:\w+\s*)?$")
# up to the last mark that ends a sentence or a clause (greedy, so one backward scan)
_SENTENCE_BREAK_RE = re.compile(r".*[\n.!?:;\"“”]", re.S)
_CLAUSE_BREAK_RE = re.compile(r".*[.!?\n,;:]", re.S)


def _opens_clause(text: str, at: int) -> bool:
    """A name in subject position: after a sentence start or comma with at most two
    opening words between (``But Umaga``, ``Earlier, Mr Blair``; not ``also backed New
    Zealand``)."""
    before = text[max(0, at - 40):at]
    cut = _CLAUSE_BREAK_RE.match(before)
    if not cut:
        return False
    words = [w.strip("\"“‘'") for w in before[cut.end():].split()]
    if not words:
        return True
    if len(words) <= 2:
        return all(w.lower() in SENTENCE_OPENERS or w[:1].isupper() or not w[:1].isalpha()
                   for w in words)
    if len(words) > 6 or words[-1].lower() not in _TITLE_WORDS:
        return False
    # ``Liberal Democrat spokesman Mark Oaten``, ``WLGA finance spokesman``; not ``attack Tory
    # leader Michael Howard``: lowercase words are titles or stand right before one
    lowered = [w.lower() for w in words]
    return all(w[:1].isupper() or low in _TITLE_WORDS or low in SENTENCE_OPENERS
               or i + 1 < len(words) and lowered[i + 1] in _TITLE_WORDS
               and low not in _OBJECT_PREPOSITIONS
               for i, (w, low) in enumerate(zip(words, lowered)))


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n:"
