"""HTML -> main text, title and publication date, with the standard library's parser.

Navigation, headers, footers, asides, forms, scripts and styles are skipped so that menus and
"most read" lists yield no claims; block elements become line breaks so that sentences stay
apart.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

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
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
)
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
            if key and "content" in values:
                self.meta.setdefault(key, values["content"].strip())
            return
        if tag == "link" and values.get("rel", "").lower() == "canonical" and values.get("href"):
            self.canonical = values["href"]
            return
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.in_json_ld = True
        if tag == "time" and values.get("datetime"):
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


def _parse_datetime(raw: str) -> tuple[datetime, str] | None:
    raw = raw.strip()
    for length, precision in ((len(raw), "minute"), (10, "day")):
        candidate = raw[:length].replace("Z", "+00:00")
        try:
            value = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        if precision == "minute" and "T" not in candidate and " " not in candidate:
            precision = "day"
        return value.replace(tzinfo=None) if value.tzinfo is None else value, precision
    return None


def _json_ld_dates(blocks: list[str]) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                found.append(node["datePublished"])
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


def _clean_text(parts: list[str]) -> str:
    text = "".join(parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def parse_page(html: str) -> Page:
    """Main text, title, publication date (meta, then JSON-LD, then <time>) and canonical URL."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    title = (parser.meta.get("og:title") or "".join(parser.title_parts) or "".join(parser.h1)).strip() or None
    candidates = [parser.meta[k] for k in _DATE_META if parser.meta.get(k)]
    candidates += _json_ld_dates(parser.json_ld) + parser.time_datetimes
    published = precision = None
    for raw in candidates:
        parsed = _parse_datetime(raw)
        if parsed is not None:
            published, precision = parsed
            break
    return Page(_clean_text(parser.parts), title, published, precision, parser.canonical)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head
