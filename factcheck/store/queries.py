"""Every query the use cases run; each takes the Session of the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from factcheck.store.models import Article, Claim, StatusEvent


class ClaimFilter(NamedTuple):
    """What `list` asks for; None means no restriction."""

    status: str | None = "unverified"
    article_id: int | None = None
    language: str | None = None
    search: str | None = None
    source_of: str | None = None
    sort: str = "newest"  # or "worth"
    limit: int | None = 50


def _contains(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def article_by_sha(session: Session, sha256: str) -> Article | None:
    return session.exec(select(Article).where(Article.content_sha256 == sha256)).first()


def article_by_url(session: Session, url: str) -> Article | None:
    """The first article stored under this URL (its canonical URL, or the one it was fetched from)."""
    return session.exec(select(Article).where(Article.url == url).order_by(col(Article.id))).first()


def claim_count(session: Session, article_id: int) -> int:
    return session.exec(select(func.count()).select_from(Claim).where(Claim.article_id == article_id)).one()


def insert_article(session: Session, article: Article, claims: Iterable[Claim]) -> Article:
    """Insert an article and its claims; the caller's transaction makes it all-or-nothing."""
    session.add(article)
    session.flush()
    for claim in claims:
        claim.article_id = article.id  # type: ignore[assignment]
        session.add(claim)
    session.flush()
    return article


def list_claims(session: Session, wanted: ClaimFilter) -> Sequence[Claim]:
    """Claims newest first (by when they were added), in text order within an article."""
    query = select(Claim)
    if wanted.status is not None:
        query = query.where(Claim.status == wanted.status)
    if wanted.article_id is not None:
        query = query.where(Claim.article_id == wanted.article_id)
    if wanted.language is not None:
        query = query.join(Article, col(Article.id) == col(Claim.article_id)).where(
            Article.language == wanted.language
        )
    if wanted.search:
        pattern = _contains(wanted.search)
        query = query.where(
            col(Claim.sentence).ilike(pattern, escape="\\")
            | col(Claim.quantity_text).ilike(pattern, escape="\\")
            | col(Claim.attribution).ilike(pattern, escape="\\")
        )
    if wanted.source_of:
        pattern = _contains(wanted.source_of)
        query = query.where(
            col(Claim.attribution).ilike(pattern, escape="\\")
            | col(Claim.attribution_role).ilike(pattern, escape="\\")
        )
    figures_first = case((col(Claim.kind) == "figure", 0), else_=1)
    if wanted.sort == "worth":
        query = query.order_by(col(Claim.worth).desc(), col(Claim.created_at).desc(), col(Claim.span_start))
    else:
        query = query.order_by(
            col(Claim.created_at).desc(), col(Claim.article_id).desc(), figures_first, col(Claim.span_start)
        )
    if wanted.limit is not None:
        query = query.limit(wanted.limit)
    return session.exec(query).all()


def claims_for_update(session: Session, ids: Sequence[int]) -> dict[int, Claim]:
    """The claims with these ids, locked against concurrent changes until the commit."""
    rows = session.exec(select(Claim).where(col(Claim.id).in_(ids)).with_for_update()).all()
    return {row.id: row for row in rows if row.id is not None}


def claim_with_article(session: Session, claim_id: int) -> tuple[Claim, Article] | None:
    row = session.exec(
        select(Claim, Article)
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(Claim.id == claim_id)
    ).first()
    return None if row is None else (row[0], row[1])


def history(session: Session, claim_id: int) -> Sequence[StatusEvent]:
    return session.exec(
        select(StatusEvent).where(StatusEvent.claim_id == claim_id).order_by(col(StatusEvent.id))
    ).all()


def article_status_counts(session: Session) -> list[tuple[Article, dict[str, int]]]:
    """Every article with the number of its claims in each status."""
    articles = session.exec(select(Article).order_by(col(Article.id))).all()
    counts: dict[int, dict[str, int]] = {}
    rows = session.exec(
        select(Claim.article_id, Claim.status, func.count()).group_by(
            col(Claim.article_id), col(Claim.status)
        )
    ).all()
    for article_id, status, count in rows:
        counts.setdefault(article_id, {})[status] = count
    return [(article, counts.get(article.id or 0, {})) for article in articles]


def claims_sharing_fingerprint(session: Session, claim: Claim, *, lock: bool = False) -> Sequence[Claim]:
    """Other claims with the same fingerprint: the same figure reported elsewhere."""
    query = (
        select(Claim)
        .where(Claim.fingerprint == claim.fingerprint, Claim.id != claim.id)
        .order_by(col(Claim.id))
    )
    return session.exec(query.with_for_update() if lock else query).all()


def figures_with_articles(session: Session) -> Sequence[tuple[Claim, Article]]:
    """Every claim with a counted figure, with its article, for finding conflicts."""
    rows = session.exec(
        select(Claim, Article)
        .join(Article, col(Article.id) == col(Claim.article_id))
        .where(col(Claim.unit_key).is_not(None), Claim.kind == "figure")
        .order_by(col(Claim.id))
    ).all()
    return [(claim, article) for claim, article in rows]


def claims_with_articles(session: Session, status: str | None) -> Sequence[tuple[Claim, Article]]:
    """Claims (of one status, or all) with their articles, in id order, for export."""
    query = select(Claim, Article).join(Article, col(Article.id) == col(Claim.article_id))
    if status is not None:
        query = query.where(Claim.status == status)
    return [(claim, article) for claim, article in session.exec(query.order_by(col(Claim.id))).all()]
