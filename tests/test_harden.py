"""Other people's files and bad conditions (issue 14 §3): reads never write, a read-only
database is read and not written, two processes create a new database at once, a full disk."""

from __future__ import annotations

import http.server
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from factcheck import service
from factcheck.config import Settings
from factcheck.errors import DatabaseError
from factcheck.store import Store, migrations
from factcheck.store.migrations import CURRENT_VERSION
from factcheck.store.queries import ClaimFilter

from .conftest import ROOT, SEED_ARTICLE, _fresh_postgres_database, seed_claim_count
from .test_cli import factcheck

READS = [
    ["list"],
    ["list", "--status", "all", "--format", "csv"],
    ["show", "3"],
    ["export"],
    ["articles"],
    ["related", "3"],
    ["conflicts"],
    ["sources"],
    ["info"],
]
WRITES = [
    ["mark", "3", "disputed", "--note", "n"],
    ["note", "3", "--note", "n"],
    ["article", "1", "--published", "2024-11-02"],
    ["claim", "add", "1", "كوريا الشمالية"],
    ["add", str(ROOT / "examples" / "pentagon.txt"), "--published", "2024-11-01"],
    ["migrate"],
]
SEED_OPTIONS = service.ArticleOptions(published=service.parse_published("2024-11-01"), language="ar")


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the folder with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    added = factcheck(["add", str(SEED_ARTICLE), "--published", "2024-11-01"], folder)
    assert added.returncode == 0, added.stderr
    return folder


def test_reads_leave_the_database_byte_for_byte_as_it_was(seeded: Path) -> None:
    before = _state(seeded)
    assert list(before) == ["test.db"]
    for args in READS:
        result = factcheck(args, seeded)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stdout.strip(), args
    assert _state(seeded) == before  # no migration, ANALYZE, optimize, journal or WAL left behind


def test_a_database_that_needs_a_migration_is_read_only_after_migrate(seeded: Path) -> None:
    database = seeded / "test.db"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE factcheck_schema SET version = ?", (CURRENT_VERSION - 1,))
    connection.close()
    before = _state(seeded)
    refused = factcheck(["list"], seeded)
    assert refused.returncode == 6
    assert f"schema version {CURRENT_VERSION - 1}" in refused.stderr
    assert "run `factcheck migrate`" in refused.stderr and refused.stderr.count("\n") == 1
    assert "factcheck migrate" in factcheck(["info"], seeded).stdout
    assert _state(seeded) == before
    migrated = factcheck(["migrate"], seeded)
    assert migrated.returncode == 0, migrated.stderr
    assert f"from schema version {CURRENT_VERSION - 1} to {CURRENT_VERSION}" in migrated.stdout
    assert "already at schema version" in factcheck(["migrate"], seeded).stdout
    assert factcheck(["list"], seeded).returncode == 0


def _unprivileged(command: list[str]) -> list[str]:
    """The command as a process that the file modes bind: root ignores them unless it gives
    up the capabilities that override them (setpriv, util-linux)."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes cannot bind this process")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", *command]


# Runs several commands through the CLI's entry point in one process, printing each exit code
# and error line: one process start-up for them all.
_COMMANDS = """
import contextlib, io, json, sys
from factcheck.cli import run
for args in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(args)
    print(json.dumps([code, bool(out.getvalue().strip()), err.getvalue()]))
"""


def _run(commands: list[list[str]], database: Path) -> list[tuple[int, bool, str]]:
    """(exit code, printed something, standard error) of each command, as a process that the
    file modes bind."""
    import json

    env = {**os.environ, "FACTCHECK_DATABASE_URL": f"sqlite:///{database}", "FACTCHECK_CONFIG": ""}
    result = subprocess.run(
        _unprivileged([sys.executable, "-c", _COMMANDS, json.dumps(commands)]),
        cwd=database.parent,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return [tuple(json.loads(line)) for line in result.stdout.splitlines()]  # type: ignore[misc]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_read_and_a_write_refused_by_name(seeded: Path, what: str) -> None:
    database = seeded / "test.db"
    database.chmod(0o444)
    if what == "folder":
        seeded.chmod(0o555)
    try:
        before = _state(seeded)
        results = _run([*READS, *WRITES], database)
        reads, writes = results[: len(READS)], results[len(READS) :]
        assert reads == [(0, True, "")] * len(READS)
        # Every command that writes names it, those whose first read opened the database for
        # writing too (article --published, claim add said "unable to open database file").
        assert writes == [
            (
                6,
                False,
                f"Error: the database {database} is read-only (this user may not write the file or "
                "its folder): it can be listed, shown and exported, not changed\n",
            )
        ] * len(WRITES)
        assert _state(seeded) == before
    finally:
        seeded.chmod(0o755)
        database.chmod(0o644)


def test_a_read_only_postgresql_role_reads_and_is_refused_writes(postgres_server: str) -> None:
    from sqlalchemy.engine import make_url

    url = _fresh_postgres_database(postgres_server)
    owner = Store(url)
    service.add_source(owner, Settings(base_dir=ROOT), str(SEED_ARTICLE), SEED_OPTIONS)
    role = f"reader_{make_url(url).database}"
    with owner.engine.begin() as connection:
        try:
            connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        except OperationalError as exc:  # a server we may not create roles on
            pytest.skip(f"cannot create a role on this server: {exc.orig}")
        connection.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    owner.close()
    reader = Store(make_url(url).set(username=role, password=None).render_as_string(hide_password=False))
    try:
        assert len(service.list_claims(reader, ClaimFilter(limit=100))) == seed_claim_count()
        with pytest.raises(DatabaseError, match=r"is read-only .*permission denied"):
            service.mark_claims(reader, Settings(base_dir=ROOT), [3], "disputed", note="n", actor="a")
    finally:
        reader.close()


def _open_new(url: str, start) -> int:  # type: ignore[no-untyped-def]
    """Open (create) the database the moment every process is ready; return its claim count."""
    store = Store(url)
    start.wait()
    try:
        service.open_database(store)
        return len(service.list_claims(store, ClaimFilter(limit=10)))
    finally:
        store.close()


def test_processes_opening_a_brand_new_database_at_once_all_succeed(
    tmp_path: Path, postgres_server: str
) -> None:
    """Four processes open the same new database at the same moment, on each backend, twice."""
    processes = 4
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(processes) as pool:
        for round_ in range(2):
            (tmp_path / f"new{round_}").mkdir()
            for url in (
                f"sqlite:///{tmp_path / f'new{round_}' / 'factcheck.db'}",
                _fresh_postgres_database(postgres_server),
            ):
                start = manager.Barrier(processes)
                results = [pool.apply_async(_open_new, (url, start)) for _ in range(processes)]
                assert [r.get(timeout=120) for r in results] == [0] * processes, url
                store = Store(url)
                assert store.schema_version() == CURRENT_VERSION
                store.close()


def test_the_schema_committed_between_a_failed_read_and_the_table_check_is_read_again(
    postgres_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race behind two processes opening a new PostgreSQL database at once: the version
    SELECT fails (no table yet), the other process commits the schema, the table is now there —
    the version is read again instead of the failure being raised."""
    url = _fresh_postgres_database(postgres_server)
    first_read = migrations._select_version

    def fail_then_let_another_process_commit(connection):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(migrations, "_select_version", first_read)
        try:
            return first_read(connection)
        finally:
            other = Store(url)
            service.open_database(other)
            other.close()

    monkeypatch.setattr(migrations, "_select_version", fail_then_let_another_process_commit)
    store = Store(url)
    try:
        with store.engine.connect() as connection:
            assert migrations.current_version(connection) == CURRENT_VERSION
    finally:
        store.close()


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Store]:
    """A SQLite database that can grow by a few pages only, as on a disk that is full."""
    store = Store(f"sqlite:///{tmp_path / 'factcheck.db'}")
    service.open_database(store)

    @event.listens_for(store.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    store.engine.dispose()
    yield store
    store.close()


def test_a_full_disk_is_named_and_nothing_is_half_written(full_disk: Store, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match=r"the disk holding the database .* is full .*nothing was stored"):
        service.add_source(full_disk, Settings(base_dir=tmp_path), str(SEED_ARTICLE), SEED_OPTIONS)
    assert service.list_articles(full_disk) == []
    with full_disk.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"


def test_postgresql_disk_full_is_named() -> None:
    import psycopg.errors

    store = Store("postgresql://nobody@127.0.0.1:1/none")
    failure = OperationalError("INSERT ...", {}, psycopg.errors.DiskFull("could not extend file"))
    message = str(store._error(failure, "database error"))
    assert message.startswith("the disk holding the database postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "is full (could not extend file); nothing was stored" in message


def test_an_io_error_on_a_full_disk_names_the_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WAL database on a full disk fails to open with SQLITE_IOERR_SHMSIZE (its -shm file
    cannot be made: tried on a full 3 MB tmpfs), not SQLITE_FULL: that too names the full disk
    when the database's folder has no room left, and stays a plain I/O error when it has."""
    import sqlite3
    from types import SimpleNamespace

    database = tmp_path / "factcheck.db"
    store = Store(f"sqlite:///{database}")
    original = sqlite3.OperationalError("disk I/O error")
    original.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    failure = OperationalError("SELECT ...", {}, original)
    assert str(store._error(failure, "cannot open the database")) == (
        "cannot open the database: disk I/O error"
    )
    full = SimpleNamespace(f_bavail=0, f_frsize=4096)
    monkeypatch.setattr("factcheck.store.database.os.statvfs", lambda _path: full)
    assert str(store._error(failure, "cannot open the database")) == (
        f"the disk holding the database {database} is full (disk I/O error); nothing was stored"
    )


def test_rich_markup_in_titles_sources_and_sentences_is_printed_as_typed(tmp_path: Path) -> None:
    article = tmp_path / "floods.txt"
    article.write_text(
        "Floods in the north\n\nThe [i]ministry[/i] said 300 people were displaced on Friday.\n",
        encoding="utf-8",
    )
    title, source = "[bold]Floods[/bold] in [red]Kassala", "[link=http://x.example]Desk[/link]"
    args = ["add", str(article), "--published", "2024-11-01", "--title", title, "--source", source]
    assert factcheck(args, tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "test.db") as connection:
        connection.execute("UPDATE claim SET attribution = '[b]The ministry[/b]'")
    connection.close()
    listed = factcheck(["list"], tmp_path).stdout
    assert "[b]The ministry[/b]" in listed and "The [i]ministry[/i] said" in listed
    shown = factcheck(["show", "1"], tmp_path).stdout
    assert title in shown and source in shown and "[b]The ministry[/b]" in shown
    assert "[bold]Floods[/bold] in [red]Kassala" in factcheck(["articles"], tmp_path).stdout
    assert "[b]The ministry[/b]" in factcheck(["sources"], tmp_path).stdout


def _on_a_terminal(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run a command with a pseudo-terminal as its output: what a person would see."""
    import pty

    primary, secondary = pty.openpty()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary, env=env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the process has closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_the_progress_bar_shows_sources_whose_names_look_like_markup(tmp_path: Path) -> None:
    """On a terminal the bar names each source as it is: `[bold]draft.txt` is not read as rich
    markup (nor `notes[/b].txt` as a closing tag, which rich refuses)."""
    (tmp_path / "notes[").mkdir()
    paths = []
    for number, name in enumerate(["notes[/b].txt", "[bold]draft.txt"]):
        path = tmp_path / name
        path.write_text(f"Officials said {300 + number} people fled on Friday.\n", encoding="utf-8")
        paths.append(str(path))
    env = {
        **os.environ,
        "FACTCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'test.db'}",
        "FACTCHECK_CONFIG": "",
    }
    command = [sys.executable, "-m", "factcheck", "add", *paths, "--published", "2024-11-01"]
    code, shown = _on_a_terminal(command, env)
    assert code == 0, shown
    assert "2 added, 0 already known, 0 failed" in shown
    assert "[bold]draft.txt" in shown  # the bar's last state names the last source as typed


def test_global_options_after_the_command_name(seeded: Path, tmp_path: Path) -> None:
    config = tmp_path / "five.toml"
    config.write_text("[list]\nlimit = 2\n", encoding="utf-8")
    env = {"FACTCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'elsewhere.db'}"}
    database = f"sqlite:///{seeded / 'test.db'}"
    first = ["--db", database, "--config", str(config), "list", "--format", "json"]
    before = factcheck(first, seeded, env=env)
    after = factcheck(["list", "--format", "json", "--db", database, f"--config={config}"], seeded, env=env)
    assert after.returncode == 0, after.stderr
    assert after.stdout == before.stdout and len(json.loads(after.stdout)) == 2


def test_the_default_database_is_the_users_own_whatever_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import run

    data, first, second = tmp_path / "data", tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    monkeypatch.delenv("FACTCHECK_DATABASE_URL", raising=False)
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.chdir(first)
    assert run(["add", str(SEED_ARTICLE), "--published", "2024-11-01"]) == 0
    monkeypatch.chdir(second)
    capsys.readouterr()
    assert run(["list", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) > 0
    assert run(["info"]) == 0
    default = f"Database:  sqlite:///{data / 'factcheck' / 'factcheck.db'}  (this user's default)"
    assert default in capsys.readouterr().out
    assert list(first.iterdir()) == list(second.iterdir()) == []  # nothing in the working folders
    (second / "config.toml").write_text(f'[database]\nurl = "sqlite:///{tmp_path / "team.db"}"\n')
    assert run(["info"]) == 0
    assert f"Database:  sqlite:///{tmp_path / 'team.db'}\n" in capsys.readouterr().out


class _Trickler(http.server.BaseHTTPRequestHandler):
    """A server that never lets a read time out: one byte at a time, for minutes."""

    def do_GET(self) -> None:
        if self.path == "/headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            pieces = [b"X-Slow: 1\r\n"] * 600
        elif self.path == "/unframed":  # no Content-Length: the body ends when the connection does
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            pieces = [b"<p>The army said 500 soldiers died on Monday.</p>\n"] * 600
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", "600")
            self.end_headers()
            pieces = [b"x"] * 600
        for piece in pieces:
            self.wfile.write(piece)
            self.wfile.flush()
            time.sleep(0.25)

    def log_message(self, *_: Any) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, *_: Any) -> None:  # the client hung up on the trickle: as meant
        pass


@pytest.fixture(scope="module")
def trickler() -> Iterator[str]:
    server = _QuietServer(("127.0.0.1", 0), _Trickler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# /unframed: the cut page was stored, half read, as a whole article (audit10).
@pytest.mark.parametrize("path", ["/body", "/headers", "/unframed"])
def test_a_server_that_trickles_is_cut_at_the_total_deadline(
    trickler: str, path: str, tmp_path: Path
) -> None:
    url = trickler + path
    env = {"FACTCHECK_FETCH_DEADLINE": "1.5"}
    result = factcheck(["add", url], tmp_path, env=env)
    assert result.returncode == 7
    assert result.stderr == f"Error: {url}: not fetched within 1.5 s (fetch.deadline)\n"
    assert not (tmp_path / "test.db").exists()


def test_every_example_file_the_readme_uses_is_in_the_repository() -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    used = set(re.findall(r"examples/[\w./-]*\w", readme))
    assert {"examples/sources.txt", "examples/pentagon.txt", "examples/posts.txt"} <= used
    assert [path for path in sorted(used) if not (ROOT / path).exists()] == []
    listed = (ROOT / "examples" / "sources.txt").read_text(encoding="utf-8").split()
    pages = [line.split(":8765/", 1)[1] for line in listed if line.startswith("http://127.0.0.1:8765/")]
    assert [p for p in pages if p != "gone.html" and not (ROOT / "examples" / p).exists()] == []


def test_the_readme_names_the_python_and_a_set_up_that_installs_without_a_warning() -> None:
    """Issue 14 §4: the README says which Python it needs (the one pyproject.toml requires),
    how to get `factcheck` on the PATH, and every set-up command upgrades pip before installing
    (Python 3.11's own pip 23.2 warns that lxml has no `html_clean` extra, which jusText asks for)."""
    import re
    import tomllib

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    required = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "requires-python"
    ]
    assert required.startswith(">=")
    assert f"It needs Python {required[2:]} or newer." in readme
    assert "source .venv/bin/activate" in readme and "on your PATH" in readme
    installs = [line for line in readme.splitlines() if re.search(r"pip install -q -e ", line)]
    assert len(installs) >= 2  # the two commands: the main job, the test suite
    for line in installs:
        assert "pip install -q -U pip && " in line.split("pip install -q -e ", 1)[0], line


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://[::1", "Invalid IPv6 URL"),  # was an internal error (httpx.InvalidURL)
        ("http://", "no host name"),  # was "redirected to a URL that is not http(s)"
        ("https://:80/", "no host name"),
        ("http://a..b/", "its host name cannot be encoded"),  # was an internal error (IDNA)
        ("http://" + "a" * 64 + ".example/", "its host name cannot be encoded"),
    ],
)
def test_a_url_that_is_not_valid_is_one_network_error(tmp_path: Path, url: str, reason: str) -> None:
    """Nothing is fetched (no host to ask), nothing stored, one line, exit 7."""
    added = factcheck(["add", url], tmp_path)
    assert (added.returncode, added.stderr) == (7, f"Error: {url}: not a valid URL ({reason})\n")
    assert not (tmp_path / "test.db").exists()


def test_a_path_given_as_the_database_url_says_how_to_write_it(tmp_path: Path) -> None:
    """`--db x.db` said "Could not parse SQLAlchemy URL from given URL string"."""
    for args in (["--db", "desk.db", "list"], ["list", "--db", "desk.db"], ["--db", "desk.db", "info"]):
        result = factcheck(args, tmp_path)
        assert (result.returncode, result.stderr) == (
            6,
            "Error: invalid database URL 'desk.db': write sqlite:///desk.db for a SQLite file, or "
            "postgresql://...\n",
        )
    assert not (tmp_path / "desk.db").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_output_to_a_full_disk_is_one_error_line(seeded: Path) -> None:
    """`export > file` on a full disk (/dev/full answers every write with ENOSPC) was an
    internal error (exit 1) naming OSError."""
    env = {**os.environ, "FACTCHECK_DATABASE_URL": f"sqlite:///{seeded / 'test.db'}", "FACTCHECK_CONFIG": ""}
    for args in (["export", "--format", "csv"], ["list"], ["show", "3"]):
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                [sys.executable, "-m", "factcheck", *args],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                cwd=seeded,
                timeout=120,
            )
        assert (result.returncode, result.stderr) == (
            3,
            "Error: cannot write the output: its disk is full (No space left on device)\n",
        )


@pytest.mark.parametrize(
    "command", [["export", "--format", "json"], ["list", "--status", "all", "--format", "csv"]]
)
def test_output_whose_reader_stops_reading_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    """`factcheck export | head -1`: the reader closes the pipe after its first piece; the
    command stops writing with exit 0 and no message (click's own answer to it was exit 1)."""
    store = Store(f"sqlite:///{tmp_path / 'test.db'}")
    text = (ROOT / "examples" / "000_2e4104477adbd184.txt").read_text(encoding="utf-8")
    settings = Settings(base_dir=tmp_path)
    for number in range(12):  # more output than a pipe holds (64 KiB)
        document = text.replace("كوريا الشمالية", f"كوريا الشمالية {number}", 1)
        path = tmp_path / f"article{number}.txt"
        path.write_text(document, encoding="utf-8")
        service.add_source(store, settings, str(path), SEED_OPTIONS)
    store.close()
    env = {
        **os.environ,
        "FACTCHECK_DATABASE_URL": f"sqlite:///{tmp_path / 'test.db'}",
        "FACTCHECK_CONFIG": "",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100)
    process.stdout.close()
    assert process.wait(timeout=120) == 0
    assert process.stderr.read() == b""
