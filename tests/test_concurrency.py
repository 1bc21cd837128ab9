"""Two processes marking at the same moment on SQLite both succeed (WAL + BEGIN IMMEDIATE)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from factcheck import service
from factcheck.config import Settings
from factcheck.store import Store
from factcheck.store.queries import ClaimFilter

from .conftest import SEED_ARTICLE


def _marker(url: str, claim_ids: list[int], start, rounds: int) -> int:  # type: ignore[no-untyped-def]
    store = Store(url)
    config = Settings(base_dir=Path("."), require_source=False)
    start.wait()
    done = 0
    for i in range(rounds):
        status = "confirmed" if i % 2 == 0 else "disputed"
        service.mark_claims(store, config, claim_ids, status, actor="p")
        done += 1
    return done


def test_two_processes_marking_at_once_both_succeed(sqlite_url: str, settings: Settings) -> None:
    store = Store(sqlite_url)
    options = service.ArticleOptions(published=service.parse_published("2024-11-01"), language="ar")
    service.add_source(store, settings, str(SEED_ARTICLE), options)
    ids = [c.id for c in service.list_claims(store, ClaimFilter()) if c.id is not None]
    store.close()
    rounds = 25
    context = multiprocessing.get_context("spawn")
    start = context.Manager().Barrier(2)
    with context.Pool(2) as pool:
        results = [pool.apply_async(_marker, (sqlite_url, ids, start, rounds)) for _ in range(2)]
        assert [r.get(timeout=120) for r in results] == [rounds, rounds]
    reopened = Store(sqlite_url)
    for claim_id in ids:
        detail = service.get_claim(reopened, claim_id)
        # both processes' changes are all in the history, and it ends at the final status
        assert len(detail.events) >= rounds
        assert detail.events[-1].to_status == detail.claim.status
