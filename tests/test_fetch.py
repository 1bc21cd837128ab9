"""Articles from the web, against a real HTTP server on 127.0.0.1 started here (no mocks).

The fixture pages in tests/fixtures/pages: an Arabic article in UTF-8 (ar_utf8.html) and the
same article re-encoded in windows-1256 (declared by <meta http-equiv>) and in ISO-8859-6
(declared by <meta charset>); an Arabic page dated only by a relative dateline
(ar_article.html); English pages dated by meta tags (en_article.html), only by JSON-LD
(en_jsonld.html), and one wrapped in a cookie banner, menus, "most read" and "related" lists,
a newsletter box and a footer, all full of figures (en_boilerplate.html).

Most cases run the CLI in-process (`factcheck.cli.run`) to keep the suite fast; a few run it
in a real process to show the same behaviour end to end.
"""

from __future__ import annotations

import http.server
import json
import socket
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

from factcheck.cli import run
from factcheck.config import load_settings
from factcheck.errors import ConfigError, InputError
from factcheck.ingest.html import decode_html

from .conftest import ROOT
from .test_cli import factcheck_process

PAGES = ROOT / "tests" / "fixtures" / "pages"
HUGE = 50 * 1024 * 1024


def _page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def _no_meta_cp1256() -> bytes:
    """The Arabic article in windows-1256 with no <meta> charset: only HTTP can say it."""
    text = _page("ar_utf8.html").decode("utf-8").replace('<meta charset="utf-8">', "")
    return text.encode("cp1256")


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    special: ClassVar[dict[str, Callable[[_Handler], None]]] = {}
    hits: ClassVar[Counter[str]] = Counter()
    agents: ClassVar[list[str]] = []
    in_flight: ClassVar[int] = 0
    max_in_flight: ClassVar[int] = 0
    huge_sent: ClassVar[int] = 0
    huge_done: ClassVar[threading.Event] = threading.Event()
    lock: ClassVar[threading.Lock] = threading.Lock()

    def do_GET(self) -> None:
        cls = type(self)
        with cls.lock:
            cls.hits[self.path] += 1
            cls.agents.append(self.headers.get("User-Agent", ""))
            cls.in_flight += 1
            cls.max_in_flight = max(cls.max_in_flight, cls.in_flight)
        try:
            if self.path in self.special:
                self.special[self.path](self)
                return
            status, content_type, body = self.routes.get(self.path, (404, "text/html", b"<h1>not found</h1>"))
            self._send(status, content_type, body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with cls.lock:
                cls.in_flight -= 1

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


def _redirect_loop(h: _Handler) -> None:
    h.send_response(302)
    h.send_header("Location", "/loop")
    h.send_header("Content-Length", "0")
    h.end_headers()


def _redirect_to_article(h: _Handler) -> None:
    h.send_response(301)
    h.send_header("Location", "/ar/dateline.html")
    h.send_header("Content-Length", "0")
    h.end_headers()


def _slow(h: _Handler) -> None:
    time.sleep(1.5)
    h._send(200, "text/html", _page("en_article.html"))


def _slowish(h: _Handler) -> None:
    """A good page that takes a moment: several at once show the fetches overlap."""
    time.sleep(0.3)
    body = _page("en_jsonld.html").replace(b"310 vessels", h.path[-1:].encode() + b"10 vessels")
    h._send(200, "text/html; charset=utf-8", body)


def _huge(h: _Handler) -> None:
    """50 MB of HTML, streamed without a Content-Length and never held in memory."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.end_headers()
    chunk = b"<p>" + b"filler " * 9360 + b"</p>\n"
    try:
        h.wfile.write(b"<!DOCTYPE html><html><body>")
        while type(h).huge_sent < HUGE:
            h.wfile.write(chunk)
            type(h).huge_sent += len(chunk)
    finally:
        type(h).huge_done.set()


def _huge_declared(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(HUGE))
    h.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    html = "text/html"
    _Handler.routes = {
        "/en/article.html": (200, "text/html; charset=utf-8", _page("en_article.html")),
        "/en/copy.html": (200, "text/html; charset=utf-8", _page("en_article.html")),
        "/en/jsonld.html": (200, html, _page("en_jsonld.html")),
        "/en/boilerplate.html": (200, html, _page("en_boilerplate.html")),
        "/ar/dateline.html": (200, html, _page("ar_article.html")),
        "/ar/utf8.html": (200, html, _page("ar_utf8.html")),
        "/ar/cp1256.html": (200, html, _page("ar_cp1256.html")),
        "/ar/iso-8859-6.html": (200, html, _page("ar_iso8859_6.html")),
        "/ar/header-charset.html": (200, "text/html; charset=windows-1256", _no_meta_cp1256()),
        "/plain.txt": (200, "text/plain; charset=utf-8", b"Officials said 40 buses were sent.\n"),
        "/error": (500, html, b"<h1>oops</h1>"),
        "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        "/empty": (200, html, b""),
        "/blank.html": (200, html, b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    }
    _Handler.special = {
        "/loop": _redirect_loop,
        "/moved": _redirect_to_article,
        "/slow": _slow,
        "/huge": _huge,
        "/huge-declared": _huge_declared,
        **{f"/batch/{i}": _slowish for i in range(1, 5)},
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run the CLI in this process against a fresh database in tmp_path."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", f"sqlite:///{tmp_path / 'test.db'}")

    def call(*args: str) -> Result:
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


def _extract(cli: Callable[..., Result], *args: str) -> dict:
    result = cli("extract", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def _values(data: dict) -> list[tuple[float, str]]:
    return [
        (c["quantity"]["value"] or c["quantity"]["low"], c["quantity"]["qualifier"])
        for c in data["claims"]
        if c["quantity"]
    ]


def _stored(tmp_path: Path) -> int:
    db = tmp_path / "test.db"
    if not db.exists():
        return 0
    with sqlite3.connect(db) as connection:
        return connection.execute("select count(*) from article").fetchone()[0]


# --- good pages ---------------------------------------------------------------------------------


def test_english_page_is_added_with_its_metadata(server: str, tmp_path: Path) -> None:
    """End to end in real processes: add, then extract the same URL."""
    result = factcheck_process(["add", f"{server}/en/article.html"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Added article 1 with ")
    data = json.loads(factcheck_process(["extract", f"{server}/en/article.html"], tmp_path).stdout)
    article = data["article"]
    assert article["title"] == "Pentagon: up to 8,000 North Korean troops in Kursk"
    assert article["url"] == "https://news.example.org/world/north-korea-kursk"  # canonical
    assert article["published"] == "2024-10-31T18:40+00:00"
    assert (article["published_precision"], article["published_origin"]) == ("minute", "metadata")
    assert article["author"] == "Staff Reporter"
    assert (8000, "up_to") in _values(data) and (10000, "exact") in _values(data)
    # the navigation and the footer's "most read" list yield nothing
    assert not any("500" in c["sentence"] for c in data["claims"])
    assert all(agent.startswith("factcheck/") for agent in _Handler.agents)


def test_arabic_utf8_page(server: str, cli: Callable[..., Result]) -> None:
    data = _extract(cli, f"{server}/ar/utf8.html")
    article = data["article"]
    assert article["title"] == "وزارة الصحة: أكثر من 250 ألف نازح في أسبوع"
    assert article["language"] == "ar"
    assert article["author"] == "سارة خليل"
    assert article["url"] == "https://akhbar.example.net/health/displaced-250k"
    assert article["published"] == "2024-11-06T06:30+00:00"  # 09:30+03:00
    assert (article["published_precision"], article["published_origin"]) == ("minute", "metadata")
    values = _values(data)
    assert (250000, "more_than") in values and (1200, "approx") in values
    assert any(v == 45 for v, _ in values)
    # menus, the cookie banner, "most read" and the footer: 24, 120, 30, 7, 900, 2024
    assert not {24, 120, 30, 7, 900, 2024} & {v for v, _ in values}


@pytest.mark.parametrize(
    "path",
    ["/ar/cp1256.html", "/ar/iso-8859-6.html", "/ar/header-charset.html"],
    ids=["windows-1256 meta http-equiv", "ISO-8859-6 meta charset", "HTTP charset only"],
)
def test_legacy_arabic_encodings_read_like_utf8(server: str, cli: Callable[..., Result], path: str) -> None:
    reference = _extract(cli, f"{server}/ar/utf8.html")
    data = _extract(cli, f"{server}{path}")
    assert data["claims"] == reference["claims"]
    assert data["article"]["title"] == reference["article"]["title"]
    assert "\ufffd" not in json.dumps(data, ensure_ascii=False)


def test_date_only_in_json_ld(server: str, cli: Callable[..., Result]) -> None:
    article = _extract(cli, f"{server}/en/jsonld.html")["article"]
    assert article["published"] == "2024-03-05T08:15+00:00"
    assert (article["published_precision"], article["published_origin"]) == ("minute", "metadata")
    assert article["modified"] == "2024-03-06T13:02+00:00"
    assert article["author"] == "Jane Doe"


def test_boilerplate_yields_no_claims(server: str, cli: Callable[..., Result]) -> None:
    data = _extract(cli, f"{server}/en/boilerplate.html")
    values = {v for v, _ in _values(data)}
    assert {18000, 2300, 14, 25000000} <= values
    # cookie banner 842, menu 3,500, ticker 60, related 40 / 40,000, most read 2.1 / 12,000 / 3,
    # newsletter 2 million, footer 500 / 1,200 / 70
    assert not values & {842, 3500, 60, 40, 40000, 2.1, 12000, 3, 2000000, 500, 1200, 70}
    text = " ".join(c["sentence"] for c in data["claims"])
    assert "cookie" not in text.lower() and "partners" not in text
    assert data["article"]["published"] == "2024-09-12"
    assert data["article"]["published_precision"] == "day"


def test_relative_dateline_resolved_against_now(server: str, cli: Callable[..., Result]) -> None:
    data = _extract(cli, f"{server}/ar/dateline.html", "--now", "2025-01-15T10:00")
    article = data["article"]
    assert (article["published_origin"], article["published_precision"]) == ("dateline", "month")
    assert article["published"].startswith("2024-11")  # "منذ 2 شهور" before 2025-01-15
    added = cli("add", f"{server}/ar/dateline.html", "--now", "2025-01-15T10:00")
    assert added.code == 0, added.err
    listing = cli("articles")
    assert "2024-11 (dateline)" in listing.out


def test_no_date_at_all_is_the_fetch_time_marked_assumed(server: str, cli: Callable[..., Result]) -> None:
    article = _extract(cli, f"{server}/plain.txt", "--now", "2025-02-01T08:00")["article"]
    assert article["published"] == "2025-02-01T08:00+00:00"
    assert (article["published_precision"], article["published_origin"]) == ("assumed", "fetch-time")


def test_published_option_beats_page_metadata(server: str, cli: Callable[..., Result]) -> None:
    article = _extract(cli, f"{server}/en/jsonld.html", "--published", "2024-03-04")["article"]
    assert (article["published"], article["published_origin"]) == ("2024-03-04", "option")


def test_redirect_is_followed_and_final_url_stored(server: str, cli: Callable[..., Result]) -> None:
    article = _extract(cli, f"{server}/moved")["article"]
    assert article["url"] == f"{server}/ar/dateline.html"


# --- the same article twice --------------------------------------------------------------------


def test_same_url_is_known_without_fetching_again(
    server: str, cli: Callable[..., Result], tmp_path: Path
) -> None:
    url = f"{server}/ar/dateline.html"
    assert cli("add", url).code == 0
    hits = _Handler.hits[url.removeprefix(server)]
    again = cli("add", url)
    assert again.code == 0
    assert again.out.startswith("Already known as article 1 (same URL")
    assert "nothing added" in again.out
    assert _Handler.hits[url.removeprefix(server)] == hits  # not fetched again
    assert _stored(tmp_path) == 1


def test_same_text_from_another_url_adds_nothing(
    server: str, cli: Callable[..., Result], tmp_path: Path
) -> None:
    assert cli("add", f"{server}/en/article.html").code == 0
    again = cli("add", f"{server}/en/copy.html")
    assert again.code == 0
    assert again.out.startswith("Already known as article 1 (same text")
    assert _stored(tmp_path) == 1


# --- errors: one line, its exit code, nothing stored --------------------------------------------

ERRORS = [
    ("/missing.html", {}, "HTTP 404 Not Found"),
    ("/error", {}, "HTTP 500 Internal Server Error"),
    ("/loop", {}, "more than 5 redirects"),
    ("/slow", {"FACTCHECK_FETCH_TIMEOUT": "0.3"}, "no answer within 0.3 s (fetch.timeout)"),
    ("/huge", {}, "larger than the 10,000,000-byte limit (fetch.max_bytes)"),
    ("/huge-declared", {}, "larger than the 10,000,000-byte limit"),
    ("/logo.png", {}, "not a web page (content type image/png)"),
    ("/empty", {}, "the page is empty"),
    ("/blank.html", {}, "has no text"),
]


@pytest.mark.parametrize(("path", "env", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_pages_are_refused_and_nothing_is_stored(
    server: str,
    cli: Callable[..., Result],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    env: dict[str, str],
    message: str,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    started = time.monotonic()
    result = cli("add", f"{server}{path}")
    assert result.code == 7, result.err
    assert result.err == f"Error: {server}{path}: {message}\n" or (
        result.err.startswith(f"Error: {server}{path}") and message in result.err
    )
    assert len(result.err.splitlines()) == 1 and "Traceback" not in result.err
    assert result.out == ""
    assert _stored(tmp_path) == 0
    assert time.monotonic() - started < 10
    if path == "/huge":
        assert _Handler.huge_done.wait(5)
        assert _Handler.huge_sent < HUGE  # the client hung up at the cap


def test_closed_port_in_a_real_process(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = factcheck_process(["add", f"http://127.0.0.1:{port}/a.html"], tmp_path)
    assert result.returncode == 7
    assert result.stderr.startswith(f"Error: http://127.0.0.1:{port}/a.html: cannot connect (")
    assert len(result.stderr.splitlines()) == 1
    assert _stored(tmp_path) == 0


def test_other_schemes_are_refused(cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli("add", "ftp://127.0.0.1/article.html")
    assert result.code == 7
    assert (
        result.err
        == "Error: ftp://127.0.0.1/article.html: only http and https URLs can be fetched, not ftp\n"
    )
    assert _stored(tmp_path) == 0


# --- batches --------------------------------------------------------------------------------------


def test_batch_from_file_mixes_good_and_failing_sources(
    server: str, cli: Callable[..., Result], tmp_path: Path
) -> None:
    listing = tmp_path / "sources.txt"
    listing.write_text(
        "# the week's articles\n"
        f"{server}/en/article.html\n"
        "\n"
        f"{server}/missing.html\n"
        f"  {server}/ar/utf8.html  \n"
        "no-such-file.txt\n"
        f"{server}/en/copy.html\n",
        encoding="utf-8",
    )
    result = cli("add", "--from-file", str(listing))
    assert result.code == 7  # the first failure's code: the 404
    out = result.out.splitlines()
    assert out[0].startswith("Added article 1 with ") and "Pentagon" in out[0]
    assert out[1].startswith("Added article 2 with ") and "وزارة الصحة" in out[1]
    assert out[2].startswith("Already known as article 1 (same text")
    assert out[-1] == "2 added, 1 already known, 2 failed"
    assert result.err.splitlines() == [
        f"Error: {server}/missing.html: HTTP 404 Not Found",
        "Error: file not found: no-such-file.txt",
    ]
    assert _stored(tmp_path) == 2


def test_batch_fetches_run_concurrently(
    server: str, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FACTCHECK_FETCH_CONCURRENCY", "4")
    _Handler.max_in_flight = 0
    result = cli("add", *[f"{server}/batch/{i}" for i in range(1, 5)])
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == "4 added, 0 already known, 0 failed"
    assert _Handler.max_in_flight >= 2
    assert _stored(tmp_path) == 4


def test_batch_on_a_terminal_shows_progress(
    server: str, cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    result = cli("add", f"{server}/en/jsonld.html", f"{server}/missing.html")
    assert result.code == 7
    assert "1 added, 0 already known, 1 failed" in result.out
    assert f"Error: {server}/missing.html: HTTP 404 Not Found" in result.err


def test_from_file_errors(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "comments.txt").write_text("# nothing\n\n", encoding="utf-8")
    assert cli("add", "--from-file", "nope.txt").err == "Error: file not found: nope.txt\n"
    result = cli("add", "--from-file", str(tmp_path / "comments.txt"))
    assert result.code == 3 and "lists no sources" in result.err
    assert cli("add").err == "Error: give at least one SOURCE, or --from-file FILE\n"
    assert cli("add", "a.txt", "b.txt", "--title", "T").code == 2


# --- decoding and settings ------------------------------------------------------------------------


def test_decoding_order() -> None:
    arabic = "<html><body><p>مرحبا</p></body></html>"
    meta = f'<meta charset="windows-1256">{arabic}'.encode("cp1256")
    assert "مرحبا" in decode_html(meta, "page")
    assert "مرحبا" in decode_html(arabic.encode("iso-8859-6"), "page", "ISO-8859-6")
    # the HTTP charset wins over a wrong <meta>
    wrong = f'<meta charset="utf-8">{arabic}'.encode("cp1256")
    assert "مرحبا" in decode_html(wrong, "page", "windows-1256")
    # a BOM wins over both
    assert "مرحبا" in decode_html(b"\xef\xbb\xbf" + arabic.encode(), "page", "windows-1256")
    with pytest.raises(InputError, match="declares no charset and is not UTF-8"):
        decode_html(arabic.encode("cp1256"), "page")


def test_fetch_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_FETCH_TIMEOUT", raising=False)
    shipped = load_settings(ROOT / "config.toml")
    assert (shipped.fetch_connect_timeout, shipped.fetch_timeout, shipped.fetch_concurrency) == (10, 20, 4)
    bad = tmp_path / "bad.toml"
    bad.write_text("[fetch]\nconcurrency = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"fetch\.concurrency must be greater than 0"):
        load_settings(bad)
