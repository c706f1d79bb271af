"""Statistics extraction, rule by rule (claims-guide.md section 1 and 3).

Each example gives a sentence and the statistics expected in it as
(surface text, value, unit, approximator).
"""
from pathlib import Path

import pytest

from claims.extract import extract
from claims.extract.statistics import find_quantities, find_statistics

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def stats(text):
    return [(c.text, c.value, c.unit, c.approx) for c in find_statistics(text)]


def assert_stats(text, expected):
    found = stats(text)
    assert [(t, u, a) for t, _, u, a in found] == [(t, u, a) for t, _, u, a in expected]
    for (_, value, _, _), (_, want, _, _) in zip(found, expected):
        assert value == pytest.approx(want, rel=1e-6)


@pytest.mark.parametrize("text, expected", [
    ("Sales rose 38% last year.", [("38%", 38, "percent", "")]),
    ("Unemployment is 12 per cent.", [("12 per cent", 12, "percent", "")]),
    ("It grew 7 percent.", [("7 percent", 7, "percent", "")]),
    ("Rates rose by 0.27 percentage points.", [("0.27 percentage points", 0.27, "percent", "")]),
    ("The deal cost 5,000 jobs.", [("5,000", 5000, "count", "")]),
    ("Output was 1,234,567.5 units.", [("1,234,567.5", 1234567.5, "count", "")]),
    ("The index closed at -2.5% after +1.5% on Monday.",
     [("-2.5%", -2.5, "percent", ""), ("+1.5%", 1.5, "percent", "")]),
])
def test_digits_percent_and_signs(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Growth slowed to one per cent.", [("one per cent", 1, "percent", "")]),
    ("Rates rose one percentage point.", [("one percentage point", 1, "percent", "")]),
    ("One dollar bought 102 yen.", [("One dollar", 1, "USD", ""), ("102 yen", 102, "JPY", "")]),
    ("The card stores one gigabyte.", [("one gigabyte", 1, "gigabyte", "")]),
    ("Data costs £2 for every one megabyte.", [("£2", 2, "GBP", "")]),
    ("Speeds reach one megabit per second.", [("one megabit per second", 1, "megabit per second", "")]),
])
def test_one_before_a_unit_is_an_amount(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("The bank lost £1.2bn.", [("£1.2bn", 1.2e9, "GBP", "")]),
    ("They paid $900m for it.", [("$900m", 9e8, "USD", "")]),
    ("A €3 billion fund.", [("€3 billion", 3e9, "EUR", "")]),
    ("It raised US$5m.", [("US$5m", 5e6, "USD", "")]),
    ("Debts of 6bn euros.", [("6bn euros", 6e9, "EUR", "")]),
    ("A 417m yuan fraud.", [("417m yuan", 4.17e8, "CNY", "")]),
    ("Worth 745bn Indian rupees.", [("745bn Indian rupees", 7.45e11, "INR", "")]),
    ("It earned EUR 40m.", [("EUR 40m", 4e7, "EUR", "")]),
    ("It earned 40m CHF.", [("40m CHF", 4e7, "CHF", "")]),
    ("A salary of £30k.", [("£30k", 3e4, "GBP", "")]),
    ("It costs 28p a litre.", [("28p", 0.28, "GBP", "")]),
    ("Shares rose to 325.5p.", [("325.5p", 3.255, "GBP", "")]),
    ("A stamp costs 15 cents.", [("15 cents", 0.15, "USD", "")]),
    ("Tolls of 70 euro cents.", [("70 euro cents", 0.7, "EUR", "")]),
    ("A fine of &#163;1.8m was paid.", [("&#163;1.8m", 1.8e6, "GBP", "")]),
    ("It has earmarked 100 trillion won.", [("100 trillion won", 1e14, "KRW", "")]),
    ("A hostile 7.4bn Australian dollar bid.", [("7.4bn Australian dollar", 7.4e9, "AUD", "")]),
    ("He must pay 100,000 kroner.", [("100,000 kroner", 1e5, "NOK", "")]),
    ("A price tag under £80,000, the V8 is cheap.", [("£80,000", 8e4, "GBP", "under")]),
    ("A $515m SEC settlement.", [("$515m", 5.15e8, "USD", "")]),
    ("They set aside a 310m euro fund.", [("310m euro", 3.1e8, "EUR", "")]),
    ("Exports may reach half a billion dollars.", [("half a billion dollars", 5e8, "USD", "")]),
    ("The levy adds one penny in the pound.", [("one penny", 0.01, "GBP", "")]),
    ("Subsidies cost 59.2 trillion rupiah and 2bn reais.",
     [("59.2 trillion rupiah", 5.92e13, "IDR", ""), ("2bn reais", 2e9, "BRL", "")]),
    ("The miner faces a 3bn rouble tax bill.", [("3bn rouble", 3e9, "RUB", "")]),
    # A currency word several countries use takes the country the text names first.
    ("Chilean mines earned 80bn pesos; Danish kroner and 400 pesos ($1) more.",
     [("80bn pesos", 8e10, "CLP", ""), ("400 pesos", 400, "CLP", ""), ("$1", 1, "USD", "")]),
    # a country's name that is also a surname decides nothing
    ("Eddie Jordan's team paid 20m dinars in Iraq.", [("20m dinars", 2e7, "IQD", "")]),
    ("Tunisia set fuel at 90 dinars, up from 80, against 5bn Norwegian kroner.",
     [("90 dinars", 90, "TND", ""), ("80", 80, "count", ""), ("5bn Norwegian kroner", 5e9, "NOK", "")]),
    ("The temple cost 2,000 rupees.", [("2,000 rupees", 2000, "INR", "")]),
    ("Debt may hit half a trillion dollars.", [("half a trillion dollars", 5e11, "USD", "")]),
])
def test_money(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("It was paid $280bn (£155bn) in total.", [("$280bn", 2.8e11, "USD", ""), ("£155bn", 1.55e11, "GBP", "")]),
    ("They made over $76m (£40.7m) worldwide.", [("$76m", 7.6e7, "USD", "over"), ("£40.7m", 4.07e7, "GBP", "")]),
    ("Fraud of 417m yuan ($50.4m; £26m) was found.",
     [("417m yuan", 4.17e8, "CNY", ""), ("$50.4m", 5.04e7, "USD", ""), ("£26m", 2.6e7, "GBP", "")]),
])
def test_conversions_in_brackets_are_their_own_statistics(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Profit rose to £4.1bn from 3.6bn.", [("£4.1bn", 4.1e9, "GBP", ""), ("3.6bn", 3.6e9, "GBP", "")]),
    # The sentence's currency, not the conversion in brackets; "m" is millions, not metres.
    ("It earned 52m euros ($68m), up from 31m a year ago.",
     [("52m euros", 5.2e7, "EUR", ""), ("$68m", 6.8e7, "USD", ""), ("31m", 3.1e7, "EUR", "")]),
    ("A range of $410m-460m was set.", [("$410m", 4.1e8, "USD", ""), ("460m", 4.6e8, "USD", "")]),
    ("Of the £40m grant, only four or five million was spent.",
     [("£40m", 4e7, "GBP", ""), ("four", 4e6, "GBP", ""), ("five million", 5e6, "GBP", "")]),
    # Counted things, or another quantity between, keep their own unit.
    ("It paid £3bn for 12m homes.", [("£3bn", 3e9, "GBP", ""), ("12m", 1.2e7, "count", "")]),
    ("A loss of £2bn, 5,000 jobs cut and two million in debt.",
     [("£2bn", 2e9, "GBP", ""), ("5,000", 5000, "count", ""), ("two million", 2e6, "count", "")]),
])
def test_bare_millions_after_money_share_its_currency(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("He has four children.", [("four", 4, "count", "")]),
    ("There were twenty-five entries.", [("twenty-five", 25, "count", "")]),
    ("Some two thousand people came.", [("two thousand", 2000, "count", "some")]),
    ("About 1.5 million people voted.", [("1.5 million", 1.5e6, "count", "about")]),
    ("More than five million households.", [("five million", 5e6, "count", "more than")]),
    ("It sold two hundred and ten copies.", [("two hundred and ten", 210, "count", "")]),
    ("Over a million others died.", [("a million", 1e6, "count", "over")]),
    ("A dozen eggs and two dozen rolls.", [("A dozen", 12, "count", ""), ("two dozen", 24, "count", "")]),
    ("The three had been detained.", [("three", 3, "count", "")]),
    ("Sales hit $2.4bn, from $980m year-earlier.", [("$2.4bn", 2.4e9, "USD", ""), ("$980m", 9.8e8, "USD", "")]),
    # A number after a name's number is listed with it only when the list goes on.
    ("In May 2004, 30 people were hurt.", [("30", 30, "count", "")]),
    ("Only Maroon 5, 12 others and Blur came.", [("12", 12, "count", "")]),
    ("It had 59,000 in Wales and in Scotland 53,000.",
     [("59,000", 59000, "count", ""), ("53,000", 53000, "count", "")]),
    ("It has shops in over 40 countries.", [("40", 40, "count", "over")]),
    ("The index should come in at 57.", [("57", 57, "count", "")]),
    # What a possessive owns is counted ("Ocean's 12" is a name).
    ("One of Norway's 4,000 farmers and the UN's 191 members agreed.",
     [("4,000", 4000, "count", ""), ("191", 191, "count", "")]),
    # A move in a chart counts; the place it reaches is a rank.
    ("The album fell four places to six.", [("four", 4, "count", "")]),
    ("They lost their last four games.", [("four", 4, "count", "")]),
])
def test_number_words(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("More than half of those polled agreed.", [("half", 0.5, "ratio", "more than")]),
    ("A third of voters.", [("A third", 1 / 3, "ratio", "")]),
    ("Limits were cut by a third, a report says.", [("a third", 1 / 3, "ratio", "")]),
    ("Two-thirds of Britons agree.", [("Two-thirds", 2 / 3, "ratio", "")]),
    ("Three quarters of firms.", [("Three quarters", 0.75, "ratio", "")]),
    ("One in five even admitted it.", [("One in five", 0.2, "ratio", "")]),
    ("Only about one in 50 drivers.", [("one in 50", 0.02, "ratio", "about")]),
    ("It was 3 out of 10 people.", [("3 out of 10", 0.3, "ratio", "")]),
    ("A one-in-five chance.", [("one-in-five", 0.2, "ratio", "")]),
    ("It takes six out of every 10 planes.", [("six out of every 10", 0.6, "ratio", "")]),
    ("Nine times out of ten they will die.", [("Nine times out of ten", 0.9, "ratio", "")]),
    ("Half a million people marched.", [("Half a million", 5e5, "count", "")]),
    ("Organisers forecast a quarter of a million visitors.", [("a quarter of a million", 2.5e5, "count", "")]),
    ("Around one quarter said they were unsure.", [("one quarter", 0.25, "ratio", "around")]),
    ("Rates rose by a quarter of a percentage point.", [("a quarter of a percentage point", 0.25, "percent", "")]),
    ("Nearly a fifth stayed at home.", [("a fifth", 0.2, "ratio", "nearly")]),
    ("Road money is around one-twentieth of the bill.", [("one-twentieth", 0.05, "ratio", "around")]),
    # A quarter point is the size of a rate move; "three quarter-point cuts" counts the cuts.
    ("She backed a quarter point rise; rates went up by a quarter percentage point.",
     [("a quarter point", 0.25, "point", ""), ("a quarter percentage point", 0.25, "percent", "")]),
    ("The bank made three quarter-point cuts.", [("three", 3, "count", "")]),
    # The size of a change after "by" before a function word ("by a third party" is no fraction).
    ("Costs fell by about one-fifth if staff left, by a third party's count.",
     [("one-fifth", 0.2, "ratio", "about")]),
    ("In some towns up to three-quarters voted no; the three-quarters had a poor game.",
     [("three-quarters", 0.75, "ratio", "up to")]),
    ("A fifth rely on buses and a quarter have no car.",
     [("A fifth", 0.2, "ratio", ""), ("a quarter", 0.25, "ratio", "")]),
    # A number and a period or a tally, not a ratio.
    ("Gold has shed $9 in three days.", [("$9", 9, "USD", "")]),
    ("She won 12 in 20 attempts.", [("12", 12, "count", ""), ("20", 20, "count", "")]),
])
def test_fractions_and_ratios(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("They spend twice as long online.", [("twice", 2, "ratio", "")]),
    ("It took double the time expected.", [("double", 2, "ratio", "")]),
    ("Prices are three times higher.", [("three times", 3, "ratio", "")]),
    ("It is 10 times faster.", [("10 times", 10, "ratio", "")]),
    ("Profits saw a sixfold rise.", [("sixfold", 6, "ratio", "")]),
    ("Downloads grew more than tenfold.", [("tenfold", 10, "ratio", "more than")]),
    ("The bond sale was nine times oversubscribed.", [("nine times", 9, "ratio", "")]),
])
def test_multipliers_are_ratios(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Thousands of fans gathered.", [("Thousands", 1000, "count", "")]),
    ("Hundreds of homes were flooded.", [("Hundreds", 100, "count", "")]),
    ("Dozens of people were hurt.", [("Dozens", 12, "count", "")]),
    ("Scores of villagers fled.", [("Scores", 20, "count", "")]),
    ("Several hundred fans and a few thousand others came.",
     [("Several hundred", 100, "count", ""), ("a few thousand", 1000, "count", "")]),
    ("It costs several hundred million pounds.", [("several hundred million pounds", 1e8, "GBP", "")]),
    ("It took a  few thousand votes.", [("a  few thousand", 1000, "count", "")]),  # any spacing
    ("Hundreds of thousands of hits.", [("Hundreds of thousands", 1e5, "count", "")]),
    ("It may lose millions of euros.", [("millions of euros", 1e6, "EUR", "")]),
    ("They spent millions of pounds.", [("millions of pounds", 1e6, "GBP", "")]),
    # Bare, before a function word or an auxiliary: people or money, counted.
    ("Hundreds have signed up, and the final was seen by millions in Asia.",
     [("Hundreds", 100, "count", ""), ("millions", 1e6, "count", "")]),
    ("Worms infecting millions are now rare.", [("millions", 1e6, "count", "")]),
])
def test_vague_amounts(text, expected):
    assert_stats(text, expected)


def test_a_plural_scale_after_digits_is_no_vague_amount_of_its_own():
    assert "billions" not in [t for t, *_ in stats("The firm found £12 billions worth of savings.")]


@pytest.mark.parametrize("text, expected", [
    ("Growth of 20-30% is expected.", [("20", 20, "percent", ""), ("30%", 30, "percent", "")]),
    ("Between 20 and 30 people came.", [("20", 20, "count", ""), ("30", 30, "count", "")]),
    ("A cost of £5-6m.", [("£5", 5e6, "GBP", ""), ("6m", 6e6, "GBP", "")]),
    ("Growth of 3.5 to 4.0% is likely.", [("3.5", 3.5, "percent", ""), ("4.0%", 4, "percent", "")]),
    ("Users will rise to between 200 and 250 million.",
     [("200", 2e8, "count", ""), ("250 million", 2.5e8, "count", "")]),
    ("Sales of between 700,000 and one million boxes.",
     [("700,000", 7e5, "count", ""), ("one million", 1e6, "count", "")]),
    ("Hit every four to five days.", [("four", 4, "day", ""), ("five days", 5, "day", "")]),
    ("The stake fell from 70% to 49%.", [("70%", 70, "percent", ""), ("49%", 49, "percent", "")]),
    # "by X to Y" is a change and a level: the change keeps its own magnitude.
    ("Staff numbers fell by 40 to 2.5 million.", [("40", 40, "count", ""), ("2.5 million", 2.5e6, "count", "")]),
    ("Rates rose by 0.25 to 4.75%.", [("0.25", 0.25, "percent", ""), ("4.75%", 4.75, "percent", "")]),
    # Money then a count of things: two figures, the count keeps its unit.
    ("Claims fell from 5,120 cases worth £40m to 4,300 cases worth £31m.",
     [("5,120", 5120, "count", ""), ("£40m", 4e7, "GBP", ""),
      ("4,300", 4300, "count", ""), ("£31m", 3.1e7, "GBP", "")]),
    # "one" is a number at the low end of a range.
    ("Pick one or two flavours.", [("one", 1, "count", ""), ("two", 2, "count", "")]),
    ("Stays last one to 10 nights.", [("one", 1, "count", ""), ("10", 10, "count", "")]),
])
def test_ranges_give_one_statistic_per_end(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, measures, phrase", [
    ("Between 20 and 30 people came.", ["people came", "people came"], "20 and 30 people came"),
    ("Sales rose 5% to £1.2bn.", ["Sales", ""], "Sales rose 5%"),  # two figures, not a range
])
def test_both_ends_of_a_range_measure_the_same_thing(text, measures, phrase):
    statistics = find_statistics(text)
    assert [s.measure for s in statistics] == measures
    assert statistics[0].phrase == phrase


@pytest.mark.parametrize("text, expected", [
    ("Over 5,000 people.", [("5,000", 5000, "count", "over")]),
    ("Up to £29.4 million.", [("£29.4 million", 2.94e7, "GBP", "up to")]),
    ("It employs at least 300 staff.", [("300", 300, "count", "at least")]),
    ("Fares start at as little as £34, in the region of $60.",
     [("£34", 34, "GBP", "as little as"), ("$60", 60, "USD", "in the region of")]),
    # "no less than" is a floor, not "less than".
    ("It will borrow no less than £90bn from no fewer than 12 banks.",
     [("£90bn", 9e10, "GBP", "no less than"), ("12", 12, "count", "no fewer than")]),
    ("Nearly half those pupils.", [("half", 0.5, "ratio", "nearly")]),
    ("An estimated 50,000 people.", [("50,000", 50000, "count", "an estimated")]),
    ("It is kept afloat by the 200-plus banks.", [("200", 200, "count", "plus")]),
    ("Trade took the best part of an hour.", [("an hour", 1, "hour", "the best part of")]),
    ("It will take up to a week.", [("a week", 1, "week", "up to")]),
    # Any whitespace between approximator and number (the look-up tests it first).
    ("It cost about  500 pounds.", [("500 pounds", 500, "GBP", "about")]),
    ("It cost more than\n500 pounds.", [("500 pounds", 500, "GBP", "more than")]),
    ("Nearly\u00a0200 people came.", [("200", 200, "count", "nearly")]),
    ("It fell to barely 3 (some 20 stayed).", [("3", 3, "count", "barely"), ("20", 20, "count", "some")]),
    # A capitalised approximator is not a name ("Channel 4").
    ("Roughly 30 people came. Approximately 50,000 people.",
     [("30", 30, "count", "roughly"), ("50,000", 50000, "count", "approximately")]),
    # "went up to" is a move and "added up to" a sum; "fined up to" is a bound.
    ("The rate went up to 5.5% and fines of up to £900 added up to £2m.",
     [("5.5%", 5.5, "percent", ""), ("£900", 900, "GBP", "up to"), ("£2m", 2e6, "GBP", "")]),
])
def test_approximators_are_lower_cased(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("The chip holds 7.2MB of data.", [("7.2MB", 7.2, "megabyte", "")]),
    ("The limit is 80mg of alcohol.", [("80mg", 80, "milligram", "")]),
    ("If you hit someone at 30mph they may live.", [("30mph", 30, "mile per hour", "")]),
    ("The hall covers 1.5 million square feet.", [("1.5 million square feet", 1.5e6, "square foot", "")]),
    ("It exported 180,000 tonnes of cocoa.", [("180,000 tonnes", 1.8e5, "tonne", "")]),
    ("A best of 16.50m in the triple jump.", [("16.50m", 16.5, "metre", "")]),
    ("She cleared 1.76m and 1.80m.", [("1.76m", 1.76, "metre", ""), ("1.80m", 1.8, "metre", "")]),
    ("The 1.2m (3.9ft) robot walks.", [("1.2m", 1.2, "metre", ""), ("3.9ft", 3.9, "foot", "")]),
    ("The show peaked at 12.4m, or 51% of viewers.", [("12.4m", 1.24e7, "count", ""), ("51%", 51, "percent", "")]),
    ("The 508m tall tower.", [("508m", 508, "metre", "")]),
    ("Vodafone has 14m customers.", [("14m", 1.4e7, "count", "")]),
    ("Waiting times of 18 weeks.", [("18 weeks", 18, "week", "")]),
    ("It sold out within 50 minutes.", [("50 minutes", 50, "minute", "")]),
    ("A new website appears every 2.5 seconds.", [("2.5 seconds", 2.5, "second", "")]),
    ("The gigs sold out in 12 hours.", [("12 hours", 12, "hour", "")]),
    # "and a half" belongs to the number before it.
    ("The queue took two and a half hours.", [("two and a half hours", 2.5, "hour", "")]),
    ("We walked 12-and-a-half miles.", [("12-and-a-half miles", 12.5, "mile", "")]),
    ("Some one and a half million fans came.", [("one and a half million", 1.5e6, "count", "some")]),
    ("Prices are three and a half times higher.", [("three and a half times", 3.5, "ratio", "")]),
    ("One bridge closed every three days between 2001 and 2004.", [("three days", 3, "day", "")]),
    ("Viacom has five days to pay.", [("five days", 5, "day", "")]),
    # After "take" or "last" (a verb) the duration is the measured fact, not a frame.
    ("The trial will last five months; the show lasted for three hours, over the last two years.",
     [("five months", 5, "month", ""), ("three hours", 3, "hour", "")]),
    ("It could take up to 15 years before it joins.", [("15 years", 15, "year", "up to")]),
    # A ranking measures the duration after "for" as after "in"; "first went" is no ranking.
    ("Jobless rates are at their lowest for 29 years, and he first went there for six months.",
     [("29 years", 29, "year", "")]),
    ("The house is more than 20 years old.", [("20 years", 20, "year", "more than")]),
    ("Staff get up to eight weeks' paid leave.", [("eight weeks", 8, "week", "up to")]),
    ("The battery gives 20 hours' use.", [("20 hours", 20, "hour", "")]),
    # A duration as an adjective is the length of its noun: a framing word before it frames the
    # noun; before a period it spans, it frames.
    ("Staff are paid for a 37 hour week, after a 15-month review, over a five-year period.",
     [("37 hour", 37, "hour", ""), ("15-month", 15, "month", "")]),
    # "second hand" and "an N-point plan" are no units: what follows is counted.
    ("The airline leased four second hand jets under a 12-point plan.",
     [("four", 4, "count", ""), ("12", 12, "count", "")]),
])
def test_other_units_are_singular_words(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text", [
    "It was signed on 12 November 2016.",
    "It happened on October 7.",
    "The festival runs from 11-26 March.",
    "CES runs from 6 to 9 January.",
    "Trouble grew in the 1990s and the 80s.",
    "The meeting starts at 10am, or 10.30 pm.",
    "The 45-year-old was aged 60 in the photo.",
    "He became an MP at the age of just 28.",
    "Prince Edmund, 48, and Mrs Hartley Vance, 52, hosted a reception.",
    "Two weeks later he left.",
    "Absent for seven years, it came back over the past five years.",
    "In the last two months, and in the next six months.",
    "She came first, the second largest, at No 1 and number 12.",
    "See p2 and 7c, the G8 and verse 49:13.",
    "He played Windows 95 on Channel 4 and the PlayStation 2.",
    "The bug hits Windows 2000, 95, 98 and Me.",
    "It is one of the best, one thing at a time, a year.",
    "At one point only one won a medal, with one foot in the door for one day.",
    "The scheme created so-called one-euro jobs.",
    "Chelsea won 3-1 at home.",
    "February 9, 2025 5 mins read",
    "113 views0 comments",
    "Dial numbers such as 0870 or 0845.",
    "He ran the 100m hurdles in 9.8 seconds.",
    "She ran the 10,000m in Athens and won the women's 60m.",
    "Air Force One landed.",
    "Xbox 2 may be unveiled, and Half-Life 2 sweeps the awards.",
    "The 2000 Olympic 200m champion, the women's 100m silver medallist.",
    "A blackboard reading 2+2=5.",
    "Goals from Rivaldo (2) and Figo.",
    "Producer Melcher dies at 62.",
    "A leading indicator of growth two quarters ahead.",
    "She stepped out of the front door of 10 Downing Street.",
    "She stepped out of the front door of 10  Downing Street.",
    "Few earn a six-figure salary or a 6 figure salary.",
    "Substitutes: Faye (Berkovic 83), Fuller (Yakubu 55).",
    "He wants to move abroad before he turns 35.",
    "Icons on the 7610 phone of versions 4.7 and earlier.",
    "The four-time champion won in their half and the Italian half.",
    "He won the marathon in two hours 9 minutes 12 seconds.",
    "She finished fourth in 7.52 after clocking 7.41 and a personal best of 7.28.",
    "The final lasted three hours and 12 minutes.",
    "She beat the record by one minute 4 secs.",
    "His time of three minutes 49.89secs was a record.",
    "He pulled out of the Oslo 5,000m in June.",
    "She lost her 200m titles and ran the 10,000m three days later.",
    "She won 800m and 1,500m gold, then dropped out of the marathon and 10,000m.",
    "Seeds:\n\n1 Jane Roe (France)\n\n2 Anna Doe (Italy)",
    "The single went in at number three, pushing an old hit down to five, and another at 12.",
    "Ranked 90 in the world, she has risen from 31 in the world to 12 in the world.",
    "He is third in the world 5000m ranking after a 400m victory and an 800m indoor title.",
    "Talks on a two-way deal and a three-tier system.",
    "Substitutes: Dale (O'Hara 71), Price (Nolan 80).",
    "They spoke about a third runway.",
    "They will decide in two weeks' time.",
    "The hearings set for March 3 and 4 were moved.",
    "The show climbed to number 9 from 27 in a year.",
    "She hopes to win a 1,500m place in the squad.",
    "It felt like the 30's, with 70's hits and Jay 9's new single.",
    "The airline flies the 848-300XR and the 848-300XR Freighter.",
    "The single moved from 17 to number three; another slipped a place to six.",
    "Their singles reached numbers 14 and 9, and the album debuted at number 12 or 13.",
    "She reached the last eight, a year after a place in the last 16 of the cup.",
    "Tickets sold well over the next one or two quarters.",
    "Previews run on 14, 20 and 27 April.",
    "He scored just before half time, and again after half time, with goals in each half.",
    "My view: 1) It is late. 2) It is dear.",
    "He kept his world title over 60m, and she won her 1500m.",
    "Trade should recover over 2005 as a whole, or by at least 2006 until the spring.",
    "The twice-capped winger slid in a third, and a villain in a third.",
    "The vote may come on 4 or 5 May; the old OS/2 system goes in 2006.",
    "Rapper 50 Cent's tour, with 50 Cent on stage, and the 12 Euro zone states.",
    "She won the women's 5K final and a 10K road race on a 16k computer.",
    "She was in lane four; we met at four o'clock.",
    "Bars may open until three or four in the morning, or until about ten at night.",
    "He is one of the 800 metres favourites, and the 60 metres will be fast.",
    "They kicked penalties from our 10m line, with his ranking down at 212.",
    "He hopes to run well over 60m indoors, and Wales's 400m man came too.",
    "She won by scores of 6-4 and 6-3.",
    "The show airs on BBC Two/Channel 4.",
])
def test_exclusions(text):
    assert stats(text) == []


@pytest.mark.parametrize("text, expected", [
    # only an hour is a time of day: these are amounts reported at a time of day
    ("The index fell to 4,800 in the morning.", [("4,800", 4800, "count", "")]),
    ("Queues grew to 500 in the morning.", [("500", 500, "count", "")]),
    ("Deaths rose from 12 to 40 at night.", [("12", 12, "count", ""), ("40", 40, "count", "")]),
])
def test_amounts_before_a_time_of_day_count(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text", [
    "The 45-year-old was there.",
    "Absent for seven years.",
    "He scored two minutes into extra time.",
    "She equalised three minutes from time.",
    "Prince Charles, 56, was there.",
    "It pays £4.10 an hour to those aged 18 to 21.",
    "It targets people aged between 16 and 24.",
    "Singer Jo Bloggs,29, left the band.",
    "\"We love it,\" said Jo Bloggs, 53. \"We do.\"",
    "\"I'm 41 now,\" she said.",
    "When she was 16, she left; he was just 40.",
    "The conductor has died in Vienna at 71.",
    "At 29, Moreau is the youngest in the squad.",
    "The plan gives free places to three and four-year-olds.",
    "Pay continues until the baby is nine months old.",
    "The former world champion was 23 when she quit.",
    "It would raise the retirement age for nurses from 60 to 65.",
    "The pupil, who was 15 at the time, gave evidence.",
    "Aged 19 years and 200 days, he is the youngest winner.",
    "She has run the office for six years and four months.",
    "Figures for the prior three months were revised.",
    "The pair split up for a period of six years.",
    "We were slow in the first 20 minutes but in the second 20 minutes we scored.",
    "A deal is likely in the next one to three weeks.",
    "Debt grew over the last four or five years.",
    "Entry is free for children under five and for people over 60.",
    "Members must show they are over 18 before they join.",
    "The ads target pupils between the ages of eight and 12.",
    "The duke, 23, apologised; the veteran film-maker, 71, won.",
    "She was made Lord Chief Justice at 52.",
    "Mr Smith, now 36, has retired.",
    "He became a QC at 31 and Attorney General at 40.",
    "He was the firm's youngest store manager at 19.",
    "Wales's under 16 girls won the cup.",
    # A stretch of a race places what happened in it.
    "She pulled clear over the final 300m and he kicked in the last two kilometres.",
])
def test_ages_and_framing_durations_are_quantities_but_not_statistics(text):
    assert find_quantities(text)
    assert all(s.unit in ("GBP",) for s in find_statistics(text))


@pytest.mark.parametrize("text, expected", [
    # The length of a penalty, a lay-off or an outage is the fact reported, not a frame.
    ("The coach was banned for three years.", [("three years", 3, "year", "")]),
    ("The striker will be out for at least five weeks.", [("five weeks", 5, "week", "at least")]),
    ("The outage left the site unusable for about four hours.", [("four hours", 4, "hour", "about")]),
])
def test_measured_durations_after_for(text, expected):
    assert_stats(text, expected)


@pytest.mark.parametrize("text, change", [
    ("Sales rose 38% last year.", "up"),
    ("A 38% surge in crime.", "up"),
    ("Shares fell by almost 30%.", "down"),
    ("Sales were down 4% in 2004.", "down"),
    ("Shares were up 6% at noon.", "up"),
    ("It holds a 22% share.", ""),
    # "make up" and "broken down" are phrasal verbs, not changes; a change word of the
    # sentence before does not count.
    ("Wages make up 16% of costs.", ""),
    ("It was broken down into 40% cash and shares.", ""),
    ("The rebels racked up 30% of the vote.", ""),
    ("The list was narrowed down to 14% of the bids.", ""),
    ("It is up for 9% of the prizes.", ""),
    ("Shops shut 5%\nMore staff left.", ""),
    ("Sales fell. 5% of shops shut.", ""),
])
def test_quantities_carry_the_direction_of_change(text, change):
    [quantity] = [q for q in find_quantities(text) if q.unit == "percent"]
    assert quantity.kind == "quantity"
    assert quantity.change == change


def test_falls_keep_a_positive_value():
    [statistic] = find_statistics("US retail sales fell 0.3% in January.")
    assert statistic.value == 0.3


def test_a_statistic_carries_its_phrase_measure_and_sentence():
    text = "Hello. These programs have reached over 5,000 young people across the UK. Bye."
    [statistic] = find_statistics(text)
    assert statistic.kind == "statistic"
    assert text[statistic.start:statistic.end] == statistic.text == "5,000"
    assert statistic.phrase == "over 5,000 young people"
    assert statistic.measure == "young people"
    assert statistic.sentence == "These programs have reached over 5,000 young people across the UK."


@pytest.mark.parametrize("text, measure", [
    # Not across a line break, nor a spaced dash, nor with an opening quote mark.
    ("Firm agrees deal\n\nBig Acme paid $6bn (£3.2bn) for it.", "Big Acme paid"),
    ("The fund owns 5% of Acme - more than enough.", "Acme"),
    ('He said: "Total sales reached £20bn.', "Total sales reached"),
    # Hyphenated words stay whole; in "pre-orders of N" the words before "of" are the measure.
    ("The court picked eight stand-by jurors.", "stand-by jurors"),
    ("It had pre-orders of more than 1.5 million in Japan.", "pre-orders"),
    # "of" and a determiner after the number lead to what is counted.
    ("It was sued by 28 of the largest firms.", "largest firms"),
])
def test_the_measure_of_a_statistic(text, measure):
    assert find_statistics(text)[0].measure == measure


def test_another_quantity_ends_the_words_before_a_statistic():
    assert [s.measure for s in find_statistics("It had 831 cases worth £35m.")] == ["cases worth", "cases worth"]


@pytest.mark.parametrize("text, sentence", [
    # Abbreviations and initials do not end a sentence, whatever their length.
    ("Mr. Smith said 5,000 people came.", "Mr. Smith said 5,000 people came."),
    ("Prof. J. Smith counted 5,000 people. Bye.", "Prof. J. Smith counted 5,000 people."),
    ("Acme Ltd. Shares rose 5%. Bye.", "Acme Ltd. Shares rose 5%."),
    ("Fruit, e.g. Apples, rose 5%.\n\nBye.", "Fruit, e.g. Apples, rose 5%."),
    ("Hi!  Sales rose 5%!\nBye.", "Sales rose 5%!"),
])
def test_the_sentence_of_a_statistic(text, sentence):
    [statistic] = find_statistics(text)
    assert statistic.sentence == sentence


def test_extract_returns_statistics_in_document_order():
    text = "Sales rose 38% last year, to $900m. Thousands of fans came."
    assert [c.text for c in extract(text) if c.kind == "statistic"] == ["38%", "$900m", "Thousands"]


# --- the three examples of the brief, on the seed documents -----------------------------------

def seed(name):
    return (SEEDS / name).read_text(encoding="utf-8")


def statistic_with_text(text, surface):
    [statistic] = [s for s in find_statistics(text) if s.text == surface]
    assert text[statistic.start:statistic.end] == surface
    return statistic


def test_seed_38_percent_surge():
    statistic = statistic_with_text(seed("000_74a6cc407a6e7f1c.txt"), "38%")
    assert (statistic.value, statistic.unit, statistic.approx) == (38, "percent", "")
    assert "38% surge" in statistic.phrase


def test_seed_over_5000_young_people():
    statistic = statistic_with_text(seed("000_74a6cc407a6e7f1c.txt"), "5,000")
    assert (statistic.value, statistic.unit, statistic.approx) == (5000, "count", "over")
    assert "over 5,000 young people" in statistic.phrase


def test_seed_up_to_29_4_million_pounds():
    statistic = statistic_with_text(seed("001_5943dc243e994366.txt"), "£29.4 million")
    assert (statistic.value, statistic.unit, statistic.approx) == (29400000, "GBP", "up to")
    assert "up to £29.4 million" in statistic.phrase


def test_seed_page_furniture_and_dates_are_not_statistics():
    texts = [s.text for s in find_statistics(seed("000_74a6cc407a6e7f1c.txt"))]
    assert texts == ["38%", "1,000", "5,000"]
