"""Sources: a file, standard input or an http(s) URL, read into a RawDocument.

Every failure a user can cause (a missing, empty, binary or undecodable file; an unreachable
or non-HTML URL) raises InputError or NetworkError with a one-line message.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from factcheck.config import Settings
from factcheck.errors import InputError
from factcheck.ingest.html import looks_like_html, parse_page
from factcheck.store.models import utcnow


@dataclass(frozen=True)
class RawDocument:
    """An article's text and what its source says about it."""

    text: str
    label: str
    url: str | None = None
    title: str | None = None
    published: datetime | None = None
    published_precision: str | None = None
    fetched_at: datetime | None = None


def decode_text(data: bytes, label: str) -> str:
    """UTF-8 text (a BOM is allowed); binary data and other encodings are refused."""
    if not data.strip():
        raise InputError(f"{label} is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{label} is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label} is not UTF-8 text (byte {exc.start} cannot be decoded)") from exc
    if not text.strip():
        raise InputError(f"{label} is empty")
    return text


def document_from_text(text: str, label: str, url: str | None = None) -> RawDocument:
    """A document from text that may be a whole HTML page."""
    fetched_at = utcnow()
    if looks_like_html(text):
        page = parse_page(text)
        if not page.text.strip():
            raise InputError(f"{label} has no text")
        return RawDocument(
            page.text,
            label,
            url=page.canonical_url or url,
            title=page.title,
            published=page.published,
            published_precision=page.published_precision,
            fetched_at=fetched_at,
        )
    return RawDocument(text, label, url=url, fetched_at=fetched_at)


def read_source(source: str, settings: Settings, stdin: BinaryIO | None = None) -> RawDocument:
    """Read a path, '-' (standard input) or an http(s) URL."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return document_from_text(decode_text(stream.read(), "standard input"), "standard input")
    if source.lower().startswith(("http://", "https://")):
        from factcheck.ingest.fetch import fetch_url

        return fetch_url(source, settings)
    path = Path(source)
    if not path.exists():
        raise InputError(f"file not found: {source}")
    if not path.is_file():
        raise InputError(f"not a file: {source}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from exc
    return document_from_text(decode_text(data, source), source)
