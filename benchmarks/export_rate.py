"""Claims per CPU-second of export and list formats, this tree against another, alternated.

    python benchmarks/export_rate.py --baseline DIR [--db benchmarks/out/scale_1000000.db | --url URL]
        [--baseline-url URL] [--claims 50000] [--reviews 20000] [--rounds 2] [--formats json,ndjson,...]

Each measurement is a fresh process (PYTHONPATH selects the tree: this one, or DIR, e.g. main
unpacked by `git archive main | tar -x -C DIR`) that runs one format in process three times
over the first claims of the database and prints its best CPU time as claims per CPU-second,
its best wall time as claims per second and a digest of the text written (the same in both
trees: the output is byte-identical). The trees alternate format by format, round after
round, so both see the same load. With --url (a PostgreSQL database, e.g. one that
`bench_scale.py --postgres --keep` built) the wall time is the figure that counts: the
server's work is not the client's CPU.

Formats: json, ndjson, csv (`export --format ...`, the first --claims claims), claimreview
(the first --reviews verdicts' ClaimReview records, counted as reviews written), and
list-json, list-ndjson, list-csv (`list --status all --limit N --format ...`).
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import itertools
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

HERE = Path(__file__).resolve().parent


def one(url: str, fmt: str, claims: int) -> None:
    """Measure one format with the factcheck on sys.path; print rate, size and digest."""
    from factcheck import export, service
    from factcheck.config import Settings
    from factcheck.service import ClaimFilter
    from factcheck.store import Store

    store = Store(url)
    settings = Settings(base_dir=Path("."))
    taken = [0]  # the claims (reviews) in the batches taken: PostgreSQL's ranges may hold fewer

    def first(stream: Any) -> Any:
        """The batches that hold the first `claims` claims (or reviews), counted as taken."""
        taken[0] = 0
        for batch in stream:
            yield batch
            taken[0] += len(batch.ids)
            if taken[0] >= claims:
                return

    def chunks() -> Any:
        if fmt in ("json", "ndjson"):
            layout = export.record_layout(fmt == "json", article=True)
            records = export.export_records_json if fmt == "json" else export.export_records_ndjson
            if "encoded" in inspect.signature(records).parameters:  # UTF-8 bytes, as `export` writes them
                batches_ = service.stream_export_records(store, None, layout, True)
                return records(first(batches_), encoded=True)
            return records(first(service.stream_export_records(store, None, layout)))
        if fmt == "csv":
            lines = service.stream_export_csv(store, None, export.CSV_COLUMNS)
            return export.export_lines_csv(first(lines))
        if fmt == "claimreview":
            if hasattr(export, "review_layout"):  # records written by the database
                layout = export.review_layout(settings)
                if "encoded" in inspect.signature(export.export_reviews).parameters:  # UTF-8 bytes
                    encoded = service.stream_export_reviews(store, None, layout, True)
                    return export.export_reviews(first(encoded), layout, settings, encoded=True)
                reviews = first(service.stream_export_reviews(store, None, layout))
                return export.export_reviews(reviews, layout, settings)
            rows = itertools.islice(service.stream_export(store, None, verdicts_only=True), claims)
            return export.export_claimreview(rows, settings)
        listed = fmt.removeprefix("list-")
        wanted = ClaimFilter(status=None, limit=claims)
        if listed == "csv":
            return export.export_lines_csv(
                service.stream_claim_csv(store, wanted, export.CSV_COLUMNS), article=False
            )
        layout = export.record_layout(listed == "json", article=False)
        records = export.export_records_json if listed == "json" else export.export_records_ndjson
        if "encoded" in inspect.signature(records).parameters:  # UTF-8 bytes, as `list` writes them
            encoded = service.stream_claim_records(store, wanted, layout, True)
            return records(encoded, article=False, encoded=True)
        return records(service.stream_claim_records(store, wanted, layout), article=False)

    best = best_wall = float("inf")
    for _ in range(3):
        digest = hashlib.sha256()
        taken[0] = claims  # the list formats and the row views: a --limit, or islice
        began, began_wall = time.process_time(), time.perf_counter()
        for chunk in chunks():  # the text as `export` writes it out: UTF-8
            digest.update(chunk if chunk.__class__ is bytes else chunk.encode())
        best = min(best, (time.process_time() - began) / taken[0])
        best_wall = min(best_wall, (time.perf_counter() - began_wall) / taken[0])
    print(f"{1 / best:.0f} {1 / best_wall:.0f} {digest.hexdigest()[:16]} {taken[0]}", flush=True)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", type=Path, required=True, help="the other source tree")
    parser.add_argument("--db", type=Path, default=HERE / "out" / "scale_1000000.db")
    parser.add_argument("--url", help="a database URL instead of --db (PostgreSQL: wall time counts)")
    parser.add_argument(
        "--baseline-url",
        help="the baseline's copy of the same data (a database of the schema it reads), if not --url",
    )
    parser.add_argument("--claims", type=int, default=50_000)
    parser.add_argument("--reviews", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--formats", default="json,ndjson,csv,claimreview,list-json,list-ndjson,list-csv")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    url = args.url or f"sqlite:///{args.db.resolve()}"
    if args.one:
        one(url, args.one, args.claims)
        return
    trees = {"this tree": HERE.parent, "baseline": args.baseline.resolve()}
    urls = {"this tree": url, "baseline": args.baseline_url or url}
    where = make_url(url).database if args.url else args.db.name
    print(f"{where}; claims/CPU-s and claims/s wall, best of 3 in process, {args.rounds} rounds alternated")
    for _ in range(args.rounds):
        for fmt in args.formats.split(","):
            claims = args.reviews if fmt == "claimreview" else args.claims
            rates = {}
            for name, tree in trees.items():
                env = {**os.environ, "PYTHONPATH": str(tree)}
                command = [sys.executable, __file__, "--baseline", str(tree), "--url", urls[name]]
                command += ["--claims", str(claims), "--one", fmt]
                rate, wall, digest, taken = subprocess.run(
                    command, env=env, capture_output=True, text=True, check=True
                ).stdout.split()
                rates[name] = (int(rate), int(wall), digest, int(taken))
            (new, new_wall, new_digest, new_taken) = rates["this tree"]
            (old, old_wall, old_digest, old_taken) = rates["baseline"]
            if new_taken != old_taken:  # batches of other sizes: not the same prefix of the export
                same = f"{new_taken:,} vs {old_taken:,} taken"
            else:
                same = "same output" if new_digest == old_digest else "OUTPUT DIFFERS"
            load = os.getloadavg()[0]
            print(
                f"  {fmt:12} {new:>8,} vs {old:>8,} claims/CPU-s  {new / old:.2f}x;  wall {new_wall:>8,}"
                f" vs {old_wall:>8,}/s  {new_wall / old_wall:.2f}x  {same}  load {load:.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
