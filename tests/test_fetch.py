"""Adding an article from a URL, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from .conftest import ROOT
from .test_cli import factcheck

PAGES = ROOT / "tests" / "fixtures" / "pages"


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}

    def do_GET(self) -> None:
        status, content_type, body = self.routes.get(self.path, (404, "text/html", b"<h1>not found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    _Handler.routes = {
        "/en/article.html": (200, "text/html; charset=utf-8", (PAGES / "en_article.html").read_bytes()),
        "/ar/article.html": (200, "text/html", (PAGES / "ar_article.html").read_bytes()),
        "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_english_page_is_added_with_its_metadata(server: str, tmp_path: Path) -> None:
    result = factcheck(["add", f"{server}/en/article.html"], tmp_path)
    assert result.returncode == 0, result.stderr
    extracted = factcheck(["extract", f"{server}/en/article.html"], tmp_path)
    import json

    data = json.loads(extracted.stdout)
    assert data["article"]["title"] == "Pentagon: up to 8,000 North Korean troops in Kursk"
    assert data["article"]["published"].startswith("2024-10-31")
    assert data["article"]["published_origin"] == "metadata"
    figures = [(c["quantity"]["value"], c["quantity"]["qualifier"]) for c in data["claims"]]
    assert (8000, "up_to") in figures and (10000, "exact") in figures
    # the navigation and the footer's "most read" list yield nothing
    assert not any("500" in c["sentence"] for c in data["claims"])


def test_arabic_page_without_date_metadata_uses_its_dateline(server: str, tmp_path: Path) -> None:
    import json

    result = factcheck(["extract", f"{server}/ar/article.html"], tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["language"] == "ar"
    assert data["article"]["published_origin"] in ("dateline", "metadata")
    assert any(c["quantity"]["value"] == 10000 for c in data["claims"])


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing.html", "HTTP 404"), ("/logo.png", "is not a web page (content type image/png)")],
)
def test_bad_urls_are_refused_and_nothing_is_stored(
    server: str, tmp_path: Path, path: str, message: str
) -> None:
    result = factcheck(["add", f"{server}{path}"], tmp_path)
    assert result.returncode == 7
    assert result.stderr.strip().startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    listed = factcheck(["list", "--status", "all", "--format", "json"], tmp_path)
    assert listed.stdout.strip() == "[]"


def test_unreachable_url(tmp_path: Path) -> None:
    result = factcheck(["add", f"http://127.0.0.1:{_closed_port()}/a.html"], tmp_path)
    assert result.returncode == 7
    assert result.stderr.startswith("Error: cannot fetch")
