"""The claim an extractor returns: plain pydantic data, no database."""
from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["statistic", "direct", "indirect", "quantity"]


class Claim(BaseModel):
    """One claim found in a text; ``text == source[start:end]`` always holds.

    Statistics (and raw quantities) fill ``value``/``unit``/``approx``/
    ``measure``/``phrase``; attributions fill ``speaker``/``cue``. A statistic
    inside a quote or reported clause also carries that attribution's speaker.
    """

    model_config = ConfigDict(frozen=True)

    kind: Kind
    start: int
    end: int
    text: str
    sentence: str = ""
    phrase: str = ""
    value: float | None = None
    unit: str = ""
    approx: str = ""
    measure: str = ""
    change: str = ""
    speaker: str = ""
    cue: str = ""

    @classmethod
    def trusted(cls, values: dict) -> "Claim":
        """A ``Claim`` from values an extractor computed, without validation (what
        ``model_construct`` does, at a fraction of its cost): every value is already an
        int, float or str of the right kind, and validating 30,000 claims costs more
        than finding them."""
        claim = object.__new__(cls)
        object.__setattr__(claim, "__dict__", {**_IN_FIELD_ORDER, **values})
        object.__setattr__(claim, "__pydantic_fields_set__", set(values))
        object.__setattr__(claim, "__pydantic_extra__", None)
        object.__setattr__(claim, "__pydantic_private__", None)
        return claim

    def to_jsonl_record(self, doc: str) -> dict:
        """The fields ``claims extract --format jsonl`` writes (what score.py reads)."""
        record = {"doc": doc, **self.model_dump(include=JSONL_FIELDS)}
        if self.kind == "quantity":
            record["change"] = self.change
        return record


JSONL_FIELDS = {"kind", "start", "end", "text", "value", "unit", "approx",
                "measure", "phrase", "speaker", "cue"}

# every field with its default (None for required ones, which ``trusted`` callers give),
# so that a trusted claim dumps its fields in declaration order like a validated one
_IN_FIELD_ORDER = {name: field.get_default() if not field.is_required() else None
                   for name, field in Claim.model_fields.items()}
