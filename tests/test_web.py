"""The desk's routes through FastAPI's TestClient, on SQLite and on PostgreSQL: every page,
every error, accounts and CSRF, escaping of untrusted article text."""

from __future__ import annotations

import dataclasses
import html
import io
import re
import tomllib
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from factcheck import service
from factcheck.config import Settings
from factcheck.errors import RefusedError
from factcheck.web.app import create_app
from factcheck.web.auth import DeskMode
from factcheck.web.server import desk_mode

from .conftest import ROOT, SEED_ARTICLE

ENGLISH_ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "en_pentagon.txt"
XSS_TEXT = (
    'قال المسؤول إن 300 صاروخ <script>document.title="pwned"</script> أطلقت '
    "<img src=x onerror=\"document.title='pwned'\"> أمس.\n"
    "Officials said 40 soldiers <b onmouseover=alert(1)>died</b>."
)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "ARGON2_PARAMETERS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})


def _cases(name: str) -> list[dict[str, Any]]:
    return tomllib.loads((ROOT / "tests" / "cases" / "web" / f"{name}.toml").read_text("utf-8"))["case"]


def _seed(store: service.Store, settings: Settings) -> None:
    # Figures and dated events only (no `statement` claims, whose number follows the worth
    # model), so that the claim ids in these tests and in tests/cases/web stay put.
    settings = dataclasses.replace(settings, worth_threshold=1.0)
    for path, day, lang in ((SEED_ARTICLE, "2024-11-01", "auto"), (ENGLISH_ARTICLE, "2024-11-02", "en")):
        options = service.ArticleOptions(published=service.parse_published(day), language=lang)
        service.add_source(store, settings, str(path), options)


class Desk:
    """A client of the desk with the session's CSRF token at hand."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    @property
    def csrf(self) -> str:
        page = self.client.get("/add").text
        found = re.search(r'data-csrf="([^"]+)"', page)
        assert found, page[:500]
        return found.group(1)

    def post(self, path: str, form: dict[str, str], *, csrf: bool = True, **kwargs: Any) -> Any:
        data = dict(form)
        if csrf:
            data["csrf"] = self.csrf
        return self.client.post(path, data=data, **kwargs)


def _alert(page: str) -> str:
    found = re.search(r'role="alert">(.*?)</p>', page, re.S)
    return found.group(1) if found else ""


@pytest.fixture
def seeded(store: service.Store, settings: Settings) -> service.Store:
    _seed(store, settings)
    return store


@pytest.fixture
def desk(seeded: service.Store, settings: Settings) -> Iterator[Desk]:
    app = create_app(settings, seeded, DeskMode(accounts=False, local_user="huda"))
    with TestClient(app) as client:
        yield Desk(client)


def test_every_page(desk: Desk) -> None:
    """tests/cases/web/pages.toml: each page answers and holds what it must."""
    failures = []
    for case in _cases("pages"):
        response = desk.client.get(case["path"])
        missing = [piece for piece in case["contains"] if piece not in response.text]
        if response.status_code != case["status"] or missing:
            failures.append(f"{case['path']}: {response.status_code}, missing {missing}")
        assert "Content-Security-Policy" in response.headers
    assert not failures, "\n".join(failures)


def test_every_error(desk: Desk, seeded: service.Store) -> None:
    """tests/cases/web/errors.toml: each error answers with its status and message, and changes
    nothing (no claim's status, no history)."""
    before = [(c.id, c.status) for c, _ in service.stream_export(seeded, None)]
    failures = []
    for case in _cases("errors"):
        if case.get("method") == "post":
            response = desk.post(case["path"], case.get("form", {}), csrf=case.get("csrf", True))
        else:
            response = desk.client.get(case["path"])
        if response.status_code != case["status"] or case["message"] not in response.text:
            shown = _alert(response.text) or response.text[:200]
            failures.append(f"{case['name']}: {response.status_code} {shown!r}")
        assert "Traceback" not in response.text
    assert not failures, "\n".join(failures)
    assert [(c.id, c.status) for c, _ in service.stream_export(seeded, None)] == before
    assert all(not service.get_claim(seeded, claim_id).events for claim_id, _ in before)


def test_mark_records_the_change_and_redirects(desk: Desk, seeded: service.Store) -> None:
    response = desk.post(
        "/claims/3/mark",
        {"status": "disputed", "note": "NIS puts it at 11,000", "expect": "unverified", "actor": "mallory"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/claims/3"
    page = desk.client.get("/claims/3").text
    assert "unverified → disputed by <strong>huda</strong>" in page
    assert "NIS puts it at 11,000" in page
    assert 'name="expect" value="disputed"' in page
    [event] = service.get_claim(seeded, 3).events
    assert event.actor == "huda"  # never the form's "actor"


def test_a_stale_page_cannot_overwrite_a_colleagues_verdict(
    desk: Desk, seeded: service.Store, settings: Settings
) -> None:
    page = desk.client.get("/claims/3").text
    assert 'name="expect" value="unverified"' in page
    service.mark_claims(seeded, settings, [3], "confirmed", note="wire copy", actor="sami")
    response = desk.post("/claims/3/mark", {"status": "disputed", "note": "mine", "expect": "unverified"})
    assert response.status_code == 409
    assert "no longer unverified (now confirmed)" in _alert(response.text)
    assert 'name="expect" value="confirmed"' in response.text  # the form now carries what it saw
    assert "mine" in response.text  # the note typed is kept for a second try
    assert service.get_claim(seeded, 3).claim.status == "confirmed"


def test_propagate_marks_linked_claims(desk: Desk, seeded: service.Store) -> None:
    related = [c.id for c in service.related_claims(seeded, 3)]
    assert related
    desk.post("/claims/3/mark", {"status": "disputed", "note": "x", "propagate": "1"})
    for claim_id in related:
        assert service.get_claim(seeded, claim_id).claim.status == "disputed"


def _mark_in_place(desk: Desk, claim_id: int, form: dict[str, str], path: str = "mark", **kwargs: Any) -> Any:
    """A mark (or a note) as the desk's script sends it: the token in a header, JSON asked for."""
    headers = {"Accept": "application/json", "X-CSRF-Token": desk.csrf, **kwargs.pop("headers", {})}
    return desk.client.post(f"/claims/{claim_id}/{path}", data=form, headers=headers, **kwargs)


def test_mark_in_place_answers_json(desk: Desk, seeded: service.Store, settings: Settings) -> None:
    answer = _mark_in_place(desk, 3, {"status": "disputed", "note": "NIS: 11,000", "expect": "unverified"})
    assert answer.status_code == 200
    body = answer.json()
    assert (body["claim"], body["status"], body["changed"]) == (3, "disputed", [3])
    assert body["message"] == "claim 3 marked disputed"
    assert "unverified → disputed by <strong>huda</strong>" in body["history"]
    assert "NIS: 11,000" in body["history"]
    again = _mark_in_place(desk, 3, {"status": "disputed", "note": "twice", "expect": "disputed"}).json()
    assert again["changed"] == [] and "already disputed" in again["message"]


def test_mark_in_place_errors_answer_json(desk: Desk, seeded: service.Store, settings: Settings) -> None:
    """Each refusal names the claim's status now, so the page can show a colleague's verdict."""
    service.mark_claims(seeded, settings, [3], "confirmed", note="<b>wire</b> copy", actor="sami")
    cases = [
        ({"status": "disputed"}, 400, "marking disputed needs a note or an evidence link"),
        ({"status": "disputed", "note": "x", "expect": "unverified"}, 409, "no longer unverified (now"),
        ({"status": "maybe", "note": "x"}, 400, "unknown status 'maybe'"),
        ({"note": "x"}, 400, "choose a status"),
    ]
    for form, code, message in cases:
        answer = _mark_in_place(desk, 3, form)
        assert answer.status_code == code, form
        body = answer.json()
        assert message in body["error"], body
        assert body["status"] == "confirmed"
        assert "confirmed by <strong>sami</strong>" in body["history"]
        assert "&lt;b&gt;wire&lt;/b&gt; copy" in body["history"]  # the fragment is escaped too
    unknown = _mark_in_place(desk, 999, {"status": "disputed", "note": "x"})
    assert unknown.status_code == 404 and unknown.json() == {"error": "no claim with id 999"}
    forged = _mark_in_place(desk, 3, {"status": "disputed", "note": "x"}, headers={"X-CSRF-Token": "forged"})
    assert forged.status_code == 403 and "security token" in forged.json()["error"]
    assert len(service.get_claim(seeded, 3).events) == 1


def test_the_page_carries_what_the_script_needs(desk: Desk, seeded: service.Store) -> None:
    """The queue's rows name their claim and status, the claim's form its claim; the live region,
    the keys' list and the rule on sources are on every page."""
    queue = desk.client.get("/").text
    assert re.search(r'<tr data-claim="3" data-status="unverified">', queue)
    assert 'role="status" aria-live="polite"' in queue
    assert '<dialog id="keys"' in queue and "<kbd>?</kbd>" in queue
    assert 'data-require-source="1"' in queue and 'data-editor="1"' in queue
    claim = desk.client.get("/claims/3").text
    assert 'class="mark" data-mark-for="3"' in claim
    assert '<div id="history">' in claim


def test_a_note_only_keeps_the_status(desk: Desk, seeded: service.Store) -> None:
    plain = desk.post(
        "/claims/3/note",
        {"note": "asked the ministry", "evidence": "https://example.org/q"},
        follow_redirects=False,
    )
    assert plain.status_code == 303 and plain.headers["location"] == "/claims/3"
    page = desk.client.get("/claims/3").text
    assert "note (unverified) by <strong>huda</strong>" in page and "asked the ministry" in page
    assert 'formaction="/claims/3/note"' in page
    in_place = _mark_in_place(desk, 3, {"note": "no answer yet"}, path="note").json()
    assert in_place["status"] == "unverified" and in_place["message"] == "note added to claim 3"
    assert "no answer yet" in in_place["history"]
    detail = service.get_claim(seeded, 3)
    assert detail.claim.status == "unverified" and [e.actor for e in detail.events] == ["huda", "huda"]


def test_dismiss_from_the_desk(desk: Desk, seeded: service.Store) -> None:
    assert 'value="dismissed"' in desk.client.get("/claims/3").text
    assert "<kbd>x</kbd>" in desk.client.get("/").text
    refused = _mark_in_place(desk, 3, {"status": "dismissed", "expect": "unverified"})
    assert refused.status_code == 400 and "needs a reason" in refused.json()["error"]
    dismissed = _mark_in_place(
        desk, 3, {"status": "dismissed", "note": "a headline twice", "expect": "unverified"}
    )
    assert dismissed.status_code == 200 and dismissed.json()["status"] == "dismissed"
    assert '<tr data-claim="3" ' not in desk.client.get("/").text  # out of the queue
    assert '<tr data-claim="3" ' in desk.client.get("/?status=dismissed").text
    restored = _mark_in_place(desk, 3, {"status": "unverified", "expect": "dismissed"})
    assert restored.json()["status"] == "unverified"
    assert '<tr data-claim="3" ' in desk.client.get("/").text


QUEUE = [
    ("", [1, 2, 3, 4, 5], []),
    ("?lang=en", [8, 9, 10], [1, 2, 3]),
    ("?lang=ar&unit=missile", [5], [1, 2, 3, 4, 8]),
    ("?source=%D8%A8%D9%84%D9%8A%D9%86%D9%83%D9%86", [3, 4], [1, 2, 5, 8]),
    ("?q=Pentagon", [9, 10], [1, 2, 3]),
    ("?since=2024-11-01&until=2024-11-01", [6, 9], [2, 3, 7]),
    ("?article=1&status=all", [1, 7], [8, 9]),
]


def test_queue_filters(desk: Desk) -> None:
    for query, shown, hidden in QUEUE:
        page = desk.client.get("/" + query).text
        ids = {int(i) for i in re.findall(r'<tr data-claim="(\d+)"', page)}
        assert set(shown) <= ids, (query, ids)
        assert not set(hidden) & ids, (query, ids)


def test_queue_pages(seeded: service.Store, settings: Settings) -> None:
    app = create_app(settings, seeded, DeskMode(False, "huda"), page_size=4)
    with TestClient(app) as client:
        seen: list[str] = []
        target = "/?status=all"
        while target:
            page = client.get(target).text
            seen += re.findall(r'<tr data-claim="(\d+)"', page)
            found = re.search(r'<a href="([^"]+)" rel="next">', page)
            target = "/" + html.unescape(found.group(1)) if found else ""
        assert len(seen) == len(set(seen)) == 11
        assert 'rel="prev"' in client.get("/?status=all&page=2").text


def test_add_pasted_text_opens_the_article(desk: Desk) -> None:
    text = SEED_ARTICLE.read_text("utf-8").replace("كوريا الشمالية", "كوريا الجنوبية", 1)
    response = desk.post("/add", {"text": text, "published": "2024-11-01"}, follow_redirects=False)
    assert response.status_code == 303
    article = desk.client.get(response.headers["location"]).text
    assert "كوريا الجنوبية" in article and "<mark>10 آلاف جندي</mark>" in article
    again = desk.post("/add", {"text": text, "published": "2024-11-01"}, follow_redirects=False)
    assert again.headers["location"] == response.headers["location"]  # known text: the same article


def test_article_text_is_escaped_everywhere(desk: Desk) -> None:
    response = desk.post("/add", {"text": XSS_TEXT, "published": "2024-11-01", "title": "<i>t</i>"})
    assert response.status_code == 200
    pages = [response.text, desk.client.get("/?status=all").text, desk.client.get("/sources").text]
    claim = re.search(r'href="/claims/(\d+)"', response.text)
    assert claim
    pages.append(desk.client.get(f"/claims/{claim.group(1)}").text)
    for page in pages:
        for raw in ("<script>document", "<img src=x", "<b onmouseover", "<i>t</i>"):
            assert raw not in page
    assert "&lt;script&gt;document.title" in response.text
    assert "&lt;img src=x onerror=" in response.text


def test_exports_download(desk: Desk, seeded: service.Store, settings: Settings) -> None:
    service.mark_claims(seeded, settings, [3], "disputed", note="x", actor="sami")
    csv_text = desk.client.get("/export/claims.csv")
    assert csv_text.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv_text.headers["content-disposition"]
    assert len(csv_text.text.strip().splitlines()) == 12
    assert len(desk.client.get("/export/claims.json").json()) == 11
    review = desk.client.get("/export/claims.claimreview.json").json()
    assert review and "ClaimReview" in str(review)


# ---- accounts ----


@pytest.fixture
def team(seeded: service.Store, settings: Settings) -> Iterator[Desk]:
    service.add_account(seeded, "huda", "correct horse")
    service.add_account(seeded, "reader", "battery staple", read_only=True)
    app = create_app(settings, seeded, desk_mode(settings, seeded, "0.0.0.0"))
    with TestClient(app) as client:
        yield Desk(client)


def _log_in(desk: Desk, name: str, password: str, **kwargs: Any) -> Any:
    login_page = desk.client.get("/login").text
    token = re.search(r'name="csrf" value="([^"]+)"', login_page)
    assert token
    form = {"name": name, "password": password, "next": "/claims/3", "csrf": token.group(1)}
    return desk.client.post("/login", data=form, **kwargs)


def test_not_logged_in_redirects_to_login(team: Desk) -> None:
    for path in ["/", "/claims/3", "/articles/1", "/add", "/export/claims.csv", "/sources"]:
        response = team.client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"] == "/login?next=" + quote(path, safe=""), path


def test_not_logged_in_cannot_post(team: Desk, seeded: service.Store) -> None:
    response = team.post("/claims/3/mark", {"status": "disputed", "note": "x"}, follow_redirects=False)
    assert response.status_code == 303
    assert service.get_claim(seeded, 3).claim.status == "unverified"


def test_login_sets_a_safe_cookie_and_records_the_user(team: Desk, seeded: service.Store) -> None:
    wrong = _log_in(team, "huda", "wrong password")
    assert wrong.status_code == 400 and "wrong name or password" in wrong.text
    response = _log_in(team, "huda", "correct horse", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/claims/3"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    team.post("/claims/3/mark", {"status": "disputed", "note": "x", "actor": "someone"})
    assert service.get_claim(seeded, 3).events[-1].actor == "huda"
    team.post("/logout", {})
    assert team.client.get("/", follow_redirects=False).status_code == 303


def test_login_goes_only_to_this_site(team: Desk) -> None:
    login_page = team.client.get("/login?next=https://evil.example/").text
    assert 'name="next" value="/"' in login_page


def test_logged_out_script_is_told_to_log_in(team: Desk, seeded: service.Store) -> None:
    answer = team.client.post(
        "/claims/3/mark", data={"status": "disputed", "note": "x"}, headers={"Accept": "application/json"}
    )
    assert answer.status_code == 401 and "log in again" in answer.json()["error"]
    assert service.get_claim(seeded, 3).claim.status == "unverified"


def test_read_only_accounts_change_nothing(team: Desk, seeded: service.Store) -> None:
    _log_in(team, "reader", "battery staple")
    assert team.client.get("/claims/3").status_code == 200
    assert "data-editor" not in team.client.get("/").text
    in_place = _mark_in_place(team, 3, {"status": "disputed", "note": "x"})
    assert in_place.status_code == 403 and "read-only" in in_place.json()["error"]
    response = team.post("/claims/3/mark", {"status": "disputed", "note": "x"})
    assert response.status_code == 403 and "read-only" in response.text
    added = team.post("/add", {"text": "Officials said 10 soldiers died.", "published": "2024-11-01"})
    assert added.status_code == 403
    assert service.get_claim(seeded, 3).claim.status == "unverified"


def test_serving_beyond_loopback_needs_accounts(seeded: service.Store, settings: Settings) -> None:
    assert desk_mode(settings, seeded, "127.0.0.1").accounts is False
    assert desk_mode(settings, seeded, "::1").accounts is False
    with pytest.raises(RefusedError, match="needs accounts"):
        desk_mode(settings, seeded, "0.0.0.0")
    service.add_account(seeded, "huda", "correct horse")
    assert desk_mode(settings, seeded, "0.0.0.0").accounts is True


def test_account_rules(seeded: service.Store) -> None:
    from factcheck.errors import UsageError

    with pytest.raises(UsageError, match="at least 8"):
        service.add_account(seeded, "huda", "short")
    with pytest.raises(UsageError, match="without spaces"):
        service.add_account(seeded, "two words", "long enough")
    service.add_account(seeded, "huda", "long enough")
    with pytest.raises(RefusedError, match="already exists"):
        service.add_account(seeded, "huda", "another one")
    assert service.authenticate(seeded, "huda", "long enough") == service.AccountView("huda", False)
    assert service.authenticate(seeded, "huda", "long enougH") is None
    assert service.authenticate(seeded, "nobody", "long enough") is None


def test_user_add_command_reads_the_password_from_stdin(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import run

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"correct horse\n")))
    assert run(["--db", database_url, "user", "add", "huda", "--read-only"]) == 0
    assert "Added account huda (read-only)" in capsys.readouterr().out
    store = service.Store(database_url)
    try:
        assert service.authenticate(store, "huda", "correct horse") == service.AccountView("huda", True)
    finally:
        store.close()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"correct horse\n")))
    assert run(["--db", database_url, "user", "add", "huda"]) == 5
    assert capsys.readouterr().err.strip() == "Error: an account named 'huda' already exists"


def test_serve_refuses_a_public_host_without_accounts(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import run

    assert run(["--db", database_url, "serve", "--host", "0.0.0.0"]) == 5
    assert "needs accounts" in capsys.readouterr().err
