"""Records a desk can correct (issue 14 §2), on SQLite and on a real PostgreSQL server: a claim
dismissed as not a claim, a claim added by hand, a note without a change of status, and the
history carried by every export."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import service
from factcheck.config import Settings
from factcheck.errors import RefusedError, UsageError
from factcheck.store import Store
from factcheck.store.queries import ClaimFilter

from .conftest import ROOT, SEED_ARTICLE

PENTAGON = ROOT / "examples" / "pentagon.txt"


def _add(store: Store, settings: Settings, path: Path, published: str, lang: str) -> int:
    options = service.ArticleOptions(published=service.parse_published(published), language=lang)
    return service.add_source(store, settings, str(path), options).article_id


@pytest.fixture
def two_articles(store: Store, settings: Settings) -> tuple[int, int]:
    """The seed article (Arabic) and the Pentagon's (English): Blinken's 10,000 is in both."""
    return _add(store, settings, SEED_ARTICLE, "2024-11-01", "ar"), _add(
        store, settings, PENTAGON, "2024-11-02", "en"
    )


def _figure(store: Store, article_id: int, value: str) -> int:
    claims = service.list_claims(store, ClaimFilter(status=None, article_id=article_id, limit=None))
    found = [c.id for c in claims if c.value == value and c.kind == "figure"]
    assert found, f"no {value} in article {article_id}"
    return found[0]


def _conflict_ids(store: Store) -> set[int]:
    return {claim.id for group in service.find_conflicts(store) for claim, _ in group.members}


def test_a_dismissed_claim_leaves_the_queue_and_the_evidence_and_can_come_back(
    store: Store, settings: Settings, two_articles: tuple[int, int]
) -> None:
    arabic, english = two_articles
    blinken_ar, blinken_en = _figure(store, arabic, "10000"), _figure(store, english, "10000")
    assert blinken_en in {c.id for c in service.related_claims(store, blinken_ar)}
    conflicting = _conflict_ids(store)
    assert blinken_en in conflicting or blinken_ar in conflicting

    outcome = service.mark_claims(
        store, settings, [blinken_en], "dismissed", note="duplicate headline", actor="huda"
    )
    assert outcome[0].changed and outcome[0].to_status == "dismissed"

    queue = {c.id for c in service.list_claims(store, ClaimFilter(limit=None))}
    assert blinken_en not in queue and blinken_ar in queue
    assert [c.id for c in service.list_claims(store, ClaimFilter(status="dismissed"))] == [blinken_en]
    assert blinken_en in {c.id for c in service.list_claims(store, ClaimFilter(status=None, limit=None))}
    assert blinken_en not in {c.id for c in service.related_claims(store, blinken_ar)}
    assert blinken_en not in _conflict_ids(store)
    assert service.find_conflicts(store, about=blinken_en) == []

    counts = {s.article.id: s.counts for s in service.list_articles(store)}
    assert counts[english].get("dismissed") == 1 and "dismissed" not in counts[arabic]
    assert service.article_summary_json(service.list_articles(store)[0])["claims"]["dismissed"] == 1
    blinken = next(s for s in service.list_speakers(store) if s.key == "person:blinken")
    every_blinken = service.list_claims(store, ClaimFilter(status=None, source_of="Blinken", limit=None))
    assert blinken.dismissed == 1 and blinken.claims == len(every_blinken) - 1
    found = service.info(store, settings)
    assert found.claims is not None and found.claims["dismissed"] == 1
    assert sum(found.claims.values()) == len(service.list_claims(store, ClaimFilter(status=None, limit=None)))

    # A verdict propagated from the Arabic claim passes the dismissed one by.
    marked = service.mark_claims(
        store, settings, [blinken_ar], "disputed", note="NIS: 11,000", propagate=True
    )
    assert blinken_en not in {o.claim_id for o in marked}
    assert service.get_claim(store, blinken_en).claim.status == "dismissed"

    service.mark_claims(store, settings, [blinken_en], "unverified", actor="amal")
    assert blinken_en in {c.id for c in service.list_claims(store, ClaimFilter(limit=None))}
    assert blinken_en in {c.id for c in service.related_claims(store, blinken_ar)}
    events = service.get_claim(store, blinken_en).events
    assert [(e.from_status, e.to_status, e.note, e.actor) for e in events] == [
        ("unverified", "dismissed", "duplicate headline", "huda"),
        ("dismissed", "unverified", None, "amal"),
    ]


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_dismissing_needs_a_reason(
    store: Store, settings: Settings, two_articles: tuple[int, int], reason: str | None
) -> None:
    claim_id = _figure(store, two_articles[1], "10000")
    with pytest.raises(RefusedError, match="needs a reason"):
        service.mark_claims(store, settings, [claim_id], "dismissed", note=reason)
    with pytest.raises(UsageError, match="not propagated"):
        service.mark_claims(store, settings, [claim_id], "dismissed", note="junk", propagate=True)
    assert service.get_claim(store, claim_id).events == []
