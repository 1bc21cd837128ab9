"""A bulk add (issue 14): files read in the worker processes, rows built there, stored by the
driver in bulk, and what is stored the same as one article's add stores."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import text

from factcheck import service
from factcheck.clock import utcnow
from factcheck.config import Settings
from factcheck.conflicts import ConflictColumns
from factcheck.extract.search import index_text
from factcheck.extract.text import NormalizedText
from factcheck.ingest import document_from_text
from factcheck.prepare import CLAIM_COLUMNS, claim_values
from factcheck.store import Claim, Store, queries

from .conftest import SEED_ARTICLE
from .test_cli import factcheck

_OPTIONS = service.ArticleOptions(published=service.parse_published("2024-11-01"))


def _seed_variant(number: int) -> str:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    return text.replace("كوريا الشمالية", f"كوريا الشمالية {number}", 1)


def test_a_claims_row_holds_every_value_of_the_claim() -> None:
    prepared = service.prepare_article(document_from_text(_seed_variant(1), "seed"), _OPTIONS)
    assert prepared.claims and len(CLAIM_COLUMNS) == len(set(CLAIM_COLUMNS))
    for draft, row in zip(prepared.claims, prepared.ready.claims, strict=True):
        values = claim_values(draft, prepared.article.language)
        assert set(values) | set(ConflictColumns.__annotations__) == set(CLAIM_COLUMNS)
        assert len(row) == len(CLAIM_COLUMNS)
        assert {name: row[CLAIM_COLUMNS.index(name)] for name in values} == values


def _stored(store: Store, article_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """An article's row and its claims' rows as the database holds them, without what differs
    between two inserts of the same article (ids, hash, time of adding)."""
    with store.engine.connect() as connection:
        article = dict(
            connection.execute(text("SELECT * FROM article WHERE id = :id"), {"id": article_id})
            .mappings()
            .one()
        )
        claims = [
            dict(row)
            for row in connection.execute(
                text("SELECT * FROM claim WHERE article_id = :id ORDER BY id"), {"id": article_id}
            ).mappings()
        ]
    for name in ("id", "content_sha256", "created_at"):
        article.pop(name)
    for claim in claims:
        for name in ("id", "article_id", "created_at", "search_vector", "source_vector"):
            claim.pop(name, None)
    return article, claims


def test_the_bulk_insert_stores_what_the_orm_insert_stores(store: Store) -> None:
    """insert_articles (the driver, each value converted by its column's type) against
    insert_article (SQLAlchemy's own insert), on SQLite and PostgreSQL: the same values."""
    prepared = service.prepare_article(document_from_text(_seed_variant(2), "seed"), _OPTIONS)
    assert any(row[CLAIM_COLUMNS.index("time_start")] is not None for row in prepared.ready.claims)
    conflict_names = set(ConflictColumns.__annotations__)
    claim_dicts = [
        {name: value for name, value in zip(CLAIM_COLUMNS, row, strict=True) if name not in conflict_names}
        for row in prepared.ready.claims
    ]
    now = utcnow()
    with store.write() as session:
        [bulk] = queries.insert_articles(
            session, [prepared.ready.article | {"created_at": now}], [prepared.ready.claims], CLAIM_COLUMNS
        )
        orm = queries.insert_article(
            session, prepared.ready.article | {"created_at": now, "content_sha256": "0" * 64}, claim_dicts
        )
    assert _stored(store, bulk) == _stored(store, orm)
    assert len(_stored(store, bulk)[1]) == len(prepared.claims)


def test_the_bulk_insert_fails_as_sqlalchemy_says(store: Store) -> None:
    """The articles go through the driver's cursor; a failure there is the SQLAlchemy error the
    callers catch (a text already stored: IntegrityError, which PostgreSQL's concurrent adds
    retry on), and the savepoint leaves nothing of the batch."""
    from sqlalchemy.exc import IntegrityError

    prepared = service.prepare_article(document_from_text(_seed_variant(3), "seed"), _OPTIONS)
    article = prepared.ready.article | {"created_at": utcnow()}
    with store.write() as session:
        [first] = queries.insert_articles(session, [article], [prepared.ready.claims], CLAIM_COLUMNS)
        try:
            with session.begin_nested():
                queries.insert_articles(
                    session,
                    [article | {"content_sha256": "1" * 64}, article],
                    [prepared.ready.claims, prepared.ready.claims],
                    CLAIM_COLUMNS,
                )
        except IntegrityError as exc:
            assert "content_sha256" in str(exc.orig).lower() or "unique" in str(exc.orig).lower()
        else:
            raise AssertionError("a text stored twice was inserted")
    assert [summary.article.id for summary in service.list_articles(store)] == [first]


def test_a_batch_reads_its_files_in_the_workers_with_the_errors_one_add_gives(tmp_path: Path) -> None:
    """Relative paths, read in the worker processes: a file that cannot be read or decoded
    fails alone, with the Error line an add of that file alone gives; the others are stored
    in the order given."""
    bad = {
        "latin1.txt": "The ministry said caf\u00e9 owners counted 12 people.\n".encode("latin-1"),
        "empty.txt": b"  \n",
        "binary.txt": b"\x00\x01\x02 12 people",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    for number in (1, 2):
        (tmp_path / f"good{number}.txt").write_text(_seed_variant(number), encoding="utf-8")
    sources = ["good1.txt", "latin1.txt", "empty.txt", "missing.txt", "binary.txt", "good2.txt"]
    added = factcheck(["add", *sources, "--published", "2024-11-01"], tmp_path)
    assert added.returncode == 3, added.stderr
    lines = added.stdout.splitlines()
    assert [line.split()[2] for line in lines[:2]] == ["1", "2"]  # stored in the order given
    assert "كوريا الشمالية 1" in lines[0] and "كوريا الشمالية 2" in lines[1]
    assert lines[-1] == "2 added, 0 already known, 4 failed"
    errors = added.stderr.splitlines()
    assert len(errors) == 4
    for error, source in zip(errors, ["latin1.txt", "empty.txt", "missing.txt", "binary.txt"], strict=True):
        alone = factcheck(["add", source, "--published", "2024-11-01"], tmp_path)
        assert alone.returncode == 3 and alone.stderr.strip() == error, (alone.stderr, error)


def test_files_sent_to_a_worker_together_fail_alone_and_keep_their_order(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """Local files go to the workers several to a task: one that cannot be read is reported
    with its own error in its place, and the others of its task are stored, in the order
    given."""
    monkeypatch.setattr(service, "_files_per_task", lambda files, workers: 3)
    monkeypatch.chdir(tmp_path)  # the workers read paths from the folder the add runs in
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 12 people")
    for number in range(1, 6):
        (tmp_path / f"good{number}.txt").write_text(_seed_variant(number), encoding="utf-8")
    (tmp_path / "folder").mkdir()
    sources = [
        "good1.txt",
        "missing.txt",
        "good2.txt",
        "binary.txt",
        "folder",
        "good1.txt/under-a-file.txt",
        "good3.txt",
        "good4.txt",
        "good5.txt",
    ]
    store = Store(f"sqlite:///{tmp_path / 'chunks.db'}")
    try:
        results = service.add_sources(store, Settings(base_dir=tmp_path), sources, _OPTIONS)
    finally:
        store.close()
    assert [r.source for r in results] == sources
    failed = {r.source: str(r.error) for r in results if r.error is not None}
    assert failed == {
        "missing.txt": "file not found: missing.txt",
        "binary.txt": "binary.txt is binary, not text",
        "folder": "not a file: folder",
        "good1.txt/under-a-file.txt": "file not found: good1.txt/under-a-file.txt",
    }
    stored = [r.outcome for r in results if r.outcome is not None]
    assert [o.article_id for o in stored] == [1, 2, 3, 4, 5] and all(o.created for o in stored)
    assert all(f"كوريا الشمالية {n}" in (o.title or "") for n, o in enumerate(stored, start=1))


def test_the_workers_import_no_database_layer() -> None:
    """What a bulk add's forkserver preloads (the reader, the preparing, the extractor, the
    lexicons) does not import SQLAlchemy or SQLModel: a second of start-up for every worker pool."""
    code = (
        "import sys, factcheck.forkserver_preload\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'pydantic')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_garbage_collector_is_back_after_the_imports_made_without_it() -> None:
    """The forkserver (whose state every worker is forked with) and a command (factcheck.cli.run)
    import without Python's cyclic garbage collector, for speed; each has it running again
    afterwards, a command that fails at once included."""
    code = (
        "import gc, factcheck.forkserver_preload\n"
        "preloaded = gc.isenabled()\n"
        "from factcheck.cli import run\n"
        "code = run(['no-such-command'])\n"
        "print(preloaded, gc.isenabled(), code)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "True", "2"]


_FIRST_ARTICLES = """
import sys
import factcheck.forkserver_preload
from factcheck.config import Settings
from factcheck.prepare import ArticleOptions, ready_files_in_worker, start_worker

loaded = set(sys.modules)
start_worker(Settings(base_dir="."), ArticleOptions(), ".")
ready = ready_files_in_worker(sys.argv[1:])
assert all(not isinstance(r, Exception) and r.claims for r in ready), ready
print(sorted(set(sys.modules) - loaded))
"""


def test_a_workers_first_articles_import_nothing_the_forkserver_did_not(tmp_path: Path) -> None:
    """Whatever a worker needs to read and prepare its first articles, of each language and
    with a byte-order mark, was imported once in the forkserver it is forked from, not again
    in every worker; and so was the pool's own loop a worker runs."""
    english = Path(__file__).parent / "fixtures" / "articles" / "en_pentagon.txt"
    marked = tmp_path / "marked.txt"
    marked.write_bytes(b"\xef\xbb\xbf" + english.read_bytes())
    code = _FIRST_ARTICLES + "assert 'concurrent.futures.process' in loaded\n"
    result = subprocess.run(
        [sys.executable, "-c", code, str(SEED_ARTICLE), str(english), str(marked)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


_COLLECTED_BETWEEN_TASKS = """
import gc, weakref
from factcheck import prepare
from factcheck.config import Settings
from factcheck.prepare import ArticleOptions, ready_files_in_worker, ready_in_worker, start_worker

class Cycle:
    def __init__(self):
        self.me = self

def cycle():
    made = Cycle()
    found = weakref.ref(made)
    del made
    return found

start_worker(Settings(base_dir="."), ArticleOptions(), ".")
print(gc.isenabled())
young = cycle()
ready_files_in_worker([])
print(young() is None)
try:
    ready_in_worker("no-such-file.txt")
except Exception:
    pass
young = cycle()
ready_files_in_worker([])
print(young() is None)
prepare._FULL_COLLECTION_TASKS = 2
prepare._tasks_done = 0
kept = Cycle()
gc.collect(1)
gc.collect(1)  # it outlived two young collections: in the oldest generation, which they leave
old = weakref.ref(kept)
del kept
ready_files_in_worker([])
print(old() is None)
ready_files_in_worker([])  # the second task: a full collection
print(old() is None)
"""


def test_a_worker_collects_its_garbage_between_tasks() -> None:
    """A worker's cyclic garbage collector does not run in the middle of an article: it is off,
    and each task, a failed one included, ends with a collection of the young generations;
    every _FULL_COLLECTION_TASKS tasks a full one frees what outlived them."""
    result = subprocess.run(
        [sys.executable, "-c", _COLLECTED_BETWEEN_TASKS], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True", "True", "False", "True"]


_KILLED_ADD = """
import os, signal
from factcheck import service
from factcheck.config import Settings
from factcheck.prepare import ready_files_in_worker

if __name__ == "__main__":
    pool = service._extractor_pool(2, Settings(base_dir=os.getcwd()), service.ArticleOptions())
    for task in [pool.submit(ready_files_in_worker, []) for _ in range(8)]:
        task.result()
    print(*pool._processes, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _running(pid: int) -> bool:
    """Whether a process is there and not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def test_a_bulk_adds_workers_end_when_it_is_killed(tmp_path: Path) -> None:
    """kill -9 of a bulk add: its worker processes end too (they waited for more work for
    ever, holding the pool's pipes themselves)."""
    import os
    import signal
    import time

    script = tmp_path / "killed_add.py"
    script.write_text(_KILLED_ADD, encoding="utf-8")
    # Its output to files, not pipes: workers left running would hold a pipe open for ever.
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        result = subprocess.run([sys.executable, str(script)], stdout=stdout, stderr=stderr, cwd=tmp_path)
    assert result.returncode == -signal.SIGKILL, err.read_text()
    workers = [int(pid) for pid in out.read_text().split()]
    assert len(workers) == 2
    deadline = time.monotonic() + 60  # a liveness bound, not a speed measure
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []


def _fts_answers(url: str) -> dict[str, list[int]]:
    """Every word of every claim's indexed texts, and the claims the full-text index finds."""
    store = Store(url)
    try:
        with store.engine.connect() as connection:
            texts = connection.execute(text("SELECT search_text, source_text FROM claim")).all()
            words = {w for row in texts for part in row for w in part.split() if w.isalnum()}
            return {
                word: list(
                    connection.execute(
                        text("SELECT rowid FROM claim_fts WHERE claim_fts MATCH :w ORDER BY rowid"),
                        {"w": f'"{word}"'},
                    ).scalars()
                )
                for word in sorted(words)
            }
    finally:
        store.close()


def test_a_large_batch_indexes_its_claims_as_the_trigger_does(tmp_path: Path) -> None:
    """SQLite: many claims stored at once get their full-text entries in bulk (the trigger
    dropped and made again in the transaction); the index answers as when each article's
    claims went through the trigger, the trigger is there after, and a rollback keeps it."""
    batch = [
        (
            f"article{n}",
            service.prepare_article(document_from_text(_seed_variant(n), f"a{n}"), _OPTIONS).ready,
        )
        for n in range(12)
    ]
    assert sum(len(ready.claims) for _, ready in batch) >= queries._BULK_INDEXED
    bulk_url, one_by_one_url = f"sqlite:///{tmp_path / 'bulk.db'}", f"sqlite:///{tmp_path / 'one.db'}"
    bulk, one_by_one = Store(bulk_url), Store(one_by_one_url)
    try:
        assert all(r.outcome is not None for r in service._store_batch(bulk, batch, "test"))
        for source, ready in batch:
            service._store_batch(one_by_one, [(source, ready)], "test")
        with bulk.write() as session:
            trigger = "SELECT count(*) FROM sqlite_master WHERE name = 'claim_fts_insert'"
            assert session.connection().exec_driver_sql(trigger).scalar_one() == 1
            try:
                with session.begin_nested():
                    queries.insert_articles(
                        session,
                        [
                            ready.article | {"created_at": utcnow(), "content_sha256": f"{n:064}"}
                            for n, (_, ready) in enumerate(batch)
                        ],
                        [ready.claims for _, ready in batch],
                        CLAIM_COLUMNS,
                    )
                    raise RuntimeError("rolled back")
            except RuntimeError:
                pass
            assert session.connection().exec_driver_sql(trigger).scalar_one() == 1
        assert len(service.list_articles(bulk)) == len(batch)
    finally:
        bulk.close()
        one_by_one.close()
    answers = _fts_answers(bulk_url)
    assert answers == _fts_answers(one_by_one_url)
    assert sum(len(found) for found in answers.values()) > 0


# Text a claim's indexed parts are made of: Arabic and Latin letters, the characters the
# normalization folds, drops or lower-cases out of length (diacritics, tatweel, "İ", "Σ"),
# digits of both scripts and the separators of grouped figures.
_PART = st.text(
    alphabet=st.sampled_from(list("ab Σİσ١٢٣0123456789,.٬٫ \u00a0\u0640\u064bأةىكتابmilion")),
    max_size=40,
)


@given(
    st.lists(st.one_of(st.none(), _PART), max_size=5),
    st.lists(st.sampled_from(["person:blinken", "unit:people"])),
)
@example(["0", "\u0640", "0"], [])  # a tatweel between spaces is a dash, across the parts too
@example(["a \u0640", "b"], [])
def test_a_claims_index_text_is_its_parts_normalized_joined(parts: list[str | None], keys: list[str]) -> None:
    """index_text works each part on its own (and remembers it); the same text as normalizing
    the parts joined by spaces and adding their grouped figures as plain digits."""
    import re

    normalized = NormalizedText.of(" ".join(p for p in parts if p)).text
    grouped = re.compile(r"(?<![\d.,٬])\d{1,3}(?:[,٬.]\d{3})+(?![\d٬]|[.,]\d)")
    plain = [re.sub(r"[,٬.]", "", m.group(0)) for m in grouped.finditer(normalized)]
    expected = " ".join([normalized, *plain]) if plain else normalized
    names = [key.split(":", 1)[-1] for key in keys]
    assert index_text(parts, keys) == " ".join([expected, *names])


def test_a_computed_default_left_out_of_a_driver_insert_is_refused() -> None:
    """The driver's insert fills the fixed defaults of the columns a layout leaves out; a
    computed one (the clock) must come from the caller, and is refused by an error, not an
    assert that `python -O` would drop (the rows would then be stored without it)."""
    table = Claim.__table__  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="created_at"):
        queries._fixed_defaults(table, ("sentence",))
    fixed = queries._fixed_defaults(table, ("sentence", "created_at"))
    assert fixed["status"] == "unverified" and "created_at" not in fixed and "sentence" not in fixed


@pytest.mark.parametrize(
    ("args", "bulk"),
    [
        (["add", "a.txt", "b.txt"], True),
        (["add", "a.txt"], False),
        (["add", "-", "a.txt"], True),
        (["add", "--from-file", "list.txt"], True),
        (["add", "--from-file=list.txt"], True),
        (["add", "--published", "2024-11-01", "a.txt"], False),
        (["add", "--published=2024-11-01", "a.txt", "b.txt"], True),
        (["add", "--title", "b.txt", "a.txt"], False),
        (["add", "--lang", "ar", "--source", "x", "--now", "2024-11-01", "a.txt"], False),
        (["add", "--refresh", "a.txt", "b.txt"], True),
        (["add", "--", "--a.txt", "b.txt"], True),
        (["add", "a.txt", "b.txt", "--help"], False),
        (["add", "-h", "--from-file", "list.txt"], False),
        (["--db", "x.db", "--config", "c.toml", "add", "a.txt", "b.txt"], True),
        (["--db=x.db", "add", "a.txt", "b.txt"], True),
        (["--db", "add", "list", "a.txt", "b.txt"], False),
        (["list", "add", "a.txt"], False),
        (["add"], False),
        ([], False),
    ],
)
def test_a_bulk_add_is_told_from_its_words(args: list[str], bulk: bool) -> None:
    """factcheck.cli.asks_bulk_add, which starts the workers' server before the commands are
    imported: an add of several sources (or of a list), not of one, nor a request for help."""
    from factcheck.cli import asks_bulk_add, globals_first

    assert asks_bulk_add(globals_first(args)) is bulk


def test_the_words_of_a_bulk_add_know_every_option_of_add_that_takes_a_value() -> None:
    """asks_bulk_add skips the value of each of `add`'s options that take one, so its list is
    the command's own: an option added to `add` must be added there too."""
    import typer

    from factcheck.cli import _ADD_VALUE_OPTIONS
    from factcheck.cli.app import app

    command = typer.main.get_command(app).commands["add"]  # type: ignore[attr-defined]
    taking_a_value = {
        name for param in command.params if not getattr(param, "is_flag", True) for name in param.opts
    }
    assert taking_a_value == _ADD_VALUE_OPTIONS


_EARLY_SERVER = """
import sys
from multiprocessing import forkserver
from factcheck import extractor_server

started = []
start = extractor_server.start

def watched():
    started.append(sorted(m for m in ("sqlalchemy", "sqlmodel", "typer") if m in sys.modules))
    start()
    started.append(forkserver._forkserver._forkserver_pid)

extractor_server.start = watched
from factcheck.cli import run

code = run(["add", *sys.argv[1:], "--published", "2024-11-01"])
print("started:", code, started[:1], started[1:] == [forkserver._forkserver._forkserver_pid])
"""


def test_a_bulk_add_starts_its_workers_server_before_its_imports(tmp_path: Path) -> None:
    """`add` of several sources starts the server its workers are forked from before the
    commands' imports (which it preloads beside), and its pool forks them from that server;
    an add of one source starts none."""
    import os

    for number, name in enumerate(("one", "two", "three"), start=1):
        (tmp_path / f"{name}.txt").write_text(_seed_variant(number), encoding="utf-8")
    env = {**os.environ, "FACTCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'early.db'}"}

    def started(*sources: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", _EARLY_SERVER, *sources],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            check=True,
        )
        return result.stdout.splitlines()[-1]

    assert started("two.txt", "three.txt") == "started: 0 [[]] True"
    assert started("one.txt") == "started: 0 [] False"


# Two ways a system has no forkserver: its server cannot start (no Unix sockets, no process
# to spare), or it has no such context at all (Windows).
_NO_SOCKETS = """
from multiprocessing import forkserver

def refuse(self):
    raise OSError("no sockets here")

forkserver.ForkServer.ensure_running = refuse
forkserver.ensure_running = lambda: refuse(None)
"""
_NO_CONTEXT = """
import multiprocessing

get_context = multiprocessing.get_context

def no_forkserver(method=None):
    if method == "forkserver":
        raise ValueError("cannot find context for 'forkserver'")
    return get_context(method)

multiprocessing.get_context = no_forkserver
"""
_ADD_TWO = """
from factcheck.cli import run

print(run(["add", "two.txt", "three.txt", "--published", "2024-11-01"]))
"""


@pytest.mark.parametrize(
    ("refusal", "error"),
    [
        (_NO_SOCKETS, "Error: internal error (OSError): no sockets here"),
        (_NO_CONTEXT, "Error: internal error (ValueError): cannot find context for 'forkserver'"),
    ],
    ids=["no-sockets", "no-context"],
)
def test_a_server_that_cannot_start_early_fails_the_add_as_the_pool_did(
    tmp_path: Path, refusal: str, error: str
) -> None:
    """Where no forkserver can start, the early start gives up quietly and the pool's own
    attempt fails the command as before: one Error line, no traceback."""
    import os

    for number, name in enumerate(("two", "three"), start=2):
        (tmp_path / f"{name}.txt").write_text(_seed_variant(number), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", refusal + _ADD_TWO],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "FACTCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'none.db'}"},
        check=False,
    )
    assert result.stderr.strip() == error
    assert result.stdout.split() == ["1"]
