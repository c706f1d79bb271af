"""The database schema as SQLModel tables. Alembic migrations create it; never create_all."""
from datetime import UTC, datetime

from sqlalchemy import CheckConstraint, Column, Index, Text
from sqlmodel import Field, SQLModel

KINDS = ("statistic", "direct", "indirect")
STATUSES = ("unverified", "verified", "misleading", "false", "unverifiable", "not_a_claim")


def utcnow() -> datetime:
    return datetime.now(UTC)


def _one_of(column: str, values) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Document(SQLModel, table=True):
    __tablename__ = "documents"

    id: int | None = Field(default=None, primary_key=True)
    path: str
    sha256: str = Field(unique=True)
    title: str
    text: str = Field(sa_column=Column(Text, nullable=False))
    # The extractor that produced the document's claims; a newer one re-extracts on ingest.
    extractor_version: str
    ingested_at: datetime = Field(default_factory=utcnow)


class ClaimRecord(SQLModel, table=True):
    """A stored claim; ``text`` always equals its document's ``text[start:end]``."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(_one_of("kind", KINDS), name="ck_claims_kind"),
        CheckConstraint(_one_of("status", STATUSES), name="ck_claims_status"),
        Index("ix_claims_status_kind", "status", "kind"),
        Index("ix_claims_document_id_start", "document_id", "start"),
        Index("ix_claims_speaker", "speaker"),
        Index("ix_claims_unit", "unit"),
        Index("ix_claims_updated_at", "updated_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id")
    kind: str
    start: int
    end: int
    text: str
    sentence: str = ""
    phrase: str = ""
    value: float | None = None
    unit: str = ""
    approx: str = ""
    measure: str = ""
    speaker: str = ""
    cue: str = ""
    status: str = Field(default="unverified", sa_column_kwargs={"server_default": "unverified"})
    extractor_version: str
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Review(SQLModel, table=True):
    """Append-only audit log of status changes (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_claim_id", "claim_id"),
                      Index("ix_reviews_created_at", "created_at"))

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claims.id")
    old_status: str
    new_status: str
    reviewer: str
    note: str = ""
    evidence_url: str = ""
    created_at: datetime = Field(default_factory=utcnow)
