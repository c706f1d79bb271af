"""Storing documents and their claims. One transaction per document; reviews are never lost."""
from dataclasses import dataclass, field

from sqlalchemy import Engine, insert
from sqlmodel import Session, select

from .documents import DocumentError, SourceDocument, find_documents, read_document
from .extract import EXTRACTOR_VERSION, Claim, extract
from .models import ClaimRecord, Document, Review, utcnow

CLAIM_FIELDS = ("kind", "start", "end", "text", "sentence", "phrase", "value", "unit",
                "approx", "measure", "speaker", "cue")


@dataclass
class IngestReport:
    """What a batch did: documents new, re-extracted, skipped (already stored) or failed."""

    new: int = 0
    updated: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    claims_stored: int = 0

    def summary(self) -> str:
        return (f"documents: {self.new} new, {self.updated} re-extracted, {self.skipped} skipped, "
                f"{len(self.failed)} failed; claims stored: {self.claims_stored}")


def ingest_paths(engine: Engine, paths, on_document=None) -> IngestReport:
    """Ingest files and folders; a failing file is recorded and the batch goes on.

    ``on_document(path)`` is called after each file (for progress bars).
    """
    report = IngestReport()
    for path in find_documents(paths):
        try:
            source = read_document(path)
            outcome, stored = ingest_document(engine, source)
        except DocumentError as e:
            report.failed.append((str(path), str(e)))
        except Exception as e:  # an extractor or database bug must not stop the batch
            report.failed.append((str(path), f"{type(e).__name__}: {e}"))
        else:
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.claims_stored += stored
        if on_document:
            on_document(path)
    return report


def ingest_document(engine: Engine, source: SourceDocument) -> tuple[str, int]:
    """Store one document and its claims in one transaction.

    Returns ``("new" | "updated" | "skipped", claims stored)``. The same content
    is stored once; content stored by an older extractor is re-extracted without
    losing any reviewed claim.
    """
    with Session(engine) as session:
        document = session.exec(select(Document).where(Document.sha256 == source.sha256)).first()
        if document is None:
            document = Document(path=source.path, sha256=source.sha256, title=source.title,
                                text=source.text, extractor_version=EXTRACTOR_VERSION)
            session.add(document)
            session.flush()
            rows = [_row(claim, document.id) for claim in _storable(extract(source.text))]
            if rows:  # one executemany: ORM objects cost more than extraction itself
                session.execute(insert(ClaimRecord), rows)
            session.commit()
            return "new", len(rows)
        if document.extractor_version == EXTRACTOR_VERSION:
            return "skipped", 0
        stored = _refresh_claims(session, document, _storable(extract(document.text)))
        document.extractor_version = EXTRACTOR_VERSION
        session.commit()
        return "updated", stored


def _storable(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind in ("statistic", "direct", "indirect")]


def _row(claim: Claim, document_id: int) -> dict:
    now = utcnow()
    return {"document_id": document_id, "extractor_version": EXTRACTOR_VERSION,
            "created_at": now, "updated_at": now, **claim.model_dump(include=set(CLAIM_FIELDS))}


def _refresh_claims(session: Session, document: Document, claims: list[Claim]) -> int:
    """Bring a document's claims up to this extractor version.

    A claim found again (same kind and span) is updated in place, keeping its
    status and reviews; a new one is added; one no longer found is deleted only
    if nobody reviewed it, so no review is ever lost.
    """
    existing = {(c.kind, c.start, c.end): c for c in session.exec(
        select(ClaimRecord).where(ClaimRecord.document_id == document.id))}
    reviewed = set(session.exec(select(Review.claim_id).join(ClaimRecord).where(
        ClaimRecord.document_id == document.id)))
    now = utcnow()
    found = set()
    for claim in claims:
        key = (claim.kind, claim.start, claim.end)
        found.add(key)
        record = existing.get(key)
        if record is None:
            session.add(ClaimRecord(**_row(claim, document.id)))
            continue
        for name in CLAIM_FIELDS:
            setattr(record, name, getattr(claim, name))
        record.extractor_version = EXTRACTOR_VERSION
        record.updated_at = now
    for key, record in existing.items():
        if key not in found and record.status == "unverified" and record.id not in reviewed:
            session.delete(record)
    return len(claims)
