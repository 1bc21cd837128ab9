"""Use cases: each runs in one transaction and raises FactcheckError on what a user caused.

The extractor, the HTML parser and httpx are imported inside the use cases that need them,
so that `factcheck list` starts as fast as the database layer allows.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import urlparse

from factcheck.config import Settings
from factcheck.errors import NotFoundError, RefusedError, UsageError
from factcheck.store import STATUSES, VERDICTS, Article, Claim, StatusEvent, Store, queries
from factcheck.store.models import as_utc, utcnow
from factcheck.store.queries import ClaimFilter

if TYPE_CHECKING:
    from factcheck.extract.types import ClaimDraft
    from factcheck.ingest import RawDocument


@dataclass(frozen=True)
class Publication:
    """When an article was published, how precisely we know, and where that came from."""

    when: datetime
    precision: str  # minute, day, month, year, assumed
    origin: str  # option, metadata, dateline, fetch-time


@dataclass(frozen=True)
class ArticleOptions:
    published: Publication | None = None
    language: str = "auto"
    title: str | None = None
    source_name: str | None = None


@dataclass(frozen=True)
class AddOutcome:
    source: str
    article_id: int
    created: bool
    claim_count: int
    title: str | None


@dataclass(frozen=True)
class MarkOutcome:
    claim_id: int
    from_status: str
    to_status: str
    changed: bool


@dataclass(frozen=True)
class ClaimDetail:
    claim: Claim
    article: Article
    events: Sequence[StatusEvent]


@dataclass(frozen=True)
class ArticleSummary:
    article: Article
    counts: dict[str, int]


def parse_published(value: str) -> Publication:
    """--published: an ISO date (day precision) or date and time (minute precision)."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return Publication(as_utc(datetime(day.year, day.month, day.day)), "day", "option")
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise UsageError(f"invalid date {value!r}: use YYYY-MM-DD or YYYY-MM-DDTHH:MM") from exc
    return Publication(as_utc(parsed), "minute", "option")


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise UsageError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")
    return status


def _publication(doc: RawDocument, options: ArticleOptions) -> Publication:
    """DESIGN.md's precedence: --published, page metadata, a relative dateline, fetch time."""
    from factcheck.extract.pipeline import dateline

    if options.published is not None:
        return options.published
    if doc.published is not None:
        return Publication(as_utc(doc.published), doc.published_precision or "minute", "metadata")
    fetched = doc.fetched_at or utcnow()
    found = dateline(doc.text, fetched, options.language)
    if found is not None:
        return Publication(as_utc(found[0]), found[1], "dateline")
    return Publication(fetched, "assumed", "fetch-time")


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _claim_row(draft: ClaimDraft, created_at: datetime) -> Claim:
    quantity, time = draft.quantity, draft.time
    return Claim(
        kind="figure" if quantity is not None else "event",
        sentence=draft.sentence,
        sentence_start=draft.sentence_span[0],
        span_start=draft.span[0],
        span_end=draft.span[1],
        quantity_text=quantity.text if quantity else None,
        value=_decimal(quantity.value) if quantity else None,
        low=_decimal(quantity.low) if quantity else None,
        high=_decimal(quantity.high) if quantity else None,
        qualifier=quantity.qualifier if quantity else None,
        unit=quantity.unit if quantity else None,
        unit_key=quantity.unit_key if quantity else None,
        time_text=time.text if time else None,
        time_span_start=time.span[0] if time else None,
        time_span_end=time.span[1] if time else None,
        time_start=time.start if time else None,
        time_end=time.end if time else None,
        time_granularity=time.granularity if time else None,
        time_warning=time.warning if time else None,
        attribution=draft.attribution,
        fingerprint=draft.fingerprint,
        created_at=created_at,
    )


@dataclass(frozen=True)
class PreparedArticle:
    article: Article
    claims: list[ClaimDraft]


def prepare_article(doc: RawDocument, options: ArticleOptions) -> PreparedArticle:
    """Everything `add` would store, computed without touching the database."""
    from factcheck.extract.pipeline import extract, lexicon_for

    language = lexicon_for(doc.text, options.language).code
    publication = _publication(doc, ArticleOptions(options.published, language))
    drafts = extract(doc.text, publication.when.date(), language)
    source_name = options.source_name or (urlparse(doc.url).hostname if doc.url else None)
    article = Article(
        url=doc.url,
        title=options.title or doc.title or _first_line(doc.text),
        source_name=source_name,
        language=language,
        text=doc.text,
        content_sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        published=publication.when,
        published_precision=publication.precision,
        published_origin=publication.origin,
        fetched_at=as_utc(doc.fetched_at) if doc.fetched_at else utcnow(),
    )
    return PreparedArticle(article, drafts)


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return None


def read_document(source: str, settings: Settings, stdin: BinaryIO | None = None) -> RawDocument:
    from factcheck.ingest import read_source

    return read_source(source, settings, stdin)


def add_source(
    store: Store, settings: Settings, source: str, options: ArticleOptions, stdin: BinaryIO | None = None
) -> AddOutcome:
    """Read, extract and store one article with all its claims, or nothing at all."""
    doc = read_document(source, settings, stdin)
    prepared = prepare_article(doc, options)
    with store.write() as session:
        existing = queries.article_by_sha(session, prepared.article.content_sha256)
        if existing is not None and existing.id is not None:
            count = len(
                queries.list_claims(session, ClaimFilter(status=None, article_id=existing.id, limit=None))
            )
            return AddOutcome(source, existing.id, False, count, existing.title)
        # One timestamp for the article and its claims: "newest first" keeps them in text order.
        now = utcnow()
        prepared.article.created_at = now
        rows = [_claim_row(d, now) for d in prepared.claims]
        article = queries.insert_article(session, prepared.article, rows)
        assert article.id is not None
        return AddOutcome(source, article.id, True, len(prepared.claims), article.title)


def extract_source(
    settings: Settings, source: str, options: ArticleOptions, stdin: BinaryIO | None = None
) -> PreparedArticle:
    """What `add` would store, for `extract` to print."""
    return prepare_article(read_document(source, settings, stdin), options)


def list_claims(store: Store, wanted: ClaimFilter) -> Sequence[Claim]:
    if wanted.status is not None:
        check_status(wanted.status)
    if wanted.limit is not None and wanted.limit < 1:
        raise UsageError("--limit must be at least 1")
    with store.read() as session:
        return queries.list_claims(session, wanted)


def get_claim(store: Store, claim_id: int) -> ClaimDetail:
    with store.read() as session:
        found = queries.claim_with_article(session, claim_id)
        if found is None:
            raise NotFoundError(f"no claim with id {claim_id}")
        claim, article = found
        return ClaimDetail(claim, article, queries.history(session, claim_id))


def _check_evidence(url: str | None) -> None:
    if url is None:
        return
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise UsageError(f"evidence must be an http(s) URL, not {url!r}")


def default_actor(settings: Settings) -> str:
    if settings.default_actor:
        return settings.default_actor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def mark_claims(
    store: Store,
    settings: Settings,
    claim_ids: Sequence[int],
    status: str,
    *,
    note: str | None = None,
    evidence: str | None = None,
    actor: str | None = None,
    expect: str | None = None,
) -> list[MarkOutcome]:
    """Move claims to `status`, each change with its StatusEvent, all in one transaction."""
    check_status(status)
    if expect is not None:
        check_status(expect)
    _check_evidence(evidence)
    note = note.strip() if note and note.strip() else None
    if status in VERDICTS and settings.require_source and not note and not evidence:
        raise RefusedError(
            f"marking {status} needs --note or --evidence (set marking.require_source = false to allow it)"
        )
    who = actor or default_actor(settings)
    ids = list(dict.fromkeys(claim_ids))
    with store.write() as session:
        claims = queries.claims_for_update(session, ids)
        missing = [str(i) for i in ids if i not in claims]
        if missing:
            raise NotFoundError(f"no claim with id {', '.join(missing)}")
        if expect is not None:
            stale = [str(i) for i in ids if claims[i].status != expect]
            if stale:
                raise RefusedError(
                    f"claim {', '.join(stale)} is no longer {expect} "
                    f"(now {', '.join(claims[int(i)].status for i in stale)}); nothing was changed"
                )
        outcomes: list[MarkOutcome] = []
        now = utcnow()
        for claim_id in ids:
            claim = claims[claim_id]
            before = claim.status
            if before == status:
                outcomes.append(MarkOutcome(claim_id, before, status, False))
                continue
            session.add(
                StatusEvent(
                    claim_id=claim_id,
                    from_status=before,
                    to_status=status,
                    note=note,
                    evidence_url=evidence,
                    actor=who,
                    at=now,
                )
            )
            claim.status = status
            claim.status_changed_at = now
            session.add(claim)
            outcomes.append(MarkOutcome(claim_id, before, status, True))
        return outcomes


def list_articles(store: Store) -> list[ArticleSummary]:
    with store.read() as session:
        return [ArticleSummary(a, c) for a, c in queries.article_status_counts(session)]


def article_json(article: Article) -> dict[str, Any]:
    """The article object of `extract`'s JSON."""
    return {
        "title": article.title,
        "url": article.url,
        "language": article.language,
        "published": published_iso(article.published, article.published_precision),
        "published_precision": article.published_precision,
        "published_origin": article.published_origin,
    }


def published_iso(when: datetime, precision: str) -> str:
    """A date for day/month/year precision, a datetime for minute and assumed."""
    if precision in ("day", "month", "year"):
        return when.date().isoformat()
    return when.isoformat(timespec="minutes")
