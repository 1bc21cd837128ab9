"""Fetching a news page over http(s) with httpx: timeouts, a size cap, a redirect limit."""

from __future__ import annotations

import re

import httpx

from factcheck.config import Settings
from factcheck.errors import NetworkError
from factcheck.ingest import RawDocument, document_from_text
from factcheck.store.models import utcnow

_ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _charset(response: httpx.Response, body: bytes) -> str:
    declared = response.charset_encoding
    if declared:
        return declared
    match = _META_CHARSET.search(body[:4096])
    if match:
        return match.group(1).decode("ascii")
    return "utf-8"


def fetch_url(url: str, settings: Settings) -> RawDocument:
    """GET a page, refusing what is not a web page, too large, or unreachable."""
    timeout = httpx.Timeout(settings.fetch_timeout)
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,text/plain"}
    try:
        with (
            httpx.Client(
                timeout=timeout,
                follow_redirects=True,
                max_redirects=settings.fetch_max_redirects,
                headers=headers,
                verify=True,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise NetworkError(f"{url} answered HTTP {response.status_code}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and content_type not in _ACCEPTED_TYPES:
                raise NetworkError(f"{url} is not a web page (content type {content_type})")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > settings.fetch_max_bytes:
                    raise NetworkError(f"{url} is larger than {settings.fetch_max_bytes} bytes")
            final_url = str(response.url)
            encoding = _charset(response, bytes(body))
    except httpx.TooManyRedirects as exc:
        raise NetworkError(f"{url}: more than {settings.fetch_max_redirects} redirects") from exc
    except httpx.TimeoutException as exc:
        raise NetworkError(f"{url}: timed out after {settings.fetch_timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise NetworkError(f"cannot fetch {url}: {exc or type(exc).__name__}") from exc
    if not body.strip():
        raise NetworkError(f"{url} returned an empty page")
    try:
        text = bytes(body).decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise NetworkError(f"{url}: cannot decode the page as {encoding}") from exc
    document = document_from_text(text, url, url=final_url)
    return RawDocument(
        document.text,
        url,
        url=document.url or final_url,
        title=document.title,
        published=document.published,
        published_precision=document.published_precision,
        fetched_at=utcnow(),
    )
