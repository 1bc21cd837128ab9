"""`conflicts` pages like `list` (issue 14 §1): the most recent groups first, `--limit`, a count
of the rest, and only the page's members read from the database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from factcheck import service
from factcheck.store import Article, Store, queries

from .test_cli import factcheck

# Buckets (counted thing, place), each holding one conflict: 100 against 200 on its day.
BUCKETS = [(f"thing{n}", f"place:town{n}", date(2024, 1, 1) + timedelta(days=40 * n)) for n in range(6)]


def _fill(store: Store) -> None:
    """Two articles a bucket, each with a figure the other contradicts (in shuffled bucket
    order, so that claim ids do not follow the dates)."""
    with store.write() as session:
        for number, (unit_key, place, day) in enumerate([BUCKETS[n] for n in (3, 0, 5, 1, 4, 2)]):
            for side, figure in enumerate(("100", "200")):
                article = Article(
                    title=f"{unit_key} {side}",
                    language="en",
                    text=f"{unit_key} {side}",
                    content_sha256=f"{number}-{side}".rjust(64, "0"),
                    published=datetime(day.year, day.month, day.day, tzinfo=UTC),
                    published_precision="day",
                    published_origin="option",
                    fetched_at=datetime(2024, 1, 1, tzinfo=UTC),
                )
                claim = dict(
                    sentence=f"{figure} {unit_key}",
                    span_start=0,
                    span_end=3,
                    quantity_text=figure,
                    value=figure,
                    low=figure,
                    high=figure,
                    qualifier="exact",
                    unit=unit_key,
                    unit_key=unit_key,
                    place=place,
                    time_start=day,
                    time_end=day,
                    time_granularity="day",
                    fingerprint=f"{unit_key}|{figure}",
                )
                queries.insert_article(session, article.model_dump(exclude={"id"}), [claim])


def test_a_page_holds_the_most_recent_groups_and_counts_the_rest(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store)
    everything = service.find_conflicts(store)
    assert len(everything) == len(BUCKETS)
    loaded: list[int] = []
    load = queries.conflict_members

    def recording(session: Any, unit_key: str, place: str, period: str) -> list[tuple[Any, Any]]:
        members = load(session, unit_key, place, period)
        loaded.extend(claim.id for claim, _ in members)
        return members

    monkeypatch.setattr(queries, "conflict_members", recording)
    page = service.conflict_page(store, 2)
    groups = list(page.groups)
    newest_first = sorted(BUCKETS, key=lambda bucket: bucket[2], reverse=True)
    assert page.total == len(BUCKETS)
    assert [g.unit_key for g in groups] == [unit_key for unit_key, _, _ in newest_first[:2]]
    by_unit = {g.unit_key: [c.id for c, _ in g.members] for g in everything}
    assert all([c.id for c, _ in g.members] == by_unit[g.unit_key] for g in groups)
    assert sorted(loaded) == sorted(i for g in groups for i in by_unit[g.unit_key])  # the page only
    whole = service.conflict_page(store, 100)
    assert whole.total == len(BUCKETS) and len(list(whole.groups)) == len(BUCKETS)


def test_conflicts_pages_on_the_command_line(tmp_path: Path) -> None:
    _fill(Store(f"sqlite:///{tmp_path / 'test.db'}"))
    out = factcheck(["conflicts", "--limit", "2"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Conflict ") == 2
    assert out.stdout.split("\n")[0] == "Conflict 1: thing5 in place:town5, 2024-07"  # 19 July
    assert out.stdout.rstrip().endswith("4 more conflict groups: --limit 6 shows them all.")
    assert "more conflict" not in factcheck(["conflicts", "--limit", "6"], tmp_path).stdout
    listed = json.loads(factcheck(["conflicts", "--format", "JSON", "--limit", "3"], tmp_path).stdout)
    assert [group["unit_key"] for group in listed] == ["thing5", "thing4", "thing3"]
    assert [group["period"] for group in listed] == ["2024-07", "2024-06", "2024-04"]
    bad = factcheck(["conflicts", "--limit", "0"], tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("Error: --limit must be a whole number from 1")
