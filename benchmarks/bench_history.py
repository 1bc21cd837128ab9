"""Exports that carry each claim's history (issue 14 §2): what fetching the events costs.

The database is bench_scale.py's (benchmarks/out/scale_<claims>.db, built once if missing),
copied to benchmarks/out/history_<claims>.db and given a desk's history: an event for every
claim with a verdict, and notes (some with evidence) on a fifth of all claims. Each variant runs
in a fresh process, alternating, and the figure compared is its median time as a ratio to the
baseline in the same run: the same export, rows read the same way, without the history. Peak
memory is the process's ru_maxrss.

    python benchmarks/bench_history.py [--claims 100000] [--runs 3] [--format ndjson ...]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"
FORMATS = ("ndjson", "csv", "json")


def prepare(claims: int) -> Path:
    """The scale database with a history, built once."""
    from bench_scale import build

    from factcheck.store import Store

    path = OUT / f"history_{claims}.db"
    if path.exists():
        return path
    scale = OUT / f"scale_{claims}.db"
    if not scale.exists():
        OUT.mkdir(exist_ok=True)
        build(scale, claims)
    building = path.with_suffix(".building")
    shutil.copy(scale, building)
    Store(f"sqlite:///{building}").close()
    with Store(f"sqlite:///{building}").write():
        pass  # brings the copy to the current schema
    rng = random.Random(14)
    connection = sqlite3.connect(building)
    stamp = "2026-01-01 10:00:00.000000"
    events = []
    for claim_id, status in connection.execute("SELECT id, status FROM claim"):
        if status != "unverified":
            events.append((claim_id, "unverified", status, "a source says otherwise", None, "huda", stamp))
        if rng.random() < 0.2:
            evidence = "https://example.org/evidence" if rng.random() < 0.5 else None
            events.append((claim_id, status, status, "called the ministry", evidence, "amal", stamp))
    connection.executemany(
        "INSERT INTO status_event (claim_id, from_status, to_status, note, evidence_url, actor, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        events,
    )
    connection.commit()
    connection.close()
    building.rename(path)
    return path


def _rows_without_history(store: Any) -> Iterator[tuple[Any, Any]]:
    from factcheck.store import queries

    with store.read() as session:
        yield from queries.stream_claims_with_articles(session, None)


def run_variant(path: Path, fmt: str, history: bool) -> None:
    """One export to /dev/null, in this process: prints seconds, claims and peak memory (MB)."""
    from factcheck import export, service
    from factcheck.store import Store

    store = Store(f"sqlite:///{path}")
    writer = {"ndjson": export.export_ndjson, "csv": export.export_csv, "json": export.export_json}[fmt]
    rows = service.stream_export(store, None) if history else _rows_without_history(store)
    counted = 0

    def counting(items: Iterator[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
        nonlocal counted
        for item in items:
            counted += 1
            yield item

    started = time.perf_counter()
    with open("/dev/null", "w", encoding="utf-8") as sink:
        for chunk in writer(counting(rows)):
            sink.write(chunk)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{elapsed:.3f} {counted} {peak:.0f}")


def measure(path: Path, fmt: str, history: bool) -> tuple[float, int, float]:
    args = [sys.executable, __file__, "--variant", fmt, "--path", str(path)]
    result = subprocess.run([*args, *(["--history"] if history else [])], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    seconds, claims, peak = result.stdout.split()
    return float(seconds), int(claims), float(peak)


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", action="append", choices=FORMATS, help="only these formats")
    parser.add_argument("--variant", choices=FORMATS, help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--history", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.variant:
        run_variant(options.path, options.variant, options.history)
        return
    path = prepare(options.claims)
    with sqlite3.connect(path) as connection:
        events = connection.execute("SELECT count(*) FROM status_event").fetchone()[0]
    print(f"{options.claims:,} claims, {events:,} events in their history")
    print("format  without history (s)  with history (s)  ratio  claims/s with  peak MB without/with")
    for fmt in options.format or FORMATS:
        plain: list[float] = []
        full: list[float] = []
        peaks = [0.0, 0.0]
        claims = 0
        for _ in range(options.runs):
            seconds, claims, peak = measure(path, fmt, False)
            plain.append(seconds)
            peaks[0] = max(peaks[0], peak)
            seconds, claims, peak = measure(path, fmt, True)
            full.append(seconds)
            peaks[1] = max(peaks[1], peak)
        base, with_history = statistics.median(plain), statistics.median(full)
        print(
            f"{fmt:6}  {base:19.2f}  {with_history:16.2f}  {with_history / base:5.2f}"
            f"  {claims / with_history:13,.0f}  {peaks[0]:.0f}/{peaks[1]:.0f}"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
