"""Words around a number that decide what it is: approximators, months, references,
ages, framing durations, change directions (used by ``statistics``)."""

# Approximators before a number, lower-cased into ``approx`` (guide section 1).
APPROXIMATORS = (
    "more than", "over", "up to", "nearly", "almost", "about", "around", "at least", "some",
    "fewer than", "less than", "under", "roughly", "an estimated", "approximately", "close to",
    "the best part of", "just over", "just under", "well over", "well under", "as many as",
    "as much as", "as few as", "at most", "upwards of", "in excess of", "below", "above",
    "estimated", "circa", "barely", "as little as", "as low as", "as high as", "no more than",
    "no less than", "no fewer than", "in the region of", "well below", "well above", "just above",
    "just below",
)

# Month names: a number of 1-31 beside one is a day of the month.
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November"
          "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
MONTH_WORDS = frozenset(MONTHS.lower().split("|"))

# Words just before a number that make it a reference, rank or name, not a quantity.
REFERENCE_WORDS = frozenset("""
no no. nos number numbers page pages pp p verse chapter section clause article paragraph rule flat room
platform lane gate route junction level grade series version versions release model models season
episode volume vol issue line channel figure table appendix part phase stage tier game category
class division top ftse formula windows iphone playstation size flight bus seed seeded code id
tel phone apollo
""".split())

# People described by their age with "over"/"under": "children under five", "voters over 60",
# "retirement under 65", and after a verb with no noun after the number: "they are over 18".
AGED_PEOPLE = frozenset("""
people children child adults voters players pupils students those anyone everyone men women boys
girls drivers workers residents pensioners users viewers youngsters kids teenagers patients parents
payers they who retirement
""".split())

# Contexts of quantities that are not statistics: ages and durations that frame events
# ("for three years"), unless a ranking measures them ("the first hike in nine years").
AGE_WORDS = frozenset({"aged", "age", "ages", "ageing", "turns", "turned", "turning"})
FRAMING_WORDS = frozenset({"for", "past", "last", "next", "previous", "prior", "coming", "following",
                           "recent", "first", "second", "final", "over", "since", "after", "before",
                           "during", "until", "till", "throughout", "spent", "spanning", "on", "opening",
                           "closing"})
RANKING_WORDS = frozenset({"first", "highest", "lowest", "biggest", "largest", "best", "worst",
                           "fastest", "slowest", "strongest", "weakest", "longest",
                           "sharpest", "steepest", "smallest", "deepest", "greatest"})

# Verbs whose duration is the measured fact: "took 15 years", "lasted (for) three hours"; "last"
# is such a verb only after "to" or a modal ("expected to last five months", not "the last five").
DURATION_VERBS = frozenset("lasts lasted lasting take takes took taken taking".split())
BEFORE_VERB_LAST = frozenset("to will would could may might should can must".split())
# Before "for", words whose duration is the fact reported: a penalty, a lay-off or an outage
# ("banned for two years", "out for at least six weeks", "unusable for about five hours").
MEASURED_BEFORE_FOR = frozenset("""
banned barred jailed imprisoned detained suspended sidelined out delayed frozen unusable
""".split())

# "for a period of five years" frames like "for five years": the words before "of" are skipped.
SPAN_WORDS = frozenset({"period", "space", "spell"})

# Skipped when looking at the word before a number ("the age of just 28").
ADVERBS = frozenset({"just", "only", "barely", "still", "already", "roughly", "exactly"})

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                         "his", "her", "our", "my", "your"})
# Capitalised words that start clauses rather than names ("In 28 countries").
FUNCTION_WORDS = frozenset("""
in at on by of for to from with and but or the a an about over some nearly almost only just
around up under more less than all when while if as after before since between among its
their his her our another every each these those this that there here then so yet also both
""".split())

# "the second half", "half-time", "half price": not a fraction of anything counted.
HALF_NOT_FRACTION_BEFORE = frozenset({"first", "second", "latter", "other", "top", "bottom",
                                     "back", "front", "final", "opening", "closing", "a", "each",
                                     "either"})
HALF_NOT_FRACTION_AFTER = frozenset({"time", "way", "term", "brother", "sister", "marathon",
                                    "century", "measures", "back", "backs", "price", "year",
                                    "hour", "decade", "volley", "point", "season"})

# "double the time" is a ratio; "double act" is not.
DOUBLE_BEFORE = frozenset({"the", "that", "what", "its", "their", "his", "her", "our", "this",
                           "those", "these"})

# Change direction of a quantity ("rose 5%", "a 38% surge", "fell by 0.3%").
UP_WORDS = frozenset("""
rose rise rises rising risen up increased increase increases increasing grew grow grows growing
grown jumped jump jumps climbed climb gained gain gains soared soar surged surge leapt leaped leap
rallied rally boosted boost raised raise higher more expanded expansion improved growth hike
hikes uplift
""".split())
DOWN_WORDS = frozenset("""
fell fall falls falling fallen down dropped drop drops declined decline declines slipped slip
slid slide dipped dip lost loss losses shed cut cuts reduced reduction lower decreased decrease
shrank shrunk shrink plunged plunge plummeted tumbled tumble slumped slump eased fewer less
contracted contraction
""".split())

# Verbs before "up to" that make it a move or a sum, not the approximator: "went up to 5.5%",
# "added up to 22bn yen" (but "may go up to $20bn" is a bound).
MOVES_UP = frozenset("went moved inched edged crept climbed add adds added".split())

# Verbs whose "up" or "down" is a particle, not a direction: "makes up 16% of sales",
# "broken down into 12 regions", "turned down a $5m offer". Not "closed up 9%", "ended down 2%":
# markets close and end up or down.
PARTICLE_VERBS = frozenset("""
make makes made making take takes took taken taking set sets setting sign signs signed signing
add adds added adding break breaks broke broken breaking turn turns turned turning play plays
played playing split splits splitting pick picks picked picking bring brings brought bringing
rack racks racked racking clock clocks clocked clocking draw draws drew drawn drawing flag flags flagged
flagging use uses used using stump stumps stumped shut shuts shutting weigh weighs weighed weighing
narrow narrows narrowed narrowing
""".split())

# Where the words naming what is measured stop, and what to skip before a number.
MEASURE_STOP = frozenset("""
and or but to from at on for with across who which that as by than was were is are has have had
will would could can in over since after before during until of this last next said says per
while when if its their his her the a an it they he she we be been being
""".split())
SKIP_BEFORE_MEASURE = frozenset({"by", "were", "was", "is", "are", "up", "down", "to", "at", "have",
                                 "has", "had", "been", "just", "only", "a", "an", "the", "of"})

# "the 60m", "the women's 60m": an athletics event, not a distance or a million.
EVENT_BEFORE = frozenset({"the", "men's", "women's", "olympic", "indoor", "outdoor", "world"})
# "his title over 60m", "her 1500m": before a track distance with no noun after it, who runs the
# event or "over" make it the event.
EVENT_OWNERS = frozenset({"over", "his", "her", "their"})
# Standard track and pool distances in metres as written: after an event word they name the
# event even before a noun ("the 10,000m five days later"), never a million of something.
TRACK_DISTANCES = frozenset("""
50 60 100 110 200 300 400 800 1000 1,000 1500 1,500 3000 3,000 5000 5,000 10000 10,000
""".split())
