"""Fixture documents and claims for the review desk tests, stored through the SQLModel models.

Claims are located by their text in the document, so spans are always exact.
"""
import hashlib

from sqlmodel import Session

from claims.db import engine_for, migrate
from claims.models import ClaimRecord, Document

BUDGET = (
    "Council publishes budget\n\n"
    "The council said on Monday that its budget would rise. "
    "\"We will spend 12% more on schools this year,\" said Jane Smith, the council leader. "
    "Unemployment fell to 4.2% in March.\n\n"
    "Critics said the plan was not funded."
)
QUOTE = "\"We will spend 12% more on schools this year,\""
QUOTE_SENTENCE = QUOTE + " said Jane Smith, the council leader."

# Untrusted text: must render as text, never as markup.
HOSTILE = (
    "Hostile document\n\n"
    "<script>alert('xss')</script> and <img src=x onerror=alert(1)> cost 5 million &amp; more."
)


def create_database(path):
    """A migrated database at ``path``; returns its SQLAlchemy engine."""
    migrate(path)
    return engine_for(path)


def add_document(engine, title: str, text: str) -> int:
    document = Document(path=f"{title}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                        title=title, text=text, extractor_version="test")
    with Session(engine) as session:
        session.add(document)
        session.commit()
        return document.id


def add_claim(engine, document_id: int, text: str, kind: str = "statistic", occurrence: int = 0,
              **fields) -> int:
    """Store a claim whose span is the ``occurrence``-th appearance of ``text`` in the document."""
    with Session(engine) as session:
        document_text = session.get(Document, document_id).text
        start = -1
        for _ in range(occurrence + 1):
            start = document_text.index(text, start + 1)
        claim = ClaimRecord(document_id=document_id, kind=kind, start=start, end=start + len(text),
                            text=text, phrase=text, extractor_version="test",
                            **{"sentence": text, **fields})
        session.add(claim)
        session.commit()
        return claim.id


def add_budget_and_hostile(engine) -> dict:
    """The budget document (a quote with a figure inside, a second figure) and a hostile one.

    Returns the ids by name: documents ``budget``, ``hostile``; claims ``quote``,
    ``schools`` (12%, inside the quote), ``unemployment`` (4.2%), ``hostile_figure``.
    """
    budget = add_document(engine, "Council publishes budget", BUDGET)
    hostile = add_document(engine, "Hostile document", HOSTILE)
    return {
        "budget": budget,
        "hostile": hostile,
        "quote": add_claim(engine, budget, QUOTE, kind="direct", sentence=QUOTE_SENTENCE,
                           speaker="Jane Smith", cue="said"),
        "schools": add_claim(engine, budget, "12%", sentence=QUOTE_SENTENCE, value=12.0,
                             unit="percent", measure="spending on schools", speaker="Jane Smith"),
        "unemployment": add_claim(engine, budget, "4.2%", value=4.2, unit="percent",
                                  sentence="Unemployment fell to 4.2% in March.",
                                  measure="unemployment"),
        "hostile_figure": add_claim(engine, hostile, "5 million", value=5e6,
                                    sentence=HOSTILE.split("\n")[-1]),
    }
