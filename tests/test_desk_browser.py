"""The desk end to end in a real browser: Debian's Chromium driven by Playwright against a real
`factcheck serve` on 127.0.0.1, on SQLite and on PostgreSQL. Few tests, each a whole story.

Screenshots go to the test's folder; with FACTCHECK_SCREENSHOTS=docs they refresh the README's.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck import service
from factcheck.config import Settings

from .conftest import ROOT, SEED_ARTICLE

# The claim of the row that holds the keyboard focus is the one given.

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ENGLISH_ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "en_pentagon.txt"
XSS_TEXT = (
    "قال المسؤول إن 300 صاروخ أطلقت أمس <script>window.pwned = 1; document.title = 'pwned'</script>\n"
    "<img src=x onerror=\"window.pwned = 2; document.title = 'pwned'\">\n"
    'Officials said 40 soldiers <b onmouseover="window.pwned = 3">died</b> '
    '<a href="javascript:window.pwned = 4">here</a>.'
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DeskServer:
    """`factcheck serve` in its own process, on a free port of 127.0.0.1."""

    def __init__(self, database_url: str, workdir: Path) -> None:
        self.database_url = database_url
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "FACTCHECK_MARKING_DEFAULT_ACTOR": "huda", "FACTCHECK_CONFIG": ""}
        self.log = (workdir / "serve.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "--db", database_url, "serve", "--port", str(self.port)],
            cwd=workdir,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"factcheck serve exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("factcheck serve did not answer within 60 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is required here (.ci/run installs the Debian package)")
        pytest.skip("no /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    # A loaded CI machine can take seconds to run the page's script: every check below waits.
    expect.set_options(timeout=30_000)
    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
            locale="en-GB",
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def desk(database_url: str, tmp_path: Path) -> Iterator[DeskServer]:
    server = DeskServer(database_url, tmp_path)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    opened = browser.new_page()
    opened.set_default_timeout(30_000)
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.dialogs = dialogs
    try:
        yield opened
    finally:
        opened.close()


def _screenshot(page: Any, name: str, tmp_path: Path, database_url: str) -> None:
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 10_000
    target = os.environ.get("FACTCHECK_SCREENSHOTS")
    if target and database_url.startswith("sqlite"):
        shutil.copy(path, Path(target) / name)


def _add_text(page: Any, desk: DeskServer, text: str, published: str) -> None:
    page.goto(desk.url + "/add")
    page.fill("#text", text)
    page.fill("#published", published)
    page.get_by_role("button", name="Add").click()
    page.wait_for_url("**/articles/*")


def _article_claims(database_url: str, article_id: int) -> list[Any]:
    """The claims the store holds for an article, in text order: the ids the page must show."""
    store = service.Store(database_url)
    try:
        return list(service.get_article(store, article_id).claims)
    finally:
        store.close()


def _searched_ids(database_url: str, text: str) -> list[str]:
    """What the service's search finds among unverified claims, as the queue's ids."""
    store = service.Store(database_url)
    try:
        found = service.list_claims(store, service.ClaimFilter(search=text, limit=None))
    finally:
        store.close()
    return sorted(str(claim.id) for claim in found)


def _direction(page: Any, selector: str) -> str:
    return str(page.eval_on_selector(selector, "element => getComputedStyle(element).direction"))


def _focused_row(page: Any, claim: str | None) -> Any:
    """The claim's row while it or something in it has the focus (a locator, so `expect`
    waits for it). Not page.wait_for_function: it compiles its string in the page, which
    the desk's Content-Security-Policy (no 'unsafe-eval') refuses whenever the first check
    fails and polling starts, so it failed at random."""
    return page.locator(f"tr[data-claim='{claim}']:focus-within")


def test_a_desk_session(desk: DeskServer, page: Any, database_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    # Add the reference article through the page: it opens, its claims highlighted in place.
    _add_text(page, desk, SEED_ARTICLE.read_text("utf-8"), "2024-11-01")
    assert page.url.endswith("/articles/1")
    assert _direction(page, "article .text") == "rtl"
    arabic_claims = _article_claims(database_url, 1)
    assert len(arabic_claims) >= 7
    assert page.locator("article .text a.claim-link").count() == len(arabic_claims)
    ten_thousand = next(c for c in arabic_claims if c.quantity_text == "10 آلاف جندي")
    colleague_claim = next(c for c in arabic_claims if c.id != ten_thousand.id and c.kind == "figure")
    _screenshot(page, "desk-article-ar.png", tmp_path, database_url)

    _add_text(page, desk, ENGLISH_ARTICLE.read_text("utf-8"), "2024-11-02")
    assert _direction(page, "article .text") == "ltr"
    english_claim = _article_claims(database_url, 2)[0]
    _screenshot(page, "desk-article-en.png", tmp_path, database_url)

    # The queue: Arabic rows right to left, English rows left to right, on one page.
    page.goto(desk.url + "/")
    rows = page.locator("tr[data-claim]")
    assert rows.count() >= len(arabic_claims) + 1
    arabic = page.locator(f"tr[data-claim='{ten_thousand.id}'] td.sentence")
    english = page.locator(f"tr[data-claim='{english_claim.id}'] td.sentence")
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert english.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert arabic.locator("mark").inner_text() == "10 آلاف جندي"
    _screenshot(page, "desk-queue.png", tmp_path, database_url)

    # "/" goes to the search box; a search narrows the queue.
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("بلينكن")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=*")
    found = page.locator("tr[data-claim]").evaluate_all("rows => rows.map(r => r.dataset.claim)")
    assert str(ten_thousand.id) in found
    assert sorted(found) == _searched_ids(database_url, "بلينكن")

    # "?" lists the keys; Esc closes the list.
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("?")
    expect(page.locator("dialog#keys")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("dialog#keys")).to_be_hidden()
    expect(page.locator("dialog:focus-within")).to_have_count(0)  # keys work again

    # Keyboard: j to the first claim, d opens a note form under it (focus in it), Enter disputes
    # it in place: the row shows the new status, the live region says so, the page stays.
    page.keyboard.press("j")
    first = page.locator("tr[data-claim].current").get_attribute("data-claim")
    row = page.locator(f"tr[data-claim='{first}']")
    queue_url = page.url
    page.keyboard.press("d")
    expect(page.locator("#inline-note")).to_be_focused()
    page.keyboard.press("Enter")  # no note, no evidence: refused, said in the form
    expect(page.locator(".inline-mark [role=alert]")).to_contain_text("needs a note or an evidence link")
    page.keyboard.type("South Korea's NIS puts it at 11,000")
    _screenshot(page, "desk-queue-mark.png", tmp_path, database_url)
    page.keyboard.press("Enter")
    page.wait_for_selector(f"tr[data-claim='{first}'][data-status='disputed']")
    expect(row.locator(".status")).to_have_text("disputed")
    expect(page.locator(".inline-mark")).to_have_count(0)
    expect(page.locator("#announce")).to_have_text(f"claim {first} marked disputed")
    expect(_focused_row(page, first)).to_have_count(1)
    assert page.url == queue_url
    # c opens the form, Esc cancels it and gives the focus back to the row; u marks at once.
    page.keyboard.press("c")
    expect(page.locator(".inline-mark")).to_have_count(1)
    page.keyboard.press("Escape")
    expect(page.locator(".inline-mark")).to_have_count(0)
    expect(_focused_row(page, first)).to_have_count(1)
    page.keyboard.press("u")
    page.wait_for_selector(f"tr[data-claim='{first}'][data-status='unverified']")
    expect(page.locator("#announce")).to_have_text(f"claim {first} marked unverified")
    # n: a note without a change of status.
    page.keyboard.press("n")
    page.keyboard.type("asked the ministry")
    page.keyboard.press("Enter")
    page.locator("#announce", has_text=f"note added to claim {first}").wait_for()
    assert row.get_attribute("data-status") == "unverified"
    page.goto(desk.url + f"/claims/{first}")
    history = page.locator("ol.history").inner_text()
    assert "unverified → disputed by huda" in history
    assert "South Korea's NIS puts it at 11,000" in history
    assert "disputed → unverified by huda" in history
    assert "note (unverified) by huda — asked the ministry" in history

    # A colleague marks a claim while this page is open: saving the stale page is refused, and
    # the page shows the colleague's verdict; saving again, knowingly, overrides it in place.
    other = colleague_claim.id if str(colleague_claim.id) != first else ten_thousand.id
    page.goto(desk.url + f"/claims/{other}")
    store = service.Store(database_url)
    try:
        settings = Settings(base_dir=tmp_path)
        service.mark_claims(store, settings, [other], "confirmed", note="wire", actor="sami")
    finally:
        store.close()
    page.check("input[name=status][value=disputed]")
    page.fill("#note", "my reading")
    with page.expect_response(f"**/claims/{other}/mark") as answer:
        page.get_by_role("button", name="Save").click()
    assert answer.value.status == 409
    expect(page.get_by_role("alert")).to_contain_text("no longer unverified (now confirmed)")
    expect(page.locator("ol.history")).to_contain_text("confirmed by sami")
    expect(page.locator("#claim-heading .status")).to_have_text("confirmed")
    with page.expect_response(f"**/claims/{other}/mark") as answer:
        page.get_by_role("button", name="Save").click()
    assert answer.value.status == 200
    expect(page.locator("#claim-heading .status")).to_have_text("disputed")
    expect(page.locator("ol.history")).to_contain_text("confirmed → disputed by huda")
    assert page.get_by_role("alert").count() == 0
    assert page.url == desk.url + f"/claims/{other}"

    # On an article, the same keys mark the highlighted claim in place.
    page.goto(desk.url + "/articles/2")
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    highlighted = page.locator("article .text a.claim-link").first.get_attribute("data-claim")
    expect(page.locator(f"[data-claim='{highlighted}']:focus")).to_have_count(1)
    page.keyboard.press("c")
    page.keyboard.type("Pentagon briefing transcript")
    page.keyboard.press("Enter")
    page.wait_for_selector(f"article .text a.status-confirmed[data-claim='{highlighted}']")
    expect(page.locator("#announce")).to_have_text(f"claim {highlighted} marked confirmed")
    assert page.dialogs == []


def test_untrusted_article_text_runs_nothing(desk: DeskServer, page: Any) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    _add_text(page, desk, XSS_TEXT, "2024-11-01")
    visited = [page.url, desk.url + "/?status=all", desk.url + "/sources"]
    claim = page.locator("article .text a.claim-link").first.get_attribute("href")
    visited.append(desk.url + claim)
    for url in visited:
        page.goto(url)
        page.mouse.move(300, 300)
        for bold in page.locator("b").all():
            bold.hover()
        assert page.evaluate("window.pwned === undefined"), url
        assert page.title() != "pwned", url
        assert page.locator("script:not([src])").count() == 0, url
    page.goto(visited[0])
    assert "<script>window.pwned = 1" in page.locator("article .text").inner_text()
    assert page.dialogs == [] and errors == []
