"""Shapes of stored claims for output: the JSON object of `list`, CSV rows, NDJSON and
schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from factcheck.config import Settings
from factcheck.store.models import STATUSES, VERDICTS, Article, Claim
from factcheck.values import json_number

if TYPE_CHECKING:
    from factcheck.service import SpeakerSummary

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
    "attribution_key",
    "entities",
    "place",
    "worth",
    "kind",
    "fingerprint",
    "status_changed_at",
    "sentence",
    "origin",
)
# What the CSV says of a claim's history, flat: the latest note, every evidence link (space
# separated, oldest first), who made the latest change and how many events there are.
HISTORY_COLUMNS = ("last_note", "evidence", "actor", "history_count")
ARTICLE_COLUMNS = ("article_url", "article_title", "article_published", "article_language")


def _number(text: str | None) -> int | float | None:
    return None if text is None else json_number(Decimal(text))


def event_record(event: Any) -> dict[str, Any]:
    """One event of a claim's history: a change of status, or a note (from = to)."""
    return {
        "from": event.from_status,
        "to": event.to_status,
        "note": event.note,
        "evidence_url": event.evidence_url,
        "actor": event.actor,
        "at": event.at.isoformat(),
        "propagated_from": event.propagated_from,
    }


def history_cells(history: Sequence[Any]) -> list[Any]:
    """HISTORY_COLUMNS of one claim."""
    notes = [e.note for e in history if e.note]
    evidence = list(dict.fromkeys(e.evidence_url for e in history if e.evidence_url))
    return [
        notes[-1] if notes else None,
        " ".join(evidence),
        history[-1].actor if history else None,
        len(history),
    ]


def verdict_note(claim: Claim, history: Sequence[Any]) -> str | None:
    """The note of the event that gave the claim its present status, if it has one."""
    for event in reversed(history):
        if event.to_status == claim.status and event.from_status != event.to_status:
            return event.note  # type: ignore[no-any-return]
    return None


def claim_record(claim: Claim) -> dict[str, Any]:
    """A stored claim as `list --format json` prints it (the shape of DESIGN.md's contracts),
    with its `history` (events oldest first) when the row carries it (lists and exports)."""
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
    reported_time = None
    if claim.reported_time_granularity is not None:
        reported_time = {
            "text": claim.reported_time_text,
            "start": claim.reported_time_start.isoformat() if claim.reported_time_start else None,
            "end": claim.reported_time_end.isoformat() if claim.reported_time_end else None,
            "granularity": claim.reported_time_granularity,
        }
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "status": claim.status,
        "kind": claim.kind,
        "sentence": claim.sentence,
        "span": [claim.span_start, claim.span_end],
        "quantity": quantity,
        "time": time,
        "reported_time": reported_time,
        "attribution": claim.attribution,
        "attribution_role": claim.attribution_role,
        "attribution_key": claim.attribution_key,
        "entities": claim.entities.split(),
        "place": claim.place,
        "worth": claim.worth,
        "fingerprint": claim.fingerprint,
        "status_changed_at": claim.status_changed_at.isoformat() if claim.status_changed_at else None,
        "origin": claim.origin,
    } | ({"history": [event_record(e) for e in claim.history]} if hasattr(claim, "history") else {})


# Records written per chunk: output streams out in pieces of this many, so memory stays flat.
CHUNK = 500
# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """A CSV cell; text a spreadsheet would run as a formula is quoted with a leading '
    (numbers, negative ones included, are left as they are)."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_STARTS) and not isinstance(value, int | float | Decimal):
        try:
            Decimal(text)
        except ArithmeticError:
            return "'" + text
    return text


def _chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def json_array(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A JSON array written record by record: the same text as json.dumps(list, indent=1)."""
    first = True
    for batch in _chunks(records):
        parts = []
        for record in batch:
            body = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n ")
            parts.append(("[\n " if first else ",\n ") + body)
            first = False
        yield "".join(parts)
    yield "[]" if first else "\n]"


def claims_json(claims: Iterable[Claim]) -> Iterator[str]:
    return json_array(claim_record(c) for c in claims)


def claims_ndjson(claims: Iterable[Claim]) -> Iterator[str]:
    for batch in _chunks(claims):
        yield "".join(json.dumps(claim_record(c), ensure_ascii=False) + "\n" for c in batch)


def _csv(header: Sequence[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for batch in _chunks(rows):
        writer.writerows([[_cell(v) for v in row] for row in batch])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()


def _claim_cells(claim: Claim) -> list[Any]:
    return [*(getattr(claim, c) for c in CSV_COLUMNS), *history_cells(getattr(claim, "history", ()))]


def claims_csv(claims: Iterable[Claim]) -> Iterator[str]:
    return _csv([*CSV_COLUMNS, *HISTORY_COLUMNS], (_claim_cells(claim) for claim in claims))


def articles_csv(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """`articles --format csv`: the JSON records flattened, one count column per status."""
    header = ["id", "title", "url", "language", "published", "published_precision", "published_origin"]
    header += ["source", "author", "version", "previous_version"]
    rows = ([record[k] for k in header] + [record["claims"][s] for s in STATUSES] for record in records)
    return _csv(header + list(STATUSES), rows)


def _article_cells(article: Article) -> list[Any]:
    return [article.url, article.title, article.published.isoformat(), article.language]


def export_csv(rows: Iterable[tuple[Claim, Article]]) -> Iterator[str]:
    """Every claim with its article, one row each."""
    return _csv(
        [*CSV_COLUMNS, *HISTORY_COLUMNS, *ARTICLE_COLUMNS],
        ([*_claim_cells(claim), *_article_cells(article)] for claim, article in rows),
    )


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


def export_json(rows: Iterable[tuple[Claim, Article]]) -> Iterator[str]:
    return json_array(_with_article(c, a) for c, a in rows)


def export_ndjson(rows: Iterable[tuple[Claim, Article]]) -> Iterator[str]:
    for batch in _chunks(rows):
        yield "".join(json.dumps(_with_article(c, a), ensure_ascii=False) + "\n" for c, a in batch)


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
        key = claim.attribution_key or ""
        person = key.startswith("person:") or (not key and claim.attribution_role is not None)
        item["author"] = {"@type": "Person" if person else "Organization", "name": claim.attribution}
        if claim.attribution_role:
            item["author"]["jobTitle" if person else "description"] = claim.attribution_role
        if key:
            # The same speaker in every language: "org:who" for WHO and منظمة الصحة العالمية.
            item["author"]["identifier"] = key
    elif article.source_name:
        item["author"] = {"@type": "Organization", "name": article.source_name}
    reviewed_at = claim.status_changed_at or claim.created_at
    body = verdict_note(claim, getattr(claim, "history", ()))
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
    } | ({"reviewBody": body} if body else {})


def _embeddable(text: str) -> str:
    """JSON that can sit inside <script type="application/ld+json">: no <, > or & as such."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def export_claimreview(rows: Iterable[tuple[Claim, Article]], settings: Settings) -> Iterator[str]:
    """ClaimReview JSON-LD for every claim with a verdict (unverified claims have none)."""
    for chunk in json_array(claim_review(c, a, settings) for c, a in rows if c.status in VERDICTS):
        yield _embeddable(chunk)


SPEAKER_COLUMNS = ("name", "key", "claims", "unverified", "articles", "dismissed", "names")


def speaker_record(speaker: SpeakerSummary) -> dict[str, Any]:
    """One quoted speaker as `sources --format json` prints it."""
    return {
        "name": speaker.name,
        "key": speaker.key,
        "claims": speaker.claims,
        "unverified": speaker.unverified,
        "articles": speaker.articles,
        "dismissed": speaker.dismissed,
        "names": list(speaker.names),
    }


def speakers_json(speakers: Sequence[SpeakerSummary]) -> str:
    return json.dumps([speaker_record(s) for s in speakers], ensure_ascii=False, indent=1)


def speakers_csv(speakers: Sequence[SpeakerSummary]) -> str:
    """CSV of `sources`; a speaker's spellings are joined with " | "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SPEAKER_COLUMNS)
    for s in speakers:
        writer.writerow(
            [s.name, s.key or "", s.claims, s.unverified, s.articles, s.dismissed, " | ".join(s.names)]
        )
    return buffer.getvalue()
