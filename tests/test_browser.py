"""A reviewer's session in a real browser (Chromium) against a real `claims serve`.

Signs in with the one-time link `claims serve` prints, works an unverified statistic from
the queue, and checks that hostile document text stays text. Saves the claim page
as docs/review-desk.png for the README (CLAIMS_UPDATE_SCREENSHOT=1 to refresh it).
"""
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from review_desk_data import add_budget_and_hostile, create_database

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).parents[1]
SCREENSHOT = ROOT / "docs" / "review-desk.png"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium (.ci/ensure-chromium)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(url: str, server: subprocess.Popen, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, f"claims serve exited: {server.stderr.read()}"
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"claims serve did not answer at {url}")


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "newsroom.db"  # served as "claims" whatever its name
    engine = create_database(path)
    ids = {"path": path, **add_budget_and_hostile(engine)}
    engine.dispose()
    return ids


@pytest.fixture(scope="module")
def server(claims):
    """`claims serve` as a user runs it; yields (base URL, sign-in URL)."""
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "claims"), "serve", "--db", str(claims["path"]),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        printed = [process.stdout.readline().strip() for _ in range(3)]
        sign_in_url = printed[-1]  # the one-time link comes last, before the server starts
        assert "/-/auth-token?token=" in sign_in_url, printed
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base + "/-/versions.json", process)
        yield base, sign_in_url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab that records every JavaScript dialog (none should ever open)."""
    context = browser.new_context(viewport={"width": 1100, "height": 1000})
    page = context.new_page()
    page.dialogs = []

    def record(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    yield page
    context.close()


def test_root_reviews_an_unverified_statistic(server, claims, page):
    from playwright.sync_api import expect

    base, sign_in_url = server
    page.goto(sign_in_url)
    expect(page.locator(".actor")).to_contain_text("root")

    page.goto(base + "/-/claims/next")  # the queue starts with the budget's 12%
    assert page.url == f"{base}/claims/claims/{claims['schools']}"
    expect(page.locator("mark.this-claim")).to_have_text("12%")
    expect(page.locator("mark.this-claim")).to_be_visible()
    expect(page.get_by_test_id("claim-status")).to_have_text("unverified")

    page.fill("textarea[name=note]", "Matches the budget paper, table 3")
    page.fill("input[name=evidence_url]", "https://example.org/budget.pdf")
    page.click("button[value=verified]")

    assert page.url == f"{base}/claims/claims/{claims['schools']}"
    expect(page.locator(".message-info")).to_have_text(f"Claim {claims['schools']} marked verified.")
    expect(page.get_by_test_id("claim-status")).to_have_text("verified")
    history = page.locator("table.review-history tbody tr")
    expect(history).to_have_count(1)
    expect(history).to_contain_text("root")
    expect(history).to_contain_text("Matches the budget paper, table 3")
    expect(history.get_by_role("link", name="https://example.org/budget.pdf")).to_be_visible()
    save_screenshot(page)
    assert page.dialogs == []


def save_screenshot(page):
    """The README's picture: written when missing or when CLAIMS_UPDATE_SCREENSHOT is set,
    so that ordinary test runs leave the tree unchanged."""
    png = page.screenshot()
    if not SCREENSHOT.exists() or os.environ.get("CLAIMS_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(png)


@pytest.mark.parametrize("where", ["document", "claim"])
def test_hostile_document_text_shows_as_text(server, claims, page, where):
    from playwright.sync_api import expect

    base, _ = server
    path = (f"/claims/documents/{claims['hostile']}" if where == "document"
            else f"/claims/claims/{claims['hostile_figure']}")
    page.goto(base + path)
    text = page.locator(".document-text")
    expect(text).to_contain_text("<script>alert('xss')</script>")
    expect(text).to_contain_text("<img src=x onerror=alert(1)>")
    expect(text).to_contain_text("5 million &amp; more")
    assert page.locator(".document-text img, .document-text script").count() == 0
    page.wait_for_timeout(300)  # time for an injected handler to have fired
    assert page.dialogs == []
