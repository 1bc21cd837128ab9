"""Every command on a desk's years of work (issue 14): a SQLite database of 1,000,000 claims.

The database is built once (benchmarks/out/scale_<claims>.db, bulk inserts through sqlite3 into
the schema factcheck creates) with a desk-like distribution: ten claims an article, articles
spread over three years, Arabic and English, 40 counted things and 150 places drawn by a Zipf
law, the usual mix of qualifiers, dates, sources and verdicts. The figures (--distribution):
`desk` (the default, benchmarks/out/scale_<claims>.db), every report of a counted thing in a
place gives its one figure, exactly or rounded as reports round it, or a bound or range around
it, and 3% are outliers at half or double; `jittered` (scale_<claims>_jittered.db, the worst
case for `conflicts`), every report off by 0-3% at random, so that two exact reports almost
never agree.

Each command runs in a fresh process, alternating with the baseline `factcheck list` (the first
page of unverified claims) in the same run; the figure compared is the median time as a ratio
to the baseline's, with the process's peak memory (ru_maxrss) beside it.

    python benchmarks/bench_scale.py [--claims 1000000] [--runs 3] [--only NAME]
    python benchmarks/bench_scale.py --in-process [--claims 1000000] [--export-claims 200000]
    python benchmarks/bench_scale.py --only add [--add-articles 1000] [--runs 2] [--add-baseline DIR]
        [--no-bytecode-cache] [--add-out DIR]

`--only add` needs no database of claims: it adds real-article files into a new SQLite
database and prints the CPU time an article of the main process, the workers and the
forkserver (benchmarks/add_measured.py), alternating with the source tree in DIR if given.

With --in-process, the figures a loaded machine cannot give by wall time are measured by CPU
time inside one process, each beside a named baseline of the same run: every export format's
claims per CPU-second against reading the same rows with sqlite3 alone (the floor any export
stands on); the query time of `list` with each filter and sort, `articles`, `related` and
`show` (the service call, best of --runs) against `list`'s first page; and `conflicts` split
into the database's aggregate (the groups and their count) and the whole command's page (the 50
most recent groups with their members), beside `list`'s first page.
"""

from __future__ import annotations

import argparse
import functools
import glob
import itertools
import os
import pwd
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from factcheck.conflicts import conflict_columns
from factcheck.extract.search import index_text, source_index_text
from factcheck.store import Store

OUT = Path(__file__).resolve().parent / "out"
# Where the `add` benchmark writes its files, its databases and its compiled modules
# (--add-out: another helper may be reading benchmarks/out's).
ADD_OUT = OUT
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


def _significant(value: float, down: bool) -> int:
    """A figure rounded to two significant digits, down or up, as a report rounds it."""
    whole = max(1, int(value))
    step = 10 ** max(0, len(str(whole)) - 2)
    return max(1, (whole // step + (0 if down or whole % step == 0 else 1)) * step)


def _desk_report(rng: random.Random, truth: float, qualifier: str) -> tuple[int, str | None, str | None]:
    """One report of a counted thing, as a desk's sources give it: the same figure as every
    other report (exact), or that figure rounded (about X: within APPROX_TOLERANCE), a bound on
    the right side of it (more than, up to), a range around it; 3% of reports are outliers at
    half or double the figure (a typo, an old figure, a partisan one)."""
    figure = truth * rng.choice([0.5, 2.0]) if rng.random() < 0.03 else truth
    value = max(1, int(figure))
    if qualifier == "exact":
        return value, str(value), str(value)
    if qualifier == "approx":
        rounded = _significant(figure, down=rng.random() < 0.5)
        return rounded, str(rounded), str(rounded)
    if qualifier in ("more_than", "vague"):
        rounded = _significant(figure, down=True)
        return rounded, str(rounded), None
    if qualifier == "up_to":
        rounded = _significant(figure, down=False)
        return rounded, None, str(rounded)
    low, high = _significant(figure * 0.9, down=True), _significant(figure * 1.1, down=False)
    return low, str(low), str(high)


def _jittered_report(rng: random.Random, truth: float, qualifier: str) -> tuple[int, str | None, str | None]:
    """The worst case for `conflicts`: every report 0-3% off the figure at random, so that two
    exact reports almost never agree (and 3% of them at half or double)."""
    value = max(1, int(truth * (rng.choice([0.5, 2.0]) if rng.random() < 0.03 else rng.uniform(0.97, 1.03))))
    low: str | None = str(value)
    high: str | None = str(value)
    if qualifier in ("more_than", "vague"):
        high = None
    if qualifier == "up_to":
        low = None
    if qualifier == "range":
        high = str(int(value * 1.2))
    return value, low, high


REPORTS = {"desk": _desk_report, "jittered": _jittered_report}


def database_path(claims: int, distribution: str) -> Path:
    return OUT / (f"scale_{claims}.db" if distribution == "desk" else f"scale_{claims}_{distribution}.db")


def build(path: Path, claims: int, seed: int = 14, distribution: str = "desk") -> None:
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
            " status, status_changed_at, fingerprint, created_at, search_text, source_text,"
            " reference_day, period, conflict_low, conflict_high)"
            " VALUES (?, ?, ?, 0, 0, 10, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?)",
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
            value, low, high = REPORTS[distribution](rng, truth[(unit[0], place[0])], qualifier)
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
            # What `conflicts` reads of the claim, as the store fills it (factcheck.conflicts).
            columns = conflict_columns(
                None if event else low,
                None if event else high,
                None if event else qualifier,
                day,
                published.date(),
            )
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
                    columns["reference_day"].isoformat(),
                    columns["period"],
                    columns["conflict_low"],
                    columns["conflict_high"],
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


def _pg_bin() -> Path:
    """The newest PostgreSQL server binaries on this machine (as tests/conftest.py finds them)."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    if found is None:
        raise SystemExit("--postgres: no PostgreSQL server binaries (initdb) on this machine")
    return Path(found).parent


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb refuses root: as root, the server's commands run as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


class Cluster:
    """A PostgreSQL server of the benchmark's own, its data under benchmarks/out/pg (kept
    between runs with --keep), listening on a Unix socket only. Settings a team's server would
    have for a million-row table: 256 MB of shared buffers and 512 MB to build indexes; fsync
    off (-F), since a lost benchmark database is rebuilt, not recovered."""

    def __init__(self, folder: Path) -> None:
        self.bin = _pg_bin()
        self.folder = folder
        self.data = folder / "data"
        self.port = 55000 + os.getpid() % 900

    def _run(self, *args: str) -> None:
        result = subprocess.run(_as_postgres(list(args)), capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            raise SystemExit(
                f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-400:]}"
            )

    def start(self) -> str:
        """Start the server (initializing its data folder the first time); its URL."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        if not (self.data / "PG_VERSION").exists():
            shutil.rmtree(self.data, ignore_errors=True)
            self._run(
                str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--no-locale", "--no-sync",
            )  # fmt: skip
        options = (
            f"-k {self.folder} -c listen_addresses='' -p {self.port} -F -c shared_buffers=256MB"
            " -c maintenance_work_mem=512MB -c max_wal_size=4GB -c work_mem=16MB"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
            "-w", "start",
        )  # fmt: skip
        return f"postgresql+psycopg://postgres@/postgres?host={self.folder}&port={self.port}"

    def stop(self, keep: bool) -> None:
        """Stop the server; its data folder too unless `keep`."""
        subprocess.run(
            _as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"]),
            capture_output=True,
            timeout=120,
        )
        if not keep:
            shutil.rmtree(self.folder, ignore_errors=True)


def _psycopg(url: str, **options: Any) -> Any:
    """A psycopg connection to a SQLAlchemy URL of the cluster."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return psycopg.connect(
        dbname=parsed.database,
        user=parsed.username,
        host=str(parsed.query["host"]),
        port=int(str(parsed.query["port"])),
        **options,
    )


def build_postgres(server_url: str, source: Path) -> str:
    """The database named after the SQLite build `source` on the cluster, built once (under a
    temporary name, renamed when complete) with the same rows: factcheck creates its schema,
    every article and claim of the SQLite file is loaded by COPY with factcheck's own indexes
    dropped and created again afterwards (their definitions read back from the catalogue, so
    they are exactly the schema's), then VACUUM ANALYZE (what autovacuum does to a table that
    has had many inserts: statistics and the visibility map). Foreign keys are not checked
    during the load (session_replication_role = replica): the rows come from a database that
    checked them. Its URL."""
    from sqlalchemy.engine import make_url

    name = source.stem
    server = make_url(server_url)
    url = server.set(database=name).render_as_string(hide_password=False)
    with _psycopg(server_url, autocommit=True) as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            return url
        admin.execute(f"DROP DATABASE IF EXISTS {name}_building")
        admin.execute(f"CREATE DATABASE {name}_building")
    building = server.set(database=f"{name}_building").render_as_string(hide_password=False)
    for database in (f"sqlite:///{source}", building):
        store = Store(database)
        with store.write():
            pass  # creates the schema, or brings the SQLite file's up to date
        store.close()
    began = time.perf_counter()
    rows = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    with _psycopg(building) as connection:
        connection.execute("SET TIME ZONE 'UTC'")  # SQLite's datetimes are UTC without an offset
        connection.execute("SET session_replication_role = replica")
        indexes = connection.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('article', 'claim')"
            " AND indexname NOT IN (SELECT conname FROM pg_constraint)"
        ).fetchall()
        for index, _ in indexes:
            connection.execute(f"DROP INDEX {index}")
        with connection.cursor() as cursor:
            for table in ("article", "claim"):
                columns = ", ".join(
                    c[1] for c in rows.execute(f"PRAGMA table_info({table})")
                )  # the same names on both: factcheck made both schemas
                loaded = 0
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows.execute(f"SELECT {columns} FROM {table} ORDER BY id"):
                        copy.write_row(row)
                        loaded += 1
                        if loaded % 100_000 == 0:
                            print(
                                f"  {table}: {loaded:,} rows ({time.perf_counter() - began:.0f} s)",
                                flush=True,
                            )
        for _, definition in indexes:
            connection.execute(definition)
        for table in ("article", "claim"):
            connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        connection.commit()
        print(f"  loaded and indexed in {time.perf_counter() - began:.0f} s", flush=True)
    rows.close()
    with _psycopg(building, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    with _psycopg(server_url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name}_building RENAME TO {name}")
    return url


def run_once(cmd: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, int]:
    """Wall time and peak resident memory (bytes) of one fresh process, output discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
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
    """The texts of the real articles' development sets (article_sets.py: never the gate's or
    the blind sets)."""
    from article_sets import development_articles

    return [article["text"] for article in development_articles()]


def add_corpus(articles: int) -> Path:
    """The files of the `add` benchmark and the list naming them: the real articles of
    benchmarks/articles in turn (Arabic and English news, 300 to 2,000 characters), each made a
    different text by one more sentence."""
    texts = _real_articles()
    folder = ADD_OUT / "add_articles"
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
    return listing


def _add_env(env: dict[str, str], tree: Path, bytecode_cache: bool) -> dict[str, str]:
    """The environment of an `add` run with the code of `tree`. With `bytecode_cache`, Python
    keeps its compiled modules (under benchmarks/out/pycache, outside the trees), as an
    installed factcheck does; a machine that sets PYTHONDONTWRITEBYTECODE (this one's sessions
    do) compiles every module of the project at each start, in each process."""
    add_env = {
        **env,
        "PYTHONPATH": str(tree),
        # search_text lists a claim's entity keys in set order: the same seed stores the same
        # text, so that the databases of two trees can be compared column by column.
        "PYTHONHASHSEED": "0",
    }
    if bytecode_cache:
        add_env.pop("PYTHONDONTWRITEBYTECODE", None)
        add_env["PYTHONPYCACHEPREFIX"] = str(ADD_OUT / "pycache")
    return add_env


def _compile_once(tree: Path, env: dict[str, str]) -> None:
    """Import what an `add` imports, in its main process and its workers, so that the timed
    runs find the compiled modules (the first import with a bytecode cache writes them)."""
    modules = "factcheck.cli.app, factcheck.prepare, factcheck.ingest, factcheck.extract.pipeline"
    subprocess.run([sys.executable, "-c", f"import {modules}"], env=env, cwd=ADD_OUT, check=True)


def add_once(listing: Path, db: Path, env: dict[str, str]) -> dict[str, float]:
    """`factcheck add --from-file LISTING` with the environment `env` (_add_env: the code of
    one tree) into a new SQLite database `db`, in a fresh process (benchmarks/add_measured.py):
    wall seconds and CPU seconds of the main process, of the extraction workers (and of
    `extract` in them) and of their forkserver."""
    import json

    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    cpu_file = ADD_OUT / "add_cpu.json"
    add_env = {**env, "FACTCHECK_DATABASE_URL": f"sqlite:///{db}", "FACTCHECK_CPU_OUT": str(cpu_file)}
    launcher = Path(__file__).resolve().parent / "add_measured.py"
    command = ["add", "--from-file", str(listing), "--published", "2024-11-01"]
    launched = time.time()
    # Run outside any source tree: the forkserver's `python -c` puts its working folder first
    # on its path, which would import the tree found there rather than PYTHONPATH's.
    elapsed, peak = run_once([sys.executable, str(launcher), *command], add_env, cwd=listing.parent)
    measured = json.loads(cpu_file.read_text())
    # When the first task was handed to the pool (its workers could start), from the launch.
    measured["ready"] = measured.get("first_task_at", launched) - launched
    return measured | {"wall": elapsed, "peak": peak}


def bench_add(
    articles: int, runs: int, baseline: Path | None, env: dict[str, str], bytecode_cache: bool = True
) -> None:
    """The `add` benchmark: `runs` rounds, each this tree's `add` of `articles` files and, if
    `baseline` names another source tree (e.g. `git archive main | tar -x -C DIR`), that
    tree's, one after the other; wall time and the CPU time per article of the main process
    and of the workers. The last databases are kept (benchmarks/out/add_bench*.db) for
    benchmarks/compare_databases.py."""
    listing = add_corpus(articles)
    here = Path(__file__).resolve().parent.parent
    trees = [("this tree", here, ADD_OUT / "add_bench.db")]
    if baseline is not None:
        trees.append(("baseline", baseline.resolve(), ADD_OUT / "add_bench_baseline.db"))
    envs = {tree: _add_env(env, tree, bytecode_cache) for _, tree, _ in trees}
    if bytecode_cache:
        for tree, tree_env in envs.items():
            _compile_once(tree, tree_env)
    print(
        f"add {articles} articles ({'with' if bytecode_cache else 'without'} a bytecode cache); "
        "CPU ms an article: main process (start-up included), workers "
        "(their start-up included), of which in `extract` and the rest, forkserver; the main "
        "process, the workers' rest and the forkserver together (`not extract`); `wait`: the "
        "main process's wait at the pool's first task (for the forkserver's preload), wall ms; "
        "`ready`: that task handed over (the workers can start), wall seconds from the launch; "
        "`to pool`: the main process's CPU seconds up to that task (its start)"
    )
    print(
        f"{'run':4} {'tree':10} {'wall':>8} {'art/s':>6} {'load':>5} {'main':>6} {'workers':>8}"
        f" {'extract':>8} {'rest':>6} {'fsrv':>6} {'not extract':>11} {'wait':>6} {'ready':>6} {'to pool':>7}"
    )
    for run in range(runs):
        for name, tree, db in trees:
            load = os.getloadavg()[0]
            m = add_once(listing, db, envs[tree])
            print(
                f"{run + 1:<4} {name:10} {m['wall']:7.2f}s {articles / m['wall']:6.0f} {load:5.1f}"
                f" {1000 * m['main'] / articles:6.2f} {1000 * m['workers'] / articles:8.2f}"
                f" {1000 * m['extract'] / articles:8.2f}"
                f" {1000 * (m['workers'] - m['extract']) / articles:6.2f}"
                f" {1000 * m['forkserver'] / articles:6.2f}"
                f" {1000 * (m['main'] + m['workers'] - m['extract'] + m['forkserver']) / articles:11.2f}"
                f" {1000 * m.get('first_submit', 0.0):4.0f}ms {m['ready']:5.2f}s"
                f" {m.get('main_to_pool', 0.0):6.2f}s",
                flush=True,
            )


def _cpu(call: Callable[[], object]) -> float:
    return _clock(call)[0]


def _clock(call: Callable[[], object]) -> tuple[float, float]:
    """CPU seconds of this process, and wall seconds, of one call. On PostgreSQL the server's
    work is in the wall time only."""
    start, cpu = time.perf_counter(), time.process_time()
    call()
    return time.process_time() - cpu, time.perf_counter() - start


def export_rates(url: str, claims: int) -> None:
    """Claims per CPU-second of every export format over the first `claims` claims, beside the
    same rows read by the driver alone (sqlite3, or psycopg through a server-side cursor; best
    of two runs each, alternated)."""
    from factcheck import export, service
    from factcheck.config import Settings
    from factcheck.store.queries import EXPORT_BATCH

    store = Store(url)
    settings = Settings(base_dir=Path("."))
    # The records the database writes, beside the records built in Python (claim_record and
    # the json writers: the plain writers), in the same run.
    record_writers = {  # the whole record's text written by the database (what `export` runs)
        "json (database records)": export.export_records_json,
        "ndjson (database records)": export.export_records_ndjson,
    }
    writers = {
        "json (Python records)": export.export_json,
        "ndjson (Python records)": export.export_ndjson,
        "csv (row views)": export.export_csv,
        "claimreview (row views)": lambda rows: export.export_claimreview(rows, settings),
    }

    joined = (
        "SELECT claim.*, article.id, article.url, article.title, article.published, article.language"
        " FROM claim JOIN article ON article.id = claim.article_id ORDER BY claim.id"
    )

    def raw() -> None:
        if store.file is not None:
            connection = sqlite3.connect(f"file:{store.file}?mode=ro", uri=True)
            cursor = connection.execute(joined)
        else:
            connection = _psycopg(url)
            cursor = connection.cursor(name="raw")
            cursor.execute(joined)
        read = 0
        while read < claims and (rows := cursor.fetchmany(2_000)):
            read += len(rows)
        connection.close()

    def run(fmt: str) -> None:
        if fmt in record_writers:
            layout = export.record_layout(fmt.startswith("json"), article=True)
            batches = itertools.islice(
                service.stream_export_records(store, None, layout), -(-claims // EXPORT_BATCH)
            )
            for _ in record_writers[fmt](batches):
                pass
            return
        if fmt == "claimreview (database records)":  # counted as reviews written, as the row views' below
            review_layout = export.review_layout(settings)
            assert review_layout is not None
            reviews = service.stream_export_reviews(store, None, review_layout)
            for _ in export.export_reviews(
                itertools.islice(reviews, -(-claims // EXPORT_BATCH)), review_layout, settings
            ):
                pass
            return
        if fmt == "csv (database lines)":
            lines = service.stream_export_csv(store, None, export.CSV_COLUMNS)
            for _ in export.export_lines_csv(itertools.islice(lines, -(-claims // EXPORT_BATCH))):
                pass
            return
        rows = itertools.islice(
            service.stream_export(store, None, verdicts_only=fmt.startswith("claim")), claims
        )
        for _ in writers[fmt](rows):
            pass

    clocks = [_clock(raw) for _ in range(2)]
    floor, floor_wall = min(c[0] for c in clocks), min(c[1] for c in clocks)
    driver = "sqlite3" if store.file is not None else "psycopg"
    print(
        f"export, in process, first {claims:,} claims (CPU time, wall beside it; baseline: the rows"
        f" read by {driver} alone)"
    )
    print(
        f"  {driver + ' read (baseline)':30} {claims / floor:>9,.0f} claims/CPU-s  1.0x"
        f"  {claims / floor_wall:>9,.0f} claims/s wall"
    )
    order = ["json (database records)", "json (Python records)"]
    order += ["ndjson (database records)", "ndjson (Python records)"]
    order += ["csv (database lines)", "csv (row views)"]
    order += ["claimreview (database records)", "claimreview (row views)"]
    for fmt in order:
        clocks = [_clock(functools.partial(run, fmt)) for _ in range(2)]
        spent, wall = min(c[0] for c in clocks), min(c[1] for c in clocks)
        again = _clock(raw)
        floor, floor_wall = min(floor, again[0]), min(floor_wall, again[1])
        print(
            f"  {fmt:30} {claims / spent:>9,.0f} claims/CPU-s  {spent / floor:.1f}x"
            f"  {claims / wall:>9,.0f} claims/s wall  {wall / floor_wall:.1f}x",
            flush=True,
        )
    store.close()


def query_times(url: str, claims: int, runs: int) -> None:
    """Seconds of each service call (best of `runs`) beside `list`'s first page. On PostgreSQL,
    a call over 0.2 s has the EXPLAIN (ANALYZE, BUFFERS) of each of its statements that took
    more than 0.1 s printed after it."""
    from factcheck import service
    from factcheck.service import ClaimFilter

    store = Store(url)
    article, claim = claims // PER_ARTICLE // 2, claims // 2
    reported = _most_reported(store)

    def listing(**wanted: Any) -> Callable[[], object]:
        return lambda: service.list_claims(store, ClaimFilter(**wanted))

    calls: dict[str, Callable[[], object]] = {
        "list (baseline)": listing(),
        "list --status all": listing(status=None),
        "list --status confirmed": listing(status="confirmed"),
        "list --status disputed": listing(status="disputed"),
        "list --sort worth": listing(sort="worth"),
        "list --status all --sort worth": listing(status=None, sort="worth"),
        "list --article N": listing(status=None, article_id=article),
        "list --lang ar": listing(language="ar"),
        "list --lang en": listing(language="en"),
        "list --lang ar --sort worth": listing(language="ar", sort="worth"),
        "list --lang en --sort worth": listing(language="en", sort="worth"),
        "list --source-of blinken": listing(source_of="blinken"),
        "list --source-of بلينكن": listing(source_of="بلينكن"),
        "list --source-of (nobody)": listing(source_of="nobody"),
        "list --search 12,000": listing(search="12,000"),
        "list --search 12000": listing(search="12000"),
        "list --search ١٢٠٠٠": listing(search="١٢٠٠٠"),
        # A figure the desk's database holds (392 reports at a million, seed 14), as typed three ways.
        "list --search 12,923": listing(search="12,923"),
        "list --search 12923": listing(search="12923"),
        "list --search ١٢٩٢٣": listing(search="١٢٩٢٣"),
        "list --search soldiers": listing(search="soldiers"),
        "list --search جندي": listing(search="جندي"),
        "list --search kursk": listing(search="kursk"),
        "list --search كورسك": listing(search="كورسك"),
        "list --search (no match)": listing(search="zzzz"),
        "list --search soldiers --sort worth": listing(search="soldiers", sort="worth"),
        "list --unit soldier": listing(unit_key="soldier"),
        "list --unit soldier --sort worth": listing(unit_key="soldier", sort="worth"),
        "list --unit thing29 (rare)": listing(unit_key="thing29"),
        "list --from/--to a month, 2 years ago": listing(
            date_from=date(2024, 1, 1), date_to=date(2024, 1, 31)
        ),
        "list --from last week": listing(date_from=date(2025, 12, 24)),
        "list --from a recent year": listing(date_from=date(2025, 1, 1)),
        "list --from/--to 2023 (a year far back)": listing(
            date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)
        ),
        "list --from/--to 2023 --status all": listing(
            status=None, date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)
        ),
        "list --from/--to 2023 --sort worth": listing(
            sort="worth", date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)
        ),
        "list --from/--to 2023-06 to 2024-05": listing(date_from=date(2023, 6, 1), date_to=date(2024, 5, 31)),
        # A place named in one claim in a thousand, and a source nobody is quoted as: the
        # PostgreSQL planner once walked the list's index for both.
        "list --search town100": listing(search="town100"),
        "list --source-of official30 (no match)": listing(source_of="official30"),
        "articles": lambda: service.list_articles(store, 50),
        "related N": lambda: service.related_page(store, claim, 50),
        "related N (the most reported figure)": lambda: service.related_page(store, reported, 50),
        "show N": lambda: service.get_claim(store, claim),
        "show N (the most reported figure)": lambda: service.get_claim(store, reported),
    }
    statements: list[tuple[str, Any]] = []
    if store.file is None:
        from sqlalchemy import event

        @event.listens_for(store.engine, "before_cursor_execute")
        def _record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
            statements.append((statement, parameters))

    calls["list (baseline)"]()  # opens the database, imports what the calls need
    print(
        f"query time, in process (best of {runs}; baseline: list's first page): wall, CPU, CPU ratio,"
        f" wall ratio; load {' '.join(f'{v:.1f}' for v in os.getloadavg())}; the most reported"
        f" figure's claim {reported}"
    )
    base = min(_cpu(calls["list (baseline)"]) for _ in range(runs))
    base_wall = min(_wall(calls["list (baseline)"]) for _ in range(runs))
    for name, call in calls.items():
        wall = min(_wall(call) for _ in range(runs))
        cpu = min(_cpu(call) for _ in range(runs))
        walked = ""
        if "--from" in name:  # beside the walk of the list's order (the plan before schema 17)
            from factcheck.store import queries

            probe, groups = queries._walk_finds_page, getattr(queries, "_MOST_WINDOW_GROUPS", None)
            queries._walk_finds_page = lambda *_: True  # type: ignore[assignment]
            queries._MOST_WINDOW_GROUPS = 0  # PostgreSQL's page from the window's groups, not taken
            try:
                walked = f"  (walked: {min(_wall(call) for _ in range(runs)):.3f}s wall"
                walked += f" {min(_cpu(call) for _ in range(runs)):.3f}s CPU)"
            finally:
                queries._walk_finds_page = probe  # type: ignore[assignment]
                queries._MOST_WINDOW_GROUPS = groups
        print(
            f"  {name:40} {wall:7.3f}s {cpu:7.3f}s {cpu / base:6.1f}x {wall / base_wall:6.1f}x{walked}",
            flush=True,
        )
        if store.file is None and wall > 0.2:
            statements.clear()
            call()
            _explain(store, list(statements))
    print(f"  load {' '.join(f'{v:.1f}' for v in os.getloadavg())}", flush=True)
    store.close()


def _most_reported(store: Store) -> int:
    """The oldest claim of the figure reported most often (the largest set `related` pages)."""
    from sqlalchemy import text

    with store.engine.connect() as connection:
        figure = connection.execute(
            text("SELECT fingerprint FROM claim GROUP BY fingerprint ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()
        return int(
            connection.execute(
                text("SELECT min(id) FROM claim WHERE fingerprint = :f"), {"f": figure}
            ).scalar_one()
        )


def _explain(store: Store, statements: list[tuple[str, Any]]) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of each statement (as the driver ran it) taking over 0.1 s."""
    with store.engine.connect() as connection:
        for statement, parameters in statements:
            if "factcheck_schema" in statement or not statement.lstrip().upper().startswith("SELECT"):
                continue
            plan = [
                row[0]
                for row in connection.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", parameters)
            ]
            took = next((float(line.split()[2]) for line in plan if line.startswith("Execution Time")), 0.0)
            if took > 100:
                print("    " + " ".join(statement.split())[:300])
                print("\n".join(f"      {line}" for line in plan), flush=True)


def _wall(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def conflict_phases(url: str) -> None:
    """CPU seconds (and wall seconds) of finding the conflict groups alone (the database's
    aggregate: the groups and their count), then of the whole command's page (the 50 most
    recent groups with their members loaded, what `conflicts` prints), beside `list`'s first
    page (the baseline) in the same run."""
    from factcheck import service
    from factcheck.service import ClaimFilter
    from factcheck.store import queries

    store = Store(url)
    found: list[Any] = []
    members = 0

    def groups() -> None:
        with store.read() as session:
            found[:] = queries.conflict_groups(session, 50)

    def page() -> None:
        nonlocal members
        shown = service.conflict_page(store, 50)
        members = sum(len(group.members) for group in shown.groups)

    def baseline() -> None:
        service.list_claims(store, ClaimFilter())

    baseline()  # opens the database, imports what the calls need
    base = min(_clock(baseline) for _ in range(3))
    grouped = min(_clock(groups) for _ in range(3))
    paged = min(_clock(page) for _ in range(3))
    print(
        f"conflicts, in process (best of 3): the groups ({found[0].groups if found else 0:,} in all)"
        f" {grouped[0]:.2f} CPU-s ({grouped[1]:.2f} s wall); `conflicts` (the 50 most recent groups,"
        f" {members:,} members loaded) {paged[0]:.2f} CPU-s ({paged[1]:.2f} s wall); `list`'s first page"
        f" {base[0]:.3f} CPU-s ({base[1]:.3f} s wall);"
        f" peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB"
    )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--distribution",
        choices=sorted(REPORTS),
        default="desk",
        help="desk: reports of one figure agree but for 3%% outliers; jittered: every report off"
        " by up to 3%% (the worst case for conflicts)",
    )
    parser.add_argument("--add-articles", type=int, default=1000, help="articles for the `add` benchmark")
    parser.add_argument(
        "--add-baseline",
        type=Path,
        help="another source tree whose `add` runs alternately with this one's (--only add)",
    )
    parser.add_argument(
        "--add-out",
        type=Path,
        help="`add`: the folder of its files and databases (default benchmarks/out)",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="`add`: as the environment says (PYTHONDONTWRITEBYTECODE: every module compiled at each start)",
    )
    parser.add_argument("--only", action="append", help="run only the commands whose name starts with this")
    parser.add_argument("--in-process", action="store_true", help="CPU-time figures in one process")
    parser.add_argument("--export-claims", type=int, default=200_000, help="claims per export (--in-process)")
    parser.add_argument(
        "--postgres", action="store_true", help="on a PostgreSQL cluster of its own (benchmarks/out/pg)"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the cluster's data to reuse it (--postgres)"
    )
    parser.add_argument(
        "--url",
        help="measure the database at this URL (migrated first) instead of the build: a copy of"
        " the million kept elsewhere, or a PostgreSQL cluster already running",
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.add_out is not None:
        global ADD_OUT
        ADD_OUT = args.add_out.resolve()
        ADD_OUT.mkdir(parents=True, exist_ok=True)
    wants_add = not args.postgres and not args.in_process
    if wants_add and (not args.only or any("add".startswith(o) for o in args.only)):
        bench_add(
            args.add_articles, args.runs, args.add_baseline, dict(os.environ), not args.no_bytecode_cache
        )
        if args.only and all("add".startswith(o) for o in args.only):
            return  # `add` needs no database of claims
    if args.url:
        measure(migrated(args.url), args)
        return
    db = database_path(args.claims, args.distribution)
    if not db.exists():
        began = time.perf_counter()
        build(db, args.claims, distribution=args.distribution)
        print(f"built {db.name} in {time.perf_counter() - began:.0f} s ({db.stat().st_size / 1e6:.0f} MB)")
    if not args.postgres:
        measure(migrated(f"sqlite:///{db}"), args)
        return
    cluster = Cluster(OUT / "pg")
    try:
        began = time.perf_counter()
        url = build_postgres(cluster.start(), db)
        print(f"PostgreSQL database {db.stem} ready in {time.perf_counter() - began:.0f} s")
        measure(migrated(url), args)
    finally:
        cluster.stop(keep=args.keep)


def migrated(url: str) -> str:
    """The database kept from an earlier run, brought to this factcheck's schema (reads refuse
    an older one); the time a migration took is printed."""
    store = Store(url)
    began = time.perf_counter()
    before, after = store.migrate()
    store.close()
    if before != after:
        print(f"migrated from schema {before} to {after} in {time.perf_counter() - began:.0f} s", flush=True)
    return url


def measure(url: str, args: argparse.Namespace) -> None:
    """Every command on the database at `url`, as the arguments ask."""
    if args.in_process:
        if (
            not args.only
            or "export".startswith(tuple(args.only))
            or any(o.startswith("export") for o in args.only)
        ):
            export_rates(url, min(args.export_claims, args.claims))
        if not args.only or any(o.startswith(("list", "query")) for o in args.only):
            query_times(url, args.claims, args.runs)
        if not args.only or any(o.startswith("conflicts") for o in args.only):
            conflict_phases(url)
        return
    env = {**os.environ, "FACTCHECK_DATABASE_URL": url}
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
    print(f"{'factcheck list (baseline)':32} {statistics.median(base_times):8.2f}s")


if __name__ == "__main__":
    main()
