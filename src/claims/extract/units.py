"""Units of statistics: currencies (ISO 4217 codes), percent and measurement words.

Every table maps what the text writes (lower-cased, single spaces) to the unit
the guide asks for: an ISO code for money, ``percent``, or a singular
lower-case unit word.
"""
import re

from .patterns import trie_pattern

# Active ISO 4217 codes; written in capitals next to a number they mark money.
ISO_CURRENCIES = frozenset("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW
ZWL
""".split())

# Signs written before the number, longest first.
CURRENCY_SIGNS = {
    "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "$": "USD",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    # HTML entities survive in some scraped texts ("&#163;1.8m").
    "&#163;": "GBP", "&pound;": "GBP", "&#8364;": "EUR", "&euro;": "EUR", "&#36;": "USD",
}
CURRENCY_SIGN_BEFORE = re.compile(
    "(?:" + "|".join(re.escape(s) for s in sorted(CURRENCY_SIGNS, key=len, reverse=True))
    + r"|\b(?P<code>[A-Z]{3}))\s?\Z"
)

# Currency words after the number; (unit, factor) with pence and cents as fractions.
CURRENCY_WORDS = {
    "pounds": ("GBP", 1), "pound": ("GBP", 1), "sterling": ("GBP", 1),
    "pounds sterling": ("GBP", 1), "pence": ("GBP", 0.01), "p": ("GBP", 0.01),
    "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01),
    "euros": ("EUR", 1), "euro": ("EUR", 1), "euro cents": ("EUR", 0.01),
    "cents": ("USD", 0.01), "cent": ("USD", 0.01),
    "dollars": ("USD", 1), "dollar": ("USD", 1), "us dollars": ("USD", 1),
    "australian dollars": ("AUD", 1), "canadian dollars": ("CAD", 1),
    "hong kong dollars": ("HKD", 1), "new zealand dollars": ("NZD", 1),
    "singapore dollars": ("SGD", 1), "taiwan dollars": ("TWD", 1),
    "australian dollar": ("AUD", 1), "canadian dollar": ("CAD", 1),
    "hong kong dollar": ("HKD", 1), "new zealand dollar": ("NZD", 1),
    "singapore dollar": ("SGD", 1), "taiwan dollar": ("TWD", 1), "us dollar": ("USD", 1),
    "yen": ("JPY", 1), "yuan": ("CNY", 1), "renminbi": ("CNY", 1),
    "rupees": ("INR", 1), "rupee": ("INR", 1), "indian rupees": ("INR", 1),
    "pakistani rupees": ("PKR", 1), "roubles": ("RUB", 1), "rubles": ("RUB", 1),
    "rouble": ("RUB", 1), "ruble": ("RUB", 1),
    "swiss francs": ("CHF", 1), "francs": ("CHF", 1), "kronor": ("SEK", 1), "kroner": ("NOK", 1),
    "swedish kronor": ("SEK", 1), "danish kroner": ("DKK", 1), "norwegian kroner": ("NOK", 1),
    "rand": ("ZAR", 1), "shekels": ("ILS", 1), "dirhams": ("AED", 1), "riyals": ("SAR", 1),
    "ringgit": ("MYR", 1), "baht": ("THB", 1), "naira": ("NGN", 1), "lira": ("TRY", 1),
    "zlotys": ("PLN", 1), "zloty": ("PLN", 1), "forints": ("HUF", 1), "pesos": ("MXN", 1),
    "hryvnias": ("UAH", 1), "won": ("KRW", 1), "rupiah": ("IDR", 1), "reais": ("BRL", 1),
    "rials": ("IRR", 1), "dinars": ("IQD", 1),
}

# Currency words that several countries use, with the code each country gives them: the
# country a text names first decides ("36bn kroner" in a story on Danish brewers is DKK,
# "25bn rupees" in one on Sri Lanka LKR); with none named, ``CURRENCY_WORDS`` decides. Names
# that are also common words or surnames (Chile, Jordan) count only as adjectives.
COUNTRY_CURRENCIES = {
    "rupees": {"india": "INR", "indian": "INR", "pakistan": "PKR", "pakistani": "PKR",
               "sri lanka": "LKR", "sri lankan": "LKR", "nepal": "NPR", "nepalese": "NPR",
               "mauritius": "MUR", "mauritian": "MUR"},
    "pesos": {"mexico": "MXN", "mexican": "MXN", "argentina": "ARS", "argentine": "ARS",
              "argentinian": "ARS", "colombia": "COP", "colombian": "COP",
              "chilean": "CLP", "philippines": "PHP", "philippine": "PHP", "filipino": "PHP",
              "cuba": "CUP", "cuban": "CUP", "uruguay": "UYU", "uruguayan": "UYU"},
    "kroner": {"denmark": "DKK", "danish": "DKK", "norway": "NOK", "norwegian": "NOK"},
    "dinars": {"iraq": "IQD", "iraqi": "IQD", "algeria": "DZD", "algerian": "DZD",
               "tunisia": "TND", "tunisian": "TND", "jordanian": "JOD",
               "kuwait": "KWD", "kuwaiti": "KWD", "libya": "LYD", "libyan": "LYD",
               "bahrain": "BHD", "bahraini": "BHD", "serbia": "RSD", "serbian": "RSD"},
}
COUNTRY_CURRENCIES["rupee"] = COUNTRY_CURRENCIES["rupees"]
_COUNTRY_NAME = re.compile(r"\b(" + trie_pattern(
    {name for names in COUNTRY_CURRENCIES.values() for name in names}) + r")\b")


def currencies_of_countries(lowered: str) -> dict[str, str]:
    """For each word of ``COUNTRY_CURRENCIES``, the code of the first country ``lowered`` names
    that uses it."""
    codes: dict[str, str] = {}
    for match in _COUNTRY_NAME.finditer(lowered):
        name = " ".join(match.group().split())
        for word, countries in COUNTRY_CURRENCIES.items():
            if name in countries:
                codes.setdefault(word, countries[name])
    return codes

# Measurement units after the number -> singular unit word.
MEASURE_WORDS = {
    "second": ["seconds", "second", "secs"], "minute": ["minutes", "minute", "mins", "min"],
    "hour": ["hours", "hour", "hrs", "hr"], "day": ["days", "day"], "week": ["weeks", "week"],
    "month": ["months", "month"], "year": ["years", "year", "yrs"], "decade": ["decades", "decade"],
    "century": ["centuries", "century"],
    "mile per hour": ["mph", "miles per hour", "miles an hour"],
    "kilometre per hour": ["km/h", "kph", "kilometres per hour", "kilometers per hour"],
    "mile": ["miles", "mile"], "kilometre": ["kilometres", "kilometre", "kilometers", "kilometer", "km"],
    "metre": ["metres", "metre", "meters", "meter"], "centimetre": ["centimetres", "centimetre", "cm"],
    "millimetre": ["millimetres", "millimetre", "mm"], "foot": ["feet", "foot", "ft"],
    "inch": ["inches", "inch"], "yard": ["yards", "yard"],
    "square foot": ["square feet", "square foot", "sq ft"], "square mile": ["square miles", "square mile"],
    "square metre": ["square metres", "square meters", "sq m"],
    "square kilometre": ["square kilometres", "square kilometers", "sq km"],
    "acre": ["acres", "acre"], "hectare": ["hectares", "hectare"],
    "tonne": ["tonnes", "tonne"], "ton": ["tons", "ton"],
    "kilogram": ["kilograms", "kilogram", "kilos", "kg"], "gram": ["grams", "gram"],
    "milligram": ["milligrams", "milligram", "mg"], "pound": ["lbs", "lb"], "ounce": ["ounces", "ounce", "oz"],
    "litre": ["litres", "litre", "liters", "liter"], "millilitre": ["millilitres", "ml"],
    "gallon": ["gallons", "gallon"], "barrel": ["barrels", "barrel"],
    "megabyte": ["megabytes", "megabyte", "mb"], "gigabyte": ["gigabytes", "gigabyte", "gb"],
    "kilobyte": ["kilobytes", "kilobyte", "kb"], "terabyte": ["terabytes", "terabyte", "tb"],
    "megabit per second": ["mbps", "megabits per second", "megabit per second"],
    "kilobit per second": ["kbps", "kilobits per second", "kilobit per second"],
    "megabit": ["megabits", "megabit"], "gigahertz": ["ghz", "gigahertz"], "megahertz": ["mhz", "megahertz"],
    "megapixel": ["megapixels", "megapixel"],
    "watt": ["watts", "watt"], "kilowatt": ["kilowatts", "kilowatt", "kw"],
    "megawatt": ["megawatts", "megawatt", "mw"], "gigawatt": ["gigawatts", "gigawatt", "gw"],
    "calorie": ["calories", "calorie"], "degree": ["degrees", "degree"],
    "basis point": ["basis points", "basis point"], "point": ["points", "point"],
}
MEASURES = {form: unit for unit, forms in MEASURE_WORDS.items() for form in forms}
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})

PERCENT_WORDS = ("%", "per cent", "percent", "percentage points", "percentage point")

# Abbreviations are glued or spaced ("80mg", "7.2 MB"); words need a space; the
# pence "p" must be glued ("28p").
_ABBREVIATED = {"mph", "kph", "km/h", "km", "cm", "mm", "ft", "kg", "mg", "lb", "lbs", "oz", "ml",
                "mb", "gb", "kb", "tb", "mbps", "kbps", "ghz", "mhz", "kw", "mw", "gw",
                "sq ft", "sq m", "sq km", "secs", "mins", "min", "hrs", "hr", "yrs"}


def _unit_pattern() -> re.Pattern:
    # Tries prefer the longest form ("square feet" over "feet"), like a longest-first
    # list of the 200 forms, and are tried faster.
    forms = set(CURRENCY_WORDS) | set(MEASURES) | set(PERCENT_WORDS)
    glued = [f for f in forms if f in _ABBREVIATED or f in ("%", "per cent", "percent")]
    spaced = [f for f in forms if f not in glued and f != "p"]
    return re.compile(
        r"(?:(?P<pence>p)|\s?(?P<glued>" + trie_pattern(glued) + r")"
        r"|[\s-]+(?P<spaced>" + trie_pattern(spaced) + r"))(?![\w])"
    )


# A unit after the number (and scale), on lower-cased text.
UNIT_AFTER = _unit_pattern()


def unit_of(written: str) -> tuple[str, float]:
    """The unit and value factor of a unit as written: "pence" -> ("GBP", 0.01)."""
    form = " ".join(written.split())
    if form in PERCENT_WORDS:
        return "percent", 1.0
    if form in CURRENCY_WORDS:
        return CURRENCY_WORDS[form]
    return MEASURES.get(form, "count"), 1.0
