"""Fetching a news page over http(s) with httpx.

Separate connect and read timeouts and a total deadline (a server that trickles a byte at a
time never times a read out, so the whole fetch, redirects included, is cut at
fetch.deadline), a size cap enforced while the body streams in (a larger page is never held in
memory), a redirect limit, http and https only (a redirect elsewhere is
refused too), TLS certificates always verified, and a User-Agent that names the tool. Content
that is not HTML or text is refused. Every failure is a NetworkError whose message starts with
the URL.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import httpx

from factcheck.clock import utcnow
from factcheck.config import Settings
from factcheck.errors import InputError, NetworkError
from factcheck.ingest import RawDocument, document_from_text, url_scheme
from factcheck.ingest.html import decode_html, looks_like_html

_ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"


def _client(settings: Settings) -> httpx.Client:
    timeout = httpx.Timeout(
        connect=settings.fetch_connect_timeout,
        read=settings.fetch_timeout,
        write=settings.fetch_timeout,
        pool=settings.fetch_connect_timeout,
    )
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        max_redirects=settings.fetch_max_redirects,
        headers={"User-Agent": settings.user_agent, "Accept": _ACCEPT},
        verify=True,
        trust_env=False,
    )


class _Deadline:
    """The whole fetch's time limit. A timer shuts down the connection's sockets when it
    passes, which wakes a read blocked anywhere (headers or body); httpx hears of the sockets
    through its trace extension, as each connection opens."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True

    @property
    def passed(self) -> bool:
        return time.monotonic() >= self._end

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace callback: remember each new connection's socket."""
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        found = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(found, socket.socket):
            with self._lock:
                self._sockets.append(found)
            if self.passed:
                self._cut()

    def _cut(self) -> None:
        with self._lock:
            for open_socket in self._sockets:
                with contextlib.suppress(OSError):  # closed already: the fetch ended
                    open_socket.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._timer.cancel()


def _connect_reason(exc: httpx.HTTPError) -> str:
    """The last line of the OS's or TLS library's reason, without the Python noise."""
    reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    for prefix in ("[Errno 111] ", "[Errno -2] ", "[Errno -3] ", "[Errno -5] "):
        reason = reason.replace(prefix, "")
    return reason


def _download(url: str, settings: Settings) -> tuple[bytes, str | None, str, str]:
    """(body, HTTP charset, content type, final URL) of a page, or a NetworkError."""
    cap = settings.fetch_max_bytes
    deadline = _Deadline(settings.fetch_deadline)
    try:
        with deadline, _client(settings) as client:
            return _read(client, url, cap, deadline)
    except httpx.HTTPError as exc:
        if deadline.passed:
            raise NetworkError(
                f"{url}: not fetched within {settings.fetch_deadline:g} s (fetch.deadline)"
            ) from exc
        raise


def _read(
    client: httpx.Client, url: str, cap: int, deadline: _Deadline
) -> tuple[bytes, str | None, str, str]:
    with client.stream("GET", url, extensions={"trace": deadline.trace}) as response:
        if response.status_code >= 400:
            phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
            raise NetworkError(f"{url}: HTTP {response.status_code}{phrase}")
        final_url = str(response.url)
        if url_scheme(final_url) not in ("http", "https"):
            raise NetworkError(f"{url}: redirected to {final_url}, which is not http(s)")
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type and content_type not in _ACCEPTED_TYPES:
            raise NetworkError(f"{url}: not a web page (content type {content_type})")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise NetworkError(f"{url}: larger than the {cap:,}-byte limit (fetch.max_bytes)")
        body = bytearray()
        for chunk in response.iter_bytes():
            if deadline.passed:
                raise httpx.ReadTimeout("the deadline passed", request=response.request)
            body.extend(chunk)
            if len(body) > cap:
                raise NetworkError(f"{url}: larger than the {cap:,}-byte limit (fetch.max_bytes)")
        if deadline.passed:
            # A body with no length (read to the connection's close) ends as if whole when the
            # deadline shuts the socket: the page was cut, not read.
            raise httpx.ReadTimeout("the deadline passed", request=response.request)
        return bytes(body), response.charset_encoding, content_type, final_url


def fetch_url(url: str, settings: Settings) -> RawDocument:
    """GET a page, refusing what is not a web page, too large, too slow or unreachable."""
    scheme = url_scheme(url)
    if scheme not in ("http", "https"):
        raise NetworkError(f"{url}: only http and https URLs can be fetched, not {scheme}")
    try:
        host = urlsplit(url).hostname
    except ValueError as exc:  # "http://[::1"
        raise NetworkError(f"{url}: not a valid URL ({exc})") from exc
    if not host:
        raise NetworkError(f"{url}: not a valid URL (no host name)")
    try:
        body, charset, content_type, final_url = _download(url, settings)
    except httpx.TooManyRedirects as exc:
        raise NetworkError(f"{url}: more than {settings.fetch_max_redirects} redirects") from exc
    except httpx.ConnectTimeout as exc:
        raise NetworkError(
            f"{url}: no connection within {settings.fetch_connect_timeout:g} s (fetch.connect_timeout)"
        ) from exc
    except httpx.TimeoutException as exc:
        raise NetworkError(f"{url}: no answer within {settings.fetch_timeout:g} s (fetch.timeout)") from exc
    except httpx.UnsupportedProtocol as exc:
        raise NetworkError(f"{url}: redirected to a URL that is not http(s)") from exc
    except httpx.ConnectError as exc:
        raise NetworkError(f"{url}: cannot connect ({_connect_reason(exc)})") from exc
    except httpx.HTTPError as exc:
        raise NetworkError(f"{url}: cannot fetch ({_connect_reason(exc)})") from exc
    except httpx.InvalidURL as exc:  # not an HTTPError: a redirect to "http://[::1"
        raise NetworkError(f"{url}: not a valid URL ({exc})") from exc
    except UnicodeError as exc:  # a host name IDNA cannot encode: "a..b", a label of 64 letters
        raise NetworkError(f"{url}: not a valid URL (its host name cannot be encoded)") from exc
    fetched_at = utcnow()
    if not body.strip():
        raise NetworkError(f"{url}: the page is empty")
    try:
        text = decode_html(body, url, charset)
    except InputError as exc:
        raise NetworkError(str(exc)) from exc
    if not content_type and not looks_like_html(text) and "\x00" in text[:8192]:
        raise NetworkError(f"{url}: not a web page (binary content)")
    try:
        return document_from_text(text, url, url=final_url, fetched_at=fetched_at)
    except InputError as exc:
        raise NetworkError(str(exc)) from exc
