"""What the claim and document pages show, read from the claims database.

Each function takes a Datasette ``Database`` and ``datasette.urls`` and returns plain
template variables; all document text reaches the page through ``highlight``.
"""
from markupsafe import Markup

from ..models import STATUSES
from .highlight import Span, highlight, locate, paragraph_bounds

# The claim fields a reviewer reads, in reading order, with their labels.
CLAIM_FIELDS = [("value", "Value"), ("unit", "Unit"), ("approx", "Approximation"),
                ("measure", "Measure"), ("speaker", "Speaker"), ("cue", "Cue"),
                ("phrase", "Phrase"), ("extractor_version", "Extractor")]

# Review buttons: every status, "unverified" last (it undoes a review).
REVIEW_STATUSES = [s for s in STATUSES if s != "unverified"] + ["unverified"]

# The review queue's order, the same as the unverified_statistics view.
NEXT_UNVERIFIED_STATISTIC = """
SELECT id FROM claims
WHERE kind = 'statistic' AND status = 'unverified' AND id != :id
ORDER BY (document_id, start, id) > (:document_id, :start, :id) DESC, document_id, start, id
LIMIT 1
"""


def claim_css_class(claim: dict) -> str:
    return f"claim kind-{claim['kind']} status-{claim['status']}"


def claim_title(claim: dict) -> str:
    return f"#{claim['id']} {claim['kind']}, {claim['status']}"


def format_value(value) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def is_web_url(url: str) -> bool:
    """Evidence links are shown as links only when they are http(s) (never javascript:)."""
    return url.lower().startswith(("http://", "https://"))


async def _rows(db, sql, params=None) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params or {})).rows]


async def next_unverified_statistic(db, claim: dict | None = None) -> int | None:
    """The unverified statistic after ``claim`` in queue order (wrapping round), or the first."""
    position = claim or {"id": -1, "document_id": -1, "start": -1}
    rows = await _rows(db, NEXT_UNVERIFIED_STATISTIC,
                       {k: position[k] for k in ("id", "document_id", "start")})
    return rows[0]["id"] if rows else None


async def claim_page(db, urls, claim_id: int) -> dict:
    claims = await _rows(db, "SELECT * FROM claims WHERE id = ?", [claim_id])
    if not claims:
        return {}
    claim = claims[0]
    document = (await _rows(db, "SELECT id, title, path, text FROM documents WHERE id = ?",
                            [claim["document_id"]]))[0]
    reviews = await _rows(db, "SELECT * FROM reviews WHERE claim_id = ? ORDER BY id DESC",
                          [claim_id])
    for review in reviews:
        review["evidence_is_link"] = is_web_url(review["evidence_url"])
    document_claims = await _rows(
        db, "SELECT id, kind, status, text FROM claims WHERE document_id = ? ORDER BY start, id",
        [claim["document_id"]])
    for other in document_claims:
        other["href"] = urls.row(db.name, "claims", other["id"])
    next_id = await next_unverified_statistic(db, claim)
    return {
        "claim": claim,
        "claim_css_class": claim_css_class(claim),
        "claim_fields": [(label, format_value(claim[key]) if key == "value" else claim[key])
                         for key, label in CLAIM_FIELDS if claim[key] not in (None, "")],
        "claim_context": claim_in_context(document["text"], claim),
        "document": {k: document[k] for k in ("id", "title", "path")},
        "document_href": urls.row(db.name, "documents", document["id"]),
        "document_claims": document_claims,
        "document_claims_href": urls.table(db.name, "claims") + f"?document_id={document['id']}",
        "reviews": reviews,
        "next_unverified_href": urls.row(db.name, "claims", next_id) if next_id else "",
        "review_statuses": REVIEW_STATUSES,
        "review_href": urls.path(f"/-/claims/review/{claim_id}"),
    }


def claim_in_context(text: str, claim: dict) -> Markup:
    """The claim's paragraph with its sentence and its span marked."""
    start, end = claim["start"], claim["end"]
    begin, finish = paragraph_bounds(text, start, end)
    spans = [Span(start, end, claim_css_class(claim) + " this-claim", title=claim_title(claim))]
    sentence = locate(text, claim["sentence"], start, end)
    if sentence:
        spans.append(Span(*sentence, "sentence"))
    marked = highlight(text[begin:finish], spans, offset=begin)
    before = "… " if begin > 0 and text[begin - 2:begin] != "\n\n" else ""
    after = " …" if finish < len(text) and text[finish:finish + 2] != "\n\n" else ""
    return Markup("{}{}{}").format(before, marked, after)


async def document_page(db, urls, document_id: int) -> dict:
    documents = await _rows(db, "SELECT title, text FROM documents WHERE id = ?", [document_id])
    if not documents:
        return {}
    claims = await _rows(
        db, "SELECT id, kind, status, start, \"end\", text FROM claims WHERE document_id = ?"
            " ORDER BY start, id", [document_id])
    for claim in claims:
        claim["href"] = urls.row(db.name, "claims", claim["id"])
        claim["css_class"] = claim_css_class(claim)
    spans = [Span(c["start"], c["end"], c["css_class"], href=c["href"], title=claim_title(c))
             for c in claims]
    return {
        "document_title": documents[0]["title"],
        "document_text": highlight(documents[0]["text"], spans),
        "document_claims": claims,
        "document_claims_href": urls.table(db.name, "claims") + f"?document_id={document_id}",
        "claim_kinds": sorted({c["kind"] for c in claims}),
    }
