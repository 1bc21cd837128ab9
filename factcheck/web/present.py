"""How stored claims are shown on the page: the figure marked inside its sentence, an article's
text cut into plain runs and claims, query strings for the queue's links."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import urlencode, urlparse

from factcheck.service import Claim


class Run(NamedTuple):
    """A piece of an article's text: plain, or one claim's figure (or dated phrase)."""

    text: str
    claim: Claim | None = None


def sentence_parts(claim: Claim) -> tuple[str, str, str]:
    """The sentence as (before, figure, after), from the offsets stored with the claim."""
    start = claim.span_start - claim.sentence_start
    end = claim.span_end - claim.sentence_start
    sentence = claim.sentence
    if not 0 <= start <= end <= len(sentence):
        return sentence, "", ""
    return sentence[:start], sentence[start:end], sentence[end:]


def article_runs(text: str, claims: Sequence[Claim]) -> list[Run]:
    """The article's text with every claim's span cut out in place; a span that overlaps one
    already taken (two claims on one phrase) is linked once, by the first claim."""
    runs: list[Run] = []
    at = 0
    for claim in sorted(claims, key=lambda c: (c.span_start, c.span_end)):
        if claim.span_start < at or claim.span_end > len(text) or claim.span_end <= claim.span_start:
            continue
        if claim.span_start > at:
            runs.append(Run(text[at : claim.span_start]))
        runs.append(Run(text[claim.span_start : claim.span_end], claim))
        at = claim.span_end
    if at < len(text):
        runs.append(Run(text[at:]))
    return runs


def safe_link(url: str | None) -> str | None:
    """A link we will put in an href: http(s) with a host, else nothing (no javascript:)."""
    if not url:
        return None
    parsed = urlparse(url)
    return url if parsed.scheme in ("http", "https") and parsed.netloc else None


def query_string(params: dict[str, str], **changes: str | int | None) -> str:
    """The queue's current query with some parameters changed (None or "" drops one)."""
    merged: dict[str, str] = {k: v for k, v in params.items() if v}
    for key, value in changes.items():
        if value is None or value == "":
            merged.pop(key, None)
        else:
            merged[key] = str(value)
    return "?" + urlencode(merged) if merged else "?"
