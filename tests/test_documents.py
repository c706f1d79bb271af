"""Reading documents: exact text for offsets, a hash for idempotence, a headline for a title."""
import pytest

from claims.documents import DocumentError, find_documents, read_document, title_of
from conftest import SEEDS


def test_text_is_decoded_exactly_as_on_disk(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("Héadline\r\n\r\nBody £5.\r\n".encode())
    document = read_document(path)
    assert document.text == "Héadline\r\n\r\nBody £5.\r\n"  # no newline translation
    assert document.title == "Héadline"


def test_same_content_same_hash_whatever_the_path(tmp_path):
    (tmp_path / "a.txt").write_text("Same words.")
    (tmp_path / "b.md").write_text("Same words.")
    assert read_document(tmp_path / "a.txt").sha256 == read_document(tmp_path / "b.md").sha256


def test_folders_are_searched_recursively_for_txt_and_md(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.md", "sub/c.pdf", "d.json"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in find_documents([tmp_path])] == ["a.txt", "b.md"]


@pytest.mark.parametrize("content, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (b"caf\xe9 latin-1", "not UTF-8"),
    (b"  \n\n", "empty"),
])
def test_unreadable_documents_say_why(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        read_document(path)


def test_a_missing_file_is_an_error_not_a_crash(tmp_path):
    with pytest.raises(DocumentError, match="No such file"):
        read_document(tmp_path / "missing.txt")


@pytest.mark.parametrize("text, title", [
    ("Ferry fares rise on island routes\n\nThe operator said...", "Ferry fares rise on island routes"),
    ("top of page\n\nThe LMN Islamophobia Roundtables - Join Now!\n", "The LMN Islamophobia Roundtables - Join Now!"),
    ("February 9, 2025\n5 mins read\n\nBritish Muslim Women Meet Lord Wajid\n", "British Muslim Women Meet Lord Wajid"),
    ("# A Markdown heading\n", "A Markdown heading"),
])
def test_title_is_the_headline_not_page_furniture(text, title):
    assert title_of(text) == title


def test_seed_titles():
    titles = [read_document(p).title for p in find_documents([SEEDS])]
    assert "Police trained on ‘Islamophobia’ by jihadist backers" in titles
    assert "A community that talks together stays together" in titles
