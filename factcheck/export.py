"""Shapes of stored claims for output: the JSON object of `list`, CSV rows, NDJSON and
schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from factcheck.config import Settings
from factcheck.store.models import Article, Claim
from factcheck.values import json_number

CSV_COLUMNS = (
    "id",
    "article_id",
    "status",
    "quantity_text",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "unit_key",
    "time_text",
    "time_start",
    "time_end",
    "time_granularity",
    "attribution",
    "attribution_role",
    "entities",
    "place",
    "worth",
    "kind",
    "fingerprint",
    "status_changed_at",
    "sentence",
)
ARTICLE_COLUMNS = ("article_url", "article_title", "article_published", "article_language")


def _number(text: str | None) -> int | float | None:
    return None if text is None else json_number(Decimal(text))


def claim_record(claim: Claim) -> dict[str, Any]:
    """A stored claim as `list --format json` prints it (the shape of DESIGN.md's contracts)."""
    quantity = None
    if claim.qualifier is not None:
        quantity = {
            "text": claim.quantity_text,
            "span": [claim.span_start, claim.span_end],
            "value": _number(claim.value),
            "low": _number(claim.low),
            "high": _number(claim.high),
            "qualifier": claim.qualifier,
            "unit": claim.unit,
            "unit_key": claim.unit_key,
        }
    time = None
    if claim.time_granularity is not None:
        time = {
            "text": claim.time_text,
            "span": [claim.time_span_start, claim.time_span_end],
            "start": claim.time_start.isoformat() if claim.time_start else None,
            "end": claim.time_end.isoformat() if claim.time_end else None,
            "granularity": claim.time_granularity,
        }
        if claim.time_warning:
            time["warning"] = claim.time_warning
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "status": claim.status,
        "kind": claim.kind,
        "sentence": claim.sentence,
        "span": [claim.span_start, claim.span_end],
        "quantity": quantity,
        "time": time,
        "attribution": claim.attribution,
        "attribution_role": claim.attribution_role,
        "entities": claim.entities.split(),
        "place": claim.place,
        "worth": claim.worth,
        "fingerprint": claim.fingerprint,
        "status_changed_at": claim.status_changed_at.isoformat() if claim.status_changed_at else None,
    }


def claims_json(claims: Iterable[Claim]) -> str:
    return json.dumps([claim_record(c) for c in claims], ensure_ascii=False, indent=1)


def claims_csv(claims: Sequence[Claim]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        row = []
        for column in CSV_COLUMNS:
            value = getattr(claim, column)
            row.append("" if value is None else str(value))
        writer.writerow(row)
    return buffer.getvalue()


def _article_cells(article: Article) -> list[str]:
    return [article.url or "", article.title or "", article.published.isoformat(), article.language]


def export_csv(rows: Sequence[tuple[Claim, Article]]) -> str:
    """Every claim with its article, one row each."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, *ARTICLE_COLUMNS])
    for claim, article in rows:
        cells = ["" if getattr(claim, c) is None else str(getattr(claim, c)) for c in CSV_COLUMNS]
        writer.writerow([*cells, *_article_cells(article)])
    return buffer.getvalue()


def _with_article(claim: Claim, article: Article) -> dict[str, Any]:
    record = claim_record(claim)
    record["article"] = {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "published": article.published.isoformat(),
        "language": article.language,
        "source": article.source_name,
    }
    return record


def export_json(rows: Sequence[tuple[Claim, Article]]) -> str:
    return json.dumps([_with_article(c, a) for c, a in rows], ensure_ascii=False, indent=1)


def export_ndjson(rows: Sequence[tuple[Claim, Article]]) -> str:
    return "".join(json.dumps(_with_article(c, a), ensure_ascii=False) + "\n" for c, a in rows)


_CLAIM_REVIEWED_CHARS = 160


def claim_reviewed(claim: Claim) -> str:
    """The claim as stated, short and without the verdict: the words of its sentence around
    the figure (two figures in one sentence give two different texts), cut at word boundaries."""
    sentence = claim.sentence
    if len(sentence) <= _CLAIM_REVIEWED_CHARS:
        return " ".join(sentence.split())
    figure_start = max(0, claim.span_start - claim.sentence_start)
    figure_end = min(len(sentence), claim.span_end - claim.sentence_start)
    room = max(0, _CLAIM_REVIEWED_CHARS - (figure_end - figure_start)) // 2
    start = max(0, figure_start - room)
    end = min(len(sentence), figure_end + room)
    if start > 0:
        start = sentence.find(" ", start, figure_start) + 1 or start
    if end < len(sentence):
        cut = sentence.rfind(" ", figure_end, end)
        end = cut if cut > 0 else end
    text = " ".join(sentence[start:end].split())
    return ("…" if start > 0 else "") + text + ("…" if end < len(sentence) else "")


def claim_review(claim: Claim, article: Article, settings: Settings) -> dict[str, Any]:
    """One schema.org ClaimReview (https://schema.org/ClaimReview) for a claim with a verdict."""
    confirmed = claim.status == "confirmed"
    item: dict[str, Any] = {
        "@type": "Claim",
        "datePublished": article.published.date().isoformat(),
        "appearance": [{"@type": "CreativeWork", "url": article.url, "headline": article.title}]
        if article.url
        else [{"@type": "CreativeWork", "headline": article.title}],
    }
    if claim.attribution:
        item["author"] = {
            "@type": "Person" if claim.attribution_role else "Organization",
            "name": claim.attribution,
        }
        if claim.attribution_role:
            item["author"]["jobTitle"] = claim.attribution_role
    elif article.source_name:
        item["author"] = {"@type": "Organization", "name": article.source_name}
    reviewed_at = claim.status_changed_at or claim.created_at
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": settings.review_url.format(id=claim.id),
        "claimReviewed": claim_reviewed(claim),
        "datePublished": reviewed_at.date().isoformat(),
        "inLanguage": article.language,
        "author": {
            "@type": "Organization",
            "name": settings.review_organization,
            "url": settings.review_organization_url,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": settings.confirmed_rating if confirmed else settings.disputed_rating,
            "bestRating": settings.best_rating,
            "worstRating": settings.worst_rating,
            "alternateName": settings.confirmed_label if confirmed else settings.disputed_label,
        },
        "itemReviewed": item,
    }


def export_claimreview(rows: Sequence[tuple[Claim, Article]], settings: Settings) -> str:
    """ClaimReview JSON-LD for every claim with a verdict (unverified claims have none)."""
    reviews = [claim_review(c, a, settings) for c, a in rows if c.status in ("confirmed", "disputed")]
    return json.dumps(reviews, ensure_ascii=False, indent=1)
