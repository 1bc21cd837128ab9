"""HTML -> main text, title, author, publication and modification dates, canonical URL.

Two parts work together:

- The main text (and the author and title when the page states them) comes from trafilatura,
  which keeps the article's paragraphs and drops navigation, headers, footers, "most read" and
  "related" lists, cookie banners and comments, so that none of them yields claims. It is
  imported lazily: `factcheck list` never loads it (nor lxml). When it finds no main text (a
  very short page), the standard-library parser below gives the page's text without its
  navigation, header, footer, aside and form elements.
- The dates come first from the page's structured metadata read by the standard-library parser
  (meta tags, JSON-LD, <time datetime>), which keeps the time of day and so the precision, then
  from htmldate (through trafilatura; no free-text search, so a date in the body or a copyright
  line is never taken for the publication date).

Decoding follows the HTML standard's order: a byte-order mark, the HTTP charset, a
<meta charset> or <meta http-equiv="Content-Type"> in the first bytes, else UTF-8.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from factcheck.errors import InputError

_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "svg",
        "iframe",
        "template",
        "button",
        "select",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "blockquote",
        "tr",
        "table",
        "figcaption",
        "main",
        "time",
    }
)
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "pubdate",
    "publish-date",
    "publishdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "date",
    "sailthru.date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
_VOID = frozenset(
    {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed"}
)


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: datetime | None
    published_precision: str | None
    canonical_url: str | None
    author: str | None = None
    modified: datetime | None = None


# --- decoding ---------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE | re.DOTALL
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels that the HTML standard maps to another decoder than Python's codec of that name.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-6-i": "iso-8859-6",
    "iso-8859-6-e": "iso-8859-6",
    "x-cp1256": "cp1256",
    "unicode": "utf-8",
    "utf-16": "utf-8",  # in a <meta>, per the standard: the bytes were readable as ASCII
}


def codec_for(label: str | None) -> str | None:
    """Python's codec for an HTTP or HTML charset label, or None when it is unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> near its top."""
    match = _META_CHARSET.search(data[:8192])
    return codec_for(match.group(1).decode("ascii")) if match else None


def decode_html(data: bytes, label: str, http_charset: str | None = None) -> str:
    """A page's text: BOM, then HTTP charset, then <meta>, else UTF-8 (strict)."""
    if not data.strip():
        raise InputError(f"{label} is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    declared = codec_for(http_charset) or sniff_charset(data)
    if declared is not None:
        # As browsers do: a stray byte the charset lacks becomes U+FFFD, not a refusal.
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label} declares no charset and is not UTF-8 (byte {exc.start} cannot be decoded)"
        ) from exc


# --- structured metadata and a fallback text, with the standard library -------------------------


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title_parts: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.in_json_ld = False
        self.time_datetimes: list[str] = []
        self.canonical: str | None = None
        self.h1: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content", "").strip():
                self.meta.setdefault(key, values["content"].strip())
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.canonical = self.canonical or values["href"].strip()
            return
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.in_json_ld = True
        if tag == "time" and values.get("datetime") and not self.skip_depth:
            self.time_datetimes.append(values["datetime"])
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_json_ld = False
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_json_ld:
            self.json_ld.append(data)
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self.parts.append(data)


def parse_datetime(raw: str) -> tuple[datetime, str] | None:
    """An ISO 8601 date or date-time: (value, "minute" or "day"), or None."""
    raw = raw.strip()
    for length, precision in ((len(raw), "minute"), (10, "day")):
        candidate = raw[:length].replace("Z", "+00:00")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+([+-]\d{2}:?\d{2})?", candidate):
            candidate = re.sub(r"\.\d+", "", candidate)
        try:
            value = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        if precision == "minute" and "T" not in candidate and " " not in candidate:
            precision = "day"
        return value, precision
    return None


def _json_ld_nodes(blocks: list[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for block in blocks:
        try:
            walk(json.loads(block))
        except (json.JSONDecodeError, RecursionError):
            continue
    return found


def _author_name(value: object) -> str | None:
    if isinstance(value, str) and value.strip() and not value.lower().startswith(("http://", "https://")):
        return value.strip()
    if isinstance(value, dict):
        return _author_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_author_name(v) for v in value) if n]
        return "; ".join(names) or None
    return None


def _clean_text(text: str) -> str:
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def _first_date(candidates: list[str]) -> tuple[datetime, str] | None:
    for raw in candidates:
        parsed = parse_datetime(raw)
        if parsed is not None:
            return parsed
    return None


# --- trafilatura --------------------------------------------------------------------------------

_QUIET = ("trafilatura", "htmldate", "courlan", "justext", "readability")


def _main_content(html: str, url: str | None) -> Any | None:
    """trafilatura's Document for the page (text, title, author, date), or None."""
    for name in _QUIET:  # their warnings would add lines to our one-line errors
        logger = logging.getLogger(name)
        logger.propagate = False
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a third-party parser on any HTML at all: no page is worth a traceback
        return None


def _htmldate_modified(html: str, published: datetime | None) -> datetime | None:
    from htmldate import find_date

    try:
        found = find_date(html, original_date=False, extensive_search=False)
    except Exception:  # as above: a date we cannot read is a date we do not have
        return None
    parsed = parse_datetime(found) if found else None
    if parsed is None or (published is not None and parsed[0].date() == published.date()):
        return None
    return parsed[0]


def parse_page(html: str, url: str | None = None) -> Page:
    """Main text, title, author, dates and canonical URL of an HTML page."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    nodes = _json_ld_nodes(parser.json_ld)
    published_candidates = [parser.meta[k] for k in _PUBLISHED_META if parser.meta.get(k)]
    published_candidates += [n["datePublished"] for n in nodes if isinstance(n.get("datePublished"), str)]
    published_candidates += parser.time_datetimes
    modified_candidates = [parser.meta[k] for k in _MODIFIED_META if parser.meta.get(k)]
    modified_candidates += [n["dateModified"] for n in nodes if isinstance(n.get("dateModified"), str)]
    authors = [_author_name(parser.meta.get(k)) for k in _AUTHOR_META]
    authors += [_author_name(n.get("author")) for n in nodes if "author" in n]

    outside_menus = _clean_text("".join(parser.parts))
    # A page that is all navigation, header, footer and forms has no article in it (trafilatura
    # would fall back to the menu's words).
    document = _main_content(html, url) if outside_menus else None
    text = _clean_text(getattr(document, "text", None) or "") or outside_menus
    title = (
        getattr(document, "title", None)
        or parser.meta.get("og:title")
        or "".join(parser.title_parts).strip()
        or "".join(parser.h1).strip()
        or None
    )
    author = getattr(document, "author", None) or next((a for a in authors if a), None)

    published = _first_date(published_candidates)
    if published is None and getattr(document, "date", None):
        published = _first_date([document.date])
        if published is not None:
            published = (published[0], "day")
    modified = _first_date(modified_candidates)
    modified_at = modified[0] if modified else _htmldate_modified(html, published[0] if published else None)
    return Page(
        text=text,
        title=" ".join(title.split()) if title else None,
        published=published[0] if published else None,
        published_precision=published[1] if published else None,
        canonical_url=parser.canonical,
        author=author,
        modified=modified_at,
    )


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<head" in head
