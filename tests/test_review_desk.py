"""The review desk through Datasette's own client, on a real SQLite database.

Reading is open to everyone; posting a review needs the claims-review permission
(root and the reviewer accounts in metadata.yml), a CSRF token, a known claim and
a valid status. Nothing changes when any of these is missing.
"""
import ast
import csv
import io
import re
import sqlite3
from pathlib import Path

import pytest
from datasette.app import Datasette
from datasette.utils import parse_metadata
from datasette_auth_passwords.utils import hash_password
from markupsafe import escape
from sqlmodel import Session

from claims.models import ClaimRecord
from claims.web.highlight import Span, highlight
from review_desk_data import BUDGET, add_budget_and_hostile, create_database

METADATA = parse_metadata((Path(__file__).parents[1] / "metadata.yml").read_text())
REVIEWER = "reviewer1"  # listed in metadata.yml's allow_review


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "claims.db"


@pytest.fixture
def claims(db_path):
    """The budget document (a quote with a figure inside, a second figure) and a hostile one."""
    engine = create_database(db_path)
    ids = add_budget_and_hostile(engine)
    engine.dispose()
    return ids


@pytest.fixture
async def ds(db_path, claims):
    datasette = Datasette([str(db_path)], metadata=METADATA)
    await datasette.invoke_startup()
    return datasette


def signed_in(ds, actor_id):
    return {"ds_actor": ds.sign({"a": {"id": actor_id}}, "actor")}


def status_of(db_path, claim_id):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT status FROM claims WHERE id = ?", (claim_id,)).fetchone()[0]


def reviews_of(db_path, claim_id):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(
            "SELECT * FROM reviews WHERE claim_id = ? ORDER BY id", (claim_id,))]


async def csrf_cookies(ds, cookies):
    """Cookies plus a CSRF token, as a browser has them after opening any page with a form."""
    page = await ds.client.get("/-/login", cookies=cookies)
    token = page.cookies["ds_csrftoken"]
    return {**cookies, "ds_csrftoken": token}, token


async def post_review(ds, claim_id, cookies=None, csrf=True, **form):
    cookies = dict(cookies or {})
    if csrf:
        cookies, form["csrftoken"] = await csrf_cookies(ds, cookies)
    return await ds.client.post(f"/-/claims/review/{claim_id}", data=form, cookies=cookies)


# Claim in context


async def test_claim_page_shows_the_claim_marked_inside_its_sentence_and_paragraph(ds, claims):
    page = await ds.client.get(f"/claims/claims/{claims['schools']}")
    assert page.status_code == 200
    context = re.search(r'<blockquote class="claim-context[^>]*>(.*?)</blockquote>', page.text, re.S)[1]
    assert context.startswith("The council said on Monday")
    assert "Unemployment fell to 4.2% in March." in context
    assert "Critics said" not in context  # the next paragraph is not part of the context
    assert re.search(r'<mark class="claim kind-statistic status-unverified this-claim[^"]*"[^>]*>12%</mark>', context)
    assert '<mark class="sentence' in context


async def test_claim_page_lays_out_fields_and_links_to_document_and_its_other_claims(ds, claims):
    page = await ds.client.get(f"/claims/claims/{claims['schools']}")
    assert "<dt>Measure</dt><dd>spending on schools</dd>" in page.text
    assert "<dt>Value</dt><dd>12</dd>" in page.text
    assert "<dt>Speaker</dt><dd>Jane Smith</dd>" in page.text
    assert f'href="/claims/documents/{claims["budget"]}"' in page.text
    assert f'href="/claims/claims?document_id={claims["budget"]}"' in page.text
    for other in ("quote", "unemployment"):
        assert f'href="/claims/claims/{claims[other]}"' in page.text


async def test_anonymous_visitors_see_a_sign_in_hint_instead_of_the_form(ds, claims):
    page = await ds.client.get(f"/claims/claims/{claims['schools']}")
    assert "Sign in as a reviewer" in page.text
    assert "/-/claims/review/" not in page.text


async def test_signed_in_non_reviewers_see_no_form(ds, claims):
    page = await ds.client.get(f"/claims/claims/{claims['schools']}", cookies=signed_in(ds, "visitor"))
    assert "/-/claims/review/" not in page.text


async def test_reviewers_see_a_form_with_a_csrf_token_and_a_button_per_status(ds, claims):
    page = await ds.client.get(f"/claims/claims/{claims['schools']}", cookies=signed_in(ds, REVIEWER))
    assert f'action="/-/claims/review/{claims["schools"]}" method="post"' in page.text
    assert re.search(r'name="csrftoken" value="[^"]+"', page.text)
    buttons = re.findall(r'<button type="submit" name="status" value="(\w+)"', page.text)
    assert buttons == ["verified", "misleading", "false", "unverifiable", "not_a_claim", "unverified"]


async def test_document_page_marks_every_claim_even_a_figure_inside_a_quote(ds, claims):
    page = await ds.client.get(f"/claims/documents/{claims['budget']}")
    text = re.search(r'<div class="document-text">(.*?)</div>', page.text, re.S)[1]
    quote, schools, unemployment = (f'href="/claims/claims/{claims[k]}"'
                                    for k in ("quote", "schools", "unemployment"))
    # The quote is marked on both sides of the figure it contains; the figure is nested (depth-2).
    assert text.count(quote) == 2
    assert re.search(schools + r'><mark class="claim kind-statistic status-unverified depth-2"[^>]*>12%</mark>', text)
    assert re.search(unemployment + r'><mark class="claim kind-statistic[^>]*>4.2%</mark>', text)
    # The marks only add markup: stripping tags gives back the document text, escaped.
    assert re.sub(r"<[^>]+>", "", text) == BUDGET.replace('"', "&#34;")


def test_crossing_identical_and_out_of_range_spans_still_give_well_formed_marks():
    text = "<b> one two three four"
    spans = [Span(4, 11, "a"), Span(8, 17, "b"), Span(8, 17, "c"), Span(20, 99, "d"), Span(3, 3, "e")]
    html = highlight(text, spans)
    assert re.sub(r"<[^>]+>", "", html) == escape(text)
    # Cut at every boundary; each piece takes its shortest covering span, and its depth.
    assert html == ('&lt;b&gt; <mark class="a depth-1">one </mark><mark class="a depth-3">two</mark>'
                    '<mark class="b depth-2"> three</mark> fo<mark class="d depth-1">ur</mark>')


def test_the_web_layer_does_not_import_the_extractor():
    package = Path(__file__).parents[1] / "src" / "claims"
    for source in [*(package / "plugin").rglob("*.py"), *(package / "web").rglob("*.py")]:
        imports = [node for node in ast.walk(ast.parse(source.read_text()))
                   if isinstance(node, (ast.Import, ast.ImportFrom))]
        names = [getattr(node, "module", None) or "" for node in imports]
        names += [alias.name for node in imports for alias in node.names]
        assert not [n for n in names if "extract" in n], source


# Untrusted document text


@pytest.mark.parametrize("page", ["document", "claim"])
async def test_hostile_document_text_renders_as_text(ds, claims, page):
    path = (f"/claims/documents/{claims['hostile']}" if page == "document"
            else f"/claims/claims/{claims['hostile_figure']}")
    html = (await ds.client.get(path)).text
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&amp;amp; more" in html  # the entity is shown as written, not decoded


# Posting reviews


async def test_a_reviewer_changes_the_status_and_the_audit_row_names_them(ds, db_path, claims):
    claim = claims["schools"]
    response = await post_review(ds, claim, signed_in(ds, REVIEWER), status="verified",
                                 note="Matches the council's budget paper",
                                 evidence_url="https://example.org/budget.pdf")
    assert response.status_code == 302
    assert response.headers["location"] == f"/claims/claims/{claim}"
    assert status_of(db_path, claim) == "verified"
    [review] = reviews_of(db_path, claim)
    assert review["reviewer"] == REVIEWER
    assert (review["old_status"], review["new_status"]) == ("unverified", "verified")
    assert review["note"] == "Matches the council's budget paper"
    assert review["evidence_url"] == "https://example.org/budget.pdf"


async def test_after_a_review_the_claim_page_shows_the_message_status_and_history(ds, claims):
    claim = claims["schools"]
    cookies = signed_in(ds, REVIEWER)
    response = await post_review(ds, claim, cookies, status="misleading", note="Cash terms only")
    page = await ds.client.get(response.headers["location"],
                               cookies={**cookies, "ds_messages": response.cookies["ds_messages"]})
    assert f"Claim {claim} marked misleading." in page.text
    assert '<span class="badge status-misleading" data-testid="claim-status">misleading</span>' in page.text
    history = re.search(r'<table class="review-history">(.*?)</table>', page.text, re.S)[1]
    assert REVIEWER in history and "Cash terms only" in history
    assert "unverified → <strong>misleading</strong>" in history


async def test_a_note_is_shown_as_text(ds, claims):
    cookies = signed_in(ds, REVIEWER)
    await post_review(ds, claims["schools"], cookies, status="false",
                      note="<script>alert(1)</script>", evidence_url="https://example.org/?a=1&b=<x>")
    page = await ds.client.get(f"/claims/claims/{claims['schools']}")
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert 'href="https://example.org/?a=1&amp;b=&lt;x&gt;"' in page.text


async def test_the_reviewer_is_the_signed_in_actor_never_a_form_field(ds, db_path, claims):
    await post_review(ds, claims["schools"], signed_in(ds, REVIEWER), status="false",
                      reviewer="somebody-else")
    assert reviews_of(db_path, claims["schools"])[0]["reviewer"] == REVIEWER


async def test_root_may_review(ds, db_path, claims):
    response = await post_review(ds, claims["schools"], signed_in(ds, "root"), status="verified")
    assert response.status_code == 302
    assert reviews_of(db_path, claims["schools"])[0]["reviewer"] == "root"


async def test_reviewing_back_to_unverified_is_logged_too(ds, db_path, claims):
    cookies = signed_in(ds, REVIEWER)
    await post_review(ds, claims["schools"], cookies, status="verified")
    await post_review(ds, claims["schools"], cookies, status="unverified", note="Too hasty")
    assert status_of(db_path, claims["schools"]) == "unverified"
    assert [r["new_status"] for r in reviews_of(db_path, claims["schools"])] == ["verified", "unverified"]


@pytest.mark.parametrize("cookies", [None, "visitor"], ids=["anonymous", "signed-in non-reviewer"])
async def test_anyone_but_a_reviewer_is_forbidden_and_nothing_changes(ds, db_path, claims, cookies):
    response = await post_review(ds, claims["schools"], cookies and signed_in(ds, cookies),
                                 status="verified")
    assert response.status_code == 403
    assert status_of(db_path, claims["schools"]) == "unverified"
    assert reviews_of(db_path, claims["schools"]) == []


async def test_a_post_without_the_csrf_token_is_refused(ds, db_path, claims):
    response = await post_review(ds, claims["schools"], signed_in(ds, REVIEWER), csrf=False,
                                 status="verified")
    assert response.status_code == 403
    assert status_of(db_path, claims["schools"]) == "unverified"
    assert reviews_of(db_path, claims["schools"]) == []


async def test_an_unknown_claim_is_404(ds, db_path):
    response = await post_review(ds, 999999, signed_in(ds, REVIEWER), status="verified")
    assert response.status_code == 404
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0


@pytest.mark.parametrize("form", [{"status": "probably"}, {},
                                  {"status": "verified", "evidence_url": "javascript:alert(1)"}],
                         ids=["unknown status", "no status", "non-web evidence url"])
async def test_an_invalid_review_is_400_and_nothing_changes(ds, db_path, claims, form):
    response = await post_review(ds, claims["schools"], signed_in(ds, REVIEWER), **form)
    assert response.status_code == 400
    assert status_of(db_path, claims["schools"]) == "unverified"
    assert reviews_of(db_path, claims["schools"]) == []


async def test_the_review_address_only_accepts_posts(ds, claims):
    response = await ds.client.get(f"/-/claims/review/{claims['schools']}",
                                   cookies=signed_in(ds, REVIEWER))
    assert response.status_code == 405


async def test_a_reviewer_account_signs_in_with_the_password_hash_from_the_environment(
        ds, db_path, claims, monkeypatch):
    monkeypatch.setenv("CLAIMS_REVIEWER1_PASSWORD_HASH", hash_password("correct horse"))
    cookies, token = await csrf_cookies(ds, {})
    wrong = await ds.client.post("/-/login", cookies=cookies, data={
        "username": "reviewer1", "password": "wrong", "csrftoken": token})
    assert "ds_actor" not in wrong.cookies
    login = await ds.client.post("/-/login", cookies=cookies, data={
        "username": "reviewer1", "password": "correct horse", "csrftoken": token})
    assert login.status_code == 302
    response = await post_review(ds, claims["schools"], {"ds_actor": login.cookies["ds_actor"]},
                                 status="verified")
    assert response.status_code == 302
    assert reviews_of(db_path, claims["schools"])[0]["reviewer"] == "reviewer1"


async def test_an_account_without_its_environment_variable_cannot_sign_in(ds, monkeypatch):
    monkeypatch.delenv("CLAIMS_REVIEWER2_PASSWORD_HASH", raising=False)
    cookies, token = await csrf_cookies(ds, {})
    login = await ds.client.post("/-/login", cookies=cookies, data={
        "username": "reviewer2", "password": "", "csrftoken": token})
    assert "ds_actor" not in login.cookies


# Working through the queue


async def test_next_unverified_statistic_follows_document_order_and_skips_reviewed(ds, claims):
    first = await ds.client.get("/-/claims/next")
    assert first.headers["location"] == f"/claims/claims/{claims['schools']}"
    page = await ds.client.get(f"/claims/claims/{claims['schools']}")
    assert f'<a href="/claims/claims/{claims["unemployment"]}" class="next-unverified">' in page.text

    await post_review(ds, claims["unemployment"], signed_in(ds, REVIEWER), status="verified")
    page = await ds.client.get(f"/claims/claims/{claims['schools']}")
    assert f'<a href="/claims/claims/{claims["hostile_figure"]}" class="next-unverified">' in page.text


async def test_next_with_an_empty_queue_goes_to_the_empty_view(ds, claims):
    cookies = signed_in(ds, REVIEWER)
    for claim in ("schools", "unemployment", "hostile_figure"):
        await post_review(ds, claims[claim], cookies, status="verified")
    response = await ds.client.get("/-/claims/next")
    assert response.headers["location"] == "/claims/unverified_statistics"


# Datasette's own views of the data


async def test_a_database_with_another_name_is_served_untouched(tmp_path):
    path = tmp_path / "other.db"
    create_database(path).dispose()
    other = Datasette([str(path)], metadata=METADATA)
    assert (await other.client.get("/other/claims.csv")).status_code == 200
    assert (await other.client.get("/-/claims/next")).status_code == 404


async def test_claims_table_json_with_search_and_facets(ds, claims):
    data = (await ds.client.get("/claims/claims.json?_search=smith&_shape=objects")).json()
    assert {row["id"] for row in data["rows"]} == {claims["quote"], claims["schools"]}
    assert {"kind", "status", "unit"} <= set(data["facet_results"])


async def test_claims_table_csv(ds, claims):
    response = await ds.client.get("/claims/claims.csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(int(r["id"]) for r in rows) == sorted(
        claims[k] for k in ("quote", "schools", "unemployment", "hostile_figure"))
    assert rows[0]["start"] and "kind" in rows[0] and "status" in rows[0]


@pytest.mark.parametrize("query", ["?_stream=on", ""], ids=["streamed", "plain link"])
async def test_unverified_statistics_csv_has_every_row(ds, db_path, claims, query):
    with Session(create_database(db_path)) as session:
        session.add_all(ClaimRecord(document_id=claims["budget"], kind="statistic", start=186,
                                    end=190, text="4.2%", extractor_version="test")
                        for _ in range(1500))
        session.commit()
    response = await ds.client.get(f"/claims/unverified_statistics.csv{query}")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1500 + 3
    assert {r["status"] for r in rows} == {"unverified"} and {r["kind"] for r in rows} == {"statistic"}
