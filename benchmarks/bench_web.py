"""The desk's speed on 1,000,000 claims: server time of the queue's first page, an article page
and a mark (as a plain form and as the desk's script sends it), beside `factcheck list` on the
same database in the same run; and the page weight.

Aims (issue 12): each page and the mark under 50 ms of server time (median); the queue's HTML
plus the desk's own JS and CSS under 100 KB. Server time is measured in-process by a stopwatch
around the desk's ASGI app, requests sent by FastAPI's TestClient (routing, the use case, the
query and the template; no network), after a warm-up; the client's round trip is printed beside
it. `factcheck list` runs in fresh processes (its cold start, as a user waits for it) and
its query is also timed in-process, so both faces are measured on the same data and machine.

    python benchmarks/bench_web.py [--claims 1000000] [--runs 30] [--db PATH]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import OUT, PER_ARTICLE, build
from fastapi.testclient import TestClient

from factcheck import service
from factcheck.config import Settings
from factcheck.web.app import create_app
from factcheck.web.auth import DeskMode


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


class ServerClock:
    """The desk's ASGI app with a stopwatch around it: the time from the request reaching the
    app to its last byte, i.e. server time without the test client's own work and thread hops
    (which grow with the machine's load, not with the desk)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.last = 0.0
        self.last_cpu = 0.0  # the process's CPU time meanwhile: the client thread only waits

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        started, started_cpu = time.perf_counter(), time.process_time()
        await self.app(scope, receive, send)
        self.last = time.perf_counter() - started
        self.last_cpu = time.process_time() - started_cpu


def _server_timed(call: object, clock: ServerClock, runs: int) -> tuple[list[float], list[float]]:
    """Server wall times and server CPU times of `runs` calls."""
    times, cpu = [], []
    for _ in range(runs):
        call()  # type: ignore[operator]
        times.append(clock.last)
        cpu.append(clock.last_cpu)
    return times, cpu


def _cpu_timed(call: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.process_time()
        call()  # type: ignore[operator]
        times.append(time.process_time() - start)
    return times


def _unmarked_claims(store: service.Store, claims: int) -> Iterator[int]:
    """Claims never marked, newest first: each mark of the run is a claim's first verdict, as on
    a desk (marking one claim back and forth would time a history that grows with every run)."""
    for claim_id in range(claims, 0, -1):
        detail = service.get_claim(store, claim_id)
        if detail.claim.status == "unverified" and not detail.events:
            yield claim_id


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
    parser.add_argument(
        "--db",
        type=Path,
        help="the database (default: bench_scale.py's out/scale_N.db, shared with it; pass a copy to "
        "leave that one at its schema version for others)",
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = args.db or OUT / f"scale_{args.claims}.db"  # bench_scale.py's desk-like database
    if not db.exists():
        started = time.perf_counter()
        build(db, args.claims)
        print(f"built {db.name} in {time.perf_counter() - started:.0f} s")
    url = f"sqlite:///{db}"
    store = service.Store(url)
    settings = Settings(base_dir=OUT, require_source=False)
    clock = ServerClock(create_app(settings, store, DeskMode(False, "bench")))
    client = TestClient(clock)
    client.__enter__()  # one event-loop thread for the whole run, not one per request
    csrf = client.get("/add").text.split('data-csrf="', 1)[1].split('"', 1)[0]

    last_article = args.claims // PER_ARTICLE
    # Found before the clock runs: warm-up and timed marks, each mark through both answers.
    unmarked = iter(list(itertools.islice(_unmarked_claims(store, args.claims), 2 * (3 + 2 * args.runs))))

    def queue() -> None:
        response = client.get("/")
        assert response.status_code == 200 and response.text.count("<tr data-claim=") == 50

    def article() -> None:
        response = client.get(f"/articles/{last_article}")
        assert response.status_code == 200

    def mark() -> None:
        response = client.post(
            f"/claims/{next(unmarked)}/mark",
            data={"status": "disputed", "expect": "unverified", "note": "bench", "csrf": csrf},
            follow_redirects=False,
        )
        assert response.status_code == 303, response.text[:300]

    def mark_in_place() -> None:
        response = client.post(
            f"/claims/{next(unmarked)}/mark",
            data={"status": "disputed", "expect": "unverified", "note": "bench", "csrf": csrf},
            headers={"Accept": "application/json"},
        )
        assert response.status_code == 200 and response.json()["status"] == "disputed", response.text[:300]

    def list_query() -> None:
        assert len(service.list_claims(store, service.ClaimFilter())) == 50

    for call in (queue, article, mark, mark_in_place, list_query):
        _timed(call, 3)  # warm-up
    desk_calls = (("queue", queue), ("article", article), ("mark", mark), ("mark in place", mark_in_place))
    server = {name: _server_timed(call, clock, args.runs) for name, call in desk_calls}
    figures = {name: wall for name, (wall, _) in server.items()}
    cpu = {name: spent for name, (_, spent) in server.items()}
    round_trips = {name: _timed(call, args.runs) for name, call in desk_calls}
    figures["list query"] = _timed(list_query, args.runs)
    cpu["list query"] = _cpu_timed(list_query, args.runs)

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
    query_cpu_ms = _median_ms(cpu["list query"])
    print(
        f"factcheck list, query in-process:   {query_ms:7.2f} ms (median of {args.runs}; "
        f"CPU {query_cpu_ms:.2f} ms)"
    )
    for name in ("queue", "article", "mark", "mark in place"):
        ms = _median_ms(figures[name])
        verdict = "ok" if ms < 50 else "OVER"
        ratio = ms / query_ms
        label = {
            "queue": "queue, first page",
            "article": f"article page ({PER_ARTICLE} claims)",
            "mark": "mark one claim (form)",
            "mark in place": "mark one claim (script, JSON)",
        }[name]
        print(
            f"{label + ':':36}{ms:7.2f} ms (median of {args.runs}; aim < 50 ms: {verdict}; "
            f"{ratio:.2f}x list's query in-process; CPU {_median_ms(cpu[name]):.2f} ms, "
            f"{_median_ms(cpu[name]) / query_cpu_ms:.2f}x list's; through the test client "
            f"{_median_ms(round_trips[name]):.1f} ms)"
        )
    total = page_html + own_js + own_css
    print(
        f"queue page weight:                  {page_html:,} B HTML + {own_js:,} B JS + {own_css:,} B CSS "
        f"= {total / 1024:.1f} KB (aim < 100 KB: {'ok' if total < 100 * 1024 else 'OVER'})"
    )
    print(f"article page weight (HTML):         {article_html:,} B")
    client.__exit__(None, None, None)
    store.close()


if __name__ == "__main__":
    main()
