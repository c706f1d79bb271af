"""Reading documents from disk: paths in, decoded text with its hash and title out."""
import hashlib
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
    """The first non-blank line, shortened to 200 characters."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 200 else line[:199] + "…"
    return fallback
