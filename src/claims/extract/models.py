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

    def to_jsonl_record(self, doc: str) -> dict:
        """The fields ``claims extract --format jsonl`` writes (what score.py reads)."""
        record = {"doc": doc, **self.model_dump(include=JSONL_FIELDS)}
        if self.kind == "quantity":
            record["change"] = self.change
        return record


JSONL_FIELDS = {"kind", "start", "end", "text", "value", "unit", "approx",
                "measure", "phrase", "speaker", "cue"}
