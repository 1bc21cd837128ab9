"""The desk's speed on 1,000,000 claims: server time of the queue's first page, an article page
and a mark, beside `factcheck list` on the same database in the same run; and the page weight.

Aims (issue 12): each page and the mark under 50 ms of server time (median); the queue's HTML
plus the desk's own JS and CSS under 100 KB. Server time is measured in-process through
FastAPI's TestClient (routing, the use case, the query and the template; no network), after a
warm-up. `factcheck list` runs in fresh processes (its cold start, as a user waits for it) and
its query is also timed in-process, so both faces are measured on the same data and machine.

    python benchmarks/bench_web.py [--claims 1000000] [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import OUT, PER_ARTICLE, build
from fastapi.testclient import TestClient

from factcheck import service
from factcheck.config import Settings
from factcheck.web.app import create_app
from factcheck.web.auth import DeskMode


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _timed(call: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"scale_{args.claims}.db"  # bench_scale.py's desk-like database, shared with it
    if not db.exists():
        started = time.perf_counter()
        build(db, args.claims)
        print(f"built {db.name} in {time.perf_counter() - started:.0f} s")
    url = f"sqlite:///{db}"
    store = service.Store(url)
    settings = Settings(base_dir=OUT, require_source=False)
    client = TestClient(create_app(settings, store, DeskMode(False, "bench")))
    csrf = client.get("/add").text.split('data-csrf="', 1)[1].split('"', 1)[0]

    last_article = args.claims // PER_ARTICLE
    marked_claim = args.claims - 1
    marks = iter(("disputed", "unverified") * args.runs * 2)
    state = {"status": service.get_claim(store, marked_claim).claim.status}

    def queue() -> None:
        response = client.get("/")
        assert response.status_code == 200 and response.text.count("<tr data-claim=") == 50

    def article() -> None:
        response = client.get(f"/articles/{last_article}")
        assert response.status_code == 200

    def mark() -> None:
        status = next(marks)
        response = client.post(
            f"/claims/{marked_claim}/mark",
            data={"status": status, "expect": state["status"], "note": "bench", "csrf": csrf},
            follow_redirects=False,
        )
        assert response.status_code == 303, response.text[:300]
        state["status"] = status

    def list_query() -> None:
        assert len(service.list_claims(store, service.ClaimFilter())) == 50

    for call in (queue, article, mark, list_query):
        _timed(call, 3)  # warm-up
    figures = {
        name: _timed(call, args.runs)
        for name, call in (("queue", queue), ("article", article), ("mark", mark), ("list query", list_query))
    }

    env = {**os.environ, "FACTCHECK_DATABASE_URL": url}
    list_cmd = [sys.executable, "-m", "factcheck", "list"]
    subprocess.run(list_cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    cold = _timed(lambda: subprocess.run(list_cmd, check=True, stdout=subprocess.DEVNULL, env=env), 10)

    static = resources.files("factcheck.web") / "static"
    page_html = len(client.get("/").content)
    own_js = len((static / "desk.js").read_bytes())
    own_css = len((static / "desk.css").read_bytes())
    article_html = len(client.get(f"/articles/{last_article}").content)

    print(f"claims in database:                 {args.claims:,}")
    print(f"factcheck list, cold start:         {_median_ms(cold):7.1f} ms (median of 10 processes)")
    query_ms = _median_ms(figures["list query"])
    print(f"factcheck list, query in-process:   {query_ms:7.2f} ms (median of {args.runs})")
    for name in ("queue", "article", "mark"):
        ms = _median_ms(figures[name])
        verdict = "ok" if ms < 50 else "OVER"
        ratio = ms / query_ms
        label = {
            "queue": "queue, first page",
            "article": f"article page ({PER_ARTICLE} claims)",
            "mark": "mark one claim",
        }[name]
        print(
            f"{label + ':':36}{ms:7.2f} ms (median of {args.runs}; aim < 50 ms: {verdict}; "
            f"{ratio:.2f}x list's query in-process)"
        )
    total = page_html + own_js + own_css
    print(
        f"queue page weight:                  {page_html:,} B HTML + {own_js:,} B JS + {own_css:,} B CSS "
        f"= {total / 1024:.1f} KB (aim < 100 KB: {'ok' if total < 100 * 1024 else 'OVER'})"
    )
    print(f"article page weight (HTML):         {article_html:,} B")
    store.close()


if __name__ == "__main__":
    main()
