"""Sources: a file, standard input or an http(s) URL, read into a RawDocument.

Every failure a user can cause (a missing, empty, binary or undecodable file; an unreachable
or non-HTML URL, or one of another scheme) raises InputError or NetworkError with a one-line
message.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urljoin

from factcheck.clock import utcnow
from factcheck.config import Settings
from factcheck.errors import InputError
from factcheck.ingest.html import decode_html, looks_like_html, parse_page


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
    author: str | None = None
    modified: datetime | None = None


# Legacy Arabic encodings a text file may be saved in, tried when it is not UTF-8.
_ARABIC_CODECS = ("cp1256", "iso-8859-6")
_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _arabic_share(text: str) -> float:
    """How Arabic a decoding reads: the share of Arabic among the letters outside ASCII (low
    where Arabic bytes were read as accented Latin letters), zero unless Arabic letters are
    at least half of all letters (a Latin text read as Arabic gives a few stray ones)."""
    letters = [c for c in text if c.isalpha()]
    arabic = sum("\u0600" <= c <= "\u06ff" for c in letters)
    foreign = sum(ord(c) > 127 for c in letters)
    if not letters or arabic * 2 < len(letters):
        return 0.0
    return arabic / foreign


def _legacy_arabic(data: bytes) -> str | None:
    """The text in windows-1256 or ISO-8859-6, whichever reads as Arabic; None if neither."""
    best: tuple[float, str] | None = None
    for codec in _ARABIC_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = _arabic_share(text)
        if share >= 0.9 and (best is None or share > best[0]):
            best = (share, text)
    return best[1] if best else None


# The control characters a text may hold; any other means the bytes were not text.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 saved without a BOM, else None. Such a file has its zero bytes (the
    high byte of every ASCII character: the spaces, digits and punctuation of any script) all
    on one side of each pair, little- or big-endian, in at least a tenth of the pairs, and
    reads as text with no control character; binary data has them on both sides, and a stray
    zero byte in a UTF-8 text is too few."""
    if len(data) % 2:
        return None
    odd_zeros = data[1::2].count(0)
    even_zeros = data[0::2].count(0)
    enough = max(1, len(data) // 20)
    if odd_zeros >= enough and not even_zeros:
        codec = "utf-16-le"
    elif even_zeros >= enough and not odd_zeros:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if any(ch < " " and ch not in _TEXT_CONTROLS for ch in text):
        return None
    return text


def decode_text(data: bytes, label: str) -> str:
    """Text as people save it: UTF-8 (with or without a BOM), UTF-16 with or without a BOM, or
    Arabic in windows-1256 or ISO-8859-6 (detected); binary data and other encodings are
    refused."""
    if not data.strip():
        raise InputError(f"{label} is empty")
    text: str | None = None
    for bom, codec in _UTF16_BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{label} is not UTF-16 text (byte {exc.start} cannot be decoded)") from exc
    if text is None and b"\x00" in data[:8192]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(f"{label} is binary, not text")
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text = _legacy_arabic(data)
            if text is None:
                raise InputError(
                    f"{label} is not UTF-8 text, nor UTF-16 or Arabic windows-1256/ISO-8859-6 "
                    f"(byte {exc.start} cannot be decoded)"
                ) from exc
    if not text.strip():
        raise InputError(f"{label} is empty")
    return text


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")


def url_scheme(source: str) -> str | None:
    """The scheme of a source written as a URL ("https", "ftp", ...), else None."""
    match = _SCHEME.match(source)
    return match.group(1).lower() if match else None


def _canonical(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    absolute = urljoin(base, href) if base else href
    return absolute if url_scheme(absolute) in ("http", "https") else None


def document_from_text(
    text: str, label: str, url: str | None = None, fetched_at: datetime | None = None
) -> RawDocument:
    """A document from text that may be a whole HTML page."""
    fetched_at = fetched_at or utcnow()
    if looks_like_html(text):
        page = parse_page(text, url)
        if not page.text.strip():
            raise InputError(f"{label} has no text")
        return RawDocument(
            page.text,
            label,
            url=_canonical(page.canonical_url, url) or url,
            title=page.title,
            published=page.published,
            published_precision=page.published_precision,
            fetched_at=fetched_at,
            author=page.author,
            modified=page.modified,
        )
    return RawDocument(text, label, url=url, fetched_at=fetched_at)


def read_source_list(path: str, stdin: BinaryIO | None = None) -> list[str]:
    """--from-file: one source a line; blank lines and lines starting with # are skipped."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data, label = stream.read(), "standard input"
    else:
        file = Path(path)
        if not file.is_file():
            raise InputError(f"file not found: {path}" if not file.exists() else f"not a file: {path}")
        try:
            data, label = file.read_bytes(), path
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label} is not UTF-8 text (byte {exc.start} cannot be decoded)") from exc
    sources = [line.strip() for line in text.splitlines()]
    sources = [s for s in sources if s and not s.startswith("#")]
    if not sources:
        raise InputError(f"{label} lists no sources")
    return sources


# The errors of a stat that Path.exists takes for a missing file (pathlib's _IGNORED_ERRNOS);
# any other (a folder that may not be read) is a file that cannot be read.
_NO_SUCH_FILE = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def _too_long(label: str, settings: Settings) -> str:
    return f"{label} is longer than limits.max_article_chars ({settings.max_article_chars:,} characters)"


def read_source(
    source: str, settings: Settings, stdin: BinaryIO | None = None, folder: str | None = None
) -> RawDocument:
    """Read a path (relative to `folder` if given, else to the working folder), '-' (standard
    input) or an http(s) URL."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(4 * settings.max_article_chars + 1)
        if len(data) > 4 * settings.max_article_chars:
            raise InputError(_too_long("standard input", settings))
        return document_from_text(decode_text(data, "standard input"), "standard input")
    if url_scheme(source) is not None:
        from factcheck.ingest.fetch import fetch_url

        return fetch_url(source, settings)
    path = Path(folder, source) if folder else Path(source)
    try:
        # One stat for Path.exists, Path.is_file and the size (a bulk add reads every file so).
        try:
            status = os.stat(path)
        except ValueError:  # a path no file system holds (a NUL in it): as Path.exists says
            raise InputError(f"file not found: {source}") from None
        except OSError as exc:
            if exc.errno not in _NO_SUCH_FILE:
                raise
            raise InputError(f"file not found: {source}") from None
        if not stat.S_ISREG(status.st_mode):
            raise InputError(f"not a file: {source}")
        # UTF-8 takes at most 4 bytes a character: a larger file is past the limit unread.
        if status.st_size > 4 * settings.max_article_chars:
            raise InputError(_too_long(source, settings))
        with open(path, "rb") as file:
            data = file.read()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from exc
    if looks_like_html(data[:2048].decode("ascii", errors="ignore")):
        if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError(f"{source} is binary, not text")
        return document_from_text(decode_html(data, source), source)
    return document_from_text(decode_text(data, source), source)
