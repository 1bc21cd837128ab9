"""Every command on a desk's years of work (issue 14): a SQLite database of 1,000,000 claims.

The database is built once (benchmarks/out/scale_<claims>.db, bulk inserts through sqlite3 into
the schema factcheck creates) with a desk-like distribution: ten claims an article, articles
spread over three years, Arabic and English, 40 counted things and 150 places drawn by a Zipf
law, most figures agreeing with their bucket's true value and a few off by half or double,
the usual mix of qualifiers, dates, sources and verdicts.

Each command runs in a fresh process, alternating with the baseline `factcheck list` (the first
page of unverified claims) in the same run; the figure compared is the median time as a ratio
to the baseline's, with the process's peak memory (ru_maxrss) beside it.

    python benchmarks/bench_scale.py [--claims 1000000] [--runs 3] [--only NAME]
    python benchmarks/bench_scale.py --in-process [--claims 1000000] [--export-claims 200000]

With --in-process, the figures a loaded machine cannot give by wall time are measured by CPU
time inside one process, each beside a named baseline of the same run: every export format's
claims per CPU-second against reading the same rows with sqlite3 alone (the floor any export
stands on); the query time of `list` with each filter and sort, `articles`, `related` and
`show` (the service call, best of --runs) against `list`'s first page; and `conflicts` split
into its sweep and the loading of the groups' members.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from factcheck.extract.search import index_text, source_index_text
from factcheck.store import Store

OUT = Path(__file__).resolve().parent / "out"
PER_ARTICLE = 10
DAYS = 3 * 365

UNITS = [
    ("soldier", "soldiers", "جندي"),
    ("person", "people", "شخص"),
    ("missile", "missiles", "صاروخ"),
    ("USD", "dollars", "دولار"),
    ("displaced", "displaced people", "نازح"),
    ("dead", "dead", "قتيل"),
    ("injured", "injured", "جريح"),
    ("house", "houses", "منزل"),
    ("tank", "tanks", "دبابة"),
    ("drone", "drones", "مسيرة"),
] + [(f"thing{i}", f"things{i}", f"شيء{i}") for i in range(30)]
PLACES = [
    ("russia", "Russia", "روسيا"),
    ("ukraine", "Ukraine", "أوكرانيا"),
    ("kursk", "Kursk", "كورسك"),
    ("gaza", "Gaza", "غزة"),
    ("lebanon", "Lebanon", "لبنان"),
    ("sudan", "Sudan", "السودان"),
    ("yemen", "Yemen", "اليمن"),
    ("syria", "Syria", "سوريا"),
] + [(f"town{i}", f"Town{i}", f"بلدة{i}") for i in range(142)]
PEOPLE = [
    ("blinken", "Antony Blinken", "أنتوني بلينكن"),
    ("austin", "Lloyd Austin", "لويد أوستن"),
    ("lavrov", "Sergei Lavrov", "سيرغي لافروف"),
    ("zelensky", "Volodymyr Zelensky", "فولوديمير زيلينسكي"),
] + [(f"official{i}", f"Official {i}", f"المسؤول {i}") for i in range(60)]
QUALIFIERS = (
    ["exact"] * 50 + ["approx"] * 20 + ["more_than"] * 10 + ["up_to"] * 10 + ["range"] * 5 + ["vague"] * 5
)
STATUSES = ["unverified"] * 85 + ["confirmed"] * 8 + ["disputed"] * 7
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _zipf(rng: random.Random, items: list, s: float = 1.1):  # type: ignore[no-untyped-def]
    weights = [1 / (k + 1) ** s for k in range(len(items))]
    return rng.choices(items, weights)[0]


def build(path: Path, claims: int, seed: int = 14) -> None:
    """The database, built under a temporary name and renamed when complete."""
    rng = random.Random(seed)
    building = path.with_suffix(".building")
    for stale in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        stale.unlink(missing_ok=True)
    store = Store(f"sqlite:///{building}")
    with store.write():
        pass  # creates the schema
    store.close()
    connection = sqlite3.connect(building)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    truth = {(u[0], p[0]): 10 ** rng.uniform(1, 5) for u in UNITS for p in PLACES}
    start = datetime(2023, 1, 1, 6, 0, tzinfo=UTC)
    articles = claims // PER_ARTICLE
    claim_rows: list[tuple] = []
    article_rows: list[tuple] = []

    def flush() -> None:
        connection.executemany(
            "INSERT INTO article (id, url, title, source_name, language, text, content_sha256, published,"
            " published_precision, published_origin, fetched_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'day', 'option', ?, ?)",
            article_rows,
        )
        connection.executemany(
            "INSERT INTO claim (article_id, kind, sentence, sentence_start, span_start, span_end,"
            " quantity_text, value, low, high, qualifier, unit, unit_key, time_text, time_start,"
            " time_end, time_granularity, attribution, attribution_role, entities, place, worth,"
            " status, status_changed_at, fingerprint, created_at, search_text, source_text)"
            " VALUES (?, ?, ?, 0, 0, 10, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            claim_rows,
        )
        article_rows.clear()
        claim_rows.clear()

    sources = functools.cache(lambda name, lang: source_index_text(name, None, lang))
    for a in range(1, articles + 1):
        arabic = a % 2 == 0
        published = start + timedelta(days=DAYS * (a - 1) / articles)
        created = published.strftime(STAMP)
        sentences = []
        for _ in range(PER_ARTICLE):
            unit = _zipf(rng, UNITS)
            place = _zipf(rng, PLACES)
            person = _zipf(rng, PEOPLE) if rng.random() < 0.6 else None
            qualifier = rng.choice(QUALIFIERS)
            base = truth[(unit[0], place[0])]
            value = int(base * (rng.choice([0.5, 2.0]) if rng.random() < 0.03 else rng.uniform(0.97, 1.03)))
            value = max(1, value)
            low = high = str(value)
            if qualifier in ("more_than", "vague"):
                high = None
            if qualifier == "up_to":
                low = None
            if qualifier == "range":
                high = str(int(value * 1.2))
            figure = f"{value:,}"
            if arabic:
                written = figure.translate(AR_DIGITS) if rng.random() < 0.3 else str(value)
                said = f"وقال {person[2]} " if person else "وأفادت مصادر "
                sentence = f"{said}إن {written} {unit[2]} في {place[2]} خلال الأسبوع الماضي."
                noun = unit[2]
            else:
                written = figure if rng.random() < 0.7 else str(value)
                said = f"{person[1]} said" if person else "Sources said"
                sentence = f"{said} that {written} {unit[1]} were in {place[1]} last week."
                noun = unit[1]
            sentences.append(sentence)
            dated = rng.random() < 0.6
            day = (published - timedelta(days=rng.randint(0, 6))).date() if dated else None
            status = rng.choice(STATUSES)
            keys = {f"place:{place[0]}"} | ({f"person:{person[0]}"} if person else set())
            entities = " ".join(sorted(keys))
            event = rng.random() < 0.08
            claim_rows.append(
                (
                    a,
                    "event" if event else "figure",
                    sentence,
                    None if event else written + " " + noun,
                    None if event else str(value),
                    None if event else low,
                    None if event else high,
                    None if event else qualifier,
                    None if event else noun,
                    None if event else unit[0],
                    "last week" if dated else None,
                    day.isoformat() if day else None,
                    day.isoformat() if day else None,
                    "day" if dated else None,
                    (person[2] if arabic else person[1]) if person else None,
                    None,
                    entities,
                    f"place:{place[0]}",
                    round(rng.random(), 2),
                    status,
                    created if status != "unverified" else None,
                    f"{unit[0]}|{value}|{place[0]}",
                    created,
                    index_text(
                        [sentence, None if event else written + " " + noun], keys | {f"unit:{unit[0]}"}
                    ),
                    sources(person[2] if arabic else person[1], "ar" if arabic else "en") if person else "",
                )
            )
        text = "\n".join(sentences)
        article_rows.append(
            (
                a,
                f"https://news.example/{a}" if a % 3 else None,
                sentences[0][:80],
                "news.example",
                "ar" if arabic else "en",
                text,
                f"{a:064x}",
                published.strftime(STAMP),
                created,
                created,
            )
        )
        if len(claim_rows) >= 50_000:
            flush()
    flush()
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()
    building.rename(path)


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time and peak resident memory (bytes) of one fresh process, output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(
            f"{' '.join(cmd)} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_maxrss * 1024


def commands(claims: int) -> dict[str, list[str]]:
    article = claims // PER_ARTICLE // 2
    claim = claims // 2
    return {
        "list --status all --sort worth": ["list", "--status", "all", "--sort", "worth"],
        "list --sort worth": ["list", "--sort", "worth"],
        "list --article N": ["list", "--article", str(article), "--status", "all"],
        "list --lang ar": ["list", "--lang", "ar"],
        "list --source-of blinken": ["list", "--source-of", "blinken"],
        "list --search 12,000": ["list", "--search", "12,000"],
        "list --search (no match)": ["list", "--search", "zzzz-nothing"],
        "show N": ["show", str(claim)],
        "related N": ["related", str(claim)],
        "articles": ["articles"],
        "conflicts": ["conflicts"],
        "export --format ndjson": ["export", "--format", "ndjson"],
        "export --format csv": ["export", "--format", "csv"],
        "export --format json": ["export", "--format", "json"],
    }


def _real_articles() -> list[str]:
    """The texts of the real-article set (benchmarks/articles, the holdout included)."""
    import tomllib

    folder = Path(__file__).resolve().parent / "articles"
    texts = []
    for path in sorted(folder.rglob("*.toml")):
        text = tomllib.loads(path.read_text(encoding="utf-8")).get("text")
        if text:
            texts.append(text)
    return texts


def bench_add(articles: int, env: dict[str, str]) -> tuple[float, int]:
    """`factcheck add` of `articles` real-size articles into a new SQLite database: the real
    articles of benchmarks/articles in turn (Arabic and English news, 300 to 2,000 characters),
    each made a different text by one more sentence; seconds and peak memory."""
    texts = _real_articles()
    folder = OUT / "add_articles"
    folder.mkdir(exist_ok=True)
    for stale in folder.glob("*.txt"):
        stale.unlink()
    paths = []
    for number in range(articles):
        path = folder / f"{number:05}.txt"
        update = f"Update {number}: {number * 7 + 100} people were evacuated."
        path.write_text(f"{texts[number % len(texts)]}\n\n{update}", encoding="utf-8")
        paths.append(str(path))
    listing = folder / "sources.txt"
    listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
    db = OUT / "add_bench.db"
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    add_env = {**env, "FACTCHECK_DATABASE_URL": f"sqlite:///{db}"}
    command = ["add", "--from-file", str(listing), "--published", "2024-11-01"]
    return run_once([sys.executable, "-m", "factcheck", *command], add_env)


def _cpu(call: Callable[[], object]) -> float:
    start = time.process_time()
    call()
    return time.process_time() - start


def export_rates(db: Path, claims: int) -> None:
    """Claims per CPU-second of every export format over the first `claims` claims, beside the
    same rows read by sqlite3 alone (best of two runs each, alternated)."""
    from factcheck import export, service
    from factcheck.config import Settings

    store = Store(f"sqlite:///{db}")
    settings = Settings(base_dir=Path("."))
    writers = {
        "json": export.export_json,
        "ndjson": export.export_ndjson,
        "csv": export.export_csv,
        "claimreview": lambda rows: export.export_claimreview(rows, settings),
    }

    def raw() -> None:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        cursor = connection.execute(
            "SELECT claim.*, article.id, article.url, article.title, article.published, article.language"
            " FROM claim JOIN article ON article.id = claim.article_id ORDER BY claim.id"
        )
        read = 0
        while read < claims and (rows := cursor.fetchmany(2_000)):
            read += len(rows)
        connection.close()

    def run(fmt: str) -> None:
        rows = itertools.islice(service.stream_export(store, None), claims)
        for _ in writers[fmt](rows):
            pass

    floor = min(_cpu(raw) for _ in range(2))
    print(f"export, in process, first {claims:,} claims (CPU time; baseline: the rows read by sqlite3 alone)")
    print(f"  {'sqlite3 read (baseline)':26} {claims / floor:>9,.0f} claims/CPU-s  1.0x")
    for fmt in writers:
        spent = min(_cpu(functools.partial(run, fmt)) for _ in range(2))
        floor = min(floor, _cpu(raw))
        print(f"  {fmt:26} {claims / spent:>9,.0f} claims/CPU-s  {spent / floor:.1f}x", flush=True)
    store.close()


def query_times(db: Path, claims: int, runs: int) -> None:
    """Seconds of each service call (best of `runs`) beside `list`'s first page."""
    from factcheck import service
    from factcheck.service import ClaimFilter

    store = Store(f"sqlite:///{db}")
    article, claim = claims // PER_ARTICLE // 2, claims // 2
    calls: dict[str, Callable[[], object]] = {
        "list (baseline)": lambda: service.list_claims(store, ClaimFilter()),
        "list --status all --sort worth": lambda: service.list_claims(
            store, ClaimFilter(status=None, sort="worth")
        ),
        "list --sort worth": lambda: service.list_claims(store, ClaimFilter(sort="worth")),
        "list --article N": lambda: service.list_claims(store, ClaimFilter(status=None, article_id=article)),
        "list --lang ar": lambda: service.list_claims(store, ClaimFilter(language="ar")),
        "list --source-of blinken": lambda: service.list_claims(store, ClaimFilter(source_of="blinken")),
        "list --search 12,000": lambda: service.list_claims(store, ClaimFilter(search="12,000")),
        "list --search (no match)": lambda: service.list_claims(store, ClaimFilter(search="zzzz")),
        "list --status confirmed": lambda: service.list_claims(store, ClaimFilter(status="confirmed")),
        "list --lang en --sort worth": lambda: service.list_claims(
            store, ClaimFilter(language="en", sort="worth")
        ),
        "list --source-of (nobody)": lambda: service.list_claims(store, ClaimFilter(source_of="nobody")),
        "list --search kursk": lambda: service.list_claims(store, ClaimFilter(search="kursk")),
        "list --unit soldier": lambda: service.list_claims(store, ClaimFilter(unit_key="soldier")),
        "list --unit soldier --sort worth": lambda: service.list_claims(
            store, ClaimFilter(unit_key="soldier", sort="worth")
        ),
        "list --unit thing29 (rare)": lambda: service.list_claims(store, ClaimFilter(unit_key="thing29")),
        "list --from/--to a month, 2 years ago": lambda: service.list_claims(
            store, ClaimFilter(date_from=date(2024, 1, 1), date_to=date(2024, 1, 31))
        ),
        "list --from last week": lambda: service.list_claims(
            store, ClaimFilter(date_from=date(2025, 12, 24))
        ),
        "articles": lambda: service.list_articles(store, 50),
        "related N": lambda: service.related_claims(store, claim),
        "show N": lambda: service.get_claim(store, claim),
    }
    calls["list (baseline)"]()  # opens the database, imports what the calls need
    print(f"query time, in process (best of {runs}; baseline: list's first page): wall, CPU, CPU ratio")
    base = min(_cpu(calls["list (baseline)"]) for _ in range(runs))
    for name, call in calls.items():
        wall = min(_wall(call) for _ in range(runs))
        cpu = min(_cpu(call) for _ in range(runs))
        print(f"  {name:40} {wall:7.3f}s {cpu:7.3f}s {cpu / base:6.1f}x", flush=True)
    store.close()


def _wall(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def conflict_phases(db: Path) -> None:
    """CPU seconds of the conflict sweep alone, then of the whole command's groups with their
    members loaded (what `conflicts` prints)."""
    from factcheck import service
    from factcheck.conflicts import Figure, conflict_groups, interval
    from factcheck.store import queries

    store = Store(f"sqlite:///{db}")
    figures = groups = members = 0

    def sweep() -> None:
        nonlocal figures, groups, members
        with store.read() as session:
            days = queries.publication_days(session)
            candidates = queries.conflict_candidates(session)
            for _, bucket in itertools.groupby(candidates, key=lambda c: (c.unit_key, c.place)):
                found = [
                    Figure(
                        c.claim_id,
                        c.article_id,
                        c.time_start or days[c.article_id],
                        *interval(c.low, c.high, c.qualifier),
                    )
                    for c in bucket
                ]
                figures += len(found)
                for ids in conflict_groups(found):
                    groups += 1
                    members += len(ids)

    swept = _cpu(sweep)
    whole = _cpu(lambda: sum(len(g.members) for g in service.iter_conflicts(store)))
    print(
        f"conflicts, in process: {figures:,} figures swept in {swept:.1f} CPU-s; {groups:,} groups of"
        f" {members:,} claims; with their members loaded {whole:.1f} CPU-s"
    )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--add-articles", type=int, default=1000, help="articles for the `add` benchmark")
    parser.add_argument("--only", action="append", help="run only the commands whose name starts with this")
    parser.add_argument("--in-process", action="store_true", help="CPU-time figures in one process")
    parser.add_argument("--export-claims", type=int, default=200_000, help="claims per export (--in-process)")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"scale_{args.claims}.db"
    if not db.exists():
        began = time.perf_counter()
        build(db, args.claims)
        print(f"built {db.name} in {time.perf_counter() - began:.0f} s ({db.stat().st_size / 1e6:.0f} MB)")
    if args.in_process:
        if (
            not args.only
            or "export".startswith(tuple(args.only))
            or any(o.startswith("export") for o in args.only)
        ):
            export_rates(db, min(args.export_claims, args.claims))
        if not args.only or any(o.startswith(("list", "query")) for o in args.only):
            query_times(db, args.claims, args.runs)
        if not args.only or any(o.startswith("conflicts") for o in args.only):
            conflict_phases(db)
        return
    env = {**os.environ, "FACTCHECK_DATABASE_URL": f"sqlite:///{db}"}
    factcheck = [sys.executable, "-m", "factcheck"]
    baseline_cmd = [*factcheck, "list"]
    run_once(baseline_cmd, env)
    print(f"claims: {args.claims:,}; median of {args.runs} runs; ratio to `factcheck list` in the same run")
    print(f"{'command':32} {'median':>9} {'ratio':>7} {'peak RSS':>9}")
    base_times = []
    for name, cmd in commands(args.claims).items():
        if args.only and not any(name.startswith(o) for o in args.only):
            continue
        times, peaks = [], []
        for _ in range(args.runs):
            base_times.append(run_once(baseline_cmd, env)[0])
            elapsed, peak = run_once([*factcheck, *cmd], env)
            times.append(elapsed)
            peaks.append(peak)
        median = statistics.median(times)
        ratio = median / statistics.median(base_times)
        extra = ""
        if name.startswith("export"):
            extra = f"  {args.claims / median:,.0f} claims/s"
        print(f"{name:32} {median:8.2f}s {ratio:6.1f}x {max(peaks) / 1e6:7.0f}MB{extra}", flush=True)
    if not args.only or any("add".startswith(o) for o in args.only):
        base_times.append(run_once(baseline_cmd, env)[0])
        elapsed, peak = bench_add(args.add_articles, env)
        ratio = elapsed / statistics.median(base_times)
        print(
            f"{f'add {args.add_articles} articles':32} {elapsed:8.2f}s {ratio:6.1f}x {peak / 1e6:7.0f}MB"
            f"  {args.add_articles / elapsed:,.0f} articles/s"
        )
    print(f"{'factcheck list (baseline)':32} {statistics.median(base_times):8.2f}s")


if __name__ == "__main__":
    main()
