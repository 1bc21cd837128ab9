"""`factcheck list` cold start on 100,000 claims, as a ratio to `python -c "import sqlmodel"`.

Both commands run alternately in fresh processes in the same run (the machines are noisy, so
only the ratio is compared with the aim: at most 1.3x). The first page's query time is
measured in-process after a warm-up.

    python benchmarks/bench_list.py [--claims 100000] [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from factcheck import service
from factcheck.store import Article, Claim, Store
from factcheck.store.queries import ClaimFilter

OUT = Path(__file__).resolve().parent / "out"


def build(path: Path, claims: int, per_article: int = 100) -> None:
    """A database of `claims` claims over claims/per_article articles, a fifth of them marked.

    As `add` writes them, an article and its claims share one created_at, a second apart from
    the next article's.
    """
    building = path.with_suffix(".building")
    for stale in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        stale.unlink(missing_ok=True)
    store = Store(f"sqlite:///{building}")
    now = datetime(2024, 11, 1, 12, 0, tzinfo=UTC)
    with store.write() as session:
        articles = [
            {
                "id": a + 1,
                "language": "ar" if a % 2 else "en",
                "text": f"article {a}",
                "content_sha256": f"{a:064x}",
                "published": now,
                "published_precision": "day",
                "published_origin": "option",
                "fetched_at": now,
                "created_at": now + timedelta(seconds=a),
                "title": f"Article {a}",
            }
            for a in range(claims // per_article)
        ]
        session.execute(insert(Article), articles)
        rows = []
        for i in range(claims):
            rows.append(
                {
                    "article_id": i // per_article + 1,
                    "kind": "figure",
                    "sentence": f"Officials said up to {i} soldiers were stationed there on Thursday.",
                    "sentence_start": 0,
                    "span_start": 15,
                    "span_end": 40,
                    "quantity_text": f"up to {i} soldiers",
                    "value": str(i),
                    "high": str(i),
                    "qualifier": "up_to",
                    "unit": "soldiers",
                    "unit_key": "soldier",
                    "time_text": "Thursday",
                    "time_start": date(2024, 10, 31),
                    "time_end": date(2024, 10, 31),
                    "time_granularity": "day",
                    "status": "confirmed" if i % 5 == 0 else "unverified",
                    "fingerprint": f"{i:032x}",
                    "created_at": now + timedelta(seconds=i // per_article),
                }
            )
        session.execute(insert(Claim), rows)
    store.close()
    building.rename(path)


def _run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"list_{args.claims}.db"
    if not db.exists():
        build(db, args.claims)
    url = f"sqlite:///{db}"
    env = {**os.environ, "FACTCHECK_DATABASE_URL": url}
    baseline_cmd = [sys.executable, "-c", "import sqlmodel"]
    list_cmd = [sys.executable, "-m", "factcheck", "list"]
    _run(baseline_cmd, env)
    _run(list_cmd, env)
    baseline, listing = [], []
    for _ in range(args.runs):
        baseline.append(_run(baseline_cmd, env))
        listing.append(_run(list_cmd, env))
    base_median, list_median = statistics.median(baseline), statistics.median(listing)

    store = Store(url)
    service.list_claims(store, ClaimFilter())
    query_times = []
    for _ in range(20):
        start = time.perf_counter()
        page = service.list_claims(store, ClaimFilter())
        query_times.append(time.perf_counter() - start)
    assert len(page) == 50

    print(f"claims in database:            {args.claims:,}")
    print(f"python -c 'import sqlmodel':   {base_median * 1000:7.1f} ms (median of {args.runs})")
    print(f"factcheck list (cold start):   {list_median * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio list / import sqlmodel:  {list_median / base_median:7.2f}x  (aim: <= 1.30x)")
    print(
        f"first page query (50 rows):    {statistics.median(query_times) * 1000:7.2f} ms (median of 20, warm)"
    )


if __name__ == "__main__":
    main()
