"""Reading documents from disk: paths in, decoded text with its hash and title out."""
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".md")


class DocumentError(Exception):
    """A file that cannot be read as a text document; the message says why."""


@dataclass(frozen=True)
class SourceDocument:
    path: str
    sha256: str
    title: str
    text: str


def find_documents(paths) -> list[Path]:
    """Files named directly, plus every .txt/.md file under the folders named, sorted.

    A missing path is returned as is, so that reading it reports the error.
    """
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            found.append(path)
    return found


def read_document(path) -> SourceDocument:
    """Read one file as UTF-8 text, exactly as on disk (offsets index this text)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentError("is a directory") from None
    except OSError as e:
        raise DocumentError(e.strerror or str(e)) from None
    if b"\x00" in data:
        raise DocumentError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DocumentError(f"not UTF-8 text (invalid byte at offset {e.start})") from None
    if not text.strip():
        raise DocumentError("empty document")
    return SourceDocument(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        title=title_of(text, fallback=path.stem),
        text=text,
    )


def title_of(text: str, fallback: str = "") -> str:
    """The first line that reads like a headline, shortened to about 120 characters.

    Web page furniture before the headline (``top of page``, ``<- back``,
    ``5 mins read``, a dateline) is skipped: it has no capitalised word or is a date.
    """
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    headline = next((line for line in lines if not _is_furniture(line)), lines[0] if lines else "")
    if not headline:
        return fallback
    if len(headline) <= 120:
        return headline
    return headline[:120].rsplit(" ", 1)[0].rstrip(",;:") + "…"


_DATELINE = re.compile(r"^(\w+ \d{1,2},? \d{4}|\d{1,2} \w+,? \d{4}|\d{4}-\d\d-\d\d)$")


def _is_furniture(line: str) -> bool:
    return not re.search(r"\b[A-Z]", line) or bool(_DATELINE.match(line))
