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
