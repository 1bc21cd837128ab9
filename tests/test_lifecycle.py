"""Status lifecycle: any sequence of marks leaves a history that explains the claim's status."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import service
from factcheck.config import Settings
from factcheck.errors import RefusedError
from factcheck.store import DISMISSED, STATUSES, Article, Claim, Store
from factcheck.store.models import utcnow

_marks = st.lists(st.tuples(st.sampled_from(STATUSES), st.booleans()), max_size=12)


def _store_with_claim(path: Path) -> tuple[Store, int]:
    store = Store(f"sqlite:///{path}")
    with store.write() as session:
        article = Article(
            language="en",
            text="About 300 people.",
            content_sha256="0" * 64,
            published=utcnow(),
            published_precision="day",
            published_origin="option",
            fetched_at=utcnow(),
        )
        session.add(article)
        session.flush()
        claim = Claim(
            article_id=article.id, sentence="About 300 people.", span_start=0, span_end=16, fingerprint="f"
        )  # type: ignore[arg-type]
        session.add(claim)
        session.flush()
        assert claim.id is not None
        return store, claim.id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(marks=_marks)
def test_history_explains_status(tmp_path_factory, marks: list[tuple[str, bool]]) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("lifecycle")
    store, claim_id = _store_with_claim(folder / "db.sqlite")
    config = Settings(base_dir=folder, require_source=False)
    status = "unverified"
    changes = 0
    for target, with_note in marks:
        if target == DISMISSED and not with_note:
            with pytest.raises(RefusedError, match="needs a reason"):  # and changes nothing
                service.mark_claims(store, config, [claim_id], target, actor="t")
            continue
        service.mark_claims(store, config, [claim_id], target, note="why" if with_note else None, actor="t")
        if target != status:
            changes += 1
            status = target
    detail = service.get_claim(store, claim_id)
    assert detail.claim.status == status
    assert len(detail.events) == changes
    if detail.events:
        assert detail.events[-1].to_status == detail.claim.status
        assert detail.events[0].from_status == "unverified"
        # each event starts where the previous one ended: no gap, nothing lost
        for before, after in zip(detail.events, detail.events[1:], strict=False):
            assert before.to_status == after.from_status
    store.close()
